from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils.http import urlsafe_base64_encode

from tests.factories import DEFAULT_PASSWORD, UserFactory

User = get_user_model()
STRONG = "plum-orbit-harbor-91"


def signup_data(**overrides: str) -> dict[str, str]:
    return {
        "username": "newcomer",
        "email": "newcomer@example.com",
        "password1": STRONG,
        "password2": STRONG,
        **overrides,
    }


@pytest.mark.django_db
class TestSignup:
    def test_valid_signup_logs_in_and_lands_on_the_role_catalog(self, client):
        response = client.post(reverse("signup"), signup_data(), follow=True)

        assert response.redirect_chain == [(reverse("roles:catalog"), 302)]
        assert response.context["user"].username == "newcomer"
        assert response.context["user"].is_authenticated
        assert "We mailed a link to newcomer@example.com" in response.content.decode()
        user = User.objects.get(username="newcomer")
        # The address waits for its link before password resets may use it.
        assert (user.email, user.pending_email) == ("", "newcomer@example.com")
        assert [m.to for m in mail.outbox] == [["newcomer@example.com"]]
        assert "/accounts/confirm-email/" in mail.outbox[0].body

    @pytest.mark.parametrize(
        ("overrides", "field", "message"),
        [
            pytest.param(
                {"username": "taken"}, "username", "already exists", id="duplicate-username"
            ),
            pytest.param(
                {"email": "plum-orbit-harbor-91@example.com"},
                "password2",
                "too similar to the address awaiting confirmation",
                id="password-like-the-address",
            ),
            pytest.param(
                {"password1": "password", "password2": "password"},
                "password2",
                "too common",
                id="common-password",
            ),
            pytest.param(
                {"password1": "short1A!", "password2": "short1A!"},
                "password2",
                "too short",
                id="short-password",
            ),
            pytest.param(
                {"password2": STRONG + "x"}, "password2", "didn", id="mismatched-passwords"
            ),
            # Long enough and not on Django's list, but guessable (zxcvbn's estimate).
            *(
                pytest.param(
                    {"password1": weak, "password2": weak},
                    "password2",
                    "Your password is too guessable",
                    id=f"weak-{weak}",
                )
                for weak in (
                    "aaaaaaaaaaaa",
                    "qwertyuiopasdf",
                    "iloveyou1234",
                    "password2026!",
                    "pathlypathly1",
                    "taken-taken-1",
                )
            ),
            pytest.param({"email": "not-an-email"}, "email", "valid email", id="bad-email"),
            pytest.param({"email": ""}, "email", "required", id="missing-email"),
        ],
    )
    def test_bad_signup_shows_a_clear_error_and_creates_no_user(
        self, client, overrides, field, message
    ):
        UserFactory(username="taken", email="taken@example.com")
        before = User.objects.count()

        response = client.post(reverse("signup"), signup_data(**overrides))

        assert response.status_code == 200
        errors = " ".join(response.context["form"].errors[field])
        assert message in errors
        assert message in response.content.decode().replace("&#x27;", "'")
        assert User.objects.count() == before
        assert "_auth_user_id" not in client.session

    def test_signup_page_uses_a_csrf_protected_form(self, csrf_client):
        response = csrf_client.post(reverse("signup"), signup_data())

        assert response.status_code == 403
        assert not User.objects.filter(username="newcomer").exists()


def mailed_link(message) -> str:
    """The site path of the first link in a mail."""
    url = re.search(r"https?://\S+", message.body).group(0)
    return urlsplit(url).path


