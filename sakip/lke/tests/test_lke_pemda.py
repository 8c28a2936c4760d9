"""The Pemda's own evaluation of Kota Tebing Tinggi 2022 (the one KemenPANRB makes): its
Admin Pemda answers the self-assessment, its Inspektorat records the evaluator's answers;
OPD staff are refused, another Pemda's users get 404, anonymous users go to login. The
criteria about the OPD are suggested from the OPD's evaluations of 2022: the demo has one
OPD (Disnakerind), whose evaluator answered 1.3.7 B (sakip/pertukaran/demo_lke.py
EVALUATOR_2022), so the Pemda's 1.3.7 is suggested B from "1 dari 1 OPD"."""

import html
import re

from sakip.jejak.models import Jejak
from sakip.lke.models import Evaluasi, Jawaban
from sakip.pertukaran.demo import muat_alur_demo
from sakip.pertukaran.demo_lke import muat_lke_demo

URL = "/pemda/kota-tebing-tinggi/lke/2022/evaluasi/"
OPD_URL = "/opd/disnakerind-tebing-tinggi/lke/2022/"


def _ke_login(r):
    return r.status_code == 302 and r["Location"].startswith("/masuk/")


def _muat():
    muat_alur_demo()
    muat_lke_demo()


def _asal(klien, pihak):
    m = re.search(rf'id="form-{pihak}".*?name="asal" value="([^"]*)"', klien.get(URL).text, re.S)
    return html.unescape(m[1])


def test_only_the_admin_pemda_and_its_inspektorat_see_it(masuk, client):
    admin = masuk("admin-tebing").get(URL)
    assert admin.status_code == 200
    assert 'name="jawaban_opd-1.1.1"' in admin.text
    assert 'name="jawaban_evaluator-1.1.1"' not in admin.text
    assert "Jawaban Pemda" in admin.text
    inspektorat = masuk("inspektorat-tebing").get(URL)
    assert 'name="jawaban_evaluator-1.1.1"' in inspektorat.text
    assert 'name="jawaban_opd-1.1.1"' not in inspektorat.text
    for opd_staf in ("operator-tebing", "kepala-tebing"):
        assert masuk(opd_staf).get(URL).status_code == 403
    for lain in ("admin-ppu", "inspektorat-ppu", "operator-ppu"):
        assert masuk(lain).get(URL).status_code == 404
    assert _ke_login(client.get(URL))
    assert _ke_login(client.post(f"{URL}simpan/", {"pihak": "opd"}))


def test_criteria_about_the_opd_are_suggested_from_their_evaluations(masuk):
    _muat()
    teks = masuk("inspektorat-tebing").get(URL).text
    saran = re.search(r'id="saran-1.3.7">(.*?)</div>', teks, re.S)[1]
    assert "Saran dari data: B" in saran
    assert "1 dari 1 OPD menjawab B" in saran and "Rerata nilai 0,70" in saran
    assert f'href="{OPD_URL}"' in saran
    # A criterion not about the OPD (the Pemda's own RPJMD) gets no suggestion.
    assert 'id="saran-1.1.3"' not in teks


def test_writes_are_audited_on_the_pemda_and_refused_to_others(masuk):
    admin = masuk("admin-tebing")
    data = {
        "pihak": "opd",
        "asal": _asal(admin, "opd"),
        "jawaban_opd-1.1.1": "Y",
        "keterangan_opd-1.1.1": "Perwali 5/2021",
    }
    assert admin.post(f"{URL}simpan/", data).status_code == 302
    e = Evaluasi.objects.get(pemda__slug="kota-tebing-tinggi", tahun=2022)
    assert e.opd is None
    assert Jawaban.objects.get(evaluasi=e, kode="1.1.1").jawaban_opd == "Y"
    assert Jejak.objects.filter(
        pemda=e.pemda, opd=None, uraian__contains="Jawaban LKE 1.1.1 2022"
    ).exists()
    # The admin may not answer as evaluator, nor OPD staff at all.
    ev = {"pihak": "evaluator", "asal": "{}", "jawaban_evaluator-1.1.1": "Y"}
    ev["catatan_evaluator-1.1.1"] = ""
    assert admin.post(f"{URL}simpan/", ev).status_code == 403
    assert masuk("operator-tebing").post(f"{URL}simpan/", data).status_code == 403
    assert masuk("inspektorat-tebing").post(f"{URL}selesai/").status_code == 302


def test_accepted_suggestions_score_on_the_recap(masuk):
    _muat()
    inspektorat = masuk("inspektorat-tebing")
    r = inspektorat.post(f"{URL}terima-saran/", {"kode": "semua"})
    assert r.status_code == 302
    e = Evaluasi.objects.get(pemda__slug="kota-tebing-tinggi", tahun=2022)
    dijawab = dict(e.jawaban_set.values_list("kode", "jawaban_evaluator"))
    assert dijawab["1.3.7"] == "B" and dijawab["3.3.2"] == "BB" and len(dijawab) == 12
    rekap = inspektorat.get("/pemda/kota-tebing-tinggi/lke/2022/").text
    assert 'id="evaluasi-pemda"' in rekap and "dalam proses" in rekap
    assert f'href="{URL}"' in rekap
