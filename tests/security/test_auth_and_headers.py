"""Brute-force lockout, CSP, sessions, friendly error pages, admin audit trail."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth import SESSION_KEY
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.factories import DEFAULT_PASSWORD, role_with_requirements, submitted_assessment

pytestmark = pytest.mark.django_db


def attempt(client: Client, password: str, username: str = "alice"):
    return client.post(reverse("login"), {"username": username, "password": password})


class TestBruteForce:
    def test_the_6th_attempt_after_5_failures_is_locked_out_with_429(self, client, alice):
        for _ in range(4):
            assert attempt(client, "wrong").status_code == 200
        fifth = attempt(client, "wrong")
        assert fifth.status_code in {200, 429}  # the 5th failure triggers the lock

        sixth = attempt(client, DEFAULT_PASSWORD)  # even the right password

        assert sixth.status_code == 429
        body = sixth.content.decode()
        assert "Too many failed log-ins" in body
        assert "15 minutes" in body
        assert "reset your password" in body
        assert SESSION_KEY not in client.session

    @pytest.mark.parametrize(("minutes", "status"), [(14, 429), (16, 302)])
    def test_lockout_lasts_15_minutes_after_the_last_attempt(self, client, alice, minutes, status):
        with time_machine.travel(timezone.now(), tick=False) as traveller:
            for _ in range(5):
                attempt(client, "wrong")
            traveller.shift(timedelta(minutes=minutes))

            response = attempt(client, DEFAULT_PASSWORD)

        assert response.status_code == status
        if status == 302:
            assert client.session[SESSION_KEY] == str(alice.pk)

    def test_a_successful_login_resets_the_count(self, client, alice):
        for _ in range(4):
            attempt(client, "wrong")
        assert attempt(client, DEFAULT_PASSWORD).status_code == 302
        client.post(reverse("logout"))
        for _ in range(4):
            assert attempt(client, "wrong").status_code == 200
        assert attempt(client, DEFAULT_PASSWORD).status_code == 302

    def test_lockout_is_per_username_and_ip(self, client, alice, bob):
        for _ in range(6):
            attempt(client, "wrong", username="alice")
        assert attempt(client, DEFAULT_PASSWORD, username="bob").status_code == 302
        other_ip = Client(REMOTE_ADDR="198.51.100.7")
        assert attempt(other_ip, DEFAULT_PASSWORD, username="alice").status_code == 302


class TestContentSecurityPolicy:
    @pytest.mark.parametrize(
        "path", ["/", "/roles/", "/accounts/login/", "/accounts/signup/", "/no-such-page/"]
    )
    def test_every_page_carries_a_strict_policy(self, client, path):
        policy = client.get(path)["Content-Security-Policy"]
        directives = dict(d.strip().split(" ", 1) for d in policy.split(";") if d.strip())
        assert directives["default-src"] == "'self'"
        assert directives["script-src"] == "'self'"
        assert directives["object-src"] == "'none'"
        assert directives["base-uri"] == "'none'"
        assert directives["frame-ancestors"] == "'none'"
        assert "unsafe-inline" not in policy
        assert "unsafe-eval" not in policy

    def test_logged_in_pages_and_reports_carry_it_too(self, alice_client, alice):
        assessment = submitted_assessment(alice, role_with_requirements(3))
        for url in (
            reverse("assessments:list"),
            reverse("assessments:report", args=[assessment.public_id]),
            reverse("roles:fit"),
        ):
            assert "default-src 'self'" in alice_client.get(url)["Content-Security-Policy"]

    def test_pages_have_no_inline_script_or_style(self, alice_client, alice):
        assessment = submitted_assessment(alice, role_with_requirements(3))
        for url in ("/", reverse("assessments:report", args=[assessment.public_id])):
            body = alice_client.get(url).content.decode()
            assert "<script>" not in body
            assert " style=" not in body
            assert "<style" not in body
            assert '"includeIndicatorStyles": false' in body

    def test_clickjacking_and_sniffing_headers(self, client):
        response = client.get("/")
        assert response["X-Frame-Options"] == "DENY"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Referrer-Policy"] == "same-origin"


class TestSessions:
    def test_login_rotates_the_session_key(self, client, alice):
        client.get(reverse("login"))
        client.session.save()
        before = client.session.session_key

        attempt(client, DEFAULT_PASSWORD)

        assert client.session.session_key != before

    def test_logout_kills_the_session_server_side(self, client, alice):
        attempt(client, DEFAULT_PASSWORD)
        stolen = client.cookies["sessionid"].value
        client.post(reverse("logout"))

        thief = Client()
        thief.cookies["sessionid"] = stolen
        response = thief.get(reverse("profile"))

        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))

    def test_sessions_expire_after_two_weeks_idle(self, client, alice):
        with time_machine.travel(timezone.now(), tick=False) as traveller:
            attempt(client, DEFAULT_PASSWORD)
            traveller.shift(timedelta(days=13))
            assert client.get(reverse("profile")).status_code == 200  # still active
            traveller.shift(timedelta(days=13))
            assert client.get(reverse("profile")).status_code == 200  # idle clock reset
            traveller.shift(timedelta(days=15))
            assert client.get(reverse("profile")).status_code == 302

    def test_sessions_end_30_days_after_login_however_active(self, client, alice):
        with time_machine.travel(timezone.now(), tick=False) as traveller:
            attempt(client, DEFAULT_PASSWORD)
            for _ in range(6):
                traveller.shift(timedelta(days=5))
                assert client.get(reverse("profile")).status_code == 200
            traveller.shift(timedelta(days=1))
            response = client.get(reverse("profile"))
        assert response.status_code == 302
        assert SESSION_KEY not in client.session


class TestErrorPages:
    def test_404_is_friendly_and_in_the_site_layout(self, client):
        response = client.get("/no-such-page/")
        assert response.status_code == 404
        body = response.content.decode()
        assert "We could not find that page" in body
        assert 'class="brand' in body

    def test_500_page_renders_without_a_request_context(self, rf):
        from django.views.defaults import server_error

        response = server_error(rf.get("/"))

        assert response.status_code == 500
        assert "Something went wrong on our side" in response.content.decode()

    def test_400_and_403_pages(self, rf):
        from django.core.exceptions import PermissionDenied
        from django.views.defaults import bad_request, permission_denied

        request = rf.get("/")
        from django.contrib.auth.models import AnonymousUser

        request.user = AnonymousUser()
        assert "did not make sense" in bad_request(request, Exception()).content.decode()
        assert "not allowed" in permission_denied(request, PermissionDenied()).content.decode()

    def test_csrf_failure_is_a_friendly_403(self, csrf_client):
        response = csrf_client.post(reverse("login"), {"username": "x", "password": "y"})
        assert response.status_code == 403
        assert "This form has expired" in response.content.decode()


def test_role_admin_shows_who_changed_it_last(client, admin_user):
    role = role_with_requirements(2, title="Audited Role")
    client.force_login(admin_user)
    url = reverse("admin:roles_role_change", args=[role.pk])
    page = client.get(url)
    form = page.context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and not isinstance(v, list)}
    data.update(
        title="Audited Role v2",
        track=str(role.track_id),
        is_published="on",
        **{
            "requirements-TOTAL_FORMS": "0",
            "requirements-INITIAL_FORMS": "0",
            "transitions_out-TOTAL_FORMS": "0",
            "transitions_out-INITIAL_FORMS": "0",
        },
    )
    data.pop("id", None)
    # Keep the existing requirements: post them back as they are.
    requirements = list(role.requirements.all())
    data["requirements-TOTAL_FORMS"] = str(len(requirements))
    data["requirements-INITIAL_FORMS"] = str(len(requirements))
    for i, q in enumerate(requirements):
        data.update(
            {
                f"requirements-{i}-id": str(q.pk),
                f"requirements-{i}-role": str(role.pk),
                f"requirements-{i}-skill": str(q.skill_id),
                f"requirements-{i}-level": str(q.level),
                f"requirements-{i}-importance": q.importance,
                f"requirements-{i}-note": q.note,
            }
        )

    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors

    body = client.get(url).content.decode()
    assert f"UTC by {admin_user.username}" in body


class TestPrivatePagesAreNotCached:
    """Someone's draft, report, exports and links never sit in a shared cache."""

    @pytest.fixture
    def world(self, alice):
        from assessments import services
        from tests.factories import role_with_requirements, started_assessment, submitted_assessment

        done = submitted_assessment(alice, role_with_requirements(3))
        services.share_create(assessment=done, days=7)
        done.refresh_from_db()
        invitation = services.invitation_create(assessment=done, relationship="peer")
        draft = started_assessment(alice, role_with_requirements(2))
        return done, draft, invitation

    def test_personal_pages_say_private_no_store(self, alice_client, client, world):
        done, draft, invitation = world
        signed_in = [
            reverse("assessments:take", args=[draft.public_id]),
            reverse("assessments:report", args=[done.public_id]),
            reverse("assessments:report_json", args=[done.public_id]),
            reverse("assessments:report_csv", args=[done.public_id]),
            reverse("account_export"),
            reverse("assessments:list"),
        ]
        for path in signed_in:
            cache = alice_client.get(path)["Cache-Control"]
            assert {"private", "no-store"} <= set(cache.replace(" ", "").split(",")), path
        for path in (f"/shared/{done.share_token}/", f"/review/{invitation.token}/"):
            cache = client.get(path)["Cache-Control"]  # no session at all
            assert {"private", "no-store"} <= set(cache.replace(" ", "").split(",")), path

    def test_public_pages_for_visitors_stay_cacheable(self, client, db):
        assert "no-store" not in client.get(reverse("roles:catalog")).get("Cache-Control", "")


class TestPasswordReentryIsThrottled:
    """A wrong current password counts like a failed log-in (username + IP)."""

    @pytest.mark.parametrize(
        ("url_name", "field", "refused"),
        [("password_change", "old_password", 200), ("account_delete", "password", 400)],
    )
    def test_five_wrong_current_passwords_end_the_session_and_lock_out(
        self, client, alice, url_name, field, refused
    ):
        from tests.factories import DEFAULT_PASSWORD

        client.force_login(alice)
        data = {field: "wrong guess", "new_password1": "x", "new_password2": "x"}
        statuses = [client.post(reverse(url_name), data).status_code for _ in range(5)]

        assert statuses == [refused] * 4 + [429]
        assert client.get(reverse("profile")).status_code == 302  # the session ended
        relogin = client.post(reverse("login"), {"username": "alice", "password": DEFAULT_PASSWORD})
        assert relogin.status_code == 429  # locked out like five failed log-ins
        from pathly.models import User

        assert User.objects.filter(pk=alice.pk).exists()
