"""The workbook carries the levels below the OPD's sasaran (sheet "Turunan Sasaran": level,
parent, owner, the year's budget lines) and their indicators and targets (the Indikator
Renstra and Target sheets): an export read back restores the tree, and a bad level, an
unknown parent or official, or a cycle is refused whole, naming sheet, row and column."""

from decimal import Decimal
from io import BytesIO

from openpyxl import load_workbook

from sakip.alur.models import Dokumen, StatusDokumen, Tahap
from sakip.anggaran.models import ProgramKegiatan
from sakip.instansi.models import Pejabat
from sakip.jejak.models import Jejak
from sakip.perencanaan.models import Indikator, Sasaran, Target
from sakip.perencanaan.pohon import syarat_simpul
from sakip.pertukaran.buku_kerja import TURUNAN, bandingkan, buat_buku, terapkan

from .buku_kerja_bantu import opd_terbuka, ubah
from .test_buku_kerja import operator

SUPLEMEN = "suplemen-renstra-disnakerind-2021-2022"


def _simpul(jalur):
    """A node of the Tebing Tinggi supplement by its path: tujuan/sasaran/program/..."""
    tujuan, sasaran, *bawah = jalur.split("/")
    s = Sasaran.objects.get(tujuan__periode__kode=SUPLEMEN, tujuan__nomor=tujuan, nomor=sasaran)
    for nomor in bawah:
        s = s.anak_set.get(nomor=nomor)
    return s


def _pohon(opd):
    """Everything the workbook carries of the lower levels, keyed by record."""
    simpul = Sasaran.objects.filter(syarat_simpul("opd", opd, bawah_saja=True))
    indikator = Indikator.objects.filter(sasaran__in=simpul)
    return {
        "simpul": {
            s.pk: (
                s.tingkat,
                s.induk_id,
                s.nomor,
                s.nama,
                s.penanggung_jawab.kode,
                sorted(p.pk for p in s.program_kegiatan_set.all()),
            )
            for s in simpul
        },
        "indikator": {i.pk: (i.kode, i.nama, i.satuan, i.rumus) for i in indikator},
        "target": sorted(
            Target.objects.filter(indikator__in=indikator).values_list(
                "indikator_id", "tahun", "triwulan", "nilai", "nilai_atas"
            )
        ),
    }


def _baris(data):
    ls = load_workbook(BytesIO(data))[TURUNAN]
    kepala = [c.value for c in ls[1]]
    return [dict(zip(kepala, [c.value for c in r], strict=True)) for r in ls.iter_rows(min_row=2)]


def test_the_sheet_lists_every_lower_node_of_the_plan_in_force(demo):
    opd = opd_terbuka()
    baris = {b["Kode"]: b for b in _baris(buat_buku(opd, 2022))}
    bawah = Sasaran.objects.filter(syarat_simpul("opd", opd, bawah_saja=True))
    assert len(baris) == bawah.filter(syarat_simpul("kode", SUPLEMEN)).count() > 10
    assert baris["1/1/1"] | {"Nama": None} == {
        "Periode": SUPLEMEN,
        "Kode": "1/1/1",
        "Tingkat": "sasaran_program",
        "Induk": "1/1",
        "Nama": None,
        "Penanggung jawab": "sekretaris-disnakerind",
        "Nama penanggung jawab": "Dedi Siregar, S.Sos.",
        "Anggaran 2022": None,
    }
    assert baris["1/1/1/1"]["Anggaran 2022"] == (
        "2.07.01.2.06.01; 2.07.01.2.06.04; 2.07.01.2.06.05; 2.07.01.2.06.09"
    )
    # Their indicators and targets are on the plan's sheets, named with their node.
    buku = load_workbook(BytesIO(buat_buku(opd, 2022)))
    indikator = {r[1].value: r for r in buku["Indikator Renstra"].iter_rows(min_row=2)}
    assert indikator["sp-penunjang-1"][8].value.startswith("Sasaran program 1/1/1 Terselenggara")
    target = {r[1].value: r for r in buku["Target"].iter_rows(min_row=2)}
    assert target["sk-administrasi-umum"][4].value == 100


