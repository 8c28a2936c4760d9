"""Where users prepare the LKjIP leads to the analysis page: the Dokumen page links it, and
"Sebelum mencetak" names the indicators whose analysis is not written, with the link."""

import html

from sakip.pelaporan.models import AnalisisIndikator

from .analisis_bantu import DOKUMEN, URL, bidang, isian

TANPA_ANALISIS = [
    # Tebing Tinggi 2022: the demo has the seed's Tabel 11, one analysis per sasaran
    # indicator; the tujuan's own indicators, also in Bab III, have none.
    "Persentase pencari kerja yang terdaftar yang ditempatkan",
    "Persentase menurunnya sengketa pekerja dan pengusaha",
    "Persentase perusahaan layak",
    "Persentase pertumbuhan industri kecil menengah",
]


BELUM = "analisis keberhasilan/kegagalan dan solusi belum ditulis"


def _butir_analisis(teks):
    """The checklist item about analyses."""
    daftar = teks[teks.index("<h2>Sebelum mencetak</h2>") :]
    [butir] = [b for b in daftar.split("<li>") if BELUM in b]
    return butir


def test_the_dokumen_page_links_the_analysis_page_for_every_reader(masuk):
    for pengguna in ("operator-tebing", "kepala-tebing", "admin-tebing"):
        r = masuk(pengguna).get(DOKUMEN)
        assert f'<a href="{URL}">Analisis indikator LKjIP 2022</a>' in r.text


def test_the_checklist_names_the_indicators_without_analysis_and_links_the_page(masuk):
    c = masuk("operator-tebing")
    butir = _butir_analisis(html.unescape(c.get(DOKUMEN).content.decode()))
    assert f"belum ditulis untuk 4 indikator ({'; '.join(TANPA_ANALISIS)})" in butir
    assert f'<a href="{URL}">Tulis analisis</a>' in butir
    # Written on the page, the indicator leaves the list.
    ubah = {
        bidang("analisis", "sengketa-diselesaikan"): "Mediasi berjalan.",
        bidang("analisis", "perusahaan-layak"): "Pembinaan perusahaan.",
    }
    assert c.post(URL, isian(c.get(URL), ubah)).status_code == 302
    butir = _butir_analisis(html.unescape(c.get(DOKUMEN).content.decode()))
    assert "belum ditulis untuk 2 indikator (Persentase pencari kerja yang terdaftar" in butir


def test_nothing_is_listed_once_every_indicator_is_analysed(masuk):
    c = masuk("operator-tebing")
    r = c.get(URL)
    ubah = {
        b.html_name: "Dianalisis."
        for b in r.context["form"]
        if b.html_name.startswith("analisis-") and not b.value()
    }
    assert len(ubah) == len(TANPA_ANALISIS)
    assert c.post(URL, isian(r, ubah)).status_code == 302
    assert BELUM not in c.get(DOKUMEN).text
    assert AnalisisIndikator.objects.filter(tahun=2022, analisis="Dianalisis.").count() == 4
