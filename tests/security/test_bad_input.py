"""Random input to every form and htmx endpoint: never a 500, nothing saved on a 4xx."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.http import HttpResponse
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assessments.models import Assessment, AssessmentItem
from tests.factories import role_with_requirements, started_assessment, submitted_assessment

pytestmark = pytest.mark.django_db

HYPOTHESIS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

MISSING = object()
values = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=50),  # any unicode, incl. NUL
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.sampled_from(["", " ", "0", "5", "6", "-1", "1e9", "٣", "3\x00", "null", "[]", "{}"]),
    st.just(MISSING),
)


def form(**fields) -> dict[str, str]:
    return {k: v for k, v in fields.items() if v is not MISSING}


def ok(response) -> None:
    assert response.status_code < 500, response.status_code


@pytest.fixture
def draft(alice):
    return started_assessment(alice, role_with_requirements(3))


def snapshot(assessment: Assessment):
    return list(
        AssessmentItem.objects.filter(assessment=assessment)
        .order_by("pk")
        .values_list("rated", "note")
    )


@HYPOTHESIS
@given(level=values, note=values, slug=st.one_of(values, st.just("VALID")))
def test_rating_endpoint(alice_client, draft, level, note, slug):
    if slug == "VALID" or slug is MISSING or not str(slug).strip():
        slug = draft.items.first().skill.slug
    before = snapshot(draft)
    url = f"/assessments/{draft.public_id}/ratings/{slug}/"
    for headers in ({}, {"HX-Request": "true"}):
        response = alice_client.post(url, form(level=level, note=note), headers=headers)
        ok(response)
        if 400 <= response.status_code < 500:
            assert snapshot(draft) == before


@HYPOTHESIS
@given(data=st.dictionaries(st.text(max_size=30), values, max_size=6), level=values)
def test_bulk_take_form(alice_client, draft, data, level):
    slug = draft.items.first().skill.slug
    fields = form(**{f"skill-{slug}": level, **{k: v for k, v in data.items() if k}})
    before = snapshot(draft)
    response = alice_client.post(reverse("assessments:take", args=[draft.public_id]), fields)
    ok(response)
    if 400 <= response.status_code < 500:
        assert snapshot(draft) == before


@HYPOTHESIS
@given(days=values, revoke=values)
def test_share_endpoint(alice_client, alice, days, revoke):
    done = Assessment.objects.submitted().filter(user=alice).first() or submitted_assessment(
        alice, role_with_requirements(2)
    )
    before = Assessment.objects.values_list("share_token", "share_expires_at").get(pk=done.pk)
    response = alice_client.post(
        reverse("assessments:share", args=[done.public_id]), form(days=days, revoke=revoke)
    )
    ok(response)
    if 400 <= response.status_code < 500:
        after = Assessment.objects.values_list("share_token", "share_expires_at").get(pk=done.pk)
        assert after == before


@HYPOTHESIS
@given(username=values, email=values, password1=values, password2=values)
def test_signup_form(client, username, email, password1, password2):
    before = get_user_model().objects.count()
    response = client.post(
        reverse("signup"),
        form(username=username, email=email, password1=password1, password2=password2),
    )
    ok(response)
    if response.status_code != 302:
        assert get_user_model().objects.count() == before


@HYPOTHESIS
@given(name=values, title=values, years=values)
def test_profile_form(alice_client, alice, name, title, years):
    before = (
        get_user_model()
        .objects.values_list("display_name", "current_role_title", "years_experience")
        .get(pk=alice.pk)
    )
    response = alice_client.post(
        reverse("profile"),
        form(display_name=name, current_role_title=title, years_experience=years),
    )
    ok(response)
    if response.status_code != 302:
        after = (
            get_user_model()
            .objects.values_list("display_name", "current_role_title", "years_experience")
            .get(pk=alice.pk)
        )
        assert after == before


@HYPOTHESIS
@given(password=values)
def test_account_delete_form(alice_client, alice, password):
    response = alice_client.post(reverse("account_delete"), form(password=password))
    ok(response)
    assert get_user_model().objects.filter(pk=alice.pk).exists()  # never the right password


@HYPOTHESIS
@given(username=values, password=values)
def test_login_form(client, alice, username, password):
    ok(client.post(reverse("login"), form(username=username, password=password)))


@HYPOTHESIS
@given(q=values, track=values, skill=values, roles=values)
def test_search_and_compare_parameters(alice_client, q, track, skill, roles):
    ok(alice_client.get(reverse("roles:catalog"), form(q=q, track=track, skill=skill)))
    ok(
        alice_client.get(
            reverse("roles:catalog"),
            form(q=q, track=track, skill=skill),
            headers={"HX-Request": "true"},
        )
    )
    ok(alice_client.get(reverse("assessments:compare"), form(roles=roles)))


@HYPOTHESIS
@given(token=st.text(min_size=1, max_size=80).filter(lambda t: "/" not in t))
def test_made_up_share_tokens(client, token):
    from urllib.parse import quote

    response = client.get(f"/shared/{quote(token, safe='')}/")
    assert response.status_code == 404


class TestNulInQueryStrings:
    """NUL never reaches a view (PostgreSQL refuses it in text): one middleware."""

    def test_the_middleware_drops_nul_from_keys_and_values(self, rf):
        from pathly.middleware import NulFreeQueryMiddleware

        seen = {}

        def view(request):
            seen.update({k: request.GET.getlist(k) for k in request.GET})
            return HttpResponse("ok")

        NulFreeQueryMiddleware(view)(rf.get("/", {"q\x00": ["ku\x00be", "x"], "o": "1"}))

        assert seen == {"q": ["kube", "x"], "o": ["1"]}

    @pytest.mark.parametrize(
        "path",
        [
            "/admin/roles/role/?q=%00",
            "/admin/roles/role/?track__id__exact=%00",
            "/admin/autocomplete/?app_label=roles&model_name=requirement&field_name=skill&term=%00",
            "/roles/?q=kube%00rnetes",
            "/roles/?track=%00",
        ],
    )
    def test_nul_in_any_query_string_is_never_a_500(self, client, admin_user, path):
        client.force_login(admin_user)
        assert client.get(path).status_code < 500
