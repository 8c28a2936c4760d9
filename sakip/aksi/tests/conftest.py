import pytest

from sakip.aksi.models import Aksi
from sakip.alur.models import JendelaPengisian, StatusDokumen

OPD = "disnakerind-tebing-tinggi"
RENCANA = f"/opd/{OPD}/rencana-aksi/2022/"


@pytest.fixture
def terbuka(demo):
    """Tebing Tinggi's 2022 documents back to draft and no filling window: the demo approved
    them all, which locks the Rencana Aksi."""
    StatusDokumen.objects.filter(opd__slug=OPD, tahun=2022).exclude(dokumen="renstra").delete()
    JendelaPengisian.objects.filter(pemda__slug="kota-tebing-tinggi").delete()


@pytest.fixture
def aksi(demo):
    """The demo's first action: sosialisasi BPJS, TW I, kasi-jaminan-sosial, Rp 15.000.000
    from sub kegiatan 2.07.05.2.02.02 (pagu 100.800.000; the demo's actions on it total
    82.500.000)."""
    return Aksi.objects.get(opd__slug=OPD, tahun=2022, urutan=1)
