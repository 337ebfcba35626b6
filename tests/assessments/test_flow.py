"""Start, rate, resume, submit, retake: through the URLs a user takes."""

from __future__ import annotations

import pytest
from django.http import QueryDict
from django.urls import reverse

from assessments.models import Assessment, AssessmentItem
from assessments.services import assessment_retake
from tests.factories import (
    RequirementFactory,
    RoleFactory,
    SkillFactory,
    SkillLevelFactory,
    kubernetes,
    role_with_requirements,
    started_assessment,
    submitted_assessment,
)

pytestmark = pytest.mark.django_db

FORM = "application/x-www-form-urlencoded"
HX = {"HX-Request": "true"}


@pytest.fixture
def role(senior_sre):
    """The shared Senior SRE, with the anchor of Kubernetes level 3."""
    SkillLevelFactory(
        skill=kubernetes(), level=3, description="Runs rolling upgrades of a cluster alone."
    )
    return senior_sre


def take_url(a: Assessment) -> str:
    return reverse("assessments:take", args=[a.public_id])


def rating_url(a: Assessment, slug: str) -> str:
    return reverse("assessments:rating_save", args=[a.public_id, slug])


# --- Start ---------------------------------------------------------------------


class TestStart:
    def test_start_creates_a_snapshot_of_the_requirements(self, alice_client, alice, role):
        response = alice_client.post(reverse("roles:assess", args=[role.slug]))

        assessment = Assessment.objects.get(user=alice)
        assert response.status_code == 302
        assert response["Location"] == take_url(assessment)
        items = {i.skill_name: i for i in assessment.items.all()}
        assert set(items) == {"Kubernetes", "Communication", "Terraform"}
        k8s = items["Kubernetes"]
        assert (k8s.required_level, k8s.importance, k8s.kind, k8s.category, k8s.rated) == (
            4,
            "critical",
            "technical",
            "Containers",
            None,
        )
        assert assessment.role_title == "Senior SRE"

    def test_starting_again_resumes_the_open_draft(self, alice_client, alice, role):
        alice_client.post(reverse("roles:assess", args=[role.slug]))
        response = alice_client.post(reverse("roles:assess", args=[role.slug]), follow=True)

        assert Assessment.objects.filter(user=alice).count() == 1
        assert "resuming your draft" in response.content.decode()

    def test_the_database_allows_one_draft_per_user_and_role(self, alice, role):
        from django.db import IntegrityError, transaction

        started_assessment(alice, role)
        with pytest.raises(IntegrityError), transaction.atomic():
            Assessment.objects.create(
                user=alice, role=role, role_title="x", role_track="x", role_level=1
            )

    def test_a_role_without_requirements_cannot_be_assessed(self, alice_client):
        empty = RoleFactory(slug="empty-role")

        response = alice_client.post(reverse("roles:assess", args=[empty.slug]), follow=True)

        assert "cannot be assessed" in response.content.decode()
        assert not Assessment.objects.exists()

    def test_an_unpublished_role_cannot_be_assessed(self, alice_client, role):
        role.is_published = False
        role.save()

        response = alice_client.post(reverse("roles:assess", args=[role.slug]))

        assert response.status_code == 404
        assert not Assessment.objects.exists()

    def test_anonymous_users_log_in_and_come_back_to_start(self, client, alice, role):
        url = reverse("roles:assess", args=[role.slug])
        response = client.post(url)
        assert response.status_code == 302
        assert response["Location"] == f"{reverse('login')}?next={url}"

        response = client.post(
            reverse("login"),
            {"username": "alice", "password": "correct horse battery staple", "next": url},
            follow=True,
        )
        assert "Start assessment" in response.content.decode()
        response = client.post(url)
        assert response["Location"] == take_url(Assessment.objects.get(user=alice))

    def test_snapshot_is_unaffected_by_later_catalog_edits(self, alice, role):
        assessment = started_assessment(alice, role)
        req = role.requirements.get(skill__slug="kubernetes")
        req.level = 1
        req.importance = "optional"
        req.save()
        role.requirements.filter(skill__slug="terraform").delete()
        role.title = "Renamed"
        role.save()

        item = assessment.items.get(skill__slug="kubernetes")
        assert (item.required_level, item.importance) == (4, "critical")
        assert assessment.items.count() == 3
        assessment.refresh_from_db()
        assert assessment.role_title == "Senior SRE"


# --- Take page -------------------------------------------------------------------


