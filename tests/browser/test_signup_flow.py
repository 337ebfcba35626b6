from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.django_db(transaction=True)


def test_newcomer_signs_up_and_lands_logged_in_on_the_roles_page(
    live_server, page: Page, screenshot
):
    page.goto(live_server.url)
    screenshot("home-desktop", width=1280)

    page.get_by_role("link", name="Start free assessment").click()
    expect(page.get_by_role("heading", name="Create your account")).to_be_visible()
    page.get_by_label("Username").fill("newcomer")
    page.get_by_label("Email").fill("newcomer@example.com")
    page.locator("#id_password1").fill("plum-orbit-harbor-91")
    page.get_by_label("Password confirmation").fill("plum-orbit-harbor-91")
    screenshot("signup-desktop", width=1280)
    page.get_by_role("button", name="Sign up").click()

    expect(page).to_have_url(f"{live_server.url}/roles/")
    expect(page.get_by_text("Welcome to Pathly")).to_be_visible()
    expect(page.get_by_role("link", name="My assessments")).to_be_visible()
    assert get_user_model().objects.filter(username="newcomer").exists()
    screenshot("roles-after-signup-desktop", width=1280)

    # The address waits for the link mailed to it.
    page.goto(f"{live_server.url}/accounts/profile/")
    expect(page.get_by_text("is not confirmed yet")).to_be_visible()
    screenshot("profile-pending-phone", width=390)
    link = re.search(r"https?://\S+", mail.outbox[-1].body).group(0)
    page.goto(live_server.url + urlsplit(link).path)
    screenshot("email-confirm-phone", width=390)
    page.get_by_role("button", name="Confirm newcomer@example.com").click()

    expect(page).to_have_url(f"{live_server.url}/accounts/profile/")
    expect(page.get_by_text("newcomer@example.com is confirmed")).to_be_visible()
    expect(page.get_by_text("is not confirmed yet")).to_have_count(0)
    assert get_user_model().objects.get(username="newcomer").email == "newcomer@example.com"


def test_pages_read_well_on_a_phone(live_server, page: Page, screenshot, alice):
    for width, suffix in ((390, "phone"), (1280, "desktop")):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(live_server.url)
        screenshot(f"home-{suffix}")
        page.goto(f"{live_server.url}/accounts/signup/")
        screenshot(f"signup-{suffix}")

    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill("alice")
    page.locator("#id_password").fill("correct horse battery staple")
    page.get_by_role("button", name="Log in").click()
    page.goto(f"{live_server.url}/accounts/profile/")
    expect(page.get_by_role("heading", name="Your profile")).to_be_visible()
    screenshot("profile-phone", width=390)
    screenshot("profile-desktop", width=1280)
    # Nothing spills sideways on a phone.
    page.set_viewport_size({"width": 390, "height": 900})
    overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
    assert not overflow
