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
from roles.models import RoleTransition, Skill
from tests.factories import (
    LearningResourceFactory,
    RoleFactory,
    RoleTransitionFactory,
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
    def test_follows_the_pathly_report_2_schema_with_hand_computed_values(
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
        assert list(data) == [
            "schema",
            "assessment",
            "readiness",
            "level_coverage",
            "readiness_by_kind",
            "met",
            "total",
            "verdict",
            "effort",
            "items",
            "gaps",
            "blockers",
            "strengths",
            "focus",
            "next_roles",
            "reviews",
        ]
        assert data["schema"] == "pathly.report/2"
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
        # Met: Terraform and Communication (w 2 + 2) of 3 + 2 + 2 = 57.1
        assert data["readiness"] == 57.1
        # Partial credit: (3·2 + 2·3 + 2·3) / (3·4 + 2·3 + 2·3) = 18/24
        assert data["level_coverage"] == 75.0
        # technical: Terraform (w 2) of Kubernetes + Terraform (w 5); soft: all met
        assert data["readiness_by_kind"] == {"technical": 40.0, "soft": 100.0}
        assert (data["met"], data["total"]) == (2, 3)
        assert data["verdict"] == "developing"  # Kubernetes is a blocker (critical, gap 2)
        # Kubernetes 2 → 4: CKA (3–4, 60 h) alone beats K8s book (2–3) + CKA (80 h)
        assert data["effort"] == {"hours": 60, "critical_hours": 60, "uncovered_levels": 0}
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
                "confidence": "sure",
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
                "confidence": "sure",
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
                "confidence": "sure",
            },
        ]
        assert data["gaps"] == ["kubernetes"]
        assert data["blockers"] == ["kubernetes"]
        assert data["strengths"] == ["communication", "terraform"]
        assert data["focus"] == [
            {
                "skill": "kubernetes",
                # the resources containing level 3, by from_level
                "resources": [
                    {"title": "K8s book", "kind": "book", "hours": 20, "url": ""},
                    {"title": "CKA", "kind": "certification", "hours": 60, "url": ""},
                ],
                "hours": 20,  # the next level: the quicker of the two, not both
                "hours_to_required": 60,  # levels 3–4: CKA
            }
        ]
        # Staff SRE: Kubernetes 5 (w 3) rated and unmet, Go (w 2) unrated: W = 5
        assert data["next_roles"] == [
            {
                "slug": "staff-sre",
                "title": "Staff SRE",
                "readiness": 0.0,
                "coverage": 60.0,
                "readiness_low": 0.0,
                "readiness_high": 40.0,
            }
        ]
        assert data["reviews"] == {"count": 0, "calibration": None, "readiness": None, "items": []}

    def test_numbers_are_json_numbers_not_strings(self, alice_client, report_of):
        text = alice_client.get(url("report_json", report_of)).content.decode()
        assert '"readiness": 57.1' in text
        assert '"level_coverage": 75.0' in text
        assert '"coverage": 60.0' in text
        assert '"hours": 60' in text

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


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_cells_never_start_a_formula(alice_client, alice, start):
    role = role_requiring(
        {SkillFactory(name=f'{start}HYPERLINK("http://x")', slug="evil"): (3, "critical")},
        title="Evil role",
        slug="evil-role",
    )
    Skill.objects.filter(slug="evil").update(category=f"{start}cmd")
    assessment = submitted_assessment(alice, role, rated=1)

    text = alice_client.get(url("report_csv", assessment)).content.decode()
    (row,) = list(csv.reader(io.StringIO(text, newline="")))[1:]

    expected = " " if start == "\r" else f"'{start}"  # a carriage return becomes a space
    assert row[0] == f'{expected}HYPERLINK("http://x")'
    assert all(not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)


def test_csv_has_a_header_and_one_row_per_skill(alice_client, report_of):
    response = alice_client.get(url("report_csv", report_of))

    assert response["Content-Type"].startswith("text/csv")
    assert "pathly-report-senior-sre-" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == [
        "skill",
        "kind",
        "category",
        "importance",
        "required",
        "rated",
        "gap",
        "met",
        "confidence",
        "hours_to_required",
        "uncovered_levels",
        "reviewers",
        "reviewers_count",
        "disagreement",
    ]
    assert rows[1] == [
        "Kubernetes",
        *("technical", "Containers", "critical", "4", "2", "2", "no", "sure", "60", "0"),
        *("", "0", ""),  # no reviews
    ]
    assert rows[2][7:11] == ["yes", "sure", "0", "0"]  # Terraform: met
    assert len(rows) == 4


