from django import template

from sakip.akun.akses import boleh_ubah_data_opd

register = template.Library()


@register.filter
def boleh_isi(user, opd):
    """Whether the user enters the OPD's data (its operator): shows the entry links."""
    return boleh_ubah_data_opd(user, opd)
