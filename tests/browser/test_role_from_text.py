"""A role from a job ad in a real browser: paste, review, add, save, assess — at a
laptop's and a phone's size, with no serious axe finding and a clean console."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from roles.models import Role
from tests.conftest import ARTIFACTS

from .conftest_helpers import log_in, serious_accessibility_problems, watch_console

pytestmark = pytest.mark.django_db(transaction=True)

AD = """Senior Platform Engineer

What you'll do
- Run our Kubernetes clusters on AWS and write Terraform modules
- Join the on-call rotation

Requirements
- Strong Python skills
- Experience with CI/CD pipelines (GitHub Actions)
- <b>Excellent</b> written communication

Nice to have
- Familiarity with Kafka
"""


def test_paste_review_add_save_and_assess(live_server, page: Page, seed_catalog, alice):
    problems = watch_console(page)
    log_in(page, live_server.url)
    page.goto(f"{live_server.url}/roles/")
    page.get_by_role("link", name="Aiming for a specific job? Paste its ad").click()

    page.get_by_label("The job ad").fill(AD)
    page.get_by_role("button", name="Suggest the skills").click()

    expect(page.get_by_role("heading", name="Check the skills this ad asks for")).to_be_visible()
    suggestion = page.locator("li.suggestion")
    python = suggestion.filter(has_text="Python")
    expect(python.locator("blockquote")).to_have_text("“Strong Python skills”")
    expect(page.get_by_text("<b>Excellent</b> written communication")).to_have_count(1)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for name, size in (
        ("desktop", {"width": 1280, "height": 800}),
        ("phone", {"width": 390, "height": 844}),
    ):
        page.set_viewport_size(size)
        page.screenshot(path=str(ARTIFACTS / f"from-text-review-{name}.png"), full_page=True)
        assert serious_accessibility_problems(page) == []
        assert not page.evaluate(
            "document.documentElement.scrollWidth > document.documentElement.clientWidth"
        )

    suggestion.filter(has_text="Event Streaming").get_by_label(re.compile("^Keep")).uncheck()
    python.get_by_label(re.compile("^Level")).select_option("5")
    page.get_by_label("Add another skill").fill("Linux")
    page.get_by_role("button", name="Add", exact=True).click()
    expect(suggestion.filter(has_text="Linux")).to_contain_text("Added by you.")
    expect(
        suggestion.filter(has_text="Event Streaming").get_by_label(re.compile("^Keep"))
    ).not_to_be_checked()  # the choices made before Add are kept
    page.get_by_label("Name your role").fill("Platform at Acme")
    page.get_by_role("button", name="Save my role").click()

    expect(page.get_by_role("heading", name="Platform at Acme")).to_be_visible()
    expect(page.get_by_text("private — only you")).to_be_visible()
    role = Role.objects.get(owner=alice)
    slugs = set(role.requirements.values_list("skill__slug", flat=True))
    assert "linux" in slugs
    assert "event-streaming" not in slugs
    assert role.requirements.get(skill__slug="python").level == 5
    page.set_viewport_size({"width": 1280, "height": 800})
    page.screenshot(path=str(ARTIFACTS / "from-text-role-desktop.png"), full_page=True)

    page.get_by_role("button", name=re.compile("Assess yourself|Start")).first.click()
    expect(page).to_have_url(re.compile(r"/assessments/[0-9a-f-]+/$"))
    assert problems == []
