"""Deployment checks of our own, reported by `manage.py check --deploy`."""

from __future__ import annotations

from django.conf import settings
from django.core.checks import Tags, Warning, register

LOG_BACKENDS = {
    "django.core.mail.backends.console.EmailBackend",
    "django.core.mail.backends.locmem.EmailBackend",
}


@register(Tags.security, deploy=True)
def email_is_really_sent(app_configs, **kwargs) -> list[Warning]:
    """Password-reset mails written to the log would hand accounts to whoever reads
    the log, and never reach the user: refuse that in production unless it was
    chosen on purpose (DJANGO_EMAIL_BACKEND set to it)."""
    if settings.DEBUG or settings.EMAIL_BACKEND not in LOG_BACKENDS:
        return []
    if getattr(settings, "EMAIL_BACKEND_CHOSEN", False):
        return []
    return [
        Warning(
            "Mail, password resets included, goes to the console (the server log).",
            hint="Set DJANGO_EMAIL_BACKEND=django.core.mail.backends.smtp.EmailBackend and "
            "DJANGO_EMAIL_HOST (and _PORT, _HOST_USER, _HOST_PASSWORD, _USE_TLS); see the "
            "README. To keep the console on purpose, set DJANGO_EMAIL_BACKEND to it.",
            id="pathly.W001",
        )
    ]
