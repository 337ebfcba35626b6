"""The rating page people finish: the 43-skill Senior SRE in a real browser, at a
laptop's and a phone's size, with and without JavaScript."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from assessments.models import Assessment
from assessments.services import assessment_start, assessment_submit, ratings_save_many
from roles.models import Role
from tests.conftest import ARTIFACTS

from .conftest_helpers import log_in, serious_accessibility_problems, watch_console

pytestmark = pytest.mark.django_db(transaction=True)

ROLE = "senior-site-reliability-engineer"
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def draft(seed_catalog, alice) -> Assessment:
    assessment, _ = assessment_start(user=alice, role=Role.objects.get(slug=ROLE))
    return assessment


def take_url(base: str, draft: Assessment, query: str = "") -> str:
    return f"{base}/assessments/{draft.public_id}/{query}"


def rows(page: Page):
    return page.locator("fieldset.skill-row")


def screens(page: Page, size: dict, name: str) -> float:
    """Document height ÷ viewport height, with a full-page screenshot to look at."""
    page.set_viewport_size(size)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    return page.evaluate("document.documentElement.scrollHeight") / size["height"]


def test_43_skills_fit_in_few_screens_and_little_html_with_no_serious_axe_finding(
    live_server, page: Page, draft
):
    log_in(page, live_server.url)
    response = page.goto(take_url(live_server.url, draft))

    html = response.body()
    assert rows(page).count() == draft.items.count() == 43
    desktop = screens(page, DESKTOP, "take-43-desktop")
    desktop_problems = serious_accessibility_problems(page)
    phone = screens(page, PHONE, "take-43-phone")
    phone_problems = serious_accessibility_problems(page)
    page.set_viewport_size(PHONE)
    overflow = page.evaluate(
        "document.documentElement.scrollWidth > document.documentElement.clientWidth"
    )

    print(
        f"take page, {rows(page).count()} skills: {len(html) / 1024:.0f} KiB, "
        f"{desktop:.1f} / {phone:.1f} screens"
    )
    assert len(html) <= 2.2 * 1024 * draft.items.count()  # about 2 KiB a skill, all in
    assert desktop <= 8
    assert phone <= 15
    assert not overflow
    assert desktop_problems == []
    assert phone_problems == []


def test_rate_all_43_by_clicking_and_submit_in_44_clicks_with_a_clean_console(
    live_server, page: Page, draft
):
    problems = watch_console(page)
    log_in(page, live_server.url)
    page.goto(take_url(live_server.url, draft))
    total = rows(page).count()

    clicks = 0
    for i in range(total):
        row = rows(page).nth(i)
        row.locator(".seg label").nth(i % 6).click()
        clicks += 1
        expect(rows(page).nth(i).locator(".chosen")).to_contain_text("Saved")
        if i == 1:
            expect(rows(page).nth(1).locator(".chosen")).to_contain_text("1 · Awareness:")
    expect(page.locator("#progress")).to_contain_text("All rated")
    page.get_by_role("button", name="Submit and see the report").click()
    clicks += 1

    expect(page).to_have_url(re.compile(r"/report/$"))
    assert clicks <= 45
    assert problems == []
    assert Assessment.objects.get(pk=draft.pk).is_submitted


def test_next_unrated_jumps_and_only_unrated_lists_what_is_left(live_server, page: Page, draft):
    log_in(page, live_server.url)
    page.goto(take_url(live_server.url, draft))
    page.set_viewport_size(DESKTOP)
    for i in range(3):
        rows(page).nth(i).locator(".seg label").nth(3).click()
        expect(rows(page).nth(i).locator(".chosen")).to_contain_text("Saved")

    page.get_by_role("link", name="Next unrated").click()

    fourth = rows(page).nth(3)
    expect(page).to_have_url(re.compile(rf"#{fourth.get_attribute('id')}$"))
    expect(fourth).to_be_in_viewport()
    expect(page.locator("#progress")).to_be_in_viewport()  # the sticky bar came along

    page.get_by_role("link", name="Only unrated").click()

    expect(page).to_have_url(re.compile(r"\?show=unrated$"))
    expect(rows(page)).to_have_count(draft.items.count() - 3)
    expect(page.locator("#progress")).to_contain_text(f"3 of {draft.items.count()} skills rated")
    # The first section (2 skills) is done; the next one counts the third rating.
    first_section = page.locator("section.take-section").first
    expect(first_section.locator(".section-count")).to_contain_text("1 of 3 rated")


def test_confidence_is_saved_like_a_rating(live_server, page: Page, draft):
    log_in(page, live_server.url)
    page.goto(take_url(live_server.url, draft))
    row = rows(page).first
    row.locator(".seg label").nth(2).click()
    expect(rows(page).first.locator(".chosen")).to_contain_text("2 · Beginner")

    rows(page).first.get_by_label("Not sure").check()

    expect(rows(page).first.locator(".chosen")).to_contain_text("not sure")
    item = Assessment.objects.get(pk=draft.pk).items.get(rated__isnull=False)
    assert (item.rated, item.confidence) == (2, "unsure")
    rows(page).first.get_by_label("Not sure").uncheck()
    expect(rows(page).first.locator(".chosen")).not_to_contain_text("not sure")
    item.refresh_from_db()
    assert item.confidence == "sure"


def test_a_stale_tab_never_blanks_a_note_saved_in_another(live_server, page: Page, draft):
    log_in(page, live_server.url)
    page.goto(take_url(live_server.url, draft))
    other = page.context.new_page()
    other.goto(take_url(live_server.url, draft))

    note_row = other.locator("fieldset.skill-row").first
    note_row.get_by_text("Add a note").click()
    note_row.locator("textarea").press_sequentially("Written in the other tab", delay=10)
    expect(note_row.locator(".chosen")).to_contain_text("Saved")
    # The first tab still shows an empty note; choosing a level there sends the level only.
    rows(page).first.locator(".seg label").nth(4).click()
    expect(rows(page).first.locator(".chosen")).to_contain_text("4 · Advanced")

    item = Assessment.objects.get(pk=draft.pk).items.get(rated__isnull=False)
    assert (item.rated, item.note) == (4, "Written in the other tab")


def test_a_refused_save_shows_in_its_row_and_never_replaces_the_page(
    live_server, page: Page, draft, settings
):
    settings.DEBUG = True  # as under `make run`
    log_in(page, live_server.url)
    page.goto(take_url(live_server.url, draft))
    # Submitted meanwhile (another tab): this page is stale.
    slugs = draft.items.values_list("skill_slug", flat=True)
    ratings_save_many(assessment=draft, ratings=dict.fromkeys(slugs, 3))
    assessment_submit(assessment=draft)

    rows(page).first.locator(".seg label").nth(1).click()

    expect(rows(page).first.locator(".chosen")).to_contain_text("was submitted")
    expect(page.get_by_role("heading", name="Senior Site Reliability Engineer")).to_be_visible()
    expect(rows(page)).to_have_count(draft.items.count())


def test_without_javascript_the_page_is_one_form_that_returns_to_the_section(
    live_server, browser: Browser, draft
):
    context = browser.new_context(java_script_enabled=False, viewport=DESKTOP)
    page = context.new_page()
    log_in(page, live_server.url)
    page.goto(take_url(live_server.url, draft))

    expect(page.get_by_text("Press Save in the bar below")).to_be_visible()
    expect(page.get_by_text("Your answers save as you go")).to_be_hidden()
    section = page.locator("section.take-section").nth(1)
    section_id = section.get_attribute("id")
    count = section.locator("fieldset.skill-row").count()
    for i in range(count):
        section.locator("fieldset.skill-row").nth(i).locator(".seg label").nth(4).click()
    section.locator("fieldset.skill-row").first.get_by_label("Not sure").check()
    page.locator("#progress").get_by_role("button", name="Save").click()

    expect(page).to_have_url(re.compile(rf"/#{section_id}$"))
    expect(page.get_by_text(f"Saved {count} change")).to_be_visible()
    expect(page.locator("#progress")).to_contain_text(
        f"{count} of {draft.items.count()} skills rated"
    )
    assert draft.items.filter(rated=4).count() == count
    assert draft.items.filter(confidence="unsure").count() == 1

    # Unticking "Not sure" without JavaScript saves "sure" again.
    page.goto(take_url(live_server.url, draft))
    page.locator("section.take-section").nth(1).get_by_label("Not sure").first.uncheck()
    page.locator("#progress").get_by_role("button", name="Save").click()
    expect(page.get_by_text("Saved 1 change")).to_be_visible()
    assert not draft.items.filter(confidence="unsure").exists()
    context.close()