@pytest.mark.django_db
class TestSignupAddressConfirmation:
    """Sign-up answers the same for a known address; the address is only the
    account's once the link mailed to it is followed."""

    def test_a_known_address_gets_the_same_answer_and_its_owner_a_notice(self, client, alice):
        fresh = Client().post(reverse("signup"), signup_data(), follow=True)
        mail.outbox.clear()

        known = client.post(
            reverse("signup"),
            signup_data(username="mallory", email=alice.email.upper()),
            follow=True,
        )

        assert known.redirect_chain == fresh.redirect_chain
        assert known.status_code == fresh.status_code == 200

        def page(response, address, username):
            body = response.content.decode().replace(address, "ADDRESS")
            body = re.sub(r'"X-CSRFToken": "\w+"', "", body.replace(username, "NAME"))
            return re.sub(r'name="csrfmiddlewaretoken" value="\w+"', "", body)

        assert page(known, alice.email.upper(), "mallory") == page(
            fresh, "newcomer@example.com", "newcomer"
        )
        # The owner hears of it; the new account gets no link to confirm it with.
        assert [m.to for m in mail.outbox] == [[alice.email]]
        notice = mail.outbox[0]
        assert "already belongs to your account" in notice.body
        assert "confirm-email" not in notice.body
        mallory = User.objects.get(username="mallory")
        assert (mallory.email, mallory.pending_email) == ("", alice.email.upper())
        alice.refresh_from_db()
        assert alice.email == "alice@example.com"

    def test_following_the_link_confirms_the_address_for_password_resets(self, client):
        client.post(reverse("signup"), signup_data())
        link = mailed_link(mail.outbox[0])
        client.post(reverse("password_reset"), {"email": "newcomer@example.com"})
        assert len(mail.outbox) == 1  # an unconfirmed address gets no reset

        asked = client.get(link)
        assert asked.status_code == 200
        assert "Confirm newcomer@example.com" in asked.content.decode()
        assert User.objects.get(username="newcomer").email == ""  # a GET changes nothing

        response = client.post(link, follow=True)

        assert response.redirect_chain == [(reverse("profile"), 302)]
        assert "newcomer@example.com is confirmed" in response.content.decode()
        user = User.objects.get(username="newcomer")
        assert (user.email, user.pending_email) == ("newcomer@example.com", "")
        client.post(reverse("password_reset"), {"email": "newcomer@example.com"})
        assert mail.outbox[-1].to == ["newcomer@example.com"]
        assert "/accounts/reset/" in mail.outbox[-1].body
        # The link is spent.
        assert "invalid, expired or already used" in client.get(link).content.decode()

    def test_the_link_works_without_being_logged_in(self, client):
        client.post(reverse("signup"), signup_data())
        link = mailed_link(mail.outbox[0])

        response = Client().post(link, follow=True)

        assert response.redirect_chain == [(reverse("login"), 302)]
        assert User.objects.get(username="newcomer").email == "newcomer@example.com"

    @pytest.mark.parametrize("tamper", ["token", "uid"])
    def test_a_tampered_link_is_refused_and_changes_nothing(self, client, alice, tamper):
        client.post(reverse("signup"), signup_data())
        uid, token = mailed_link(mail.outbox[0]).strip("/").split("/")[-2:]
        if tamper == "token":
            token = token[:-1] + ("a" if token[-1] != "a" else "b")
        else:
            uid = urlsafe_base64_encode(str(alice.pk).encode())
        bad = reverse("email_confirm", kwargs={"uidb64": uid, "token": token})

        response = client.post(bad)

        assert response.status_code == 400
        assert "invalid, expired or already used" in response.content.decode()
        assert User.objects.get(username="newcomer").email == ""
        alice.refresh_from_db()
        assert alice.email == "alice@example.com"

    def test_the_first_account_to_confirm_an_address_keeps_it(self, client):
        client.post(reverse("signup"), signup_data())
        Client().post(reverse("signup"), signup_data(username="squatter"))
        first, second = (mailed_link(m) for m in mail.outbox)

        Client().post(second)
        response = client.post(first, follow=True)

        assert "Another account confirmed this address first" in response.content.decode()
        assert User.objects.get(username="squatter").email == "newcomer@example.com"
        newcomer = User.objects.get(username="newcomer")
        assert (newcomer.email, newcomer.pending_email) == ("", "newcomer@example.com")

    def test_the_profile_resends_the_link_at_most_three_times_an_hour(self, client):
        client.post(reverse("signup"), signup_data())
        assert "is not confirmed yet" in client.get(reverse("profile")).content.decode()

        for _ in range(4):
            response = client.post(reverse("email_confirm_resend"))
            assert response.status_code == 302
            assert response["Location"] == reverse("profile")

        assert len(mail.outbox) == 3  # the sign-up's and two more
        links = {mailed_link(m) for m in mail.outbox}
        client.post(links.pop())
        assert User.objects.get(username="newcomer").email == "newcomer@example.com"
        assert "is not confirmed yet" not in client.get(reverse("profile")).content.decode()

    def test_resending_is_a_post_for_signed_in_users(self, client, alice_client):
        assert alice_client.get(reverse("email_confirm_resend")).status_code == 405
        anonymous = Client().post(reverse("email_confirm_resend"))
        assert anonymous.status_code == 302
        assert anonymous["Location"].startswith(reverse("login"))
        assert mail.outbox == []


