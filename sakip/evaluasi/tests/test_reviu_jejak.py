"""What the Inspektorat writes on the review page leaves one audit record per change, with
the old and new values; a conclusion saved meanwhile by someone else is not overwritten."""

import json
import re
from html import unescape

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from sakip.akun.models import Pengguna
from sakip.evaluasi.models import DokumenReviu, SimpulanReviu, Tanggapan
from sakip.evaluasi.reviu import reviu_opd
from sakip.instansi.models import OPD
from sakip.jejak.models import Jejak

from .dokumen_uji import TABEL_3_4, docx

OPD_SLUG = "dtkk-ukm-jambi"
URL = f"/opd/{OPD_SLUG}/reviu/2024/"


def temuan():
    return reviu_opd(OPD.objects.get(slug=OPD_SLUG), 2024)[0]


def terima(klien, alasan="Pembulatan disepakati"):
    t = temuan()
    return klien.post(URL + "tanggapi/", {"aturan": t.aturan, "lokasi": t.lokasi, "alasan": alasan})


def asal_halaman(klien):
    """The hidden `asal` of the conclusion form, as the page shows it."""
    (nilai,) = re.findall(r'name="asal" value="([^"]*)"', klien.get(URL).content.decode())
    return unescape(nilai)


def tulis_simpulan(klien, teks, asal):
    return klien.post(URL + "simpulan/", {"teks": teks, "asal": asal})


def test_an_upload_leaves_one_record(masuk):
    klien = masuk("inspektorat-jambi")
    berkas = SimpleUploadedFile("LKjIP Jambi.docx", docx(TABEL_3_4))
    assert klien.post(URL + "unggah/", {"berkas": berkas}).status_code == 302
    dok = DokumenReviu.objects.get()
    (jejak,) = Jejak.objects.all()
    assert (jejak.tindakan, jejak.objek, jejak.objek_id) == ("buat", "dokumen reviu", str(dok.pk))
    assert (jejak.lama, jejak.baru) == (None, {"tahun": 2024, "nama_asli": "LKjIP Jambi.docx"})
    assert (jejak.pengguna.username, jejak.opd) == ("inspektorat-jambi", dok.opd)
    assert jejak.uraian == "Dokumen reviu LKjIP Jambi.docx 2024"


def test_accepting_a_finding_leaves_one_record(masuk):
    klien = masuk("inspektorat-jambi")
    assert terima(klien).status_code == 302
    t, tanggapan = temuan(), Tanggapan.objects.get()
    (jejak,) = Jejak.objects.all()
    assert (jejak.tindakan, jejak.objek, jejak.objek_id) == (
        "buat",
        "tanggapan temuan",
        str(tanggapan.pk),
    )
    assert (jejak.lama, jejak.baru) == (
        None,
        {"aturan": t.aturan, "lokasi": t.lokasi, "alasan": "Pembulatan disepakati"},
    )
    assert jejak.pengguna.username == "inspektorat-jambi"


def test_a_finding_accepted_meanwhile_is_not_overwritten(masuk):
    terima(masuk("inspektorat-jambi"))
    # Another reviewer still had the form of the unaccepted finding open.
    lain = Pengguna.objects.create_user("inspektorat-jambi-2")
    lain.peran_set.create(jenis="inspektorat", pemda=OPD.objects.get(slug=OPD_SLUG).pemda, opd=None)
    klien = Client()
    klien.force_login(lain)
    respons = terima(klien, alasan="Alasan lain")
    assert "telah diubah oleh pengguna lain" in klien.get(respons.url).content.decode()
    assert Tanggapan.objects.get().alasan == "Pembulatan disepakati"
    assert Jejak.objects.count() == 1


def test_the_conclusion_records_old_and_new_values(masuk):
    klien = masuk("inspektorat-jambi")
    assert json.loads(asal_halaman(klien)) == {"teks": None, "oleh_id": None}
    assert tulis_simpulan(klien, "Andal.", asal_halaman(klien)).status_code == 302
    simpulan = SimpulanReviu.objects.get()
    (buat,) = Jejak.objects.all()
    oleh = simpulan.oleh_id
    assert (buat.tindakan, buat.objek_id) == ("buat", str(simpulan.pk))
    assert (buat.lama, buat.baru) == (None, {"teks": "Andal.", "oleh_id": oleh})

    assert tulis_simpulan(klien, "Andal setelah koreksi.", asal_halaman(klien)).status_code == 302
    ubah = Jejak.objects.exclude(pk=buat.pk).get()
    assert (ubah.tindakan, ubah.lama, ubah.baru) == (
        "ubah",
        {"teks": "Andal.", "oleh_id": oleh},
        {"teks": "Andal setelah koreksi.", "oleh_id": oleh},
    )
    # Saving the same text again changes nothing and records nothing.
    respons = tulis_simpulan(klien, "Andal setelah koreksi.", asal_halaman(klien))
    assert "Simpulan reviu tidak berubah." in klien.get(respons.url).content.decode()
    assert Jejak.objects.count() == 2


def test_a_stale_conclusion_form_is_refused_and_keeps_the_typed_text(masuk):
    klien = masuk("inspektorat-jambi")
    asal = asal_halaman(klien)  # the form as first shown: no conclusion yet
    tulis_simpulan(klien, "Ditulis lebih dulu.", asal)
    respons = tulis_simpulan(klien, "Ditulis kemudian.", asal)
    assert respons.status_code == 409
    teks = unescape(respons.content.decode())
    assert "Simpulan reviu 2024 telah diubah oleh pengguna lain" in teks
    assert "Ditulis kemudian." in teks  # what the reviewer typed is not lost
    assert SimpulanReviu.objects.get().teks == "Ditulis lebih dulu."
    assert Jejak.objects.count() == 1


@pytest.mark.parametrize("username", ["operator-jambi", "kepala-jambi", "admin-jambi"])
def test_only_the_inspektorat_writes_and_refusals_record_nothing(masuk, username):
    klien = masuk(username)
    assert terima(klien).status_code == 403
    assert tulis_simpulan(klien, "x", "").status_code == 403
    for klien, status in ((masuk("inspektorat-tebing"), 404), (masuk("publik-jambi"), 404)):
        assert terima(klien).status_code == status
        assert tulis_simpulan(klien, "x", "").status_code == status
    assert Client().post(URL + "simpulan/", {"teks": "x"})["Location"].startswith("/masuk/")
    assert not Jejak.objects.exists()
    assert not Tanggapan.objects.exists() and not SimpulanReviu.objects.exists()
