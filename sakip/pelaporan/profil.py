"""The OPD profile behind Bab I of the LKjIP: one record per OPD, saved through the audit
trail with the values the form showed (optimistic locking)."""

from sakip.jejak.catat import nilai_objek, simpan

from .models import ProfilOPD

BIDANG_PROFIL = [
    "latar_belakang",
    "tugas_fungsi",
    "struktur_organisasi",
    "pegawai",
    "sarana_prasarana",
    "isu_strategis",
    "dasar_hukum",
]


def profil_opd(opd):
    """The OPD's profile, a blank unsaved one when none was entered."""
    return ProfilOPD.objects.filter(opd=opd).first() or ProfilOPD(opd=opd)


def asal_profil(profil):
    """What the form shows, for optimistic locking; None before the first save."""
    return nilai_objek(profil, BIDANG_PROFIL) if profil.pk else None


def simpan_profil(pengguna, profil, nilai, asal=None):
    """Store the texts (line ends as typed, surrounding blanks dropped); False when
    nothing changed."""
    nilai = {b: (nilai.get(b) or "").replace("\r\n", "\n").strip() for b in BIDANG_PROFIL}
    if profil.pk is None and not any(nilai.values()):
        return False  # an empty form creates no empty profile
    return simpan(
        pengguna, profil, nilai, uraian=f"Profil OPD {profil.opd.nama}", opd=profil.opd, asal=asal
    )
