"""User management by the Admin Pemda: create users, give and take roles, each with one
audit record at the Pemda level; and the record of every password change. Passwords (and
their hashes) are never written to the trail."""

from django.db import transaction

from sakip.instansi.models import Pemda
from sakip.jejak.catat import rekam
from sakip.jejak.models import Jejak

from .akses import alasan_tidak_boleh_beri_peran, tolak_bila
from .models import Peran


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
def tambah_peran(oleh, pemda, pengguna, jenis, opd=None):
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
    )
    return peran


@transaction.atomic
def hapus_peran(oleh, peran):
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
        },
    )
    tambah_peran(oleh, pemda, pengguna, form.cleaned_data["jenis"], form.cleaned_data["opd"])
    return pengguna


@transaction.atomic
def catat_kata_sandi(oleh, pengguna):
    """Record that `pengguna`'s password was changed, by themselves or by `oleh` (None: on
    the command line), in the trail of each Pemda where they hold a role, so that its Admin
    Pemda and Inspektorat see it. Only the fact is kept, never the password."""
    if oleh is None:
        cara = "diatur ulang lewat baris perintah"
    elif oleh.pk == pengguna.pk:
        cara = "diganti oleh pemiliknya sendiri"
    else:
        cara = f"diatur ulang oleh {oleh.get_username()}"
    pemda = Pemda.objects.filter(pk__in=pengguna.peran_set.values("pemda")).order_by("pk")
    for p in list(pemda) or [None]:
        rekam(
            oleh,
            Jejak.Tindakan.UBAH,
            "kata sandi",
            f"Kata sandi {pengguna.get_username()} {cara}",
            pemda=p,
            objek_id=str(pengguna.pk),
        )