def test_an_export_read_back_restores_the_tree(demo):
    opd = opd_terbuka()
    pengguna = operator(opd)
    asli = _pohon(opd)
    data = buat_buku(opd, 2022)

    # Meanwhile the tree is changed on the entry pages (here, straight in the database).
    program, kegiatan = _simpul("1/1/1"), _simpul("1/1/1/1")
    Sasaran.objects.filter(pk=program.pk).update(
        nama="Diubah", penanggung_jawab=Pejabat.objects.get(kode="kasi-pelatihan")
    )
    kegiatan.program_kegiatan_set.remove(kegiatan.program_kegiatan_set.first())
    kegiatan.program_kegiatan_set.add(
        ProgramKegiatan.objects.get(opd=opd, tahun=2022, kode="2.07.01.2.02")
    )
    ind = Indikator.objects.get(kode="sp-penunjang-1", periode__opd=opd)
    Indikator.objects.filter(pk=ind.pk).update(nama="Nama lain", satuan="persen")
    Target.objects.filter(indikator=ind, tahun=2022).update(nilai=Decimal("80"))
    Target.objects.create(indikator=ind, tahun=2022, triwulan=1, nilai=Decimal("25"))
    assert _pohon(opd) != asli

    hasil = bandingkan(pengguna, opd, 2022, data)
    assert hasil.galat == []
    ringkas = {(p.lembar, *r) for p in hasil.perubahan for r in p.rincian()}
    assert (TURUNAN, "Penanggung jawab", "kasi-pelatihan", "sekretaris-disnakerind") in ringkas
    hasil, diterapkan = terapkan(pengguna, opd, 2022, data, "turunan.xlsx", hasil.sidik)
    assert diterapkan
    assert _pohon(opd) == asli
    jejak = Jejak.objects.filter(alasan="Impor buku kerja turunan.xlsx")
    uraian = set(jejak.values_list("uraian", flat=True))
    assert f"Sasaran program 1 “Diubah” ({SUPLEMEN}/1/1/1)" in uraian or any(
        u.startswith("Sasaran program 1 ") for u in uraian
    )
    assert any(u.startswith("Anggaran 2022 Sasaran kegiatan 1 ") for u in uraian)
    # Read again, the same file changes nothing more.
    assert bandingkan(pengguna, opd, 2022, data).perubahan == []


def test_a_bad_tree_is_refused_whole_naming_sheet_row_and_column(demo):
    opd = opd_terbuka()
    asli = _pohon(opd)
    data = buat_buku(opd, 2022)
    data, b_nama, k_nama = ubah(data, TURUNAN, "3/5/1", "Nama", "Perubahan yang baik")
    data, b1, k1 = ubah(data, TURUNAN, "1/1/1/1", "Tingkat", "sasaran_bidang")
    data, b2, k2 = ubah(data, TURUNAN, "1/1/1/2", "Induk", "1/9")
    data, b3, k3 = ubah(data, TURUNAN, "1/2/1", "Penanggung jawab", "kabid-tidak-ada")
    data, b4, k4 = ubah(data, TURUNAN, "1/1/1", "Induk", "1/1/1/3")  # under its own child
    data, b5, k5 = ubah(data, TURUNAN, "1/2/2", "Induk", "1/2/1")  # a programme under one
    hasil, diterapkan = terapkan(operator(opd), opd, 2022, data, "salah.xlsx", "apa saja")
    assert not diterapkan
    galat = {str(g) for g in hasil.galat}
    awal = f"Lembar '{TURUNAN}', baris"
    assert galat == {
        f"{awal} {b1}, kolom {k1}: Tingkat 'sasaran_bidang' tidak dikenal; gunakan "
        "sasaran_program, sasaran_kegiatan atau individu.",
        f"{awal} {b2}, kolom {k2}: induk '1/9' tidak ada di {SUPLEMEN}.",
        f"{awal} {b3}, kolom {k3}: pejabat 'kabid-tidak-ada' tidak ada di OPD ini.",
        f"{awal} {b4}, kolom {k4}: Simpul tidak dapat melayani dirinya sendiri atau simpul di "
        "bawahnya (berputar).",
        f"{awal} {b5}, kolom {k5.replace('D', 'C')}: Di bawah sasaran program harus sasaran "
        "kegiatan, bukan sasaran program.",
    }
    assert _pohon(opd) == asli and not Jejak.objects.exists()
    assert (b_nama, k_nama) != (b1, k1)


