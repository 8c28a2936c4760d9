from django.urls import path

from . import views

urlpatterns = [
    path("opd/<slug:slug>/anggaran/<int:tahun>/", views.pohon, name="anggaran"),
    path("opd/<slug:slug>/rfk/<int:tahun>/", views.rfk, name="rfk"),
    path("opd/<slug:slug>/efisiensi/<int:tahun>/", views.efisiensi, name="efisiensi"),
    path("sub-kegiatan/<int:pk>/realisasi/", views.isi_realisasi, name="isi-realisasi"),
]
