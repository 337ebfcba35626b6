from __future__ import annotations

import re
from unittest import mock

import pytest
from django.db import OperationalError
from django.urls import reverse


@pytest.mark.django_db
def test_home_says_what_pathly_does_and_invites_to_start(client):
    body = client.get(reverse("home")).content.decode()

    assert "gap report" in body
    assert f'href="{reverse("signup")}"' in body
    assert f'href="{reverse("roles:catalog")}"' in body


@pytest.mark.django_db
def test_home_sample_report_follows_the_scoring_rules(client):
    """The sample's verdict, figures and words are what a real report would say."""
    body = client.get(reverse("home")).content.decode()

    # Kubernetes (critical, 2 → 4) is a blocker, so the sample cannot say "Close":
    # it meets Incident management (w 3), IaC and Communication (w 2 each) of 12.
    assert '<span class="badge verdict-developing">Developing</span>' in body
    assert "58.3%" in body
    assert "Meets <strong>3 of 5</strong> requirements (<strong>58.3%</strong> by weight)" in body
    # Kubernetes 2 → 4: CKA path (2–3, 40 h) + production cluster (4, 60 h); Observability
    # 3 → 4: the book, 25 h.
    assert "about <strong>125 hours</strong> of learning to close every gap, 100 of them" in body
    assert "Focus next: Kubernetes — CKA preparation path, about 40 hours" in body


@pytest.mark.django_db
def test_pages_load_assets_from_our_own_static_files_only(client):
    body = client.get(reverse("home")).content.decode()

    sources = re.findall(r'(?:src|href)="([^"]+\.(?:js|css))"', body)
    assert any("htmx" in s for s in sources)
    assert any("bootstrap.min.css" in s for s in sources)
    assert all(s.startswith("/static/") for s in sources), sources


@pytest.mark.django_db
def test_body_sends_the_csrf_token_with_htmx_requests(client):
    body = client.get(reverse("home")).content.decode()

    token = re.search(r"hx-headers='\{\"X-CSRFToken\": \"([^\"]+)\"\}'", body)
    assert token
    assert len(token.group(1)) >= 32


@pytest.mark.django_db
def test_vendored_assets_are_served(client):
    for path in (
        "/static/pathly/vendor/bootstrap/bootstrap.min.css",
        "/static/django_htmx/htmx-2.min.js",
        "/static/pathly/pathly.css",
    ):
        response = client.get(path)
        assert response.status_code == 200, path


@pytest.mark.django_db
def test_healthz_answers_ok_when_the_database_answers(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.content == b"ok"


@pytest.mark.django_db
def test_healthz_answers_503_when_the_database_does_not(client):
    with mock.patch(
        "django.db.backends.utils.CursorWrapper.execute",
        side_effect=OperationalError("connection refused"),
    ):
        response = client.get("/healthz")

    assert response.status_code == 503
    assert b"database" in response.content


@pytest.mark.django_db
def test_healthz_answers_503_when_the_database_is_not_migrated(client):
    """An empty database (SQLite makes one for a missing file) is not healthy."""
    from django.db.migrations.recorder import MigrationRecorder

    MigrationRecorder.Migration.objects.filter(app="assessments").delete()

    response = client.get("/healthz")

    assert (response.status_code, response.content) == (503, b"database not migrated")


@pytest.mark.django_db
def test_healthz_answers_503_when_the_database_is_read_only(client):
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET transaction_read_only = on")
        response = client.get("/healthz")
    else:  # the file (or its directory) not writable by this process
        with mock.patch("pathly.health.os.access", return_value=False):
            response = client.get("/healthz")

    assert (response.status_code, response.content) == (503, b"database read-only")


@pytest.mark.django_db
def test_navigation_shows_account_menu_only_when_logged_in(client, alice):
    anonymous = client.get(reverse("home")).content.decode()
    assert "Log in" in anonymous
    assert "My assessments" not in anonymous

    client.force_login(alice)
    logged_in = client.get(reverse("home")).content.decode()
    assert "My assessments" in logged_in
    assert "Log out" in logged_in
    assert f'action="{reverse("logout")}"' in logged_in
