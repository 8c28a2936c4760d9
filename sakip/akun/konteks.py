from .akses import daftar_peran


def peran(request):
    """The user's roles for the page header, with their OPD and Pemda: read once per
    request, shared with the access checks (no query per role)."""
    return {"peran_saya": daftar_peran(request.user)}
