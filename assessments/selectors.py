"""Reads for assessment pages, each a fixed number of queries."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from itertools import groupby
from typing import Any

from django.db.models import Prefetch

from assessments.models import Assessment, AssessmentItem
from roles import scale
from roles.models import SkillLevel, kind_order


@dataclass(frozen=True)
class LevelChoice:
    level: int
    label: str
    anchor: str


@dataclass(frozen=True)
class ItemGroup:
    kind: str
    category: str
    items: list[AssessmentItem]


@dataclass(frozen=True)
class AssessmentRow:
    assessment: Assessment
    rated: int
    total: int
    readiness: Decimal | None  # submitted assessments only
    verdict: str | None


def assessments_for_user(user) -> list[AssessmentRow]:
    """My assessments, newest first, with progress and readiness: two queries."""
    from assessments import reports, scoring

    assessments = (
        Assessment.objects.filter(user=user)
        .select_related("role")
        .prefetch_related(
            Prefetch("items", queryset=AssessmentItem.objects.select_related("skill"))
        )
        .order_by("-created_at")
    )
    rows = []
    for assessment in assessments:
        items = list(assessment.items.all())
        report = (
            scoring.score(reports.item_inputs(items)) if assessment.is_submitted and items else None
        )
        rows.append(
            AssessmentRow(
                assessment=assessment,
                rated=sum(1 for i in items if i.rated is not None),
                total=len(items),
                readiness=report.readiness if report else None,
                verdict=report.verdict if report else None,
            )
        )
    return rows


def _level_choices(item: AssessmentItem) -> list[LevelChoice]:
    """0–5 with this skill's behavioural anchors, falling back to the generic scale."""
    anchors = {lv.level: lv.description for lv in item.skill.levels.all()}
    return [
        LevelChoice(
            level=level,
            label=label,
            anchor=anchors.get(level) or scale.GENERIC_ANCHORS[level],
        )
        for level, label in scale.LEVEL_LABELS.items()
    ]


def take_page_context(assessment: Assessment, *, only_skill: str | None = None) -> dict[str, Any]:
    """Items grouped technical → soft, by category, with anchors: three queries.

    With `only_skill`, the items are still all loaded (the progress counts need
    them) but only that row is marked for rendering.
    """
    items = list(
        AssessmentItem.objects.filter(assessment=assessment)
        .select_related("skill")
        .prefetch_related(Prefetch("skill__levels", queryset=SkillLevel.objects.order_by("level")))
        .order_by(kind_order(), "category", "skill_name")
    )
    for item in items:
        item.choices = _level_choices(item)
    rated = sum(1 for item in items if item.rated is not None)
    context: dict[str, Any] = {
        "assessment": assessment,
        "groups": [
            ItemGroup(kind=kind, category=category, items=list(rows))
            for (kind, category), rows in groupby(items, key=lambda i: (i.kind, i.category))
        ],
        "progress": {
            "rated": rated,
            "total": len(items),
            "percent": round(100 * rated / len(items)) if items else 0,
            "complete": bool(items) and rated == len(items),
        },
        "just_saved": False,
    }
    if only_skill is not None:
        context["item"] = next(i for i in items if i.skill.slug == only_skill)
    return context
