from django.urls import path

from . import views

urlpatterns = [
    path("opd/<slug:slug>/jejak/", views.jejak, name="jejak"),
]
