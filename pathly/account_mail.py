"""Mail about an account: confirming a sign-up's address, and the throttle every
account mail shares.

Sign-up never says whether an address is known. The new account is created and
logged in either way, and its address waits in `User.pending_email` until the
link mailed to it is followed; only then does it become `User.email`, the address
password resets go to. When the address already belongs to an account, that
account's owner gets a notice instead of a link, so the new account can never
confirm it.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from pathly import throttle
from pathly.models import User

logger = logging.getLogger(__name__)

MAILS_PER_ADDRESS = 3  # an hour, whatever the mail: resets, links, notices
MAILS_PER_IP = 10  # requests for mail an hour from one IP address
HOUR = timedelta(hours=1)


class EmailConfirmationTokenGenerator(PasswordResetTokenGenerator):
    """Django's signed, expiring reset token, salted for another purpose and bound
    to the address it confirms: once confirmed (or replaced) the link is dead."""

    key_salt = "pathly.account_mail.EmailConfirmationTokenGenerator"

    def _make_hash_value(self, user, timestamp: int) -> str:
        # Separated, or "pending + no email" would hash like "no pending + email".
        return f"{user.pk}|{user.pending_email}|{user.email}|{timestamp}"


confirmation_token = EmailConfirmationTokenGenerator()


def may_mail(request, address: str) -> bool:
    """Count one request for an account mail to `address`; False once the address
    or the requesting IP is over its hourly limit (mail bombing)."""
    ip = throttle.client_ip(request)
    allowed = throttle.allow(f"mail-ip:{ip}", limit=MAILS_PER_IP, per=HOUR) and throttle.allow(
        f"mail-to:{address.strip().lower()}", limit=MAILS_PER_ADDRESS, per=HOUR
    )
    if not allowed:
        logger.warning("Account mail throttled for an address or IP")
    return allowed


def send_confirmation(request, user: User) -> None:
    """Mail `user.pending_email` its confirmation link, or, when a confirmed account
    already has that address, a notice to that account's owner. Throttled: over the
    limit nothing is sent, and the caller's answer is the same."""
    address = user.pending_email
    if not address or not may_mail(request, address):
        return
    owner = User.objects.filter(email__iexact=address).exclude(pk=user.pk).first()
    if owner is None:
        _mail(
            "confirm",
            address,
            {
                "user": user,
                "link": request.build_absolute_uri(
                    reverse(
                        "email_confirm",
                        kwargs={
                            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
                            "token": confirmation_token.make_token(user),
                        },
                    )
                ),
            },
        )
    else:
        _mail(
            "signup_known",
            owner.email,
            {
                "owner": owner,
                "login": request.build_absolute_uri(reverse("login")),
                "reset": request.build_absolute_uri(reverse("password_reset")),
            },
        )


def confirm(user: User) -> bool:
    """Make the pending address the account's own. False, changing nothing, when
    another account has confirmed the same address in the meantime."""
    address = user.pending_email
    if User.objects.filter(email__iexact=address).exclude(pk=user.pk).exists():
        return False
    user.email, user.pending_email = address, ""
    try:
        with transaction.atomic():
            user.save(update_fields=["email", "pending_email"])
    except IntegrityError:  # the unique constraint won a race
        user.refresh_from_db()
        return False
    return True


def _mail(kind: str, to: str, context: dict) -> None:
    subject = render_to_string(f"registration/{kind}_subject.txt", context).strip()
    body = render_to_string(f"registration/{kind}_email.txt", context)
    send_mail(subject, body, None, [to])
