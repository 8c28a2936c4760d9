"""Every analysis saved on the page leaves one audit record: who, when, the indicator and
year, the texts before and after; untouched indicators leave none, and a change made by
someone else meanwhile is refused, keeping what was typed."""

import html
import json

from sakip.instansi.models import OPD
from sakip.jejak.models import Jejak
from sakip.pelaporan.models import AnalisisIndikator

from .analisis_bantu import SLUG, URL, bidang, indikator, isian

KESEMPATAN = "Analisis LKjIP 2022: Persentase Meningkatnya Kesempatan Kerja"
SENGKETA = "Analisis LKjIP 2022: Persentase menurunnya sengketa pekerja dan pengusaha"


def _simpan(c, ubah):
    r = c.post(URL, isian(c.get(URL), ubah))
    assert r.status_code == 302
    return list(Jejak.objects.order_by("id"))


def test_a_new_analysis_is_recorded_with_who_when_and_its_texts(masuk):
    [j] = _simpan(
        masuk("operator-tebing"),
        {
            bidang("analisis", "sengketa-diselesaikan"): "Mediasi berjalan.",
            bidang("solusi", "sengketa-diselesaikan"): "Menambah mediator.",
        },
    )
    a = AnalisisIndikator.objects.get(indikator=indikator("sengketa-diselesaikan"), tahun=2022)
    assert (j.tindakan, j.objek, j.objek_id) == ("buat", "analisis indikator", str(a.pk))
    assert j.uraian == SENGKETA
    assert j.pengguna.username == j.nama_pengguna == "operator-tebing"
    assert j.waktu is not None
    assert j.opd == OPD.objects.get(slug=SLUG)
    assert j.lama is None
    assert j.baru == {"analisis": "Mediasi berjalan.", "solusi": "Menambah mediator."}


def test_a_change_keeps_the_old_and_new_texts_and_a_removal_the_old(masuk):
    c = masuk("operator-tebing")
    lama = AnalisisIndikator.objects.get(indikator=indikator("kesempatan-kerja"), tahun=2022)
    [j] = _simpan(c, {bidang("analisis", "kesempatan-kerja"): "Ditulis ulang."})
    assert (j.tindakan, j.uraian) == ("ubah", KESEMPATAN)
    assert j.lama == {"analisis": lama.analisis, "solusi": lama.solusi}
    assert j.baru == {"analisis": "Ditulis ulang.", "solusi": lama.solusi}
    kosong = {bidang("analisis", "kesempatan-kerja"): "", bidang("solusi", "kesempatan-kerja"): ""}
    [_, j] = _simpan(c, kosong)
    assert (j.tindakan, j.uraian, j.baru) == ("hapus", KESEMPATAN, None)
    assert j.lama == {"analisis": "Ditulis ulang.", "solusi": lama.solusi}


def test_one_record_per_indicator_changed_none_for_the_rest(masuk):
    c = masuk("operator-tebing")
    assert _simpan(c, {}) == []  # the page posted back untouched
    jejak = _simpan(
        c,
        {
            bidang("solusi", "kesempatan-kerja"): "Solusi lain.",
            bidang("analisis", "pertumbuhan-ikm"): "IKM tumbuh.",
        },
    )
    assert sorted(j.uraian for j in jejak) == [
        KESEMPATAN,
        "Analisis LKjIP 2022: Persentase pertumbuhan industri kecil menengah",
    ]
    r = c.get(f"/opd/{SLUG}/jejak/")
    assert KESEMPATAN in html.unescape(r.content.decode())  # on the OPD's audit page


def test_a_change_made_meanwhile_is_refused_and_the_typed_text_kept(masuk):
    c = masuk("operator-tebing")
    r = c.get(URL)
    AnalisisIndikator.objects.filter(indikator=indikator("kesempatan-kerja")).update(
        analisis="Diubah orang lain."
    )
    data = isian(
        r,
        {
            bidang("analisis", "kesempatan-kerja"): "Punya saya.",
            bidang("analisis", "pertumbuhan-ikm"): "IKM tumbuh.",
        },
    )
    r = c.post(URL, data)
    assert r.status_code == 200
    teks = html.unescape(r.content.decode())
    assert "telah diubah oleh pengguna lain" in teks
    assert "Punya saya." in teks and "IKM tumbuh." in teks  # what was typed, shown again
    assert json.loads(r.context["asal_json"]) == json.loads(data["asal"])
    assert not Jejak.objects.exists()
    ada = AnalisisIndikator.objects.filter(tahun=2022)
    assert ada.get(indikator=indikator("kesempatan-kerja")).analisis == "Diubah orang lain."
    assert not ada.filter(indikator=indikator("pertumbuhan-ikm")).exists()


def test_two_people_may_write_about_different_indicators(masuk):
    c = masuk("operator-tebing")
    r = c.get(URL)
    AnalisisIndikator.objects.filter(indikator=indikator("kesempatan-kerja")).update(
        analisis="Diubah orang lain."
    )
    r = c.post(URL, isian(r, {bidang("analisis", "pertumbuhan-ikm"): "IKM tumbuh."}))
    assert r.status_code == 302
    ada = AnalisisIndikator.objects.filter(tahun=2022)
    assert ada.get(indikator=indikator("kesempatan-kerja")).analisis == "Diubah orang lain."
    assert ada.get(indikator=indikator("pertumbuhan-ikm")).analisis == "IKM tumbuh."
    assert [j.uraian for j in Jejak.objects.all()] == [
        "Analisis LKjIP 2022: Persentase pertumbuhan industri kecil menengah"
    ]
