"""The indicator's CSV holds its published figures with every digit the engine has (the
digits of `sakip capaian --format json`), empty where a year is not approved."""

import csv
import io

from django.test import Client

from sakip.instansi.models import OPD
from sakip.kinerja.angka import json_angka
from sakip.pengukuran.tersimpan import baris_capaian
from sakip.perencanaan.models import Indikator
from sakip.pertukaran.demo import OPD_DEMO, TEBING


def test_the_csv_has_the_approved_figures_only(alur_demo):
    opd = OPD.objects.get(slug=OPD_DEMO[TEBING])
    ind = Indikator.objects.get(nama="Persentase Meningkatnya Kesempatan Kerja", periode__opd=opd)
    r = Client().get(f"/portal/indikator/{ind.pk}/csv/")
    assert r.status_code == 200
    assert r["Content-Type"].startswith("text/csv")
    assert r["Content-Disposition"] == f'attachment; filename="indikator-{ind.pk}.csv"'
    baris = list(csv.DictReader(io.StringIO(r.content.decode())))
    # 2021 is not approved: its target (60) and nothing else.
    assert baris[0] == {
        "tahun": "2021",
        "periode": "Tahunan",
        "target": "60",
        "target_atas": "",
        "realisasi": "",
        "capaian": "",
        "predikat": "",
    }
    n = next(b.nilai for b in baris_capaian(opd, 2022) if b.nilai.indikator == ind)
    assert baris[1]["realisasi"] == json_angka(n.realisasi)
    assert baris[1]["capaian"] == json_angka(n.capaian.nilai)
    assert baris[1]["capaian"].startswith("52.747252747")  # seed 004 Tabel 5 row 1
    assert baris[1]["predikat"] == "Cukup Baik"
