"""The pohon kinerja downloads (Tebing Tinggi 2022, seed 004): the XLSX and the PDF,
opened back, hold every node of `sakip pohon --format json` with the same figures; they
are refused to another OPD's user and to anonymous users as the page is."""

import json
from decimal import Decimal
from io import BytesIO, StringIO

from django.core.management import call_command
from openpyxl import load_workbook

from sakip.kinerja.angka import format_angka, format_rupiah
from sakip.kinerja.pohon import SEBUTAN
from sakip.pelaporan.pohon import JOROK
from sakip.pelaporan.tests.baca_pdf import halaman

URL = "/opd/disnakerind-tebing-tinggi/pohon/2022/pohon-kinerja."


def _simpul():
    """(depth, node) of the CLI's JSON tree, depth first."""
    out = StringIO()
    call_command("pohon", opd="disnakerind-tebing-tinggi", tahun=2022, format="json", stdout=out)

    def datar(daftar, kedalaman=0):
        for s in daftar:
            yield kedalaman, s
            yield from datar(s["anak"], kedalaman + 1)

    return list(datar(json.loads(out.getvalue(), parse_float=Decimal, parse_int=Decimal)))


def _angka(nilai):
    # Excel keeps doubles, and XlsxWriter writes them to 16 significant digits.
    return None if nilai is None else float(f"{float(nilai):.16g}")


def test_the_workbook_holds_the_cli_figures(masuk):
    r = masuk("operator-tebing").get(URL + "xlsx")
    assert r.status_code == 200
    assert r["Content-Disposition"].endswith('pohon-kinerja-disnakerind-tebing-tinggi-2022.xlsx"')
    lembar = load_workbook(BytesIO(r.content)).active
    # An empty cell is written as "" (text), a merged one reads None: both mean no value.
    baris = [
        [None if v == "" else v for v in b] for b in lembar.iter_rows(min_row=5, values_only=True)
    ]
    harap = []
    for kedalaman, s in _simpul():
        pj = s["penanggung_jawab"] or {"nama": None, "nip": None}
        uang = s["anggaran"] or {"pagu": None, "realisasi": None}
        simpul = [SEBUTAN[s["tingkat"]], s["nomor"] or None, JOROK * kedalaman + s["nama"]]
        simpul += [pj["nama"], pj["nip"] or None]
        akhir = [_angka(s["capaian"]), _angka(uang["pagu"]), _angka(uang["realisasi"])]
        for i, n in enumerate(s["indikator"] or [None]):
            isi = (
                [n["nama"], n["satuan"] or None]
                + [_angka(n[k]) for k in ("target", "realisasi", "capaian")]
                if n
                else [None] * 5
            )
            # A node's cells are merged over its second and later indicators' rows.
            harap.append(
                (simpul if i == 0 else [None] * 5) + isi + (akhir if i == 0 else [None] * 3)
            )
    assert baris == harap
    # Seed 004: sasaran 1 has pagu Rp 207.673.476 under it (Tabel 13 row 1); sasaran 2's
    # capaian is 97,51 % (Tabel 5).
    sasaran = {b[1]: b for b in baris if b[0] == "Sasaran"}
    assert sasaran["1"][11] == 207673476
    assert round(sasaran["2"][10], 2) == 97.51
    assert sum(b[0] == "Sub kegiatan" for b in baris) == 18


def test_the_pdf_shows_every_node_with_its_figures(masuk):
    r = masuk("operator-tebing").get(URL + "pdf")
    assert r.status_code == 200 and r.content.startswith(b"%PDF")
    teks = " ".join(halaman(r.content))
    assert "Pohon Kinerja" in teks
    for _, s in _simpul():
        if s["nomor"]:
            assert f"{s['nomor']} " in teks
        if s["capaian"] is not None:
            assert f"{format_angka(s['capaian'])}%" in teks
        if s["anggaran"]:
            assert format_rupiah(s["anggaran"]["pagu"]) in teks
    assert "Rp 207.673.476" in teks and "97,51%" in teks


def test_it_refuses_another_opd_anonymous_and_unknown_formats(masuk, client, demo):
    assert masuk("operator-ppu").get(URL + "xlsx").status_code == 404
    assert masuk("publik-tebing").get(URL + "pdf").status_code == 404
    r = client.get(URL + "xlsx")
    assert r.status_code == 302 and "/masuk/" in r["Location"]
    assert masuk("operator-tebing").get(URL + "docx").status_code == 404
