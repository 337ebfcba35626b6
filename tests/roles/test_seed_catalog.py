"""The seed catalog (fixtures/catalog.json), built from the write-ups in docs/SOURCES.md."""

from __future__ import annotations

import itertools

import pytest
from django.urls import reverse

from assessments.services import assessment_start
from roles.catalog_io import catalog_export, catalog_import
from roles.catalog_source import read_source
from roles.models import LearningResource, Requirement, Role, RoleTransition, Skill, SkillLevel

pytestmark = pytest.mark.django_db

SEED_ROLES = {
    "senior-platform-engineer": "Senior Platform Engineer",
    "platform-engineering-director": "Platform Engineering Director",
    "senior-site-reliability-engineer": "Senior Site Reliability Engineer",
    "ai-platform-engineer": "AI Platform Engineer",
    "machine-learning-platform-engineer": "Machine Learning Platform Engineer",
}
PLATFORM_LADDER = [
    "Junior Platform Engineer",
    "Platform Engineer",
    "Senior Platform Engineer",
    "Platform Engineering Team Lead",
    "Platform Engineering Director",
]
SRE_LADDER = [
    "Junior Site Reliability Engineer",
    "Site Reliability Engineer",
    "Senior Site Reliability Engineer",
    "Site Reliability Engineering Manager",
    "Director of Site Reliability Engineering",
]


@pytest.fixture
def catalog(db, seed_catalog_for_module):
    """The seed catalog, loaded once for the module; each test's writes roll back."""


def test_the_five_seed_roles_are_published_with_full_requirement_sets(catalog):
    for slug, title in SEED_ROLES.items():
        role = Role.objects.get(slug=slug)
        assert role.title == title
        assert role.is_published
        kinds = list(role.requirements.values_list("skill__kind", flat=True))
        assert kinds.count("technical") >= 10, slug
        assert kinds.count("soft") >= 5, slug
        assert role.summary
        assert role.responsibility_list


def test_salary_figures_come_from_the_seed_pages(catalog):
    role = Role.objects.get(slug="senior-platform-engineer")
    assert (role.salary_min, role.salary_median, role.salary_max) == (133_000, 137_000, 241_000)
    assert (role.salary_currency, role.salary_year) == ("USD", 2024)


def salaries(slug: str) -> tuple:
    role = Role.objects.get(slug=slug)
    return role.salary_min, role.salary_median, role.salary_average, role.salary_max


def test_a_median_is_only_ever_one_the_source_states(catalog):
    # The Director's $203,410 is an average; Senior SRE's and ML Platform Engineer's
    # write-ups state averages as ranges, and no median at all.
    assert salaries("platform-engineering-director") == (184_594, None, 203_410, 222_992)
    assert salaries("senior-site-reliability-engineer") == (110_000, None, None, 200_000)
    assert salaries("machine-learning-platform-engineer") == (144_000, None, None, 166_399)
    medians = set(Role.objects.exclude(salary_median=None).values_list("slug", flat=True))
    assert medians == {"senior-platform-engineer"}
    sre = Role.objects.get(slug="senior-site-reliability-engineer")
    assert "$133,981 to $140,000" in sre.salary_source
    assert "seed" not in sre.salary_source.lower()  # written for readers


def test_every_role_names_its_source_or_is_a_derived_rung_without_guessed_figures(catalog):
    sourced = dict(Role.objects.exclude(source="").values_list("slug", "source"))
    assert set(sourced) == set(SEED_ROLES)
    assert "AI Platform Engineer: Role Blueprint" in sourced["ai-platform-engineer"]
    for role in Role.objects.filter(source=""):
        if role.slug not in (
            "senior-machine-learning-platform-engineer",  # 004: "7+ years for senior roles"
        ):
            assert role.experience_years_min is role.experience_years_max is None, role.slug
        if role.has_salary:  # only the ML rungs whose ranges seed 004 states by level
            assert "AiPathly" in role.salary_source or "profile" in role.salary_source, role.slug


