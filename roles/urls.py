from django.urls import path

from assessments.views import assessment_start
from roles import views

app_name = "roles"

urlpatterns = [
    path("", views.catalog, name="catalog"),
    path("<slug:slug>/", views.role_detail, name="detail"),
    path("<slug:slug>/assess/", assessment_start, name="assess"),
]
