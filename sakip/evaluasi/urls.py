from django.urls import path

from . import views

urlpatterns = [
    path("opd/<slug:slug>/reviu/<int:tahun>/", views.reviu, name="reviu"),
]
