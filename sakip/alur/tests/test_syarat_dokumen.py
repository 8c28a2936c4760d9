"""The workflow page shows each document's precondition to every viewer, met or not, before
anyone tries the step: the LKjIP's review, nothing for the other documents."""

from sakip.akun.models import Pengguna
from sakip.evaluasi.reviu import galat_terbuka, reviu_dengan_tanggapan
from sakip.evaluasi.ubah import terima_temuan
from sakip.instansi.models import OPD

from .test_setujui_lkjip import ALASAN, HALAMAN, SLUG

SYARAT = (
    "Syarat sebelum disetujui: reviu Inspektorat tanpa galat terbuka (setiap galat diperbaiki "
    "atau diterima):"
)


def _baris(r, dokumen):
    return next(b for b in r.context["baris"] if b["dokumen"] == dokumen)


def test_an_operator_sees_the_lkjip_precondition_unmet_in_draft(masuk):
    r = masuk("operator-tebing").get(HALAMAN)
    isi = r.content.decode()
    assert f"{SYARAT} <strong>belum terpenuhi</strong>. {ALASAN}" in isi
    [(nama, _, _, alasan)] = _baris(r, "lkjip")["syarat"]
    assert (nama, alasan) == ("setujui", ALASAN)
    assert _baris(r, "pk")["syarat"] == []


def test_the_precondition_shows_met_once_every_error_is_accepted(masuk):
    opd = OPD.objects.get(slug=SLUG)
    inspektorat = Pengguna.objects.get(username="inspektorat-tebing")
    for t in galat_terbuka(reviu_dengan_tanggapan(opd, 2022)):
        terima_temuan(inspektorat, opd, 2022, t.aturan, t.lokasi, "Dikoreksi dalam sakip.")
    isi = masuk("admin-tebing").get(HALAMAN).content.decode()
    assert f"{SYARAT} terpenuhi." in isi and "belum terpenuhi" not in isi
