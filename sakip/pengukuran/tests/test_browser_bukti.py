"""Evidence files in a real browser: the operator uploads a PDF for an indicator, it is
listed and downloads back unchanged, a text file renamed .pdf is refused, and an operator
of another Pemda cannot download it."""

import pytest
from playwright.sync_api import expect

from sakip.pengukuran.models import BuktiDukung
from sakip.perencanaan.models import Indikator
from sakip.pertukaran.demo import OPD_DEMO, TEBING

pytestmark = pytest.mark.browser

PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
NAMA = "Laporan TW II.pdf"


@pytest.fixture
def ind(peramban):
    return Indikator.objects.filter(periode__opd__slug=OPD_DEMO[TEBING]).order_by("pk").first()


def unggah(page, nama, isi):
    page.get_by_label("Tahun").select_option("2022")
    page.get_by_label("Periode").select_option("2")
    page.get_by_label("Berkas").set_input_files(
        {"name": nama, "mimeType": "application/pdf", "buffer": isi}
    )
    page.get_by_role("button", name="Unggah").click()


def test_the_operator_uploads_lists_and_downloads_a_pdf(peramban, ind, tmp_path):
    operator = peramban.masuk("operator-tebing")
    operator.goto(f"{peramban.url}/indikator/{ind.pk}/")
    operator.get_by_role("link", name="Lihat dan unggah bukti dukung").click()
    expect(operator.get_by_role("heading", name="Bukti dukung", exact=True)).to_be_visible()
    expect(operator.get_by_text("Belum ada bukti dukung.")).to_be_visible()

    unggah(operator, NAMA, PDF)
    expect(operator.get_by_text(f"Bukti dukung {NAMA} diunggah.")).to_be_visible()
    baris = operator.get_by_role("row").filter(has_text=NAMA)
    expect(baris).to_contain_text("2022")
    expect(baris).to_contain_text("operator-tebing")

    with operator.expect_download() as unduhan:
        baris.get_by_role("link", name=NAMA).click()
    assert unduhan.value.suggested_filename == NAMA
    berkas = tmp_path / "unduhan.pdf"
    unduhan.value.save_as(berkas)
    assert berkas.read_bytes() == PDF


def test_a_text_file_renamed_pdf_is_refused(peramban, ind):
    operator = peramban.masuk("operator-tebing")
    operator.goto(f"{peramban.url}/indikator/{ind.pk}/bukti/")
    unggah(operator, "bukan-pdf.pdf", b"Ini hanya teks biasa, bukan PDF.\n")
    expect(
        operator.get_by_text(
            "Isi berkas tidak sesuai dengan ekstensinya (.pdf). "
            "Unggah berkas PDF, JPG, PNG, DOCX atau XLSX yang asli."
        )
    ).to_be_visible()
    expect(operator.get_by_text("Belum ada bukti dukung.")).to_be_visible()
    assert not BuktiDukung.objects.exists()


def test_an_operator_of_another_pemda_cannot_download(peramban, ind):
    operator = peramban.masuk("operator-tebing")
    operator.goto(f"{peramban.url}/indikator/{ind.pk}/bukti/")
    unggah(operator, NAMA, PDF)
    expect(operator.get_by_text(f"Bukti dukung {NAMA} diunggah.")).to_be_visible()
    b = BuktiDukung.objects.get()

    lain = peramban.masuk("operator-jambi")
    for url in (f"/bukti/{b.pk}/unduh/", f"/indikator/{ind.pk}/bukti/"):
        respons = lain.goto(f"{peramban.url}{url}")
        assert respons.status == 404
        assert NAMA not in lain.content()
