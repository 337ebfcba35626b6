"""Career navigation: the user's skill profile, best-fit roles, ladder steps,
side-by-side comparison and progress over time.

Reads only: each function fetches in a fixed number of queries, then scores in
memory with `assessments.scoring`.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from django.db import connection
from django.urls import reverse

from assessments import scoring
from assessments.models import Assessment, AssessmentItem
from roles.models import CatalogRevision, Requirement, Role, RoleTransition, TransitionKind


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
    rows = (
        AssessmentItem.objects.filter(
            assessment__user=user,
            assessment__submitted_at__isnull=False,
            rated__isnull=False,
        )
        .order_by("-assessment__submitted_at", "-assessment_id")
        .values_list(
            "skill_id",
            "skill__slug",
            "skill__name",
            "skill__kind",
            "skill__category",
            "rated",
            "assessment__submitted_at",
            "note",
        )
    )
    profile: dict[str, ProfileEntry] = {}
    for row in rows:
        if row[1] not in profile:
            profile[row[1]] = ProfileEntry(*row)
    return profile


def ratings_of(profile: Mapping[str, ProfileEntry]) -> dict[str, int]:
    return {slug: entry.rated for slug, entry in profile.items()}


def requirement_inputs(requirements: Iterable[Requirement]) -> tuple[scoring.RequirementInput, ...]:
    """Requirements (with their skill loaded) as scoring input."""
    return tuple(
        scoring.RequirementInput(
            skill=q.skill.slug, required=q.level, importance=q.importance, name=q.skill.name
        )
        for q in requirements
    )


# --- Best fit ----------------------------------------------------------------------


def catalog_fingerprint() -> tuple:
    """The revision token, plus the newest role and requirement ids: one query.

    The ids also catch rows written by bulk_create(), which sends no signal.
    """
    role = connection.ops.quote_name(Role._meta.db_table)
    requirement = connection.ops.quote_name(Requirement._meta.db_table)
    revision = connection.ops.quote_name(CatalogRevision._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT (SELECT revision FROM {revision} WHERE id = 1), "  # noqa: S608 - names from _meta
            f"(SELECT MAX(id) FROM {role}), (SELECT MAX(id) FROM {requirement})"
        )
        return tuple(cursor.fetchone())


@dataclass(frozen=True)
class _IndexedCatalog:
    revision: tuple
    index: scoring.FitIndex
    roles: dict[str, FitRole]  # slug → what the page shows


@dataclass(frozen=True)
class FitRole:
    """A published role as the best-fit page shows it (no model instance)."""

    slug: str
    title: str
    level: int
    track_name: str

    def get_absolute_url(self) -> str:
        return reverse("roles:detail", args=[self.slug])

    @property
    def assess_url(self) -> str:
        return reverse("roles:assess", args=[self.slug])


_catalog_cache: _IndexedCatalog | None = None
_catalog_lock = threading.Lock()


def _indexed_catalog() -> _IndexedCatalog:
    """The best-fit index of the published catalog, rebuilt when the revision moves.

    Reading the revision is one single-row query; rebuilding (two queries over the
    whole catalog) happens once per catalog change per process.
    """
    global _catalog_cache
    revision = catalog_fingerprint()
    cached = _catalog_cache
    if cached is not None and cached.revision == revision:
        return cached
    with _catalog_lock:
        roles = {
            pk: FitRole(slug=slug, title=title, level=level, track_name=track)
            for pk, slug, title, level, track in Role.objects.published().values_list(
                "pk", "slug", "title", "level", "track__name"
            )
        }
        requirements: dict[int, list[scoring.RequirementInput]] = defaultdict(list)
        for role_id, skill, level, importance in Requirement.objects.filter(
            role__is_published=True
        ).values_list("role_id", "skill__slug", "level", "importance"):
            requirements[role_id].append(scoring.RequirementInput(skill, level, importance))
        index = scoring.fit_index(
            scoring.RoleInput(
                slug=role.slug,
                title=role.title,
                level=role.level,
                requirements=tuple(requirements[pk]),
            )
            for pk, role in roles.items()
        )
        _catalog_cache = _IndexedCatalog(
            revision=revision, index=index, roles={r.slug: r for r in roles.values()}
        )
        return _catalog_cache


@dataclass(frozen=True)
class FitRow:
    role: FitRole
    fit: scoring.Fit
    unrated: int  # required skills not yet rated


def best_fit_roles(ratings: Mapping[str, int]) -> list[FitRow]:
    """Every published role scored from the ratings; DESIGN's order and threshold.

    One query (the catalog revision) on a warm process: the catalog itself is
    indexed in memory and re-read only after it changes.
    """
    catalog = _indexed_catalog()
    return [
        FitRow(
            role=catalog.roles[rf.role.slug],
            fit=rf.fit,
            unrated=sum(1 for q in rf.role.requirements if q.skill not in ratings),
        )
        for rf in scoring.best_fit_indexed(catalog.index, ratings)
    ]


# --- Ladder steps -----------------------------------------------------------------


@dataclass(frozen=True)
class LadderStep:
    role: Role
    kind: str  # "promotion" | "lateral" | "next level"
    fit: scoring.Fit
    stepping_stone: scoring.RoleFit | None
    stepping_stone_role: Role | None


def role_inputs(roles: Iterable[Role]) -> dict[int, scoring.RoleInput]:
    """Scoring inputs for these roles, by role id: one query of plain tuples."""
    roles = list(roles)
    requirements: dict[int, list[scoring.RequirementInput]] = defaultdict(list)
    for role_id, slug, name, level, importance in Requirement.objects.filter(
        role_id__in={r.pk for r in roles}
    ).values_list("role_id", "skill__slug", "skill__name", "level", "importance"):
        requirements[role_id].append(scoring.RequirementInput(slug, level, importance, name))
    return {
        r.pk: scoring.RoleInput(
            slug=r.slug,
            title=r.title,
            level=r.level,
            track=str(r.track_id),
            requirements=tuple(requirements[r.pk]),
        )
        for r in roles
    }


def ladder_steps(role: Role, ratings: Mapping[str, int]) -> list[LadderStep]:
    """Where `role` leads, scored from `ratings`: DESIGN's next roles, then lateral moves.

    Next roles are the published promotion targets, or where there are none, the
    same track's next higher level. Each step carries a stepping-stone hint when
    the target is under 60% ready and a lower rung of its track scores higher.
    At most four queries whatever the catalog size.
    """
    transitions = list(
        RoleTransition.objects.filter(from_role=role, to_role__is_published=True)
        .select_related("to_role")
        .order_by("to_role__level", "to_role__title")
    )
    targets: list[tuple[Role, str]] = [
        (t.to_role, t.kind) for t in transitions if t.kind == TransitionKind.PROMOTION
    ]
    if not targets:
        higher = list(
            Role.objects.published()
            .filter(track_id=role.track_id, level__gt=role.level)
            .order_by("level", "title")
        )
        if higher:
            next_level = higher[0].level
            targets = [(r, "next level") for r in higher if r.level == next_level]
    targets += [(t.to_role, t.kind) for t in transitions if t.kind == TransitionKind.LATERAL]
    if not targets:
        return []
    lower = list(
        Role.objects.published().filter(
            track_id__in={t.track_id for t, _ in targets},
            level__lt=max(t.level for t, _ in targets),
        )
    )
    inputs = role_inputs([t for t, _ in targets] + lower)
    lower_inputs = [inputs[r.pk] for r in lower]
    lower_by_slug = {r.slug: r for r in lower}
    steps = []
    for target, kind in targets:
        target_input = inputs[target.pk]
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
    roles = {
        r.slug: r for r in Role.objects.published().filter(slug__in=slugs).select_related("track")
    }
    missing = [s for s in slugs if s not in roles]
    if missing:
        raise CompareError(f"No published role called {', '.join(repr(m) for m in missing)}.")
    ordered = [roles[s] for s in slugs]
    inputs = role_inputs(ordered)
    return ordered, scoring.compare([inputs[r.pk] for r in ordered], ratings)


# --- Progress over time ----------------------------------------------------------------


@dataclass(frozen=True)
class TimelinePoint:
    assessment: Assessment
    readiness: Decimal
    ratings: dict[str, int]
    x: float
    y: float


TIMELINE_WIDTH, TIMELINE_HEIGHT = 320, 120


def readiness_timeline(assessment: Assessment) -> list[TimelinePoint]:
    """Readiness of each submission for the same user and role, up to this one.

    Two queries (the submissions, then their items as tuples). Points carry SVG
    coordinates for a small line chart: x spread evenly, y from 0% (bottom) to
    100% (top); `ratings` holds each submission's rating per skill slug.
    """
    submissions = list(
        Assessment.objects.submitted()
        .filter(
            user_id=assessment.user_id,
            role_id=assessment.role_id,
            submitted_at__lte=assessment.submitted_at,
        )
        .order_by("submitted_at")
    )
    if len(submissions) < 2:
        return []
    items: dict[int, list[scoring.ItemInput]] = defaultdict(list)
    for assessment_id, slug, kind, required, importance, rated in AssessmentItem.objects.filter(
        assessment_id__in=[a.pk for a in submissions]
    ).values_list("assessment_id", "skill__slug", "kind", "required_level", "importance", "rated"):
        items[assessment_id].append(
            scoring.ItemInput(slug, slug, kind, "", required, importance, rated or 0)
        )
    step = TIMELINE_WIDTH / (len(submissions) - 1)
    points = []
    for i, submission in enumerate(submissions):
        readiness = scoring.readiness_of(scoring.score_item(x) for x in items[submission.pk])
        points.append(
            TimelinePoint(
                assessment=submission,
                readiness=readiness,
                ratings={x.skill: x.rated for x in items[submission.pk]},
                x=round(i * step, 1),
                y=round(TIMELINE_HEIGHT - float(readiness) / 100 * TIMELINE_HEIGHT, 1),
            )
        )
    return points
