"""The worksheet page reads a fixed number of queries, whatever the number of answers and
evidence items (answers and their evidence are read together)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from sakip.instansi.models import OPD
from sakip.lke.hitung import keadaan
from sakip.lke.ubah import buka_evaluasi, simpan_jawaban, tambah_bukti

from .bantu import OPD as SLUG
from .bantu import URL


def _jumlah(klien):
    with CaptureQueriesContext(connection) as kueri:
        assert klien.get(URL).status_code == 200
    return len(kueri)


def test_the_page_reads_a_fixed_number_of_queries(masuk):
    klien = masuk("inspektorat-tebing")
    opd = OPD.objects.get(slug=SLUG)
    evaluasi = buka_evaluasi(None, opd, 2022)
    k = keadaan(opd, 2022)
    semua = k.lembar.semua_kriteria()
    simpan_jawaban(None, evaluasi, k.lembar, "1.1.1", {"jawaban_opd": "Y"})
    tambah_bukti(None, evaluasi, "1.1.1", "iku")
    satu = _jumlah(klien)
    for kriteria in semua[1:]:
        simpan_jawaban(
            None, evaluasi, k.lembar, kriteria.kode, {"jawaban_opd": kriteria.skala.terbaik}
        )
        tambah_bukti(None, evaluasi, kriteria.kode, "renstra", "Perwali 12/2021")
    assert _jumlah(klien) == satu
