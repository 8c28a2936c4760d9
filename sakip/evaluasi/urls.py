from django.urls import path

from . import views

urlpatterns = [
    path("opd/<slug:slug>/reviu/<int:tahun>/", views.reviu, name="reviu"),
    path(
        "opd/<slug:slug>/reviu/<int:tahun>/laporan.<slug:format>",
        views.unduh_laporan,
        name="laporan-reviu",
    ),
]
