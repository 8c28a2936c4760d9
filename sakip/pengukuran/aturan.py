"""The rules of data variables (`Variabel`), the names formulas read. An OPD's operator
defines the OPD's own; the Admin Pemda the Pemda-wide ones (opd empty), which every
formula of the Pemda may read unless its OPD has a variable of the same code.

What would silently change a figure is refused with the reason: a code the formula parser
would not read as a name, renaming or deleting a variable a formula reads, changing how
quarters add up once a year's Triwulan IV is locked, deleting values that belong to a
locked document. Who may do it is decided by the caller; `ubah` applies these rules inside
its transaction before it writes."""

from sakip.alur.kunci import alasan_terkunci
from sakip.alur.models import TAHAP_TERBUKA, Dokumen, StatusDokumen, dokumen_triwulan
from sakip.instansi.models import OPD
from sakip.kinerja.rumus import FormulaError, Variable, parse
from sakip.perencanaan.ubah import uraian_indikator

from .hitung import pemakai
from .models import Variabel


class VariabelDitolak(Exception):
    """The change is refused; `galat` maps a form field (or None) to the reason."""

    def __init__(self, galat):
        super().__init__(galat)
        self.galat = galat


def uraian_variabel(v):
    return f"Variabel {v.kode} “{v.nama}”"


def galat_kode(kode):
    """Why `kode` cannot name a variable in a formula (None when it can). The formula
    parser itself decides, so the rule cannot drift from what formulas accept."""
    try:
        ok = parse(kode).root == Variable(kode)
    except FormulaError:
        ok = False
    if ok:
        return None
    return (
        f"Kode '{kode}' tidak dapat dipakai dalam rumus: gunakan huruf tanpa spasi, angka dan "
        "garis bawah '_', diawali huruf atau garis bawah (mis. ditempatkan, pencari_kerja_2), "
        "dan bukan nama fungsi (abs, bagi, max, min)."
    )


def _sebut(v, indikator):
    """The indicators reading `v`, by name; for a Pemda variable, with their OPD."""
    if v.opd_id:
        return "; ".join(uraian_indikator(i) for i in indikator)
    return "; ".join(
        uraian_indikator(i) + f" ({i.periode.opd.nama if i.periode.opd_id else 'Pemda'})"
        for i in indikator
    )


def _alasan_dokumen(v, waktu):
    """Why values of `v` at `waktu` {(tahun, dokumen)} may not change: the first of those
    documents that is submitted or approved. An OPD variable's values belong to its OPD's
    documents; a Pemda variable feeds every OPD of the Pemda, so any of them counts."""
    if not waktu:
        return None
    opd = [v.opd] if v.opd_id else list(OPD.objects.filter(pemda=v.pemda_id))
    terkunci = (
        StatusDokumen.objects.filter(
            opd__in=opd,
            tahun__in={t for t, _ in waktu},
            dokumen__in={d for _, d in waktu},
        )
        .exclude(tahap__in=TAHAP_TERBUKA)
        .select_related("opd")
        .order_by("tahun", "dokumen", "opd__nama")
    )
    for s in terkunci:
        if (s.tahun, s.dokumen) in waktu:
            alasan = alasan_terkunci(s.opd, s.tahun, s.dokumen, tahap=s.tahap)
            return alasan if v.opd_id else f"{s.opd.nama}: {alasan}"
    return None


def _galat_kode_baru(v, kode):
    """Uniqueness and shadowing of a new or renamed code (see `penjelasan.variabel_opd`:
    an OPD variable hides a Pemda one of the same code)."""
    sama = Variabel.objects.filter(pemda=v.pemda_id, kode=kode).exclude(pk=v.pk)
    if v.opd_id:
        if sama.filter(opd=v.opd_id).exists():
            return f"Kode '{kode}' sudah dipakai variabel lain di OPD ini."
        pemda = sama.filter(opd__isnull=True).first()
        if pemda:
            return (
                f"Kode '{kode}' sudah dipakai variabel tingkat Pemda “{pemda.nama}”, yang dapat "
                "langsung dipakai dalam rumus OPD ini. Variabel OPD dengan kode yang sama akan "
                "menutupinya; pilih kode lain."
            )
        return None
    if sama.filter(opd__isnull=True).exists():
        return f"Kode '{kode}' sudah dipakai variabel lain di tingkat Pemda."
    opd = sorted({x.opd.nama for x in sama.select_related("opd")})
    if opd:
        return (
            f"Kode '{kode}' sudah dipakai variabel OPD ({', '.join(opd)}); rumus OPD tersebut "
            "tetap membaca variabelnya sendiri sehingga variabel Pemda ini akan tertutup. "
            "Pilih kode lain."
        )
    return None


def periksa(v, nilai):
    """{field: reason} for what may not be saved when `v` (as stored) takes `nilai`."""
    galat = {}
    kode = nilai["kode"]
    if pesan := galat_kode(kode):
        return {"kode": pesan}
    if not v.pk or kode != v.kode:
        if pesan := _galat_kode_baru(v, kode):
            galat["kode"] = pesan
        elif v.pk and (dipakai := pemakai(v)):
            galat["kode"] = (
                f"Kode '{v.kode}' tidak dapat diubah karena dipakai dalam rumus: "
                f"{_sebut(v, dipakai)}. Ubah rumus tersebut terlebih dahulu."
            )
    if v.pk and nilai["agregasi"] != v.agregasi:
        tahun = set(v.nilai_set.values_list("tahun", flat=True))
        if alasan := _alasan_dokumen(v, {(t, Dokumen.TW4) for t in tahun}):
            galat["agregasi"] = (
                "Agregasi tidak dapat diubah karena nilai tahunan yang sudah dikunci akan "
                f"berubah. {alasan}"
            )
    return galat


def alasan_tidak_dihapus(v):
    """Why `v` cannot be deleted (None when it can): a formula reads it, or some of its
    values belong to a submitted or approved document."""
    if dipakai := pemakai(v):
        return (
            f"{uraian_variabel(v)} tidak dapat dihapus karena dipakai dalam rumus: "
            f"{_sebut(v, dipakai)}. Ubah rumus tersebut terlebih dahulu."
        )
    waktu = {(t, dokumen_triwulan(q)) for t, q in v.nilai_set.values_list("tahun", "triwulan")}
    if alasan := _alasan_dokumen(v, waktu):
        return f"{uraian_variabel(v)} tidak dapat dihapus karena nilainya terkunci. {alasan}"
    return None