class TestReportPage:
    def test_shows_readiness_verdict_blockers_focus_and_next_steps(self, alice_client, report_of):
        body = alice_client.get(url("report", report_of)).content.decode()

        assert (
            "Meets <strong>2 of 3</strong> requirements (<strong>57.1%</strong> by weight)" in body
        )
        assert (
            "about <strong>60 hours</strong> of learning to close every gap, "
            "60 of them for critical skills."
        ) in body
        assert "Level coverage: <strong>75.0%</strong>" in body
        assert "Developing" in body
        assert "Blockers" in body
        assert "Upgrades clusters without downtime." in body  # anchor of the next level
        assert (
            "Next level: about 20 hours · to the required level: about 60 hours (the quickest"
            in body
        )
        assert "to the required level: about 60 hours" in body
        assert "Staff SRE" in body
        assert (
            "between <strong>0.0%</strong> and <strong>40.0%</strong> ready — "
            "rate 1 more skill to know · coverage 60.0%"
        ) in body
        # One list of the skills, gaps first: Kubernetes (2 of the required 4), then
        # the skills met, each a bar out of 5 with the required level marked.
        assert body.count('<li class="skill-line') == 3
        assert body.index('"sl-name">Kubernetes') < body.index('"sl-name">Communication')
        assert 'class="sl-bar r2 q4"' in body
        assert "2 → 4" in body
        assert "4 · meets 3" in body

    def test_pages_are_sent_compressed_to_browsers_that_accept_it(self, alice_client, report_of):
        response = alice_client.get(url("report", report_of), headers={"accept-encoding": "gzip"})
        plain = alice_client.get(url("report", report_of))

        assert response["Content-Encoding"] == "gzip"
        assert len(response.content) < len(plain.content) / 3
        assert "Accept-Encoding" in response["Vary"]

    def test_submitting_greets_with_one_message(self, alice_client, alice, role):
        draft = started_assessment(alice, role)
        response = alice_client.post(
            reverse("assessments:take", args=[draft.public_id]),
            {
                "skill-kubernetes": "2",
                "skill-terraform": "3",
                "skill-communication": "4",
                "submit": "",
            },
            follow=True,
        )

        messages = [str(m) for m in response.context["messages"]]
        assert messages == ["Submitted. Here is your gap report."]

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
        # Kubernetes 1 → 2 meets no new requirement (readiness 57.1 both times), but
        # covers one more level: (3·1 + 12) / 24 = 62.5 → 75.0.
        assert "±0.0 points</strong> · level coverage +12.5 points" in body
        assert '<span class="sl-change">▲1</span>' in body

    @pytest.mark.parametrize("name", ["report", "report_json", "report_csv"])
    def test_query_count_is_the_same_for_10_and_80_skills_and_more_next_roles(
        self, alice_client, alice, assert_flat_queries, name
    ):
        small_role = role_with_requirements(10)
        small = submitted_assessment(alice, small_role)
        big_role = role_with_requirements(80, resources=True, anchors=True)
        big = submitted_assessment(alice, big_role, rated=1)
        # Where they lead: one promotion from the small role, six from the big one.
        for role, count in ((small_role, 1), (big_role, 6)):
            for _ in range(count):
                RoleTransitionFactory(
                    from_role=role, to_role=role_with_requirements(6, level=4), kind="promotion"
                )

        def big_report():
            assert alice_client.get(url(name, big)).status_code == 200

        assert_flat_queries(lambda: alice_client.get(url(name, small)), at_most=15, then=big_report)


class TestConfidence:
    def test_unsure_ratings_are_listed_with_the_suggestion_to_ask_a_reviewer(
        self, alice_client, client, alice, role
    ):
        draft = started_assessment(alice, role)
        for slug, level in RATINGS.items():
            alice_client.post(
                reverse("assessments:rating_save", args=[draft.public_id, slug]),
                {"level": str(level), "confidence": "unsure" if slug == "kubernetes" else "sure"},
            )
        alice_client.post(url("submit", draft))

        body = alice_client.get(url("report", draft)).content.decode()
        data = alice_client.get(url("report_json", draft)).json()

        assert "Ratings you were not sure about" in body
        assert "<strong>Kubernetes</strong>: you rated 2 (Beginner)" in body
        assert "ask someone who knows your work" in body
        assert [i["confidence"] for i in data["items"]] == ["unsure", "sure", "sure"]
        assert data["readiness"] == 57.1  # confidence changes no score

        alice_client.post(url("share", draft))
        client.logout()
        token = Assessment.objects.get(pk=draft.pk).share_token
        assert "not sure" not in client.get(f"/shared/{token}/").content.decode()

    def test_no_unsure_rating_no_section(self, alice_client, report_of):
        body = alice_client.get(url("report", report_of)).content.decode()
        assert "Ratings you were not sure about" not in body


class TestSnapshotSlugs:
    """The snapshot keeps each skill's slug: renaming a skill changes no past report
    and breaks no open draft."""

    def test_renaming_a_skill_changes_no_past_report(self, alice_client, report_of):
        before = alice_client.get(url("report_json", report_of)).json()
        csv_before = alice_client.get(url("report_csv", report_of)).content

        Skill.objects.filter(slug="kubernetes").update(slug="k8s", name="K8s (renamed)")

        assert alice_client.get(url("report_json", report_of)).json() == before
        assert alice_client.get(url("report_csv", report_of)).content == csv_before

    def test_an_open_draft_keeps_working_after_a_rename(self, alice_client, alice, role):
        draft = started_assessment(alice, role)
        Skill.objects.filter(slug="kubernetes").update(slug="k8s")

        take = alice_client.get(url("take", draft)).content.decode()
        saved = alice_client.post(
            reverse("assessments:rating_save", args=[draft.public_id, "kubernetes"]),
            {"level": "2"},
        )
        bulk = alice_client.post(
            url("take", draft), {"skill-terraform": "3", "skill-communication": "4"}
        )
        submitted = alice_client.post(url("submit", draft))

        assert "name=skill-kubernetes value=" in take
        assert (saved.status_code, bulk.status_code, submitted.status_code) == (303, 302, 302)
        data = alice_client.get(url("report_json", draft)).json()
        assert data["gaps"] == ["kubernetes"]
        # The plan still finds the skill's resources (by the skill, not its slug).
        assert data["effort"]["hours"] == 60


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
        assert draft.items.get(skill_slug="kubernetes").rated is None

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
        assert "57.1" in body
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
