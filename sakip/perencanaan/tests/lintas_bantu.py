"""Helpers of the crosscutting tests: a second and a third OPD in Tebing Tinggi (the demo
has one OPD per Pemda), each with a Renstra 2021–2022 whose sasaran has one indicator with
a 2022 target and realisation, and their operators and Kepala."""

from decimal import Decimal

from sakip.akun.models import Pengguna, Peran
from sakip.instansi.models import OPD, Pemda
from sakip.pengukuran.models import Realisasi
from sakip.perencanaan.models import Indikator, Periode, Sasaran, Target, Tujuan
from sakip.pertukaran.demo import KATA_SANDI_DEMO

OPD_TEBING = "disnakerind-tebing-tinggi"
MITRA = "dinkop-tebing-tinggi"
KETIGA = "dinkes-tebing-tinggi"
SASARAN_MITRA = "Meningkatnya daya saing koperasi dan usaha mikro"


def pengguna(nama, jenis, opd):
    p = Pengguna.objects.create_user(nama)
    p.set_password(KATA_SANDI_DEMO)
    p.save()
    Peran.objects.create(pengguna=p, jenis=jenis, pemda=opd.pemda, opd=opd)
    return p


def opd_baru(slug, nama, singkatan, sasaran, realisasi):
    pemda = Pemda.objects.get(slug="kota-tebing-tinggi")
    opd = OPD.objects.create(pemda=pemda, slug=slug, nama=nama, singkatan=singkatan)
    periode = Periode.objects.create(
        pemda=pemda,
        opd=opd,
        kode=f"renstra-{slug}",
        jenis=Periode.Jenis.RENSTRA,
        nama=f"Renstra {nama} 2021–2022",
        tahun_awal=2021,
        tahun_akhir=2022,
    )
    tujuan = Tujuan.objects.create(periode=periode, nomor="1", nama=f"Tujuan {singkatan}")
    s = Sasaran.objects.create(tujuan=tujuan, nomor="1", nama=sasaran)
    ind = Indikator.objects.create(
        periode=periode,
        sasaran=s,
        kode=f"ind-{slug}",
        nama=f"Indikator {singkatan}",
        satuan="%",
        jenis=Indikator.Jenis.PERSENTASE,
        polaritas="positif",
        iku=True,
    )
    Target.objects.create(indikator=ind, tahun=2022, nilai=Decimal(80))
    Realisasi.objects.create(indikator=ind, tahun=2022, nilai=Decimal(realisasi))
    pengguna(f"operator-{singkatan.lower()}", Peran.Jenis.OPERATOR_OPD, opd)
    pengguna(f"kepala-{singkatan.lower()}", Peran.Jenis.KEPALA_OPD, opd)
    return opd, s


def dunia():
    """(Disnakerind, its sasaran 1, Dinkop, its sasaran, Dinkes): users
    operator-dinkop, kepala-dinkop, operator-dinkes, kepala-dinkes."""
    mitra, s_mitra = opd_baru(
        MITRA, "Dinas Koperasi dan UKM Kota Tebing Tinggi", "Dinkop", SASARAN_MITRA, 72
    )
    ketiga, _ = opd_baru(KETIGA, "Dinas Kesehatan Kota Tebing Tinggi", "Dinkes", "Sehat", 90)
    opd = OPD.objects.get(slug=OPD_TEBING)
    sasaran = Sasaran.objects.get(
        tujuan__periode__kode="suplemen-renstra-disnakerind-2021-2022", nomor="1"
    )
    return opd, sasaran, mitra, s_mitra, ketiga
