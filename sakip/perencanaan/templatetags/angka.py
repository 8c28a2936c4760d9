from django import template

from sakip.kinerja.angka import format_angka
from sakip.kinerja.reviu import tampilkan

register = template.Library()


@register.filter
def angka(nilai, desimal=2):
    """Indonesian number format for display: 1.234.567,89 (rounded half-up)."""
    return format_angka(nilai, int(desimal))


@register.filter
def nilai_temuan(nilai):
    return tampilkan(nilai)
