"""Best fit, skill profile, ladder steps, compare and progress: through the pages."""

from __future__ import annotations

import html
import random

import pytest
from django.test import Client
from django.urls import reverse

from assessments import career, scoring
from assessments.models import Assessment
from assessments.selectors import (
    ProfileEntry,
    best_fit_candidates,
    ratings_of,
    skill_profile,
)
from roles.models import Requirement, Role
from tests.factories import (
    RequirementFactory,
    RoleFactory,
    RoleTransitionFactory,
    SkillFactory,
    TrackFactory,
    role_with_requirements,
    started_assessment,
    submitted_assessment,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def skills():
    return {
        slug: SkillFactory(name=slug.title(), slug=slug, kind=kind)
        for slug, kind in [
            ("k8s", "technical"),
            ("linux", "technical"),
            ("go", "technical"),
            ("talk", "soft"),
        ]
    }


@pytest.fixture
def ladder(skills):
    """SRE track: junior (1) → sre (2) → senior (3); a platform role elsewhere."""
    track = TrackFactory(name="SRE", slug="sre-track")
    junior = RoleFactory(title="Junior SRE", slug="junior-sre", track=track, level=1)
    sre = RoleFactory(title="SRE", slug="sre", track=track, level=2)
    senior = RoleFactory(title="Senior SRE", slug="senior-sre", track=track, level=3)
    platform = RoleFactory(title="Platform Engineer", slug="platform", level=2)
    for role, levels in [
        (junior, {"k8s": 1, "linux": 2}),
        (sre, {"k8s": 3, "linux": 3, "talk": 2}),
        (senior, {"k8s": 5, "linux": 5, "talk": 4}),
        (platform, {"k8s": 3, "go": 4}),
    ]:
        for slug, level in levels.items():
            RequirementFactory(
                role=role,
                skill=skills[slug],
                level=level,
                importance="critical" if slug == "k8s" else "important",
            )
    RoleTransitionFactory(from_role=junior, to_role=sre, kind="promotion")
    RoleTransitionFactory(from_role=sre, to_role=senior, kind="promotion")
    RoleTransitionFactory(from_role=sre, to_role=platform, kind="lateral")
    return {"junior": junior, "sre": sre, "senior": senior, "platform": platform}


def test_skill_profile_is_the_latest_submitted_rating_per_skill(
    alice, ladder, django_assert_num_queries
):
    first = submitted_assessment(alice, ladder["sre"], rated={"k8s": 1, "linux": 2, "talk": 3})
    submitted_assessment(alice, ladder["platform"], rated={"k8s": 4, "go": 2})
    draft = started_assessment(alice, ladder["junior"])
    draft.items.update(rated=5)  # drafts never count

    with django_assert_num_queries(1):
        profile = skill_profile(alice)

    assert {s: e.rated for s, e in profile.items()} == {"k8s": 4, "linux": 2, "talk": 3, "go": 2}
    assert profile["linux"].rated_at == Assessment.objects.get(pk=first.pk).submitted_at


def fit_rows(response) -> list[tuple[str, str, str, str, str]]:
    """(group, role slug, readiness_low, readiness_high, coverage) of each row shown."""
    return [
        (group.id, role.slug, str(f.readiness_low), str(f.readiness_high), str(f.coverage))
        for group in response.context["groups"]
        for role, f in group.rows
    ]


class TestBestFit:
    def test_ready_roles_highest_rung_first_then_those_within_reach(self, client, alice, ladder):
        # ratings: k8s 3, linux 3, talk 2 (from the SRE assessment)
        submitted_assessment(alice, ladder["sre"], rated={"k8s": 3, "linux": 3, "talk": 2})
        client.force_login(alice)

        response = client.get(reverse("roles:fit"))

        # junior and sre: every requirement met → 100.0; ready, the higher rung (sre) first.
        # platform (level 2): k8s met (w 3), go unrated (w 2) → low 60.0, high 100.0.
        # senior (level 3): nothing met → 0.0 over 100.0 coverage.
        assert fit_rows(response) == [
            ("ready", "sre", "100.0", "100.0", "100.0"),
            ("ready", "junior-sre", "100.0", "100.0", "100.0"),
            ("within-reach", "platform", "60.0", "100.0", "60.0"),
            ("within-reach", "senior-sre", "0.0", "0.0", "100.0"),
        ]
        body = response.content.decode()
        assert "between <strong>60.0%</strong> and <strong>100.0%</strong> ready" in body
        assert "rate 1 more skill to know · coverage 60.0%" in body
        # Assessed before → "Reassess"; never assessed → "Assess yourself".
        assert 'formaction="/roles/sre/assess/">Reassess</button>' in body
        assert 'formaction="/roles/platform/assess/">Assess yourself</button>' in body

    def test_lower_rungs_not_ready_only_under_show_all(self, client, alice, ladder):
        # Senior SRE met in full: senior, SRE and junior are ready (top rung 3).
        # Platform (level 2): k8s met (w 3), go unrated (w 2) → low 60.0, below the top.
        submitted_assessment(alice, ladder["senior"], rated={"k8s": 5, "linux": 5, "talk": 4})
        client.force_login(alice)

        shown = client.get(reverse("roles:fit"))
        everything = client.get(reverse("roles:fit"), {"all": "1"})

        assert [(group, slug) for group, slug, *_ in fit_rows(shown)] == [
            ("ready", "senior-sre"),
            ("ready", "sre"),
            ("ready", "junior-sre"),
        ]
        assert fit_rows(everything)[-1] == ("lower-rungs", "platform", "60.0", "100.0", "60.0")
        assert "Show all listed roles</a> (1 more, 1 of them on lower rungs" in (
            shown.content.decode()
        )
        assert "Lower rungs, not ready yet" in everything.content.decode()

    def test_roles_under_half_coverage_are_not_listed(self, client, alice, ladder):
        submitted_assessment(alice, ladder["junior"], rated={"k8s": 2, "linux": 2})
        client.force_login(alice)
        go_only = RoleFactory(title="Go Developer", slug="go-dev")
        RequirementFactory(role=go_only, skill=SkillFactory(slug="go2", name="Go 2"), level=3)

        slugs = [slug for _, slug, *_ in fit_rows(client.get(reverse("roles:fit")))]

        # platform: k8s (w 3) of k8s + go (w 3 + 2) = 60.0 → listed; go-dev: 0 → not
        assert "platform" in slugs
        assert "go-dev" not in slugs

    def test_fit_json_lists_both_groups_with_the_contracts_fields(self, client, alice, ladder):
        submitted_assessment(alice, ladder["sre"], rated={"k8s": 3, "linux": 3, "talk": 2})
        client.force_login(alice)

        response = client.get(reverse("roles:fit_json"))

        assert response["Content-Type"] == "application/json"
        data = response.json()
        assert list(data) == ["ready", "within_reach"]
        assert [r["slug"] for r in data["ready"]] == ["sre", "junior-sre"]
        assert data["within_reach"][0] == {
            "slug": "platform",
            "title": "Platform Engineer",
            "level": 2,
            "readiness": 100.0,  # over the rated requirement (k8s)
            "readiness_low": 60.0,
            "readiness_high": 100.0,
            "coverage": 60.0,
        }

    def test_fit_json_is_empty_groups_without_ratings(self, client, alice, ladder):
        client.force_login(alice)
        assert client.get(reverse("roles:fit_json")).json() == {"ready": [], "within_reach": []}

    def test_empty_state_without_a_submitted_assessment(self, client, alice, ladder):
        started_assessment(alice, ladder["sre"])
        client.force_login(alice)
        body = client.get(reverse("roles:fit")).content.decode()
        assert "Submit an assessment first" in body

    def test_login_required(self, client):
        response = client.get(reverse("roles:fit"))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))

    def test_shows_only_my_ratings(self, client, alice, bob, ladder):
        submitted_assessment(alice, ladder["sre"], rated=5)
        client.force_login(bob)
        body = client.get(reverse("roles:fit")).content.decode()
        assert "Submit an assessment first" in body

    @pytest.mark.parametrize("name", ["roles:fit", "roles:fit_json"])
    def test_query_count_is_the_same_for_10_and_200_roles(
        self, client, alice, assert_flat_queries, name
    ):
        role = role_with_requirements(6)
        submitted_assessment(alice, role, rated=3)
        skills = [q.skill for q in role.requirements.all()]
        client.force_login(alice)

        def more_roles(count: int) -> None:
            for i in range(count):
                other = RoleFactory(level=1 + i % 5)
                for skill in skills[:4]:
                    RequirementFactory(role=other, skill=skill, level=2 + i % 3)

        more_roles(9)
        response = assert_flat_queries(
            lambda: client.get(reverse(name)),
            at_most=8,
            grow=lambda: more_roles(190),
            then=lambda: client.get(reverse(name), {"all": "1"}),
        )
        if name == "roles:fit":
            assert sum(len(group.rows) for group in response.context["groups"]) == 200

    def test_long_groups_show_the_first_50_with_a_link_to_all(self, client, alice):
        role = role_with_requirements(2)
        submitted_assessment(alice, role, rated=3)
        skill = role.requirements.first().skill
        for _ in range(60):
            RequirementFactory(role=RoleFactory(), skill=skill)
        client.force_login(alice)

        response = client.get(reverse("roles:fit"))

        ready = response.context["groups"][0]
        assert (len(ready.rows), ready.count) == (50, 61)
        body = response.content.decode()
        assert "Showing the first 50 of 61." in body
        assert "Show all listed roles</a> (11 more)" in body


