"""Second opinions: invitations, the reviewer's blind page, and what the owner sees."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assessments import services
from assessments.models import Review, ReviewInvitation, ReviewRating
from tests.assessments.test_concurrency import run_together
from tests.factories import (
    DEFAULT_PASSWORD,
    role_with_requirements,
    started_assessment,
    submitted_assessment,
)

pytestmark = pytest.mark.django_db

RATINGS = {"kubernetes": 2, "terraform": 3, "communication": 4}


@pytest.fixture
def submitted(alice, senior_sre):
    return submitted_assessment(alice, senior_sre, rated=RATINGS)


def invite(assessment, relationship="peer", label=""):
    return services.invitation_create(assessment=assessment, relationship=relationship, label=label)


def review_url(invitation) -> str:
    return reverse("review", args=[invitation.token])


def report_url(assessment, name="report") -> str:
    return reverse(f"assessments:{name}", args=[assessment.public_id])


# --- Invitations ------------------------------------------------------------------------


class TestInvitations:
    def test_the_owner_creates_a_14_day_link_with_a_private_label(self, alice_client, submitted):
        response = alice_client.post(
            reverse("assessments:reviews", args=[submitted.public_id]),
            {"relationship": "manager", "label": "Sam, tech lead"},
        )

        assert response.status_code == 302
        assert response["Location"].endswith("/report/#reviews")
        invitation = ReviewInvitation.objects.get(assessment=submitted)
        assert (invitation.relationship, invitation.label, invitation.state) == (
            "manager",
            "Sam, tech lead",
            "open",
        )
        assert len(invitation.token) >= 43
        lasts = invitation.expires_at - timezone.now()
        assert timedelta(days=13, hours=23) < lasts <= timedelta(days=14)
        page = alice_client.get(report_url(submitted)).content.decode()
        assert f"/review/{invitation.token}/" in page
        assert "Sam, tech lead" in page

    def test_a_draft_cannot_invite(self, alice_client, alice, senior_sre):
        draft = started_assessment(alice, senior_sre)
        response = alice_client.post(
            reverse("assessments:reviews", args=[draft.public_id]), {"relationship": "peer"}
        )
        assert response.status_code == 409
        assert not ReviewInvitation.objects.exists()

    def test_at_most_ten_open_invitations(self, alice_client, submitted):
        for _ in range(10):
            invite(submitted)
        response = alice_client.post(
            reverse("assessments:reviews", args=[submitted.public_id]), {"relationship": "peer"}
        )
        assert response.status_code == 400
        assert "10 open invitations" in response.content.decode()
        assert ReviewInvitation.objects.count() == 10
        # A revoked one frees a place.
        first = ReviewInvitation.objects.first()
        alice_client.post(
            reverse("assessments:reviews", args=[submitted.public_id]), {"revoke": first.pk}
        )
        assert invite(submitted).state == "open"

    @pytest.mark.parametrize(
        ("data", "message"),
        [
            ({}, "Choose who the reviewer is"),
            ({"relationship": "boss"}, "Choose who the reviewer is"),
            ({"relationship": "peer", "label": "x" * 81}, "under 80 characters"),
            ({"revoke": "abc"}, "Enter a whole number"),
        ],
    )
    def test_bad_input_is_refused_and_changes_nothing(self, alice_client, submitted, data, message):
        response = alice_client.post(
            reverse("assessments:reviews", args=[submitted.public_id]), data
        )
        assert response.status_code == 400
        assert message in response.content.decode()
        assert not ReviewInvitation.objects.exists()

    def test_others_cannot_invite_on_or_revoke_my_assessment(self, client, bob, submitted):
        invitation = invite(submitted)
        client.force_login(bob)
        url = reverse("assessments:reviews", args=[submitted.public_id])
        assert client.post(url, {"relationship": "peer"}).status_code == 404
        assert client.post(url, {"revoke": invitation.pk}).status_code == 404
        invitation.refresh_from_db()
        assert invitation.state == "open"

    def test_states_open_used_expired_revoked_are_listed(self, alice_client, submitted):
        used, expired, revoked, _open = (invite(submitted, label=n) for n in "UERO")
        services.review_submit(token=used.token, ratings={"kubernetes": 2}, comments={})
        ReviewInvitation.objects.filter(pk=expired.pk).update(expires_at=timezone.now())
        services.invitation_revoke(assessment=submitted, invitation_id=revoked.pk)

        page = alice_client.get(report_url(submitted)).content.decode()

        for state in ("Open", "Used", "Expired", "Revoked"):
            assert f">{state}</span>" in page
        assert page.count('class="btn btn-outline-primary copy-button"') == 1  # the open one


# --- The reviewer's page ----------------------------------------------------------------


class TestReviewerPage:
    def test_shows_the_skills_and_anchors_but_nothing_of_the_owners(self, client, submitted):
        submitted.items.filter(skill_slug="kubernetes").update(
            note="SECRET NOTE", confidence="unsure"
        )
        invitation = invite(submitted, label="PRIVATE LABEL")

        response = client.get(review_url(invitation))

        body = response.content.decode()
        assert response.status_code == 200
        for name in ("Kubernetes", "Terraform", "Communication"):
            assert name in body
        assert "Can't judge" in body
        assert "will see your ratings and comments" in body
        assert "While yours is the only review, they can tell which ones are yours" in body
        for secret in ("SECRET NOTE", "PRIVATE LABEL", "unsure", "checked", "required"):
            assert secret not in body, secret
        assert response["X-Robots-Tag"] == "noindex, nofollow"

    def test_a_review_is_saved_once_and_the_link_is_then_spent(self, client, submitted):
        invitation = invite(submitted)
        data = {
            "skill-kubernetes": "1",
            "skill-terraform": "skip",
            "comment-terraform": "Not my area",
            "skill-communication": "2",
        }

        done = client.post(review_url(invitation), data)
        again = client.post(review_url(invitation), data)
        page = client.get(review_url(invitation))

        assert done.status_code == 200
        assert "Thank you" in done.content.decode()
        assert (again.status_code, page.status_code) == (410, 410)
        assert "already used" in page.content.decode()
        review = Review.objects.get()
        answers = {
            r.item.skill_slug: (r.rated, r.comment)
            for r in ReviewRating.objects.filter(review=review).select_related("item")
        }
        assert answers == {
            "kubernetes": (1, ""),
            "terraform": (None, "Not my area"),
            "communication": (2, ""),
        }
        invitation.refresh_from_db()
        assert invitation.state == "used"

    @pytest.mark.parametrize("state", ["unknown", "revoked", "expired", "draft"])
    def test_unknown_revoked_and_expired_links_are_404(
        self, client, alice, senior_sre, submitted, state
    ):
        invitation = invite(submitted)
        token = invitation.token
        if state == "unknown":
            token = "no-such-token-" + "x" * 30
        elif state == "revoked":
            services.invitation_revoke(assessment=submitted, invitation_id=invitation.pk)
        elif state == "expired":
            ReviewInvitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now())
        else:  # an invitation row on a draft (never made by the site) opens nothing
            draft = started_assessment(alice, role_with_requirements(2))
            ReviewInvitation.objects.filter(pk=invitation.pk).update(assessment=draft)

        url = reverse("review", args=[token])
        assert client.get(url).status_code == 404
        assert client.post(url, {"skill-kubernetes": "2"}).status_code == 404
        assert not Review.objects.exists()

    @pytest.mark.parametrize(
        ("data", "message"),
        [
            ({"skill-kubernetes": "6"}, "is not a level"),
            ({"skill-kubernetes": "-1"}, "is not a level"),
            ({"skill-kubernetes": "2.5"}, "is not a level"),
            ({"skill-cooking": "3"}, "Not a skill of this review"),
            ({"skill-kubernetes": "skip", "skill-terraform": "skip"}, "Rate at least one skill"),
            ({}, "Rate at least one skill"),
            ({"skill-kubernetes": "2", "comment-kubernetes": "x" * 501}, "under 500 characters"),
        ],
    )
    def test_bad_input_gets_a_clear_4xx_and_nothing_is_saved(
        self, client, submitted, data, message
    ):
        invitation = invite(submitted)

        response = client.post(review_url(invitation), data)

        assert response.status_code == 400
        assert message in response.content.decode()
        assert not Review.objects.exists()
        invitation.refresh_from_db()
        assert invitation.state == "open"  # the link still works

    def test_posts_are_throttled_per_link(self, client, submitted):
        invitation = invite(submitted)
        for _ in range(10):
            assert client.post(review_url(invitation), {"skill-kubernetes": "9"}).status_code == 400
        response = client.post(review_url(invitation), {"skill-kubernetes": "2"})
        assert response.status_code == 429
        assert "Too many attempts" in response.content.decode()
        assert not Review.objects.exists()

    def test_posts_are_throttled_per_ip_across_links(self, client, submitted):
        links = [invite(submitted) for _ in range(4)]
        statuses = [
            client.post(review_url(links[n % 4]), {"skill-kubernetes": "9"}).status_code
            for n in range(31)
        ]
        assert statuses[:30] == [400] * 30
        assert statuses[30] == 429

    def test_the_reviewer_form_needs_the_csrf_token(self, csrf_client, submitted):
        invitation = invite(submitted)
        response = csrf_client.post(review_url(invitation), {"skill-kubernetes": "2"})
        assert response.status_code == 403
        assert not Review.objects.exists()


VALID_ANSWERS = {"", "0", "1", "2", "3", "4", "5", "skip"}  # "" = not answered


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    level=st.one_of(
        st.text(max_size=12).filter(lambda t: t not in VALID_ANSWERS),
        st.integers(min_value=-1000, max_value=1000).filter(lambda n: not 0 <= n <= 5).map(str),
    )
)
def test_any_level_outside_0_to_5_is_refused(client, submitted, level):
    invitation = ReviewInvitation.objects.filter(assessment=submitted).first() or invite(submitted)
    response = client.post(
        review_url(invitation), {"skill-kubernetes": level, "skill-terraform": "3"}
    )
    assert response.status_code in (400, 429)
    assert not Review.objects.exists()


# --- What the owner sees ------------------------------------------------------------------


@pytest.fixture
def two_reviews(submitted):
    """Self: Kubernetes 2, Terraform 3, Communication 4. Reviewer 1: 1, 3, 2 (with a
    comment); reviewer 2: 2, can't judge, 2."""
    first, second = invite(submitted, "manager", "Sam"), invite(submitted, "peer")
    services.review_submit(
        token=first.token,
        ratings={"kubernetes": 1, "terraform": 3, "communication": 2},
        comments={"communication": "Keeps incident updates short"},
    )
    services.review_submit(
        token=second.token,
        ratings={"kubernetes": 2, "terraform": None, "communication": 2},
        comments={},
    )
    return submitted


