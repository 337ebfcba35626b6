"""The root URLconf: where the apps meet.

`roles` (the catalog) knows nothing of assessments, so the `roles` namespace is
wired here: the catalog's own pages, the role page with the visitor's fit
(from `assessments`), best fit and starting an assessment.
"""

from django.contrib import admin
from django.urls import include, path

from assessments import views as assessment_views
from pathly import views
from roles import views as role_views

role_patterns = [
    path("", role_views.catalog, name="catalog"),
    path("fit/", assessment_views.best_fit, name="fit"),
    path("fit.json", assessment_views.best_fit_json, name="fit_json"),
    # Before <slug>/: "from-text" is a valid slug.
    path("from-text/", role_views.role_from_text, name="from_text"),
    path(
        "<slug:slug>/",
        role_views.role_detail,
        {"preview": assessment_views.role_preview},
        name="detail",
    ),
    path("<slug:slug>/assess/", assessment_views.assessment_start, name="assess"),
    path("<slug:slug>/delete/", role_views.personal_role_delete, name="delete"),
]

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("accounts/signup/", views.signup, name="signup"),
    path("accounts/confirm-email/<uidb64>/<token>/", views.email_confirm, name="email_confirm"),
    path("accounts/confirm-email/", views.email_confirm_resend, name="email_confirm_resend"),
    path("accounts/profile/", views.profile, name="profile"),
    path("accounts/export/", views.account_export, name="account_export"),
    path("accounts/delete/", views.account_delete, name="account_delete"),
    # Before Django's own: wrong current passwords count like failed log-ins.
    path("accounts/password_change/", views.PasswordChangeView.as_view(), name="password_change"),
    path("accounts/password_reset/", views.PasswordResetView.as_view(), name="password_reset"),
    # login, logout (POST), password change and reset
    path("accounts/", include("django.contrib.auth.urls")),
    path("roles/", include((role_patterns, "roles"))),
    path("assessments/", include("assessments.urls")),
    # Tokens are secrets.token_urlsafe(): exactly the slug alphabet.
    path("shared/<slug:token>/", assessment_views.shared_report, name="shared_report"),
    path("review/<slug:token>/", assessment_views.review, name="review"),
    path("admin/", admin.site.urls),
]
