"""Account data: export everything a user owns, or delete it all."""

from __future__ import annotations

from typing import Any

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone

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
    """Delete the user and everything they own — assessments, their items, share and
    review links, reviews — end every session they have anywhere, and remove the
    log-in records (django-axes) that carry their username and IP addresses."""
    Assessment.objects.filter(user=user).delete()  # items, invitations, reviews cascade
    _end_sessions(user)
    for model in (AccessAttempt, AccessFailureLog, AccessLog):
        model.objects.filter(username=user.username).delete()
    user.delete()


def _end_sessions(user) -> None:
    """Delete the database sessions logged in as `user` (the session table has no
    user column, so each live session is decoded: an account deletion is rare)."""
    user_id = str(user.pk)
    mine = [
        session.pk
        for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator()
        if session.get_decoded().get("_auth_user_id") == user_id
    ]
    Session.objects.filter(pk__in=mine).delete()
