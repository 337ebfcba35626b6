"""Writes to assessments. Each validates, runs in one transaction, and raises an
`AssessmentError` whose message the view shows as it is."""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from datetime import timedelta
from typing import NamedTuple

from django.db import IntegrityError, transaction
from django.utils import timezone

from assessments.models import (
    Assessment,
    AssessmentItem,
    Confidence,
    Review,
    ReviewInvitation,
    ReviewRating,
)
from roles.models import Role, kind_order


class Prefill(NamedTuple):
    """A rating carried over from an earlier assessment into a new draft."""

    rated: int | None
    note: str
    confidence: str


class AssessmentError(Exception):
    """A request the rules refuse; `message` is written for the user."""

    status = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class RoleNotAssessable(AssessmentError):
    pass


class AssessmentLocked(AssessmentError):
    status = 409


class InvalidRating(AssessmentError):
    pass


class UnknownSkill(AssessmentError):
    status = 404


class AssessmentIncomplete(AssessmentError):
    def __init__(self, missing: list[AssessmentItem]) -> None:
        self.missing = missing
        names = ", ".join(item.skill_name for item in missing)
        super().__init__(
            f"Rate every skill before submitting. Still to rate ({len(missing)}): {names}."
        )


def _ensure_draft(assessment: Assessment) -> Assessment:
    """Lock the assessment row and refuse changes once submitted."""
    locked = Assessment.objects.select_for_update().get(pk=assessment.pk)
    if locked.is_submitted:
        raise AssessmentLocked(
            "This assessment was submitted and can no longer change. "
            "Retake it to record new ratings."
        )
    return locked


def assessment_start(
    *,
    user,
    role: Role,
    prefill: Mapping[int, Prefill] | None = None,
) -> tuple[Assessment, bool]:
    """Start an assessment of `user` against `role`, or resume their open draft.

    Returns (assessment, created). The role's requirements are copied into items
    so later catalog edits never change this assessment. `prefill` maps skill ids
    to (rated, note, confidence) from an earlier assessment.
    """
    if not role.is_assessable_by(user):
        raise RoleNotAssessable(f"{role.title} is not open for assessment.")
    draft = Assessment.objects.drafts().filter(user=user, role=role).first()
    if draft is not None:
        return draft, False
    requirements = list(role.requirements.select_related("skill", "role__track"))
    if not requirements:
        raise RoleNotAssessable(
            f"{role.title} has no skills listed yet, so it cannot be assessed. Try another role."
        )
    prefill = prefill or {}
    blank = Prefill(None, "", Confidence.SURE)
    try:
        with transaction.atomic():
            assessment = Assessment.objects.create(
                user=user,
                role=role,
                role_title=role.title,
                role_track=role.track.name,
                role_level=role.level,
            )
            AssessmentItem.objects.bulk_create(
                AssessmentItem(
                    assessment=assessment,
                    skill=q.skill,
                    skill_slug=q.skill.slug,
                    skill_name=q.skill.name,
                    kind=q.skill.kind,
                    category=q.skill.category,
                    required_level=q.level,
                    importance=q.importance,
                    rated=(earlier := prefill.get(q.skill_id, blank)).rated,
                    note=earlier.note,
                    confidence=earlier.confidence,
                    previous_rating=earlier.rated,
                    prefilled=earlier.rated is not None,
                )
                for q in requirements
            )
    except IntegrityError:
        # Another request (double click, second tab) created the draft first.
        return Assessment.objects.drafts().get(user=user, role=role), False
    return assessment, True


def assessment_retake(*, assessment: Assessment) -> tuple[Assessment, bool]:
    """A new draft for the same role, pre-filled with this assessment's ratings."""
    if not assessment.is_submitted:
        raise AssessmentError("Finish and submit this assessment before retaking it.")
    previous = {
        item.skill_id: Prefill(item.rated, item.note, item.confidence)
        for item in assessment.items.only("skill_id", "rated", "note", "confidence")
    }
    return assessment_start(user=assessment.user, role=assessment.role, prefill=previous)


