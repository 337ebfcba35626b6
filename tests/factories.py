"""Rows for tests: one factory per model (use `.build()` when no row is needed)."""

from __future__ import annotations

from typing import TypeVar

import factory
from django.db import models
from django.utils.text import slugify
from factory.django import DjangoModelFactory

from assessments.models import Assessment
from pathly.models import User
from roles.models import (
    LearningResource,
    Requirement,
    Role,
    RoleTransition,
    Skill,
    SkillLevel,
    Track,
)

DEFAULT_PASSWORD = "correct horse battery staple"

M = TypeVar("M", bound=models.Model)


def slug_of(field: str) -> factory.LazyAttribute:
    """A slug that follows `field` (the name or title) unless the test gives one."""
    return factory.LazyAttribute(lambda row: slugify(getattr(row, field)))


class UserFactory(DjangoModelFactory[User]):
    class Meta:
        model = User
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.com")
    display_name = factory.Faker("name")
    password = factory.django.Password(DEFAULT_PASSWORD)


class SlugKeyedFactory(DjangoModelFactory[M]):
    """Catalog rows are found by slug: asking twice for one slug gives the same row."""

    class Meta:
        abstract = True
        django_get_or_create = ("slug",)


class TrackFactory(SlugKeyedFactory[Track]):
    class Meta:
        model = Track

    name = factory.Sequence(lambda n: f"Track {n}")
    slug = slug_of("name")
    description = "A career ladder."


class RoleFactory(SlugKeyedFactory[Role]):
    class Meta:
        model = Role

    title = factory.Sequence(lambda n: f"Engineer {n}")
    slug = slug_of("title")
    track = factory.SubFactory(TrackFactory)
    level = 2
    summary = "Builds and runs things."
    responsibilities = "Build things\nRun things"
    is_published = True


class SkillFactory(SlugKeyedFactory[Skill]):
    class Meta:
        model = Skill

    name = factory.Sequence(lambda n: f"Skill {n:03d}")
    slug = slug_of("name")
    kind = "technical"
    category = "Cloud"
    description = "A useful skill."


class SkillLevelFactory(DjangoModelFactory[SkillLevel]):
    class Meta:
        model = SkillLevel

    skill = factory.SubFactory(SkillFactory)
    level = 3
    description = factory.LazyAttribute(lambda a: f"Does level-{a.level} things with {a.skill}.")


class RequirementFactory(DjangoModelFactory[Requirement]):
    class Meta:
        model = Requirement

    role = factory.SubFactory(RoleFactory)
    skill = factory.SubFactory(SkillFactory)
    level = 3
    importance = "important"


class LearningResourceFactory(DjangoModelFactory[LearningResource]):
    class Meta:
        model = LearningResource

    skill = factory.SubFactory(SkillFactory)
    title = factory.Sequence(lambda n: f"Course {n}")
    kind = "course"
    from_level = 1
    to_level = 3
    hours = 10


class RoleTransitionFactory(DjangoModelFactory[RoleTransition]):
    class Meta:
        model = RoleTransition

    from_role = factory.SubFactory(RoleFactory)
    to_role = factory.SubFactory(RoleFactory)
    kind = "promotion"


def role_with_requirements(n: int, **role_kwargs):
    """A published role requiring n skills (half technical, half soft)."""
    role = RoleFactory(**role_kwargs)
    for i in range(n):
        skill = SkillFactory(
            kind="technical" if i % 2 == 0 else "soft",
            category=f"Category {i % 4}",
        )
        RequirementFactory(role=role, skill=skill, level=1 + i % 5)
    return role


# --- Assessments -------------------------------------------------------------------
def started_assessment(user: User, role: Role | None = None, *, n: int = 4) -> Assessment:
    """A draft assessment of `user` (through the real service)."""
    from assessments.services import assessment_start

    role = role or role_with_requirements(n)
    assessment, _ = assessment_start(user=user, role=role)
    return assessment


def submitted_assessment(
    user: User, role: Role | None = None, *, n: int = 4, rated: int | dict[str, int] = 3
) -> Assessment:
    """A submitted assessment with every item rated (`rated`: one level or slug → level)."""
    from assessments.services import assessment_submit, ratings_save_many

    assessment = started_assessment(user, role, n=n)
    slugs = list(assessment.items.values_list("skill__slug", flat=True))
    levels = rated if isinstance(rated, dict) else dict.fromkeys(slugs, rated)
    ratings_save_many(assessment=assessment, ratings={s: str(levels[s]) for s in slugs})
    assessment_submit(assessment=assessment)
    return assessment
