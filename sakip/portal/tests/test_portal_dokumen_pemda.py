"""The Pemda's own documents on the portal: listed on the Pemda page and downloadable by
anyone once a second Admin Pemda approves them; not before, and not after reopening."""

from django.test import Client

PEMDA = "/portal/pemda/kota-tebing-tinggi/2022/"
LANGKAH = "/pemda/kota-tebing-tinggi/dokumen/2022/lkjip/langkah/"
UNDUH = "/pemda/kota-tebing-tinggi/dokumen/2022/lkjip.xlsx"


def test_an_approved_pemda_document_is_published(
    alur_demo, masuk, admin_kedua, django_capture_on_commit_callbacks
):
    tamu = Client()
    assert UNDUH not in tamu.get(PEMDA).text
    assert "Belum ada IKU, Perjanjian Kinerja Kepala Daerah atau LKjIP" in tamu.get(PEMDA).text
    admin = masuk("admin-tebing")
    admin.post(LANGKAH, {"langkah": "ajukan"})
    assert UNDUH not in tamu.get(PEMDA).text  # submitted is not yet public
    admin_kedua("kota-tebing-tinggi")
    with django_capture_on_commit_callbacks(execute=True):
        masuk("admin2-tebing").post(LANGKAH, {"langkah": "setujui"})
    r = tamu.get(PEMDA)  # the cache was dropped on approval
    assert UNDUH in r.text
    assert "Laporan Kinerja Instansi Pemerintah (LKjIP) Pemerintah Daerah 2022" in r.text
    assert tamu.get(UNDUH).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        admin.post(LANGKAH, {"langkah": "buka", "alasan": "Perbaikan."})
    assert UNDUH not in tamu.get(PEMDA).text
    assert tamu.get(UNDUH).status_code == 404
