"""Anyone, signed in or not, reads Tebing Tinggi 2022 on the portal (approved throughout in
the demo) with the figures the engine computes, the same as `sakip capaian`. Figures worked
from seed 004, LKjIP 2022 Tabel 5 (Dinas Ketenagakerjaan dan Perindustrian Kota Tebing
Tinggi; the scale of that LKjIP: 81-100 Memuaskan, 65-75 Baik, 50-65 Cukup Baik)."""

from decimal import Decimal

import pytest
from django.test import Client

from sakip.instansi.models import OPD
from sakip.kinerja.angka import bulatkan
from sakip.pengukuran.tersimpan import baris_capaian
from sakip.perencanaan.models import Indikator
from sakip.pertukaran.demo import OPD_DEMO, TEBING

OPD_TEBING = OPD_DEMO[TEBING]
KESEMPATAN = "Persentase Meningkatnya Kesempatan Kerja"
SERTIFIKAT = "Persentase pencari kerja yang memiliki sertifikat kompetensi"


@pytest.fixture
def tamu(alur_demo):
    return Client()


def _indikator(nama):
    return Indikator.objects.get(nama=nama, periode__opd__slug=OPD_TEBING)


def test_the_pemda_page_shows_its_opd_and_the_mean_of_their_iku(tamu):
    r = tamu.get(f"/portal/pemda/{TEBING}/2022/")
    assert r.status_code == 200
    teks = r.content.decode()
    assert "Dinas Ketenagakerjaan dan Perindustrian Kota Tebing Tinggi" in teks
    baris = r.context["h"].opd[0]
    # Six of the ten IKU have a realisation in 2022 (Tabel 5's six rows); their mean capaian
    # (52,7473 + 97,5069 + 72,8444 + 74,8978 + 82,5958 + 82,5958) / 6 = 77,1980...
    assert (baris.ringkasan.jumlah, baris.ringkasan.berisi) == (10, 6)
    assert bulatkan(baris.ringkasan.rata_rata.nilai) == Decimal("77.20")
    assert "77,20" in teks
    # Rows 2, 5, 6 Memuaskan; rows 3, 4 Baik; row 1 Cukup Baik.
    assert dict(baris.predikat) == {
        "Memuaskan": 3,
        "Sangat Baik": 0,
        "Baik": 2,
        "Cukup Baik": 1,
        "Agak Kurang": 0,
    }
    # The LKjIP, the PK and the Renstra (with its IKU table) are published.
    assert f"/opd/{OPD_TEBING}/dokumen/2022/lkjip.pdf" in teks
    assert f"/opd/{OPD_TEBING}/dokumen/2022/pk.docx" in teks
    assert f"/opd/{OPD_TEBING}/dokumen/2021/iku.xlsx" in teks


def test_the_opd_page_shows_the_iku_with_capaian_and_predikat(tamu):
    r = tamu.get(f"/portal/opd/{OPD_TEBING}/2022/")
    assert r.status_code == 200
    h = r.context["h"]
    assert h.capaian_terbit and h.tahun_capaian == [2022]
    iku = {b.indikator.nama: b.angka for b in h.iku}
    # Tabel 5 row 1: growth (141 - 105) / 105 = 34,2857% against 65% -> 52,7473% (printed
    # 52,74, truncated), Cukup Baik.
    kesempatan = iku[KESEMPATAN]
    assert kesempatan.target == 65
    assert bulatkan(kesempatan.realisasi) == Decimal("34.29")
    assert bulatkan(kesempatan.capaian) == Decimal("52.75")
    assert kesempatan.predikat == "Cukup Baik"
    # Row 2: 88 / 95 = 92,6316% against 95% -> 97,5069% (printed 97,50), Memuaskan.
    assert bulatkan(iku[SERTIFIKAT].capaian) == Decimal("97.51")
    assert iku[SERTIFIKAT].predikat == "Memuaskan"
    teks = r.content.decode()
    for angka in ("65,00%", "34,29%", "52,75", "Cukup Baik", "92,63%", "97,51", "Memuaskan"):
        assert angka in teks
    # The plan tree links every indicator to its page.
    assert f"/portal/indikator/{_indikator(KESEMPATAN).pk}/" in teks


def test_the_figures_are_those_of_sakip_capaian(tamu):
    opd = OPD.objects.get(slug=OPD_TEBING)
    mesin = {b.nilai.indikator.pk: b.nilai for b in baris_capaian(opd, 2022)}
    h = tamu.get(f"/portal/opd/{OPD_TEBING}/2022/").context["h"]
    assert len(h.baris) == len(mesin) == 10
    for b in h.baris:
        n = mesin[b.indikator.pk]
        assert (b.angka.target, b.angka.realisasi, b.angka.capaian, b.angka.predikat) == (
            n.target,
            n.realisasi,
            n.capaian.nilai,
            n.predikat,
        )


def test_the_indicator_page_has_definition_chart_progress_and_csv(tamu):
    ind = _indikator(KESEMPATAN)
    r = tamu.get(f"/portal/indikator/{ind.pk}/")
    assert r.status_code == 200
    teks = r.content.decode()
    # Its formula in words, with what each name stands for.
    assert "(ditempatkan[n] − ditempatkan[n−1]) ÷ ditempatkan[n−1] × 100" in teks
    assert "<svg" in teks and "polyline" in teks
    per_tahun = {a.tahun: a for a in r.context["h"].per_tahun}
    # The supplement's years 2021-2022: 2021 is not approved (its target only), 2022 is.
    assert per_tahun[2021].target == 60 and not per_tahun[2021].terbit
    assert per_tahun[2021].realisasi is None and per_tahun[2021].capaian is None
    assert bulatkan(per_tahun[2022].capaian) == Decimal("52.75")
    # Progress to the end target (65% in 2022): 34,2857 / 65 = 52,75%.
    tahun, kemajuan = r.context["h"].kemajuan
    assert tahun == 2022 and bulatkan(kemajuan.nilai) == Decimal("52.75")
    assert f"/portal/indikator/{ind.pk}/csv/" in teks


def test_a_signed_in_staff_user_reads_the_same_portal(masuk, alur_demo):
    r = masuk("operator-ppu").get(f"/portal/opd/{OPD_TEBING}/2022/")
    assert r.status_code == 200 and "52,75" in r.content.decode()


def test_the_home_page_leads_a_visitor_to_the_portal(tamu):
    r = tamu.get("/", follow=True)
    assert r.redirect_chain == [("/portal/", 302)]
    teks = r.content.decode()
    assert f"/portal/pemda/{TEBING}/2022/" in teks
    assert "Kota Jambi" not in teks  # nothing of Jambi's is approved for a year
    assert tamu.get(f"/portal/opd/{OPD_TEBING}/").url == f"/portal/opd/{OPD_TEBING}/2022/"
    assert tamu.get(f"/portal/pemda/{TEBING}/").url == f"/portal/pemda/{TEBING}/2022/"
