import re

import pytest

from sakip.perencanaan.models import Indikator


@pytest.fixture
def kesempatan_kerja(demo):
    return Indikator.objects.get(kode="kesempatan-kerja")


def test_it_shows_definition_values_and_chart(masuk, kesempatan_kerja):
    r = masuk("operator-tebing").get(f"/indikator/{kesempatan_kerja.pk}/")
    assert r.status_code == 200
    assert "(ditempatkan[n] − ditempatkan[n−1]) ÷ ditempatkan[n−1] × 100" in r.text
    assert "Jumlah pencari kerja terdaftar yang ditempatkan" in r.text  # variable legend
    assert "52,75" in r.text  # 2022 capaian
    assert "71,42" in r.text  # 2021 capaian from the directly entered 42,85
    # Change 2021 → 2022: 34,2857… − 42,85 = −8,5643 (−19,99 % of 42,85).
    assert "-8,56 (-19,99%)" in r.text
    assert "<svg" in r.text and "polyline" in r.text
    # SVG coordinates are never localised (an Indonesian "32,0" breaks the drawing).
    assert re.search(r'<circle cx="\d+(\.\d+)?" cy="\d+(\.\d+)?"', r.text)
    assert "LKjIP 2022 Tabel 5" in r.text  # the printed figures, kept for comparison


def test_it_shows_pemda_indicators_to_that_pemdas_opd(masuk, demo):
    tpak = Indikator.objects.get(kode="tpak")
    r = masuk("operator-jambi").get(f"/indikator/{tpak.pk}/")
    assert r.status_code == 200
    assert "Tingkat Partisipasi Angkatan Kerja" in r.text


def test_it_refuses_a_user_of_another_opd(masuk, kesempatan_kerja):
    assert masuk("operator-jambi").get(f"/indikator/{kesempatan_kerja.pk}/").status_code == 404
    tpak = Indikator.objects.get(kode="tpak")
    assert masuk("operator-tebing").get(f"/indikator/{tpak.pk}/").status_code == 404


def test_it_refuses_anonymous_users(client, kesempatan_kerja):
    r = client.get(f"/indikator/{kesempatan_kerja.pk}/")
    assert r.status_code == 302
    assert r.url.startswith("/masuk/")
