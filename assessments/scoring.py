"""Scoring, version 2: readiness, level coverage, gaps, blockers, strengths,
verdict, effort, focus, and the partial figures of role fit.

Pure Python — no Django import. Frozen dataclasses in, frozen dataclasses out;
the formulas, orderings and thresholds are the contract in docs/scoring.md.
Every percentage is a Decimal rounded half-up to one decimal, and thresholds
compare that rounded value: the number the user sees.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from itertools import combinations
from typing import Generic, Protocol, TypeVar

from roles.scale import CRITICAL, IMPORTANCE_WEIGHTS, SOFT, TECHNICAL

SCORING_VERSION = 2

READY = "ready"
CLOSE = "close"
DEVELOPING = "developing"

READY_THRESHOLD = Decimal("85")
CLOSE_THRESHOLD = Decimal("60")
BLOCKER_GAP = 2
FOCUS_SIZE = 3
FIT_MIN_COVERAGE = Decimal("50")
READY_LOW = Decimal("85")  # best fit's "ready" group: readiness_low at least this
SURE = "sure"
UNSURE = "unsure"

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
    confidence: str = SURE  # "sure" | "unsure": never changes a score


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


@dataclass(frozen=True, kw_only=True)
class ItemResult(ItemInput):
    """An item with what scoring derived from it."""

    weight: int
    gap: int
    met: bool


@dataclass(frozen=True)
class Plan:
    """The cheapest set of a skill's resources covering every coverable level from
    rated + 1 to the required level, and the levels no resource contains."""

    resources: tuple[ResourceInput, ...]  # by from_level, then hours, then title
    hours: int
    uncovered: tuple[int, ...]


@dataclass(frozen=True)
class Effort:
    hours: int  # Σ hours_to_required over the gap items
    critical_hours: int  # the same over the critical gap items
    uncovered_levels: int  # levels to climb that no resource contains


@dataclass(frozen=True)
class FocusEntry:
    item: ItemResult
    next_level: int
    resources: tuple[ResourceInput, ...]  # those containing the next level
    hours: int  # the next level's estimate: the cheapest of them, 0 when none
    plan: Plan  # the whole way to the required level

    @property
    def hours_to_required(self) -> int:
        return self.plan.hours


@dataclass(frozen=True)
class Report:
    items: tuple[ItemResult, ...]  # technical before soft, then category, then name
    readiness: Decimal  # weighted share of requirements met
    level_coverage: Decimal  # weighted share of the required levels, partial credit
    readiness_by_kind: dict[str, Decimal | None]
    met: int
    total: int
    gaps: tuple[ItemResult, ...]
    blockers: tuple[ItemResult, ...]
    strengths: tuple[ItemResult, ...]
    verdict: str
    focus: tuple[FocusEntry, ...]
    plans: dict[str, Plan]  # gap skill slug → its plan
    effort: Effort
    unsure: tuple[ItemResult, ...]  # ratings marked "not sure", in display order


@dataclass(frozen=True)
class Fit:
    """A role scored from ratings that may cover only some of its requirements."""

    readiness: Decimal | None  # over the rated requirements; None when none is rated
    readiness_low: Decimal  # every unrated requirement counted unmet
    readiness_high: Decimal  # every unrated requirement counted met
    coverage: Decimal  # share of the role's weight that was rated
    unrated: int = 0  # requirements whose skill is not rated

    @property
    def is_complete(self) -> bool:
        """Every requirement rated: the range is one number."""
        return self.unrated == 0


@dataclass(frozen=True)
class RoleFit:
    role: RoleInput
    fit: Fit


# --- Calculations ----------------------------------------------------------------


def weight(importance: str) -> int:
    return IMPORTANCE_WEIGHTS[importance]


def score_item(item: ItemInput) -> ItemResult:
    return ItemResult(
        **vars(item),
        weight=weight(item.importance),
        gap=max(0, item.required - item.rated),
        met=item.rated >= item.required,
    )


def readiness_of(results: Iterable[ItemResult]) -> Decimal | None:
    """100 × Σ w·met / Σ w: the weighted share of requirements met; None when empty."""
    results = list(results)
    total = sum(r.weight for r in results)
    if total == 0:
        return None
    return percent(sum(r.weight for r in results if r.met), total)


def level_coverage_of(results: Iterable[ItemResult]) -> Decimal | None:
    """100 × Σ w·min(r, q) / Σ w·q: the required level covered, with partial credit."""
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


def contains(resource: ResourceInput, level: int) -> bool:
    """A resource "contains" level L when its band from_level..to_level holds L."""
    return resource.from_level <= level <= resource.to_level


def resources_for(
    item: ItemResult, resources: Iterable[ResourceInput]
) -> tuple[ResourceInput, ...]:
    """The item's skill's resources containing the next level (rated + 1), by
    from_level, then hours, then title."""
    return tuple(
        sorted(
            (res for res in resources if res.skill == item.skill and contains(res, item.rated + 1)),
            key=lambda res: (res.from_level, res.hours, res.title),
        )
    )


def next_level_hours(item: ItemResult, resources: Iterable[ResourceInput]) -> int:
    """The next level's estimate: the fewest hours among the resources containing
    rated + 1 (alternatives are not added up); 0 when none does."""
    return min((res.hours for res in resources_for(item, resources)), default=0)


def cheapest_plan(resources: Iterable[ResourceInput], rated: int, required: int) -> Plan:
    """The plan from `rated` to `required` out of one skill's resources.

    Fewest total hours; ties: the fewest resources, then the titles in order. Found
    exactly: an optimal plan has no resource whose levels the others already cover
    (it would only add hours), so it holds at most one resource per level to cover
    (five at most), and every smaller combination of the relevant resources is tried.
    """
    needed = range(rated + 1, required + 1)
    relevant = [res for res in resources if any(contains(res, level) for level in needed)]
    coverable = {level for level in needed if any(contains(res, level) for res in relevant)}
    uncovered = tuple(level for level in needed if level not in coverable)
    best: tuple[tuple, tuple[ResourceInput, ...]] | None = None
    for size in range(1, len(coverable) + 1):
        for chosen in combinations(relevant, size):
            if not all(any(contains(res, level) for res in chosen) for level in coverable):
                continue
            key = (sum(res.hours for res in chosen), size, tuple(sorted(r.title for r in chosen)))
            if best is None or key < best[0]:
                best = (key, chosen)
    chosen = best[1] if best else ()
    return Plan(
        resources=tuple(sorted(chosen, key=lambda r: (r.from_level, r.hours, r.title))),
        hours=sum(res.hours for res in chosen),
        uncovered=uncovered,
    )


def resources_by_skill(resources: Iterable[ResourceInput]) -> dict[str, list[ResourceInput]]:
    by_skill: dict[str, list[ResourceInput]] = {}
    for res in resources:
        by_skill.setdefault(res.skill, []).append(res)
    return by_skill


def plans_for(
    gaps: Iterable[ItemResult], by_skill: Mapping[str, Sequence[ResourceInput]]
) -> dict[str, Plan]:
    """Each gap item's cheapest plan to its required level, by skill slug."""
    return {
        item.skill: cheapest_plan(by_skill.get(item.skill, ()), item.rated, item.required)
        for item in gaps
    }


