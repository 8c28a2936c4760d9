"""The workbook as data: written filled, read back exactly, compared, applied."""

from decimal import Decimal
from io import BytesIO

import pytest
from openpyxl import Workbook, load_workbook

from sakip.akun.models import Pengguna, Peran
from sakip.alur.models import Dokumen, StatusDokumen, Tahap
from sakip.anggaran.models import ProgramKegiatan
from sakip.instansi.models import OPD
from sakip.jejak.models import Jejak
from sakip.pengukuran.models import NilaiVariabel, Realisasi, Variabel
from sakip.perencanaan.models import Indikator, Target
from sakip.pertukaran.buku_kerja import (
    Kolom,
    _angka,
    _teks,
    _tulis,
    bandingkan,
    buat_buku,
    susun,
    terapkan,
)
from sakip.pertukaran.demo import OPD_DEMO, PPU

from .buku_kerja_bantu import TEBING, opd_terbuka, ubah


def operator(opd):
    return Pengguna.objects.get(peran_set__opd=opd, peran_set__jenis=Peran.Jenis.OPERATOR_OPD)


def tahun_rencana(opd):
    p = opd.periode_set.all()
    return range(min(x.tahun_awal for x in p), max(x.tahun_akhir for x in p) + 1)


@pytest.mark.parametrize("slug", OPD_DEMO.values())
def test_workbook_holds_the_stored_data(demo, slug):
    opd = OPD.objects.get(slug=slug)
    for tahun in tahun_rencana(opd):
        buku = load_workbook(BytesIO(buat_buku(opd, tahun)), data_only=True)
        for lembar in susun(opd, tahun):
            baris = list(buku[lembar.nama].iter_rows(values_only=True))
            assert list(baris[0]) == [k.judul for k in lembar.kolom]
            assert len(baris) - 1 == len(lembar.baris)
            for isi, b in zip(baris[1:], lembar.baris, strict=True):
                for sel, k in zip(isi, lembar.kolom, strict=True):
                    tersimpan = b.sel.get(k.judul)
                    if isinstance(tersimpan, Decimal):
                        assert _angka(sel, k) == tersimpan
                    else:
                        assert _teks(sel) == _teks(tersimpan)


@pytest.mark.parametrize("slug", OPD_DEMO.values())
def test_unchanged_round_trip_changes_nothing(demo, slug):
    opd = opd_terbuka(slug)
    for tahun in tahun_rencana(opd):
        hasil = bandingkan(operator(opd), opd, tahun, buat_buku(opd, tahun))
        assert (hasil.galat, hasil.perubahan) == ([], []), tahun


def test_seed_workbooks_are_filled(demo):
    tebing = OPD.objects.get(slug=TEBING)
    nama = {lembar.nama: lembar for lembar in susun(tebing, 2022)}
    assert {n: len(lembar.baris) > 0 for n, lembar in nama.items()} == dict.fromkeys(nama, True)
    sub = ProgramKegiatan.objects.get(opd=tebing, tahun=2022, kode="2.07.01.2.02.01")
    baris = next(b for b in nama["Anggaran"].baris if b.sel["Kode"] == sub.kode)
    assert baris.sel["Pagu"] == sub.pagu
    # Tebing Tinggi Lampiran RFK 2022 row 2.07.01.2.02.01 (seed 004; demo YAML anggaran 2022):
    # anggaran 2.693.549.200; "realisasi triwulan lalu" (January–September, one range)
    # 1.981.068.813; triwulan IV 621.143.942; 1.981.068.813 + 621.143.942 = 2.602.212.755, the
    # printed total.
    assert baris.sel["Keuangan TW IV"] == Decimal("621143942")
    assert baris.sel["Keuangan TW I"] is None  # recorded as January–September
    assert "Januari–September: Rp 1.981.068.813" in baris.sel["Realisasi keuangan lain"]


