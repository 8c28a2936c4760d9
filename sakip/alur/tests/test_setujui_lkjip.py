"""An LKjIP cannot be approved while its review has errors neither corrected nor accepted;
the Kepala sees why next to the button on the document's page."""

from sakip.akun.models import Pengguna
from sakip.alur.models import StatusDokumen
from sakip.evaluasi.reviu import galat_terbuka, reviu_dengan_tanggapan
from sakip.evaluasi.ubah import terima_temuan
from sakip.instansi.models import OPD

SLUG = "disnakerind-tebing-tinggi"
HALAMAN = f"/opd/{SLUG}/alur/2022/"
# 77 errors: see test_lkjip_pernyataan_reviu (49 before issue 16 added consequences and
# stored the rest of seed 004's tables).
ALASAN = (
    "LKjIP 2022 belum dapat disetujui: reviu Inspektorat masih mencatat 77 galat yang "
    "belum diperbaiki atau diterima."
)


# Tebing Tinggi's 2022 data are annual figures without evidence: submitting takes a reason.
AJUKAN = "Data diambil dari LKjIP 2022 yang telah terbit."


def langkah(klien, nama, dokumen="lkjip"):
    alasan = AJUKAN if nama == "ajukan" else ""
    return klien.post(f"{HALAMAN}{dokumen}/", {"langkah": nama, "alasan": alasan}, follow=True)


def tahap(dokumen="lkjip"):
    return StatusDokumen.objects.get(opd__slug=SLUG, tahun=2022, dokumen=dokumen).tahap


def test_it_refuses_to_approve_an_lkjip_with_open_review_errors(masuk):
    kepala = masuk("kepala-tebing")
    langkah(masuk("operator-tebing"), "ajukan")
    langkah(masuk("admin-tebing"), "verifikasi")
    assert ALASAN in kepala.get(HALAMAN).content.decode()
    # On the document's page, the button is held back and points at the reason.
    halaman = kepala.get(f"{HALAMAN}lkjip/").content.decode()
    assert ALASAN in halaman
    assert 'disabled aria-describedby="tertahan-lkjip-setujui"' in halaman
    r = langkah(kepala, "setujui")
    assert ALASAN in r.content.decode()
    assert tahap() == "diverifikasi"


def test_it_approves_the_lkjip_once_every_error_is_accepted(masuk):
    opd = OPD.objects.get(slug=SLUG)
    inspektorat = Pengguna.objects.get(username="inspektorat-tebing")
    for t in galat_terbuka(reviu_dengan_tanggapan(opd, 2022)):
        terima_temuan(inspektorat, opd, 2022, t.aturan, t.lokasi, "Dikoreksi dalam sakip.")
    kepala = masuk("kepala-tebing")
    langkah(masuk("operator-tebing"), "ajukan")
    langkah(masuk("admin-tebing"), "verifikasi")
    assert "belum dapat disetujui" not in kepala.get(HALAMAN).content.decode()
    langkah(kepala, "setujui")
    assert tahap() == "disetujui"


def test_other_documents_do_not_wait_for_the_review(masuk):
    langkah(masuk("operator-tebing"), "ajukan", "pk")
    langkah(masuk("admin-tebing"), "verifikasi", "pk")
    langkah(masuk("kepala-tebing"), "setujui", "pk")
    assert tahap("pk") == "disetujui"