def effort_of(gaps: Iterable[ItemResult], plans: Mapping[str, Plan]) -> Effort:
    """The learning effort to close every gap: the sum of their cheapest plans."""
    hours = critical_hours = uncovered = 0
    for item in gaps:
        plan = plans[item.skill]
        hours += plan.hours
        critical_hours += plan.hours if item.importance == CRITICAL else 0
        uncovered += len(plan.uncovered)
    return Effort(hours=hours, critical_hours=critical_hours, uncovered_levels=uncovered)


def display_order(results: Iterable[ItemResult]) -> tuple[ItemResult, ...]:
    return tuple(sorted(results, key=lambda r: (_KIND_ORDER.get(r.kind, 9), r.category, r.name)))


def score(items: Sequence[ItemInput], resources: Iterable[ResourceInput] = ()) -> Report:
    """The gap report of one assessment (every item rated)."""
    if not items:
        raise ValueError("An assessment without items cannot be scored.")
    results = [score_item(i) for i in items]
    readiness = readiness_of(results)
    level_coverage = level_coverage_of(results)
    assert readiness is not None  # items are non-empty and weights positive
    assert level_coverage is not None
    gaps = gap_order(results)
    blockers = tuple(r for r in gaps if r.importance == CRITICAL and r.gap >= BLOCKER_GAP)
    by_skill = resources_by_skill(resources)
    plans = plans_for(gaps, by_skill)
    focus = tuple(
        FocusEntry(
            item=item,
            next_level=item.rated + 1,
            resources=(chosen := resources_for(item, by_skill.get(item.skill, ()))),
            hours=min((res.hours for res in chosen), default=0),
            plan=plans[item.skill],
        )
        for item in gaps[:FOCUS_SIZE]
    )
    shown = display_order(results)
    return Report(
        items=shown,
        readiness=readiness,
        level_coverage=level_coverage,
        readiness_by_kind={
            kind: readiness_of(r for r in results if r.kind == kind) for kind in (TECHNICAL, SOFT)
        },
        met=sum(1 for r in results if r.met),
        total=len(results),
        gaps=gaps,
        blockers=blockers,
        strengths=strength_order(results),
        verdict=verdict_of(readiness, results, blockers),
        focus=focus,
        plans=plans,
        effort=effort_of(gaps, plans),
        unsure=tuple(r for r in shown if r.confidence == UNSURE),
    )


