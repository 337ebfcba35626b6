"""The report people read: the answer first, one list of the skills, right on a phone."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from assessments.services import share_create
from roles.models import Role
from tests.conftest import ARTIFACTS
from tests.factories import submitted_assessment

from .conftest_helpers import log_in, serious_accessibility_problems

pytestmark = pytest.mark.django_db(transaction=True)

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def done(seed_catalog, alice):
    role = Role.objects.get(slug="senior-site-reliability-engineer")
    submitted_assessment(alice, role, rated=2)  # an earlier one: history and changes show
    slugs = role.requirements.values_list("skill__slug", flat=True)
    return submitted_assessment(
        alice, role, rated={s: 2 + n % 3 for n, s in enumerate(sorted(slugs))}
    )


def in_first_screen(page: Page, locator) -> bool:
    box = locator.bounding_box()
    return box is not None and box["y"] + box["height"] <= page.viewport_size["height"]


@pytest.mark.parametrize(
    ("size", "max_screens"), [(DESKTOP, 6), (PHONE, 12)], ids=["desktop", "phone"]
)
def test_the_answer_comes_first_and_the_report_is_short(
    live_server, page: Page, done, size, max_screens
):
    log_in(page, live_server.url)
    page.set_viewport_size(size)
    response = page.goto(f"{live_server.url}/assessments/{done.public_id}/report/")
    html = response.body()
    page.evaluate("window.scrollTo(0, 0)")

    name = "desktop" if size is DESKTOP else "phone"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"report-41-{name}-fold.png"))
    page.screenshot(path=str(ARTIFACTS / f"report-41-{name}.png"), full_page=True)
    for part in (
        page.locator(".headline-words"),  # meets N of M (X% by weight) · about H hours
        page.locator(".report-head .badge[class*=verdict-]"),
        page.locator(".focus-card").nth(2),  # the third next action
        page.get_by_role("button", name="Share a read-only link"),
        page.get_by_role("link", name="Download JSON"),
    ):
        assert in_first_screen(page, part), part
    screens = page.evaluate("document.documentElement.scrollHeight") / size["height"]
    overflow = page.evaluate(
        "document.documentElement.scrollWidth > document.documentElement.clientWidth"
    )
    print(f"report, 41 skills, {name}: {len(html) / 1024:.0f} KiB, {screens:.1f} screens")
    assert screens <= max_screens
    assert not overflow
    assert len(html) <= 50 * 1024
    assert serious_accessibility_problems(page) == []


def test_each_skill_opens_to_its_next_level_and_how_to_learn_it(live_server, page: Page, done):
    log_in(page, live_server.url)
    page.goto(f"{live_server.url}/assessments/{done.public_id}/report/")
    first = page.locator(".skill-line").first
    expect(first.locator(".sl-more")).to_be_hidden()

    first.locator("summary").click()

    expect(first.locator(".sl-more")).to_be_visible()
    expect(first.locator(".sl-more")).to_contain_text(re.compile(r"Level \d looks like"))
    expect(first.locator(".sl-more")).to_contain_text("To the required level: about")


@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_the_shared_report_has_no_serious_accessibility_problem(
    live_server, page: Page, done, size
):
    share_create(assessment=done, days=7)
    done.refresh_from_db()
    page.set_viewport_size(size)
    page.goto(f"{live_server.url}/shared/{done.share_token}/")
    expect(page.locator(".skill-list")).to_be_visible()
    expect(page.get_by_role("button", name="Share a read-only link")).to_have_count(0)
    assert serious_accessibility_problems(page) == []
