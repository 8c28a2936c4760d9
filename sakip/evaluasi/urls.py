from django.urls import path

from . import views

urlpatterns = [
    path("opd/<slug:slug>/reviu/<int:tahun>/", views.reviu, name="reviu"),
    path(
        "opd/<slug:slug>/reviu/<int:tahun>/laporan.<slug:format>",
        views.unduh_laporan,
        name="laporan-reviu",
    ),
    path("opd/<slug:slug>/reviu/<int:tahun>/unggah/", views.unggah, name="unggah-reviu"),
    path(
        "opd/<slug:slug>/reviu/<int:tahun>/dokumen/<int:pk>/",
        views.dokumen,
        name="dokumen-reviu",
    ),
    path("opd/<slug:slug>/reviu/<int:tahun>/tanggapi/", views.tanggapi, name="tanggapi-reviu"),
    path("opd/<slug:slug>/reviu/<int:tahun>/simpulan/", views.simpulan, name="simpulan-reviu"),
]