def test_senior_platform_engineer_says_which_years_the_write_up_gives(catalog):
    role = Role.objects.get(slug="senior-platform-engineer")
    assert role.experience_text == "5+ years"
    assert "5–8 years" in role.education
    assert "8+ years" in role.education


def requirement(role: str, skill: str) -> Requirement:
    return Requirement.objects.get(role__slug=role, skill__slug=skill)


def test_seed_003_grades_win(catalog):
    assert requirement("ai-platform-engineer", "llmops").importance == "important"
    for skill in ("agentic-workflow-operations", "confidential-computing"):
        assert requirement("ai-platform-engineer", skill).importance == "optional"
    data = requirement("ai-platform-engineer", "data-platform-integration")
    assert data.importance == "important"
    assert "lineage" in data.skill.description
    assert "Kimball" not in " ".join(data.skill.resources.values_list("title", flat=True))
    assert not Requirement.objects.filter(
        role__slug="ai-platform-engineer", skill__slug="data-modeling"
    ).exists()
    assert "GitHub/GitLab" in requirement("ai-platform-engineer", "version-control").note


def test_seed_002_and_004_languages_and_tools_are_their_own_requirements(catalog):
    assert requirement("senior-site-reliability-engineer", "ruby").importance == "optional"
    assert (
        "Ansible"
        in requirement("senior-site-reliability-engineer", "configuration-management").note
    )
    assert requirement("machine-learning-platform-engineer", "r-programming").skill.name == "R"


def test_small_inconsistencies_are_gone(catalog):
    assert requirement("platform-engineering-director", "strategic-planning").level == 5
    assert requirement("director-of-site-reliability-engineering", "strategic-planning").level == 5
    assert not LearningResource.objects.filter(
        skill__slug="containerization", title__contains="CKAD"
    ).exists()
    assert LearningResource.objects.filter(
        skill__slug="kubernetes", title__contains="CKAD"
    ).exists()
    bands = {
        (r.from_level, r.to_level)
        for r in LearningResource.objects.filter(title__startswith="Designing Data-Intensive")
    }
    assert bands == {(4, 5)}


@pytest.mark.parametrize("ladder", [PLATFORM_LADDER, SRE_LADDER], ids=["platform", "sre"])
def test_full_ladders_are_linked_by_promotions_with_rising_levels(catalog, ladder):
    roles = [Role.objects.get(title=title) for title in ladder]
    assert [r.level for r in roles] == sorted(r.level for r in roles)
    assert len({r.track_id for r in roles}) == 1
    for lower, upper in itertools.pairwise(roles):
        assert RoleTransition.objects.filter(
            from_role=lower, to_role=upper, kind="promotion"
        ).exists(), (lower, upper)
        assert lower.requirements.exists()


def test_ml_ladder_reaches_lead_machine_learning_engineer(catalog):
    lead = Role.objects.get(slug="lead-machine-learning-engineer")
    assert lead.title == "Lead Machine Learning Engineer"
    chain = ["machine-learning-platform-engineer", "senior-machine-learning-platform-engineer"]
    for lower, upper in zip(chain, [*chain[1:], lead.slug], strict=False):
        assert RoleTransition.objects.filter(
            from_role__slug=lower, to_role__slug=upper, kind="promotion"
        ).exists()


def test_ai_platform_engineer_has_the_feeders_and_next_roles_of_seed_003(catalog):
    ai = Role.objects.get(slug="ai-platform-engineer")
    feeders = set(ai.transitions_in.values_list("from_role__slug", flat=True))
    assert {
        "platform-engineer",
        "site-reliability-engineer",
        "data-engineer",
        "machine-learning-engineer",
        "backend-infrastructure-engineer",
    } <= feeders
    promotions = set(
        ai.transitions_out.filter(kind="promotion").values_list("to_role__slug", flat=True)
    )
    assert promotions == {"senior-ai-platform-engineer", "engineering-manager-ai-platform"}


