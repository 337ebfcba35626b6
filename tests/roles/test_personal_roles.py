"""A target role from a job ad: paste, review, save a personal role only its owner
sees, assess yourself against it, delete it. Through the pages a user takes."""

from __future__ import annotations

import json
import re

import pytest
from django.contrib.admin.sites import site
from django.urls import reverse

from assessments.models import Assessment
from roles.catalog_io import catalog_export
from roles.models import Role
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

FROM_TEXT = "/roles/from-text/"
AD = """Senior Site Reliability Engineer

What you'll do
You will run our Kubernetes platform on AWS and write Terraform modules.

Requirements
- Strong Python skills
- Experience with CI/CD pipelines (GitHub Actions)

Nice to have
- Familiarity with Kafka
"""


@pytest.fixture
def catalog(seed_catalog_for_module):
    """The seed catalog, once for the module."""


def review_data(response, **changes) -> dict:
    """The review form as the browser would post it, from the page's own fields."""
    html = response.content.decode()
    data: dict = {"step": "review", "action": "save"}
    for name, value in re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html):
        data[name] = value.replace("&quot;", '"').replace("&#x27;", "'").replace("&amp;", "&")
    for name in re.findall(r'type="checkbox"[^>]*name="([^"]+)"[^>]*checked', html):
        data[name] = "on"
    for name, value in re.findall(
        r'<select name="([^"]+)"[^>]*>.*?<option value="([^"]+)"[^>]*selected', html, re.S
    ):
        data[name] = value
    data["name"] = re.search(r'name="name" id="id_name" value="([^"]*)"', html).group(1)
    data.update(changes)
    return data


def suggestions(response) -> dict[str, int]:
    """skill slug → form index on a review page."""
    html = response.content.decode()
    return {
        slug: int(i) for i, slug in re.findall(r'name="form-(\d+)-skill" value="([^"]+)"', html)
    }


def test_anonymous_visitors_are_sent_to_log_in(client, catalog):
    response = client.get(FROM_TEXT)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_pasting_an_ad_suggests_skills_with_the_sentence_each_came_from(alice_client, catalog):
    response = alice_client.post(FROM_TEXT, {"text": AD})

    assert response.status_code == 200
    page = response.content.decode()
    found = suggestions(response)
    assert {"kubernetes", "cloud-platforms", "infrastructure-as-code", "python", "ci-cd"} <= set(
        found
    )
    assert "event-streaming" in found
    assert "“Strong Python skills”" in page
    assert 'value="Senior Site Reliability Engineer"' in page  # the first line names it
    assert not Role.objects.filter(owner__isnull=False).exists()  # nothing saved yet


def test_review_then_save_makes_a_private_role_to_assess(alice_client, alice, bob, catalog):
    review = alice_client.post(FROM_TEXT, {"text": AD})
    index = suggestions(review)
    data = review_data(
        review,
        name="SRE at Acme",
        **{
            f"form-{index['python']}-level": "5",
            f"form-{index['event-streaming']}-importance": "important",
            "add_skill": "Incident Management & On-Call",
        },
    )
    data.pop(f"form-{index['cloud-platforms']}-keep")  # unticked: removed

    response = alice_client.post(FROM_TEXT, data, follow=True)

    role = Role.objects.get(owner=alice)
    assert response.redirect_chain == [(role.get_absolute_url(), 302)]
    page = response.content.decode()
    assert "“SRE at Acme” is saved" in page
    assert "private — only you" in page
    assert "Where it leads" not in page  # on no ladder: the closest one is shown instead
    assert "The closest ladder:" in page
    requirements = {q.skill.slug: q for q in role.requirements.select_related("skill")}
    assert "cloud-platforms" not in requirements
    assert requirements["python"].level == 5
    assert requirements["event-streaming"].importance == "important"
    assert requirements["incident-management"].importance == "important"
    assert requirements["python"].note == "From the ad: “Strong Python skills”"
    assert (role.title, role.level, role.is_published) == ("SRE at Acme", 3, False)

    # Assess yourself, as with any role.
    started = alice_client.post(reverse("roles:assess", args=[role.slug]))
    assert started.status_code == 302
    assessment = Assessment.objects.get(user=alice, role=role)
    assert assessment.items.count() == len(requirements)

    # Nobody else sees it, anywhere.
    for who in (bob, UserFactory(is_staff=True, is_superuser=True)):
        alice_client.force_login(who)
        assert alice_client.get(role.get_absolute_url()).status_code == 404
        assert alice_client.post(reverse("roles:assess", args=[role.slug])).status_code == 404
        assert alice_client.post(reverse("roles:delete", args=[role.slug])).status_code == 404
        assert alice_client.get(FROM_TEXT).content.decode().count("SRE at Acme") == 0
    alice_client.logout()
    assert alice_client.get(role.get_absolute_url()).status_code == 404