class TestTakePage:
    def test_shows_every_skill_as_radios_with_anchors_and_hides_required_levels(
        self, alice_client, alice, role
    ):
        assessment = started_assessment(alice, role)

        body = alice_client.get(take_url(assessment)).content.decode()

        for level in range(6):
            assert f"name=skill-kubernetes value={level}>" in body
        assert "Runs rolling upgrades of a cluster alone." in body  # skill anchor for 3
        assert "Knows the concepts and vocabulary" in body  # generic fallback
        assert body.index("Technical skills") < body.index("Soft skills")
        assert "required" not in body.lower().replace("required levels stay hidden", "")
        assert "0 of 3 skills rated" in body

    def test_reload_shows_saved_ratings(self, alice_client, alice, role):
        assessment = started_assessment(alice, role)
        alice_client.post(rating_url(assessment, "kubernetes"), {"level": "2", "note": "EKS"})

        body = alice_client.get(take_url(assessment)).content.decode()

        assert "name=skill-kubernetes value=2 checked>" in body
        assert "<b>2 · Beginner:</b>" in body  # the chosen level's anchor under the control
        assert ">EKS</textarea>" in body
        assert "1 of 3 skills rated" in body

    def test_take_page_queries_do_not_grow_with_skills(
        self, alice_client, alice, assert_flat_queries
    ):
        small = started_assessment(alice, role_with_requirements(10))
        big = started_assessment(alice, role_with_requirements(80, anchors=True))

        def big_page():
            assert alice_client.get(take_url(big)).status_code == 200

        assert_flat_queries(lambda: alice_client.get(take_url(small)), at_most=10, then=big_page)


class TestCarriedOverAndFilters:
    """Ratings carried over from earlier assessments are marked until kept or changed;
    `?show=` lists only the unrated or only the carried-over rows."""

    @pytest.fixture
    def carried(self, alice, role):
        """A retake of the Senior SRE: every rating carried over from the first one."""
        first = submitted_assessment(
            alice, role, rated={"kubernetes": 2, "terraform": 3, "communication": 4}
        )
        draft, _ = assessment_retake(assessment=first)
        return draft

    def test_carried_over_ratings_are_marked_with_last_times_rating(self, alice_client, carried):
        body = alice_client.get(take_url(carried)).content.decode()

        assert "<strong>3 ratings carried over</strong>" in body
        assert body.count(">carried over</span>") == 3
        assert "Last time: 2 · Beginner" in body
        assert "name=skill-kubernetes value=2 checked>" in body

    def test_choosing_a_level_confirms_that_row_only(self, alice_client, carried):
        response = alice_client.post(
            rating_url(carried, "kubernetes"), {"skill-kubernetes": "3"}, headers=HX
        )

        assert '<span class="carried" hx-swap-oob="outerHTML:#skill-kubernetes .carried">' in (
            response.content.decode()
        )
        assert list(carried.items.filter(prefilled=True).values_list("skill_slug", flat=True))
        assert not carried.items.get(skill_slug="kubernetes").prefilled
        body = alice_client.get(take_url(carried)).content.decode()
        assert "<strong>2 ratings carried over</strong>" in body
        assert "Last time: 2 · Beginner" in body  # still shown beside the new rating

    def test_keep_them_all_keeps_the_ratings_and_drops_the_marks(self, alice_client, carried):
        response = alice_client.post(take_url(carried), {"keep_prefilled": "1"})

        assert response.status_code == 302
        assert not carried.items.filter(prefilled=True).exists()
        assert dict(carried.items.values_list("skill_slug", "rated")) == {
            "kubernetes": 2,
            "terraform": 3,
            "communication": 4,
        }
        body = alice_client.get(take_url(carried), follow=True).content.decode()
        assert "Kept 3 carried-over ratings as they are." in body
        assert "ratings carried over" not in body

    def test_revisit_lists_only_the_carried_over_rows(self, alice_client, carried):
        alice_client.post(rating_url(carried, "terraform"), {"level": "4"})

        body = alice_client.get(take_url(carried), {"show": "prefilled"}).content.decode()

        assert 'id="skill-kubernetes"' in body
        assert 'id="skill-communication"' in body
        assert 'id="skill-terraform"' not in body
        assert "Showing 2 of 3 skills: the carried-over ratings." in body

    def test_only_unrated_lists_what_is_left_and_counts_every_skill(
        self, alice_client, alice, role
    ):
        draft = started_assessment(alice, role)
        alice_client.post(rating_url(draft, "kubernetes"), {"level": "3"})

        body = alice_client.get(take_url(draft), {"show": "unrated"}).content.decode()

        assert 'id="skill-kubernetes"' not in body
        assert 'id="skill-terraform"' in body
        assert "1 of 3 skills rated" in body
        assert 'href="#skill-communication">Next unrated' in body or (
            'href="#skill-terraform">Next unrated' in body
        )

    @pytest.mark.parametrize("show", ["everything", "", "UNRATED", "x" * 300])
    def test_an_unknown_show_lists_every_row(self, alice_client, alice, role, show):
        draft = started_assessment(alice, role)
        body = alice_client.get(take_url(draft), {"show": show}).content.decode()
        assert body.count('<fieldset class="skill-row"') == 3


