"""The Inspektorat accepts findings and writes its conclusion; the report follows."""

from io import BytesIO

from docx import Document

from sakip.evaluasi.models import SimpulanReviu, Tanggapan
from sakip.evaluasi.reviu import reviu_opd
from sakip.instansi.models import OPD
from sakip.jejak.tests.bantu import asal_halaman
from sakip.kinerja.reviu import Tingkat

URL = "/opd/dtkk-ukm-jambi/reviu/2024/"


def terima(klien, t, alasan="Pembulatan disepakati dengan OPD"):
    return klien.post(URL + "tanggapi/", {"aturan": t.aturan, "lokasi": t.lokasi, "alasan": alasan})


def teks_laporan(klien):
    r = klien.get(URL + "laporan.docx")
    dok = Document(BytesIO(r.content))
    sel = [c.text for t in dok.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in dok.paragraphs] + sel)


def test_accepting_every_error_gives_the_reviewed_statement(masuk):
    klien = masuk("inspektorat-jambi")
    temuan = reviu_opd(OPD.objects.get(slug="dtkk-ukm-jambi"), 2024)
    # R04, R01 and R01's consequence on the capaian, R29 (see test_reviu_seed); the warning
    # that the data hold no PK 2024 (R16) needs no acceptance.
    temuan = [t for t in temuan if t.tingkat == Tingkat.GALAT]
    assert len(temuan) == 3
    assert terima(klien, temuan[0]).status_code == 302
    assert "Pernyataan Telah Direviu" not in teks_laporan(klien)
    for t in temuan[1:]:
        terima(klien, t)
    laporan = teks_laporan(klien)
    assert "3 galat diterima oleh Inspektorat" in laporan
    assert "Diterima: Pembulatan disepakati dengan OPD" in laporan
    # Printed only once the review is concluded, with the conclusion.
    assert "Pernyataan Telah Direviu" not in laporan
    simpulan = "Tidak terdapat kondisi yang menimbulkan keraguan atas laporan ini."
    klien.post(URL + "simpulan/", {"teks": simpulan, "asal": asal_halaman(klien, URL)})
    laporan = teks_laporan(klien)
    assert "Pernyataan Telah Direviu" in laporan
    assert laporan.index("Pernyataan Telah Direviu") < laporan.rindex(simpulan)
    assert Tanggapan.objects.filter(oleh__username="inspektorat-jambi").count() == 3


def test_the_conclusion_is_printed_in_the_report(masuk):
    klien = masuk("inspektorat-jambi")
    teks = "Laporan andal setelah koreksi Tabel 3.4."
    r = klien.post(URL + "simpulan/", {"teks": teks, "asal": asal_halaman(klien, URL)})
    assert r.status_code == 302
    assert "Laporan andal setelah koreksi Tabel 3.4." in teks_laporan(klien)
    assert "Laporan andal setelah koreksi" in masuk("operator-jambi").get(URL).text


def test_it_refuses_an_unknown_finding_or_an_empty_reason(masuk):
    klien = masuk("inspektorat-jambi")
    r = klien.post(
        URL + "tanggapi/", {"aturan": "R01", "lokasi": "karangan", "alasan": "x"}, follow=True
    )
    assert "Temuan ini tidak ada (lagi) dalam hasil reviu." in r.text
    (t, *_) = reviu_opd(OPD.objects.get(slug="dtkk-ukm-jambi"), 2024)
    terima(klien, t, alasan="")
    r = klien.post(URL + "simpulan/", {"teks": ""}, follow=True)
    assert "Simpulan tidak boleh kosong." in r.text
    assert not Tanggapan.objects.exists() and not SimpulanReviu.objects.exists()


def test_it_checks_access(masuk, client):
    t = reviu_opd(OPD.objects.get(slug="dtkk-ukm-jambi"), 2024)[0]
    # The OPD under review and the Pemda admin cannot accept their own findings.
    assert terima(masuk("operator-jambi"), t).status_code == 403
    assert terima(masuk("admin-jambi"), t).status_code == 403
    assert terima(masuk("inspektorat-tebing"), t).status_code == 404
    assert terima(masuk("operator-tebing"), t).status_code == 404
    assert terima(client, t).status_code == 302
    for klien in (masuk("operator-jambi"), masuk("admin-jambi")):
        assert klien.post(URL + "simpulan/", {"teks": "x"}).status_code == 403
    assert masuk("inspektorat-tebing").post(URL + "simpulan/", {"teks": "x"}).status_code == 404
    assert client.post(URL + "simpulan/", {"teks": "x"}).status_code == 302
    assert not Tanggapan.objects.exists() and not SimpulanReviu.objects.exists()
    # The Inspektorat of another Pemda does not see the findings at all.
    assert masuk("inspektorat-tebing").get(URL).status_code == 404
    assert masuk("inspektorat-jambi").get(URL).status_code == 200


def test_a_conclusion_with_a_control_character_is_refused_saying_why(masuk):
    klien = masuk("inspektorat-jambi")
    asal = asal_halaman(klien, URL)
    r = klien.post(URL + "simpulan/", {"teks": "Simpulan\x1b", "asal": asal}, follow=True)
    assert "karakter kendali" in r.text
    assert "tidak boleh kosong" not in r.text
    assert not SimpulanReviu.objects.filter(opd__slug="dtkk-ukm-jambi", tahun=2024).exists()
