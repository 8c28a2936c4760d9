from functools import partial, wraps

from django.http import JsonResponse
from django.urls import path, register_converter
from ninja.openapi.views import openapi_json

from . import views


def _terbuka(view):
    """An API address: open without login (the API decides by token), and a method other
    than GET answered in Indonesian JSON."""

    @wraps(view)
    def jawab(request, *args, **kwargs):
        respons = view(request, *args, **kwargs)
        if respons.status_code == 405:
            izin = respons["Allow"]
            respons = JsonResponse(
                {
                    "detail": f"Metode {request.method} tidak diterima di sini; API ini hanya "
                    f"untuk membaca ({izin})."
                },
                status=405,
            )
            respons["Allow"] = izin
        return respons

    jawab.login_required = False
    return jawab


class Semua:
    """Any rest of an address, a newline too (Django's `path` converter stops at one): an
    address under /api/ never falls through to the HTML 404."""

    regex = r"[\s\S]+"

    def to_python(self, nilai):
        return nilai

    def to_url(self, nilai):
        return nilai


register_converter(Semua, "semua")

pola, _, _ = views.api.urls
for p in pola:
    p.callback = _terbuka(p.callback)

urlpatterns = [
    # /api/ itself gives the OpenAPI schema, as /api/openapi.json does.
    path("api/", _terbuka(partial(openapi_json, api=views.api)), name="api"),
    path("api/docs/berkas/<str:nama>", views.berkas, name="api-berkas"),
    path("api/", (pola, "api", "api")),
    path("api/<semua:sisa>", views.tidak_ada, name="api-tidak-ada"),
]
