"""Creating and editing the Pemda's own periods (RPJMD/RPD and supplements): the Admin
Pemda's, with no workflow document, every change on the Pemda's audit trail."""

import pytest

from sakip.alur.models import Dokumen, StatusDokumen, Tahap
from sakip.instansi.models import OPD, Pejabat
from sakip.jejak.models import Jejak
from sakip.perencanaan.models import Periode
from sakip.pertukaran.demo import JAMBI, OPD_DEMO, TEBING

from .isian_bantu import data_periode, jejak_baru, jejak_terakhir, teks, url_periode

BARU = f"/pemda/{JAMBI}/rencana/periode/"


def _rpd():
    return Periode.objects.get(kode="rpd-2024-2026", pemda__slug=JAMBI)


def _baru(**ubah):
    data = {
        "asal": "null",
        "kode": "rpjmd-2027-2031",
        "jenis": "rpjmd",
        "nama": "RPJMD Kota Jambi 2027–2031",
        "tahun_awal": "2027",
        "tahun_akhir": "2031",
        "induk": "",
        "visi": "Visi baru",
    }
    data.update(ubah)
    return data


def test_it_creates_a_pemda_period(masuk):
    klien = masuk("admin-jambi")
    sebelum = jejak_terakhir()
    r = klien.post(BARU, _baru())
    assert r.status_code == 302 and r.url == f"/pemda/{JAMBI}/rencana/", teks(r)
    p = Periode.objects.get(kode="rpjmd-2027-2031")
    assert (p.pemda.slug, p.opd, p.jenis, p.induk) == (JAMBI, None, "rpjmd", None)
    [j] = jejak_baru(sebelum)
    assert (j.tindakan, j.objek, j.opd_id, j.pemda_id) == ("buat", "periode", None, p.pemda_id)
    assert j.lama is None and j.baru["jenis"] == "rpjmd" and j.baru["opd_id"] is None
    assert "RPJMD 2027–2031 “RPJMD Kota Jambi 2027–2031” dibuat." in teks(klien.get(r.url))


def test_it_creates_a_supplement(masuk):
    data = _baru(kode="suplemen-rpd-2025", jenis="rpd", induk=_rpd().pk)
    r = masuk("admin-jambi").post(BARU, {**data, "tahun_awal": "2025", "tahun_akhir": "2026"})
    assert r.status_code == 302, teks(r)
    p = Periode.objects.get(kode="suplemen-rpd-2025")
    assert (p.jenis, p.induk, p.opd) == (Periode.Jenis.SUPLEMEN_RPJMD, _rpd(), None)


@pytest.mark.parametrize(
    ("ubah", "pesan"),
    [
        ({"tahun_awal": "2031", "tahun_akhir": "2027"}, "Tahun akhir tidak boleh sebelum"),
        ({"tahun_akhir": "2033"}, "Periode RPJMD/RPD paling lama 6 tahun"),
        ({"tahun_awal": "2026"}, "bertumpang tindih dengan Rencana Pembangunan Daerah"),
        ({"kode": "rpd-2024-2026"}, "sudah dipakai periode lain"),
        ({"jenis": "renstra"}, "Masukkan pilihan yang valid"),
        ({"tahun_awal": "2027", "tahun_akhir": "2028", "induk": "induk"}, "dalam periode induk"),
    ],
)
def test_it_checks_what_was_typed(masuk, ubah, pesan):
    if ubah.get("induk") == "induk":
        ubah["induk"] = _rpd().pk
    jumlah = Periode.objects.count()
    sebelum = jejak_terakhir()
    r = masuk("admin-jambi").post(BARU, _baru(**ubah))
    assert r.status_code == 200 and pesan in teks(r)
    assert Periode.objects.count() == jumlah and jejak_baru(sebelum) == []


def test_an_opd_renstra_is_no_parent_and_no_overlap(masuk):
    """The Pemda's plans are checked among themselves, not against the OPD's Renstra."""
    opd = OPD.objects.get(slug=OPD_DEMO[JAMBI])
    renstra = Periode.objects.create(
        pemda=opd.pemda,
        opd=opd,
        kode="renstra-dtkk-2027-2031",
        jenis=Periode.Jenis.RENSTRA,
        nama="Renstra DTKK 2027–2031",
        tahun_awal=2027,
        tahun_akhir=2031,
    )
    klien = masuk("admin-jambi")
    assert renstra.nama not in teks(klien.get(BARU))
    assert klien.post(BARU, _baru(induk=renstra.pk)).status_code == 200
    r = klien.post(BARU, _baru())
    assert r.status_code == 302, teks(r)


