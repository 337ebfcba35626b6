"""Account data: export everything a user owns, or delete it all."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import Prefetch

from assessments.models import Assessment, AssessmentItem


def account_export(user) -> dict[str, Any]:
    """The user's profile and every assessment with its items and notes (three queries)."""
    assessments = (
        Assessment.objects.filter(user=user)
        .select_related("role")
        .prefetch_related(
            Prefetch("items", queryset=AssessmentItem.objects.select_related("skill"))
        )
        .order_by("created_at")
    )
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
        "assessments": [
            {
                "id": str(a.public_id),
                "role": {
                    "slug": a.role.slug,
                    "title": a.role_title,
                    "track": a.role_track,
                    "level": a.role_level,
                },
                "created_at": a.created_at.isoformat(),
                "updated_at": a.updated_at.isoformat(),
                "submitted_at": a.submitted_at.isoformat() if a.submitted_at else None,
                "share_link_active": a.share_is_active,
                "share_expires_at": (a.share_expires_at.isoformat() if a.share_is_active else None),
                "items": [
                    {
                        "skill": i.skill.slug,
                        "name": i.skill_name,
                        "kind": i.kind,
                        "category": i.category,
                        "required": i.required_level,
                        "importance": i.importance,
                        "rated": i.rated,
                        "note": i.note,
                    }
                    for i in a.items.all()
                ],
            }
            for a in assessments
        ],
    }


@transaction.atomic
def account_delete(*, user) -> None:
    """Delete the user and everything they own; their share links die with them."""
    Assessment.objects.filter(user=user).delete()  # items cascade; share tokens go too
    user.delete()
