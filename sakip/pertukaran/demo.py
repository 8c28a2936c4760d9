"""The demo: the three seed agencies and a login for each OPD and each Pemda."""

from importlib import resources

from django.db import transaction

from sakip.akun.models import Pengguna
from sakip.perencanaan.models import OPD, Pemda

from .impor import impor_teks

KATA_SANDI_DEMO = "sakip-demo"

PENGGUNA_DEMO = [
    # (username, role, pemda slug, opd slug)
    ("operator-ppu", Pengguna.Peran.STAF_OPD, "kab-penajam-paser-utara", "dkukmperindag-ppu"),
    ("operator-jambi", Pengguna.Peran.STAF_OPD, "kota-jambi", "dtkk-ukm-jambi"),
    ("operator-tebing", Pengguna.Peran.STAF_OPD, "kota-tebing-tinggi", "disnakerind-tebing-tinggi"),
    ("admin-ppu", Pengguna.Peran.ADMIN_PEMDA, "kab-penajam-paser-utara", None),
    ("admin-jambi", Pengguna.Peran.ADMIN_PEMDA, "kota-jambi", None),
    ("admin-tebing", Pengguna.Peran.ADMIN_PEMDA, "kota-tebing-tinggi", None),
    ("inspektorat-ppu", Pengguna.Peran.INSPEKTORAT, "kab-penajam-paser-utara", None),
    ("inspektorat-jambi", Pengguna.Peran.INSPEKTORAT, "kota-jambi", None),
    ("inspektorat-tebing", Pengguna.Peran.INSPEKTORAT, "kota-tebing-tinggi", None),
]


def berkas_demo():
    folder = resources.files("sakip.pertukaran") / "demo"
    return sorted((f for f in folder.iterdir() if f.name.endswith(".yaml")), key=lambda f: f.name)


@transaction.atomic
def muat_demo():
    for berkas in berkas_demo():
        impor_teks(berkas.read_text(encoding="utf-8"))
    for username, peran, pemda, opd in PENGGUNA_DEMO:
        pengguna, _ = Pengguna.objects.update_or_create(
            username=username,
            defaults={
                "peran": peran,
                "pemda": Pemda.objects.get(slug=pemda),
                "opd": OPD.objects.get(slug=opd) if opd else None,
            },
        )
        pengguna.set_password(KATA_SANDI_DEMO)
        pengguna.save()
    return PENGGUNA_DEMO
