"""The seed catalog (fixtures/catalog.json), built from the write-ups in docs/SOURCES.md."""

from __future__ import annotations

import itertools

import pytest

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
    assert {
        "senior-ai-platform-engineer",
        "ml-platform-tech-lead",
        "ai-infrastructure-architect",
        "engineering-manager-ai-platform",
    } <= promotions


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
