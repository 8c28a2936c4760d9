"""The demo: the three seed agencies and a login for each OPD and each Pemda."""

from importlib import resources

from django.db import transaction

from sakip.akun.models import Pengguna, Peran
from sakip.perencanaan.models import OPD, Pemda

from .impor import impor_teks

KATA_SANDI_DEMO = "sakip-demo"

PPU, JAMBI, TEBING = "kab-penajam-paser-utara", "kota-jambi", "kota-tebing-tinggi"
OPD_DEMO = {
    PPU: "dkukmperindag-ppu",
    JAMBI: "dtkk-ukm-jambi",
    TEBING: "disnakerind-tebing-tinggi",
}
AKHIRAN = {PPU: "ppu", JAMBI: "jambi", TEBING: "tebing"}

# (username, role, pemda slug, opd slug): every role in every seed agency.
PENGGUNA_DEMO = [
    (
        f"{awalan}-{AKHIRAN[pemda]}",
        jenis,
        pemda,
        OPD_DEMO[pemda] if jenis in Peran.LINGKUP_OPD else None,
    )
    for awalan, jenis in (
        ("operator", Peran.Jenis.OPERATOR_OPD),
        ("kepala", Peran.Jenis.KEPALA_OPD),
        ("admin", Peran.Jenis.ADMIN_PEMDA),
        ("inspektorat", Peran.Jenis.INSPEKTORAT),
        ("publik", Peran.Jenis.PUBLIK),
    )
    for pemda in (PPU, JAMBI, TEBING)
]


def berkas_demo():
    folder = resources.files("sakip.pertukaran") / "demo"
    return sorted((f for f in folder.iterdir() if f.name.endswith(".yaml")), key=lambda f: f.name)


@transaction.atomic
def muat_demo():
    for berkas in berkas_demo():
        impor_teks(berkas.read_text(encoding="utf-8"))
    for username, peran, pemda, opd in PENGGUNA_DEMO:
        pengguna, _ = Pengguna.objects.get_or_create(username=username)
        pengguna.set_password(KATA_SANDI_DEMO)
        pengguna.save()
        Peran.objects.get_or_create(
            pengguna=pengguna,
            jenis=peran,
            pemda=Pemda.objects.get(slug=pemda),
            opd=OPD.objects.get(slug=opd) if opd else None,
        )
    return PENGGUNA_DEMO
