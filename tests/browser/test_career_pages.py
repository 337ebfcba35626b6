"""After two submissions, best fit and compare read well in a real browser."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from roles.models import Role
from tests.factories import submitted_assessment

from .conftest_helpers import log_in

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def two_submissions(seed_catalog, alice):
    sre = Role.objects.get(slug="senior-site-reliability-engineer")
    platform = Role.objects.get(slug="senior-platform-engineer")
    submitted_assessment(alice, sre, rated=3)
    submitted_assessment(alice, platform, rated=2)


def test_best_fit_and_compare_after_two_submissions(
    live_server, page: Page, screenshot, two_submissions
):
    log_in(page, live_server.url)

    page.get_by_role("link", name="Best fit").click()
    expect(page.get_by_role("heading", name="Roles that fit you")).to_be_visible()
    expect(page.get_by_role("heading", name=re.compile("^Ready now"))).to_be_visible()
    expect(page.get_by_role("heading", name=re.compile("^Within reach"))).to_be_visible()
    tables = page.locator("table.fit-table")
    expect(tables.first).to_contain_text("Junior Site Reliability Engineer")
    expect(tables.first).to_contain_text("every skill rated")
    expect(page.locator("main")).to_contain_text(re.compile(r"between [\d.]+% and [\d.]+% ready"))
    expect(page.get_by_role("button", name="Reassess").first).to_be_visible()
    screenshot("best-fit-desktop", width=1280)
    screenshot("best-fit-phone", width=390)

    page.set_viewport_size({"width": 1280, "height": 900})
    page.get_by_role("link", name="Compare roles side by side").click()
    for title in (
        "Senior Site Reliability Engineer",
        "Senior Platform Engineer",
        "AI Platform Engineer",
    ):
        page.get_by_label(title, exact=False).first.check()
    page.get_by_role("button", name="Compare").click()
    expect(page.locator(".compare-grid section")).to_have_count(3)
    expect(page.get_by_role("heading", name="Shared gaps")).to_be_visible()
    expect(page.locator(".compare-grid .shared-gap").first).to_be_visible()
    screenshot("compare-desktop", width=1280)
    screenshot("compare-phone", width=390)

    # "Assess yourself" on a best-fit row starts that role's assessment.
    page.goto(f"{live_server.url}/roles/fit/")
    page.get_by_role("button", name="Assess yourself").first.click()
    expect(page).to_have_url(re.compile(r"/assessments/[0-9a-f-]{36}/$"))
    expect(page.locator("#progress")).to_be_visible()
