import pytest

from sakip.alur.models import Dokumen, StatusDokumen, Tahap
from sakip.instansi.models import OPD
from sakip.jejak.models import Jejak
from sakip.pengukuran.models import NilaiVariabel, Variabel
from sakip.pengukuran.penjelasan import periksa_rumus
from sakip.perencanaan.tests.isian_bantu import (
    jejak_baru,
    jejak_terakhir,
    kunci,
    opd,
    teks,
)

from .variabel_bantu import URL, asal_variabel, variabel

URL_PEMDA = "/pemda/kota-jambi/variabel/"


def _isian(**ubah):
    return {
        "asal": "null",
        "kode": "pencari_kerja",
        "nama": "Jumlah pencari kerja",
        "satuan": "orang",
        "agregasi": "jumlah",
        "sumber": "",
        **ubah,
    }


def _ubah(v, **ubah):
    """The edit form as shown for `v`, with `ubah` typed over it."""
    return {
        "asal": asal_variabel(v),
        **{b: getattr(v, b) for b in ("kode", "nama", "satuan", "agregasi", "sumber")},
        **ubah,
    }


def _galat(r, bidang):
    assert r.status_code == 200
    return " ".join(r.context["form"].errors.get(bidang, []))


def test_it_creates_a_variable_with_one_audit_record(masuk):
    sebelum = jejak_terakhir()
    r = masuk("operator-tebing").post(f"{URL}baru/", _isian(nama="Jumlah pencari kerja 1.257,5"))
    assert r.status_code == 302 and r.url == URL
    v = variabel("pencari_kerja")
    assert (v.nama, v.satuan, v.agregasi, v.pemda) == (
        "Jumlah pencari kerja 1.257,5",
        "orang",
        "jumlah",
        opd().pemda,
    )
    [j] = jejak_baru(sebelum)
    assert (j.tindakan, j.objek, j.opd, j.lama) == (Jejak.Tindakan.BUAT, "variabel", opd(), None)
    assert j.baru["kode"] == "pencari_kerja" and j.baru["opd_id"] == opd().pk
    # The formula editor now knows it.
    assert periksa_rumus("pencari_kerja / 2", opd())["sah"]


def test_it_changes_a_variable_with_old_and_new_values(masuk):
    v = variabel("ditempatkan")
    sebelum = jejak_terakhir()
    r = masuk("operator-tebing").post(f"{URL}{v.pk}/", _ubah(v, nama="Baru", sumber="BPS"))
    assert r.status_code == 302
    v.refresh_from_db()
    assert (v.nama, v.sumber) == ("Baru", "BPS")
    [j] = jejak_baru(sebelum)
    assert j.tindakan == Jejak.Tindakan.UBAH
    assert j.lama["nama"] == "Jumlah pencari kerja terdaftar yang ditempatkan"
    assert (j.baru["nama"], j.baru["sumber"]) == ("Baru", "BPS")


def test_it_fills_in_the_code_from_the_formula_editor(masuk):
    r = masuk("operator-tebing").get(f"{URL}baru/", {"kode": "kartu_hijau"})
    assert r.context["form"]["kode"].value() == "kartu_hijau"


@pytest.mark.parametrize("kode", ["2orang", "orang ditempatkan", "orang-ditempatkan", "abs", "ö"])
def test_it_refuses_a_code_a_formula_cannot_name(masuk, kode):
    r = masuk("operator-tebing").post(f"{URL}baru/", _isian(kode=kode))
    assert "tidak dapat dipakai dalam rumus" in _galat(r, "kode")
    assert not Variabel.objects.filter(kode=kode).exists()


def test_it_refuses_a_code_used_in_the_opd(masuk):
    r = masuk("operator-tebing").post(f"{URL}baru/", _isian(kode="ditempatkan"))
    assert "sudah dipakai variabel lain di OPD ini" in _galat(r, "kode")


def test_it_refuses_to_hide_a_pemda_variable(masuk):
    r = masuk("operator-jambi").post(
        "/opd/dtkk-ukm-jambi/variabel/baru/", _isian(kode="angkatan_kerja")
    )
    assert "variabel tingkat Pemda “Jumlah Angkatan Kerja”" in _galat(r, "kode")
    assert Variabel.objects.filter(kode="angkatan_kerja").count() == 1


def test_it_refuses_a_pemda_variable_an_opd_variable_would_hide(masuk):
    r = masuk("admin-jambi").post(f"{URL_PEMDA}baru/", _isian(kode="ditempatkan"))
    galat = _galat(r, "kode")
    assert "sudah dipakai variabel OPD (Dinas" in galat and "tertutup" in galat
    assert not Variabel.objects.filter(kode="ditempatkan", opd__isnull=True).exists()


def test_it_refuses_to_rename_a_variable_a_formula_reads(masuk):
    v = variabel("ditempatkan")
    r = masuk("operator-tebing").post(f"{URL}{v.pk}/", _ubah(v, kode="ditempatkan_baru"))
    galat = _galat(r, "kode")
    assert "tidak dapat diubah karena dipakai dalam rumus" in galat
    assert "Indikator kesempatan-kerja" in galat
    v.refresh_from_db()
    assert v.kode == "ditempatkan"


def test_it_renames_an_unused_variable(masuk):
    v = Variabel.objects.create(pemda=opd().pemda, opd=opd(), kode="lama", nama="X")
    r = masuk("operator-tebing").post(f"{URL}{v.pk}/", _ubah(v, kode="baru"))
    assert r.status_code == 302
    v.refresh_from_db()
    assert v.kode == "baru"


