"""Every read of the assessment pages, each in a fixed number of queries.

Selectors fetch rows as named tuples or plain dataclasses and build the scoring
inputs in one place each (`item_input`, `requirement_input`); the pure modules
(`scoring`, `career`, `charts`, `reports`) compute everything the pages show.
"""

from __future__ import annotations

import operator
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from functools import reduce
from typing import NamedTuple

from django.db.models import Count, Q, Sum, Value
from django.urls import reverse

from assessments import scoring
from assessments.models import Assessment, AssessmentItem, ReviewInvitation, ReviewRating
from roles.models import (
    LearningResource,
    Requirement,
    Role,
    RoleTransition,
    SkillLevel,
    TransitionKind,
    kind_order,
)

# --- Scoring inputs: one builder each ----------------------------------------------

ITEM_FIELDS = (
    "skill_id",
    "skill_slug",
    "skill__slug",
    "skill_name",
    "skill__description",
    "kind",
    "category",
    "required_level",
    "importance",
    "rated",
    "note",
    "confidence",
    "previous_rating",
    "prefilled",
)


class ItemRow(NamedTuple):
    """An assessment item as the pages read it (`values_list(*ITEM_FIELDS, named=True)`)."""

    skill_id: int
    skill_slug: str  # as it was when the assessment started: fields, URLs, exports
    catalog_slug: str  # the skill's slug today: matching against other roles
    skill_name: str
    skill__description: str
    kind: str
    category: str
    required_level: int
    importance: str
    rated: int | None
    note: str
    confidence: str
    previous_rating: int | None  # carried in from an earlier assessment
    prefilled: bool  # `rated` is still the carried-over value


def item_rows(items) -> list[ItemRow]:
    return [ItemRow(*row) for row in items.values_list(*ITEM_FIELDS)]


def _items_by_assessment(items) -> dict[int, list[ItemRow]]:
    grouped: dict[int, list[ItemRow]] = defaultdict(list)
    for assessment_id, *fields in items.values_list("assessment_id", *ITEM_FIELDS):
        grouped[assessment_id].append(ItemRow(*fields))
    return grouped


def item_input(row: ItemRow) -> scoring.ItemInput:
    """The scoring input of one item; an unrated item counts as 0."""
    return scoring.ItemInput(
        skill=row.skill_slug,
        name=row.skill_name,
        kind=row.kind,
        category=row.category,
        required=row.required_level,
        importance=row.importance,
        rated=row.rated if row.rated is not None else 0,
        confidence=row.confidence,
    )


REQUIREMENT_FIELDS = ("role_id", "skill__slug", "skill__name", "level", "importance")


def requirement_input(row) -> scoring.RequirementInput:
    """A requirement row (`values_list(*REQUIREMENT_FIELDS, named=True)`) as scoring input."""
    return scoring.RequirementInput(
        skill=row.skill__slug, required=row.level, importance=row.importance, name=row.skill__name
    )


def role_inputs(roles: Iterable[Role]) -> dict[int, scoring.RoleInput]:
    """Scoring inputs for these roles, by role id: one query."""
    roles = list(roles)
    requirements: dict[int, list[scoring.RequirementInput]] = defaultdict(list)
    for row in Requirement.objects.filter(role_id__in={r.pk for r in roles}).values_list(
        *REQUIREMENT_FIELDS, named=True
    ):
        requirements[row.role_id].append(requirement_input(row))
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


def _resources(slugs: Mapping[int, str]) -> list[scoring.ResourceInput]:
    """The learning resources of these skills (skill id → the slug to file them
    under: the snapshot's), the other columns in ResourceInput's field order."""
    return [
        scoring.ResourceInput(slugs[skill_id], *fields)
        for skill_id, *fields in LearningResource.objects.filter(skill_id__in=slugs).values_list(
            "skill_id", "title", "kind", "from_level", "to_level", "hours", "url"
        )
    ]


def _anchors(skill_ids: Iterable[int]) -> dict[int, dict[int, str]]:
    """skill id → level → behavioural anchor."""
    anchors: dict[int, dict[int, str]] = defaultdict(dict)
    for row in SkillLevel.objects.filter(skill_id__in=skill_ids).values_list(
        "skill_id", "level", "description", named=True
    ):
        anchors[row.skill_id][row.level] = row.description
    return anchors


# --- Skill profile and best fit -----------------------------------------------------


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
    confidence: str


def skill_profile(user) -> dict[str, ProfileEntry]:
    """The latest submitted rating of every skill the user has rated (one query; the
    columns in ProfileEntry's field order)."""
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
            "confidence",
            named=True,
        )
    )
    profile: dict[str, ProfileEntry] = {}
    for row in rows:
        profile.setdefault(row.skill__slug, ProfileEntry(*row))
    return profile


