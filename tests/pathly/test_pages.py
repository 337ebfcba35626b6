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
def test_navigation_shows_account_menu_only_when_logged_in(client, alice):
    anonymous = client.get(reverse("home")).content.decode()
    assert "Log in" in anonymous
    assert "My assessments" not in anonymous

    client.force_login(alice)
    logged_in = client.get(reverse("home")).content.decode()
    assert "My assessments" in logged_in
    assert "Log out" in logged_in
    assert f'action="{reverse("logout")}"' in logged_in
