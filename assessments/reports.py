"""Gap reports, computed from what `selectors.report_rows` fetched: the scores,
the verdict in words, next steps, progress since last time and the chart. No
queries here."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from assessments import career, charts, scoring
from assessments.models import Assessment
from assessments.selectors import ReportRows, item_input
from roles import scale

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
    kind: str  # "promotion" | "next level"
    fit: scoring.Fit  # from this assessment's ratings: a range over partial ratings


@dataclass(frozen=True)
class SkillChange:
    before: int | None
    after: int

    @property
    def delta(self) -> int | None:
        return None if self.before is None else self.after - self.before


@dataclass(frozen=True)
class SincePrevious:
    """This submission against the previous one for the same role."""

    previous: Assessment
    readiness_before: Decimal
    readiness_change: Decimal
    level_coverage_change: Decimal
    changes: dict[str, SkillChange]  # skill slug → change


@dataclass(frozen=True)
class SkillRow:
    """One skill in the report's single list: gaps first (in scoring's order), then
    the skills met; what its row discloses when opened."""

    item: scoring.ItemResult
    blocker: bool
    next_anchor: str  # what the next level looks like ("" when met)
    resources: tuple[scoring.ResourceInput, ...]  # those containing the next level
    plan: scoring.Plan | None  # the way to the required level (gaps only)
    note: str
    review: scoring.SkillReview | None
    comments: tuple[str, ...]
    change: SkillChange | None  # against the previous submission


@dataclass
class ReportData:
    assessment: Assessment
    report: scoring.Report
    next_roles: list[NextRole]
    steps: list[career.LadderStep]  # next roles and lateral moves, with stepping stones
    next_anchors: dict[str, str]  # gap skill slug → anchor text of the next level
    comparison: SincePrevious | None
    skill_rows: list[SkillRow]
    timeline: list[career.TimelinePoint] = field(default_factory=list)
    timeline_frame: charts.TimelineFrame = charts.TIMELINE
    reviews: scoring.Reviews = scoring.NO_REVIEWS
    invitations: list = field(default_factory=list)  # the owner's view only

    @property
    def calibration_words(self) -> str:
        """The calibration figure as a sentence, or "" without reviewed skills."""
        reviews = self.reviews
        if reviews.calibration is None:
            return ""
        over = f"over {len(reviews.items)} skill{'s' if len(reviews.items) != 1 else ''}"
        size = abs(reviews.calibration)
        levels = f"{size} level{'s' if size != 1 else ''}"
        if reviews.calibration > 0:
            return f"You rate yourself {levels} above your reviewers, {over}."
        if reviews.calibration < 0:
            return f"You rate yourself {levels} below your reviewers, {over}."
        return f"On average you rate yourself as your reviewers do, {over}."

    @property
    def verdict_label(self) -> str:
        return VERDICT_TEXT[self.report.verdict][0]

    @property
    def verdict_text(self) -> str:
        return VERDICT_TEXT[self.report.verdict][1]


def _since_previous(
    report: scoring.Report, timeline: list[career.TimelinePoint]
) -> SincePrevious | None:
    if len(timeline) < 2:
        return None
    previous = timeline[-2]
    return SincePrevious(
        previous=previous.assessment,
        readiness_before=previous.readiness,
        readiness_change=report.readiness - previous.readiness,
        level_coverage_change=report.level_coverage - previous.level_coverage,
        changes={
            r.skill: SkillChange(before=previous.ratings.get(r.skill), after=r.rated)
            for r in report.items
        },
    )


def _skill_rows(
    report: scoring.Report,
    rows: ReportRows,
    anchors: dict[str, dict[int, str]],
    reviews: scoring.Reviews,
    comparison: SincePrevious | None,
) -> list[SkillRow]:
    by_skill = scoring.resources_by_skill(rows.resources)
    notes = {row.skill_slug: row.note for row in rows.items}
    reviewed = {r.skill: r for r in reviews.items}
    blockers = {b.skill for b in report.blockers}
    return [
        SkillRow(
            item=item,
            blocker=item.skill in blockers,
            next_anchor=(
                anchors[item.skill].get(item.rated + 1) or scale.GENERIC_ANCHORS[item.rated + 1]
            )
            if item.gap
            else "",
            resources=scoring.resources_for(item, by_skill.get(item.skill, ())) if item.gap else (),
            plan=report.plans.get(item.skill),
            note=notes.get(item.skill, ""),
            review=reviewed.get(item.skill),
            comments=reviews.comments.get(item.skill, ()),
            change=comparison.changes.get(item.skill) if comparison else None,
        )
        for item in (*report.gaps, *report.strengths)
    ]


def build_report(rows: ReportRows) -> ReportData:
    """Everything the report page and the exports show."""
    report = scoring.score([item_input(row) for row in rows.items], rows.resources)
    anchors = {row.skill_slug: rows.anchors.get(row.skill_id, {}) for row in rows.items}
    # Other roles' requirements name skills by today's slugs.
    ratings = {row.catalog_slug: row.rated or 0 for row in rows.items}
    steps = career.ladder_steps(rows.ladder, ratings)
    timeline = career.readiness_timeline(rows.history)
    comparison = _since_previous(report, timeline)
    reviews = scoring.reviews_of(report.items, rows.reviewer_ratings)
    skill_rows = _skill_rows(report, rows, anchors, reviews, comparison)
    return ReportData(
        assessment=rows.assessment,
        report=report,
        next_roles=[
            NextRole(slug=step.role.slug, title=step.role.title, kind=step.kind, fit=step.fit)
            for step in steps
            if step.kind != "lateral"
        ],
        steps=steps,
        next_anchors={row.item.skill: row.next_anchor for row in skill_rows if row.item.gap},
        comparison=comparison,
        skill_rows=skill_rows,
        timeline=timeline,
        reviews=reviews,
        invitations=rows.invitations,
    )


# The home page's sample report: a real computation over a fixed example, so its
# figures, verdict and words always follow the rules the real reports follow.
SAMPLE_ROLE = "Senior Site Reliability Engineer"
SAMPLE_ITEMS = (
    scoring.ItemInput("kubernetes", "Kubernetes", "technical", "Containers", 4, "critical", 2),
    scoring.ItemInput(
        "incident-management", "Incident management", "technical", "Reliability", 4, "critical", 4
    ),
    scoring.ItemInput(
        "observability", "Observability", "technical", "Observability", 4, "important", 3
    ),
    scoring.ItemInput(
        "infrastructure-as-code", "Infrastructure as Code", "technical", "IaC", 3, "important", 4
    ),
    scoring.ItemInput("communication", "Communication", "soft", "Communication", 4, "important", 4),
)
SAMPLE_RESOURCES = (
    scoring.ResourceInput("kubernetes", "CKA preparation path", "certification", 2, 3, 40),
    scoring.ResourceInput("kubernetes", "Run a production cluster", "practice", 4, 4, 60),
    scoring.ResourceInput("observability", "Observability Engineering", "book", 3, 4, 25),
)


def sample_report() -> scoring.Report:
    return scoring.score(SAMPLE_ITEMS, SAMPLE_RESOURCES)
