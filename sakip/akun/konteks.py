from .akses import daftar_peran


def peran(request):
    """The user's roles for the page header, with their OPD and Pemda: read once per
    request, shared with the access checks (no query per role). A request refused before
    it was authenticated (a bad Host header: the 400 page) has no user and no roles."""
    user = getattr(request, "user", None)
    return {"peran_saya": daftar_peran(user) if user else []}