@pytest.mark.parametrize(
    "teks",
    ["123456789012345678.123456789012", "0.1", "-3.5", "1981068813", "0.333333333333", "1E+5"],
)
def test_numbers_read_back_exactly(teks):
    """Every Decimal the database can hold comes back unchanged, as a number or as text."""
    buku = Workbook()
    _tulis(buku.active["A1"], Decimal(teks))
    keluaran = BytesIO()
    buku.save(keluaran)
    sel = load_workbook(BytesIO(keluaran.getvalue()))["Sheet"]["A1"].value
    assert _angka(sel, Kolom("x", "angka")) == Decimal(teks)
    assert isinstance(sel, str) == (teks == "123456789012345678.123456789012")


def test_exact_decimals_round_trip(demo):
    opd = opd_terbuka()
    ind = Indikator.objects.get(periode__opd=opd, kode="kesempatan-kerja")
    panjang = Decimal("123456789012345678.123456789012")  # all 30 digits, on both back ends
    Target.objects.create(indikator=ind, tahun=2022, triwulan=1, nilai=panjang)
    Target.objects.create(indikator=ind, tahun=2022, triwulan=2, nilai=Decimal("0.1"))
    Target.objects.create(indikator=ind, tahun=2022, triwulan=3, nilai=Decimal("-3.5"))
    data = buat_buku(opd, 2022)
    assert bandingkan(operator(opd), opd, 2022, data).perubahan == []
    ls = load_workbook(BytesIO(data))["Target"]
    baris = next(r for r in ls.iter_rows(min_row=2, values_only=True) if r[1] == ind.kode)
    assert _angka(baris[6], Kolom("x", "angka")) == panjang
    assert (baris[8], baris[10]) == (0.1, -3.5)


def test_changed_cells_are_previewed_and_applied(demo):
    opd = opd_terbuka()
    pengguna = operator(opd)
    ind = Indikator.objects.get(periode__opd=opd, kode="kesempatan-kerja")
    ditempatkan = Variabel.objects.get(opd=opd, kode="ditempatkan")
    sub = ProgramKegiatan.objects.get(opd=opd, tahun=2022, kode="2.07.01.2.02.01")
    data = buat_buku(opd, 2022)
    data, baris, kolom = ubah(data, "Target", ind.kode, "Target TW I", "12,5")
    data, *_ = ubah(data, "Nilai Triwulan", "ditempatkan", "Tahunan", None)
    data, *_ = ubah(data, "Anggaran", sub.kode, "Pagu", "2.693.549.250,5")
    data, *_ = ubah(data, "Indikator Renstra", ind.kode, "Satuan", "persen")

    hasil = bandingkan(pengguna, opd, 2022, data)
    assert hasil.galat == []
    ringkas = {(p.lembar, p.tindakan, *r) for p in hasil.perubahan for r in p.rincian()}
    assert ringkas == {
        ("Target", "buat", "Target TW I", "(kosong)", "12,5"),
        ("Target", "buat", "Batas atas TW I", "(kosong)", "(kosong)"),
        ("Nilai Triwulan", "hapus", "Tahunan", "141", "(dihapus)"),
        ("Anggaran", "ubah", "Pagu", "2.693.549.200", "2.693.549.250,5"),
        ("Indikator Renstra", "ubah", "Satuan", "%", "persen"),
    }
    target = next(p for p in hasil.perubahan if p.lembar == "Target")
    assert (target.baris, target.kolom) == (baris, kolom)

    hasil, diterapkan = terapkan(pengguna, opd, 2022, data, "isian.xlsx", hasil.sidik)
    assert diterapkan
    assert Target.objects.get(indikator=ind, tahun=2022, triwulan=1).nilai == Decimal("12.5")
    assert not NilaiVariabel.objects.filter(variabel=ditempatkan, tahun=2022, triwulan=0).exists()
    sub.refresh_from_db()
    ind.refresh_from_db()
    assert (sub.pagu, ind.satuan) == (Decimal("2693549250.5"), "persen")
    jejak = Jejak.objects.filter(alasan="Impor buku kerja isian.xlsx")
    assert jejak.count() == 4  # one per changed record
    assert set(jejak.values_list("tindakan", flat=True)) == {"buat", "ubah", "hapus"}
    pagu = jejak.get(uraian=f"Pagu {sub.kode} 2022")
    assert (pagu.lama, pagu.baru) == ({"pagu": "2693549200"}, {"pagu": "2693549250.5"})
    # A deleted value keeps its variable and period (listed under its own document).
    dihapus = jejak.get(tindakan="hapus")
    assert dihapus.lama == {
        "variabel_id": ditempatkan.pk,
        "tahun": 2022,
        "triwulan": 0,
        "nilai": "141",
    }
    assert all(j.pengguna == pengguna and j.opd == opd for j in jejak)
    # The same file again changes nothing more.
    assert bandingkan(pengguna, opd, 2022, data).perubahan == []


