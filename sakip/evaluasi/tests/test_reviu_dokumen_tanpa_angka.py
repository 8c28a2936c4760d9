"""A document in which no figure could be checked says so plainly, in the result, the
command and the result page, instead of "0 temuan"."""

import json
from io import StringIO

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from sakip.evaluasi.models import DokumenReviu
from sakip.evaluasi.reviu_dokumen import reviu_berkas

from .dokumen_uji import TABEL_3_4, docx

# Two tables whose headers name nothing the review reads.
TAK_TERBACA = docx(
    ("Tabel 1 Daftar hadir", [["Nama", "Tanda tangan"], ["A", ""]]),
    ("Tabel 2 Rumusan", [["No", "Sasaran Strategis", "Formulasi"], ["1", "S", "a/b"]]),
)


def test_the_result_says_why_nothing_was_checked():
    assert reviu_berkas("a.docx", docx("tanpa tabel")).tidak_diperiksa == (
        "Dokumen ini tidak memuat tabel: tidak ada angka yang diperiksa."
    )
    hasil = reviu_berkas("a.docx", TAK_TERBACA)
    assert [k.split(":")[0] for _, k in hasil.tabel] == ["tidak ditafsirkan"] * 2
    assert hasil.tidak_diperiksa == (
        "Tidak satu pun dari 2 tabel dokumen ini dapat ditafsirkan: tidak ada angka yang diperiksa."
    )
    assert reviu_berkas("a.docx", docx(TABEL_3_4)).tidak_diperiksa is None


def test_the_command_says_it_instead_of_zero_findings(tmp_path):
    berkas = tmp_path / "a.docx"
    berkas.write_bytes(TAK_TERBACA)
    out = StringIO()
    call_command("reviu_dokumen", str(berkas), stdout=out)
    baris = out.getvalue().splitlines()
    assert baris[0].startswith("Tabel 'Tabel 1 Daftar hadir': tidak ditafsirkan")
    assert baris[-1].startswith("Tidak satu pun dari 2 tabel")
    assert "temuan." not in out.getvalue()
    out = StringIO()
    call_command("reviu_dokumen", str(berkas), format="json", stdout=out)
    assert json.loads(out.getvalue())["tidak_diperiksa"].startswith("Tidak satu pun")


def test_the_result_page_says_it(masuk):
    klien = masuk("inspektorat-jambi")
    url = "/opd/dtkk-ukm-jambi/reviu/2024/"
    klien.post(url + "unggah/", {"berkas": SimpleUploadedFile("a.docx", TAK_TERBACA)})
    halaman = klien.get(f"{url}dokumen/{DokumenReviu.objects.get().pk}/")
    assert "Tidak satu pun dari 2 tabel dokumen ini dapat ditafsirkan" in halaman.text
    assert "Tidak ada temuan pada tabel yang dapat dibaca." not in halaman.text
