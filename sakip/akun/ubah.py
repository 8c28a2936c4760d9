"""User management by the Admin Pemda: create users, give and take roles, reset a
password, deactivate and reactivate an account; the user's own settings; and the record of
every password change. Each leaves audit records at the Pemda level (who, when, old, new,
why). Passwords (and their hashes) are never written to the trail."""

import secrets

from django.db import transaction
from django.utils import timezone

from sakip.instansi.models import Pemda
from sakip.jejak.catat import cek_asal, nilai_objek, rekam
from sakip.jejak.models import Jejak

from .akses import alasan_tidak_boleh_beri_peran, alasan_tidak_boleh_kelola_akun, tolak_bila
from .hitung import AWALAN_TOKEN, sidik_token
from .models import Pengguna, Peran, TokenAPI

# Temporary passwords are read aloud or copied by hand: no 0/O, 1/l/I.
HURUF_SEMENTARA = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def _ya(nilai):
    return "ya" if nilai else "tidak"


def rekam_akun(oleh, pengguna, tindakan, objek, uraian, **isi):
    """One record of a change to `pengguna`'s account in the trail of each Pemda where they
    hold a role (one without a Pemda when they hold none), so that its Admin Pemda and
    Inspektorat see it."""
    pemda = Pemda.objects.filter(pk__in=pengguna.peran_set.values("pemda")).order_by("pk")
    for p in list(pemda) or [None]:
        rekam(oleh, tindakan, objek, uraian, pemda=p, objek_id=str(pengguna.pk), **isi)


def _kunci_akun(pengguna):
    return Pengguna.objects.select_for_update().get(pk=pengguna.pk)


def _isi_peran(peran):
    return {
        "pengguna": peran.pengguna.get_username(),
        "jenis": peran.get_jenis_display(),
        "opd": peran.opd.nama if peran.opd_id else None,
    }


def _uraian_peran(peran):
    return f"Peran {peran.get_jenis_display()}{f' {peran.opd.nama}' if peran.opd_id else ''} " + (
        f"untuk {peran.pengguna.get_username()}"
    )


@transaction.atomic
def tambah_peran(oleh, pemda, pengguna, jenis, opd=None, alasan=""):
    if oleh is not None:
        tolak_bila(alasan_tidak_boleh_beri_peran(oleh, pengguna, jenis))
    peran = Peran(pengguna=pengguna, jenis=jenis, pemda=pemda, opd=opd)
    peran.save()
    rekam(
        oleh,
        Jejak.Tindakan.BUAT,
        "peran",
        f"{_uraian_peran(peran)} ditambahkan",
        pemda=pemda,
        objek_id=str(peran.pk),
        baru=_isi_peran(peran),
        alasan=alasan,
    )
    return peran


@transaction.atomic
def hapus_peran(oleh, peran, alasan=""):
    peran = (
        Peran.objects.select_for_update(of=("self",))
        .select_related("pengguna", "opd")
        .get(pk=peran.pk)
    )
    lama, objek_id = _isi_peran(peran), str(peran.pk)
    peran.delete()
    rekam(
        oleh,
        Jejak.Tindakan.HAPUS,
        "peran",
        f"{_uraian_peran(peran)} dihapus",
        pemda=peran.pemda,
        objek_id=objek_id,
        lama=lama,
        alasan=alasan,
    )


@transaction.atomic
def buat_pengguna(oleh, pemda, form):
    """Save a valid `FormPenggunaBaru` (user and first role): two audit records."""
    pengguna = form.save()
    rekam(
        oleh,
        Jejak.Tindakan.BUAT,
        "pengguna",
        f"Pengguna {pengguna.get_username()} dibuat",
        pemda=pemda,
        objek_id=str(pengguna.pk),
        baru={
            "username": pengguna.get_username(),
            "nama": pengguna.first_name,
            "email": pengguna.email,
            "wajib ganti kata sandi": _ya(pengguna.wajib_ganti_kata_sandi),
        },
    )
    tambah_peran(oleh, pemda, pengguna, form.cleaned_data["jenis"], form.cleaned_data["opd"])
    return pengguna


@transaction.atomic
def catat_kata_sandi(oleh, pengguna):
    """Record that `pengguna` changed their own password (`oleh` is them) or that it was
    reset on the command line (`oleh` None). Only the fact is kept, never the password. A
    user who chose their own password has done a forced change (`wajib_ganti_kata_sandi`)."""
    isi = {}
    if oleh is None:
        cara = "diatur ulang lewat baris perintah"
    else:
        cara = "diganti oleh pemiliknya sendiri"
        if pengguna.wajib_ganti_kata_sandi:
            pengguna.wajib_ganti_kata_sandi = False
            pengguna.save(update_fields=["wajib_ganti_kata_sandi"])
            isi = {
                "lama": {"wajib ganti kata sandi": "ya"},
                "baru": {"wajib ganti kata sandi": "tidak"},
            }
    rekam_akun(
        oleh,
        pengguna,
        Jejak.Tindakan.UBAH,
        "kata sandi",
        f"Kata sandi {pengguna.get_username()} {cara}",
        **isi,
    )


def kata_sandi_sementara():
    """Three groups of four letters and digits, e.g. "k7Qm-2xPa-Rt9e": strong enough for
    the validators, short enough to pass on by telephone."""
    return "-".join("".join(secrets.choice(HURUF_SEMENTARA) for _ in range(4)) for _ in range(3))


