"""Downloads: report.json (`pathly.report/1`), report.csv, and the assessment part
of the account export."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from typing import Any

from assessments.models import Assessment
from assessments.reports import ReportData
from assessments.selectors import AssessmentWithItems, ItemRow

REPORT_SCHEMA = "pathly.report/1"


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
    """The report as a `pathly.report/1` document (docs/CONTRACT.md)."""
    a, r = data.assessment, data.report
    return {
        "schema": REPORT_SCHEMA,
        "assessment": {
            "id": str(a.public_id),
            "submitted_at": a.submitted_at.isoformat(),
            "role": _role_json(a),
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


def assessments_export(assessments: list[AssessmentWithItems]) -> list[dict[str, Any]]:
    """The user's assessments with their items and notes, for the account export."""
    return [_assessment_export(entry.assessment, entry.items) for entry in assessments]


def _assessment_export(a: Assessment, items: list[ItemRow]) -> dict[str, Any]:
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
                "skill": i.skill__slug,
                "name": i.skill_name,
                "kind": i.kind,
                "category": i.category,
                "required": i.required_level,
                "importance": i.importance,
                "rated": i.rated,
                "note": i.note,
            }
            for i in items
        ],
    }
