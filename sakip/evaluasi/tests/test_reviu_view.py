from io import BytesIO

from docx import Document

from sakip.akun.models import Pengguna
from sakip.evaluasi.ubah import asal_simpulan, simpan_simpulan
from sakip.instansi.models import OPD

from .dokumen_uji import ANGKA

URL = "/opd/dtkk-ukm-jambi/reviu/2024/"


def test_it_lists_the_findings(masuk):
    r = masuk("admin-jambi").get(URL)
    assert r.status_code == 200
    assert "R04" in r.text and "41,08" in r.text and "41,15" in r.text
    assert "R01" in r.text and "51,00" in r.text and "50,84" in r.text


def test_it_is_open_to_the_opds_own_staff(masuk):
    assert masuk("operator-jambi").get(URL).status_code == 200


def test_it_refuses_a_user_of_another_opd_or_pemda(masuk):
    assert masuk("operator-tebing").get(URL).status_code == 404
    assert masuk("admin-tebing").get(URL).status_code == 404


def test_it_refuses_anonymous_users(client, demo):
    assert client.get(URL).status_code == 302


def test_it_downloads_the_review_report(masuk):
    r = masuk("admin-jambi").get("/opd/dtkk-ukm-jambi/reviu/2024/laporan.docx")
    assert r.status_code == 200
    teks = "\n".join(p.text for p in Document(BytesIO(r.content)).paragraphs)
    # R04, R01 and the capaian computed from R01's wrong realisation (R29, issue 16); no
    # PK 2024 in the data (R16, a warning).
    assert "3 temuan galat dan 1 peringatan" in teks
    assert "Pernyataan Telah Direviu" not in teks  # errors remain
    assert (
        masuk("admin-jambi").get("/opd/dtkk-ukm-jambi/reviu/2024/laporan.pdf").content[:4]
        == b"%PDF"
    )
    assert (
        masuk("operator-tebing").get("/opd/dtkk-ukm-jambi/reviu/2024/laporan.pdf").status_code
        == 404
    )


def _laporan(masuk):
    r = masuk("admin-ppu").get("/opd/dkukmperindag-ppu/reviu/2025/laporan.docx")
    return "\n".join(p.text for p in Document(BytesIO(r.content)).paragraphs)


def test_the_report_carries_the_reviewed_statement_when_nothing_is_wrong(masuk):
    teks = _laporan(masuk)
    assert "0 temuan galat" in teks
    assert "Pernyataan Telah Direviu" not in teks  # nothing wrong, but not concluded yet
    assert "Inspektorat belum menuliskan simpulan." in teks
    inspektorat = Pengguna.objects.get(username="inspektorat-ppu")
    opd = OPD.objects.get(slug="dkukmperindag-ppu")
    simpan_simpulan(inspektorat, opd, 2025, "Laporan andal.", asal_simpulan(None))
    assert "Pernyataan Telah Direviu" in _laporan(masuk)


def test_it_shows_a_stated_predikat_as_written(masuk):
    # Tebing Tinggi Tabel 5: 72,84 is "Baik" on the document's scale, printed "Sangat Baik".
    r = masuk("admin-tebing").get("/opd/disnakerind-tebing-tinggi/reviu/2022/")
    assert r.status_code == 200
    assert ANGKA.format("Sangat Baik", "Baik") in r.text