class TestLadderSteps:
    def test_report_shows_promotions_laterals_and_a_stepping_stone(self, client, alice, ladder):
        # From SRE: senior needs much more → under 60; SRE itself is the assessed role,
        # junior is a lower rung that scores higher → "consider Junior SRE first".
        assessment = submitted_assessment(
            alice, ladder["sre"], rated={"k8s": 1, "linux": 2, "talk": 1}
        )
        client.force_login(alice)

        data = client.get(reverse("assessments:report", args=[assessment.public_id])).context[
            "data"
        ]

        kinds = [(s.role.slug, s.kind) for s in data.steps]
        assert kinds == [("senior-sre", "promotion"), ("platform", "lateral")]
        senior = data.steps[0]
        # Nothing of senior met (k8s 1 < 5, linux 2 < 5, talk 1 < 4), all rated → 0.0
        assert (str(senior.fit.readiness_low), str(senior.fit.readiness_high)) == ("0.0", "0.0")
        # junior: k8s 1 ≥ 1 and linux 2 ≥ 2 → 100.0
        assert senior.stepping_stone.role.slug == "junior-sre"
        body = client.get(reverse("assessments:report", args=[assessment.public_id])).content
        assert b"Consider <a" in body
        assert (
            b"Junior SRE</a> first: <strong>100.0% ready</strong> \xc2\xb7 every skill rated"
            in body
        )

    def test_role_page_previews_next_steps_from_my_ratings(self, client, alice, ladder):
        submitted_assessment(alice, ladder["sre"], rated={"k8s": 3, "linux": 3, "talk": 2})
        client.force_login(alice)

        body = client.get(ladder["sre"].get_absolute_url()).content.decode()

        assert "From your latest ratings" in body
        # this role: every requirement rated and met
        assert "<strong>100.0% ready</strong> · every skill rated" in body
        # the promotion to senior SRE: all rated, none met
        assert "<strong>0.0% ready</strong> · every skill rated" in body
        assert ">Reassess</button>" in body

    def test_role_page_query_count_with_a_preview_is_constant(
        self, client, alice, ladder, assert_flat_queries
    ):
        submitted_assessment(alice, ladder["sre"], rated=3)
        client.force_login(alice)

        def more_next_steps():
            for i in range(20):
                extra = role_with_requirements(5, track=ladder["sre"].track, level=1 + i % 3)
                RoleTransitionFactory(from_role=ladder["sre"], to_role=extra, kind="lateral")

        assert_flat_queries(
            lambda: client.get(ladder["sre"].get_absolute_url()), at_most=20, grow=more_next_steps
        )


