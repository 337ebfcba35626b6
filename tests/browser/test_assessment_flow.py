"""A person rates themselves in a real browser: clicks, autosave, reload, keyboard, submit."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from assessments.models import Assessment

from .conftest_helpers import log_in

pytestmark = pytest.mark.django_db(transaction=True)

ROLE_URL = "/roles/senior-site-reliability-engineer/"


def rows(page: Page):
    return page.locator("fieldset.skill-row")


def test_rate_every_skill_by_clicking_reload_midway_and_submit(
    live_server, page: Page, screenshot, seed_catalog, alice
):
    log_in(page, live_server.url)
    page.goto(live_server.url + ROLE_URL)
    screenshot("role-senior-sre-desktop", width=1280)
    page.get_by_role("button", name="Assess yourself").click()
    expect(page).to_have_url(re.compile(r"/assessments/[0-9a-f-]{36}/$"))
    total = rows(page).count()
    assert total >= 15
    expect(page.locator("#progress")).to_contain_text(f"0 of {total} skills rated")

    half = total // 2
    for i in range(half):
        row = rows(page).nth(i)
        row.locator(".seg label").nth(1 + i % 5).click()
        expect(row.locator(".chosen")).to_contain_text("Saved")
    expect(page.locator("#progress")).to_contain_text(f"{half} of {total} skills rated")
    screenshot("take-page-desktop", width=1280)
    screenshot("take-page-phone", width=390)
    page.set_viewport_size({"width": 1280, "height": 900})

    page.reload()
    expect(page.locator("#progress")).to_contain_text(f"{half} of {total} skills rated")
    for i in range(half):
        expect(rows(page).nth(i).locator(".seg input").nth(1 + i % 5)).to_be_checked()

    for i in range(half, total):
        rows(page).nth(i).locator(".seg label").nth(3).click()
        expect(rows(page).nth(i).locator(".chosen")).to_contain_text("Saved")
    expect(page.locator("#progress")).to_contain_text("All rated")

    page.get_by_role("button", name="Submit and see the report").click()
    expect(page).to_have_url(re.compile(r"/report/$"))
    expect(page.locator(".headline-words")).to_contain_text(re.compile(r"Meets \d+ of \d+"))
    assessment = Assessment.objects.get(user=alice)
    assert assessment.is_submitted
    assert not assessment.items.filter(rated__isnull=True).exists()
    screenshot("report-desktop", width=1280)
    screenshot("report-phone", width=390)


def test_keyboard_only_rating_and_submit(live_server, page: Page, seed_catalog, alice, screenshot):
    log_in(page, live_server.url)
    page.goto(live_server.url + ROLE_URL)
    page.get_by_role("button", name="Assess yourself").focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/assessments/[0-9a-f-]{36}/$"))
    total = rows(page).count()

    # Into the first radio group: Tab until a level radio has focus.
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('.seg input')"):
            break
    for i in range(total):
        page.keyboard.press("Space")  # choose the focused level
        page.keyboard.press("ArrowRight")  # move one level up: saves that level
        expect(rows(page).nth(i).locator(".chosen")).to_contain_text("Saved")
        if i < total - 1:
            # Leave the group: Tab past the row's tools to the next group's radio.
            for _ in range(5):
                page.keyboard.press("Tab")
                if page.evaluate(
                    "document.activeElement.matches('.seg input') && "
                    f"document.activeElement.closest('fieldset') === "
                    f"document.querySelectorAll('fieldset.skill-row')[{i + 1}]"
                ):
                    break
            else:
                pytest.fail(f"Tab did not reach the radios of skill {i + 2}")
    expect(page.locator("#progress")).to_contain_text("All rated")
    screenshot("take-page-keyboard-done", width=1280)

    page.get_by_role("button", name="Submit and see the report").focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/report/$"))
    assert Assessment.objects.get(user=alice).is_submitted


def test_a_note_and_a_doubt_before_a_level_are_saved_and_survive_a_reload(
    live_server, page: Page, seed_catalog, alice
):
    """The note saves as it is typed (no blur needed) and comes back after a reload."""
    log_in(page, live_server.url)
    page.goto(live_server.url + ROLE_URL)
    page.get_by_role("button", name="Assess yourself").click()
    row = rows(page).first
    row.get_by_text("Add a note").click()
    row.locator("textarea").press_sequentially("Ran the EKS upgrade", delay=15)
    expect(row.locator(".chosen")).to_contain_text("no level chosen yet")
    expect(row.locator("textarea")).to_be_focused()  # typing was never interrupted
    row.get_by_label("Not sure").check()
    expect(rows(page).first.locator(".chosen")).to_contain_text("not sure")

    page.reload()

    row = rows(page).first
    expect(row.locator("textarea")).to_have_value("Ran the EKS upgrade")
    expect(row.get_by_label("Not sure")).to_be_checked()
    expect(page.locator("#progress")).to_contain_text("0 of")  # still unrated
    item = Assessment.objects.get(user=alice).items.exclude(note="").get()
    assert (item.rated, item.note, item.confidence) == (None, "Ran the EKS upgrade", "unsure")