@pytest.mark.django_db
class TestLoginLogout:
    def test_login_with_right_password_goes_to_catalog(self, client, alice):
        response = client.post(
            reverse("login"), {"username": "alice", "password": DEFAULT_PASSWORD}
        )

        assert response.status_code == 302
        assert response["Location"] == reverse("roles:catalog")
        assert client.session["_auth_user_id"] == str(alice.pk)

    def test_login_with_wrong_password_is_refused(self, client, alice):
        response = client.post(reverse("login"), {"username": "alice", "password": "nope"})

        assert response.status_code == 200
        assert "correct username and password" in response.content.decode()
        assert "_auth_user_id" not in client.session

    def test_logout_is_a_post(self, alice_client):
        assert alice_client.get(reverse("logout")).status_code == 405

        response = alice_client.post(reverse("logout"))

        assert response.status_code == 302
        assert response["Location"] == reverse("home")
        assert "_auth_user_id" not in alice_client.session

    def test_password_reset_sends_an_email_with_a_working_link(self, client, alice):
        response = client.post(reverse("password_reset"), {"email": alice.email})

        assert response.status_code == 302
        assert len(mail.outbox) == 1
        assert "/accounts/reset/" in mail.outbox[0].body
        assert mail.outbox[0].to == [alice.email]

    def test_password_resets_are_throttled_per_address_and_per_ip(self, client, alice, bob):
        for _ in range(5):
            response = client.post(reverse("password_reset"), {"email": alice.email.upper()})
            assert response.status_code == 302  # the same answer every time
            assert response["Location"] == reverse("password_reset_done")
        assert len(mail.outbox) == 3  # at most three an hour to one address

        for n in range(8):  # 5 + 8 = 13 requests from one IP: the last three send nothing
            client.post(reverse("password_reset"), {"email": f"nobody{n}@example.com"})
        client.post(reverse("password_reset"), {"email": bob.email})
        assert [m.to for m in mail.outbox] == [[alice.email]] * 3

    def test_password_change_requires_the_old_password(self, alice_client, alice):
        response = alice_client.post(
            reverse("password_change"),
            {"old_password": "wrong", "new_password1": STRONG, "new_password2": STRONG},
        )

        assert response.status_code == 200
        assert "incorrectly" in response.content.decode()
        alice.refresh_from_db()
        assert alice.check_password(DEFAULT_PASSWORD)


@pytest.mark.django_db
class TestProfile:
    def test_anonymous_is_sent_to_login(self, client):
        response = client.get(reverse("profile"))

        assert response.status_code == 302
        assert response["Location"] == f"{reverse('login')}?next={reverse('profile')}"

    def test_owner_sees_and_edits_their_profile(self, alice_client, alice):
        response = alice_client.get(reverse("profile"))
        assert response.status_code == 200
        assert "alice@example.com" in response.content.decode()

        response = alice_client.post(
            reverse("profile"),
            {"display_name": "Alice Doe", "current_role_title": "SRE", "years_experience": "6"},
        )

        assert response.status_code == 302
        alice.refresh_from_db()
        assert (alice.display_name, alice.current_role_title, alice.years_experience) == (
            "Alice Doe",
            "SRE",
            6,
        )

    def test_each_user_only_ever_sees_their_own_profile(self, client, alice, bob):
        client.force_login(bob)

        body = client.get(reverse("profile")).content.decode()

        assert "bob@example.com" in body
        assert "alice@example.com" not in body
        assert "Alice A." not in body

    @pytest.mark.parametrize("years", ["-1", "61", "many", "3.5"])
    def test_bad_years_are_rejected_and_nothing_changes(self, alice_client, alice, years):
        response = alice_client.post(
            reverse("profile"),
            {"display_name": "Changed", "current_role_title": "", "years_experience": years},
        )

        assert response.status_code == 200
        assert response.context["form"].errors["years_experience"]
        alice.refresh_from_db()
        assert alice.display_name == "Alice A."
