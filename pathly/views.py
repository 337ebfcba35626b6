from __future__ import annotations

import logging

from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect, render
from django.utils.http import urlsafe_base64_decode
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from assessments import reports
from pathly import account_mail, accounts, health
from pathly.account_mail import confirmation_token
from pathly.forms import DeleteAccountForm, ProfileForm, SignupForm
from pathly.models import User

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
        # The same answer whether or not the address is known (account_mail).
        account_mail.send_confirmation(request, user)
        messages.success(
            request,
            f"Welcome to Pathly. We mailed a link to {user.pending_email}: follow it to "
            "confirm the address for password resets. Now pick a role you are aiming for.",
        )
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


class PasswordResetView(auth_views.PasswordResetView):
    """Django's password reset, throttled against mail bombing like every account
    mail (`account_mail.may_mail`). Over the limit the page answers exactly as
    always (it never says whether an address is known); only no mail is sent."""

    def form_valid(self, form):
        if account_mail.may_mail(self.request, form.cleaned_data["email"]):
            return super().form_valid(form)
        return HttpResponseRedirect(self.get_success_url())


def email_confirm(request: HttpRequest, uidb64: str, token: str) -> HttpResponse:
    """The link mailed at sign-up. GET asks (mail scanners follow links); POST makes
    the pending address the account's own."""
    user = _user_from_uid(uidb64)
    valid = user is not None and confirmation_token.check_token(user, token)
    if request.method == "POST" and valid:
        if account_mail.confirm(user):
            messages.success(request, f"{user.email} is confirmed: password resets reach it.")
        else:
            messages.error(
                request,
                "Another account confirmed this address first, so this one keeps none. "
                "Log in to that account, or reset its password.",
            )
        return redirect("profile" if request.user == user else "login")
    return render(
        request,
        "registration/email_confirm.html",
        {"valid": valid, "address": user.pending_email if valid else ""},
        status=200 if valid or request.method == "GET" else 400,
    )


@login_required
@require_POST
def email_confirm_resend(request: HttpRequest) -> HttpResponse:
    """Mail the pending address a fresh link (throttled like every account mail)."""
    if request.user.pending_email:
        account_mail.send_confirmation(request, request.user)
        messages.success(
            request,
            f"We sent a new link to {request.user.pending_email}. "
            "At most three mails an hour go to one address.",
        )
    return redirect("profile")


def _user_from_uid(uidb64: str):
    try:
        return User.objects.get(pk=urlsafe_base64_decode(uidb64).decode())
    except (ValueError, TypeError, OverflowError, User.DoesNotExist):
        return None