def _tanpa_perubahan(opd, data, sebelum):
    hasil, diterapkan = terapkan(operator(opd), opd, 2022, data, "x.xlsx", "apa saja")
    assert not diterapkan
    assert Jejak.objects.count() == 0
    assert sorted(NilaiVariabel.objects.values_list("pk", "nilai")) == sebelum
    return hasil


def test_one_bad_row_changes_nothing(demo):
    opd = opd_terbuka()
    sebelum = sorted(NilaiVariabel.objects.values_list("pk", "nilai"))
    data = buat_buku(opd, 2022)
    data, *_ = ubah(data, "Nilai Triwulan", "ditempatkan", "TW I", "35")  # a good change
    data, baris, kolom = ubah(data, "Nilai Triwulan", "ditempatkan", "TW II", "12,3,4")
    hasil = _tanpa_perubahan(opd, data, sebelum)
    assert [str(g) for g in hasil.galat] == [
        f"Lembar 'Nilai Triwulan', baris {baris}, kolom {kolom}: '12,3,4' bukan angka yang valid."
    ]


def test_unknown_code_changes_nothing(demo):
    opd = opd_terbuka()
    sebelum = sorted(NilaiVariabel.objects.values_list("pk", "nilai"))
    data = buat_buku(opd, 2022)
    data, *_ = ubah(data, "Nilai Triwulan", "ditempatkan", "TW I", "35")
    data, baris, kolom = ubah(data, "Nilai Triwulan", "ditempatkan", "Kode", "tidak_ada")
    hasil = _tanpa_perubahan(opd, data, sebelum)
    assert [str(g) for g in hasil.galat] == [
        f"Lembar 'Nilai Triwulan', baris {baris}, kolom {kolom}: kode 'Variabel / tidak_ada' "
        "tidak dikenal untuk OPD dan tahun ini."
    ]


@pytest.mark.parametrize(
    "lembar,kode,judul,nilai,pesan",  # the error points at the cell changed, or at "G"
    [
        ("Indikator Renstra", "kesempatan-kerja", "Rumus", "a +", "Rumus tidak valid di kolom 3"),
        # The form's rule: a formula names only registered variables.
        ("Indikator Renstra", "kesempatan-kerja", "Rumus", "tak_ada", "'tak_ada' belum terdaftar"),
        ("Indikator Renstra", "kesempatan-kerja", "Nama", None, "wajib diisi."),
        ("Anggaran", "2.07.01.2.02.01", "Fisik TW I (%)", 101, "tidak boleh lebih dari 100"),
        ("Anggaran", "2.07.01.2.02.01", "Keuangan TW I", 5, "dengan realisasi Januari–September"),
        ("Anggaran", "2.07.01.2.02.01", "Pagu", "1,5e3", "bukan angka"),
        ("Target", "kesempatan-kerja", "Batas atas TW I", 5, "G: kolom 'Target TW I' harus diisi"),
        (
            "Target",
            "kesempatan-kerja",
            "Batas atas Tahunan",
            5,
            "hanya untuk indikator berpolaritas rentang",
        ),
        ("Target", "kesempatan-kerja", "Target TW I", "0,1234567890123", "12 angka di belakang"),
    ],
)
def test_invalid_cells_are_named(demo, lembar, kode, judul, nilai, pesan):
    opd = opd_terbuka()
    data, baris, kolom = ubah(buat_buku(opd, 2022), lembar, kode, judul, nilai)
    (galat,) = bandingkan(operator(opd), opd, 2022, data).galat
    if pesan.startswith("G: "):
        kolom, pesan = "G", pesan[3:]
    assert (galat.lembar, galat.baris, galat.kolom) == (lembar, baris, kolom)
    assert pesan in galat.pesan


