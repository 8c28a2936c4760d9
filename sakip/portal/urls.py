from django.urls import path

from . import views

urlpatterns = [
    path("portal/", views.beranda, name="portal"),
    path("portal/cari/", views.cari, name="portal-cari"),
    path("portal/pemda/<slug:slug>/", views.pemda_terbaru, name="portal-pemda-terbaru"),
    path("portal/pemda/<slug:slug>/<int:tahun>/", views.pemda, name="portal-pemda"),
    path("portal/opd/<slug:slug>/", views.opd_terbaru, name="portal-opd-terbaru"),
    path("portal/opd/<slug:slug>/<int:tahun>/", views.opd, name="portal-opd"),
    path("portal/indikator/<int:pk>/", views.indikator, name="portal-indikator"),
    path("portal/indikator/<int:pk>/csv/", views.indikator_csv, name="portal-indikator-csv"),
]
