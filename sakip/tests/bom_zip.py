"""Crafted archives for the zip guard's tests (`sakip.dasar.arsip`): small when compressed,
huge when unpacked, or lying about themselves. Built in memory with zipfile."""

import struct
import zipfile
from functools import cache
from io import BytesIO

MB = 1024 * 1024
_JENIS = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _arsip(bagian):
    """A zip of (name, chunks) members, written chunk by chunk."""
    keluaran = BytesIO()
    with zipfile.ZipFile(keluaran, "w", zipfile.ZIP_DEFLATED) as z:
        for nama, potongan in bagian:
            with z.open(nama, "w", force_zip64=True) as f:
                for p in potongan:
                    f.write(p)
    return keluaran.getvalue()


def _ulang(awal, isi, akhir, ukuran):
    """`isi` repeated to about `ukuran` bytes, in 1 MB chunks, between `awal` and `akhir`."""
    potongan = isi * (MB // len(isi))
    yield awal
    for _ in range(ukuran // len(potongan)):
        yield potongan
    yield akhir


@cache  # built once per test session
def docx_bom(ukuran=200 * MB):
    """A .docx whose document.xml is `ukuran` bytes of repeated paragraphs."""
    return _arsip(
        [
            ("[Content_Types].xml", [_JENIS.encode()]),
            (
                "word/document.xml",
                _ulang(
                    f'<w:document xmlns:w="{_W}"><w:body>'.encode(),
                    b"<w:p><w:r><w:t>Capaian 98,5%</w:t></w:r></w:p>",
                    b"</w:body></w:document>",
                    ukuran,
                ),
            ),
        ]
    )


@cache  # built once per test session
def xlsx_bom(ukuran=200 * MB):
    """An .xlsx whose first sheet is `ukuran` bytes of repeated rows of cells."""
    return _arsip(
        [
            ("[Content_Types].xml", [_JENIS.encode()]),
            ("xl/workbook.xml", [f'<workbook xmlns="{_S}"/>'.encode()]),
            (
                "xl/worksheets/sheet1.xml",
                _ulang(
                    f'<worksheet xmlns="{_S}"><sheetData>'.encode(),
                    b"<row>" + b'<c t="inlineStr"><is><t>98,5</t></is></c>' * 20 + b"</row>",
                    b"</sheetData></worksheet>",
                    ukuran,
                ),
            ),
        ]
    )


@cache  # built once per test session
def bom_banyak_bagian(bagian_utama, jumlah=100_000):
    """`jumlah` empty members besides the main part: each costs the reader an entry."""
    keluaran = BytesIO()
    with zipfile.ZipFile(keluaran, "w", zipfile.ZIP_STORED) as z:
        z.writestr("[Content_Types].xml", _JENIS)
        z.writestr(bagian_utama, "<x/>")
        for i in range(jumlah):
            z.writestr(f"{i:x}", b"")
    return keluaran.getvalue()


@cache  # built once per test session
def bom_ukuran_palsu(bagian_utama, ukuran=200 * MB, palsu=1024):
    """The main part unpacks to `ukuran` bytes but both its headers declare `palsu`."""
    data = bytearray(
        _arsip(
            [
                ("[Content_Types].xml", [_JENIS.encode()]),
                (bagian_utama, _ulang(b"<x>", b" " * 1024, b"</x>", ukuran)),
            ]
        )
    )
    nama = bagian_utama.encode()
    # Local header: size fields at 18 (compressed) and 22; central directory entry: 20, 24.
    # force_zip64 put the real sizes in the zip64 extra field: write plain 32-bit ones.
    for tanda, awal_nama, letak in ((b"PK\x03\x04", 30, 22), (b"PK\x01\x02", 46, 24)):
        i = data.find(tanda + b"", 0)
        while data[i + awal_nama : i + awal_nama + len(nama)] != nama:
            i = data.find(tanda, i + 1)
        struct.pack_into("<I", data, i + letak, palsu)
    return bytes(data)
