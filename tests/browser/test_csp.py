"""Every main page loads under the Content-Security-Policy without a violation."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from assessments.services import share_create
from roles.models import Role
from tests.factories import started_assessment, submitted_assessment

from .conftest_helpers import log_in

pytestmark = pytest.mark.django_db(transaction=True)


def test_main_pages_have_no_csp_violation(live_server, page: Page, alice, admin_user, seed_catalog):
    role = Role.objects.get(slug="senior-site-reliability-engineer")
    done = submitted_assessment(alice, role, rated=3)
    share_create(assessment=done, days=7)
    draft = started_assessment(alice, Role.objects.get(slug="senior-platform-engineer"))

    violations: list[str] = []
    page.on(
        "console",
        lambda msg: (
            violations.append(msg.text)
            if "Content Security Policy" in msg.text or "Refused to" in msg.text
            else None
        ),
    )
    page.add_init_script(
        "document.addEventListener('securitypolicyviolation', e => "
        "console.error('Refused to load (CSP): ' + e.violatedDirective + ' ' + e.blockedURI));"
    )
    base = live_server.url
    for path in (
        "/",
        "/roles/",
        f"/roles/{role.slug}/",
        "/accounts/login/",
        "/accounts/signup/",
        f"/shared/{done.share_token}/",
    ):
        page.goto(base + path)
        page.wait_for_load_state("networkidle")

    log_in(page, base)
    for path in (
        "/assessments/",
        "/roles/fit/",
        "/accounts/profile/",
        f"/assessments/{done.public_id}/report/",
        "/assessments/compare/?roles=senior-site-reliability-engineer,ai-platform-engineer",
    ):
        page.goto(base + path)
        page.wait_for_load_state("networkidle")

    # htmx works under the policy: autosave one rating, then filter the catalog.
    page.goto(f"{base}/assessments/{draft.public_id}/")
    first = page.locator("fieldset.skill-row").first
    first.locator(".seg label").nth(3).click()
    expect(first.locator(".chosen")).to_contain_text("Saved")
    page.goto(base + "/roles/")
    page.locator("#catalog-q").fill("kubernetes")
    expect(page.locator("#results")).to_contain_text("Platform")

    assert violations == []