# --- Saving ratings -----------------------------------------------------------------


class TestRatingSave:
    def test_plain_post_saves_and_redirects_back_to_the_take_page(self, alice_client, alice, role):
        assessment = started_assessment(alice, role)

        response = alice_client.post(rating_url(assessment, "kubernetes"), {"level": "3"})

        assert response.status_code == 303
        assert response["Location"].startswith(take_url(assessment))
        assert assessment.items.get(skill__slug="kubernetes").rated == 3

    def test_htmx_post_returns_the_rows_changed_parts_and_progress_out_of_band(
        self, alice_client, alice, role
    ):
        assessment = started_assessment(alice, role)

        response = alice_client.post(
            rating_url(assessment, "kubernetes"),
            {"skill-kubernetes": "4"},
            headers={"HX-Request": "true"},
        )

        body = response.content.decode()
        assert response.status_code == 200
        assert "<html" not in body
        assert '<p class="chosen" hx-swap-oob="outerHTML:#skill-kubernetes .chosen">' in body
        assert "✓ Saved.</span> <b>4 · Advanced:</b>" in body
        assert 'id="section-technical-containers-count" hx-swap-oob="true">1 of 1 rated' in body
        assert 'id="progress"' in body
        assert 'hx-swap-oob="true"' in body
        assert "1 of 3 skills rated" in body
        assert "Terraform" not in body  # only this row

    @pytest.mark.parametrize("level", ["6", "-1", "2.5", "three", "", "  ", "1e3", "٣"])
    def test_bad_levels_are_refused_and_nothing_changes(self, alice_client, alice, role, level):
        assessment = started_assessment(alice, role)

        response = alice_client.post(rating_url(assessment, "kubernetes"), {"level": level})

        assert response.status_code == 400
        assert "Choose" in response.content.decode()
        assert assessment.items.get(skill__slug="kubernetes").rated is None

    def test_a_note_or_a_confidence_is_saved_before_a_level(self, alice_client, alice, role):
        assessment = started_assessment(alice, role)

        noted = alice_client.post(rating_url(assessment, "kubernetes"), {"note": "Ran 1.29"})
        unsure = alice_client.post(rating_url(assessment, "kubernetes"), {"confidence": "unsure"})

        assert (noted.status_code, unsure.status_code) == (303, 303)
        item = assessment.items.get(skill_slug="kubernetes")
        assert (item.rated, item.note, item.confidence) == (None, "Ran 1.29", "unsure")

    def test_a_level_after_a_note_keeps_the_note(self, alice_client, alice, role):
        assessment = started_assessment(alice, role)
        alice_client.post(rating_url(assessment, "kubernetes"), {"note": "Ran 1.29"})

        alice_client.post(rating_url(assessment, "kubernetes"), {"level": "3"})

        item = assessment.items.get(skill_slug="kubernetes")
        assert (item.rated, item.note, item.confidence) == (3, "Ran 1.29", "sure")

    @pytest.mark.parametrize(
        ("data", "message"),
        [
            pytest.param({}, "Nothing to save", id="nothing-sent"),
            pytest.param({"confidence": "maybe"}, "either sure or unsure", id="bad-confidence"),
            pytest.param(
                {"confidence": "unsure", "level": "9"}, "is not a level", id="bad-level-with-it"
            ),
        ],
    )
    def test_bad_confidence_or_nothing_sent_is_refused(
        self, alice_client, alice, role, data, message
    ):
        assessment = started_assessment(alice, role)

        response = alice_client.post(rating_url(assessment, "kubernetes"), data)

        assert response.status_code == 400
        assert message in response.content.decode()
        item = assessment.items.get(skill_slug="kubernetes")
        assert (item.rated, item.note, item.confidence) == (None, "", "sure")

    def test_a_skill_not_in_the_assessment_is_refused(self, alice_client, alice, role):
        SkillFactory(slug="cooking", name="Cooking")
        assessment = started_assessment(alice, role)

        response = alice_client.post(rating_url(assessment, "cooking"), {"level": "3"})

        assert response.status_code == 404
        assert "not a skill of this assessment" in response.content.decode()

    def test_overlong_notes_are_refused(self, alice_client, alice, role):
        assessment = started_assessment(alice, role)
        response = alice_client.post(
            rating_url(assessment, "kubernetes"), {"level": "3", "note": "x" * 1001}
        )
        assert response.status_code == 400
        assert assessment.items.get(skill__slug="kubernetes").rated is None