def test_a_budget_line_must_be_the_years_and_fit_the_level(demo):
    opd = opd_terbuka()
    data = buat_buku(opd, 2022)
    data, b1, k = ubah(data, TURUNAN, "1/1/1", "Anggaran 2022", "2.07.01; 9.99.99")
    data, b2, _ = ubah(data, TURUNAN, "1/1/1/1", "Anggaran 2022", "2.07.01")
    galat = {str(g) for g in bandingkan(operator(opd), opd, 2022, data).galat}
    assert galat == {
        f"Lembar '{TURUNAN}', baris {b1}, kolom {k}: baris anggaran '9.99.99' tidak ada.",
        f"Lembar '{TURUNAN}', baris {b2}, kolom {k}: program 2.07.01 tidak melaksanakan "
        "sasaran_kegiatan.",
    }
    # A programme delivers a sasaran program: alone, that change is taken.
    data = ubah(buat_buku(opd, 2022), TURUNAN, "1/1/1", "Anggaran 2022", "2.07.01")[0]
    hasil = bandingkan(operator(opd), opd, 2022, data)
    assert hasil.galat == [] and len(hasil.perubahan) == 1
    assert terapkan(operator(opd), opd, 2022, data, "x.xlsx", hasil.sidik)[1]
    assert [p.kode for p in _simpul("1/1/1").program_kegiatan_set.all()] == ["2.07.01"]


def test_the_renstra_and_the_pk_lock_their_own_cells(demo):
    opd = opd_terbuka()
    StatusDokumen.objects.create(opd=opd, tahun=2022, dokumen=Dokumen.PK, tahap=Tahap.DISETUJUI)
    data = buat_buku(opd, 2022)
    data, *_ = ubah(data, TURUNAN, "1/1/1/1", "Nama", "Nama baru")  # the Renstra's: open
    data, baris, kolom = ubah(data, TURUNAN, "1/1/1/1", "Anggaran 2022", "2.07.01.2.06.01")
    galat = [str(g) for g in bandingkan(operator(opd), opd, 2022, data).galat]
    assert len(galat) == 1
    assert galat[0].startswith(f"Lembar '{TURUNAN}', baris {baris}, kolom {kolom}: Anggaran 2022")
    assert "tidak dapat diubah: Perjanjian Kinerja 2022 berstatus Disetujui" in galat[0]


def test_a_node_moves_to_another_parent_of_the_level_above(demo):
    opd = opd_terbuka()
    pindah = _simpul("1/1/1/2")
    data = ubah(buat_buku(opd, 2022), TURUNAN, "1/1/1/2", "Induk", "1/2/1")[0]
    hasil = bandingkan(operator(opd), opd, 2022, data)
    assert terapkan(operator(opd), opd, 2022, data, "x.xlsx", hasil.sidik)[1]
    pindah.refresh_from_db()
    assert pindah.induk == _simpul("1/2/1")
    # Its path is now 1/2/1/2: a workbook of before names a node no longer there.
    galat = [str(g) for g in bandingkan(operator(opd), opd, 2022, data).galat]
    assert galat == [
        f"Lembar '{TURUNAN}', baris 4, kolom B: kode '{SUPLEMEN} / 1/1/1/2' tidak dikenal "
        "untuk OPD dan tahun ini."
    ]


def test_a_moved_node_keeps_its_nomor_unique_under_its_new_parent(demo):
    opd = opd_terbuka()
    data, baris, kolom = ubah(buat_buku(opd, 2022), TURUNAN, "1/1/1/1", "Induk", "1/2/1")
    galat = [str(g) for g in bandingkan(operator(opd), opd, 2022, data).galat]
    assert galat == [
        f"Lembar '{TURUNAN}', baris {baris}, kolom {kolom}: Nomor '1' sudah dipakai simpul lain "
        "di bawah induk yang sama."
    ]
