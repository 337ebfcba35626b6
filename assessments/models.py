"""A user's self-assessment against a role, and its snapshot of the requirements."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from roles import scale
from roles.models import Importance, Role, Skill, SkillKind


class AssessmentQuerySet(models.QuerySet):
    def drafts(self) -> AssessmentQuerySet:
        return self.filter(submitted_at__isnull=True)

    def submitted(self) -> AssessmentQuerySet:
        return self.filter(submitted_at__isnull=False)


class Assessment(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="assessments"
    )
    # PROTECT: a role someone was assessed against is unpublished, never deleted.
    role = models.ForeignKey(Role, on_delete=models.PROTECT, related_name="assessments")
    # What the role was called when the assessment started (part of the snapshot).
    role_title = models.CharField(max_length=150)
    role_track = models.CharField(max_length=100)
    role_level = models.PositiveSmallIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    share_token = models.CharField(max_length=64, unique=True, null=True, blank=True)
    share_expires_at = models.DateTimeField(null=True, blank=True)

    objects = AssessmentQuerySet.as_manager()

    # No Meta.ordering: every list orders explicitly, so no query pays for a sort
    # (or a join) it does not need.
    class Meta:
        indexes = [
            models.Index(fields=["user", "-created_at"], name="assessment_user_created_idx"),
            models.Index(fields=["user", "role", "submitted_at"], name="assessment_user_role_idx"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "role"],
                condition=Q(submitted_at__isnull=True),
                name="assessment_one_draft_per_user_role",
                violation_error_message="You already have a draft assessment for this role.",
            ),
        ]

    def __str__(self) -> str:
        state = "submitted" if self.is_submitted else "draft"
        return f"{self.role_title} ({state}) · {self.public_id}"

    def get_absolute_url(self) -> str:
        return reverse("assessments:take", args=[self.public_id])

    def get_report_url(self) -> str:
        return reverse("assessments:report", args=[self.public_id])

    @property
    def is_submitted(self) -> bool:
        return self.submitted_at is not None

    @property
    def share_is_active(self) -> bool:
        return bool(
            self.share_token
            and self.share_expires_at is not None
            and self.share_expires_at > timezone.now()
        )


class Confidence(models.TextChoices):
    SURE = "sure", "Sure"
    UNSURE = "unsure", "Not sure"


class AssessmentItem(models.Model):
    """One requirement of the role, copied when the assessment started, plus the rating."""

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="items")
    # PROTECT: skills that past assessments used stay in the catalog.
    skill = models.ForeignKey(Skill, on_delete=models.PROTECT, related_name="assessment_items")
    # The skill's slug and name as they were: renaming a skill changes no past
    # report and breaks no open draft (its fields and URLs use this slug).
    skill_slug = models.SlugField(max_length=100)
    skill_name = models.CharField(max_length=100)
    kind = models.CharField(max_length=10, choices=SkillKind.choices)
    category = models.CharField(max_length=60)
    required_level = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(scale.MAX_LEVEL)]
    )
    importance = models.CharField(max_length=10, choices=Importance.choices)
    rated = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(scale.MIN_RATING), MaxValueValidator(scale.MAX_LEVEL)],
    )
    note = models.TextField(blank=True, max_length=1000)
    # "Not sure this is my level": shown on the report, never changes a score.
    confidence = models.CharField(max_length=6, choices=Confidence.choices, default=Confidence.SURE)
    # The rating carried into this draft from an earlier assessment (shown beside
    # the control as "last time"), and whether `rated` is still that carried-over
    # value, not yet confirmed or changed by the person.
    previous_rating = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(scale.MIN_RATING), MaxValueValidator(scale.MAX_LEVEL)],
    )
    prefilled = models.BooleanField(default=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "skill"], name="assessment_item_unique_skill"
            ),
            models.UniqueConstraint(
                fields=["assessment", "skill_slug"], name="assessment_item_unique_slug"
            ),
            models.CheckConstraint(
                condition=Q(rated__isnull=True)
                | (Q(rated__gte=scale.MIN_RATING) & Q(rated__lte=scale.MAX_LEVEL)),
                name="assessment_item_rated_range",
            ),
            models.CheckConstraint(
                condition=Q(required_level__gte=1) & Q(required_level__lte=scale.MAX_LEVEL),
                name="assessment_item_required_range",
            ),
            models.CheckConstraint(
                condition=Q(importance__in=Importance.values),
                name="assessment_item_importance_valid",
            ),
            models.CheckConstraint(
                condition=Q(kind__in=SkillKind.values), name="assessment_item_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(confidence__in=Confidence.values),
                name="assessment_item_confidence_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.skill_name}: {self.rated if self.rated is not None else '—'}"


# --- Second opinions -------------------------------------------------------------------


class Relationship(models.TextChoices):
    MANAGER = "manager", "Manager"
    PEER = "peer", "Peer"
    REPORT = "report", "Someone who reports to me"
    OTHER = "other", "Other"


class InvitationState(models.TextChoices):
    OPEN = "open", "Open"
    USED = "used", "Used"
    EXPIRED = "expired", "Expired"
    REVOKED = "revoked", "Revoked"


class ReviewInvitationQuerySet(models.QuerySet):
    def open(self) -> ReviewInvitationQuerySet:
        return self.filter(
            used_at__isnull=True, revoked_at__isnull=True, expires_at__gt=timezone.now()
        )


class ReviewInvitation(models.Model):
    """A one-use link asking someone to rate the owner's skills, blind."""

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="invitations")
    relationship = models.CharField(max_length=10, choices=Relationship.choices)
    # Only the owner sees it ("Sam, tech lead").
    label = models.CharField(max_length=80, blank=True)
    token = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = ReviewInvitationQuerySet.as_manager()

    class Meta:
        indexes = [models.Index(fields=["assessment", "created_at"], name="invitation_created_idx")]
        constraints = [
            models.CheckConstraint(
                condition=Q(relationship__in=Relationship.values),
                name="invitation_relationship_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_relationship_display()} review of {self.assessment_id} ({self.state})"

    def get_absolute_url(self) -> str:
        return reverse("review", args=[self.token])

    @property
    def state(self) -> str:
        if self.revoked_at is not None:
            return InvitationState.REVOKED
        if self.used_at is not None:
            return InvitationState.USED
        if self.expires_at <= timezone.now():
            return InvitationState.EXPIRED
        return InvitationState.OPEN


class Review(models.Model):
    """What one reviewer submitted: one per invitation (the link is then spent)."""

    invitation = models.OneToOneField(
        ReviewInvitation, on_delete=models.CASCADE, related_name="review"
    )
    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="reviews")
    submitted_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"Review {self.pk} of {self.assessment_id}"


class ReviewRating(models.Model):
    """A reviewer's rating of one skill of the snapshot; no level = "can't judge"."""

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="ratings")
    item = models.ForeignKey(AssessmentItem, on_delete=models.CASCADE, related_name="reviews")
    rated = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(scale.MIN_RATING), MaxValueValidator(scale.MAX_LEVEL)],
    )
    comment = models.TextField(blank=True, max_length=500)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["review", "item"], name="review_rating_unique_item"),
            models.CheckConstraint(
                condition=Q(rated__isnull=True)
                | (Q(rated__gte=scale.MIN_RATING) & Q(rated__lte=scale.MAX_LEVEL)),
                name="review_rating_rated_range",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.item_id}: {self.rated if self.rated is not None else 'can’t judge'}"
