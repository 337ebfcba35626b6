from django.contrib import admin
from django.urls import include, path

from assessments.views import shared_report
from pathly import views

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("accounts/signup/", views.signup, name="signup"),
    path("accounts/profile/", views.profile, name="profile"),
    path("accounts/export/", views.account_export, name="account_export"),
    path("accounts/delete/", views.account_delete, name="account_delete"),
    # login, logout (POST), password change and reset
    path("accounts/", include("django.contrib.auth.urls")),
    path("roles/", include("roles.urls")),
    path("assessments/", include("assessments.urls")),
    # Tokens are secrets.token_urlsafe(): exactly the slug alphabet.
    path("shared/<slug:token>/", shared_report, name="shared_report"),
    path("admin/", admin.site.urls),
]
