"""Suggestions from the data of Tebing Tinggi 2022 (the demo walk, dated as the documents
were approved: the LKjIP on 27 March 2023, each quarter within the month after it), their
explanation and evidence, a late LKjIP suggested T, and the evaluator's acceptance:
audited, its evidence linked, shown on the page."""

from datetime import date

from sakip.alur.models import StatusDokumen
from sakip.instansi.models import OPD
from sakip.jejak.models import Jejak
from sakip.lke.hitung import lembar_untuk
from sakip.lke.models import Jawaban
from sakip.lke.saran import batas_triwulan, saran
from sakip.pertukaran.demo import _beri_tanggal, muat_alur_demo

from .bantu import OPD as SLUG
from .bantu import URL, kirim


def _saran():
    opd = OPD.objects.get(slug=SLUG)
    return opd, saran(opd, 2022, lembar_untuk(opd))


def test_the_demo_data_supports_these_answers(demo):
    muat_alur_demo()
    _, s = _saran()
    assert {k: v.jawaban for k, v in s.items()} == {
        "1.1.3": "Y",
        "1.1.4": "Y",
        "1.2.1": "AA",
        "1.2.6": "AA",  # 6 of 6 sasaran with an IKU
        "1.2.7": "CC",  # 6 of 10 IKU with a target for 2021 and 2022: 0,6
        "1.2.8": "E",  # no sasaran linked to the RPJMD's
        "2.1.2": "Y",
        "2.2.4": "AA",
        "2.2.6": "AA",
        "2.2.7": "AA",
        "3.1.1": "Y",
        "3.1.2": "Y",
        "3.1.3": "Y",
        "3.1.4": "Y",
        "3.1.5": "Y",
        "3.1.6": "Y",
        "3.2.3": "CC",
        "3.2.4": "CC",
        "3.2.5": "CC",
    }  # 4.3.1: no 2021 recommendation, no suggestion
    assert s["3.1.6"].penjelasan == (
        "LKjIP 2022 disetujui 27 Maret 2023, sebelum batas 31 Maret 2023."
    )
    assert s["3.1.6"].bukti == (("lkjip", "LKjIP 2022"), ("jejak", "riwayat persetujuan"))
    assert "TW 4 disetujui 25 Januari 2023 (batas 31 Januari 2023)" in s["2.2.4"].penjelasan


def test_a_late_lkjip_and_a_late_quarter_are_suggested_t_and_less(demo):
    muat_alur_demo()
    opd = OPD.objects.get(slug=SLUG)
    _beri_tanggal(opd, 2022, "lkjip", date(2023, 4, 1))
    _beri_tanggal(opd, 2022, "tw2", date(2022, 9, 1))
    _, s = _saran()
    assert (s["3.1.6"].jawaban, s["3.1.6"].penjelasan) == (
        "T",
        "LKjIP 2022 disetujui 1 April 2023, melewati batas 31 Maret 2023.",
    )
    # TW II approved 1 September 2022, after 31 July: 3 of 4 on time, 0,75 reaches B (0,7).
    assert s["2.2.4"].jawaban == "B"
    assert "TW 2 disetujui 1 September 2022 (batas 31 Juli 2022)" in s["2.2.4"].penjelasan


def test_a_document_not_approved_is_suggested_t(demo):
    muat_alur_demo()
    opd = OPD.objects.get(slug=SLUG)
    StatusDokumen.objects.filter(opd=opd, tahun=2022, dokumen="lkjip").update(tahap="diajukan")
    _, s = _saran()
    assert (s["3.1.3"].jawaban, s["3.1.6"].jawaban, s["3.1.1"].jawaban) == ("T", "T", "Y")


def test_quarter_deadlines():
    assert batas_triwulan(2022, 1, None) == date(2022, 4, 30)
    assert batas_triwulan(2022, 4, None) == date(2023, 1, 31)
    assert batas_triwulan(2022, 3, date(2022, 11, 15)) == date(2022, 11, 15)


def test_the_evaluator_accepts_a_suggestion_audited_with_its_evidence(masuk):
    muat_alur_demo()
    klien = masuk("inspektorat-tebing")
    halaman = klien.get(URL)
    assert "Saran dari data: Y" in halaman.text and 'id="saran-3.1.6"' in halaman.text
    r = klien.post(f"{URL}terima-saran/", {"kode": "3.1.6"})
    assert r.status_code == 302
    j = Jawaban.objects.get(kode="3.1.6")
    assert j.jawaban_evaluator == "Y"
    assert j.catatan_evaluator.startswith("Sesuai saran dari data sakip: LKjIP 2022 disetujui")
    assert set(j.bukti_set.values_list("jenis", "rujukan")) == {
        ("lkjip", "LKjIP 2022"),
        ("jejak", "riwayat persetujuan"),
    }
    assert Jejak.objects.filter(uraian="Jawaban LKE 3.1.6 2022").exists()
    # The operator sees the suggestion but may not accept it.
    assert (
        masuk("operator-tebing").post(f"{URL}terima-saran/", {"kode": "3.1.6"}).status_code == 403
    )
    assert klien.post(f"{URL}terima-saran/", {"kode": "1.1.1"}).status_code == 404


def test_accept_all_leaves_answered_criteria_alone(masuk):
    muat_alur_demo()
    klien = masuk("inspektorat-tebing")
    kirim(klien, "evaluator", {"1.2.7": ("A", "Target direvisi pada Renstra perubahan.")})
    klien.post(f"{URL}terima-saran/", {"kode": "semua"})
    jawaban = dict(Jawaban.objects.values_list("kode", "jawaban_evaluator"))
    assert jawaban["1.2.7"] == "A" and jawaban["1.2.8"] == "E" and len(jawaban) == 19
