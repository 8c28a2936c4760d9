"""The one guard every uploaded or imported .docx/.xlsx passes before a library opens it.

Both formats are zip archives, and a few hundred kilobytes can unpack to gigabytes (a
"zip bomb"), which python-docx and openpyxl would then hold in memory. The guard refuses a
file over the upload size, one with too many members, and one whose members unpack beyond the
limits below: first by the sizes the archive declares, then by unpacking every member in
chunks and counting the bytes that really come out (a header may lie), stopping at the limit.

Limits: measured, the demo LKjIPs' word/document.xml is 15-57 KB and the sheets of the demo
OPDs' workbook exports 4-8 KB; estimated, a 100-page LKjIP written by Word has a few MB of
document.xml and a large OPD's workbook sheet under 1 MB; photos are stored compressed
already, so they unpack to about their size in the upload (at most `BATAS_UKURAN`). A bomb
is refused in milliseconds, before any library parses a byte of it; a crafted file just
within the limits costs one reading in proportion to its size (measured: a 10 MB
document.xml 1.5-8 s, a 10 MB sheet of text cells 17 s, mostly openpyxl's own parsing; under
200 MB of memory).

Pure Python, no Django: `sakip.evaluasi` (review of outside documents) and
`sakip.pertukaran` (workbook and nomenclature import) both import it.
"""

import zipfile
import zlib
from io import BytesIO

MB = 1024 * 1024
BATAS_UKURAN = 10 * MB  # the file as uploaded; an LKjIP with photos is a few MB
BATAS_BAGIAN = 1000  # members; a Word or Excel file has 10-100, plus one per picture
BATAS_DIREKTORI = BATAS_BAGIAN * 1024  # bytes of the list of members (about 80 each)
BATAS_ISI_BAGIAN = 10 * MB  # one member unpacked (document.xml, a sheet)
BATAS_ISI = 25 * MB  # all members unpacked together: the XML and the pictures
BATAS_SEL = 1_000_000  # cells of a workbook, empty ones padding a row included
_POTONGAN = 256 * 1024


class ArsipError(ValueError):
    """A file the guard refuses; the message says why, in Indonesian."""


def periksa_ukuran(ukuran):
    """Refuse a file over the upload size, before anything reads it."""
    if ukuran > BATAS_UKURAN:
        raise ArsipError(
            f"Berkas terlalu besar ({ukuran // MB} MB); batasnya {BATAS_UKURAN // MB} MB."
        )


def periksa_arsip(data, jenis, bagian_utama):
    """Refuse (ArsipError) unless `data` (bytes) is a zip archive within the limits that
    holds `bagian_utama` (e.g. "word/document.xml"); `jenis` (".docx") names it in the
    messages. Only then may a library open it."""
    periksa_ukuran(len(data))
    rusak = f"Berkas bukan dokumen {jenis} yang sah (isinya rusak)."
    banyak = (
        f"Berkas berisi terlalu banyak bagian; dokumen {jenis} yang wajar berisi paling "
        f"banyak {BATAS_BAGIAN}."
    )
    # zipfile reads the whole list of members when it opens the archive: 100 000 empty
    # members fit in an upload and take seconds, so the list's size is checked first.
    if _ukuran_direktori(data) > BATAS_DIREKTORI:
        raise ArsipError(banyak)
    try:
        arsip = zipfile.ZipFile(BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise ArsipError(rusak) from None
    with arsip:
        daftar = arsip.infolist()
        if len(daftar) > BATAS_BAGIAN:
            raise ArsipError(banyak)
        if bagian_utama not in {b.filename for b in daftar}:
            raise ArsipError(f"Berkas bukan dokumen {jenis} yang sah.")
        # The declared sizes first: an honest bomb is refused without unpacking anything.
        for b in daftar:
            _periksa_isi(b.filename, b.file_size)
        _periksa_isi(None, sum(b.file_size for b in daftar))
        # Then the real sizes, in chunks with a running count: a header may understate its
        # member (zipfile stops at the declared size, and the checksum then tells the lie).
        jumlah = 0
        for b in daftar:
            isi = 0
            try:
                with arsip.open(b) as f:
                    while potongan := f.read(_POTONGAN):
                        isi += len(potongan)
                        jumlah += len(potongan)
                        _periksa_isi(b.filename, isi)
                        _periksa_isi(None, jumlah)
            except ArsipError:
                raise
            except (
                zipfile.BadZipFile,  # also a member longer or shorter than declared (CRC)
                zlib.error,
                EOFError,
                OSError,
                ValueError,
                NotImplementedError,  # a compression method zipfile does not know
                RuntimeError,  # an encrypted member
            ):
                raise ArsipError(rusak) from None


def _ukuran_direktori(data):
    """The size of the central directory as the archive's end record declares it, found
    the way zipfile finds it (0 when there is none: zipfile then refuses the file)."""
    akhir = data.rfind(b"PK\x05\x06", max(0, len(data) - 22 - 0xFFFF))
    if akhir < 0:
        return 0
    ukuran = int.from_bytes(data[akhir + 12 : akhir + 16], "little")
    if akhir >= 20 and data[akhir - 20 : akhir - 16] == b"PK\x06\x07":  # zip64 locator
        letak = int.from_bytes(data[akhir - 12 : akhir - 4], "little")
        if data[letak : letak + 4] == b"PK\x06\x06":
            ukuran = max(ukuran, int.from_bytes(data[letak + 40 : letak + 48], "little"))
    return ukuran


def _periksa_isi(nama, ukuran):
    batas = BATAS_ISI if nama is None else BATAS_ISI_BAGIAN
    if ukuran > batas:
        bagian = "seluruh isinya" if nama is None else f"bagian {nama[:80]}"
        raise ArsipError(
            f"Isi berkas terlalu besar setelah dibuka: {bagian} melebihi {batas // MB} MB. "
            "Dokumen yang wajar jauh lebih kecil; berkas ini tidak dibaca."
        )


def periksa_sel(jumlah):
    """Refuse a workbook over `BATAS_SEL` cells: one cell far to the right makes openpyxl
    pad every row up to it, millions of cells out of a few bytes."""
    if jumlah > BATAS_SEL:
        raise ArsipError(
            f"Lembar kerja terlalu besar: lebih dari {BATAS_SEL:,} sel".replace(",", ".")
            + " (termasuk sel kosong sampai kolom terisi paling kanan); berkas ini tidak dibaca."
        )


def batasi_sel(baris):
    """The rows of an openpyxl `iter_rows`, refused (ArsipError) past `BATAS_SEL` cells."""
    jumlah = 0
    for isi in baris:
        jumlah += len(isi)
        periksa_sel(jumlah)
        yield isi
