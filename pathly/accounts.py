"""Account data: export everything a user owns, or delete it all."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from assessments import exports, selectors
from assessments.models import Assessment


def account_export(user) -> dict[str, Any]:
    """The user's profile and every assessment with its items and notes."""
    return {
        "schema": "pathly.account-export/1",
        "profile": {
            "username": user.username,
            "email": user.email,
            "display_name": user.display_name,
            "current_role_title": user.current_role_title,
            "years_experience": user.years_experience,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
        },
        "assessments": exports.assessments_export(selectors.account_assessments(user)),
    }


@transaction.atomic
def account_delete(*, user) -> None:
    """Delete the user and everything they own; their share links die with them."""
    Assessment.objects.filter(user=user).delete()  # items cascade; share tokens go too
    user.delete()
