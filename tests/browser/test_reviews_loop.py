"""The whole second-opinion loop in real browsers: the owner invites from the report,
a reviewer without an account rates blind in a fresh browser, the owner sees both."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect

from roles.models import Role
from tests.factories import submitted_assessment

from .conftest_helpers import log_in, serious_accessibility_problems, watch_console

pytestmark = pytest.mark.django_db(transaction=True)


def test_owner_invites_a_reviewer_rates_blind_and_the_owner_sees_the_comparison(
    live_server, page: Page, browser: Browser, alice, seed_catalog, screenshot
):
    role = Role.objects.get(slug="senior-site-reliability-engineer")
    done = submitted_assessment(alice, role, rated=4)
    report = f"{live_server.url}/assessments/{done.public_id}/report/"
    log_in(page, live_server.url)
    page.goto(report)

    page.get_by_label("They are your").select_option("manager")
    page.get_by_label("Label (only you see it)").fill("Sam, tech lead")
    page.get_by_role("button", name="Create a review link").click()
    expect(page.locator("#reviews")).to_contain_text("Sam, tech lead")
    link = page.locator("#reviews input[readonly]").first.input_value()
    assert "/review/" in link

    reviewer_context = browser.new_context(viewport={"width": 390, "height": 844})
    reviewer = reviewer_context.new_page()
    problems = watch_console(reviewer)
    reviewer.goto(link)
    expect(reviewer.get_by_role("heading", level=1)).to_contain_text("How would you rate")
    expect(reviewer.get_by_text("will see your ratings and comments")).to_be_visible()
    assert "Sam, tech lead" not in reviewer.content()
    screenshot_path = "review-page-phone"
    rows = reviewer.locator("fieldset.skill-row")
    total = rows.count()
    for i in range(total):
        # Levels 2, then "can't judge" on every fifth skill.
        rows.nth(i).locator(".seg label").nth(6 if i % 5 == 4 else 2).click()
    rows.first.get_by_text("Add a comment").click()
    rows.first.locator("textarea").fill("Solid on pipelines, less on release strategy")
    assert serious_accessibility_problems(reviewer) == []
    reviewer.screenshot(path=f"tests/browser/artifacts/{screenshot_path}.png", full_page=True)
    reviewer.get_by_role("button", name="Send my ratings").click()
    expect(reviewer.get_by_role("heading", name="Thank you")).to_be_visible()
    assert problems == []  # (the spent link's 410 below is logged as a failed load)
    reviewer.goto(link)
    expect(
        reviewer.get_by_role("heading", name="This review link was already used")
    ).to_be_visible()
    reviewer_context.close()

    page.goto(report)
    reviews = page.locator("#reviews")
    expect(reviews).to_contain_text("1 review received.")
    # Self 4 everywhere, the reviewer 2: two levels above on every rated skill.
    rated = total - total // 5
    expect(reviews).to_contain_text(
        f"You rate yourself 2.0 levels above your reviewers, over {rated} skills."
    )
    expect(reviews).to_contain_text("a level or more apart")
    # The skills list carries the reviewers' figures; a row opens to their comment.
    expect(page.locator(".skill-list .sl-review.is-serious").first).to_be_visible()
    commented = page.locator(".skill-line", has_text="Solid on pipelines")
    commented.locator("summary").click()
    expect(commented.locator(".sl-more")).to_contain_text("Serious disconnect")
    expect(commented.locator(".sl-more")).to_contain_text(
        "Solid on pipelines, less on release strategy"
    )
    expect(reviews.locator(".badge", has_text="Used")).to_be_visible()
    screenshot("report-with-reviews-desktop", width=1280)