def test_a_personal_role_stays_out_of_the_catalog_and_best_fit(alice_client, alice, catalog):
    review = alice_client.post(FROM_TEXT, {"text": AD})
    alice_client.post(FROM_TEXT, review_data(review, name="My secret target"), follow=True)
    role = Role.objects.get(owner=alice)

    assert "My secret target" not in alice_client.get(reverse("roles:catalog")).content.decode()
    fit = json.loads(alice_client.get(reverse("roles:fit_json")).content)
    assert role.slug not in {e["slug"] for group in fit.values() for e in group}
    assert role.slug not in {r["slug"] for r in catalog_export()["roles"]}
    # Listed for its owner, with a way to delete it.
    page = alice_client.get(FROM_TEXT).content.decode()
    assert "My secret target" in page
    assert reverse("roles:delete", args=[role.slug]) in page


def test_the_owner_deletes_a_personal_role_and_its_assessments(alice_client, alice, catalog):
    review = alice_client.post(FROM_TEXT, {"text": AD})
    alice_client.post(FROM_TEXT, review_data(review, name="Gone soon"))
    role = Role.objects.get(owner=alice)
    alice_client.post(reverse("roles:assess", args=[role.slug]))

    response = alice_client.post(reverse("roles:delete", args=[role.slug]), follow=True)

    assert "“Gone soon” and its 1 assessment deleted." in response.content.decode()
    assert not Role.objects.filter(pk=role.pk).exists()
    assert not Assessment.objects.filter(user=alice).exists()
    catalog_role = Role.objects.published().first()
    assert alice_client.post(reverse("roles:delete", args=[catalog_role.slug])).status_code == 404


def test_personal_roles_are_in_the_account_export_and_go_with_the_account(
    alice_client, alice, catalog
):
    review = alice_client.post(FROM_TEXT, {"text": AD})
    alice_client.post(FROM_TEXT, review_data(review, name="Exported role"))

    export = json.loads(alice_client.get(reverse("account_export")).content)
    (exported,) = export["personal_roles"]
    assert exported["title"] == "Exported role"
    assert {"skill": "python", "level": 4, "importance": "critical"}.items() <= next(
        q for q in exported["requirements"] if q["skill"] == "python"
    ).items()

    alice_client.post(reverse("account_delete"), {"password": "correct horse battery staple"})
    assert not Role.objects.filter(title="Exported role").exists()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "the box is empty"),
        ("   \n\t  ", "the box is empty"),
        ("\x01\x02\x7fbinary\x03\x1b" * 10, "does not look like the text of a job ad"),
        ("\x00\x00PK\x03\x04" * 10, "Null characters are not allowed"),
        ("x" * 20_001, "at most 20,000 are read"),
        ("Python and Kubernetes. " * 45_000, "at most 20,000 are read"),  # about 1 MB
    ],
    ids=["empty", "whitespace", "binary", "nul-bytes", "just-too-long", "a-megabyte"],
)
def test_bad_ads_get_a_clear_message_and_nothing_is_saved(alice_client, catalog, text, message):
    before = Role.objects.count()

    response = alice_client.post(FROM_TEXT, {"text": text})

    assert response.status_code == 400
    assert message in response.content.decode()
    assert Role.objects.count() == before


