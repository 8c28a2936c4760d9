"""A save whose optimistic-lock values (`asal`) are missing or malformed cannot be checked
against what is stored, so it is refused with the usual conflict message ("changed by
someone else, reload"), never saved unchecked and never answered with a server error."""

import html
import json
from decimal import Decimal

import pytest

from sakip.anggaran.models import ProgramKegiatan, RealisasiFisik
from sakip.jejak.models import Jejak
from sakip.perencanaan.models import Misi, Target

from .bantu import asal_halaman
from .test_edit_form_round_trip import (
    EDIT,
    TANPA_NILAI,
    _ind,
    isi_basis_data,
    isian_browser,
    terisi,  # noqa: F401 (fixture)
)

PESAN = "telah diubah oleh pengguna lain sejak halaman ini dibuka"
# None: the input left out.
RUSAK = [None, "", "x", "[]", "1", '"x"', "null", '{"a": 1']
# The quarterly entry locks each value in its own hidden input (asal_<key>), not in `asal`.
TANPA_ASAL = {"isi-triwulan"}


def teks(r):
    return html.unescape(r.content.decode())


@pytest.mark.usefixtures("terisi")
@pytest.mark.parametrize("nama", sorted(set(EDIT) - TANPA_NILAI - TANPA_ASAL))
def test_every_edit_form_refuses_a_missing_or_malformed_asal(nama, masuk):
    username, url, aksi = EDIT[nama]()
    klien = masuk(username)
    data = isian_browser(klien.get(url).content.decode(), aksi or "")
    assert "asal" in data
    sebelum, jejak = isi_basis_data(), Jejak.objects.count()
    for rusak in RUSAK:
        kirim = {k: v for k, v in data.items() if k != "asal"}
        if rusak is not None:
            kirim["asal"] = rusak
        r = klien.post(aksi or url, kirim)
        assert r.status_code in (200, 409), (rusak, r.status_code)
        assert PESAN in teks(r), rusak
    assert Jejak.objects.count() == jejak
    assert isi_basis_data() == sebelum


def test_the_quarterly_entry_has_no_shared_asal(demo, masuk):
    username, url, _ = EDIT["isi-triwulan"]()
    data = isian_browser(masuk(username).get(url).content.decode(), "")
    assert "asal" not in data and any(k.startswith("asal_") for k in data)


def test_a_changed_misi_without_asal_is_not_saved(masuk):
    misi = Misi.objects.filter(periode__pemda__slug="kota-tebing-tinggi").first()
    klien = masuk("admin-tebing")
    r = klien.post(f"/rencana/misi/{misi.pk}/", {"nomor": misi.nomor, "teks": "Ditimpa"})
    assert r.status_code == 200 and PESAN in teks(r)
    misi.refresh_from_db()
    assert misi.teks != "Ditimpa" and not Jejak.objects.exists()


@pytest.mark.parametrize("rusak", [None, "[]", "1", '"x"'])
def test_a_delete_without_a_valid_asal_is_refused(masuk, rusak):
    misi = Misi.objects.filter(periode__pemda__slug="kota-tebing-tinggi").first()
    r = masuk("admin-tebing").post(
        f"/rencana/misi/{misi.pk}/hapus/", {} if rusak is None else {"asal": rusak}
    )
    assert r.status_code == 200 and PESAN in teks(r)
    assert Misi.objects.filter(pk=misi.pk).exists() and not Jejak.objects.exists()


@pytest.mark.parametrize("bagian", [{}, {"4": 1}, {"4": []}, {"4": "x"}])
def test_a_realisation_with_a_malformed_quarter_is_refused(masuk, bagian):
    sub = ProgramKegiatan.objects.get(kode="2.07.03.2.01.01", tahun=2022)
    klien = masuk("operator-tebing")
    data = {"triwulan": "4", "keuangan": "10.100.000", "fisik": "97,5"}
    r = klien.post(f"/sub-kegiatan/{sub.pk}/realisasi/", {**data, "asal": json.dumps(bagian)})
    assert r.status_code == 200 and PESAN in teks(r)
    assert RealisasiFisik.objects.get(sub_kegiatan=sub, triwulan=4).persen == 100
    assert not Jejak.objects.exists()


@pytest.mark.parametrize("sel", [None, [], 1, "x"])
def test_a_target_grid_with_a_malformed_cell_is_refused(masuk, sel):
    ind = _ind()
    url = f"/rencana/indikator/{ind.pk}/target/"
    klien = masuk("operator-tebing")
    asal = json.loads(asal_halaman(klien, url))
    if sel is None:
        del asal["2021-0"]
    else:
        asal["2021-0"] = sel
    r = klien.post(url, {"n_2021_0": "99", "n_2022_0": "65", "asal": json.dumps(asal)})
    assert r.status_code == 200 and PESAN in teks(r)
    assert Target.objects.get(indikator=ind, tahun=2021, triwulan=0).nilai == Decimal(60)
    assert not Jejak.objects.exists()


def test_the_filling_windows_are_locked_too(masuk):
    """The filling-window page had no lock at all: a window set meanwhile was overwritten."""
    url = "/pemda/kab-penajam-paser-utara/jendela/2026/"
    klien = masuk("admin-ppu")
    asal = asal_halaman(klien, url)
    kosong = {f"tw{t}-{b}": "" for t in range(1, 5) for b in ("mulai", "selesai")}
    data = {**kosong, "tw4-mulai": "2026-11-29", "tw4-selesai": "2027-01-10", "asal": asal}
    assert masuk("admin-ppu").post(url, {**data, "asal": asal}).status_code == 302
    r = klien.post(url, {**data, "tw4-selesai": "2027-01-15"})
    assert r.status_code == 200 and PESAN in teks(r)
    assert Jejak.objects.count() == 1