class TestOwnersReport:
    def test_report_json_reviews_by_hand(self, alice_client, two_reviews):
        data = alice_client.get(report_url(two_reviews, "report_json")).json()

        # Kubernetes: median of 1, 2 = 1.5; Terraform: 3 (one reviewer); Communication: 2.
        # Calibration: (2 − 1.5) + (3 − 3) + (4 − 2) = 2.5 over 3 skills = 0.83 → 0.8.
        # Reviewed readiness: Kubernetes 1.5 → 2 (unmet, w 3), Terraform 3 (met, w 2),
        # Communication 2 (unmet, w 2) → 2 of 7 = 28.6 (self: 57.1).
        assert data["reviews"] == {
            "count": 2,
            "calibration": 0.8,
            "readiness": 28.6,
            "items": [
                {"skill": "kubernetes", "self": 2, "reviewers": 1.5, "count": 2},
                {"skill": "terraform", "self": 3, "reviewers": 3.0, "count": 1},
                {"skill": "communication", "self": 4, "reviewers": 2.0, "count": 2},
            ],
        }
        assert data["readiness"] == 57.1

    def test_report_page_side_by_side_with_calibration_in_words(self, alice_client, two_reviews):
        body = alice_client.get(report_url(two_reviews)).content.decode()

        assert "<strong>2 reviews</strong> received." in body
        assert "You rate yourself 0.8 levels above your reviewers, over 3 skills." in body
        assert "Readiness from your reviewers' ratings: <strong>28.6%</strong>" in body
        assert "(your own: 57.1%)" in body
        assert "Serious disconnect" in body  # Communication: 4 against 2
        assert "“Keeps incident updates short”" in body

    def test_csv_has_the_reviewers_columns(self, alice_client, two_reviews):
        text = alice_client.get(report_url(two_reviews, "report_csv")).content.decode()
        rows = {row["skill"]: row for row in csv.DictReader(io.StringIO(text))}
        assert (rows["Kubernetes"]["reviewers"], rows["Kubernetes"]["reviewers_count"]) == (
            "1.5",
            "2",
        )
        assert rows["Communication"]["disagreement"] == "serious"
        assert rows["Terraform"]["disagreement"] == ""

    def test_the_shared_page_shows_aggregates_only(self, alice_client, client, two_reviews):
        services.share_create(assessment=two_reviews, days=7)
        two_reviews.refresh_from_db()

        body = client.get(reverse("shared_report", args=[two_reviews.share_token])).content
        text = body.decode()

        assert "You rate yourself 0.8 levels above your reviewers" in text
        assert "28.6%" in text
        assert "Keeps incident updates short" not in text
        assert "Serious disconnect" not in text
        assert "Sam" not in text
        assert "Invite a reviewer" not in text

    def test_unsure_ratings_are_suggested_for_reviewers(self, alice_client, submitted):
        submitted.items.filter(skill_slug="terraform").update(confidence="unsure")
        body = alice_client.get(report_url(submitted)).content.decode()
        assert "Worth asking them about first: <strong>Terraform</strong>" in body

    def test_reviews_are_in_the_account_export_and_deleted_with_the_account(
        self, alice_client, alice, two_reviews
    ):
        export = alice_client.get(reverse("account_export")).json()
        (entry,) = [a for a in export["assessments"] if a["id"] == str(two_reviews.public_id)]
        assert [i["relationship"] for i in entry["review_invitations"]] == ["manager", "peer"]
        assert "token" not in str(entry["review_invitations"])
        assert [len(r["ratings"]) for r in entry["reviews"]] == [3, 3]
        assert entry["reviews"][0]["ratings"][0]["comment"] in ("", "Keeps incident updates short")

        alice_client.post(reverse("account_delete"), {"password": DEFAULT_PASSWORD})

        assert not ReviewInvitation.objects.exists()
        assert not Review.objects.exists()
        assert not ReviewRating.objects.exists()

    def test_report_queries_are_flat_in_reviews_and_skills(
        self, alice_client, alice, assert_flat_queries
    ):
        small = submitted_assessment(alice, role_with_requirements(10))
        big = submitted_assessment(alice, role_with_requirements(80), rated=2)
        slugs = list(big.items.values_list("skill_slug", flat=True))

        def three_reviews():
            for n in range(3):
                services.review_submit(
                    token=invite(big).token, ratings=dict.fromkeys(slugs, n + 1), comments={}
                )

        def big_report():
            assert alice_client.get(report_url(big)).status_code == 200

        three_reviews()
        assert_flat_queries(
            lambda: alice_client.get(report_url(small)), at_most=16, then=big_report
        )


@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_submits_of_one_link_make_one_review(alice, senior_sre):
    submitted = submitted_assessment(alice, senior_sre, rated=RATINGS)
    invitation = invite(submitted)

    results = run_together(
        *(
            lambda: services.review_submit(
                token=invitation.token, ratings={"kubernetes": 2}, comments={}
            )
            for _ in range(2)
        )
    )

    assert len([r for r in results if isinstance(r, Review)]) == 1, results
    assert len([r for r in results if isinstance(r, services.InvitationSpent)]) == 1, results
    assert Review.objects.count() == 1
