"""Without a token the API gives exactly what the portal shows: only what the workflow
approved. A draft year (PPU 2026), a submitted, verified or returned document, an approved
one reopened and an unapproved quarter are not found (404, the reason in Indonesian)."""

import json

import pytest
from django.test import Client

from sakip.instansi.models import OPD
from sakip.pertukaran.demo import JAMBI, OPD_DEMO, PPU, TEBING
from sakip.portal import baca
from sakip.portal.tests.bantu import langkah

OPD_PPU, OPD_TEBING, OPD_JAMBI = OPD_DEMO[PPU], OPD_DEMO[TEBING], OPD_DEMO[JAMBI]


@pytest.fixture
def tamu(alur_demo):
    return Client()


def _json(r):
    return json.loads(r.content)


def test_the_lists_are_the_portals(tamu):
    pemda = [p["slug"] for p in _json(tamu.get("/api/pemda/"))["items"]]
    assert pemda == [p.slug for p, _ in baca.daftar_pemda()]
    assert JAMBI not in pemda  # its PK 2025 was returned: nothing of it is public
    opd = [o["slug"] for o in _json(tamu.get("/api/opd/"))["items"]]
    assert opd == [OPD_TEBING, OPD_PPU]  # by name: Dinas Ketenagakerjaan before Dinas Koperasi
    assert tamu.get(f"/api/opd/{OPD_JAMBI}/").status_code == 404
    assert _json(tamu.get(f"/api/opd/{OPD_TEBING}/"))["tahun"] == [2022]


def test_ppu_2026_a_draft_year_is_not_found(tamu):
    for alamat in ("capaian", "pohon", "indikator", "anggaran", "capaian/triwulan/1"):
        r = tamu.get(f"/api/opd/{OPD_PPU}/2026/{alamat}/")
        assert r.status_code == 404, alamat
        assert _json(r)["detail"].endswith("tahun 2026 belum disetujui.")


@pytest.mark.parametrize(
    "langkah_pk, terlihat",
    [
        (["ajukan"], False),  # submitted
        (["ajukan", "verifikasi"], False),  # verified
        (["ajukan", "kembalikan"], False),  # returned
        (["ajukan", "verifikasi", "setujui", "buka"], False),  # approved, then reopened
        (["ajukan", "verifikasi", "setujui"], True),  # approved
    ],
)
def test_only_an_approved_document_opens_a_year(tamu, langkah_pk, terlihat):
    langkah(OPD.objects.get(slug=OPD_PPU), 2026, "pk", *langkah_pk)
    r = tamu.get(f"/api/opd/{OPD_PPU}/2026/capaian/")
    assert r.status_code == (200 if terlihat else 404)
    if terlihat:  # the targets of the PK; nothing measured is approved yet
        baris = _json(r)["items"]
        assert baris and all(b["realisasi"] is b["capaian"] is b["predikat"] is None for b in baris)


def test_only_the_approved_quarter_of_ppu_2025(tamu):
    # TW I approved, TW II verified, TW III submitted, TW IV a draft.
    alamat = f"/api/opd/{OPD_PPU}/2025/capaian/triwulan"
    assert [tamu.get(f"{alamat}/{q}/").status_code for q in (1, 2, 3, 4)] == [200, 404, 404, 404]
    assert "triwulan 2 tahun 2025" in _json(tamu.get(f"{alamat}/2/"))["detail"]
    # The year's figures wait for all four quarters: its targets only.
    tahun = _json(tamu.get(f"/api/opd/{OPD_PPU}/2025/capaian/"))["items"]
    assert all(b["realisasi"] is None and b["target"] is not None for b in tahun)
    anggaran = _json(tamu.get(f"/api/opd/{OPD_PPU}/2025/anggaran/"))
    assert anggaran["total"]["realisasi"] is None and anggaran["total"]["persen"] is None
    assert [t["triwulan"] for t in anggaran["triwulan"]] == [1]


def test_an_indicator_of_an_unpublished_plan_is_not_found(tamu):
    from sakip.perencanaan.models import Indikator

    jambi = Indikator.objects.filter(periode__opd__slug=OPD_JAMBI).first()
    r = tamu.get(f"/api/indikator/{jambi.pk}/")
    assert r.status_code == 404 and _json(r) == {"detail": "Indikator ini belum diterbitkan."}


def test_only_published_documents(tamu):
    # As the public document list (/publik/) has them: Jambi's approved Renstra too, not
    # its returned PK.
    dokumen = _json(tamu.get("/api/dokumen/?limit=500"))["items"]
    assert {d["opd"] for d in dokumen} == {OPD_PPU, OPD_TEBING, OPD_JAMBI}
    assert {d["jenis"] for d in dokumen if d["opd"] == OPD_JAMBI} == {"renstra", "iku"}
    assert {(d["tahun"], d["jenis"]) for d in dokumen if d["opd"] == OPD_TEBING} >= {
        (2022, "lkjip"),
        (2022, "pk"),
        (2021, "iku"),
    }
    lkjip = next(d for d in dokumen if (d["opd"], d["jenis"]) == (OPD_TEBING, "lkjip"))
    assert lkjip["unduh"]["pdf"].endswith(f"/opd/{OPD_TEBING}/dokumen/2022/lkjip.pdf")
    assert tamu.get(lkjip["unduh"]["pdf"]).status_code == 200
