from .isian_bantu import OPD_TEBING

URL = f"/opd/{OPD_TEBING}/rencana/periksa-rumus/"


def test_it_explains_a_valid_formula(masuk):
    r = masuk("operator-tebing").get(
        URL, {"rumus": "kartu_kuning_diterima / kartu_kuning_dikeluarkan * 100"}
    )
    assert r.status_code == 200
    h = r.json()
    assert h["sah"] is True
    assert h["bentuk"] == "kartu_kuning_diterima ÷ kartu_kuning_dikeluarkan × 100"
    assert h["penjelasan"] == (
        "Realisasi = «Jumlah pengurus kartu kuning yang diterima bekerja» dibagi "
        "«Jumlah seluruh kartu kuning yang dikeluarkan» dikali 100."
    )
    assert {
        "kode": "kartu_kuning_dikeluarkan",
        "periode": "n",
        "dikenal": True,
        "satuan": "kartu",
        "nama": "Jumlah seluruh kartu kuning yang dikeluarkan",
    } in h["variabel"]


def test_it_explains_periods_and_functions(masuk):
    r = masuk("operator-tebing").get(
        URL, {"rumus": "bagi(ditempatkan[n] - ditempatkan[n-1]; ditempatkan[n-1]; 0) * 100"}
    )
    h = r.json()
    assert h["sah"]
    assert "«Jumlah pencari kerja terdaftar yang ditempatkan» tahun sebelumnya" in h["penjelasan"]
    assert "atau 0 bila pembaginya nol" in h["penjelasan"]
    assert [v["periode"] for v in h["variabel"]] == ["n", "n−1"]


def test_it_gives_the_column_of_an_error(masuk):
    h = masuk("operator-tebing").get(URL, {"rumus": "ditempatkan ** 2"}).json()
    assert h["sah"] is False
    assert h["kolom"] == 14
    assert h["galat"].startswith("Rumus tidak valid di kolom 14:")


def test_it_flags_unknown_variables(masuk):
    h = masuk("operator-tebing").get(URL, {"rumus": "ditempatkan / terdaftar_fiktif"}).json()
    assert h["sah"] is False and h["kolom"] is None
    assert h["tidak_dikenal"] == ["terdaftar_fiktif"]
    assert "Variabel 'terdaftar_fiktif' belum terdaftar" in h["galat"]
    assert "«terdaftar_fiktif»" in h["penjelasan"]


def test_an_empty_formula_means_direct_entry(masuk):
    h = masuk("operator-tebing").get(URL, {"rumus": "  "}).json()
    assert h["sah"] and h["kosong"] and "diisi langsung" in h["penjelasan"]


def test_it_checks_access(masuk, client):
    for pengguna in ("kepala-tebing", "admin-tebing", "inspektorat-tebing"):
        assert masuk(pengguna).get(URL, {"rumus": "1"}).status_code == 200
    assert masuk("operator-jambi").get(URL, {"rumus": "1"}).status_code == 404
    assert masuk("operator-tebing").post(URL, {"rumus": "1"}).status_code == 405
    r = client.get(URL, {"rumus": "1"})
    assert r.status_code == 302 and r.url.startswith("/masuk/")