# --- Partial ratings: role fit, best fit ---------------------------------------------


@dataclass(frozen=True)
class FitSums:
    """The integer sums a role's fit is computed from.

    Best fit gets them from the database (one aggregate query over every published
    role); `fit_sums` computes the same sums in Python for a single role.
    """

    total_weight: int  # W: Σ w over all the role's requirements
    rated_weight: int  # Σ w over the requirements whose skill is rated
    met_weight: int  # Σ w over the rated requirements that are met
    unrated: int = 0  # how many requirements are not rated


def fit_sums(requirements: Iterable[RequirementInput], ratings: Mapping[str, int]) -> FitSums:
    total_weight = rated_weight = met_weight = unrated = 0
    for q in requirements:
        w = weight(q.importance)
        total_weight += w
        if q.skill not in ratings:
            unrated += 1
            continue
        rated_weight += w
        met_weight += w if ratings[q.skill] >= q.required else 0
    return FitSums(total_weight, rated_weight, met_weight, unrated)


def fit_of(sums: FitSums) -> Fit:
    """The partial figures: readiness over the rated requirements (None when none
    is), the range with every unrated requirement unmet (low) or met (high), and
    the share of the role's weight that was rated (0.0 when none is)."""
    total, rated, met = sums.total_weight, sums.rated_weight, sums.met_weight
    zero = Decimal("0.0")
    return Fit(
        readiness=percent(met, rated) if rated else None,
        readiness_low=percent(met, total) if total else zero,
        readiness_high=percent(met + total - rated, total) if total else zero,
        coverage=percent(rated, total) if rated else zero,
        unrated=sums.unrated,
    )


def is_listed(sums: FitSums) -> bool:
    """Whether best fit lists the role (coverage ≥ 50): the one figure needed to
    skip the others for the many roles the ratings barely touch."""
    return bool(sums.rated_weight) and percent(sums.rated_weight, sums.total_weight) >= (
        FIT_MIN_COVERAGE
    )


def fit(requirements: Sequence[RequirementInput], ratings: Mapping[str, int]) -> Fit:
    """How a role scores from ratings that may cover only some of its skills."""
    return fit_of(fit_sums(requirements, ratings))


class Ranked(Protocol):
    title: str
    level: int


R = TypeVar("R", bound=Ranked)


@dataclass(frozen=True)
class FitGroups(Generic[R]):
    ready: list[tuple[R, Fit]]  # readiness_low ≥ 85
    within_reach: list[tuple[R, Fit]]  # the other listed roles at or above the top ready level
    others: list[tuple[R, Fit]]  # listed lower-level roles that are not ready: "show all"


def fit_groups(candidates: Iterable[tuple[R, Fit]]) -> FitGroups[R]:
    """Best fit's two groups over roles with coverage ≥ 50.

    ready: readiness_low ≥ 85, by level desc, then readiness_low desc, then title;
    within reach: the others whose level ≥ top (the highest ready level, 1 when none
    is ready), by readiness_low desc, then level desc, then title.
    """
    listed = [(role, f) for role, f in candidates if f.coverage >= FIT_MIN_COVERAGE]
    ready = sorted(
        ((role, f) for role, f in listed if f.readiness_low >= READY_LOW),
        key=lambda rf: (-rf[0].level, -rf[1].readiness_low, rf[0].title),
    )
    top = max((role.level for role, _ in ready), default=1)
    rest = sorted(
        ((role, f) for role, f in listed if f.readiness_low < READY_LOW),
        key=lambda rf: (-rf[1].readiness_low, -rf[0].level, rf[0].title),
    )
    return FitGroups(
        ready=ready,
        within_reach=[(role, f) for role, f in rest if role.level >= top],
        others=[(role, f) for role, f in rest if role.level < top],
    )


def best_fit(roles: Iterable[RoleInput], ratings: Mapping[str, int]) -> FitGroups[RoleInput]:
    """The definition of best fit over roles whose requirements are at hand."""
    return fit_groups((role, fit(role.requirements, ratings)) for role in roles)


# --- Stepping stones and comparisons ------------------------------------------------

STEPPING_STONE_BELOW = Decimal("60")


