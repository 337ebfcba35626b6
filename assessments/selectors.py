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
    items: list[TakeRow]


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


@dataclass(frozen=True)
class TakeRow:
    """One skill on the take page (plain values: no model instances to build)."""

    slug: str
    name: str
    description: str
    kind: str
    category: str
    rated: int | None
    note: str
    choices: tuple[LevelChoice, ...]


def _anchors_by_skill(skill_ids: list[int]) -> dict[int, dict[int, str]]:
    anchors: dict[int, dict[int, str]] = {}
    for skill_id, level, description in SkillLevel.objects.filter(
        skill_id__in=skill_ids
    ).values_list("skill_id", "level", "description"):
        anchors.setdefault(skill_id, {})[level] = description
    return anchors


def _choices(anchors: dict[int, str]) -> tuple[LevelChoice, ...]:
    """0–5 with the skill's behavioural anchors, falling back to the generic scale."""
    return tuple(
        LevelChoice(
            level=level, label=label, anchor=anchors.get(level) or scale.GENERIC_ANCHORS[level]
        )
        for level, label in scale.LEVEL_LABELS.items()
    )


def take_page_context(assessment: Assessment, *, only_skill: str | None = None) -> dict[str, Any]:
    """Items grouped technical → soft, by category, with anchors: two queries.

    With `only_skill` (an htmx autosave), every item is still read (the progress
    counts need them) but only that row is rendered.
    """
    items = list(
        AssessmentItem.objects.filter(assessment=assessment)
        .order_by(kind_order(), "category", "skill_name")
        .values_list(
            "skill_id",
            "skill__slug",
            "skill_name",
            "skill__description",
            "kind",
            "category",
            "rated",
            "note",
        )
    )
    if only_skill is not None:
        wanted = [i for i in items if i[1] == only_skill]
        anchors = _anchors_by_skill([i[0] for i in wanted])
    else:
        wanted = items
        anchors = _anchors_by_skill([i[0] for i in items])
    rows = [
        TakeRow(
            slug=slug,
            name=name,
            description=description,
            kind=kind,
            category=category,
            rated=rated,
            note=note,
            choices=_choices(anchors.get(skill_id, {})),
        )
        for skill_id, slug, name, description, kind, category, rated, note in wanted
    ]
    rated = sum(1 for i in items if i[6] is not None)
    context: dict[str, Any] = {
        "assessment": assessment,
        "groups": [
            ItemGroup(kind=kind, category=category, items=list(group))
            for (kind, category), group in groupby(rows, key=lambda r: (r.kind, r.category))
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
        context["item"] = rows[0]
    return context
