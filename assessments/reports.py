"""Gap reports: fetch the snapshot in a fixed number of queries, convert it to
scoring inputs, score, and shape the result for the page, JSON and CSV."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from assessments import career, scoring
from assessments.models import Assessment, AssessmentItem
from roles import scale
from roles.models import LearningResource, SkillLevel

REPORT_SCHEMA = "pathly.report/1"

VERDICT_TEXT = {
    scoring.READY: (
        "Ready",
        "You meet the role's critical requirements and most of the rest. "
        "You could apply now; use the gaps below to sharpen your story.",
    ),
    scoring.CLOSE: (
        "Close",
        "You are within reach: no critical skill is far off. "
        "Closing the focus gaps below is the shortest path to ready.",
    ),
    scoring.DEVELOPING: (
        "Developing",
        "There is real ground to cover, usually in a critical skill. "
        "Start with the blockers and the focus list; retake in a few months to see progress.",
    ),
}


@dataclass(frozen=True)
class NextRole:
    slug: str
    title: str
    kind: str  # "promotion" | "lateral" | "next level"
    readiness: Decimal | None
    coverage: Decimal


@dataclass(frozen=True)
class SkillChange:
    before: int | None
    after: int

    @property
    def delta(self) -> int | None:
        return None if self.before is None else self.after - self.before


@dataclass(frozen=True)
class Comparison:
    previous: Assessment
    readiness_before: Decimal
    readiness_change: Decimal
    changes: dict[str, SkillChange]  # skill slug → change


@dataclass(frozen=True)
class ChartRow:
    name: str
    required: int
    rated: int
    y: int
    required_width: float
    rated_width: float


@dataclass
class ReportData:
    assessment: Assessment
    report: scoring.Report
    next_roles: list[NextRole]
    steps: list[career.LadderStep]  # next roles and lateral moves, with stepping stones
    next_anchors: dict[str, str]  # skill slug → anchor text of the next level
    comparison: Comparison | None
    timeline: list[career.TimelinePoint] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)

    @property
    def verdict_label(self) -> str:
        return VERDICT_TEXT[self.report.verdict][0]

    @property
    def verdict_text(self) -> str:
        return VERDICT_TEXT[self.report.verdict][1]


def item_inputs(items: list[AssessmentItem]) -> list[scoring.ItemInput]:
    return [
        scoring.ItemInput(
            skill=item.skill.slug,
            name=item.skill_name,
            kind=item.kind,
            category=item.category,
            required=item.required_level,
            importance=item.importance,
            rated=item.rated if item.rated is not None else 0,
        )
        for item in items
    ]


_ITEM_FIELDS = (
    "skill_id",
    "skill__slug",
    "skill_name",
    "kind",
    "category",
    "required_level",
    "importance",
    "rated",
    "note",
)


def _resources(skill_ids: set[int]) -> list[scoring.ResourceInput]:
    return [
        scoring.ResourceInput(*row)
        for row in LearningResource.objects.filter(skill_id__in=skill_ids).values_list(
            "skill__slug", "title", "kind", "from_level", "to_level", "hours", "url"
        )
    ]


def _next_anchors(gaps: dict[int, tuple[str, int]]) -> dict[str, str]:
    """For each gap skill (id → (slug, next level)), the anchor of its next level."""
    found = {
        (skill_id, level): text
        for skill_id, level, text in SkillLevel.objects.filter(skill_id__in=gaps).values_list(
            "skill_id", "level", "description"
        )
    }
    return {
        slug: found.get((skill_id, level)) or scale.GENERIC_ANCHORS[level]
        for skill_id, (slug, level) in gaps.items()
    }


def _comparison(report: scoring.Report, timeline: list[career.TimelinePoint]) -> Comparison | None:
    """Against the previous submission for the same role (from the timeline's rows)."""
    if len(timeline) < 2:
        return None
    previous = timeline[-2]
    before = previous.ratings
    return Comparison(
        previous=previous.assessment,
        readiness_before=previous.readiness,
        readiness_change=report.readiness - previous.readiness,
        changes={
            r.skill: SkillChange(before=before.get(r.skill), after=r.rated) for r in report.items
        },
    )


def build_report(assessment: Assessment, *, with_history: bool = True) -> ReportData:
    """Everything the report page shows, in a fixed number of queries.

    Rows are read as plain tuples, and anchors and learning resources only for
    the skills with a gap: the page needs nothing else from them.
    """
    rows = list(AssessmentItem.objects.filter(assessment=assessment).values_list(*_ITEM_FIELDS))
    inputs = [
        scoring.ItemInput(slug, name, kind, category, required, importance, rated or 0)
        for _, slug, name, kind, category, required, importance, rated, _ in rows
    ]
    gaps = {
        skill_id: (slug, min((rated or 0) + 1, scale.MAX_LEVEL))
        for skill_id, slug, _, _, _, required, _, rated, _ in rows
        if (rated or 0) < required
    }
    report = scoring.score(inputs, _resources(set(gaps)))
    ratings = {r.skill: r.rated for r in report.items}
    steps = career.ladder_steps(assessment.role, ratings)
    timeline = career.readiness_timeline(assessment) if with_history else []
    return ReportData(
        assessment=assessment,
        report=report,
        next_roles=[
            NextRole(
                slug=step.role.slug,
                title=step.role.title,
                kind=step.kind,
                readiness=step.fit.readiness,
                coverage=step.fit.coverage,
            )
            for step in steps
            if step.kind != "lateral"
        ],
        steps=steps,
        next_anchors=_next_anchors(gaps),
        comparison=_comparison(report, timeline),
        timeline=timeline,
        notes={row[1]: row[8] for row in rows if row[8]},
    )


# --- Chart -------------------------------------------------------------------------

CHART_ROW_HEIGHT = 26
CHART_LABEL_WIDTH = 230
CHART_BAR_WIDTH = 300


def chart_rows(report: scoring.Report) -> list[ChartRow]:
    """Horizontal grouped bars: required (outline) and self-rated (filled) per skill."""
    unit = CHART_BAR_WIDTH / scale.MAX_LEVEL
    return [
        ChartRow(
            name=r.name,
            required=r.required,
            rated=r.rated,
            y=i * CHART_ROW_HEIGHT,
            required_width=round(r.required * unit, 1),
            rated_width=round(r.rated * unit, 1),
        )
        for i, r in enumerate(report.items)
    ]


# --- Exports -----------------------------------------------------------------------


def _number(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def report_json(data: ReportData) -> dict[str, Any]:
    """The report as DESIGN.md's `pathly.report/1` document."""
    a, r = data.assessment, data.report
    return {
        "schema": REPORT_SCHEMA,
        "assessment": {
            "id": str(a.public_id),
            "submitted_at": a.submitted_at.isoformat(),
            "role": {
                "slug": a.role.slug,
                "title": a.role_title,
                "track": a.role_track,
                "level": a.role_level,
            },
        },
        "readiness": _number(r.readiness),
        "readiness_by_kind": {kind: _number(v) for kind, v in r.readiness_by_kind.items()},
        "verdict": r.verdict,
        "items": [
            {
                "skill": i.skill,
                "name": i.name,
                "kind": i.kind,
                "category": i.category,
                "required": i.required,
                "importance": i.importance,
                "rated": i.rated,
                "gap": i.gap,
            }
            for i in r.items
        ],
        "gaps": [i.skill for i in r.gaps],
        "blockers": [i.skill for i in r.blockers],
        "strengths": [i.skill for i in r.strengths],
        "focus": [
            {
                "skill": f.item.skill,
                "resources": [
                    {"title": res.title, "kind": res.kind, "hours": res.hours}
                    for res in f.resources
                ],
                "hours": f.hours,
            }
            for f in r.focus
        ],
        "next_roles": [
            {
                "slug": n.slug,
                "title": n.title,
                "readiness": _number(n.readiness),
                "coverage": _number(n.coverage),
            }
            for n in data.next_roles
        ],
    }


CSV_HEADER = ["skill", "kind", "category", "importance", "required", "rated", "gap"]


def report_csv(data: ReportData) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for i in data.report.items:
        writer.writerow([i.name, i.kind, i.category, i.importance, i.required, i.rated, i.gap])
    return out.getvalue()


def export_filename(assessment: Assessment, extension: str) -> str:
    day = assessment.submitted_at.date().isoformat()
    return f"pathly-report-{assessment.role.slug}-{day}.{extension}"
