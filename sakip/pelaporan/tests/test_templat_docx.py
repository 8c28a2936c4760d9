"""An administrator restyles every Word document by supplying a template."""

from io import BytesIO

from docx import Document
from docx.shared import RGBColor

from sakip.instansi.models import OPD
from sakip.pelaporan.render import ke_docx
from sakip.pelaporan.susun import iku


def test_it_uses_the_administrators_template(demo, settings, tmp_path):
    templat = Document()
    templat.styles["Title"].font.name = "DejaVu Serif"
    templat.styles["Title"].font.color.rgb = RGBColor(0x80, 0x00, 0x00)
    path = tmp_path / "templat.docx"
    templat.save(path)
    settings.SAKIP_TEMPLAT_DOCX = str(path)
    hasil = Document(BytesIO(ke_docx(iku(OPD.objects.get(slug="dtkk-ukm-jambi"), 2024))))
    judul = hasil.paragraphs[0]
    assert judul.text == "Indikator Kinerja Utama"
    assert judul.style.font.name == "DejaVu Serif"
    assert judul.style.font.color.rgb == RGBColor(0x80, 0x00, 0x00)


def test_the_iku_holds_jambi_tabel_3_4(demo):
    doc = Document(BytesIO(ke_docx(iku(OPD.objects.get(slug="dtkk-ukm-jambi"), 2024))))
    capaian = doc.tables[1]
    baris = {r.cells[2].text: [c.text for c in r.cells] for r in capaian.rows[1:]}
    # Jambi IKU 2025 Tabel 3.4 row 1: 639 / 1.257 = 50,84 %, capaian 121,04 % (printed 121,43 %).
    assert baris["Persentase Penyerapan Tenaga Kerja"][4:8] == [
        "42,00",
        "50,84",
        "121,04%",
        "Melampaui Target",
    ]
