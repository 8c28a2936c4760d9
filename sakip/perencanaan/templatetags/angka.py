from decimal import Decimal

from django import template

from sakip.kinerja.angka import format_angka, format_nilai, format_tepat
from sakip.kinerja.triwulan import nama_triwulan

register = template.Library()


@register.filter
def angka(nilai, desimal=None):
    """Indonesian number format for display: 1.234.567,89 (rounded half-up, 2 decimals
    unless told); a count (int) without decimals: 1.234, never "1,00"."""
    if isinstance(nilai, int):
        nilai, desimal = Decimal(nilai), 0 if desimal is None else desimal
    return format_angka(nilai, 2 if desimal is None else int(desimal))


@register.filter
def triwulan(nomor):
    """1 -> "Triwulan I" (0 -> "Tahunan"): quarters are named one way everywhere."""
    return nama_triwulan(int(nomor))


@register.filter
def angka_tepat(nilai):
    """Every digit the value has, Indonesian format: 1.257; 70,21; "–" when empty."""
    return format_angka(None) if nilai is None else format_tepat(nilai)


@register.filter
def menurut_satuan(nilai, indikator):
    """A value of `indikator` in its unit: "12 unit", "80,00%", "83,47" (`format_nilai`);
    `indikator` may be a unit itself ("bulan")."""
    if isinstance(indikator, str):
        return format_nilai(nilai, indikator)
    return format_nilai(nilai, indikator.satuan, indikator.jenis)


@register.filter
def tanpa_satuan(nilai, indikator):
    """The same number without its unit, where a Satuan column stands next to it."""
    return format_nilai(nilai, indikator.satuan, indikator.jenis, dengan_satuan=False)
