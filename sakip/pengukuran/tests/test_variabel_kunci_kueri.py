"""Why a variable's aggregation is locked is told from the document stages read once: the
stage is passed on (`tahap=`), not read again for the reason."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from sakip.alur.models import Dokumen, StatusDokumen, Tahap
from sakip.pengukuran.aturan import periksa
from sakip.perencanaan.tests.isian_bantu import kunci

from .variabel_bantu import variabel


def test_the_lock_reason_reads_the_stages_once(demo):
    v = variabel("ditempatkan")
    kunci(2022, Dokumen.TW4, Tahap.DISETUJUI)
    nilai = {b: getattr(v, b) for b in ("kode", "nama", "satuan", "sumber")}
    with CaptureQueriesContext(connection) as q:
        galat = periksa(v, {**nilai, "agregasi": "terakhir"})
    assert "Data Triwulan IV 2022 berstatus Disetujui" in galat["agregasi"]
    tabel = StatusDokumen._meta.db_table
    assert sum(tabel in x["sql"] for x in q.captured_queries) == 1
