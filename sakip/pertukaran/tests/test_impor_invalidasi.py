"""A YAML import invalidates stored results once, at its end (`tersimpan.tunda`): one
delete per range of years however many values it changes, and after its commit the OPD it
touched are stored whole again, as a full recomputation stores them."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from sakip.instansi.models import Pemda
from sakip.pengukuran.models import HasilIndikator, VersiHasil
from sakip.pengukuran.tersimpan import hitung_ulang
from sakip.pertukaran.berkas import tulis
from sakip.pertukaran.ekspor import ekspor_pemda
from sakip.pertukaran.impor import impor_teks

TEBING = "kota-tebing-tinggi"


def _hasil(pemda):
    return list(
        HasilIndikator.objects.filter(indikator__periode__pemda=pemda)
        .order_by("indikator_id", "tahun")
        .values_list("indikator_id", "tahun", "target", "realisasi", "capaian", "predikat")
    )


def _hapus_hasil(q):
    return [x for x in q.captured_queries if x["sql"].startswith('DELETE FROM "pengukuran_hasil')]


def test_an_import_changing_many_values_drops_them_once(demo, django_capture_on_commit_callbacks):
    pemda = Pemda.objects.get(slug=TEBING)
    data = ekspor_pemda(pemda)
    berubah = 0
    for opd in data["pemda"]["opd"]:
        for v in opd.get("variabel", []):
            for waktu in v.get("nilai", {}):
                v["nilai"][waktu] += 1
                berubah += 1
    assert berubah >= 10
    with (
        django_capture_on_commit_callbacks(execute=True) as setelah,
        CaptureQueriesContext(connection) as q,
    ):
        impor_teks(tulis(data))
    assert len(setelah) == 1  # one recomputation, after the commit
    # Variable values of 2021 and 2022: two ranges of years, two deletes.
    assert len(_hapus_hasil(q)) == 2
    diimpor = _hasil(pemda)
    assert all(v == d for v, d in VersiHasil.objects.values_list("versi", "dihitung"))
    hitung_ulang(pemda.opd_set.values_list("pk", flat=True))
    assert _hasil(pemda) == diimpor