def ratings_of(profile: Mapping[str, ProfileEntry]) -> dict[str, int]:
    return {slug: entry.rated for slug, entry in profile.items()}


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


@dataclass(frozen=True)
class FitCandidate:
    role: FitRole
    sums: scoring.FitSums


def best_fit_candidates(profile: Mapping[str, ProfileEntry]) -> list[FitCandidate]:
    """Every published role with the sums its fit is computed from: one aggregate
    query over the requirements, grouped by role, and one for the roles' names.

    The profile arrives as constants: whether a requirement's skill is rated is one
    IN-list on the skill id, and whether it is met one IN-list per rated level
    with the required level at most that level; the weight is a stored column.
    Nothing depends on anyone's history, so the cost follows the catalog, not the
    users.
    """
    by_level: dict[int, list[int]] = defaultdict(list)
    for entry in profile.values():
        by_level[entry.rated].append(entry.skill_id)
    if not by_level:
        return []
    is_rated = Q(skill_id__in=[entry.skill_id for entry in profile.values()])
    # Met: the skill is rated r and the required level is at most r (a rating of 0
    # meets nothing, every level being at least 1).
    met_terms = [
        Q(skill_id__in=ids, level__lte=level) for level, ids in sorted(by_level.items()) if level
    ]
    met_weight = (
        Sum("weight", filter=reduce(operator.or_, met_terms), default=0) if met_terms else Value(0)
    )
    sums = (
        Requirement.objects.values("role_id")
        .annotate(
            total_weight=Sum("weight"),
            rated_weight=Sum("weight", filter=is_rated, default=0),
            met_weight=met_weight,
            unrated=Count("pk", filter=~is_rated),
        )
        .order_by()
        # In FitSums' field order.
        .values_list("role_id", "total_weight", "rated_weight", "met_weight", "unrated")
    )
    roles = {
        row.pk: FitRole(slug=row.slug, title=row.title, level=row.level, track_name=row.track__name)
        for row in Role.objects.published().values_list(
            "pk", "slug", "title", "level", "track__name", named=True
        )
    }
    return [
        FitCandidate(role=roles[role_id], sums=scoring.FitSums(*figures))
        for role_id, *figures in sums
        if role_id in roles  # published roles only
    ]


# --- Ladder -----------------------------------------------------------------------


@dataclass(frozen=True)
class LadderTarget:
    role: Role
    kind: str  # "promotion" | "lateral" | "next level"


@dataclass(frozen=True)
class Ladder:
    """Where a role leads, with the scoring inputs of the targets and of the lower rungs."""

    role: Role
    targets: list[LadderTarget]
    inputs: dict[int, scoring.RoleInput]  # role id → input, for targets and lower rungs
    lower: list[Role]  # published roles below the targets, in their tracks


def ladder_of(role: Role) -> Ladder:
    """Next roles (promotions, else the track's next level), then lateral moves.

    At most four queries whatever the catalog size.
    """
    transitions = list(
        RoleTransition.objects.filter(from_role=role, to_role__is_published=True)
        .select_related("to_role")
        .order_by("to_role__level", "to_role__title")
    )
    targets = [
        LadderTarget(t.to_role, t.kind) for t in transitions if t.kind == TransitionKind.PROMOTION
    ]
    if not targets:
        higher = list(
            Role.objects.published()
            .filter(track_id=role.track_id, level__gt=role.level)
            .order_by("level", "title")
        )
        if higher:
            targets = [LadderTarget(r, "next level") for r in higher if r.level == higher[0].level]
    targets += [
        LadderTarget(t.to_role, t.kind) for t in transitions if t.kind == TransitionKind.LATERAL
    ]
    if not targets:
        return Ladder(role=role, targets=[], inputs={}, lower=[])
    lower = list(
        Role.objects.published().filter(
            track_id__in={t.role.track_id for t in targets},
            level__lt=max(t.role.level for t in targets),
        )
    )
    return Ladder(
        role=role,
        targets=targets,
        inputs=role_inputs([t.role for t in targets] + lower),
        lower=lower,
    )


# --- Report -------------------------------------------------------------------------


@dataclass(frozen=True)
class Submission:
    """One submission of the same user and role, with its items, for the timeline."""

    assessment: Assessment
    items: list[scoring.ItemInput]


