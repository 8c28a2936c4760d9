"""A mail to the next person at each workflow step, in Indonesian with a link to the
document's page, sent by Django's mail framework once the step's transaction has committed:
submitted → the verifier (Admin Pemda), verified → the Kepala OPD, returned → the operators
with the reason, approved → the operators. Nobody who switched reminders off, is
deactivated, may not take the next step, or took the step themselves receives one."""

import pytest
from django.conf import settings
from django.core import mail

from sakip.akun.models import Pengguna, Peran
from sakip.instansi.models import Pemda
from sakip.pertukaran.demo import DOMAIN_SUREL_DEMO, PPU

SLUG = "dkukmperindag-ppu"
HALAMAN = f"/opd/{SLUG}/alur/2025/"
ALASAN = "Realisasi IKU 2 belum disertai bukti dukung."
# The demo's quarters have gaps: a submission gives its reason.
AJUKAN = "Realisasi menyusul dari bidang."


@pytest.fixture
def langkah(masuk, django_capture_on_commit_callbacks):
    """Take a step as `username` and run what waits for the commit; the mails it sent."""

    def jalan(username, nama, alasan="", dokumen="tw1"):
        alasan = alasan or (AJUKAN if nama == "ajukan" else "")
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            r = masuk(username).post(f"{HALAMAN}{dokumen}/", {"langkah": nama, "alasan": alasan})
        assert r.status_code == 302
        return list(mail.outbox)

    return jalan


def _ke(pesan):
    return sorted(a.removesuffix(f"@{DOMAIN_SUREL_DEMO}") for m in pesan for a in m.to)


def test_each_step_mails_the_next_person(langkah):
    pesan = langkah("operator-ppu", "ajukan")
    assert _ke(pesan) == ["admin-ppu"]
    m = pesan[0]
    assert m.subject == "[sakip] Data Triwulan I 2025 DKUKMPERINDAG: menunggu verifikasi Anda"
    assert m.from_email == settings.DEFAULT_FROM_EMAIL
    assert 'kini berstatus Diajukan: operator-ppu memilih "Ajukan"' in m.body
    assert f"Alasan: {AJUKAN}" in m.body
    assert "pilih Verifikasi, atau Kembalikan dengan alasan" in m.body
    assert f"{settings.SAKIP_ALAMAT}{HALAMAN}tw1/" in m.body
    assert f"{settings.SAKIP_ALAMAT}/akun/" in m.body

    pesan = langkah("admin-ppu", "verifikasi")
    assert _ke(pesan) == ["kepala-ppu"]
    assert pesan[0].subject.endswith(": menunggu persetujuan Anda")

    pesan = langkah("kepala-ppu", "kembalikan", ALASAN)
    assert _ke(pesan) == ["operator-ppu"]
    assert pesan[0].subject.endswith(": dikembalikan")
    assert f"Alasan: {ALASAN}" in pesan[0].body
    assert "ajukan kembali" in pesan[0].body

    assert _ke(langkah("operator-ppu", "ajukan")) == ["admin-ppu"]
    assert _ke(langkah("admin-ppu", "verifikasi")) == ["kepala-ppu"]
    pesan = langkah("kepala-ppu", "setujui")
    assert _ke(pesan) == ["operator-ppu"]
    assert pesan[0].subject.endswith(": disetujui")
    assert "kini berstatus Disetujui" in pesan[0].body


def test_the_mail_waits_for_the_commit(masuk, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as menunggu:
        masuk("operator-ppu").post(f"{HALAMAN}tw1/", {"langkah": "ajukan", "alasan": AJUKAN})
    assert mail.outbox == [] and len(menunggu) == 1
    menunggu[0]()
    assert _ke(mail.outbox) == ["admin-ppu"]


def test_a_refused_step_sends_nothing(langkah):
    # Still a draft: there is nothing to verify.
    assert langkah("admin-ppu", "verifikasi") == []
    # Returning needs a reason.
    langkah("operator-ppu", "ajukan")
    assert langkah("admin-ppu", "kembalikan", alasan="") == []


def test_no_mail_to_who_switched_reminders_off_or_is_deactivated(langkah):
    Pengguna.objects.filter(username="admin-ppu").update(terima_pengingat=False)
    assert langkah("operator-ppu", "ajukan") == []
    Pengguna.objects.filter(username="admin-ppu").update(terima_pengingat=True, is_active=False)
    assert langkah("operator-ppu", "ajukan", dokumen="tw2") == []
    Pengguna.objects.filter(username="admin-ppu").update(is_active=True, email="")
    assert langkah("operator-ppu", "ajukan", dokumen="tw3") == []


def test_nobody_is_asked_to_approve_what_they_verified(langkah):
    """The Kepala also administers the Pemda: told to verify, and once they verified, no
    one is left who may approve, so nobody is asked."""
    kepala = Pengguna.objects.get(username="kepala-ppu")
    Peran.objects.create(
        pengguna=kepala, jenis=Peran.Jenis.ADMIN_PEMDA, pemda=Pemda.objects.get(slug=PPU)
    )
    assert _ke(langkah("operator-ppu", "ajukan")) == ["admin-ppu", "kepala-ppu"]
    assert langkah("kepala-ppu", "verifikasi") == []


def test_reopening_tells_the_operators_why(langkah):
    langkah("operator-ppu", "ajukan")
    langkah("admin-ppu", "verifikasi")
    langkah("kepala-ppu", "setujui")
    pesan = langkah("admin-ppu", "buka", "Koreksi realisasi TW I dari BPS.")
    assert _ke(pesan) == ["operator-ppu"]
    assert pesan[0].subject.endswith(": dibuka kembali")
    assert "Alasan: Koreksi realisasi TW I dari BPS." in pesan[0].body