class TestCompare:
    def url(self, *slugs: str) -> str:
        return f"{reverse('assessments:compare')}?roles={','.join(slugs)}"

    def test_columns_with_shared_gaps_highlighted(self, client, alice, ladder):
        submitted_assessment(alice, ladder["junior"], rated={"k8s": 1, "linux": 2})
        client.force_login(alice)

        response = client.get(self.url("sre", "senior-sre", "platform"))

        assert response.status_code == 200
        comparison = response.context["comparison"]
        assert [c.role.slug for c in comparison.columns] == ["sre", "senior-sre", "platform"]
        assert comparison.shared_gaps == ("k8s",)
        body = response.content.decode()
        assert '<span class="shared-gap">K8S</span>' in body
        # sre: k8s 1 < 3 (w 3) and linux 2 < 3 (w 2) unmet, talk unrated (w 2) → 0.0–28.6
        assert (
            "between <strong>0.0%</strong> and <strong>28.6%</strong> ready — "
            "rate 1 more skill to know · coverage 71.4%"
        ) in body
        assert ">Assess yourself</button>" in body
        assert "% ready</span>" not in body  # never a bare readiness

    @pytest.mark.parametrize(
        ("query", "message"),
        [
            ("sre", "two to four"),
            ("sre,sre", "two to four"),
            ("sre,senior-sre,platform,junior-sre,extra", "two to four"),
            ("sre,nope", "No published role called 'nope'"),
        ],
    )
    def test_bad_selections_get_a_clear_400(self, client, alice, ladder, query, message):
        client.force_login(alice)
        response = client.get(f"{reverse('assessments:compare')}?roles={query}")
        assert response.status_code == 400
        assert message in html.unescape(response.content.decode())

    def test_checkbox_form_works_without_javascript(self, client, alice, ladder):
        client.force_login(alice)
        response = client.get(reverse("assessments:compare"), {"role": ["sre", "platform"]})
        assert response.status_code == 200
        assert response.context["selected"] == ["sre", "platform"]

    def test_login_required(self, client, ladder):
        response = client.get(self.url("sre", "platform"))
        assert response.status_code == 302

    def test_query_count_does_not_grow_with_roles_compared(
        self, client, alice, ladder, assert_flat_queries
    ):
        submitted_assessment(alice, ladder["sre"], rated=2)
        client.force_login(alice)
        assert_flat_queries(
            lambda: client.get(self.url("sre", "platform")),
            at_most=12,
            then=lambda: client.get(self.url("sre", "platform", "senior-sre", "junior-sre")),
        )


