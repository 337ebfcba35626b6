from __future__ import annotations

import factory
from django.contrib.auth import get_user_model
from django.utils.text import slugify

DEFAULT_PASSWORD = "correct horse battery staple"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.com")
    display_name = factory.Faker("name")
    password = factory.django.Password(DEFAULT_PASSWORD)


class TrackFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "roles.Track"
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Track {n}")
    slug = factory.LazyAttribute(lambda t: slugify(t.name))
    description = "A career ladder."


class RoleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "roles.Role"
        django_get_or_create = ("slug",)

    title = factory.Sequence(lambda n: f"Engineer {n}")
    slug = factory.LazyAttribute(lambda r: slugify(r.title))
    track = factory.SubFactory(TrackFactory)
    level = 2
    summary = "Builds and runs things."
    responsibilities = "Build things\nRun things"
    is_published = True


class SkillFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "roles.Skill"
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Skill {n:03d}")
    slug = factory.LazyAttribute(lambda s: slugify(s.name))
    kind = "technical"
    category = "Cloud"
    description = "A useful skill."


class SkillLevelFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "roles.SkillLevel"

    skill = factory.SubFactory(SkillFactory)
    level = 3
    description = factory.LazyAttribute(lambda a: f"Does level-{a.level} things with {a.skill}.")


class RequirementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "roles.Requirement"

    role = factory.SubFactory(RoleFactory)
    skill = factory.SubFactory(SkillFactory)
    level = 3
    importance = "important"


class LearningResourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "roles.LearningResource"

    skill = factory.SubFactory(SkillFactory)
    title = factory.Sequence(lambda n: f"Course {n}")
    kind = "course"
    from_level = 1
    to_level = 3
    hours = 10


class RoleTransitionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "roles.RoleTransition"

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


def started_assessment(user, role=None, *, n: int = 4):
    """A draft assessment of `user` (through the real service)."""
    from assessments.services import assessment_start

    role = role or role_with_requirements(n)
    assessment, _ = assessment_start(user=user, role=role)
    return assessment


def submitted_assessment(user, role=None, *, n: int = 4, rated: int | dict = 3):
    """A submitted assessment with every item rated (`rated`: one level or slug → level)."""
    from assessments.services import assessment_submit, ratings_save_many

    assessment = started_assessment(user, role, n=n)
    slugs = list(assessment.items.values_list("skill__slug", flat=True))
    levels = rated if isinstance(rated, dict) else dict.fromkeys(slugs, rated)
    ratings_save_many(assessment=assessment, ratings={s: levels[s] for s in slugs})
    assessment_submit(assessment=assessment)
    return assessment