def test_locked_document_is_refused(demo):
    opd = opd_terbuka()
    StatusDokumen.objects.create(opd=opd, tahun=2022, dokumen=Dokumen.TW1, tahap=Tahap.DIAJUKAN)
    sebelum = sorted(NilaiVariabel.objects.values_list("pk", "nilai"))
    data = buat_buku(opd, 2022)
    data, *_ = ubah(data, "Nilai Triwulan", "ditempatkan", "TW II", "40")  # TW II is open
    data, baris, kolom = ubah(data, "Nilai Triwulan", "ditempatkan", "TW I", "35")
    hasil = _tanpa_perubahan(opd, data, sebelum)
    (galat,) = hasil.galat
    assert (galat.lembar, galat.baris, galat.kolom) == ("Nilai Triwulan", baris, kolom)
    assert "Data Triwulan I 2022 berstatus Diajukan sehingga terkunci" in galat.pesan


def test_renstra_of_the_period_guards_the_annual_target(demo):
    opd = opd_terbuka()
    ind = Indikator.objects.get(periode__opd=opd, kode="kesempatan-kerja")
    awal = ind.periode.tahun_awal
    StatusDokumen.objects.create(
        opd=opd, tahun=awal, dokumen=Dokumen.RENSTRA, tahap=Tahap.DISETUJUI
    )
    data, *_ = ubah(buat_buku(opd, 2022), "Target", ind.kode, "Target Tahunan", 70)
    (galat,) = bandingkan(operator(opd), opd, 2022, data).galat
    assert f"Renstra {awal} berstatus Disetujui" in galat.pesan
    data, *_ = ubah(buat_buku(opd, 2022), "Target", ind.kode, "Target TW I", 70)  # PK: open
    assert bandingkan(operator(opd), opd, 2022, data).galat == []


def test_workbook_of_another_opd_or_year_is_refused(demo):
    opd = opd_terbuka()
    (galat,) = bandingkan(operator(opd), opd, 2021, buat_buku(opd, 2022)).galat
    assert "bukan untuk disnakerind-tebing-tinggi tahun 2021" in str(galat)


def test_changes_made_after_the_preview_are_not_applied(demo):
    opd = opd_terbuka()
    ind = Indikator.objects.get(periode__opd=opd, kode="kesempatan-kerja")
    data, *_ = ubah(buat_buku(opd, 2022), "Target", ind.kode, "Target Tahunan", 70)
    pratinjau = bandingkan(operator(opd), opd, 2022, data)
    Target.objects.filter(indikator=ind, tahun=2022, triwulan=0).update(nilai=66)
    hasil, diterapkan = terapkan(operator(opd), opd, 2022, data, "x.xlsx", pratinjau.sidik)
    assert not diterapkan
    assert [p.rincian() for p in hasil.perubahan] == [[("Target Tahunan", "66", "70")]]
    assert Target.objects.get(indikator=ind, tahun=2022, triwulan=0).nilai == 66


def test_direct_realisations_are_imported(demo):
    opd = opd_terbuka(OPD_DEMO[PPU])
    ind = Indikator.objects.get(periode__opd=opd, kode="koperasi-aktif")
    data, *_ = ubah(buat_buku(opd, 2024), "Nilai Triwulan", ind.kode, "TW III", 1257.25)
    hasil = bandingkan(operator(opd), opd, 2024, data)
    assert [p.rekaman.uraian for p in hasil.perubahan] == ["Realisasi koperasi-aktif 2024 TW III"]
    assert terapkan(operator(opd), opd, 2024, data, "x.xlsx", hasil.sidik)[1]
    assert Realisasi.objects.get(indikator=ind, tahun=2024, triwulan=3).nilai == Decimal("1257.25")
