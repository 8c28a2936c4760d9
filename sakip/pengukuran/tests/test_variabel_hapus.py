from decimal import Decimal

import pytest

from sakip.alur.models import Dokumen, Tahap
from sakip.jejak.models import Jejak
from sakip.pengukuran.models import NilaiVariabel, Variabel
from sakip.perencanaan.tests.isian_bantu import (
    jejak_baru,
    jejak_terakhir,
    kunci,
    opd,
    teks,
)

from .variabel_bantu import URL, asal_variabel, variabel


def _baru(kode="tak_terpakai", nilai=()):
    v = Variabel.objects.create(pemda=opd().pemda, opd=opd(), kode=kode, nama="Tak terpakai")
    for tahun, triwulan, n in nilai:
        NilaiVariabel.objects.create(variabel=v, tahun=tahun, triwulan=triwulan, nilai=n)
    return v


def _konfirmasi(v, jumlah=None, **lain):
    jumlah = v.nilai_set.count() if jumlah is None else jumlah
    return {"asal": asal_variabel(v, jumlah_nilai=jumlah), **lain}


def test_it_deletes_an_unused_variable_with_one_audit_record(masuk):
    v = _baru()
    klien = masuk("operator-tebing")
    assert "Ya, hapus" in teks(klien.get(f"{URL}{v.pk}/hapus/"))
    sebelum = jejak_terakhir()
    r = klien.post(f"{URL}{v.pk}/hapus/", _konfirmasi(v))
    assert r.status_code == 302 and r.url == URL
    assert not Variabel.objects.filter(pk=v.pk).exists()
    [j] = jejak_baru(sebelum)
    assert (j.tindakan, j.objek, j.objek_id, j.opd) == ("hapus", "variabel", str(v.pk), opd())
    assert j.lama["kode"] == "tak_terpakai" and j.baru is None


def test_deleting_values_too_needs_confirmation_and_audits_each(masuk):
    v = _baru(nilai=[(2023, 1, Decimal("12.5")), (2023, 2, Decimal("7"))])
    klien = masuk("operator-tebing")
    r = klien.get(f"{URL}{v.pk}/hapus/")
    assert "2 nilai" in teks(r) and 'name="setuju"' in teks(r)
    sebelum = jejak_terakhir()
    r = klien.post(f"{URL}{v.pk}/hapus/", _konfirmasi(v))
    assert r.status_code == 200 and "Centang persetujuan" in teks(r)
    assert Variabel.objects.filter(pk=v.pk).exists() and not jejak_baru(sebelum)
    r = klien.post(f"{URL}{v.pk}/hapus/", _konfirmasi(v, setuju="1"))
    assert r.status_code == 302
    assert not NilaiVariabel.objects.filter(variabel_id=v.pk).exists()
    nilai_1, nilai_2, var = jejak_baru(sebelum)
    assert (nilai_1.objek, nilai_1.uraian, nilai_1.lama["nilai"]) == (
        "nilai variabel",
        "Nilai tak_terpakai 2023 Triwulan I",
        "12.5",
    )
    assert nilai_2.lama["nilai"] == "7" and nilai_2.tindakan == "hapus"
    assert "dihapus beserta nilainya" in nilai_1.alasan
    assert (var.objek, var.lama["kode"]) == ("variabel", "tak_terpakai")


def test_it_refuses_to_delete_a_variable_a_formula_reads(masuk):
    v = variabel("ditempatkan")
    klien = masuk("operator-tebing")
    r = klien.get(f"{URL}{v.pk}/hapus/")
    assert "dipakai dalam rumus: Indikator kesempatan-kerja" in teks(r)
    assert "Ya, hapus" not in teks(r)
    sebelum = jejak_terakhir()
    r = klien.post(f"{URL}{v.pk}/hapus/", _konfirmasi(v, setuju="1"))
    assert r.status_code == 200 and "tidak dapat dihapus" in teks(r)
    assert Variabel.objects.filter(pk=v.pk).exists() and not jejak_baru(sebelum)


