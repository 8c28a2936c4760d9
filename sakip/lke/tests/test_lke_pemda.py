"""The Pemda's own evaluation of Kota Tebing Tinggi 2022 (the one KemenPANRB makes): its
Admin Pemda answers the self-assessment, its Inspektorat records the evaluator's answers;
OPD staff are refused, another Pemda's users get 404, anonymous users go to login. The
criteria about the OPD are suggested from the OPD's evaluations of 2022: the demo has one
OPD (Disnakerind), whose evaluator answered 1.3.7 B (sakip/pertukaran/demo_lke.py
EVALUATOR_2022), so the Pemda's 1.3.7 is suggested B from "1 dari 1 OPD"."""

import html
import json
import re
from io import StringIO

from django.core.management import call_command

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
    # The one OPD evaluation's answers (its evaluator's) on the 12 criteria about the OPD.
    assert dijawab == {
        "1.2.8": "E", "1.2.10": "AA", "1.2.11": "AA", "1.3.7": "B", "1.3.8": "B",
        "2.2.5": "AA", "2.3.9": "AA", "2.3.10": "AA", "3.3.2": "BB", "4.1.2": "Y",
        "4.2.4": "AA", "4.3.1": "AA",
    }  # fmt: skip
    # By hand (sub-component weight × mean over its criteria; the rest unanswered = 0):
    # 1.2: 9 × 2/11; 1.3: 15 × 1,4/8 = 2,625; 2.2: 9 × 1/7; 2.3: 15 × 2/10 = 3;
    # 3.3: 7,5 × 0,8/7 = 6/7; 4.1: 5 × 1/3; 4.2: 7,5 × 1/5 = 1,5; 4.3: 12,5 × 1/5 = 2,5.
    # 18/11 + 9/7 + 6/7 + 5/3 + 2,625 + 3 + 1,5 + 2,5 = 1258/231 + 9,625 = 15,0708874…: D.
    keluaran = StringIO()
    perintah = ("lke", "nilai", "--pemda", "kota-tebing-tinggi", "--tahun", "2022")
    call_command(*perintah, "--format", "json", stdout=keluaran)
    hasil = json.loads(keluaran.getvalue())
    assert (round(hasil["nilai"], 9), hasil["predikat"]) == (15.070887446, "D")
    rekap = inspektorat.get("/pemda/kota-tebing-tinggi/lke/2022/").text
    assert 'id="evaluasi-pemda"' in rekap and "dalam proses" in rekap
    assert "15,07 (D)" in rekap
    assert f'href="{URL}"' in rekap
