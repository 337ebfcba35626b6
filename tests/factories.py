"""Rows for tests: one factory per model, and named builders for the shared worlds.

Factories make one row with plain defaults (use `.build()` when no row is needed).
The builders below them make the small hand-made SRE catalog that several modules
share (`tests/conftest.py` offers it as fixtures) and the usual assessments.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from typing import TypeVar

import factory
from django.db import models
from django.utils.text import slugify
from factory.django import DjangoModelFactory

from assessments.models import Assessment
from assessments.services import (
    assessment_start,
    assessment_submit,
    ratings_save_many,
    share_create,
)
from pathly.models import User
from roles import models as catalog

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
    """Catalog rows are found by slug: asking twice for one slug gives the same row.

    The slug follows the name unless the test gives one.
    """

    class Meta:
        abstract = True
        django_get_or_create = ("slug",)

    slug = slug_of("name")


class TrackFactory(SlugKeyedFactory[catalog.Track]):
    class Meta:
        model = catalog.Track

    name = factory.Sequence(lambda n: f"Track {n}")
    description = "A career ladder."


class RoleFactory(SlugKeyedFactory[catalog.Role]):
    class Meta:
        model = catalog.Role

    title = factory.Sequence(lambda n: f"Engineer {n}")
    slug = slug_of("title")
    track = factory.SubFactory(TrackFactory)
    level = 2
    summary = "Builds and runs things."
    responsibilities = "Build things\nRun things"
    is_published = True


class SkillFactory(SlugKeyedFactory[catalog.Skill]):
    class Meta:
        model = catalog.Skill

    name = factory.Sequence(lambda n: f"Skill {n:03d}")
    kind = "technical"
    category = "Cloud"
    description = "A useful skill."


class SkillLevelFactory(DjangoModelFactory[catalog.SkillLevel]):
    class Meta:
        model = catalog.SkillLevel

    skill = factory.SubFactory(SkillFactory)
    level = 3
    description = factory.LazyAttribute(lambda a: f"Does level-{a.level} things with {a.skill}.")


class RequirementFactory(DjangoModelFactory[catalog.Requirement]):
    class Meta:
        model = catalog.Requirement

    role = factory.SubFactory(RoleFactory)
    skill = factory.SubFactory(SkillFactory)
    level = 3
    importance = "important"


class LearningResourceFactory(DjangoModelFactory[catalog.LearningResource]):
    class Meta:
        model = catalog.LearningResource

    skill = factory.SubFactory(SkillFactory)
    title = factory.Sequence(lambda n: f"Course {n}")
    kind = "course"
    from_level = 1
    to_level = 3
    hours = 10


class RoleTransitionFactory(DjangoModelFactory[catalog.RoleTransition]):
    class Meta:
        model = catalog.RoleTransition

    from_role = factory.SubFactory(RoleFactory)
    to_role = factory.SubFactory(RoleFactory)
    kind = "promotion"


# --- Generated roles ------------------------------------------------------------
def role_with_requirements(
    n: int, *, anchors: bool = False, resources: bool = False, **role_kwargs
) -> catalog.Role:
    """A published role requiring n new skills (half technical, half soft).

    `anchors` gives every skill a level-2 anchor and `resources` a learning
    resource: the extra rows a page reads per skill, for query-count tests.
    """
    role = RoleFactory(**role_kwargs)
    for i in range(n):
        skill = SkillFactory(
            kind="technical" if i % 2 == 0 else "soft",
            category=f"Category {i % 4}",
        )
        RequirementFactory(role=role, skill=skill, level=1 + i % 5)
        if resources:
            LearningResourceFactory(skill=skill)
        if anchors:
            SkillLevelFactory(skill=skill, level=2)
    return role


def role_requiring(
    requirements: Mapping[catalog.Skill, tuple[int, str]], **role_kwargs
) -> catalog.Role:
    """A role requiring each skill at (level, importance)."""
    role = RoleFactory(**role_kwargs)
    for skill, (level, importance) in requirements.items():
        RequirementFactory(role=role, skill=skill, level=level, importance=importance)
    return role


def promotions(*ladder: catalog.Role) -> list[catalog.RoleTransition]:
    """Promotions from each role of `ladder` to the next one."""
    return [
        RoleTransitionFactory(from_role=lower, to_role=upper, kind="promotion")
        for lower, upper in itertools.pairwise(ladder)
    ]


# --- The hand-made SRE catalog ----------------------------------------------------
# One skill per slug (the factories get or create by slug), so each builder can be
# called again for the same row.
def kubernetes() -> catalog.Skill:
    return SkillFactory(name="Kubernetes", slug="kubernetes", aliases="k8s", category="Containers")


def terraform() -> catalog.Skill:
    return SkillFactory(name="Terraform", slug="terraform", category="Infrastructure as Code")


def communication() -> catalog.Skill:
    return SkillFactory(name="Communication", slug="communication", kind="soft", category="Comms")


def sre_track(slug: str = "site-reliability-engineering") -> catalog.Track:
    return TrackFactory(name="Site Reliability Engineering", slug=slug)


def senior_sre(track: catalog.Track | None = None, **role_kwargs) -> catalog.Role:
    """Senior SRE (level 3): Kubernetes 4 critical, Terraform 3 and Communication 3 important."""
    return role_requiring(
        {
            kubernetes(): (4, "critical"),
            terraform(): (3, "important"),
            communication(): (3, "important"),
        },
        title="Senior SRE",
        slug="senior-sre",
        track=track or sre_track(),
        level=3,
        **role_kwargs,
    )


# --- Assessments -------------------------------------------------------------------
def started_assessment(user: User, role: catalog.Role | None = None, *, n: int = 4) -> Assessment:
    """A draft assessment of `user` (through the real service)."""
    role = role or role_with_requirements(n)
    assessment, _ = assessment_start(user=user, role=role)
    return assessment


def submitted_assessment(
    user: User, role: catalog.Role | None = None, *, n: int = 4, rated: int | dict[str, int] = 3
) -> Assessment:
    """A submitted assessment with every item rated (`rated`: one level or slug → level)."""
    assessment = started_assessment(user, role, n=n)
    slugs = list(assessment.items.values_list("skill_slug", flat=True))
    levels = rated if isinstance(rated, dict) else dict.fromkeys(slugs, rated)
    ratings_save_many(assessment=assessment, ratings={s: levels[s] for s in slugs})
    assessment_submit(assessment=assessment)
    return assessment


def submitted_assessments(user: User, count: int, *, n: int) -> list[Assessment]:
    """`count` submitted assessments of `user`, each of a new role requiring n skills."""
    return [submitted_assessment(user, n=n) for _ in range(count)]


def shared_report_and_draft(
    user: User,
    *,
    rated: int,
    role: catalog.Role | None = None,
    draft_role: catalog.Role | None = None,
) -> tuple[Assessment, Assessment]:
    """A submitted assessment of `user` with a 30-day share link, and a draft of another role."""
    submitted = submitted_assessment(user, role or role_with_requirements(3), rated=rated)
    share_create(assessment=submitted, days=30)
    draft = started_assessment(user, draft_role or role_with_requirements(2))
    return submitted, draft
