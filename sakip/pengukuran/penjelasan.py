"""The formula editor's check: does the text parse, where not, and what it means in plain
Indonesian, with each data variable named (from the OPD's and the Pemda's `Variabel`).

The same check runs live as the user types (a JSON endpoint) and on save (the form)."""

from types import SimpleNamespace

from django.db.models import Q

from sakip.instansi.models import OPD
from sakip.kinerja.angka import format_tepat
from sakip.kinerja.rumus import Binary, Call, FormulaError, Number, Unary, Variable, parse

from .hitung import nama_variabel
from .models import Variabel

_KATA = {"+": "ditambah", "-": "dikurangi", "*": "dikali", "/": "dibagi"}
_TINGKAT = {"+": 1, "-": 1, "*": 2, "/": 2}


def variabel_opd(pemilik):
    """Variables a formula of an OPD may use, by code: the OPD's own first, then the
    Pemda's (an OPD variable hides a Pemda one of the same code). Given a Pemda (for its
    RPJMD/RPD), only the Pemda's."""
    hasil = {}
    opd = pemilik if isinstance(pemilik, OPD) else None
    pemda = opd.pemda_id if opd else pemilik.pk
    daftar = Variabel.objects.filter(Q(opd=opd) | Q(opd__isnull=True), pemda=pemda)
    for v in sorted(daftar, key=lambda v: v.opd_id is None):
        hasil.setdefault(v.kode, v)
    return hasil


def _periode_kata(lag):
    return "" if not lag else " tahun sebelumnya" if lag == 1 else f" {lag} tahun sebelumnya"


def _kalimat(node, nama):
    """The tree read aloud: 'A dibagi B, dikali 100'. Grouping is shown with brackets."""
    match node:
        case Number(value):
            return format_tepat(value)
        case Variable(kode, lag):
            v = nama.get(kode)
            return f"«{v.nama if v else kode}»{_periode_kata(lag)}"
        case Unary(op, operand):
            isi = _kalimat(operand, nama)
            return isi if op == "+" else f"minus ({isi})"
        case Binary(op, left, right):
            kiri, kanan = _kalimat(left, nama), _kalimat(right, nama)
            if isinstance(left, Binary) and _TINGKAT[left.op] < _TINGKAT[op]:
                kiri = f"({kiri})"
            if isinstance(right, Binary) and _TINGKAT[right.op] <= _TINGKAT[op]:
                kanan = f"({kanan})"
            return f"{kiri} {_KATA[op]} {kanan}"
        case Call(fungsi, args):
            isi = [_kalimat(a, nama) for a in args]
            if fungsi == "abs":
                return f"nilai mutlak dari ({isi[0]})"
            if fungsi == "bagi":
                return f"({isi[0]}) dibagi ({isi[1]}), atau {isi[2]} bila pembaginya nol"
            daftar = isi[0] if len(isi) == 1 else ", ".join(isi[:-1]) + " dan " + isi[-1]
            return f"nilai {'terbesar' if fungsi == 'max' else 'terkecil'} dari {daftar}"
    raise TypeError(f"not a formula node: {node!r}")


def rumus_dalam_kata(teks, dikenal):
    """A stored formula read aloud for a document, each variable by its name (`dikenal`:
    {code: Variabel}, from `variabel_opd`); a code no variable has is written in words.
    A formula that does not parse is given as typed."""
    try:
        rumus = parse(teks)
    except FormulaError:
        return teks
    nama = {kode: SimpleNamespace(nama=nama_variabel(None, kode)) for kode in rumus.names}
    return "Realisasi = " + _kalimat(rumus.root, nama | dikenal)


def periksa_rumus(teks, pemilik, komposit=False):
    """The check of a formula of an OPD's indicator (`pemilik` the OPD) or of the Pemda's
    own plan (`pemilik` the Pemda), as plain data (the JSON the editor shows):

    - ``sah``: the formula parses and every variable is known (an empty text is valid: the
      realisation is then entered directly);
    - ``galat`` and ``kolom`` (1-based) when it does not parse; ``tidak_dikenal``: unknown
      variable codes;
    - ``bentuk`` (canonical form), ``penjelasan`` (in words) and ``variabel`` (code, name,
      unit, period, known or not) when it parses."""
    teks = teks or ""
    if not teks.strip():
        return {
            "sah": True,
            "kosong": True,
            "penjelasan": "Tanpa rumus: realisasi indikator ini diisi langsung.",
        }
    try:
        rumus = parse(teks)
    except FormulaError as e:
        return {
            "sah": False,
            "galat": str(e),
            "pesan": e.message,
            "kolom": None if e.position is None else e.position + 1,
        }
    dikenal = variabel_opd(pemilik)
    variabel = []
    for kode, lag in sorted(rumus.variables):
        v = dikenal.get(kode)
        variabel.append(
            {
                "kode": kode,
                "periode": "n" if not lag else f"n−{lag}",
                "nama": v.nama if v else "",
                "satuan": v.satuan if v else "",
                "dikenal": v is not None,
            }
        )
    tidak_dikenal = sorted({x["kode"] for x in variabel if not x["dikenal"]})
    tempat = "OPD ini maupun Pemda" if isinstance(pemilik, OPD) else "Pemda ini"
    galat = [
        f"Variabel '{kode}' belum terdaftar pada {tempat}; "
        "daftarkan variabelnya terlebih dahulu atau periksa ejaannya."
        for kode in tidak_dikenal
    ]
    if komposit:
        galat.append("Indikator komposit dihitung dari komponennya dan tidak boleh memiliki rumus.")
    return {
        "sah": not galat,
        "galat": " ".join(galat),
        "kolom": None,
        "tidak_dikenal": tidak_dikenal,
        "bentuk": rumus.describe(),
        "penjelasan": "Realisasi = " + _kalimat(rumus.root, dikenal) + ".",
        "variabel": variabel,
    }
