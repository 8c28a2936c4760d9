"""An administrator restyles every Word document by supplying a template."""

from io import BytesIO

from docx import Document
from docx.shared import RGBColor

from sakip.instansi.models import OPD
from sakip.pelaporan.iku import iku
from sakip.pelaporan.render import ke_docx

from .baca_docx import tabel_berjudul


def test_it_uses_the_administrators_template(demo, settings, tmp_path):
    templat = Document()
    templat.styles["Heading 1"].font.name = "DejaVu Serif"
    templat.styles["Heading 1"].font.color.rgb = RGBColor(0x80, 0x00, 0x00)
    path = tmp_path / "templat.docx"
    templat.save(path)
    settings.SAKIP_TEMPLAT_DOCX = str(path)
    hasil = Document(BytesIO(ke_docx(iku(OPD.objects.get(slug="dtkk-ukm-jambi"), 2024))))
    judul = next(p for p in hasil.paragraphs if p.text == "KATA PENGANTAR")
    assert judul.style.name == "Heading 1"
    assert judul.style.font.name == "DejaVu Serif"
    assert judul.style.font.color.rgb == RGBColor(0x80, 0x00, 0x00)


def test_the_iku_holds_jambi_tabel_3_4(demo):
    doc = Document(BytesIO(ke_docx(iku(OPD.objects.get(slug="dtkk-ukm-jambi"), 2024))))
    capaian = tabel_berjudul(doc, "Capaian indikator kinerja utama tahun 2024")
    baris = {r.cells[2].text: [c.text for c in r.cells] for r in capaian.rows[1:]}
    # Jambi IKU 2025 Tabel 3.4 row 1: 639 / 1.257 = 50,84 %, capaian 121,04 % (printed 121,43 %).
    assert baris["Persentase Penyerapan Tenaga Kerja"][4:8] == [
        "42,00",
        "50,84",
        "121,04%",
        "Melampaui Target",
    ]