def test_seed_003_ladder_runs_senior_staff_then_tech_lead_or_architect(catalog):
    # Section 20: Senior → Staff/Principal → ML Platform Tech Lead / AI Infrastructure Architect.
    chain = [
        ("ai-platform-engineer", "senior-ai-platform-engineer"),
        ("senior-ai-platform-engineer", "staff-ai-platform-engineer"),
        ("staff-ai-platform-engineer", "ml-platform-tech-lead"),
        ("staff-ai-platform-engineer", "ai-infrastructure-architect"),
    ]
    for lower, upper in chain:
        edge = RoleTransition.objects.get(from_role__slug=lower, to_role__slug=upper)
        assert edge.kind == "promotion"
        assert edge.to_role.level > edge.from_role.level
    # No promotion skips a rung of the AI platform ladder.
    for edge in RoleTransition.objects.filter(
        kind="promotion", from_role__track__slug="ai-platform-engineering"
    ).select_related("from_role", "to_role"):
        assert edge.to_role.level - edge.from_role.level <= 2, edge


def test_seed_003_grades_map_onto_importance(catalog):
    importances = set(
        Requirement.objects.filter(role__slug="ai-platform-engineer").values_list(
            "importance", flat=True
        )
    )
    assert importances == {"critical", "important", "optional"}


def test_one_shared_vocabulary_with_aliases(catalog):
    k8s = Skill.objects.get(slug="kubernetes")
    assert "k8s" in k8s.alias_list
    assert "IaC" in Skill.objects.get(slug="infrastructure-as-code").alias_list
    using = set(Requirement.objects.filter(skill=k8s).values_list("role__slug", flat=True))
    assert {
        "senior-platform-engineer",
        "senior-site-reliability-engineer",
        "ai-platform-engineer",
    } <= using


def test_every_skill_of_the_seed_roles_has_five_specific_anchors(catalog):
    skills = Skill.objects.filter(requirements__role__slug__in=SEED_ROLES).distinct()
    for skill in skills:
        levels = list(SkillLevel.objects.filter(skill=skill).order_by("level"))
        assert [lv.level for lv in levels] == [1, 2, 3, 4, 5], skill.slug
        assert len({lv.description for lv in levels}) == 5, skill.slug


def test_most_skills_have_learning_resources(catalog):
    used = Skill.objects.filter(requirements__isnull=False).distinct()
    with_resources = used.filter(resources__isnull=False).distinct()
    assert with_resources.count() >= 0.8 * used.count()
    assert LearningResource.objects.filter(title__icontains="Certified Kubernetes").exists()


def test_every_seed_role_can_be_assessed(catalog, alice):
    for slug in SEED_ROLES:
        assessment, created = assessment_start(user=alice, role=Role.objects.get(slug=slug))
        assert created
        assert assessment.items.count() == Role.objects.get(slug=slug).requirements.count()


def test_fixture_is_up_to_date_with_its_readable_source(catalog):
    """fixtures/catalog.json == roles/catalog/*.yaml (regenerate with `make catalog`)."""
    from_fixture = catalog_export()
    report = catalog_import(read_source())
    assert report.lines() == []
    assert catalog_export() == from_fixture


def role_page(client, slug: str) -> str:
    response = client.get(reverse("roles:detail", args=[slug]))
    assert response.status_code == 200
    return response.content.decode()


def test_the_role_page_names_the_source_and_the_stated_figures(catalog, client):
    page = role_page(client, "platform-engineering-director")
    assert "AiPathly career profile" in page
    assert "$203,410</span> average" in page
    assert "</span> median" not in page
    assert "derived rung" not in page


def test_a_derived_rung_says_so_and_what_it_comes_from(catalog, client):
    page = role_page(client, "junior-site-reliability-engineer")
    derived = page.split('id="derived-rung">')[1].split("</dd>")[0]
    assert "A derived rung: no write-up describes this role" in derived
    assert (
        'href="/roles/senior-site-reliability-engineer/">Senior Site Reliability Engineer'
        in derived
    )
    assert "<dt>Experience</dt>" not in page  # no guessed years
    # A track with no write-up of its own points at the roles it is linked to.
    data = role_page(client, "data-engineer")
    assert (
        'href="/roles/ai-platform-engineer/">AI Platform Engineer'
        in data.split('id="derived-rung">')[1]
    )
