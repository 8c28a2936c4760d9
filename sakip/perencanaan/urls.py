from django.urls import path

from . import views

urlpatterns = [
    path("", views.beranda, name="beranda"),
    path("pemda/<slug:slug>/", views.rencana_pemda, name="rencana-pemda"),
    path("opd/<slug:slug>/", views.rencana_opd, name="rencana-opd"),
    path("opd/<slug:slug>/iku/<int:tahun>/", views.tabel_iku, name="tabel-iku"),
    path("indikator/<int:pk>/", views.indikator, name="indikator"),
]
