"""Database constraints hold even when forms are bypassed."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction

import roles.models
from roles.models import LearningResource, Requirement, Role, RoleTransition, Skill, SkillLevel
from tests.factories import (
    LearningResourceFactory,
    RequirementFactory,
    RoleFactory,
    RoleTransitionFactory,
    SkillFactory,
    SkillLevelFactory,
    TrackFactory,
)

pytestmark = pytest.mark.django_db


def rejects(create) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        create()


def test_role_slugs_are_unique():
    RoleFactory(slug="sre", title="SRE")
    rejects(lambda: Role.objects.create(slug="sre", title="Other", track=TrackFactory(), level=2))


@pytest.mark.parametrize("level", [0, 7])
def test_role_level_stays_on_the_ladder(level):
    rejects(lambda: RoleFactory(level=level))


def test_role_salary_range_is_ordered():
    rejects(lambda: RoleFactory(salary_min=200_000, salary_median=150_000, salary_max=250_000))
    rejects(lambda: RoleFactory(salary_min=200_000, salary_max=100_000))


def test_role_experience_range_is_ordered():
    rejects(lambda: RoleFactory(experience_years_min=8, experience_years_max=3))


def test_requirement_is_unique_per_role_and_skill():
    requirement = RequirementFactory()
    rejects(
        lambda: Requirement.objects.create(
            role=requirement.role, skill=requirement.skill, level=2, importance="optional"
        )
    )


@pytest.mark.parametrize("level", [0, 6])
def test_requirement_level_is_1_to_5(level):
    rejects(lambda: RequirementFactory(level=level))


def test_requirement_importance_is_one_of_three():
    rejects(lambda: RequirementFactory(importance="vital"))


def test_importance_weights_are_3_2_1():
    weights = [roles.models.Importance(v).weight for v in ("critical", "important", "optional")]
    assert weights == [3, 2, 1]


def test_skill_kind_is_technical_or_soft():
    rejects(lambda: SkillFactory(kind="hard"))


def test_skill_names_and_slugs_are_unique():
    SkillFactory(name="Kubernetes", slug="kubernetes")
    rejects(lambda: Skill.objects.create(name="Kubernetes", slug="k8s", kind="technical"))
    rejects(lambda: Skill.objects.create(name="K8s", slug="kubernetes", kind="technical"))


def test_skill_level_is_unique_and_within_1_to_5():
    anchor = SkillLevelFactory(level=3)
    rejects(lambda: SkillLevel.objects.create(skill=anchor.skill, level=3, description="x"))
    rejects(lambda: SkillLevelFactory(skill=anchor.skill, level=6))
    rejects(lambda: SkillLevelFactory(skill=anchor.skill, level=0))


def test_resource_band_is_ordered_and_hours_positive():
    rejects(lambda: LearningResourceFactory(from_level=4, to_level=2))
    rejects(lambda: LearningResourceFactory(hours=0))
    rejects(lambda: LearningResourceFactory(kind="podcast"))


def test_resource_titles_are_unique_per_skill():
    resource = LearningResourceFactory(title="CKA")
    rejects(
        lambda: LearningResource.objects.create(
            skill=resource.skill, title="CKA", kind="course", from_level=1, to_level=2, hours=1
        )
    )


def test_transitions_have_no_self_loops_or_duplicates():
    transition = RoleTransitionFactory()
    rejects(
        lambda: RoleTransition.objects.create(
            from_role=transition.from_role, to_role=transition.from_role, kind="lateral"
        )
    )
    rejects(
        lambda: RoleTransition.objects.create(
            from_role=transition.from_role, to_role=transition.to_role, kind="lateral"
        )
    )
    rejects(lambda: RoleTransitionFactory(kind="sideways"))


def test_a_skill_used_by_a_role_cannot_be_deleted():
    from django.db.models import ProtectedError

    requirement = RequirementFactory()
    with pytest.raises(ProtectedError):
        requirement.skill.delete()


def test_role_helpers_read_well():
    role = RoleFactory.build(
        title="Senior SRE", level=3, responsibilities="- Run on-call\n\n• Lead reviews\n"
    )
    assert str(role) == "Senior SRE"
    assert role.level_label == "Senior"
    assert role.responsibility_list == ["Run on-call", "Lead reviews"]
    assert SkillFactory(aliases="k8s, kube ,").alias_list == ["k8s", "kube"]
