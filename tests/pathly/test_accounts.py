from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

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
        assert User.objects.get(username="newcomer").email == "newcomer@example.com"

    @pytest.mark.parametrize(
        ("overrides", "field", "message"),
        [
            pytest.param(
                {"username": "taken"}, "username", "already exists", id="duplicate-username"
            ),
            pytest.param(
                {"email": "TAKEN@example.com"}, "email", "already exists", id="duplicate-email"
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
