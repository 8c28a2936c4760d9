"""Error pages in Indonesian for everyone (with DEBUG off, as in production): the 404 page
with the reason the product gave, and a page for the responses Django sends without one.
The templates are `404.html`, `403.html`, `403_csrf.html`, `400.html`, `405.html` and
`500.html`."""

from django.shortcuts import render
from django.views.decorators.csrf import requires_csrf_token

from sakip.dasar.teks import alasan_404


@requires_csrf_token  # the header's logout form needs the token on this page too
def tidak_ditemukan(request, exception):
    """The 404 page (`handler404`): the reason a view gave ("Dokumen belum diterbitkan"),
    if it gave one."""
    return render(request, "404.html", {"alasan": alasan_404(exception)}, status=404)


class HalamanGalat:
    """A request with a method the address does not take (a GET to where a form posts, the
    logout address typed in) gets a page saying so instead of Django's empty 405."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 405 and not response.content:
            halaman = render(request, "405.html", status=405)
            halaman["Allow"] = response["Allow"]
            return halaman
        return response