def stepping_stone(
    target: RoleInput,
    target_fit: Fit,
    lower_rungs: Iterable[RoleInput],
    ratings: Mapping[str, int],
) -> RoleFit | None:
    """A lower rung worth aiming for first, when the target is still far off.

    Offered when the target's readiness_low (every unrated requirement counted
    unmet: the figure that cannot flatter) is under 60 and a role on a lower rung
    of the same track, with at least half its weight rated, has a higher one. The
    best such rung wins: readiness_low desc, then the higher rung, then title.
    """
    if target_fit.readiness_low >= STEPPING_STONE_BELOW:
        return None
    candidates = []
    for rung in lower_rungs:
        if rung.track != target.track or rung.level >= target.level:
            continue
        rung_fit = fit(rung.requirements, ratings)
        if (
            rung_fit.coverage >= FIT_MIN_COVERAGE
            and rung_fit.readiness_low > target_fit.readiness_low
        ):
            candidates.append(RoleFit(role=rung, fit=rung_fit))
    if not candidates:
        return None
    return min(candidates, key=lambda rf: (-rf.fit.readiness_low, -rf.role.level, rf.role.title))


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


# --- Second opinions: reviewers, calibration, reviewed readiness --------------------

DISAGREE = Decimal("1")  # |self − reviewers| at least this: flagged
SERIOUS_DISCONNECT = Decimal("2")  # … at least this: "serious disconnect"


def round_half_up(value: Fraction, places: Decimal = _ONE_DECIMAL) -> Decimal:
    """An exact fraction rounded half-up (away from zero) to `places`."""
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(
        places, rounding=ROUND_HALF_UP
    )


@dataclass(frozen=True)
class ReviewerRating:
    """One reviewer's answer for one skill: a level, or None for "can't judge"."""

    review: int  # which review it belongs to
    skill: str  # slug, as in the snapshot
    rated: int | None
    comment: str = ""


@dataclass(frozen=True)
class SkillReview:
    """Self and reviewers side by side for one skill at least one reviewer rated."""

    skill: str
    name: str
    self_rated: int
    reviewers: Decimal  # the median of the reviewers' ratings, one decimal
    count: int  # reviewers who rated it
    difference: Decimal  # self − reviewers

    @property
    def disagreement(self) -> str:
        """ "serious" (two levels or more apart), "flagged" (one or more) or ""."""
        gap = abs(self.difference)
        if gap >= SERIOUS_DISCONNECT:
            return "serious"
        if gap >= DISAGREE:
            return "flagged"
        return ""


@dataclass(frozen=True)
class Reviews:
    count: int  # reviews received
    calibration: Decimal | None  # mean of (self − reviewers' mean) over reviewed skills
    readiness: Decimal | None  # readiness with the reviewers' medians where they rated
    items: tuple[SkillReview, ...]  # the skills a reviewer rated, in display order
    comments: dict[str, tuple[str, ...]]  # skill → reviewers' comments (can't-judge too)

    @property
    def disagreements(self) -> tuple[SkillReview, ...]:
        return tuple(i for i in self.items if i.disagreement)


NO_REVIEWS = Reviews(count=0, calibration=None, readiness=None, items=(), comments={})


def median(values: Sequence[int]) -> Fraction:
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return Fraction(ordered[middle])
    return Fraction(ordered[middle - 1] + ordered[middle], 2)


def reviews_of(items: Sequence[ItemResult], ratings: Iterable[ReviewerRating]) -> Reviews:
    """The reviewers' figures for a report's items (`Report.items`, display order).

    reviewers(skill) = the median of that skill's reviewer ratings; calibration = the
    mean, over the skills at least one reviewer rated, of self − the mean of their
    ratings; reviewed readiness = readiness with each rating replaced by its skill's
    median rounded half-up to a whole level, where there is one.
    """
    ratings = list(ratings)
    if not ratings:
        return NO_REVIEWS
    levels: dict[str, list[int]] = {}
    comments: dict[str, list[str]] = {}
    for r in ratings:
        if r.rated is not None:
            levels.setdefault(r.skill, []).append(r.rated)
        if r.comment:
            comments.setdefault(r.skill, []).append(r.comment)
    rows, differences, reviewed = [], [], []
    for item in items:
        given = levels.get(item.skill)
        if not given:
            reviewed.append(item)
            continue
        mid = median(given)
        rows.append(
            SkillReview(
                skill=item.skill,
                name=item.name,
                self_rated=item.rated,
                reviewers=round_half_up(mid),
                count=len(given),
                difference=round_half_up(item.rated - mid),
            )
        )
        differences.append(item.rated - Fraction(sum(given), len(given)))
        whole = int(round_half_up(mid, Decimal("1")))
        reviewed.append(score_item(ItemInput(**{**_inputs(item), "rated": whole})))
    return Reviews(
        count=len({r.review for r in ratings}),
        calibration=round_half_up(sum(differences, Fraction(0)) / len(differences))
        if differences
        else None,
        readiness=readiness_of(reviewed) if rows else None,
        items=tuple(rows),
        comments={skill: tuple(texts) for skill, texts in comments.items()},
    )


def _inputs(item: ItemResult) -> dict:
    """An item's input fields, without what scoring derived from them."""
    return {f: getattr(item, f) for f in ItemInput.__dataclass_fields__}
