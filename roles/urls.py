from django.urls import path

from assessments.views import assessment_start, best_fit
from roles import views

app_name = "roles"

urlpatterns = [
    path("", views.catalog, name="catalog"),
    path("fit/", best_fit, name="fit"),
    path("<slug:slug>/", views.role_detail, name="detail"),
    path("<slug:slug>/assess/", assessment_start, name="assess"),
]
