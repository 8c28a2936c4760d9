"""Applying a workbook invalidates stored results once, at its end: one delete per range of
years, whatever the number of cells, and one recomputation after the commit."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from sakip.akun.models import Pengguna, Peran
from sakip.pengukuran.models import HasilIndikator, VersiHasil
from sakip.perencanaan.models import Indikator
from sakip.pertukaran.buku_kerja import bandingkan, buat_buku, terapkan

from .buku_kerja_bantu import opd_terbuka, ubah


def test_a_workbook_drops_stored_results_once(demo, django_capture_on_commit_callbacks):
    opd = opd_terbuka()
    pengguna = Pengguna.objects.get(peran_set__opd=opd, peran_set__jenis=Peran.Jenis.OPERATOR_OPD)
    data = buat_buku(opd, 2022)
    for i, kolom in enumerate(["TW I", "TW II", "TW III", "TW IV"]):
        data, *_ = ubah(data, "Nilai Triwulan", "ditempatkan", kolom, str(30 + i))
    for ind in Indikator.objects.filter(periode__opd=opd, iku=True)[:3]:
        data, *_ = ubah(data, "Target", ind.kode, "Target TW I", "12")
    hasil = bandingkan(pengguna, opd, 2022, data)
    assert hasil.galat == [] and len(hasil.perubahan) >= 7
    with (
        django_capture_on_commit_callbacks(execute=True) as setelah,
        CaptureQueriesContext(connection) as q,
    ):
        assert terapkan(pengguna, opd, 2022, data, "isian.xlsx", hasil.sidik)[1]
    hapus = [x for x in q.captured_queries if x["sql"].startswith('DELETE FROM "pengukuran_hasil')]
    assert len(hapus) == 2  # targets of 2022; values of 2022 and the years that read them
    assert len(setelah) == 1
    v = VersiHasil.objects.get(opd=opd)
    assert v.dihitung == v.versi
    assert HasilIndikator.objects.filter(indikator__periode__opd=opd, tahun=2022).exists()
