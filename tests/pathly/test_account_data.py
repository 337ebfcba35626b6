"""Account data export and deletion."""

from __future__ import annotations

import json

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from assessments.models import Assessment, AssessmentItem
from assessments.services import rating_save
from tests.factories import (
    DEFAULT_PASSWORD,
    role_with_requirements,
    shared_report_and_draft,
    submitted_assessment,
)

pytestmark = pytest.mark.django_db
User = get_user_model()


@pytest.fixture
def alice_data(alice):
    done, draft = shared_report_and_draft(alice, rated=4)
    slug = draft.items.first().skill.slug
    rating_save(assessment=draft, skill_slug=slug, level=2, note="Ran the EKS upgrade")
    return done, draft


def test_export_holds_the_profile_and_every_assessment_with_notes(alice_client, alice, alice_data):
    done, draft = alice_data

    response = alice_client.get(reverse("account_export"))

    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["profile"]["username"] == "alice"
    assert data["profile"]["email"] == "alice@example.com"
    ids = [a["id"] for a in data["assessments"]]
    assert ids == [str(done.public_id), str(draft.public_id)]
    exported_draft = data["assessments"][1]
    assert exported_draft["submitted_at"] is None
    assert any(i["note"] == "Ran the EKS upgrade" for i in exported_draft["items"])
    assert data["assessments"][0]["share_link_active"] is True
    assert all(i["rated"] == 4 for i in data["assessments"][0]["items"])


def test_export_never_includes_other_users_data(client, bob, alice_data):
    client.force_login(bob)
    data = client.get(reverse("account_export")).json()
    assert data["profile"]["username"] == "bob"
    assert data["assessments"] == []


def test_delete_asks_for_confirmation_first(alice_client):
    response = alice_client.get(reverse("account_delete"))
    assert response.status_code == 200
    assert "cannot be undone" in response.content.decode()


def test_a_wrong_password_deletes_nothing(alice_client, alice, alice_data):
    response = alice_client.post(reverse("account_delete"), {"password": "nope"})

    assert response.status_code == 400
    assert "not your current password" in response.content.decode()
    assert User.objects.filter(pk=alice.pk).exists()
    assert Assessment.objects.filter(user=alice).count() == 2


def test_delete_removes_the_account_everything_it_owns_and_its_share_links(
    client, alice_client, alice, bob, alice_data
):
    done, _ = alice_data
    token = Assessment.objects.get(pk=done.pk).share_token
    bobs = submitted_assessment(bob, role_with_requirements(2))
    assert client.get(f"/shared/{token}/").status_code == 200

    response = alice_client.post(reverse("account_delete"), {"password": DEFAULT_PASSWORD})

    assert response.status_code == 302
    assert response["Location"] == reverse("home")
    assert not User.objects.filter(pk=alice.pk).exists()
    assert not Assessment.objects.filter(user_id=alice.pk).exists()
    assert not AssessmentItem.objects.filter(assessment__user_id=alice.pk).exists()
    assert client.get(f"/shared/{token}/").status_code == 404
    assert Assessment.objects.filter(pk=bobs.pk).exists()
    assert "_auth_user_id" not in alice_client.session


def test_delete_ends_the_users_other_sessions_and_removes_their_login_records(
    alice, bob, alice_data
):
    from axes.models import AccessAttempt, AccessLog
    from django.test import Client

    laptop, phone, bobs = Client(), Client(), Client()
    laptop.force_login(alice)
    phone.force_login(alice)
    bobs.force_login(bob)
    record = {"ip_address": "192.0.2.7", "user_agent": "t", "path_info": "/accounts/login/"}
    AccessAttempt.objects.create(
        username="alice", **record, get_data="", post_data="", failures_since_start=2
    )
    AccessLog.objects.create(username="alice", **record)
    AccessLog.objects.create(username="bob", **record)

    response = laptop.post(reverse("account_delete"), {"password": DEFAULT_PASSWORD})

    assert response.status_code == 302
    # The phone's session is gone too: its next request is anonymous.
    assert phone.get(reverse("profile")).status_code == 302
    assert bobs.get(reverse("profile")).status_code == 200
    assert not AccessAttempt.objects.filter(username="alice").exists()
    assert set(AccessLog.objects.values_list("username", flat=True)) == {"bob"}
