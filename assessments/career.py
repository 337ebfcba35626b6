"""Career navigation: the user's skill profile, best-fit roles, ladder steps,
side-by-side comparison and progress over time.

Reads only: each function fetches in a fixed number of queries, then scores in
memory with `assessments.scoring`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from django.db.models import Prefetch

from assessments import scoring
from assessments.models import Assessment, AssessmentItem
from roles.models import Requirement, Role, RoleTransition, TransitionKind


@dataclass(frozen=True)
class ProfileEntry:
    skill_id: int
    slug: str
    name: str
    kind: str
    category: str
    rated: int
    rated_at: datetime
    note: str


def skill_profile(user) -> dict[str, ProfileEntry]:
    """The latest submitted rating of every skill the user has rated (one query)."""
    items = (
        AssessmentItem.objects.filter(
            assessment__user=user,
            assessment__submitted_at__isnull=False,
            rated__isnull=False,
        )
        .select_related("skill", "assessment")
        .only(
            "rated",
            "note",
            "skill__slug",
            "skill__name",
            "skill__kind",
            "skill__category",
            "assessment__submitted_at",
        )
        .order_by("-assessment__submitted_at", "-assessment_id")
    )
    profile: dict[str, ProfileEntry] = {}
    for item in items:
        profile.setdefault(
            item.skill.slug,
            ProfileEntry(
                skill_id=item.skill_id,
                slug=item.skill.slug,
                name=item.skill.name,
                kind=item.skill.kind,
                category=item.skill.category,
                rated=item.rated,
                rated_at=item.assessment.submitted_at,
                note=item.note,
            ),
        )
    return profile


def ratings_of(profile: Mapping[str, ProfileEntry]) -> dict[str, int]:
    return {slug: entry.rated for slug, entry in profile.items()}


_REQUIREMENTS = Prefetch("requirements", queryset=Requirement.objects.select_related("skill"))


def requirement_inputs(requirements: Iterable[Requirement]) -> tuple[scoring.RequirementInput, ...]:
    """Requirements (with their skill loaded) as scoring input."""
    return tuple(
        scoring.RequirementInput(
            skill=q.skill.slug, required=q.level, importance=q.importance, name=q.skill.name
        )
        for q in requirements
    )


def role_input(role: Role) -> scoring.RoleInput:
    """A role with prefetched requirements__skill, as scoring input."""
    return scoring.RoleInput(
        slug=role.slug,
        title=role.title,
        level=role.level,
        track=str(role.track_id),
        requirements=requirement_inputs(role.requirements.all()),
    )


def published_roles(**filters) -> list[Role]:
    """Published roles with track and requirements: two queries whatever the count."""
    return list(
        Role.objects.published()
        .filter(**filters)
        .select_related("track")
        .prefetch_related(_REQUIREMENTS)
        .order_by("track__name", "level", "title")
    )


# --- Best fit ----------------------------------------------------------------------


@dataclass(frozen=True)
class FitRow:
    role: Role
    fit: scoring.Fit
    unrated: int  # required skills not yet rated


def best_fit_roles(ratings: Mapping[str, int]) -> list[FitRow]:
    """Every published role scored from the ratings; DESIGN's order and threshold.

    Two queries whatever the catalog size: the roles, then every requirement of a
    published role as plain tuples (no model instances: this runs over the whole
    catalog on every visit).
    """
    roles = {
        r.pk: r
        for r in Role.objects.published()
        .select_related("track")
        .only("slug", "title", "level", "track__name", "track__slug")
    }
    requirements: dict[int, list[scoring.RequirementInput]] = defaultdict(list)
    for role_id, skill, level, importance in Requirement.objects.filter(
        role__is_published=True
    ).values_list("role_id", "skill__slug", "level", "importance"):
        requirements[role_id].append(scoring.RequirementInput(skill, level, importance))
    by_slug = {role.slug: role for role in roles.values()}
    inputs = [
        scoring.RoleInput(
            slug=role.slug,
            title=role.title,
            level=role.level,
            track=str(role.track_id),
            requirements=tuple(requirements[pk]),
        )
        for pk, role in roles.items()
    ]
    return [
        FitRow(
            role=by_slug[rf.role.slug],
            fit=rf.fit,
            unrated=sum(1 for q in rf.role.requirements if q.skill not in ratings),
        )
        for rf in scoring.best_fit(inputs, ratings)
    ]


# --- Ladder steps -----------------------------------------------------------------


@dataclass(frozen=True)
class LadderStep:
    role: Role
    kind: str  # "promotion" | "lateral" | "next level"
    fit: scoring.Fit
    stepping_stone: scoring.RoleFit | None
    stepping_stone_role: Role | None


def ladder_steps(role: Role, ratings: Mapping[str, int]) -> list[LadderStep]:
    """Where `role` leads, scored from `ratings`: DESIGN's next roles, then lateral moves.

    Next roles are the published promotion targets, or where there are none, the
    same track's next higher level. Each step carries a stepping-stone hint when
    the target is under 60% ready and a lower rung of its track scores higher.
    Five queries whatever the catalog size.
    """
    transitions = list(
        RoleTransition.objects.filter(from_role=role, to_role__is_published=True)
        .select_related("to_role__track")
        .prefetch_related(Prefetch("to_role__requirements", queryset=_REQUIREMENTS.queryset))
        .order_by("to_role__level", "to_role__title")
    )
    targets: list[tuple[Role, str]] = [
        (t.to_role, t.kind) for t in transitions if t.kind == TransitionKind.PROMOTION
    ]
    if not targets:
        higher = published_roles(track_id=role.track_id, level__gt=role.level)
        if higher:
            next_level = min(r.level for r in higher)
            targets = [(r, "next level") for r in higher if r.level == next_level]
    targets += [(t.to_role, t.kind) for t in transitions if t.kind == TransitionKind.LATERAL]
    if not targets:
        return []
    lower = published_roles(
        track_id__in={t.track_id for t, _ in targets},
        level__lt=max(t.level for t, _ in targets),
    )
    lower_inputs = [role_input(r) for r in lower]
    lower_by_slug = {r.slug: r for r in lower}
    steps = []
    for target, kind in targets:
        target_input = role_input(target)
        target_fit = scoring.fit(target_input.requirements, ratings)
        stone = scoring.stepping_stone(target_input, target_fit, lower_inputs, ratings)
        if stone is not None and stone.role.slug == role.slug:
            stone = None  # "get the role you were assessed for first" is no hint
        steps.append(
            LadderStep(
                role=target,
                kind=kind,
                fit=target_fit,
                stepping_stone=stone,
                stepping_stone_role=lower_by_slug.get(stone.role.slug) if stone else None,
            )
        )
    return steps


# --- Compare -----------------------------------------------------------------------

MIN_COMPARE, MAX_COMPARE = 2, 4


class CompareError(ValueError):
    pass


def parse_compare_slugs(raw: str) -> list[str]:
    slugs = list(dict.fromkeys(s.strip() for s in raw.split(",") if s.strip()))
    if not MIN_COMPARE <= len(slugs) <= MAX_COMPARE:
        raise CompareError("Choose two to four different roles to compare.")
    return slugs


def compare_roles(slugs: Iterable[str], ratings: Mapping[str, int]):
    """(roles in the order asked, scoring.Comparison); CompareError for unknown slugs."""
    slugs = list(slugs)
    roles = {r.slug: r for r in published_roles(slug__in=slugs)}
    missing = [s for s in slugs if s not in roles]
    if missing:
        raise CompareError(f"No published role called {', '.join(repr(m) for m in missing)}.")
    ordered = [roles[s] for s in slugs]
    return ordered, scoring.compare([role_input(r) for r in ordered], ratings)


# --- Progress over time ----------------------------------------------------------------


@dataclass(frozen=True)
class TimelinePoint:
    assessment: Assessment
    readiness: Decimal
    x: float
    y: float


TIMELINE_WIDTH, TIMELINE_HEIGHT = 320, 120


def readiness_timeline(assessment: Assessment) -> list[TimelinePoint]:
    """Readiness of each submission for the same user and role, up to this one.

    Two queries (assessments, their items). Points carry SVG coordinates for a
    small line chart: x spread evenly, y from 0% (bottom) to 100% (top).
    """
    from assessments.reports import item_inputs

    submissions = list(
        Assessment.objects.submitted()
        .filter(
            user_id=assessment.user_id,
            role_id=assessment.role_id,
            submitted_at__lte=assessment.submitted_at,
        )
        .order_by("submitted_at")
        .prefetch_related(
            Prefetch("items", queryset=AssessmentItem.objects.select_related("skill"))
        )
    )
    if len(submissions) < 2:
        return []
    step = TIMELINE_WIDTH / (len(submissions) - 1)
    points = []
    for i, submission in enumerate(submissions):
        readiness = scoring.score(item_inputs(list(submission.items.all()))).readiness
        points.append(
            TimelinePoint(
                assessment=submission,
                readiness=readiness,
                x=round(i * step, 1),
                y=round(TIMELINE_HEIGHT - float(readiness) / 100 * TIMELINE_HEIGHT, 1),
            )
        )
    return points