@transaction.atomic
def atur_ulang_kata_sandi(oleh, pengguna, alasan):
    """Give `pengguna` a new temporary password, which they must change when they next log
    in (their open sessions end: the password changed). Returns it, to be shown once to
    `oleh`; the trail records who, when, whose and why, not the password."""
    tolak_bila(alasan_tidak_boleh_kelola_akun(oleh, pengguna))
    pengguna = _kunci_akun(pengguna)
    sementara = kata_sandi_sementara()
    lama = _ya(pengguna.wajib_ganti_kata_sandi)
    pengguna.set_password(sementara)
    pengguna.wajib_ganti_kata_sandi = True
    pengguna.save(update_fields=["password", "wajib_ganti_kata_sandi"])
    rekam_akun(
        oleh,
        pengguna,
        Jejak.Tindakan.UBAH,
        "kata sandi",
        f"Kata sandi {pengguna.get_username()} diatur ulang oleh {oleh.get_username()}; "
        "wajib diganti saat masuk",
        lama={"wajib ganti kata sandi": lama},
        baru={"wajib ganti kata sandi": "ya"},
        alasan=alasan,
    )
    return sementara


def _status(aktif):
    return "aktif" if aktif else "nonaktif"


@transaction.atomic
def atur_status(oleh, pengguna, aktif, alasan):
    """Deactivate (`aktif` False) or reactivate `pengguna`'s account. A deactivated user
    cannot log in and their open sessions end; their roles and trail stay. Returns False
    when the account already was so (nothing written)."""
    tolak_bila(alasan_tidak_boleh_kelola_akun(oleh, pengguna))
    pengguna = _kunci_akun(pengguna)
    if pengguna.is_active == aktif:
        return False
    lama = _status(pengguna.is_active)
    pengguna.is_active = aktif
    pengguna.save(update_fields=["is_active"])
    rekam_akun(
        oleh,
        pengguna,
        Jejak.Tindakan.UBAH,
        "pengguna",
        f"Akun {pengguna.get_username()} " + ("diaktifkan kembali" if aktif else "dinonaktifkan"),
        lama={"status": lama},
        baru={"status": _status(aktif)},
        alasan=alasan,
    )
    return True


@transaction.atomic
def tautkan_pejabat(oleh, pengguna, pejabat, alasan=""):
    """Link `pengguna`'s account to the official `pejabat` (None: unlink). Returns False
    when it already was so (nothing written)."""
    tolak_bila(alasan_tidak_boleh_kelola_akun(oleh, pengguna))
    pengguna = _kunci_akun(pengguna)
    if pengguna.pejabat_id == (pejabat.pk if pejabat else None):
        return False
    lama = str(pengguna.pejabat) if pengguna.pejabat_id else None
    pengguna.pejabat = pejabat
    pengguna.save(update_fields=["pejabat"])
    rekam_akun(
        oleh,
        pengguna,
        Jejak.Tindakan.UBAH,
        "pengguna",
        f"Tautan akun {pengguna.get_username()} ke data pejabat",
        lama={"pejabat": lama},
        baru={"pejabat": str(pejabat) if pejabat else None},
        alasan=alasan,
    )
    return True


BIDANG_AKUN = ["email", "terima_pengingat"]


def asal_akun(pengguna):
    """What the account page shows, for optimistic locking (two tabs, two devices)."""
    return nilai_objek(pengguna, BIDANG_AKUN)


@transaction.atomic
def ubah_akun(pengguna, email, terima_pengingat, asal=None):
    """The user's own settings: their e-mail address and whether they receive reminders.
    Returns False when nothing changed (nothing written); `Konflik` when they changed since
    the page showed `asal`."""
    pengguna = _kunci_akun(pengguna)
    cek_asal(asal_akun(pengguna), asal, "Pengaturan akun ini")
    lama = {"email": pengguna.email, "pengingat lewat surel": _ya(pengguna.terima_pengingat)}
    baru = {"email": email, "pengingat lewat surel": _ya(terima_pengingat)}
    beda = [k for k in lama if lama[k] != baru[k]]
    if not beda:
        return False
    pengguna.email, pengguna.terima_pengingat = email, terima_pengingat
    pengguna.save(update_fields=["email", "terima_pengingat"])
    rekam_akun(
        pengguna,
        pengguna,
        Jejak.Tindakan.UBAH,
        "pengguna",
        f"Pengaturan akun {pengguna.get_username()} diubah oleh pemiliknya sendiri",
        lama={k: lama[k] for k in beda},
        baru={k: baru[k] for k in beda},
    )
    return True


@transaction.atomic
def buat_token(pengguna, nama):
    """A new API token of `pengguna`, made by themselves. Returns (record, token): the token
    is shown once and only its hash is stored; the trail records its name, not the token."""
    teks = AWALAN_TOKEN + secrets.token_urlsafe(32)
    token = TokenAPI.objects.create(
        pengguna=pengguna, nama=nama, awalan=teks[:12], sidik=sidik_token(teks)
    )
    rekam_akun(
        pengguna,
        pengguna,
        Jejak.Tindakan.BUAT,
        "token API",
        f"Token API {token} dibuat oleh {pengguna.get_username()}",
        baru={"nama": token.nama, "awalan": token.awalan},
    )
    return token, teks


@transaction.atomic
def cabut_token(pengguna, token):
    """Revoke one of the user's own tokens (a request carrying it is refused from now on).
    Returns False when it already was revoked (nothing written)."""
    token = TokenAPI.objects.select_for_update().get(pk=token.pk)
    if token.dicabut:
        return False
    token.dicabut = timezone.now()
    token.save(update_fields=["dicabut"])
    rekam_akun(
        pengguna,
        pengguna,
        Jejak.Tindakan.UBAH,
        "token API",
        f"Token API {token} dicabut oleh {pengguna.get_username()}",
        lama={"status": "aktif"},
        baru={"status": "dicabut"},
    )
    return True