@pytest.mark.parametrize("tahap", [Tahap.DISETUJUI, Tahap.DIAJUKAN])
def test_it_refuses_to_delete_values_of_a_locked_document(masuk, tahap):
    v = _baru(nilai=[(2023, 2, Decimal("1"))])
    kunci(2023, Dokumen.TW2, tahap)
    sebelum = jejak_terakhir()
    r = masuk("operator-tebing").post(f"{URL}{v.pk}/hapus/", _konfirmasi(v, setuju="1"))
    assert r.status_code == 200
    assert f"Data Triwulan II 2023 berstatus {tahap.label}" in teks(r)
    assert NilaiVariabel.objects.filter(variabel=v).exists() and not jejak_baru(sebelum)


def test_it_refuses_a_delete_over_another_users_change(masuk):
    v = _baru(nilai=[(2023, 1, Decimal("1"))])
    klien = masuk("operator-tebing")
    data = _konfirmasi(v, setuju="1")
    # A value entered after the confirmation page was shown is not deleted unseen ...
    NilaiVariabel.objects.create(variabel=v, tahun=2023, triwulan=2, nilai=2)
    sebelum = jejak_terakhir()
    r = klien.post(f"{URL}{v.pk}/hapus/", data)
    assert r.status_code == 200 and "telah berubah sejak halaman ini dibuka" in teks(r)
    assert v.nilai_set.count() == 2 and not jejak_baru(sebelum)
    # ... nor a variable changed meanwhile.
    data = _konfirmasi(v, setuju="1")
    Variabel.objects.filter(pk=v.pk).update(nama="Diubah orang lain")
    r = klien.post(f"{URL}{v.pk}/hapus/", data)
    assert r.status_code == 200 and "telah diubah oleh pengguna lain" in teks(r)
    assert v.nilai_set.count() == 2 and not jejak_baru(sebelum)


def test_the_admin_pemda_deletes_a_pemda_variable(masuk):
    jambi = Variabel.objects.get(kode="angkatan_kerja").pemda
    v = Variabel.objects.create(pemda=jambi, kode="lama", nama="Lama")
    sebelum = jejak_terakhir()
    r = masuk("admin-jambi").post(f"/pemda/kota-jambi/variabel/{v.pk}/hapus/", _konfirmasi(v))
    assert r.status_code == 302 and not Variabel.objects.filter(pk=v.pk).exists()
    [j] = jejak_baru(sebelum)
    assert (j.pemda, j.opd, j.tindakan) == (jambi, None, Jejak.Tindakan.HAPUS)
    v = Variabel.objects.create(pemda=jambi, kode="lama", nama="Lama")
    url = f"/pemda/kota-jambi/variabel/{v.pk}/hapus/"
    assert masuk("operator-jambi").post(url, _konfirmasi(v)).status_code == 403


@pytest.mark.parametrize("pengguna", ["kepala-tebing", "admin-tebing", "inspektorat-tebing"])
def test_others_cannot_delete(masuk, pengguna):
    v = _baru()
    klien = masuk(pengguna)
    r = klien.get(f"{URL}{v.pk}/hapus/")
    assert r.status_code == 200 and "Ya, hapus" not in teks(r)
    assert klien.post(f"{URL}{v.pk}/hapus/", _konfirmasi(v)).status_code == 403
    assert Variabel.objects.filter(pk=v.pk).exists()


def test_it_checks_access(masuk, client):
    v = _baru()
    url = f"{URL}{v.pk}/hapus/"
    for pengguna in ("operator-jambi", "publik-tebing"):
        assert masuk(pengguna).get(url).status_code == 404
        assert masuk(pengguna).post(url, _konfirmasi(v)).status_code == 404
    r = client.post(url, _konfirmasi(v))
    assert r.status_code == 302 and r.url.startswith("/masuk/")
    assert Variabel.objects.filter(pk=v.pk).exists()


def test_it_names_where_a_pemda_variable_is_read(masuk):
    v = Variabel.objects.get(kode="angkatan_kerja")
    r = masuk("admin-jambi").post(f"/pemda/kota-jambi/variabel/{v.pk}/hapus/", _konfirmasi(v))
    assert r.status_code == 200
    assert "dipakai dalam rumus: Indikator tpak “" in teks(r) and "” (Pemda)" in teks(r)
    assert Variabel.objects.filter(pk=v.pk).exists()
