from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models.functions import Lower


class User(AbstractUser):
    """A Pathly account. The profile lives on the user: one row, no join."""

    display_name = models.CharField(
        max_length=80,
        blank=True,
        help_text="How Pathly addresses you, and the only name shown on shared reports.",
    )
    current_role_title = models.CharField(
        "current role",
        max_length=120,
        blank=True,
        help_text="Your job title today, in your own words.",
    )
    pending_email = models.EmailField(
        "address awaiting confirmation",
        blank=True,
        default="",
        db_default="",  # rows written by code that predates the column still insert
        help_text=(
            "An address given at sign-up and not yet confirmed by its mailed link. "
            "Only a confirmed address (email) receives password resets."
        ),
    )
    years_experience = models.PositiveSmallIntegerField(
        "years of experience",
        null=True,
        blank=True,
        validators=[MaxValueValidator(60)],
        help_text="Years working in software or operations.",
    )

    class Meta(AbstractUser.Meta):
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                name="user_email_unique_ci",
                condition=~models.Q(email=""),
                violation_error_message="An account with this email address already exists.",
            ),
            models.CheckConstraint(
                condition=models.Q(years_experience__lte=60),
                name="user_years_experience_max_60",
            ),
        ]

    def __str__(self) -> str:
        return self.username

    @property
    def public_name(self) -> str:
        """The name shown to others: the display name, never username or email."""
        return self.display_name or "A Pathly user"

    @property
    def greeting_name(self) -> str:
        return self.display_name or self.username


class ThrottleCounter(models.Model):
    """Hits of one throttled key (an action and an IP, a token …) in its current
    window: a counter every process shares, in the database (`pathly.throttle`)."""

    key = models.CharField(max_length=200, unique=True)
    window_started_at = models.DateTimeField()
    hits = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.key}: {self.hits}"