@transaction.atomic
def rating_save(
    *,
    assessment: Assessment,
    skill_slug: str,
    level: int | None = None,
    note: str | None = None,
    confidence: str | None = None,
) -> AssessmentItem:
    """Save what was sent of one rating: its level, note and confidence (None keeps
    the saved value, so a note or a confidence can come before a level). Only the
    fields sent are written: a stale tab never overwrites the others."""
    _ensure_draft(assessment)
    item = (
        AssessmentItem.objects.select_for_update()
        .filter(assessment=assessment, skill_slug=skill_slug)
        .first()
    )
    if item is None:
        raise UnknownSkill(f"{str(skill_slug)[:60]!r} is not a skill of this assessment.")
    sent = {"rated": level, "note": note, "confidence": confidence}
    fields = [name for name, value in sent.items() if value is not None]
    if not fields:
        raise InvalidRating("Nothing to save: send a level, a note or a confidence.")
    for name in fields:
        setattr(item, name, sent[name])
    if level is not None:
        # A level chosen on purpose is no longer a carried-over one.
        item.prefilled = False
        fields.append("prefilled")
    item.save(update_fields=[*fields, "updated_at"])
    return item


def unknown_skills_error(slugs: list[str]) -> UnknownSkill:
    return UnknownSkill(
        f"Not a skill of this assessment: {', '.join(repr(s[:60]) for s in slugs[:5])}."
    )


@transaction.atomic
def ratings_save_many(
    *,
    assessment: Assessment,
    ratings: Mapping[str, int | None],
    notes: Mapping[str, str] | None = None,
    confidences: Mapping[str, str] | None = None,
) -> list[AssessmentItem]:
    """Save several ratings (and notes, confidences) at once; returns the items that
    changed, in page order.

    `ratings` maps skill slug → level (None keeps the saved one); `notes` and
    `confidences` skill slug → value, for the ones that were sent.
    """
    notes, confidences = notes or {}, confidences or {}
    _ensure_draft(assessment)
    items = {
        item.skill_slug: item
        for item in AssessmentItem.objects.select_for_update().filter(assessment=assessment)
    }
    sent = set(ratings) | set(notes) | set(confidences)
    unknown = sorted(sent - set(items))
    if unknown:
        raise unknown_skills_error(unknown)
    changed = []
    for slug in sent:
        item = items[slug]
        new = (
            item.rated if ratings.get(slug) is None else ratings[slug],
            notes.get(slug, item.note),
            confidences.get(slug, item.confidence),
        )
        if new != (item.rated, item.note, item.confidence):
            if new[0] != item.rated:
                item.prefilled = False
            item.rated, item.note, item.confidence = new
            changed.append(item)
    AssessmentItem.objects.bulk_update(changed, ["rated", "note", "confidence", "prefilled"])
    return sorted(changed, key=lambda i: (i.kind != "technical", i.category, i.skill_name))


@transaction.atomic
def prefilled_keep(*, assessment: Assessment) -> int:
    """Keep every carried-over rating as it is: they stop being marked. Returns how
    many were."""
    _ensure_draft(assessment)
    return AssessmentItem.objects.filter(assessment=assessment, prefilled=True).update(
        prefilled=False
    )


@transaction.atomic
def assessment_submit(*, assessment: Assessment) -> Assessment:
    locked = _ensure_draft(assessment)
    missing = list(
        locked.items.filter(rated__isnull=True)
        .select_related("skill")
        .order_by(kind_order(), "category", "skill_name")
    )
    if missing:
        raise AssessmentIncomplete(missing)
    locked.submitted_at = timezone.now()
    locked.save(update_fields=["submitted_at", "updated_at"])
    assessment.submitted_at = locked.submitted_at
    return locked


