"""Mail to users: the message to whoever takes the next step when a document moves
(`kabari_langkah`, sent once the step's transaction has committed), and the common form of
every mail sakip sends (`surel`): an Indonesian subject and text from a template, with a
link to the page. Only users who may receive mail get any (`akun.hitung.penerima_surel`:
active, with an address, reminders not switched off)."""

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from sakip.akun.akses import alasan_pemisahan_tugas
from sakip.akun.hitung import penerima_surel

from .langkah import LANGKAH


def alamat(nama, *args):
    """The full address of a page, for a link in a mail (there is no request to ask)."""
    return settings.SAKIP_ALAMAT + reverse(nama, args=args)


def surel(pengguna, perihal, template, konteks):
    """One mail to `pengguna`, its text from `template` (plain text) with `konteks`."""
    isi = render_to_string(
        template,
        {
            "nama": pengguna.get_full_name() or pengguna.get_username(),
            "pengguna": pengguna,
            "alamat_akun": alamat("akun"),
            **konteks,
        },
    )
    return EmailMessage(f"[sakip] {perihal}", isi, to=[pengguna.email])


def kirim(pesan):
    """Send the mails over one connection."""
    if pesan:
        get_connection().send_messages(pesan)


def penerima_langkah(oleh, opd, status, nama):
    """Who is told that step `nama` was taken on `opd`'s document `status` (as it now stands):
    the users who may take the next step on it, the separation of duties included (whoever
    submitted it is not asked to verify it), but not `oleh` who took the step."""
    kabar = LANGKAH[nama].kabar
    if kabar is None:
        return []
    berikut = LANGKAH[kabar.langkah]
    return [
        u
        for u in penerima_surel(opd.pemda_id)
        if u.pk != oleh.pk
        and berikut.boleh(u, opd)
        and not alasan_pemisahan_tugas(u, status, kabar.langkah)
    ]


def kabari_langkah(oleh, opd, status, nama, alasan=""):
    """Mail the people `penerima_langkah` names, with the reason of the step, once the
    transaction that took it commits (a step refused or rolled back sends nothing). A mail
    server that fails is logged and does not undo the step."""
    penerima = penerima_langkah(oleh, opd, status, nama)
    if not penerima:
        return
    langkah = LANGKAH[nama]
    dokumen = f"{status.get_dokumen_display()} {status.tahun}"
    konteks = {
        "dokumen": dokumen,
        "opd": opd,
        "tahap": status.get_tahap_display(),
        "langkah": langkah.label,
        "oleh": oleh.get_full_name() or oleh.get_username(),
        "waktu": timezone.now(),
        "alasan": alasan,
        "ajakan": langkah.kabar.ajakan,
        "tautan": alamat("dokumen-alur", opd.slug, status.tahun, status.dokumen),
    }
    perihal = f"{dokumen} {opd.singkatan or opd.nama}: {langkah.kabar.perihal}"
    pesan = [surel(u, perihal, "alur/surel/langkah.txt", konteks) for u in penerima]
    transaction.on_commit(lambda: kirim(pesan), robust=True)
