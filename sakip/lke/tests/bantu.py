"""Shared steps of the LKE tests: the demo's Tebing Tinggi 2022 worksheet page and a save
through its form (with the `asal` the page showed)."""

import html
import json
import re

OPD = "disnakerind-tebing-tinggi"
URL = f"/opd/{OPD}/lke/2022/"


def asal_halaman(klien, pihak):
    r = klien.get(URL)
    m = re.search(rf'id="form-{pihak}".*?name="asal" value="([^"]*)"', r.text, re.S)
    assert m, f"form {pihak} not on the page"
    return html.unescape(m[1])


def kirim(klien, pihak, isian, asal=None):
    """POST the answers {kode: (jawaban, teks)} of `pihak` ("opd" or "evaluator")."""
    bidang = (
        ("jawaban_opd", "keterangan_opd")
        if pihak == "opd"
        else (
            "jawaban_evaluator",
            "catatan_evaluator",
        )
    )
    data = {"pihak": pihak, "asal": asal if asal is not None else asal_halaman(klien, pihak)}
    for kode, (jawaban, teks) in isian.items():
        data[f"{bidang[0]}-{kode}"] = jawaban
        data[f"{bidang[1]}-{kode}"] = teks
    return klien.post(f"{URL}simpan/", data)


def asal_kosong(isian, pihak):
    bidang = (
        ("jawaban_opd", "keterangan_opd")
        if pihak == "opd"
        else (
            "jawaban_evaluator",
            "catatan_evaluator",
        )
    )
    return json.dumps({kode: dict.fromkeys(bidang) for kode in isian})


def kirim_buta(klien, pihak, isian):
    """POST as a page that showed the criteria unanswered, without opening it (for users
    who get no form)."""
    return kirim(klien, pihak, isian, asal_kosong(isian, pihak))
