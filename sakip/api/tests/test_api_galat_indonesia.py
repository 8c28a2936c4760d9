"""Every error of the API is JSON {"detail": "..."} in Indonesian: an address that is not
there, a parameter refused, a method other than GET, an unknown token, a limit past the
maximum."""

import json

import pytest
from django.test import Client

from sakip.pertukaran.demo import OPD_DEMO, TEBING

OPD_TEBING = OPD_DEMO[TEBING]


@pytest.mark.parametrize(
    "metode, alamat, kode, detail",
    [
        ("get", "/api/opd/tidak-ada/", 404, "Perangkat daerah ini belum memiliki dokumen"),
        ("get", f"/api/opd/{OPD_TEBING}/2022/capaian/triwulan/5/", 404, "triwulan 5"),
        ("get", "/api/indikator/999999/", 404, "Indikator ini belum diterbitkan."),
        ("get", "/api/tidak/ada/", 404, "Alamat API ini tidak ada"),
        ("get", f"/api/opd/{OPD_TEBING}/dua-ribu/pohon/", 404, "Alamat API ini tidak ada"),
        ("get", "/api/opd/a%0Ab/2022/pohon/", 404, "Perangkat daerah ini belum memiliki"),
        ("get", "/api/opd/a/2022/pohon/%0A", 404, "Alamat API ini tidak ada"),
        ("get", "/api/opd/?limit=0", 422, "Parameter tidak sah: limit paling kecil 1."),
        ("get", "/api/opd/?limit=501", 422, "Parameter tidak sah: limit paling besar 500."),
        ("get", "/api/opd/?offset=x", 422, "Parameter tidak sah: offset harus bilangan bulat."),
        ("post", "/api/pemda/", 405, "Metode POST tidak diterima di sini"),
        ("delete", f"/api/opd/{OPD_TEBING}/", 405, "Metode DELETE tidak diterima di sini"),
    ],
)
def test_the_error_is_indonesian_json(alur_demo, metode, alamat, kode, detail):
    r = getattr(Client(), metode)(alamat)
    assert r.status_code == kode
    assert r["Content-Type"].startswith("application/json")
    assert detail in json.loads(r.content)["detail"]