class TestBulkSave:
    def test_whole_form_saves_every_rating_in_one_go(self, alice_client, alice, role):
        assessment = started_assessment(alice, role)

        response = alice_client.post(
            take_url(assessment),
            {"skill-kubernetes": "2", "skill-terraform": "3", "note-terraform": "modules"},
        )

        assert response.status_code == 302
        rated = dict(assessment.items.values_list("skill__slug", "rated"))
        assert rated == {"kubernetes": 2, "terraform": 3, "communication": None}
        assert assessment.items.get(skill__slug="terraform").note == "modules"

    def test_the_plain_form_saves_confidence_as_the_take_page_posts_it(
        self, alice_client, alice, role
    ):
        """The checkbox posts "unsure" after a hidden "sure": the last value wins."""
        assessment = started_assessment(alice, role)
        data = QueryDict(mutable=True)
        data.setlist("confidence-kubernetes", ["sure", "unsure"])
        data.setlist("confidence-terraform", ["sure"])
        data["skill-terraform"] = "3"

        response = alice_client.post(take_url(assessment), data.urlencode(), content_type=FORM)

        assert response.status_code == 302
        items = {i.skill_slug: (i.rated, i.confidence) for i in assessment.items.all()}
        assert items == {
            "kubernetes": (None, "unsure"),
            "terraform": (3, "sure"),
            "communication": (None, "sure"),
        }
        take = alice_client.get(take_url(assessment)).content.decode()
        assert "name=confidence-kubernetes value=unsure checked" in take

    def test_one_bad_field_saves_nothing(self, alice_client, alice, role):
        assessment = started_assessment(alice, role)

        response = alice_client.post(
            take_url(assessment), {"skill-kubernetes": "2", "skill-terraform": "9"}
        )

        assert response.status_code == 400
        assert "Terraform" in response.content.decode()
        assert not assessment.items.filter(rated__isnull=False).exists()

    def test_an_unknown_skill_field_saves_nothing(self, alice_client, alice, role):
        assessment = started_assessment(alice, role)

        response = alice_client.post(
            take_url(assessment), {"skill-kubernetes": "2", "skill-cooking": "3"}
        )

        assert response.status_code == 404
        assert not assessment.items.filter(rated__isnull=False).exists()

    def test_save_and_submit_from_the_form(self, alice_client, alice, role):
        assessment = started_assessment(alice, role)

        response = alice_client.post(
            take_url(assessment),
            {
                "skill-kubernetes": "2",
                "skill-terraform": "3",
                "skill-communication": "5",
                "submit": "",
            },
        )

        assessment.refresh_from_db()
        assert assessment.is_submitted
        assert response["Location"] == reverse("assessments:report", args=[assessment.public_id])


# --- Submit and after ------------------------------------------------------------


