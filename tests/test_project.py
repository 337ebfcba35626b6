"""Project-wide guarantees: migrations, settings, loud templates."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.template import Context, Template

from tests.conftest import UndefinedTemplateVariable

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.django_db
def test_no_model_change_lacks_a_migration():
    out = StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=out)
    except SystemExit as exc:  # pragma: no cover - only on failure
        pytest.fail(f"Pending model changes without migrations:\n{out.getvalue()}")
        raise exc


def test_undefined_template_variables_fail_loudly():
    with pytest.raises(UndefinedTemplateVariable, match="no_such_thing"):
        Template("Hello {{ no_such_thing.name }}").render(Context({}))


def _manage(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean_env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean_env, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = _manage("check", DJANGO_DEBUG="false")

    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


PRODUCTION = {
    "DJANGO_DEBUG": "false",
    "DJANGO_EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
    "DJANGO_EMAIL_HOST": "smtp.example.com",
}


def test_production_settings_pass_the_deploy_checklist():
    result = _manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        **PRODUCTION,
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
    )

    assert result.returncode == 0, result.stdout + result.stderr


def test_the_deploy_checklist_refuses_reset_mails_in_the_log():
    env = {k: v for k, v in PRODUCTION.items() if not k.startswith("DJANGO_EMAIL")}
    result = _manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        **env,
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
    )

    assert result.returncode != 0
    assert "pathly.W001" in result.stdout + result.stderr
    # Chosen on purpose, the console is allowed.
    chosen = _manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        **env,
        DJANGO_EMAIL_BACKEND="django.core.mail.backends.console.EmailBackend",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
    )
    assert chosen.returncode == 0, chosen.stdout + chosen.stderr


def test_a_nonsense_boolean_setting_is_refused():
    result = _manage("check", DJANGO_DEBUG="maybe")

    assert result.returncode != 0
    assert "DJANGO_DEBUG must be true or false" in result.stderr
