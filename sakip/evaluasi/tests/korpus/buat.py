"""Writes each corpus document (.docx or .xlsx) from the `isi` of its .yaml file:
`python -m sakip.evaluasi.tests.korpus.buat`. The files are committed; the tests and
`sakip reviu-dokumen --evaluasi` read the files, not this script."""

from pathlib import Path

from sakip.evaluasi.korpus import baca_korpus

from ..dokumen_uji import docx, xlsx

FOLDER = Path(__file__).parent


def _teks(baris):
    return [[c if c is None else str(c) for c in b] for b in baris]


def berkas(agensi):
    bagian = agensi.spec["isi"]
    if agensi.berkas.suffix == ".xlsx":
        return xlsx(*((b["lembar"], b["baris"]) for b in bagian))
    return docx(
        *(b["paragraf"] if "paragraf" in b else (b["tabel"], _teks(b["baris"])) for b in bagian)
    )


def main():
    for agensi in baca_korpus(FOLDER):
        agensi.berkas.write_bytes(berkas(agensi))
        print(agensi.berkas.name)


if __name__ == "__main__":
    main()
