"""Downloads: report.json (`pathly.report/2`), report.csv, and the assessment part
of the account export."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from typing import Any

from assessments.models import Assessment
from assessments.reports import ReportData
from assessments.scoring import Fit
from assessments.selectors import AssessmentWithItems

REPORT_SCHEMA = "pathly.report/2"


def _number(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _role_json(a: Assessment) -> dict[str, Any]:
    """The role as it was when the assessment started (its snapshot)."""
    return {
        "slug": a.role.slug,
        "title": a.role_title,
        "track": a.role_track,
        "level": a.role_level,
    }


def report_json(data: ReportData) -> dict[str, Any]:
    """The report as a `pathly.report/2` document (docs/report-json.md)."""
    a, r = data.assessment, data.report
    return {
        "schema": REPORT_SCHEMA,
        "assessment": {
            "id": str(a.public_id),
            "submitted_at": a.submitted_at.isoformat(),
            "role": _role_json(a),
        },
        "readiness": _number(r.readiness),
        "level_coverage": _number(r.level_coverage),
        "readiness_by_kind": {kind: _number(v) for kind, v in r.readiness_by_kind.items()},
        "met": r.met,
        "total": r.total,
        "verdict": r.verdict,
        "effort": {
            "hours": r.effort.hours,
            "critical_hours": r.effort.critical_hours,
            "uncovered_levels": r.effort.uncovered_levels,
        },
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
                "confidence": i.confidence,
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
                    {"title": res.title, "kind": res.kind, "hours": res.hours, "url": res.url}
                    for res in f.resources
                ],
                "hours": f.hours,
                "hours_to_required": f.hours_to_required,
            }
            for f in r.focus
        ],
        "next_roles": [
            {
                "slug": n.slug,
                "title": n.title,
                "readiness": _number(n.fit.readiness),
                "coverage": _number(n.fit.coverage),
                "readiness_low": _number(n.fit.readiness_low),
                "readiness_high": _number(n.fit.readiness_high),
            }
            for n in data.next_roles
        ],
        "reviews": {
            "count": data.reviews.count,
            "calibration": _number(data.reviews.calibration),
            "readiness": _number(data.reviews.readiness),
            "items": [
                {
                    "skill": i.skill,
                    "self": i.self_rated,
                    "reviewers": _number(i.reviewers),
                    "count": i.count,
                }
                for i in data.reviews.items
            ],
        },
    }


CSV_HEADER = [
    "skill",
    "kind",
    "category",
    "importance",
    "required",
    "rated",
    "gap",
    "met",
    "confidence",
    "hours_to_required",
    "uncovered_levels",
    "reviewers",
    "reviewers_count",
    "disagreement",
]


# A spreadsheet runs a cell that starts with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """A text cell a spreadsheet will not run as a formula (a leading apostrophe is
    the usual neutraliser: it shows as text and is dropped on display). A carriage
    return inside a cell becomes a space: the writer would not quote it."""
    if not isinstance(value, str):
        return value
    value = value.replace("\r\n", " ").replace("\r", " ")
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


class SafeCsvWriter:
    """csv.writer whose text cells are neutralised: every CSV export uses it."""

    def __init__(self, out: io.StringIO) -> None:
        self._writer = csv.writer(out, lineterminator="\n")

    def writerow(self, row: list[Any]) -> None:
        self._writer.writerow([safe_cell(cell) for cell in row])


def report_csv(data: ReportData) -> str:
    """One row per skill, in the report's order; the plan's hours for each gap."""
    out = io.StringIO()
    writer = SafeCsvWriter(out)
    writer.writerow(CSV_HEADER)
    plans = data.report.plans
    reviewed = {r.skill: r for r in data.reviews.items}
    for i in data.report.items:
        plan = plans.get(i.skill)
        review = reviewed.get(i.skill)
        writer.writerow(
            [
                i.name,
                i.kind,
                i.category,
                i.importance,
                i.required,
                i.rated,
                i.gap,
                "yes" if i.met else "no",
                i.confidence,
                plan.hours if plan else 0,
                len(plan.uncovered) if plan else 0,
                review.reviewers if review else "",
                review.count if review else 0,
                review.disagreement if review else "",
            ]
        )
    return out.getvalue()


def fit_json(role, fit: Fit) -> dict[str, Any]:
    """One role of best fit, as /roles/fit.json lists it."""
    return {
        "slug": role.slug,
        "title": role.title,
        "level": role.level,
        "readiness": _number(fit.readiness),
        "readiness_low": _number(fit.readiness_low),
        "readiness_high": _number(fit.readiness_high),
        "coverage": _number(fit.coverage),
    }


def export_filename(assessment: Assessment, extension: str) -> str:
    day = assessment.submitted_at.date().isoformat()
    return f"pathly-report-{assessment.role.slug}-{day}.{extension}"


def assessments_export(assessments: list[AssessmentWithItems]) -> list[dict[str, Any]]:
    """The user's assessments with their items and notes, for the account export."""
    return [_assessment_export(entry) for entry in assessments]


def _reviews_export(entry: AssessmentWithItems) -> list[dict[str, Any]]:
    reviews: dict[int, dict[str, Any]] = {}
    for answer in entry.answers:
        review = reviews.setdefault(
            answer.review_id,
            {
                "submitted_at": answer.submitted_at.isoformat(),
                "relationship": answer.relationship,
                "label": answer.label,
                "ratings": [],
            },
        )
        review["ratings"].append(
            {"skill": answer.skill, "rated": answer.rated, "comment": answer.comment}
        )
    return list(reviews.values())


def _assessment_export(entry: AssessmentWithItems) -> dict[str, Any]:
    a, items = entry.assessment, entry.items
    return {
        "id": str(a.public_id),
        "role": _role_json(a),
        "created_at": a.created_at.isoformat(),
        "updated_at": a.updated_at.isoformat(),
        "submitted_at": a.submitted_at.isoformat() if a.submitted_at else None,
        "share_link_active": a.share_is_active,
        "share_expires_at": (a.share_expires_at.isoformat() if a.share_is_active else None),
        "items": [
            {
                "skill": i.skill_slug,
                "name": i.skill_name,
                "kind": i.kind,
                "category": i.category,
                "required": i.required_level,
                "importance": i.importance,
                "rated": i.rated,
                "note": i.note,
                "confidence": i.confidence,
            }
            for i in items
        ],
        # The links themselves are secrets and are left out; their state is not.
        "review_invitations": [
            {
                "relationship": inv.relationship,
                "label": inv.label,
                "state": inv.state,
                "created_at": inv.created_at.isoformat(),
                "expires_at": inv.expires_at.isoformat(),
            }
            for inv in entry.invitations
        ],
        "reviews": _reviews_export(entry),
    }