class TestSubmit:
    def test_submit_needs_every_item_rated_and_says_which_are_missing(
        self, alice_client, alice, role
    ):
        assessment = started_assessment(alice, role)
        alice_client.post(rating_url(assessment, "kubernetes"), {"level": "3"})

        response = alice_client.post(reverse("assessments:submit", args=[assessment.public_id]))

        assert response.status_code == 302
        assert response["Location"].endswith("#skill-terraform")
        body = alice_client.get(response["Location"]).content.decode()
        assert "Still to rate (2): Terraform, Communication" in body
        assessment.refresh_from_db()
        assert not assessment.is_submitted

    def test_submit_redirects_to_the_report(self, alice_client, alice, role):
        assessment = started_assessment(alice, role)
        for slug in ("kubernetes", "terraform", "communication"):
            alice_client.post(rating_url(assessment, slug), {"level": "3"})

        response = alice_client.post(reverse("assessments:submit", args=[assessment.public_id]))

        assessment.refresh_from_db()
        assert assessment.submitted_at is not None
        assert response["Location"] == reverse("assessments:report", args=[assessment.public_id])

    def test_a_submitted_assessment_cannot_be_changed(self, alice_client, alice, role):
        assessment = submitted_assessment(alice, role, rated=3)
        submitted_at = Assessment.objects.get(pk=assessment.pk).submitted_at

        rating = alice_client.post(rating_url(assessment, "kubernetes"), {"level": "5"})
        bulk = alice_client.post(take_url(assessment), {"skill-kubernetes": "5"})

        for response in (rating, bulk):
            assert response.status_code == 409
            assert "can no longer change" in response.content.decode()
        assert set(AssessmentItem.objects.values_list("rated", flat=True)) == {3}
        assert Assessment.objects.get(pk=assessment.pk).submitted_at == submitted_at

    def test_the_loser_of_a_double_submit_lands_on_the_report(self, alice_client, alice, role):
        assessment = submitted_assessment(alice, role, rated=3)
        submitted_at = Assessment.objects.get(pk=assessment.pk).submitted_at
        report = reverse("assessments:report", args=[assessment.public_id])

        again = alice_client.post(reverse("assessments:submit", args=[assessment.public_id]))
        htmx = alice_client.post(
            reverse("assessments:submit", args=[assessment.public_id]), headers=HX
        )

        assert (again.status_code, again["Location"]) == (303, report)
        assert (htmx.status_code, htmx["HX-Redirect"]) == (200, report)
        form = alice_client.post(take_url(assessment), {"skill-kubernetes": "3", "submit": ""})
        assert (form.status_code, form["Location"]) == (303, report)
        assert Assessment.objects.get(pk=assessment.pk).submitted_at == submitted_at

    def test_take_page_of_a_submitted_assessment_redirects_to_the_report(
        self, alice_client, alice, role
    ):
        assessment = submitted_assessment(alice, role)
        response = alice_client.get(take_url(assessment))
        assert response["Location"] == reverse("assessments:report", args=[assessment.public_id])

    def test_retake_starts_a_prefilled_draft(self, alice_client, alice, role):
        first = submitted_assessment(
            alice, role, rated={"kubernetes": 2, "terraform": 3, "communication": 4}
        )

        response = alice_client.post(reverse("assessments:retake", args=[first.public_id]))

        draft = Assessment.objects.drafts().get(user=alice)
        assert response["Location"] == take_url(draft)
        assert dict(draft.items.values_list("skill__slug", "rated")) == {
            "kubernetes": 2,
            "terraform": 3,
            "communication": 4,
        }
        assert draft.pk != first.pk


# --- My assessments ------------------------------------------------------------------


def test_my_assessments_lists_drafts_and_submitted_newest_first(alice_client, alice, role):
    older = submitted_assessment(alice, role)
    other = RoleFactory(title="Platform Engineer", slug="pe")
    RequirementFactory(role=other)
    newer = started_assessment(alice, other)

    body = alice_client.get(reverse("assessments:list")).content.decode()

    assert body.index(str(newer.public_id)) < body.index(str(older.public_id))
    # Met: Terraform and Communication (2 + 2) of 3 + 2 + 2 = 57.1 → developing
    assert "meets 2 of 3 (<strong>57.1%</strong> by weight)" in body
    assert "Developing" in body
    assert "0 of 1 rated" in body
    assert "Submitted" in body
    assert "Draft" in body


@pytest.mark.parametrize("name", ["rating", "bulk", "submit", "start"])
def test_every_post_needs_the_csrf_token(csrf_client, alice, role, name):
    assessment = started_assessment(alice, role)
    csrf_client.force_login(alice)
    target, data = {
        "rating": (rating_url(assessment, "kubernetes"), {"level": "3"}),
        "bulk": (take_url(assessment), {"skill-kubernetes": "3"}),
        "submit": (reverse("assessments:submit", args=[assessment.public_id]), {}),
        "start": (reverse("roles:assess", args=[role.slug]), {}),
    }[name]

    response = csrf_client.post(target, data, headers={"HX-Request": "true"})

    assert response.status_code == 403
    assert not assessment.items.filter(rated__isnull=False).exists()
    assert Assessment.objects.count() == 1


def test_htmx_post_with_the_token_header_is_accepted(csrf_client, alice, role):
    assessment = started_assessment(alice, role)
    csrf_client.force_login(alice)
    page = csrf_client.get(take_url(assessment)).content.decode()
    import re

    token = re.search(r'"X-CSRFToken": "([^"]+)"', page).group(1)

    response = csrf_client.post(
        rating_url(assessment, "kubernetes"),
        {"level": "3"},
        headers={"HX-Request": "true", "X-CSRFToken": token},
    )

    assert response.status_code == 200
    assert assessment.items.get(skill__slug="kubernetes").rated == 3
