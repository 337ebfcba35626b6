from __future__ import annotations

import logging
from datetime import timedelta

from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from assessments import reports
from pathly import accounts, health, throttle
from pathly.forms import DeleteAccountForm, ProfileForm, SignupForm

logger = logging.getLogger(__name__)


def home(request: HttpRequest) -> HttpResponse:
    # A worked example, computed by the same scoring as every report.
    sample = reports.sample_report()
    return render(
        request,
        "pathly/home.html",
        {
            "sample": sample,
            # Its gaps first, then its strongest skill.
            "sample_rows": [*sample.gaps, *sample.strengths[:1]],
            "sample_role": reports.SAMPLE_ROLE,
            "sample_verdict": reports.VERDICT_TEXT[sample.verdict][0],
        },
    )


@never_cache
@require_GET
def healthz(request: HttpRequest) -> HttpResponse:
    """200 "ok" when the database answers, is migrated and takes writes; 503 with the
    reason otherwise (`pathly.health`)."""
    problem = health.database_problem()
    if problem:
        logger.error("Health check: %s", problem)
        return HttpResponse(problem, status=503, content_type="text/plain")
    return HttpResponse("ok", content_type="text/plain")


def signup(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("roles:catalog")
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, "Welcome to Pathly. Pick a role you are aiming for.")
        return redirect("roles:catalog")
    return render(request, "registration/signup.html", {"form": form})


@login_required
def profile(request: HttpRequest) -> HttpResponse:
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Profile saved.")
        return redirect("profile")
    return render(request, "registration/profile.html", {"form": form})


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A friendly 403 in the site's layout when a form's CSRF check fails."""
    return render(request, "403_csrf.html", {"reason": reason}, status=403)


# --- Account data -----------------------------------------------------------------


@login_required
@require_GET
def account_export(request: HttpRequest) -> JsonResponse:
    """Everything Pathly holds about the user, as one JSON document."""
    response = JsonResponse(accounts.account_export(request.user), json_dumps_params={"indent": 2})
    response["Content-Disposition"] = (
        f'attachment; filename="pathly-account-{request.user.username}.json"'
    )
    return response


@login_required
def account_delete(request: HttpRequest) -> HttpResponse:
    """GET: confirmation page. POST with the current password: delete everything."""
    form = DeleteAccountForm(request.user, request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            accounts.account_delete(user=request.user)
            logout(request)
            messages.success(request, "Your account and all its data were deleted.")
            return redirect("home")
        if "password" in form.errors and (locked := accounts.password_reentry_failed(request)):
            return locked
        return render(request, "registration/account_delete.html", {"form": form}, status=400)
    return render(request, "registration/account_delete.html", {"form": form})


class PasswordChangeView(auth_views.PasswordChangeView):
    """Django's password change, with wrong current passwords counted like failed
    log-ins: after five, the session ends and the lockout page answers."""

    def form_invalid(self, form):
        if "old_password" in form.errors and (
            locked := accounts.password_reentry_failed(self.request)
        ):
            return locked
        return super().form_invalid(form)


RESETS_PER_ADDRESS = 3  # an hour
RESETS_PER_IP = 10  # an hour


class PasswordResetView(auth_views.PasswordResetView):
    """Django's password reset, throttled against mail bombing: at most 3 mails an
    hour to one address and 10 requests an hour from one IP address. Over the limit
    the page answers exactly as always (it never says whether an address is known);
    only no mail is sent."""

    def form_valid(self, form):
        email = form.cleaned_data["email"].strip().lower()
        ip = throttle.client_ip(self.request)
        hour = timedelta(hours=1)
        if throttle.allow(f"reset-ip:{ip}", limit=RESETS_PER_IP, per=hour) and throttle.allow(
            f"reset-email:{email}", limit=RESETS_PER_ADDRESS, per=hour
        ):
            return super().form_valid(form)
        logger.warning("Password reset throttled for an address or IP")
        return HttpResponseRedirect(self.get_success_url())