@dataclass(frozen=True)
class ReportRows:
    """Everything a gap report needs, fetched; `reports.build_report` computes the rest."""

    assessment: Assessment
    items: list[ItemRow]
    resources: list[scoring.ResourceInput]
    anchors: dict[int, dict[int, str]]  # skill id → level → anchor
    ladder: Ladder
    history: list[Submission]  # oldest first, up to and including this one
    reviewer_ratings: list[scoring.ReviewerRating] = field(default_factory=list)
    invitations: list[ReviewInvitation] = field(default_factory=list)  # the owner's view only


def report_rows(
    assessment: Assessment, *, with_history: bool = True, with_invitations: bool = False
) -> ReportRows:
    """The snapshot, its skills' resources and anchors, the ladder, the history, the
    reviewers' ratings and (for the owner) the invitations.

    Eleven queries at most (three for the items and their skills' resources and
    anchors, four for the ladder, two for the history, one for the reviewers'
    ratings, one for the invitations), whatever the sizes.
    """
    items = item_rows(AssessmentItem.objects.filter(assessment=assessment))
    slugs = {row.skill_id: row.skill_slug for row in items}
    return ReportRows(
        assessment=assessment,
        items=items,
        resources=_resources(slugs),
        anchors=_anchors(slugs),
        ladder=ladder_of(assessment.role),
        history=submissions_up_to(assessment) if with_history else [],
        reviewer_ratings=reviewer_ratings(assessment),
        invitations=list(assessment.invitations.order_by("-created_at", "-pk"))
        if with_invitations
        else [],
    )


def reviewer_ratings(assessment: Assessment) -> list[scoring.ReviewerRating]:
    """Every reviewer answer on the assessment, by the snapshot's slug (one query)."""
    return [
        scoring.ReviewerRating(*row)
        for row in ReviewRating.objects.filter(review__assessment=assessment)
        .order_by("review_id", "pk")
        .values_list("review_id", "item__skill_slug", "rated", "comment")
    ]


# --- The reviewer's page ------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewPageRows:
    invitation: ReviewInvitation
    owner_name: str
    role_title: str
    items: list[ItemRow]  # technical before soft, by category, then name
    anchors: dict[int, dict[int, str]]


def review_invitation(token: str) -> ReviewInvitation | None:
    return (
        ReviewInvitation.objects.select_related("assessment__user")
        .filter(token=token, assessment__submitted_at__isnull=False)
        .first()
    )


def review_page_rows(invitation: ReviewInvitation) -> ReviewPageRows:
    """The skills to rate, blind: the rows and their anchors (two queries). The
    owner's ratings, notes and confidence are read but never shown; the page takes
    names, descriptions and anchors only."""
    items = item_rows(
        AssessmentItem.objects.filter(assessment_id=invitation.assessment_id).order_by(
            kind_order(), "category", "skill_name"
        )
    )
    return ReviewPageRows(
        invitation=invitation,
        owner_name=invitation.assessment.user.public_name,
        role_title=invitation.assessment.role_title,
        items=items,
        anchors=_anchors(row.skill_id for row in items),
    )


def submissions_up_to(assessment: Assessment) -> list[Submission]:
    """The submissions for the same user and role up to this one, oldest first (two queries)."""
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
    items = _items_by_assessment(AssessmentItem.objects.filter(assessment__in=submissions))
    return [
        Submission(assessment=a, items=[item_input(row) for row in items[a.pk]])
        for a in submissions
    ]


# --- My assessments -----------------------------------------------------------------


@dataclass(frozen=True)
class AssessmentRow:
    assessment: Assessment
    rated: int
    total: int
    readiness: Decimal | None  # submitted assessments only
    verdict: str | None
    met: int | None = None  # requirements met (submitted only)


def assessments_for_user(user) -> list[AssessmentRow]:
    """My assessments, newest first, with progress and (submitted) scores: two queries."""
    assessments = list(
        Assessment.objects.filter(user=user).select_related("role").order_by("-created_at")
    )
    items = _items_by_assessment(AssessmentItem.objects.filter(assessment__in=assessments))
    rows = []
    for a in assessments:
        report = (
            scoring.score([item_input(row) for row in items[a.pk]])
            if a.is_submitted and items[a.pk]
            else None
        )
        rows.append(
            AssessmentRow(
                assessment=a,
                rated=sum(1 for row in items[a.pk] if row.rated is not None),
                total=len(items[a.pk]),
                readiness=report.readiness if report else None,
                verdict=report.verdict if report else None,
                met=report.met if report else None,
            )
        )
    return rows


# --- Take page ------------------------------------------------------------------------


@dataclass(frozen=True)
class TakeRows:
    assessment: Assessment
    items: list[ItemRow]  # every item: technical before soft, by category, then name
    anchors: dict[int, dict[int, str]]  # only for the rows to render
    only_skill: str | None = None  # an htmx autosave renders this row only
    show: str = "all"  # "all" | "unrated" | "prefilled": which rows the page lists


