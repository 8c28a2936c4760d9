from django.urls import path

from . import views

urlpatterns = [
    path("opd/<slug:slug>/alur/<int:tahun>/", views.halaman, name="alur"),
    path("opd/<slug:slug>/alur/<int:tahun>/<slug:dokumen>/", views.dokumen, name="dokumen-alur"),
    path("pemda/<slug:slug>/jendela/<int:tahun>/", views.jendela, name="jendela"),
]