@transaction.atomic
def share_create(*, assessment: Assessment, days: int = 30) -> Assessment:
    """A fresh unguessable read-only link (replacing any earlier one) for `days` days."""
    locked = Assessment.objects.select_for_update().get(pk=assessment.pk)
    if not locked.is_submitted:
        raise AssessmentLocked("Submit the assessment before sharing its report.")
    locked.share_token = secrets.token_urlsafe(32)
    locked.share_expires_at = timezone.now() + timedelta(days=days)
    locked.save(update_fields=["share_token", "share_expires_at", "updated_at"])
    assessment.share_token, assessment.share_expires_at = (
        locked.share_token,
        locked.share_expires_at,
    )
    return locked


@transaction.atomic
def share_revoke(*, assessment: Assessment) -> Assessment:
    locked = Assessment.objects.select_for_update().get(pk=assessment.pk)
    locked.share_token = None
    locked.share_expires_at = None
    locked.save(update_fields=["share_token", "share_expires_at", "updated_at"])
    assessment.share_token = assessment.share_expires_at = None
    return locked


# --- Second opinions -------------------------------------------------------------------

INVITATION_DAYS = 14
MAX_OPEN_INVITATIONS = 10


class InvitationSpent(AssessmentError):
    status = 410


class NotFound(AssessmentError):
    status = 404


@transaction.atomic
def invitation_create(
    *, assessment: Assessment, relationship: str, label: str = ""
) -> ReviewInvitation:
    """A one-use review link, valid for 14 days; at most 10 open per assessment."""
    locked = Assessment.objects.select_for_update().get(pk=assessment.pk)
    if not locked.is_submitted:
        raise AssessmentLocked("Submit the assessment before asking for second opinions.")
    if locked.invitations.open().count() >= MAX_OPEN_INVITATIONS:
        raise AssessmentError(
            f"You already have {MAX_OPEN_INVITATIONS} open invitations: revoke one, or wait "
            "for a reviewer to answer, before inviting someone else."
        )
    return ReviewInvitation.objects.create(
        assessment=locked,
        relationship=relationship,
        label=label,
        token=secrets.token_urlsafe(32),
        expires_at=timezone.now() + timedelta(days=INVITATION_DAYS),
    )


@transaction.atomic
def invitation_revoke(*, assessment: Assessment, invitation_id: int) -> ReviewInvitation:
    invitation = (
        ReviewInvitation.objects.select_for_update()
        .filter(assessment=assessment, pk=invitation_id)
        .first()
    )
    if invitation is None:
        raise NotFound("No such invitation on this assessment.")
    if invitation.revoked_at is None and invitation.used_at is None:
        invitation.revoked_at = timezone.now()
        invitation.save(update_fields=["revoked_at"])
    return invitation


@transaction.atomic
def review_submit(
    *,
    token: str,
    ratings: Mapping[str, int | None],
    comments: Mapping[str, str],
) -> Review:
    """Save one reviewer's answers (slug → level, None for "can't judge"; slug →
    comment) and spend the link. The invitation row is locked first, so two
    simultaneous submits of one link make one review."""
    invitation = (
        ReviewInvitation.objects.select_for_update()
        .select_related("assessment")
        .filter(token=token)
        .first()
    )
    if invitation is None or invitation.state in ("revoked", "expired"):
        raise NotFound("This review link does not exist.")
    if invitation.used_at is not None:
        raise InvitationSpent("This review link was already used.")
    if not any(level is not None for level in ratings.values()):
        raise InvalidRating("Rate at least one skill, or close this page if you can't judge any.")
    items = {
        item.skill_slug: item
        for item in AssessmentItem.objects.filter(assessment_id=invitation.assessment_id)
    }
    unknown = sorted((set(ratings) | set(comments)) - set(items))
    if unknown:
        raise InvalidRating(
            f"Not a skill of this review: {', '.join(repr(s[:60]) for s in unknown[:5])}."
        )
    invitation.used_at = timezone.now()
    invitation.save(update_fields=["used_at"])
    review = Review.objects.create(invitation=invitation, assessment=invitation.assessment)
    ReviewRating.objects.bulk_create(
        ReviewRating(
            review=review,
            item=items[slug],
            rated=ratings.get(slug),
            comment=comments.get(slug, ""),
        )
        for slug in sorted(set(ratings) | set(comments))
    )
    return review
