from django.urls import path

from . import views

urlpatterns = [
    path("opd/<slug:slug>/jejak/", views.jejak, name="jejak"),
    path("pemda/<slug:slug>/jejak/", views.jejak_pemda, name="jejak-pemda"),
]
