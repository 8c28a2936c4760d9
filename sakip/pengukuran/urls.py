from django.urls import path

from . import views

urlpatterns = [
    path(
        "opd/<slug:slug>/isian/<int:tahun>/<int:triwulan>/",
        views.isi_triwulan,
        name="isi-triwulan",
    ),
]