def test_report_shows_progress_over_time_after_several_submissions(client, alice, ladder):
    submitted_assessment(alice, ladder["sre"], rated=1)
    submitted_assessment(alice, ladder["sre"], rated=2)
    third = submitted_assessment(alice, ladder["sre"], rated=3)
    client.force_login(alice)

    response = client.get(reverse("assessments:report", args=[third.public_id]))

    timeline = response.context["data"].timeline
    # SRE: k8s 3 (w 3), linux 3 (w 2), talk 2 (w 2), W = 7. All 1s: nothing met;
    # all 2s: talk met (2/7); all 3s: everything met.
    assert [str(p.readiness) for p in timeline] == ["0.0", "28.6", "100.0"]
    body = response.content.decode()
    assert "Progress over time" in body
    assert "<polyline" in body


def test_new_assessments_start_from_my_latest_ratings(client, alice, ladder):
    submitted_assessment(alice, ladder["sre"], rated={"k8s": 3, "linux": 4, "talk": 2})
    client.force_login(alice)

    client.post(reverse("roles:assess", args=["platform"]))

    draft = Assessment.objects.drafts().get(user=alice)
    assert dict(draft.items.values_list("skill_slug", "rated")) == {"k8s": 3, "go": None}


@pytest.mark.parametrize("seed", range(6))
def test_best_fit_from_the_database_equals_the_definition(seed):
    """The aggregate query's sums give exactly scoring.best_fit over the same catalog."""
    rng = random.Random(seed)
    skills = [SkillFactory(slug=f"s{i}") for i in range(8)]
    roles = []
    for r in range(14):
        role = RoleFactory(
            title=f"{rng.choice(['Alpha', 'Beta', 'Gamma'])} {r % 3}",
            slug=f"role-{r}",
            is_published=r != 13,  # one unpublished role: never listed
        )
        requirements = [
            RequirementFactory(
                role=role,
                skill=skill,
                level=rng.randint(1, 5),
                importance=rng.choice(["critical", "important", "optional"]),
            )
            for skill in rng.sample(skills, rng.randint(1, len(skills)))
        ]
        if role.is_published:
            roles.append(
                scoring.RoleInput(
                    slug=role.slug,
                    title=role.title,
                    requirements=tuple(
                        scoring.RequirementInput(q.skill.slug, q.level, q.importance)
                        for q in requirements
                    ),
                    level=role.level,
                )
            )
    profile = {
        skill.slug: ProfileEntry(
            skill.pk, skill.slug, skill.name, "technical", "", rng.randint(0, 5), None, "", "sure"
        )
        for skill in rng.sample(skills, rng.randint(0, len(skills)))
    }

    groups = career.best_fit_groups(best_fit_candidates(profile))

    expected = scoring.best_fit(roles, ratings_of(profile))
    for name in ("ready", "within_reach", "others"):
        assert [(role.slug, f) for role, f in getattr(groups, name)] == [
            (role.slug, f) for role, f in getattr(expected, name)
        ]


