from decimal import Decimal

from django import template

from sakip.kinerja.angka import format_angka, format_nilai, format_tepat

register = template.Library()


@register.filter
def angka(nilai, desimal=2):
    """Indonesian number format for display: 1.234.567,89 (rounded half-up); a count
    (int) too: 1.234."""
    if isinstance(nilai, int):
        nilai = Decimal(nilai)
    return format_angka(nilai, int(desimal))


@register.filter
def angka_tepat(nilai):
    """Every digit the value has, Indonesian format: 1.257; 70,21; "–" when empty."""
    return format_angka(None) if nilai is None else format_tepat(nilai)


@register.filter
def menurut_satuan(nilai, indikator):
    """A value of `indikator` in its unit: "12 unit", "80,00%", "83,47" (`format_nilai`)."""
    return format_nilai(nilai, indikator.satuan, indikator.jenis)


@register.filter
def tanpa_satuan(nilai, indikator):
    """The same number without its unit, where a Satuan column stands next to it."""
    return format_nilai(nilai, indikator.satuan, indikator.jenis, dengan_satuan=False)
