"""Account data: export everything a user owns, or delete it all."""

from __future__ import annotations

from typing import Any

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_lockout_response
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib.auth import logout
from django.contrib.auth.signals import user_login_failed
from django.contrib.sessions.models import Session
from django.db import transaction
from django.db.models import Prefetch
from django.http import HttpResponse
from django.utils import timezone

from assessments import exports, selectors
from assessments.models import Assessment
from roles.models import Requirement, Role


def account_export(user) -> dict[str, Any]:
    """The user's profile and every assessment with its items and notes."""
    return {
        "schema": "pathly.account-export/1",
        "profile": {
            "username": user.username,
            "email": user.email,
            "pending_email": user.pending_email,
            "display_name": user.display_name,
            "current_role_title": user.current_role_title,
            "years_experience": user.years_experience,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
        },
        "assessments": exports.assessments_export(selectors.account_assessments(user)),
        "personal_roles": [
            {
                "slug": role.slug,
                "title": role.title,
                "level": role.level,
                "created_at": role.created_at.isoformat(),
                "requirements": [
                    {
                        "skill": q.skill.slug,
                        "level": q.level,
                        "importance": q.importance,
                        "note": q.note,
                    }
                    for q in role.requirements.all()
                ],
            }
            for role in Role.objects.personal(user)
            .order_by("created_at")
            .prefetch_related(
                Prefetch("requirements", queryset=Requirement.objects.select_related("skill"))
            )
        ],
    }


def password_reentry_failed(request) -> HttpResponse | None:
    """Count a wrong current password (changing the password, deleting the account)
    like a failed log-in (django-axes, per username and IP). Once that locks the
    account out, the session ends and the lockout page is the answer; else None."""
    credentials = {"username": request.user.get_username()}
    user_login_failed.send(sender=__name__, credentials=credentials, request=request)
    if not AxesProxyHandler.is_locked(request, credentials):
        return None
    logout(request)
    return get_lockout_response(request, credentials=credentials)


@transaction.atomic
def account_delete(*, user) -> None:
    """Delete the user and everything they own — assessments, their items, share and
    review links, reviews, personal roles — end every session they have anywhere, and remove the
    log-in records (django-axes) that carry their username and IP addresses."""
    Assessment.objects.filter(user=user).delete()  # items, invitations, reviews cascade
    Role.objects.personal(user).delete()  # roles from job ads, with their requirements
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
