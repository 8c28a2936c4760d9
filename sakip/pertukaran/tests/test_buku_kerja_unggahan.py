"""Uploaded workbooks waiting for confirmation: removed once applied or cancelled, and
abandoned ones removed a day later."""

import os
import time

from django.test import Client

from sakip.jejak.models import Jejak
from sakip.pertukaran.views import UMUR_UNGGAHAN

from .buku_kerja_bantu import TEBING, opd_terbuka
from .test_buku_kerja_halaman import (
    TERAPKAN,
    UNGGAH,
    berkas,
    berubah,
    nilai_ditempatkan,
)

BATAL = f"/opd/{TEBING}/buku-kerja/2022/batal/"


def folder(settings):
    return settings.MEDIA_ROOT / "impor"


def unggah(klien):
    respons = klien.post(UNGGAH, {"berkas": berkas(berubah(opd_terbuka()))})
    assert respons.status_code == 200
    assert f'formaction="{BATAL}"' in respons.text  # the preview's cancel button
    return respons.context["token"]


def test_cancelling_removes_the_file_and_saves_nothing(masuk, settings):
    klien = masuk("operator-tebing")
    token = unggah(klien)
    assert (folder(settings) / f"{token}.xlsx").exists()
    respons = klien.post(BATAL, {"token": token}, follow=True)
    assert "Impor isian tw1.xlsx dibatalkan; tidak ada yang disimpan." in respons.text
    assert list(folder(settings).iterdir()) == []
    assert nilai_ditempatkan(1) is None and not Jejak.objects.exists()
    # The preview is gone: it can no longer be applied.
    respons = klien.post(TERAPKAN, {"token": token}, follow=True)
    assert "Pratinjau impor tidak ditemukan" in respons.text
    assert nilai_ditempatkan(1) is None


def test_applying_removes_the_file(masuk, settings):
    klien = masuk("operator-tebing")
    token = unggah(klien)
    assert klien.post(TERAPKAN, {"token": token}).status_code == 302
    assert nilai_ditempatkan(1) is not None
    assert list(folder(settings).iterdir()) == []


def test_abandoned_uploads_are_removed_when_the_next_is_stored(masuk, settings):
    klien = masuk("operator-tebing")
    lama, baru = unggah(klien), unggah(klien)
    kemarin = time.time() - UMUR_UNGGAHAN - 60
    os.utime(folder(settings) / f"{lama}.xlsx", (kemarin, kemarin))
    ketiga = unggah(klien)
    assert sorted(f.name for f in folder(settings).iterdir()) == sorted(
        [f"{baru}.xlsx", f"{ketiga}.xlsx"]
    )
    # A preview younger than a day is still applied.
    assert klien.post(TERAPKAN, {"token": baru}).status_code == 302
    assert nilai_ditempatkan(1) is not None


def test_only_the_session_that_uploaded_may_cancel(masuk, settings):
    token = unggah(masuk("operator-tebing"))
    lain = masuk("operator-tebing")
    lain.post(BATAL, {"token": token})
    assert (folder(settings) / f"{token}.xlsx").exists()
    for bukan_operator in ("kepala-tebing", "inspektorat-tebing"):
        assert masuk(bukan_operator).post(BATAL, {"token": token}).status_code == 403
    assert masuk("operator-jambi").post(BATAL, {"token": token}).status_code == 404
    assert Client().post(BATAL, {"token": token})["Location"].startswith("/masuk/")
    assert (folder(settings) / f"{token}.xlsx").exists()
    assert masuk("operator-tebing").get(BATAL).status_code == 405
