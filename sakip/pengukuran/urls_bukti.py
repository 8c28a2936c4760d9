from django.urls import path

from . import views_bukti

urlpatterns = [
    path("indikator/<int:pk>/bukti/", views_bukti.daftar, name="bukti-dukung"),
    path("bukti/<int:pk>/unduh/", views_bukti.unduh, name="unduh-bukti"),
    path("bukti/<int:pk>/hapus/", views_bukti.hapus, name="hapus-bukti"),
]
