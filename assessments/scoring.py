"""Scoring: readiness, gaps, blockers, strengths, verdict, focus, role fit.

Pure Python — no Django import. Frozen dataclasses in, frozen dataclasses out;
the formulas, orderings and thresholds are the contract in DESIGN.md
("Scoring"). Every percentage is a Decimal rounded half-up to one decimal, and
thresholds compare that rounded value: the number the user sees.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from roles.scale import CRITICAL, IMPORTANCE_WEIGHTS, SOFT, TECHNICAL

READY = "ready"
CLOSE = "close"
DEVELOPING = "developing"

READY_THRESHOLD = Decimal("85")
CLOSE_THRESHOLD = Decimal("60")
BLOCKER_GAP = 2
FOCUS_SIZE = 3
FIT_MIN_COVERAGE = Decimal("50")

_ONE_DECIMAL = Decimal("0.1")
_KIND_ORDER = {TECHNICAL: 0, SOFT: 1}


def percent(numerator: int, denominator: int) -> Decimal:
    """100 × numerator / denominator, rounded half-up to one decimal."""
    return (Decimal(100) * numerator / Decimal(denominator)).quantize(
        _ONE_DECIMAL, rounding=ROUND_HALF_UP
    )


# --- Inputs --------------------------------------------------------------------


@dataclass(frozen=True)
class ItemInput:
    """One skill of an assessment: what the role requires and what the user rated."""

    skill: str  # slug
    name: str
    kind: str  # "technical" | "soft"
    category: str
    required: int  # 1–5
    importance: str  # "critical" | "important" | "optional"
    rated: int  # 0–5


@dataclass(frozen=True)
class ResourceInput:
    skill: str
    title: str
    kind: str
    from_level: int
    to_level: int
    hours: int
    url: str = ""


@dataclass(frozen=True)
class RequirementInput:
    skill: str
    required: int
    importance: str
    name: str = ""


@dataclass(frozen=True)
class RoleInput:
    slug: str
    title: str
    requirements: tuple[RequirementInput, ...]
    level: int = 0
    track: str = ""


# --- Outputs -------------------------------------------------------------------


@dataclass(frozen=True)
class ItemResult:
    skill: str
    name: str
    kind: str
    category: str
    required: int
    importance: str
    rated: int
    weight: int
    gap: int
    met: bool


@dataclass(frozen=True)
class FocusEntry:
    item: ItemResult
    next_level: int
    resources: tuple[ResourceInput, ...]
    hours: int


@dataclass(frozen=True)
class Report:
    items: tuple[ItemResult, ...]  # technical before soft, then category, then name
    readiness: Decimal
    readiness_by_kind: dict[str, Decimal | None]
    gaps: tuple[ItemResult, ...]
    blockers: tuple[ItemResult, ...]
    strengths: tuple[ItemResult, ...]
    verdict: str
    focus: tuple[FocusEntry, ...]


@dataclass(frozen=True)
class Fit:
    readiness: Decimal | None  # over the rated requirements; None when none is rated
    coverage: Decimal  # share of the role's weight that was rated


@dataclass(frozen=True)
class RoleFit:
    role: RoleInput
    fit: Fit


# --- Calculations ----------------------------------------------------------------


def weight(importance: str) -> int:
    return IMPORTANCE_WEIGHTS[importance]


def score_item(item: ItemInput) -> ItemResult:
    gap = max(0, item.required - item.rated)
    return ItemResult(
        skill=item.skill,
        name=item.name,
        kind=item.kind,
        category=item.category,
        required=item.required,
        importance=item.importance,
        rated=item.rated,
        weight=weight(item.importance),
        gap=gap,
        met=item.rated >= item.required,
    )


def readiness_of(results: Iterable[ItemResult]) -> Decimal | None:
    """100 × Σ w·min(r, q) / Σ w·q; None when there is nothing to score."""
    results = list(results)
    total = sum(r.weight * r.required for r in results)
    if total == 0:
        return None
    return percent(sum(r.weight * min(r.rated, r.required) for r in results), total)


def gap_order(results: Iterable[ItemResult]) -> tuple[ItemResult, ...]:
    """Items with a gap: w·gap desc, then w desc, then q desc, then name asc."""
    return tuple(
        sorted(
            (r for r in results if r.gap > 0),
            key=lambda r: (-r.weight * r.gap, -r.weight, -r.required, r.name),
        )
    )


def strength_order(results: Iterable[ItemResult]) -> tuple[ItemResult, ...]:
    """Items met: r − q desc, then w desc, then name asc."""
    return tuple(
        sorted(
            (r for r in results if r.met),
            key=lambda r: (-(r.rated - r.required), -r.weight, r.name),
        )
    )


def verdict_of(readiness: Decimal, results: Sequence[ItemResult], blockers: Sequence) -> str:
    critical_gap = any(r.importance == CRITICAL and r.gap > 0 for r in results)
    if readiness >= READY_THRESHOLD and not critical_gap:
        return READY
    if readiness >= CLOSE_THRESHOLD and not blockers:
        return CLOSE
    return DEVELOPING


def resources_for(
    item: ItemResult, resources: Iterable[ResourceInput]
) -> tuple[ResourceInput, ...]:
    """The item's skill's resources whose band holds the next level (rated + 1)."""
    next_level = item.rated + 1
    return tuple(
        sorted(
            (
                res
                for res in resources
                if res.skill == item.skill and res.from_level <= next_level <= res.to_level
            ),
            key=lambda res: (res.from_level, res.hours, res.title),
        )
    )


def display_order(results: Iterable[ItemResult]) -> tuple[ItemResult, ...]:
    return tuple(sorted(results, key=lambda r: (_KIND_ORDER.get(r.kind, 9), r.category, r.name)))


def score(items: Sequence[ItemInput], resources: Iterable[ResourceInput] = ()) -> Report:
    """The gap report of one assessment (every item rated)."""
    if not items:
        raise ValueError("An assessment without items cannot be scored.")
    results = [score_item(i) for i in items]
    readiness = readiness_of(results)
    assert readiness is not None  # items are non-empty and required ≥ 1
    gaps = gap_order(results)
    blockers = tuple(r for r in gaps if r.importance == CRITICAL and r.gap >= BLOCKER_GAP)
    resources = list(resources)
    focus = []
    for item in gaps[:FOCUS_SIZE]:
        chosen = resources_for(item, resources)
        focus.append(
            FocusEntry(
                item=item,
                next_level=item.rated + 1,
                resources=chosen,
                hours=sum(res.hours for res in chosen),
            )
        )
    return Report(
        items=display_order(results),
        readiness=readiness,
        readiness_by_kind={
            kind: readiness_of(r for r in results if r.kind == kind) for kind in (TECHNICAL, SOFT)
        },
        gaps=gaps,
        blockers=blockers,
        strengths=strength_order(results),
        verdict=verdict_of(readiness, results, blockers),
        focus=tuple(focus),
    )


def fit(requirements: Sequence[RequirementInput], ratings: Mapping[str, int]) -> Fit:
    """How a role scores from ratings that may cover only some of its skills.

    readiness: the readiness formula over the requirements whose skill is rated
    (None when none is); coverage: 100 × Σw of those / Σw of all (0.0 when none).
    """
    total_weight = sum(weight(q.importance) for q in requirements)
    rated = [q for q in requirements if q.skill in ratings]
    rated_weight = sum(weight(q.importance) for q in rated)
    numerator = sum(weight(q.importance) * min(ratings[q.skill], q.required) for q in rated)
    denominator = sum(weight(q.importance) * q.required for q in rated)
    return Fit(
        readiness=percent(numerator, denominator) if denominator else None,
        coverage=percent(rated_weight, total_weight) if total_weight and rated else Decimal("0.0"),
    )


def best_fit(roles: Iterable[RoleInput], ratings: Mapping[str, int]) -> list[RoleFit]:
    """Roles with coverage ≥ 50, by readiness desc, then coverage desc, then title."""
    scored = [RoleFit(role=role, fit=fit(role.requirements, ratings)) for role in roles]
    listed = [
        rf for rf in scored if rf.fit.coverage >= FIT_MIN_COVERAGE and rf.fit.readiness is not None
    ]
    return sorted(listed, key=lambda rf: (-rf.fit.readiness, -rf.fit.coverage, rf.role.title))


# --- Stepping stones and comparisons ------------------------------------------------

STEPPING_STONE_BELOW = Decimal("60")


def stepping_stone(
    target: RoleInput,
    target_fit: Fit,
    lower_rungs: Iterable[RoleInput],
    ratings: Mapping[str, int],
) -> RoleFit | None:
    """A lower rung worth aiming for first, when the target is still far off.

    Offered when the target's readiness is under 60 (or unknown) and a role on a
    lower rung of the same track, with at least half its weight rated, scores
    higher. The best such rung wins: readiness desc, then the higher rung, then title.
    """
    if target_fit.readiness is not None and target_fit.readiness >= STEPPING_STONE_BELOW:
        return None
    floor = target_fit.readiness if target_fit.readiness is not None else Decimal("-1")
    candidates = []
    for rung in lower_rungs:
        if rung.track != target.track or rung.level >= target.level:
            continue
        rung_fit = fit(rung.requirements, ratings)
        if (
            rung_fit.readiness is not None
            and rung_fit.coverage >= FIT_MIN_COVERAGE
            and rung_fit.readiness > floor
        ):
            candidates.append(RoleFit(role=rung, fit=rung_fit))
    if not candidates:
        return None
    return min(candidates, key=lambda rf: (-rf.fit.readiness, -rf.role.level, rf.role.title))


@dataclass(frozen=True)
class RequirementGap:
    skill: str
    name: str
    required: int
    rated: int
    importance: str

    @property
    def gap(self) -> int:
        return self.required - self.rated

    @property
    def weight(self) -> int:
        return weight(self.importance)


@dataclass(frozen=True)
class CompareColumn:
    role: RoleInput
    fit: Fit
    gaps: tuple[RequirementGap, ...]  # rated skills below the requirement, in gap order
    blockers: tuple[RequirementGap, ...]  # critical gaps of 2 or more
    unrated: tuple[RequirementInput, ...]  # required skills the user has not rated yet


@dataclass(frozen=True)
class Comparison:
    columns: tuple[CompareColumn, ...]
    shared_gaps: tuple[str, ...]  # skills that are a gap for every compared role


def compare(roles: Sequence[RoleInput], ratings: Mapping[str, int]) -> Comparison:
    """Several target roles side by side from one skill profile."""
    columns = []
    for role in roles:
        gaps = sorted(
            (
                RequirementGap(
                    skill=q.skill,
                    name=q.name or q.skill,
                    required=q.required,
                    rated=ratings[q.skill],
                    importance=q.importance,
                )
                for q in role.requirements
                if q.skill in ratings and ratings[q.skill] < q.required
            ),
            key=lambda g: (-g.weight * g.gap, -g.weight, -g.required, g.name),
        )
        columns.append(
            CompareColumn(
                role=role,
                fit=fit(role.requirements, ratings),
                gaps=tuple(gaps),
                blockers=tuple(
                    g for g in gaps if g.importance == CRITICAL and g.gap >= BLOCKER_GAP
                ),
                unrated=tuple(q for q in role.requirements if q.skill not in ratings),
            )
        )
    shared: set[str] | None = None
    for column in columns:
        skills = {g.skill for g in column.gaps}
        shared = skills if shared is None else shared & skills
    order = [g.skill for g in columns[0].gaps] if columns else []
    return Comparison(
        columns=tuple(columns),
        shared_gaps=tuple(s for s in order if shared and s in shared),
    )


# --- Best fit over a large catalog ------------------------------------------------------


@dataclass(frozen=True)
class FitIndex:
    """The catalog's requirements inverted by skill, for best fit in one pass.

    `best_fit` walks every requirement of every role; `best_fit_indexed` walks
    only the requirements of the skills the user has rated, with integer
    arithmetic, and is equal to it (a property test says so). Build it once per
    catalog revision and reuse it.
    """

    roles: tuple[RoleInput, ...]
    by_skill: dict[str, tuple[tuple[int, int, int], ...]]  # skill → (role index, q, w)
    total_weight: tuple[int, ...]


def fit_index(roles: Iterable[RoleInput]) -> FitIndex:
    roles = tuple(roles)
    by_skill: dict[str, list[tuple[int, int, int]]] = {}
    for index, role in enumerate(roles):
        for q in role.requirements:
            by_skill.setdefault(q.skill, []).append((index, q.required, weight(q.importance)))
    return FitIndex(
        roles=roles,
        by_skill={skill: tuple(entries) for skill, entries in by_skill.items()},
        total_weight=tuple(sum(weight(q.importance) for q in r.requirements) for r in roles),
    )


def best_fit_indexed(index: FitIndex, ratings: Mapping[str, int]) -> list[RoleFit]:
    """Same result as `best_fit(index.roles, ratings)`, touching only rated skills."""
    n = len(index.roles)
    rated_weight = [0] * n
    numerator = [0] * n
    denominator = [0] * n
    for skill, rated in ratings.items():
        for role_index, required, w in index.by_skill.get(skill, ()):
            rated_weight[role_index] += w
            numerator[role_index] += w * min(rated, required)
            denominator[role_index] += w * required
    listed = []
    for i in range(n):
        # Integer pre-check of "coverage rounds to ≥ 50.0", i.e. 100·r/t ≥ 49.95,
        # before any Decimal work: most roles of a large catalog fail it.
        if not rated_weight[i] or 2000 * rated_weight[i] < 999 * index.total_weight[i]:
            continue
        coverage = percent(rated_weight[i], index.total_weight[i])
        if coverage >= FIT_MIN_COVERAGE:
            listed.append(
                RoleFit(
                    role=index.roles[i],
                    fit=Fit(readiness=percent(numerator[i], denominator[i]), coverage=coverage),
                )
            )
    return sorted(listed, key=lambda rf: (-rf.fit.readiness, -rf.fit.coverage, rf.role.title))