def take_rows(
    assessment: Assessment, *, only_skill: str | None = None, show: str = "all"
) -> TakeRows:
    """The items in page order and their anchors: two queries.

    Every item is read (the progress counts need them); the anchors only of the rows
    shown: one row for an htmx autosave (`only_skill`), the unrated or the
    carried-over ones for `show`.
    """
    items = item_rows(
        AssessmentItem.objects.filter(assessment=assessment).order_by(
            kind_order(), "category", "skill_name"
        )
    )
    shown = [row.skill_id for row in items if is_shown(row, only_skill=only_skill, show=show)]
    return TakeRows(
        assessment=assessment,
        items=items,
        anchors=_anchors(shown),
        only_skill=only_skill,
        show=show,
    )


def is_shown(row: ItemRow, *, only_skill: str | None, show: str) -> bool:
    if only_skill is not None:
        return row.skill_slug == only_skill
    if show == "unrated":
        return row.rated is None
    if show == "prefilled":
        return row.prefilled
    return True


def skill_names(assessment: Assessment) -> dict[str, str]:
    """slug → name of every skill in the assessment (the bulk save's fields)."""
    return dict(assessment.items.values_list("skill_slug", "skill_name"))


# --- Assessed before? ----------------------------------------------------------------

DRAFT = "draft"
SUBMITTED = "submitted"


def assessment_states(user, *, by: str = "id") -> dict:
    """role id (or slug, `by="slug"`) → "draft" when the user has an open draft for
    it, else "submitted" when they submitted one before; roles never assessed are
    absent. One query. It decides the button: resume, reassess or assess."""
    if not user.is_authenticated:
        return {}
    key = "role_id" if by == "id" else "role__slug"
    states: dict = {}
    for role, submitted_at in Assessment.objects.filter(user=user).values_list(key, "submitted_at"):
        if submitted_at is None:
            states[role] = DRAFT
        else:
            states.setdefault(role, SUBMITTED)
    return states


# --- Role page preview and compare ------------------------------------------------------


@dataclass(frozen=True)
class Preview:
    fit: scoring.Fit
    ladder: Ladder
    ratings: dict[str, int]


def role_preview(role: Role, user) -> Preview | None:
    """Where this role stands, and where it leads, from the user's latest ratings."""
    if not user.is_authenticated:
        return None
    ratings = ratings_of(skill_profile(user))
    if not ratings:
        return None
    requirements = role_inputs([role])[role.pk].requirements
    return Preview(fit=scoring.fit(requirements, ratings), ladder=ladder_of(role), ratings=ratings)


def compare_inputs(roles: list[Role]) -> list[scoring.RoleInput]:
    """Scoring inputs of the roles, in the order given (one query)."""
    inputs = role_inputs(roles)
    return [inputs[r.pk] for r in roles]


class ReviewAnswer(NamedTuple):
    review_id: int
    submitted_at: datetime
    relationship: str
    label: str
    skill: str
    rated: int | None
    comment: str


@dataclass(frozen=True)
class AssessmentWithItems:
    assessment: Assessment
    items: list[ItemRow]
    invitations: list[ReviewInvitation] = field(default_factory=list)
    answers: list[ReviewAnswer] = field(default_factory=list)  # reviewers' answers


def account_assessments(user) -> list[AssessmentWithItems]:
    """Every assessment of the user with its items, review invitations and reviewers'
    answers, for the account export: four queries."""
    assessments = list(
        Assessment.objects.filter(user=user).select_related("role").order_by("created_at")
    )
    items = _items_by_assessment(
        AssessmentItem.objects.filter(assessment__in=assessments).order_by("category", "skill_name")
    )
    invitations: dict[int, list[ReviewInvitation]] = defaultdict(list)
    for invitation in ReviewInvitation.objects.filter(assessment__in=assessments).order_by(
        "created_at", "pk"
    ):
        invitations[invitation.assessment_id].append(invitation)
    answers: dict[int, list[ReviewAnswer]] = defaultdict(list)
    for assessment_id, *fields in (
        ReviewRating.objects.filter(review__assessment__in=assessments)
        .order_by("review_id", "pk")
        .values_list(
            "review__assessment_id",
            "review_id",
            "review__submitted_at",
            "review__invitation__relationship",
            "review__invitation__label",
            "item__skill_slug",
            "rated",
            "comment",
        )
    ):
        answers[assessment_id].append(ReviewAnswer(*fields))
    return [
        AssessmentWithItems(
            assessment=a, items=items[a.pk], invitations=invitations[a.pk], answers=answers[a.pk]
        )
        for a in assessments
    ]
