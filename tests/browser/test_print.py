"""The report prints as a clean PDF of three A4 pages at most."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page

from roles.models import Role
from tests.factories import submitted_assessment

from .conftest_helpers import log_in

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_41_skill_report_prints_on_at_most_three_pages(
    live_server, page: Page, alice, seed_catalog
):
    role = Role.objects.get(slug="senior-site-reliability-engineer")
    submitted_assessment(alice, role, rated=2)
    done = submitted_assessment(alice, role, rated=3)  # with history: the timeline prints too

    log_in(page, live_server.url)
    page.goto(f"{live_server.url}/assessments/{done.public_id}/report/")
    page.emulate_media(media="print")
    pdf = page.pdf(format="A4", print_background=True)

    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert 1 <= pages <= 3, pages
    text = page.inner_text("body")
    assert "Retake assessment" not in [
        el.inner_text() for el in page.locator("button").all() if el.is_visible()
    ]
    assert "Your skills, gaps first" in text
