"""Who may see and write the LHE of Tebing Tinggi 2022, its recommendations and their
follow-up, and the Pemda's recap: the Inspektorat writes recommendations and judges the
follow-up, the OPD's staff record it; another Pemda's users get 404, anonymous users are
sent to login; the recap is for the Admin Pemda and the Inspektorat (403 for OPD staff)."""

from sakip.jejak.models import Jejak
from sakip.lke.models import Rekomendasi, TindakLanjut

from .bantu import URL

LHE = f"{URL}lhe/"
REKAP = "/pemda/kota-tebing-tinggi/lke/2022/"
BARU = {
    "kelemahan": "Sasaran belum terhubung ke RPJMD.",
    "uraian": "Hubungkan sasaran pada pohon kinerja.",
    "penanggung_jawab": "Sekretaris Dinas",
    "batas_waktu": "2023-09-30",
}


def _ke_login(r):
    return r.status_code == 302 and r["Location"].startswith("/masuk/")


def _rekomendasi(masuk):
    assert masuk("inspektorat-tebing").post(f"{LHE}rekomendasi/", BARU).status_code == 302
    return Rekomendasi.objects.get()


def test_pages_are_refused_to_other_pemda_and_anonymous(masuk, client):
    for alamat in (LHE, f"{URL}lhe.docx", f"{URL}lhe.pdf", REKAP, f"{REKAP}rekap.xlsx"):
        assert masuk("operator-ppu").get(alamat).status_code == 404, alamat
        assert masuk("inspektorat-ppu").get(alamat).status_code == 404, alamat
        assert _ke_login(client.get(alamat)), alamat
    for siapa in ("operator-tebing", "kepala-tebing", "inspektorat-tebing", "admin-tebing"):
        assert masuk(siapa).get(LHE).status_code == 200, siapa
    assert masuk("inspektorat-tebing").get(REKAP).status_code == 200
    assert masuk("admin-tebing").get(f"{REKAP}rekap.xlsx").status_code == 200
    assert masuk("operator-tebing").get(REKAP).status_code == 403
    assert masuk("publik-tebing").get(LHE).status_code == 404
    terima = f"{URL}terima-saran/"
    assert masuk("inspektorat-ppu").post(terima, {"kode": "semua"}).status_code == 404
    assert _ke_login(client.post(terima, {"kode": "semua"}))
    assert masuk("admin-tebing").post(terima, {"kode": "semua"}).status_code == 403


def test_only_the_inspektorat_writes_recommendations(masuk, client):
    for siapa in ("operator-tebing", "admin-tebing"):
        assert masuk(siapa).post(f"{LHE}rekomendasi/", BARU).status_code == 403
    assert masuk("inspektorat-ppu").post(f"{LHE}rekomendasi/", BARU).status_code == 404
    assert _ke_login(client.post(f"{LHE}rekomendasi/", BARU))
    assert not Rekomendasi.objects.exists()
    r = _rekomendasi(masuk)
    assert (r.nomor, r.status, str(r.batas_waktu)) == (1, "terbuka", "2023-09-30")


def test_the_opd_follows_up_and_the_inspektorat_judges(masuk, client):
    r = _rekomendasi(masuk)
    tindak = {
        "uraian": "Pohon kinerja disusun bersama Bappeda.",
        "bukti": "https://contoh.go.id/bukti",
    }
    alamat = f"{LHE}rekomendasi/{r.pk}/tindak-lanjut/"
    assert masuk("inspektorat-tebing").post(alamat, tindak).status_code == 403
    assert masuk("operator-ppu").post(alamat, tindak).status_code == 404
    assert _ke_login(client.post(alamat, tindak))
    assert masuk("operator-tebing").post(alamat, tindak).status_code == 302
    r.refresh_from_db()
    assert r.status == "ditindaklanjuti"
    assert TindakLanjut.objects.get().dicatat_oleh.username == "operator-tebing"
    nilai = f"{LHE}rekomendasi/{r.pk}/nilai/"
    assert masuk("operator-tebing").post(nilai, {"selesai": "1"}).status_code == 403
    assert masuk("inspektorat-ppu").post(nilai, {"selesai": "1"}).status_code == 404
    # Not yet: the reason is required, and the recommendation goes back to the OPD.
    inspektorat = masuk("inspektorat-tebing")
    inspektorat.post(nilai, {"selesai": "0"})
    r.refresh_from_db()
    assert r.status == "ditindaklanjuti"
    inspektorat.post(nilai, {"selesai": "0", "catatan": "Bukti berita acara belum dilampirkan."})
    r.refresh_from_db()
    assert (r.status, r.catatan_inspektorat) == ("belum", "Bukti berita acara belum dilampirkan.")
    masuk("operator-tebing").post(alamat, {"uraian": "Berita acara dilampirkan.", "bukti": ""})
    inspektorat.post(nilai, {"selesai": "1"})
    r.refresh_from_db()
    assert r.status == "selesai"
    # Every write is in the audit trail: the evaluation opened by the first
    # recommendation, two follow-ups (each with its status change) and two judgements.
    assert list(
        Jejak.objects.filter(opd__slug="disnakerind-tebing-tinggi")
        .order_by("id")
        .values_list("uraian", flat=True)
    ) == [
        "Evaluasi LKE 2022",
        "Rekomendasi LHE 2022 nomor 1",
        *["Tindak lanjut rekomendasi 1 LHE 2022"] * 2,
        "Penilaian tindak lanjut rekomendasi 1 LHE 2022",
        *["Tindak lanjut rekomendasi 1 LHE 2022"] * 2,
        "Penilaian tindak lanjut rekomendasi 1 LHE 2022",
    ]
    halaman = masuk("operator-tebing").get(LHE).text
    assert "Berita acara dilampirkan." in halaman and "Catat tindak lanjut" not in halaman


def test_a_recommendation_of_another_year_or_opd_is_not_found(masuk):
    r = _rekomendasi(masuk)
    lain = f"/opd/disnakerind-tebing-tinggi/lke/2021/lhe/rekomendasi/{r.pk}/nilai/"
    assert masuk("inspektorat-tebing").post(lain, {"selesai": "1"}).status_code == 404
