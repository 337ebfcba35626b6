"""Career navigation, computed from what the selectors fetched: best-fit rows,
ladder steps with stepping stones, and progress over time. No queries here."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from assessments import charts, scoring
from assessments.models import Assessment
from assessments.selectors import FitCandidate, FitRole, Ladder, Submission
from roles.models import Role


def best_fit_groups(candidates: list[FitCandidate]) -> scoring.FitGroups[FitRole]:
    """Best fit's groups from the database's sums, in scoring's orders (the figures
    computed only for the roles covered enough to be listed)."""
    return scoring.fit_groups(
        (c.role, scoring.fit_of(c.sums)) for c in candidates if scoring.is_listed(c.sums)
    )


@dataclass(frozen=True)
class LadderStep:
    role: Role
    kind: str  # "promotion" | "lateral" | "next level"
    fit: scoring.Fit
    stepping_stone: scoring.RoleFit | None
    stepping_stone_role: Role | None


def ladder_steps(ladder: Ladder, ratings: Mapping[str, int]) -> list[LadderStep]:
    """Where the role leads, scored from `ratings`, each with a stepping-stone hint
    when the target's readiness_low is under 60% and a lower rung of its track
    scores higher."""
    lower_inputs = [ladder.inputs[r.pk] for r in ladder.lower]
    lower_by_slug = {r.slug: r for r in ladder.lower}
    steps = []
    for target in ladder.targets:
        target_input = ladder.inputs[target.role.pk]
        target_fit = scoring.fit(target_input.requirements, ratings)
        stone = scoring.stepping_stone(target_input, target_fit, lower_inputs, ratings)
        if stone is not None and stone.role.slug == ladder.role.slug:
            stone = None  # "get the role you were assessed for first" is no hint
        steps.append(
            LadderStep(
                role=target.role,
                kind=target.kind,
                fit=target_fit,
                stepping_stone=stone,
                stepping_stone_role=lower_by_slug.get(stone.role.slug) if stone else None,
            )
        )
    return steps


@dataclass(frozen=True)
class TimelinePoint:
    assessment: Assessment
    readiness: Decimal
    level_coverage: Decimal
    ratings: dict[str, int]  # skill slug → rating at that submission
    x: float
    y: float


def readiness_timeline(history: list[Submission]) -> list[TimelinePoint]:
    """Readiness at each submission, placed on the timeline chart (`charts.TIMELINE`)."""
    results = [[scoring.score_item(item) for item in s.items] for s in history]
    readiness = [scoring.readiness_of(r) for r in results]
    positions = charts.timeline_positions(readiness)
    return [
        TimelinePoint(
            assessment=s.assessment,
            readiness=value,
            level_coverage=scoring.level_coverage_of(items),
            ratings={item.skill: item.rated for item in s.items},
            x=x,
            y=y,
        )
        for s, items, value, (x, y) in zip(history, results, readiness, positions, strict=True)
    ]
