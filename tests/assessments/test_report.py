"""The gap report, its exports and share links."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from assessments.exports import report_json
from assessments.models import Assessment
from assessments.reports import build_report
from assessments.selectors import report_rows
from roles.models import RoleTransition
from tests.factories import (
    LearningResourceFactory,
    RoleFactory,
    SkillFactory,
    SkillLevelFactory,
    kubernetes,
    promotions,
    role_requiring,
    role_with_requirements,
    started_assessment,
    submitted_assessment,
)

pytestmark = pytest.mark.django_db

RATINGS = {"kubernetes": 2, "terraform": 3, "communication": 4}


@pytest.fixture
def role(senior_sre):
    """The shared Senior SRE, with Kubernetes anchors and resources, promoted to Staff SRE."""
    k8s = kubernetes()
    SkillLevelFactory(skill=k8s, level=3, description="Upgrades clusters without downtime.")
    LearningResourceFactory(skill=k8s, title="Intro", from_level=1, to_level=2, hours=5)
    LearningResourceFactory(
        skill=k8s, title="CKA", kind="certification", from_level=3, to_level=4, hours=60
    )
    LearningResourceFactory(
        skill=k8s, title="K8s book", kind="book", from_level=2, to_level=3, hours=20
    )
    staff = role_requiring(
        {k8s: (5, "critical"), SkillFactory(name="Go", slug="go"): (3, "important")},
        title="Staff SRE",
        slug="staff-sre",
        track=senior_sre.track,
        level=4,
    )
    promotions(senior_sre, staff)
    return senior_sre


@pytest.fixture
def report_of(alice, role):
    return submitted_assessment(alice, role, rated=RATINGS)


def url(name: str, a: Assessment) -> str:
    return reverse(f"assessments:{name}", args=[a.public_id])


class TestReportJson:
    def test_follows_the_pathly_report_1_schema_with_hand_computed_values(
        self, alice_client, report_of
    ):
        response = alice_client.get(url("report_json", report_of))

        assert response.status_code == 200
        assert response["Content-Type"] == "application/json"
        assert re.search(
            r'filename="pathly-report-senior-sre-\d{4}-\d{2}-\d{2}\.json"',
            response["Content-Disposition"],
        )
        data = json.loads(response.content)
        assessment = Assessment.objects.get(pk=report_of.pk)
        assert data["schema"] == "pathly.report/1"
        assert data["assessment"] == {
            "id": str(assessment.public_id),
            "submitted_at": assessment.submitted_at.isoformat(),
            "role": {
                "slug": "senior-sre",
                "title": "Senior SRE",
                "track": "Site Reliability Engineering",
                "level": 3,
            },
        }
        # (3·2 + 2·3 + 2·3) / (3·4 + 2·3 + 2·3) = 18/24
        assert data["readiness"] == 75.0
        assert data["readiness_by_kind"] == {"technical": 66.7, "soft": 100.0}
        assert data["verdict"] == "developing"  # Kubernetes is a blocker (critical, gap 2)
        assert data["items"] == [
            {
                "skill": "kubernetes",
                "name": "Kubernetes",
                "kind": "technical",
                "category": "Containers",
                "required": 4,
                "importance": "critical",
                "rated": 2,
                "gap": 2,
            },
            {
                "skill": "terraform",
                "name": "Terraform",
                "kind": "technical",
                "category": "Infrastructure as Code",
                "required": 3,
                "importance": "important",
                "rated": 3,
                "gap": 0,
            },
            {
                "skill": "communication",
                "name": "Communication",
                "kind": "soft",
                "category": "Comms",
                "required": 3,
                "importance": "important",
                "rated": 4,
                "gap": 0,
            },
        ]
        assert data["gaps"] == ["kubernetes"]
        assert data["blockers"] == ["kubernetes"]
        assert data["strengths"] == ["communication", "terraform"]
        assert data["focus"] == [
            {
                "skill": "kubernetes",
                "resources": [
                    {"title": "K8s book", "kind": "book", "hours": 20},
                    {"title": "CKA", "kind": "certification", "hours": 60},
                ],
                "hours": 80,
            }
        ]
        # Staff SRE: readiness over Kubernetes only = 3·2 / 3·5; coverage 3 / (3 + 2)
        assert data["next_roles"] == [
            {"slug": "staff-sre", "title": "Staff SRE", "readiness": 40.0, "coverage": 60.0}
        ]

    def test_numbers_are_json_numbers_not_strings(self, alice_client, report_of):
        text = alice_client.get(url("report_json", report_of)).content.decode()
        assert '"readiness": 75.0' in text
        assert '"coverage": 60.0' in text

    def test_next_roles_fall_back_to_the_next_level_of_the_same_track(self, alice, role):
        RoleTransition.objects.all().delete()
        RoleFactory(title="Principal SRE", slug="principal-sre", track=role.track, level=5)
        assessment = submitted_assessment(alice, role, rated=RATINGS)
        data = report_json(build_report(report_rows(assessment)))

        assert [n["slug"] for n in data["next_roles"]] == ["staff-sre"]

    def test_drafts_cannot_be_exported(self, alice_client, alice, role):
        draft = started_assessment(alice, role)
        for name in ("report_json", "report_csv"):
            response = alice_client.get(url(name, draft))
            assert response.status_code == 409
            assert "draft" in response.json()["error"]


def test_csv_has_a_header_and_one_row_per_skill(alice_client, report_of):
    response = alice_client.get(url("report_csv", report_of))

    assert response["Content-Type"].startswith("text/csv")
    assert "pathly-report-senior-sre-" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == ["skill", "kind", "category", "importance", "required", "rated", "gap"]
    assert rows[1] == ["Kubernetes", "technical", "Containers", "critical", "4", "2", "2"]
    assert len(rows) == 4


class TestReportPage:
    def test_shows_readiness_verdict_blockers_focus_and_next_steps(self, alice_client, report_of):
        body = alice_client.get(url("report", report_of)).content.decode()

        assert "75.0" in body
        assert "Developing" in body
        assert "Blockers" in body
        assert "Upgrades clusters without downtime." in body  # anchor of the next level
        assert "About 80 hours" in body
        assert "Staff SRE" in body
        assert "40.0%" in body
        assert "<svg" in body
        assert 'role="img"' in body

    def test_a_draft_report_redirects_to_the_take_page(self, alice_client, alice, role):
        draft = started_assessment(alice, role)
        response = alice_client.get(url("report", draft))
        assert response.status_code == 302
        assert response["Location"] == url("take", draft)

    def test_compares_with_the_previous_submission_for_the_same_role(
        self, alice_client, alice, role
    ):
        submitted_assessment(
            alice, role, rated={"kubernetes": 1, "terraform": 3, "communication": 4}
        )
        later = submitted_assessment(alice, role, rated=RATINGS)

        body = alice_client.get(url("report", later)).content.decode()

        assert "Since your previous assessment" in body
        assert "+12.5 points" in body  # 62.5 → 75.0
        assert "▲ 1" in body

    def test_query_count_is_the_same_for_10_and_80_skills(
        self, alice_client, alice, assert_flat_queries
    ):
        small = submitted_assessment(alice, role_with_requirements(10))
        big_role = role_with_requirements(80, resources=True, anchors=True)
        big = submitted_assessment(alice, big_role, rated=1)

        def big_report():
            assert alice_client.get(url("report", big)).status_code == 200

        assert_flat_queries(
            lambda: alice_client.get(url("report", small)), at_most=15, then=big_report
        )


class TestOwnership:
    @pytest.mark.parametrize(
        "name", ["take", "report", "report_json", "report_csv", "submit", "share", "retake"]
    )
    def test_other_users_get_404_on_every_url(self, client, bob, report_of, name):
        client.force_login(bob)
        method = client.post if name in {"submit", "share", "retake"} else client.get
        assert method(url(name, report_of)).status_code == 404

    def test_other_users_get_404_on_rating_saves(self, client, alice, bob, role):
        draft = started_assessment(alice, role)
        client.force_login(bob)
        response = client.post(
            reverse("assessments:rating_save", args=[draft.public_id, "kubernetes"]),
            {"level": "5"},
        )
        assert response.status_code == 404
        assert draft.items.get(skill__slug="kubernetes").rated is None

    @pytest.mark.parametrize("name", ["take", "report", "report_json", "report_csv"])
    def test_anonymous_users_are_sent_to_login(self, client, report_of, name):
        response = client.get(url(name, report_of))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))

    def test_my_assessments_lists_only_mine(self, client, bob, report_of):
        client.force_login(bob)
        assert (
            str(report_of.public_id) not in client.get(reverse("assessments:list")).content.decode()
        )


class TestShare:
    def test_owner_creates_a_link_anyone_can_read(self, alice_client, client, report_of):
        response = alice_client.post(url("share", report_of), {"days": "7"})
        assert response.status_code == 302
        assessment = Assessment.objects.get(pk=report_of.pk)
        assert len(assessment.share_token) >= 43  # token_urlsafe(32)
        delta = assessment.share_expires_at - timezone.now()
        assert timedelta(days=6, hours=23) < delta <= timedelta(days=7)
        page = alice_client.get(url("report", report_of)).content.decode()
        assert f"/shared/{assessment.share_token}/" in page

        client.logout()
        shared = client.get(f"/shared/{assessment.share_token}/")
        body = shared.content.decode()
        assert shared.status_code == 200
        assert "75.0" in body
        assert "Alice A." in body
        assert "alice@example.com" not in body
        assert ">alice<" not in body
        assert "Retake" not in body
        assert "Download JSON" not in body

    def test_default_is_30_days(self, alice_client, report_of):
        alice_client.post(url("share", report_of))
        expires = Assessment.objects.get(pk=report_of.pk).share_expires_at
        assert timedelta(days=29, hours=23) < expires - timezone.now() <= timedelta(days=30)

    @pytest.mark.parametrize("days", ["1", "365", "abc", ""])
    def test_other_durations_are_refused(self, alice_client, report_of, days):
        response = alice_client.post(url("share", report_of), {"days": days})
        assert response.status_code == 400
        assert "7, 30 or 90" in response.content.decode()
        assert Assessment.objects.get(pk=report_of.pk).share_token is None

    def test_revoked_expired_and_made_up_links_are_404(self, alice_client, client, report_of):
        alice_client.post(url("share", report_of), {"days": "30"})
        token = Assessment.objects.get(pk=report_of.pk).share_token
        alice_client.post(url("share", report_of), {"revoke": "1"})
        assert client.get(f"/shared/{token}/").status_code == 404

        alice_client.post(url("share", report_of), {"days": "30"})
        token = Assessment.objects.get(pk=report_of.pk).share_token
        Assessment.objects.filter(pk=report_of.pk).update(
            share_expires_at=timezone.now() - timedelta(seconds=1)
        )
        assert client.get(f"/shared/{token}/").status_code == 404
        assert client.get("/shared/made-up-token/").status_code == 404

    def test_drafts_cannot_be_shared(self, alice_client, alice, role):
        draft = started_assessment(alice, role)
        response = alice_client.post(url("share", draft), {"days": "30"})
        assert response.status_code == 409
        assert Assessment.objects.get(pk=draft.pk).share_token is None
