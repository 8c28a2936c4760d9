"""One page of a list that can grow: list pages show PER_HALAMAN rows and the shared pager
(templates/_halaman.html), whose links keep the page's other parameters (filters)."""

from django.core.paginator import Paginator

PER_HALAMAN = 50


def halaman(request, daftar, per_halaman=PER_HALAMAN):
    """The page of `daftar` (an ordered queryset or a list) named by `?page=`; the last
    page for a number past the end, the first for anything else."""
    return Paginator(daftar, per_halaman).get_page(request.GET.get("page"))
