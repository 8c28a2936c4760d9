"""The quarter entry page lists the indicators of the nodes below the OPD's sasaran (sasaran
program, kegiatan, individu) after their sasaran, under a heading naming the node's level
and owner; their values are saved, locked and audited as a sasaran's are, and the engine's
capaian of the node reads them (Tebing Tinggi 2022, the cascaded demo)."""

import json
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from sakip.alur.models import StatusDokumen
from sakip.anggaran.pohon_kinerja import pohon_kinerja
from sakip.jejak.models import Jejak
from sakip.pengukuran.models import Realisasi
from sakip.perencanaan.models import Indikator
from sakip.pertukaran.tests.buku_kerja_bantu import TEBING, opd_terbuka

OPERATOR = "operator-tebing"
KODE = "sk-pengadaan-bmd"  # sasaran kegiatan 2.1.2 (pengadaan BMD), target 2022: 100 %


def _url(triwulan):
    return f"/opd/{TEBING}/isian/2022/{triwulan}/"


def _kunci():
    return f"r{Indikator.objects.get(kode=KODE).pk}"


def _pohon_json():
    out = StringIO()
    call_command("pohon", opd=TEBING, tahun=2022, format="json", stdout=out)
    return json.loads(out.getvalue(), parse_float=Decimal, parse_int=Decimal)


def _indikator_pohon(simpul, nama):
    for i in simpul.get("indikator", []):
        if i["nama"] == nama:
            yield i
    for a in simpul["anak"]:
        yield from _indikator_pohon(a, nama)


def test_lower_nodes_follow_their_sasaran_under_a_heading_with_level_and_owner(masuk):
    opd_terbuka()
    r = masuk(OPERATOR).get(_url(2))
    assert r.status_code == 200
    kelompok = [k for k, _ in r.context["kelompok"]]
    kode = [k.indikator.kode for k in kelompok]
    # Sasaran 1's formula indicator, then its programme and the programme's kegiatan.
    i = kode.index("sp-penunjang-1")
    assert kode[i - 1 : i + 4] == [
        "kesempatan-kerja",
        "sp-penunjang-1",
        "sk-administrasi-umum",
        "sk-pengadaan-bmd",
        "sk-pemeliharaan-bmd",
    ]
    assert kelompok[i - 1].simpul is None
    simpul = kelompok[kode.index(KODE)].simpul
    assert (simpul.tingkat, simpul.penanggung_jawab.nama) == (
        "sasaran_kegiatan",
        "Rudi Simanjuntak",
    )
    html = r.content.decode()
    assert f'id="simpul-{simpul.pk}"' in html
    kepala = html.split(f'id="simpul-{simpul.pk}"')[1].split("</tbody>")[0]
    assert "Sasaran kegiatan 2" in kepala
    assert "penanggung jawab: Rudi Simanjuntak" in kepala
    assert simpul.nama in kepala


def test_a_lower_nodes_year_value_gives_its_capaian_in_the_pohon_kinerja(masuk):
    opd_terbuka()
    klien = masuk(OPERATOR)
    form = klien.get(_url(0)).context["form"]
    assert form.initial[_kunci()] == "100"
    assert klien.post(_url(0), {**form.initial, _kunci(): "87,5"}).status_code == 302
    ind = Indikator.objects.get(kode=KODE)
    assert Realisasi.objects.get(indikator=ind, tahun=2022, triwulan=0).nilai == Decimal("87.5")
    jejak = Jejak.objects.get()
    assert (jejak.lama, jejak.baru) == ({"nilai": "100"}, {"nilai": "87.5"})
    assert jejak.opd.slug == TEBING
    # Positive polarity: 87.5 / 100 × 100 = 87.5 %.
    (baca,) = _indikator_pohon({"anak": _pohon_json()}, ind.nama)
    assert (baca["target"], baca["realisasi"], baca["capaian"]) == (
        100,
        Decimal("87.5"),
        Decimal("87.5"),
    )
    simpul = next(
        d
        for tj in pohon_kinerja(opd_terbuka(), 2022).akar
        for s in tj.anak
        for d in s.semua()
        if d.nama == ind.sasaran.nama
    )
    (n,) = simpul.indikator
    assert n.capaian == Decimal("87.5")


def test_a_lower_nodes_quarter_value_is_saved_and_shown_back(masuk):
    opd_terbuka()
    klien = masuk(OPERATOR)
    form = klien.get(_url(2)).context["form"]
    assert form.initial[_kunci()] == ""
    assert klien.post(_url(2), {**form.initial, _kunci(): "40"}).status_code == 302
    ind = Indikator.objects.get(kode=KODE)
    assert Realisasi.objects.get(indikator=ind, tahun=2022, triwulan=2).nilai == 40
    assert klien.get(_url(2)).context["form"].initial[_kunci()] == "40"
    assert Jejak.objects.get().uraian == f"{ind.nama} 2022 Triwulan II"


def test_a_locked_quarter_refuses_a_lower_nodes_value(masuk):
    opd = opd_terbuka()
    StatusDokumen.objects.create(opd=opd, tahun=2022, dokumen="tw2", tahap="disetujui")
    klien = masuk(OPERATOR)
    r = klien.get(_url(2))
    assert "terkunci" in r.content.decode()
    assert klien.post(_url(2), {**r.context["form"].initial, _kunci(): "5"}).status_code == 403
    assert not Realisasi.objects.filter(indikator__kode=KODE, tahun=2022, triwulan=2).exists()
    assert not Jejak.objects.exists()


@pytest.mark.parametrize("username", ["operator-ppu", "publik-tebing"])
def test_it_is_hidden_from_other_opds_and_the_public(masuk, username):
    klien = masuk(username)
    assert klien.get(_url(2)).status_code == 404
    assert klien.post(_url(2), {_kunci(): "5"}).status_code == 404
    assert not Jejak.objects.exists()


def test_anonymous_users_are_sent_to_login(client, demo):
    for r in (client.get(_url(2)), client.post(_url(2), {_kunci(): "5"})):
        assert r.status_code == 302
        assert r["Location"].startswith(reverse("login"))
    assert not Jejak.objects.exists()
