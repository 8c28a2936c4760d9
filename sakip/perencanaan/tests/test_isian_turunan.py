"""Entering the levels below an OPD sasaran on the Renstra entry page: sasaran program,
sasaran kegiatan and sasaran individu, each with its owner (an official of the OPD, Plt/Plh
included) and the budget lines that deliver it; their indicators and targets through the
ordinary indicator and target pages. Locked with the Renstra, audited, the OPD's operator
only."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sakip.alur.models import Dokumen, Tahap
from sakip.anggaran.models import ProgramKegiatan
from sakip.instansi.models import OPD, Pejabat
from sakip.jejak.models import Jejak
from sakip.perencanaan.models import Indikator, Sasaran, Target
from sakip.perencanaan.ubah import asal_turunan

from .isian_bantu import (
    DITOLAK_TEBING,
    OPD_TEBING,
    indikator,
    jejak_baru,
    jejak_terakhir,
    kunci,
    teks,
)

PROGRAM, KEGIATAN, SUB = (ProgramKegiatan.Tingkat.PROGRAM, ProgramKegiatan.Tingkat.KEGIATAN, 5)


def _sasaran():
    """Sasaran 1 of the Suplemen Renstra 2021–2022 (Meningkatnya Kesempatan kerja)."""
    return indikator().sasaran


def _program():
    """Its sasaran program 1 (Dedi Siregar, the secretary)."""
    return _sasaran().anak_set.get(nomor="1")


def _kegiatan(nomor="1"):
    """Sasaran kegiatan 1 of that programme: administrasi umum, four sub kegiatan."""
    return _program().anak_set.get(nomor=nomor)


def _pejabat(kode):
    return Pejabat.objects.get(kode=kode, pemda__slug="kota-tebing-tinggi")


def _garis(kode, tahun=2022):
    return ProgramKegiatan.objects.get(opd__slug=OPD_TEBING, tahun=tahun, kode=kode)


def _data(simpul, **ubah):
    """What the node form posts when saved as shown, with `ubah` changed."""
    data = {
        "asal": json.dumps(asal_turunan(simpul)),
        "induk": simpul.induk_id,
        "nomor": simpul.nomor,
        "nama": simpul.nama,
        "penanggung_jawab": simpul.penanggung_jawab_id,
        "anggaran": [p.pk for p in simpul.program_kegiatan_set.all()],
        "urutan": str(simpul.urutan),
    }
    data.update(ubah)
    return data


def _baru(induk, **ubah):
    data = {
        "asal": "null",
        "induk": induk.pk,
        "nomor": "9",
        "nama": "Simpul baru",
        "penanggung_jawab": _pejabat("plt-kabid-perindustrian").pk,
        "urutan": "0",
    }
    data.update(ubah)
    return data


def _galat(r):
    assert r.status_code == 200, r.status_code
    return teks(r)


# --- creating, changing, deleting -------------------------------------------------------


def test_it_creates_a_sasaran_program_owned_by_a_plt_with_its_programme(masuk):
    sasaran = _sasaran()
    program = _garis("2.07.03")
    sebelum = jejak_terakhir()
    r = masuk("operator-tebing").post(
        f"/rencana/sasaran/{sasaran.pk}/turunan/", _baru(sasaran, anggaran=[program.pk])
    )
    assert r.status_code == 302, teks(r)
    s = sasaran.anak_set.get(nomor="9")
    assert (s.tingkat, s.nama, s.tujuan) == ("sasaran_program", "Simpul baru", None)
    assert s.penanggung_jawab.jabatan.startswith("Plt.")
    assert list(s.program_kegiatan_set.all()) == [program]
    [j] = jejak_baru(sebelum)
    assert j.tindakan == Jejak.Tindakan.BUAT and j.opd.slug == OPD_TEBING
    assert j.uraian == "Sasaran program 9 “Simpul baru”"
    assert j.baru["induk_id"] == sasaran.pk and j.baru["program_kegiatan_set"] == [str(program.pk)]


def test_it_creates_a_sasaran_kegiatan_and_a_sasaran_individu_below_it(masuk):
    c = masuk("operator-tebing")
    program = _program()
    sub = _garis("2.07.03.2.01.01")
    r = c.post(f"/rencana/sasaran/{program.pk}/turunan/", _baru(program, anggaran=[sub.pk]))
    assert r.status_code == 302, teks(r)
    kegiatan = program.anak_set.get(nomor="9")
    assert kegiatan.tingkat == "sasaran_kegiatan"
    r = c.post(f"/rencana/sasaran/{kegiatan.pk}/turunan/", _baru(kegiatan, anggaran=[sub.pk]))
    assert r.status_code == 302, teks(r)
    individu = kegiatan.anak_set.get()
    assert individu.tingkat == "individu" and individu.akar == _sasaran()
    # Nothing below an individual's sasaran.
    assert c.get(f"/rencana/sasaran/{individu.pk}/turunan/").status_code == 404


def test_it_changes_the_owner_and_the_sub_kegiatan_in_one_audit_record(masuk):
    kegiatan = _kegiatan()
    semula = sorted(p.kode for p in kegiatan.program_kegiatan_set.all())
    tetap = [p.pk for p in kegiatan.program_kegiatan_set.exclude(kode="2.07.01.2.06.09")]
    sebelum = jejak_terakhir()
    r = masuk("operator-tebing").post(
        f"/rencana/turunan/{kegiatan.pk}/",
        _data(kegiatan, penanggung_jawab=_pejabat("kasubbag-keuangan").pk, anggaran=tetap),
    )
    assert r.status_code == 302, teks(r)
    kegiatan.refresh_from_db()
    assert kegiatan.penanggung_jawab.kode == "kasubbag-keuangan"
    sisa = sorted(p.kode for p in kegiatan.program_kegiatan_set.all())
    assert sisa == [k for k in semula if k != "2.07.01.2.06.09"]
    [j] = jejak_baru(sebelum)
    assert j.tindakan == Jejak.Tindakan.UBAH
    assert len(j.lama["program_kegiatan_set"]) == 4 and len(j.baru["program_kegiatan_set"]) == 3


def test_saving_it_unchanged_writes_nothing(masuk):
    kegiatan = _kegiatan()
    sebelum = jejak_terakhir()
    r = masuk("operator-tebing").post(f"/rencana/turunan/{kegiatan.pk}/", _data(kegiatan))
    assert r.status_code == 302
    assert jejak_baru(sebelum) == []


def test_it_moves_a_node_to_another_parent_of_the_level_above(masuk):
    kegiatan = _kegiatan("2")
    lain = Sasaran.objects.create(
        induk=_sasaran(), tingkat="sasaran_program", nomor="5", nama="Program lain"
    )
    r = masuk("operator-tebing").post(
        f"/rencana/turunan/{kegiatan.pk}/", _data(kegiatan, induk=lain.pk)
    )
    assert r.status_code == 302, teks(r)
    kegiatan.refresh_from_db()
    assert kegiatan.induk == lain


def test_it_deletes_an_empty_node_and_refuses_one_that_has_nodes_below(masuk):
    c = masuk("operator-tebing")
    program = _program()
    kosong = Sasaran.objects.create(
        induk=program, tingkat="sasaran_kegiatan", nomor="8", nama="Kosong"
    )
    sebelum = jejak_terakhir()
    r = c.post(f"/rencana/turunan/{kosong.pk}/hapus/", {"asal": _data(kosong)["asal"]})
    assert r.status_code == 302
    assert not Sasaran.objects.filter(pk=kosong.pk).exists()
    [j] = jejak_baru(sebelum)
    assert j.tindakan == Jejak.Tindakan.HAPUS and j.lama["nama"] == "Kosong"
    isi = teks(c.get(f"/rencana/turunan/{program.pk}/hapus/"))
    assert "masih memiliki data terkait" in isi or "sasaran (3)" in isi
    r = c.post(f"/rencana/turunan/{program.pk}/hapus/", {"asal": _data(program)["asal"]})
    assert Sasaran.objects.filter(pk=program.pk).exists()
    assert "tidak dapat dihapus" in teks(r)


# --- what the forms refuse ---------------------------------------------------------------


def test_it_refuses_an_owner_who_is_not_an_official_of_the_opd(masuk):
    kegiatan = _kegiatan()
    c = masuk("operator-tebing")
    luar = Pejabat.objects.exclude(opd__slug=OPD_TEBING).exclude(opd=None).first()
    for pejabat in (_pejabat("inspektur"), luar):  # the Pemda's own, another OPD's
        r = c.post(f"/rencana/turunan/{kegiatan.pk}/", _data(kegiatan, penanggung_jawab=pejabat.pk))
        assert "Penanggung jawab harus pejabat OPD ini." in _galat(r)
    kegiatan.refresh_from_db()
    assert kegiatan.penanggung_jawab.kode == "kasubbag-umum"


def test_it_refuses_a_budget_line_of_another_opd_or_of_another_level(masuk):
    kegiatan = _kegiatan()
    c = masuk("operator-tebing")
    luar = ProgramKegiatan.objects.create(
        opd=OPD.objects.get(slug="dtkk-ukm-jambi"),
        tahun=2022,
        kode="2.07.03.2.01.01",
        nama="Luar",
        tingkat=SUB,
    )
    program = _garis("2.07.03")  # a programme does not deliver a sasaran kegiatan
    for garis in (luar, program):
        r = c.post(f"/rencana/turunan/{kegiatan.pk}/", _data(kegiatan, anggaran=[garis.pk]))
        assert f"Baris anggaran {garis.pk} bukan milik OPD ini" in _galat(r)
    assert kegiatan.program_kegiatan_set.count() == 4


def test_it_refuses_a_parent_of_the_wrong_level(masuk):
    kegiatan = _kegiatan()
    r = masuk("operator-tebing").post(
        f"/rencana/turunan/{kegiatan.pk}/", _data(kegiatan, induk=_sasaran().pk)
    )
    assert "Di bawah sasaran harus sasaran program, bukan sasaran kegiatan." in _galat(r)


def test_a_node_cannot_serve_itself_or_a_node_below_it(masuk):
    c = masuk("operator-tebing")
    program = _program()
    for induk in (program, _kegiatan()):
        r = c.post(f"/rencana/turunan/{program.pk}/", _data(program, induk=induk.pk))
        assert "tidak dapat melayani dirinya sendiri atau simpul di bawahnya" in _galat(r)
    program.refresh_from_db()
    assert program.induk == _sasaran()


def test_it_refuses_a_nomor_its_siblings_use(masuk):
    kegiatan = _kegiatan("2")
    c = masuk("operator-tebing")
    r = c.post(f"/rencana/turunan/{kegiatan.pk}/", _data(kegiatan, nomor="1"))
    assert "Nomor '1' sudah dipakai simpul lain di bawah induk yang sama." in _galat(r)


def test_the_form_offers_the_opds_officials_and_the_lines_of_its_level(masuk):
    c = masuk("operator-tebing")
    program = teks(c.get(f"/rencana/sasaran/{_sasaran().pk}/turunan/"))
    assert "Maya Lubis, S.E. — Plt. Kepala Bidang Perindustrian" in program
    assert "H. Kamlan" not in program  # the Inspektur is the Pemda's
    assert "2022 · Program 2.07.03 " in program and "Kegiatan 2.07.03.2.01 " not in program
    kegiatan = teks(c.get(f"/rencana/sasaran/{_program().pk}/turunan/"))
    assert "2022 · Kegiatan 2.07.03.2.01 " in kegiatan
    assert "2022 · Sub kegiatan 2.07.03.2.01.01 " in kegiatan
    assert "2022 · Program 2.07.03 " not in kegiatan
    # The parent is chosen among the level above, named with the numbers above it.
    assert "Sasaran program 1.1: Terselenggaranya penunjang" in kegiatan


def test_a_pemda_sasaran_has_no_lower_levels_here(masuk):
    from .test_isian_tujuan_sasaran import _sasaran_pemda

    pemda = _sasaran_pemda()
    assert masuk("admin-tebing").get(f"/rencana/sasaran/{pemda.pk}/turunan/").status_code == 404


# --- locks ---------------------------------------------------------------------------------


def test_a_submitted_renstra_locks_its_lower_levels(masuk):
    kegiatan = _kegiatan()
    kunci(2021)  # the supplement's own Renstra document
    c = masuk("operator-tebing")
    isi = teks(c.get(f"/rencana/turunan/{kegiatan.pk}/"))
    assert "Hanya dapat dilihat: Renstra 2021 berstatus Diajukan" in isi
    assert 'name="nama"' in isi and "disabled" in isi
    sebelum = jejak_terakhir()
    assert c.post(f"/rencana/turunan/{kegiatan.pk}/", _data(kegiatan, nama="X")).status_code == 403
    baru = c.post(f"/rencana/sasaran/{_program().pk}/turunan/", _baru(_program()))
    assert baru.status_code == 403
    r = c.post(f"/rencana/turunan/{kegiatan.pk}/hapus/", {"asal": _data(kegiatan)["asal"]})
    assert r.status_code == 403
    assert jejak_baru(sebelum) == []
    assert "tambah sasaran kegiatan" not in teks(c.get(f"/opd/{OPD_TEBING}/rencana/"))


def test_an_approved_pk_keeps_its_years_budget_links(masuk):
    kegiatan = _kegiatan()
    kunci(2022, Dokumen.PK, Tahap.DISETUJUI)
    c = masuk("operator-tebing")
    r = c.post(f"/rencana/turunan/{kegiatan.pk}/", _data(kegiatan, anggaran=[]))
    assert "Baris anggaran 2022 tidak dapat diubah: Perjanjian Kinerja 2022" in _galat(r)
    assert kegiatan.program_kegiatan_set.count() == 4
    # The node's own fields are the Renstra's and still change.
    r = c.post(f"/rencana/turunan/{kegiatan.pk}/", _data(kegiatan, nama="Nama baru"))
    assert r.status_code == 302


# --- access --------------------------------------------------------------------------------


def _halaman():
    kegiatan = _kegiatan()
    return [
        (f"/rencana/turunan/{kegiatan.pk}/", _data(kegiatan, nama="Dari luar")),
        (f"/rencana/sasaran/{_program().pk}/turunan/", _baru(_program(), nama="Dari luar")),
        (f"/rencana/turunan/{kegiatan.pk}/hapus/", {"asal": _data(kegiatan)["asal"]}),
    ]


def _tak_berubah(sebelum):
    assert jejak_terakhir() == sebelum
    assert not Sasaran.objects.filter(nama="Dari luar").exists()
    assert Sasaran.objects.filter(pk=_kegiatan().pk).exists()


@pytest.mark.parametrize(("pengguna", "status"), DITOLAK_TEBING)
def test_only_the_opds_operator_changes_them(masuk, pengguna, status):
    sebelum = jejak_terakhir()
    c = masuk(pengguna)
    for url, data in _halaman():
        if status == 404:
            assert c.get(url).status_code == 404, url
        assert c.post(url, data).status_code == status, url
    _tak_berubah(sebelum)


def test_it_sends_an_anonymous_user_to_the_login_page(demo, client):
    sebelum = jejak_terakhir()
    for url, data in _halaman():
        for r in (client.get(url), client.post(url, data)):
            assert r.status_code == 302 and r.url.startswith("/masuk/"), url
    _tak_berubah(sebelum)


# --- indicators and targets of a lower node ----------------------------------------------


def test_a_lower_node_gets_indicators_without_iku(masuk):
    c = masuk("operator-tebing")
    kegiatan = _kegiatan()
    url = f"/rencana/sasaran/{kegiatan.pk}/indikator/"
    isi = teks(c.get(url))
    assert "Sasaran kegiatan 1: Terlaksananya administrasi umum perangkat daerah" in isi
    assert 'name="iku"' not in isi
    r = c.post(
        url,
        {
            "asal": "null",
            "kode": "sk-baru",
            "nama": "Indikator kegiatan baru",
            "induk": f"sasaran-{kegiatan.pk}",
            "satuan": "%",
            "jenis": "persentase",
            "polaritas": "positif",
            "agregasi": "terakhir",
            "urutan": "0",
            "iku": "on",
        },
    )
    assert r.status_code == 302, teks(r)
    ind = Indikator.objects.get(kode="sk-baru")
    assert ind.sasaran == kegiatan and ind.periode == indikator().periode and not ind.iku
    assert c.get(f"/rencana/indikator/{ind.pk}/").status_code == 200


def test_a_lower_nodes_targets_per_year_and_quarter(masuk):
    c = masuk("operator-tebing")
    ind = Indikator.objects.get(kode="sp-penunjang-1")
    r = c.get(f"/rencana/indikator/{ind.pk}/target/")
    assert r.status_code == 200
    asal = r.context["asal_json"]
    r = c.post(
        f"/rencana/indikator/{ind.pk}/target/", {"asal": asal, "n_2021_0": "90", "n_2022_0": "100"}
    )
    assert r.status_code == 302, teks(r)
    r = c.get(f"/rencana/indikator/{ind.pk}/target/2022/")
    data = {"asal": r.context["asal_json"], "n_2022_1": "25", "n_2022_2": "50"}
    data |= {"n_2022_3": "75", "n_2022_4": "100"}
    assert c.post(f"/rencana/indikator/{ind.pk}/target/2022/", data).status_code == 302
    nilai = {(t.tahun, t.triwulan): t.nilai for t in Target.objects.filter(indikator=ind)}
    assert nilai == {(2021, 0): 90, (2022, 0): 100, (2022, 1): 25, (2022, 2): 50} | {
        (2022, 3): 75,
        (2022, 4): 100,
    }
    assert masuk("operator-jambi").get(f"/rencana/indikator/{ind.pk}/target/").status_code == 404
    halaman = teks(c.get(f"/indikator/{ind.pk}/"))
    assert "<dt>Sasaran program</dt><dd>Terselenggaranya penunjang" in halaman


# --- the entry page ------------------------------------------------------------------------


def test_the_entry_page_shows_the_tree_under_each_sasaran(masuk):
    isi = teks(masuk("operator-tebing").get(f"/opd/{OPD_TEBING}/rencana/"))
    program, kegiatan = _program(), _kegiatan()
    assert f'href="/rencana/turunan/{program.pk}/"' in isi
    assert f'href="/rencana/turunan/{kegiatan.pk}/"' in isi
    assert f'href="/rencana/sasaran/{_sasaran().pk}/turunan/">tambah sasaran program' in isi
    assert f'href="/rencana/sasaran/{program.pk}/turunan/">tambah sasaran kegiatan' in isi
    assert "Penanggung jawab: Dedi Siregar, S.Sos." in isi
    assert "2022 2.07.01.2.06.01" in isi
    # The branch sits inside its sasaran's list, after the sasaran's indicators.
    assert (
        isi.index("Meningkatnya Kesempatan kerja")
        < isi.index(program.nama)
        < isi.index(kegiatan.nama)
    )


def test_the_entry_page_reads_the_tree_in_a_fixed_number_of_queries(masuk):
    c = masuk("operator-tebing")
    url = f"/opd/{OPD_TEBING}/rencana/"

    def kueri():
        with CaptureQueriesContext(connection) as k:
            assert c.get(url).status_code == 200
        return len(k.captured_queries)

    sebelum = kueri()
    kegiatan = _kegiatan()
    for n in range(5):
        s = Sasaran.objects.create(
            induk=kegiatan,
            tingkat="individu",
            nomor=str(n),
            nama=f"Individu {n}",
            penanggung_jawab=_pejabat("kasi-pelatihan"),
        )
        s.program_kegiatan_set.set(kegiatan.program_kegiatan_set.all())
    assert kueri() == sebelum