def test_pasted_html_is_shown_as_text_never_rendered(alice_client, catalog):
    ad = '<h1 onclick="x()">Engineer</h1>\n<script>alert(1)</script> Strong Python skills<b>!</b>'
    response = alice_client.post(FROM_TEXT, {"text": ad})

    page = response.content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Strong Python skills&lt;b&gt;!&lt;/b&gt;" in page


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"add_skill": "Underwater Basket Weaving"}, "is not a skill in the catalog"),
        ({"add_skill": "Python"}, "Python is already in the list"),
        ({"name": ""}, "This field is required"),
        ({"form-0-level": "9"}, "Select a valid choice"),
        ({"form-0-skill": "no-such-skill"}, "Not a catalog skill: no-such-skill"),
    ],
    ids=["unknown-skill", "duplicate-skill", "no-name", "level-9", "forged-skill"],
)
def test_a_bad_review_is_refused_with_a_message_and_saves_nothing(
    alice_client, catalog, change, message
):
    review = alice_client.post(FROM_TEXT, {"text": AD})

    response = alice_client.post(FROM_TEXT, review_data(review, **change))

    assert response.status_code == 400
    assert message in response.content.decode().replace("&#x27;", "'")
    assert not Role.objects.filter(owner__isnull=False).exists()


def test_dropping_every_skill_is_refused(alice_client, catalog):
    review = alice_client.post(FROM_TEXT, {"text": AD})
    data = {k: v for k, v in review_data(review).items() if not k.endswith("-keep")}

    response = alice_client.post(FROM_TEXT, data)

    assert response.status_code == 400
    assert "Keep at least one skill" in response.content.decode()
    assert not Role.objects.filter(owner__isnull=False).exists()


def test_add_shows_the_list_again_with_the_new_skill(alice_client, catalog):
    review = alice_client.post(FROM_TEXT, {"text": AD})

    response = alice_client.post(
        FROM_TEXT, review_data(review, action="add", add_skill="incident response")
    )

    assert response.status_code == 200
    assert "incident-management" in suggestions(response)
    assert "Added by you." in response.content.decode()
    assert not Role.objects.filter(owner__isnull=False).exists()


def test_the_list_of_personal_roles_makes_flat_queries(
    alice_client, alice, catalog, assert_flat_queries
):
    def save(name: str) -> None:
        review = alice_client.post(FROM_TEXT, {"text": AD})
        alice_client.post(FROM_TEXT, review_data(review, name=name))

    save("First")
    assert_flat_queries(
        lambda: alice_client.get(FROM_TEXT),
        at_most=6,
        grow=lambda: [save(f"More {n}") for n in range(3)],
    )


def test_staff_copy_a_personal_role_into_the_catalog_unpublished(alice_client, alice, catalog, rf):
    review = alice_client.post(FROM_TEXT, {"text": AD})
    alice_client.post(FROM_TEXT, review_data(review, name="Worth curating"))
    role = Role.objects.get(owner=alice)
    staff = UserFactory(is_staff=True, is_superuser=True)
    alice_client.force_login(staff)

    response = alice_client.post(
        reverse("admin:roles_role_changelist"),
        {"action": "copy_to_catalog", "_selected_action": [role.pk]},
        follow=True,
    )

    assert response.status_code == 200
    copy = Role.objects.catalog().get(title="Worth curating")
    assert (copy.is_published, copy.owner) == (False, None)
    assert copy.requirements.count() == role.requirements.count()
    assert Role.objects.filter(pk=role.pk, owner=alice).exists()  # the owner keeps theirs
    assert "copy_to_catalog" in site._registry[Role].actions
