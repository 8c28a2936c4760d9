"""The LHE of the demo's Tebing Tinggi 2022 evaluation (concluded AA, 95,77; see
sakip/pertukaran/tests/test_demo_lke.py for the score by hand) as DOCX and PDF opened
back: the scores per component, the grade, the weaknesses, the recommendations, signed by
the Inspektur and dated the day the evaluation was concluded."""

from io import BytesIO

from docx import Document

from sakip.instansi.hitung import inspektur
from sakip.instansi.models import OPD
from sakip.lke.lhe import lhe
from sakip.pelaporan.tests.baca_pdf import halaman as halaman_pdf
from sakip.pertukaran.demo import muat_alur_demo
from sakip.pertukaran.demo_lke import muat_lke_demo

from .bantu import URL


def _teks_docx(isi):
    d = Document(BytesIO(isi))
    baris = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            baris.append(" | ".join(c.text for c in r.cells))
    return "\n".join(baris)


def test_the_lhe_as_word_and_pdf(masuk):
    muat_alur_demo()
    muat_lke_demo()
    opd = OPD.objects.get(slug="disnakerind-tebing-tinggi")
    klien = masuk("kepala-tebing")
    teks = _teks_docx(klien.get(f"{URL}lhe.docx").content)
    assert "LAPORAN HASIL EVALUASI" in teks
    assert "Perencanaan Kinerja | 30,00 | 27,73" in teks
    assert "Nilai akhir | 100,00 | 95,77" in teks
    assert "memperoleh nilai 95,77 dengan predikat AA (Sangat Memuaskan)" in teks
    assert "1.2.8 | Kinerja di setiap tingkat jabatan" in teks
    assert "Menunggu tindak lanjut" in teks and "Ditindaklanjuti, menunggu penilaian" in teks
    assert "22 Mei 2023" in teks
    pejabat = inspektur(opd.pemda)
    assert (pejabat.nama if pejabat else f"Inspektur {opd.pemda.nama}") in teks
    assert "DRAF" not in teks
    pdf = klien.get(f"{URL}lhe.pdf")
    assert pdf["Content-Type"] == "application/pdf"
    halaman = " ".join(halaman_pdf(pdf.content))
    assert "memperoleh nilai 95,77 dengan predikat AA (Sangat Memuaskan)" in halaman


def test_an_open_evaluation_is_a_draft(demo):
    opd = OPD.objects.get(slug="disnakerind-tebing-tinggi")
    dok = lhe(opd, 2022)
    assert dok.draf
    assert any(
        getattr(b, "teks", "").endswith("memperoleh nilai 0,00 dengan predikat D (Sangat Kurang).")
        for b in dok.isi
    )
