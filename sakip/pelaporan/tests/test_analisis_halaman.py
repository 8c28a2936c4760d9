"""The analysis page (LKjIP Bab III): per indicator the engine's figures and the paragraph
the report composes, next to the OPD's analysis and solution; what is saved there is what
the LKjIP prints, in Word and in PDF."""

import html
import re
import subprocess

from sakip.instansi.models import OPD
from sakip.pelaporan.models import AnalisisIndikator
from sakip.pengukuran.tersimpan import baris_capaian

from .analisis_bantu import ANALISIS_DEMO, DOKUMEN, SLUG, URL, bidang, indikator, isian
from .baca_docx import buka, teks_semua

LKJIP = f"/opd/{SLUG}/dokumen/2022/lkjip"


def _isian_halaman(r):
    return {i.nilai.indikator.kode: i for _, isi in r.context["form"].kelompok for i in isi}


def _teks_pdf(isi, tmp_path):
    pdf = tmp_path / "lkjip.pdf"
    pdf.write_bytes(isi)
    teks = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return " ".join(teks.split())  # lines wrap where the page ends them


def test_it_lists_the_lkjip_indicators_grouped_as_bab_iii_with_the_engines_figures(masuk):
    r = masuk("operator-tebing").get(URL)
    assert r.status_code == 200
    kelompok = r.context["form"].kelompok
    # Grouped as Bab III: per sasaran, a tujuan's own indicators under the tujuan.
    assert [j for j, _ in kelompok][:3] == [
        "Tujuan: Meningkatnya penyerapan tenaga kerja",
        "Sasaran: Meningkatnya Kesempatan kerja",
        "Sasaran: Meningkatnya Kualitas dan Produktivitas Tenaga kerja",
    ]
    # The same rows, in the same order, with the same figures as the LKjIP reads them.
    opd = OPD.objects.get(slug=SLUG)
    baris = baris_capaian(opd, 2022, hanya_iku=True)
    assert [i.nilai for _, isi in kelompok for i in isi] == [b.nilai for b in baris]
    teks = html.unescape(r.content.decode())
    bagian = teks[teks.index(f'id="indikator-{indikator("kesempatan-kerja").pk}"') :]
    bagian = bagian[: bagian.index("</section>")]
    # LKjIP 2022 Tabel 5 row 1: 34,29 % of 65 % → 52,75 %, Cukup Baik.
    sel = re.findall(r"<td[^>]*>\s*([^<]*?)\s*</td>", bagian)
    assert sel == ["65,00%", "34,29%", "52,75", "Cukup Baik"]
    uraian = "Capaian indikator Persentase Meningkatnya Kesempatan Kerja tahun 2022 sebesar 52,75%"
    assert uraian in bagian
    assert ANALISIS_DEMO in bagian  # the demo's analysis, in its text area


def test_the_hint_is_the_paragraph_the_lkjip_prints(masuk):
    c = masuk("operator-tebing")
    halaman = _isian_halaman(c.get(URL))
    docx = teks_semua(buka(c.get(f"{LKJIP}.docx").content)).split("\n")
    for kode in ("kesempatan-kerja", "pencari-kerja-ditempatkan", "tenaga-kerja-dilindungi"):
        assert halaman[kode].uraian in docx


def test_what_the_operator_writes_is_printed_in_the_lkjip_docx_and_pdf(masuk, tmp_path):
    c = masuk("operator-tebing")
    r = c.get(URL)
    analisis = "Mediasi bipartit berjalan.\r\n\r\nSengketa yang tersisa menunggu PHI."
    solusi = "Menambah mediator hubungan industrial."
    r = c.post(
        URL,
        isian(
            r,
            {
                bidang("analisis", "sengketa-diselesaikan"): analisis,
                bidang("solusi", "sengketa-diselesaikan"): solusi,
            },
        ),
    )
    assert r.status_code == 302
    assert r["Location"] == DOKUMEN
    a = AnalisisIndikator.objects.get(indikator=indikator("sengketa-diselesaikan"), tahun=2022)
    assert (a.analisis, a.solusi) == (analisis.replace("\r\n", "\n"), solusi)
    r = c.get(DOKUMEN)
    assert "Analisis 1 indikator untuk LKjIP 2022 disimpan." in r.text

    docx = teks_semua(buka(c.get(f"{LKJIP}.docx").content))
    uraian = docx.index("Indikator Persentase menurunnya sengketa pekerja dan pengusaha tahun")
    tulisan = docx.index("Analisis keberhasilan/kegagalan: Mediasi bipartit berjalan.")
    assert uraian < tulisan < docx.index(f"Solusi yang dilakukan: {solusi}")
    assert "Sengketa yang tersisa menunggu PHI." in docx[tulisan:]

    pdf = _teks_pdf(c.get(f"{LKJIP}.pdf").content, tmp_path)
    assert "Analisis keberhasilan/kegagalan: Mediasi bipartit berjalan." in pdf
    assert "Sengketa yang tersisa menunggu PHI." in pdf
    assert f"Solusi yang dilakukan: {solusi}" in pdf


def test_a_changed_analysis_replaces_the_old_and_an_emptied_one_is_removed(masuk):
    c = masuk("operator-tebing")
    r = c.post(URL, isian(c.get(URL), {bidang("analisis", "kesempatan-kerja"): "Baru."}))
    assert r.status_code == 302
    a = AnalisisIndikator.objects.get(indikator=indikator("kesempatan-kerja"), tahun=2022)
    assert a.analisis == "Baru."
    assert a.solusi.startswith("Memberikan fasilitasi")  # untouched, kept
    kosong = {bidang("analisis", "kesempatan-kerja"): "", bidang("solusi", "kesempatan-kerja"): ""}
    assert c.post(URL, isian(c.get(URL), kosong)).status_code == 302
    assert not AnalisisIndikator.objects.filter(indikator=indikator("kesempatan-kerja")).exists()
    docx = teks_semua(buka(c.get(f"{LKJIP}.docx").content))
    assert "Analisis keberhasilan/kegagalan: Baru." not in docx


def test_a_year_without_key_indicators_says_so_and_one_without_a_plan_is_not_found(masuk):
    c = masuk("operator-tebing")
    r = c.get(f"/opd/{SLUG}/dokumen/2019/analisis/")  # a plan in force, no IKU in it
    assert r.status_code == 200
    assert "Belum ada indikator kinerja utama pada rencana yang berlaku tahun 2019." in r.text
    assert "Simpan analisis" not in r.text
    assert c.get(f"/opd/{SLUG}/dokumen/2035/analisis/").status_code == 404
