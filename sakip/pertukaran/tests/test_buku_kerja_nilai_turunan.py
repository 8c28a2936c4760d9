"""The workbook's "Nilai Triwulan" sheet carries the values of the indicators of the nodes
below the OPD's sasaran, as the quarter entry page lists them: an export read back restores
them, a bad cell refuses the whole file naming sheet, row and column, and a locked quarter
refuses its cells (Tebing Tinggi 2022)."""

from decimal import Decimal
from io import BytesIO

from openpyxl import load_workbook

from sakip.alur.models import Dokumen, StatusDokumen, Tahap
from sakip.jejak.models import Jejak
from sakip.pengukuran.models import Realisasi
from sakip.perencanaan.models import Indikator
from sakip.pertukaran.buku_kerja import bandingkan, buat_buku, terapkan

from .buku_kerja_bantu import opd_terbuka, ubah
from .test_buku_kerja import operator

LEMBAR = "Nilai Triwulan"
KODE = "sk-pengadaan-bmd"  # sasaran kegiatan, year value 100 in the demo


def _realisasi():
    return sorted(
        Realisasi.objects.filter(indikator__kode=KODE).values_list("tahun", "triwulan", "nilai")
    )


def test_the_sheet_lists_lower_node_indicators_with_their_values(demo):
    opd = opd_terbuka()
    ls = load_workbook(BytesIO(buat_buku(opd, 2022)))[LEMBAR]
    kepala = [c.value for c in ls[1]]
    baris = {r[2]: dict(zip(kepala, r, strict=True)) for r in ls.iter_rows(values_only=True)}
    ind = Indikator.objects.get(kode=KODE)
    assert baris[KODE] | {"TW I": None} == {
        "Jenis": "Realisasi",
        "Periode": ind.periode.kode,
        "Kode": KODE,
        "Nama": ind.nama,
        "Satuan": "%",
        "TW I": None,
        "TW II": None,
        "TW III": None,
        "TW IV": None,
        "Tahunan": 100,
    }
    # After the variable of its sasaran's own indicator (kesempatan-kerja), as on the page.
    kode = list(baris)
    assert kode.index("ditempatkan") < kode.index("sp-penunjang-1") < kode.index(KODE)


def test_an_export_read_back_restores_a_lower_nodes_values(demo):
    opd = opd_terbuka()
    pengguna = operator(opd)
    asli = _realisasi()
    data = buat_buku(opd, 2022)
    # Meanwhile the values are changed on the entry page (here, straight in the database).
    Realisasi.objects.filter(indikator__kode=KODE, triwulan=0).update(nilai=Decimal("50"))
    Realisasi.objects.create(
        indikator=Indikator.objects.get(kode=KODE), tahun=2022, triwulan=2, nilai=7
    )
    hasil = bandingkan(pengguna, opd, 2022, data)
    assert hasil.galat == []
    ringkas = {(p.lembar, p.tindakan, *r) for p in hasil.perubahan for r in p.rincian()}
    assert ringkas == {
        (LEMBAR, "ubah", "Tahunan", "50", "100"),
        (LEMBAR, "hapus", "TW II", "7", "(dihapus)"),
    }
    hasil, diterapkan = terapkan(pengguna, opd, 2022, data, "nilai.xlsx", hasil.sidik)
    assert diterapkan
    assert _realisasi() == asli
    jejak = Jejak.objects.filter(alasan="Impor buku kerja nilai.xlsx")
    assert jejak.count() == 2 and all(j.opd == opd for j in jejak)
    assert bandingkan(pengguna, opd, 2022, data).perubahan == []


def test_a_bad_lower_node_value_refuses_the_whole_file(demo):
    opd = opd_terbuka()
    asli = _realisasi()
    data = buat_buku(opd, 2022)
    data, *_ = ubah(data, LEMBAR, "sk-administrasi-umum", "TW I", "35")  # a good change
    data, baris, kolom = ubah(data, LEMBAR, KODE, "TW II", "12,3,4")
    hasil, diterapkan = terapkan(operator(opd), opd, 2022, data, "x.xlsx", "apa saja")
    assert not diterapkan
    assert [str(g) for g in hasil.galat] == [
        f"Lembar '{LEMBAR}', baris {baris}, kolom {kolom}: '12,3,4' bukan angka yang valid."
    ]
    assert _realisasi() == asli
    assert not Realisasi.objects.filter(indikator__kode="sk-administrasi-umum", triwulan=1)
    assert not Jejak.objects.exists()


def test_a_locked_quarter_refuses_a_lower_nodes_cell(demo):
    opd = opd_terbuka()
    StatusDokumen.objects.create(opd=opd, tahun=2022, dokumen=Dokumen.TW2, tahap=Tahap.DISETUJUI)
    data = buat_buku(opd, 2022)
    data, *_ = ubah(data, LEMBAR, KODE, "TW I", "35")  # Triwulan I: open
    data, baris, kolom = ubah(data, LEMBAR, KODE, "TW II", "40")
    galat = [str(g) for g in bandingkan(operator(opd), opd, 2022, data).galat]
    assert len(galat) == 1
    assert galat[0].startswith(f"Lembar '{LEMBAR}', baris {baris}, kolom {kolom}: Realisasi {KODE}")
    assert "tidak dapat diubah: Data Triwulan II 2022 berstatus Disetujui" in galat[0]