def test_it_refuses_a_new_aggregation_once_the_years_quarter_iv_is_approved(masuk):
    v = variabel("ditempatkan")  # values in 2021 and 2022
    kunci(2022, Dokumen.TW4, Tahap.DISETUJUI)
    sebelum = jejak_terakhir()
    r = masuk("operator-tebing").post(f"{URL}{v.pk}/", _ubah(v, agregasi="terakhir"))
    galat = _galat(r, "agregasi")
    assert "Data Triwulan IV 2022 berstatus Disetujui" in galat
    v.refresh_from_db()
    assert v.agregasi == "jumlah" and not jejak_baru(sebelum)
    # Other fields may still change; a year without values does not lock it.
    kunci(2022, Dokumen.TW4, Tahap.DRAF)
    kunci(2023, Dokumen.TW4, Tahap.DISETUJUI)
    r = masuk("operator-tebing").post(f"{URL}{v.pk}/", _ubah(v, agregasi="terakhir"))
    assert r.status_code == 302
    v.refresh_from_db()
    assert v.agregasi == "terakhir"


def test_it_refuses_a_save_over_another_users_change(masuk):
    v = variabel("ditempatkan")
    data = _ubah(v, nama="Saya")
    Variabel.objects.filter(pk=v.pk).update(satuan="jiwa")
    sebelum = jejak_terakhir()
    r = masuk("operator-tebing").post(f"{URL}{v.pk}/", data)
    assert r.status_code == 200 and "telah diubah oleh pengguna lain" in teks(r)
    v.refresh_from_db()
    assert v.nama != "Saya" and not jejak_baru(sebelum)


def test_the_admin_pemda_keeps_the_pemda_variables(masuk):
    sebelum = jejak_terakhir()
    r = masuk("admin-jambi").post(f"{URL_PEMDA}baru/", _isian(kode="penduduk"))
    assert r.status_code == 302 and r.url == URL_PEMDA
    v = Variabel.objects.get(kode="penduduk")
    assert v.opd is None and v.pemda.slug == "kota-jambi"
    [j] = jejak_baru(sebelum)
    assert (j.opd, j.pemda, j.baru["opd_id"]) == (None, v.pemda, None)


@pytest.mark.parametrize("pengguna", ["kepala-tebing", "admin-tebing", "inspektorat-tebing"])
def test_others_only_read(masuk, pengguna):
    v = variabel("ditempatkan")
    klien = masuk(pengguna)
    r = klien.get(f"{URL}{v.pk}/")
    assert r.status_code == 200 and r.context["form"]["nama"].field.disabled
    assert klien.post(f"{URL}{v.pk}/", _ubah(v, nama="X")).status_code == 403
    assert klien.post(f"{URL}baru/", _isian()).status_code == 403
    assert not Variabel.objects.filter(nama="X").exists()


@pytest.mark.parametrize("pengguna", ["operator-jambi", "kepala-jambi", "inspektorat-jambi"])
def test_only_the_admin_pemda_changes_pemda_variables(masuk, pengguna):
    v = Variabel.objects.get(kode="angkatan_kerja")
    klien = masuk(pengguna)
    assert klien.get(f"{URL_PEMDA}{v.pk}/").status_code == 200
    assert klien.post(f"{URL_PEMDA}{v.pk}/", _ubah(v, nama="X")).status_code == 403
    assert klien.post(f"{URL_PEMDA}baru/", _isian()).status_code == 403


def test_it_checks_access(masuk, client):
    v = variabel("ditempatkan")
    pemda = Variabel.objects.get(kode="angkatan_kerja")
    lain = masuk("operator-ppu")
    for url in (f"{URL}baru/", f"{URL}{v.pk}/", f"{URL_PEMDA}{pemda.pk}/"):
        assert lain.get(url).status_code == 404
        assert lain.post(url, _isian()).status_code == 404
        r = client.get(url)
        assert r.status_code == 302 and r.url.startswith("/masuk/")
    assert masuk("publik-tebing").get(f"{URL}{v.pk}/").status_code == 404
    assert masuk("publik-jambi").post(f"{URL_PEMDA}baru/", _isian()).status_code == 404
    # A variable is reached only through its owner's page.
    assert masuk("operator-tebing").get(f"{URL}{pemda.pk}/").status_code == 404
    assert (
        masuk("admin-tebing").get(f"/pemda/kota-tebing-tinggi/variabel/{v.pk}/").status_code == 404
    )


def test_a_pemda_variable_is_locked_by_any_opd_of_the_pemda(masuk):
    v = Variabel.objects.get(kode="angkatan_kerja")
    NilaiVariabel.objects.create(variabel=v, tahun=2024, triwulan=0, nilai=100)
    jambi = OPD.objects.get(slug="dtkk-ukm-jambi")
    StatusDokumen.objects.create(opd=jambi, tahun=2024, dokumen="tw4", tahap=Tahap.DISETUJUI)
    r = masuk("admin-jambi").post(f"{URL_PEMDA}{v.pk}/", _ubah(v, agregasi="jumlah"))
    assert f"{jambi.nama}: Data Triwulan IV 2024 berstatus Disetujui" in _galat(r, "agregasi")
    v.refresh_from_db()
    assert v.agregasi == "terakhir"