class TestBestFitFollowsTheCatalog:
    """Best fit reads the catalog as it is now, whatever changed it."""

    def test_follows_requirement_edits_publishing_and_new_roles(
        self, client, alice, ladder, admin_user
    ):
        submitted_assessment(alice, ladder["sre"], rated={"k8s": 3, "linux": 3, "talk": 2})
        client.force_login(alice)

        def fit_of(slug: str) -> str | None:
            rows = fit_rows(client.get(reverse("roles:fit"), {"all": "1"}))
            return next((low for _, role, low, *_ in rows if role == slug), None)

        assert fit_of("senior-sre") == "0.0"
        Requirement.objects.filter(role=ladder["senior"], skill__slug="k8s").update(level=3)
        assert fit_of("senior-sre") == "42.9"  # k8s (w 3 of 7) now met

        admin = Client()
        admin.force_login(admin_user)
        admin.post(
            reverse("admin:roles_role_changelist"),
            {"action": "unpublish", "_selected_action": [ladder["senior"].pk]},
        )
        assert fit_of("senior-sre") is None

        new = RoleFactory(title="Brand New SRE", slug="brand-new", track=ladder["sre"].track)
        RequirementFactory(role=new, skill=SkillFactory(slug="k8s"), level=3, importance="critical")
        assert fit_of("brand-new") == "100.0"

    def test_follows_rows_written_by_bulk_create(self, client, alice, ladder, skills):
        submitted_assessment(alice, ladder["sre"], rated=3)
        client.force_login(alice)
        client.get(reverse("roles:fit"))  # warm the index

        (bulk,) = Role.objects.bulk_create(
            [
                Role(
                    title="Bulk SRE",
                    slug="bulk-sre",
                    track=ladder["sre"].track,
                    level=2,
                    is_published=True,
                )
            ]
        )
        Requirement.objects.bulk_create(
            [Requirement(role=bulk, skill=skills["k8s"], level=2, importance="critical")]
        )

        slugs = [slug for _, slug, *_ in fit_rows(client.get(reverse("roles:fit")))]
        assert "bulk-sre" in slugs