def test_it_edits_the_period_without_a_workflow_lock(masuk):
    p = _rpd()
    # The OPD's documents of these years are approved: they lock the Renstra, not the RPD.
    opd = OPD.objects.get(slug=OPD_DEMO[JAMBI])
    for tahun in (2024, 2025):
        StatusDokumen.objects.update_or_create(
            opd=opd, tahun=tahun, dokumen=Dokumen.RENSTRA, defaults={"tahap": Tahap.DISETUJUI}
        )
    penandatangan = Pejabat.objects.create(
        pemda=p.pemda, kode="walikota", nama="Wali Kota", jabatan="Wali Kota Jambi"
    )
    sebelum = jejak_terakhir()
    r = masuk("admin-jambi").post(
        url_periode(p), data_periode(p, visi="Visi baru", penandatangan=penandatangan.pk)
    )
    assert r.status_code == 302 and r.url == f"/pemda/{JAMBI}/rencana/", teks(r)
    lama = p.visi
    p.refresh_from_db()
    assert p.visi == "Visi baru" and p.penandatangan == penandatangan
    [j] = jejak_baru(sebelum)
    assert (j.tindakan, j.opd_id, j.pemda_id) == (Jejak.Tindakan.UBAH, None, p.pemda_id)
    assert (j.lama["visi"], j.baru["visi"]) == (lama, "Visi baru")
    assert (j.lama["penandatangan_id"], j.baru["penandatangan_id"]) == (None, penandatangan.pk)


def test_only_pemda_officials_sign_its_plan(masuk):
    p = _rpd()
    kadis = Pejabat.objects.get(kode="plt-kadis-dtkk", pemda=p.pemda)  # an OPD official
    klien = masuk("admin-jambi")
    assert kadis.nama not in teks(klien.get(url_periode(p)))
    r = klien.post(url_periode(p), data_periode(p, penandatangan=kadis.pk))
    assert r.status_code == 200 and "Masukkan pilihan yang valid" in teks(r)


def test_it_refuses_a_save_over_another_users_change(masuk):
    p = _rpd()
    data = data_periode(p, visi="Visi saya")
    Periode.objects.filter(pk=p.pk).update(visi="Visi orang lain")
    sebelum = jejak_terakhir()
    r = masuk("admin-jambi").post(url_periode(p), data)
    assert r.status_code == 200 and "telah diubah oleh pengguna lain" in teks(r)
    p.refresh_from_db()
    assert p.visi == "Visi orang lain" and jejak_baru(sebelum) == []


@pytest.mark.parametrize("pengguna", ["operator-jambi", "kepala-jambi", "inspektorat-jambi"])
def test_others_only_read(masuk, pengguna):
    p = _rpd()
    klien = masuk(pengguna)
    for url in (url_periode(p), BARU):
        r = klien.get(url)
        assert r.status_code == 200 and "Hanya Admin Pemda" in teks(r)
        assert "Simpan</button>" not in teks(r)
    sebelum = jejak_terakhir()
    assert klien.post(url_periode(p), data_periode(p, visi="X")).status_code == 403
    assert klien.post(BARU, _baru()).status_code == 403
    p.refresh_from_db()
    assert p.visi != "X" and jejak_baru(sebelum) == []
    assert not Periode.objects.filter(kode="rpjmd-2027-2031").exists()


def test_it_checks_access(masuk, client):
    p = _rpd()
    for pengguna in ("admin-ppu", "operator-tebing", "publik-jambi"):
        lain = masuk(pengguna)
        for url in (url_periode(p), BARU):
            assert lain.get(url).status_code == 404
        assert lain.post(url_periode(p), data_periode(p, visi="X")).status_code == 404
        assert lain.post(BARU, _baru()).status_code == 404
    for url in (url_periode(p), BARU):
        r = client.post(url, _baru())
        assert r.status_code == 302 and r.url.startswith("/masuk/")
    # Another Pemda's admin cannot create one here, nor in an OPD's name.
    assert masuk("admin-tebing").post(BARU, _baru()).status_code == 404
    assert not Periode.objects.filter(kode="rpjmd-2027-2031").exists()
    assert Periode.objects.filter(pemda__slug=TEBING, opd=None).count() == 2
