"""A one-OPD, one-year test world for the engine's storage tests, written as sakip-data."""

import yaml

from sakip.pengukuran.hitung import DataKinerja
from sakip.perencanaan.models import Indikator
from sakip.pertukaran.impor import impor_teks


def indikator(kode, nama=None, satuan="unit", jenis="absolut", polaritas="positif", **isi):
    return {
        "kode": kode,
        "nama": nama or kode,
        "satuan": satuan,
        "jenis": jenis,
        "polaritas": polaritas,
        **isi,
    }


def muat(variabel, indikator_tujuan, indikator_sasaran):
    """Kota Uji's Dinas Uji with a Renstra for 2024 of one tujuan and one sasaran; the
    engine's data over every indicator."""
    opd = {
        "slug": "dinas-uji",
        "nama": "Dinas Uji",
        "variabel": variabel,
        "periode": [
            {
                "kode": "renstra",
                "jenis": "renstra",
                "nama": "Renstra Uji",
                "tahun_awal": 2024,
                "tahun_akhir": 2024,
                "tujuan": [
                    {
                        "nomor": "1",
                        "nama": "Tujuan",
                        "indikator": indikator_tujuan,
                        "sasaran": [
                            {"nomor": "1", "nama": "Sasaran", "indikator": indikator_sasaran}
                        ],
                    }
                ],
            }
        ],
    }
    pemda = {
        "slug": "kota-uji",
        "nama": "Kota Uji",
        "jenis": "kota",
        "skala_predikat": "permendagri-86",
        "opd": [opd],
    }
    impor_teks(yaml.safe_dump({"format": "sakip-data/1", "pemda": pemda}, sort_keys=False))
    return DataKinerja(Indikator.objects.select_related("periode__pemda"))
