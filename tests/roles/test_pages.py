"""Public catalog pages: ladders, filters, role detail, constant queries."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.factories import (
    RoleFactory,
    RoleTransitionFactory,
    TrackFactory,
    kubernetes,
    promotions,
    role_requiring,
    role_with_requirements,
    senior_sre,
    sre_track,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def sre_ladder():
    """Junior SRE → Site Reliability Engineer → the shared Senior SRE, with salary figures."""
    track = sre_track()
    junior = RoleFactory(title="Junior SRE", slug="junior-sre", track=track, level=1)
    mid = role_requiring(
        {kubernetes(): (3, "critical")},
        title="Site Reliability Engineer",
        slug="sre",
        track=track,
        level=2,
    )
    senior = senior_sre(
        track,
        salary_min=133_000,
        salary_median=137_000,
        salary_max=241_000,
        salary_year=2024,
        salary_source="US market",
        experience_years_min=5,
        experience_years_max=10,
    )
    promotions(junior, mid, senior)
    return {"junior": junior, "mid": mid, "senior": senior}


def test_catalog_shows_tracks_as_ladders_in_level_order(client, sre_ladder):
    body = client.get(reverse("roles:catalog")).content.decode()

    assert "Site Reliability Engineering" in body
    positions = [body.index(t) for t in ("Junior SRE", "Site Reliability Engineer<", "Senior SRE")]
    assert positions == sorted(positions)


def test_unpublished_roles_are_hidden_from_visitors_but_shown_to_staff(
    client, sre_ladder, admin_user
):
    RoleFactory(title="Secret Draft Role", is_published=False, slug="draft-role")

    assert "Secret Draft Role" not in client.get(reverse("roles:catalog")).content.decode()
    assert client.get("/roles/draft-role/").status_code == 404

    client.force_login(admin_user)
    assert "Secret Draft Role" in client.get(reverse("roles:catalog")).content.decode()
    assert client.get("/roles/draft-role/").status_code == 200


@pytest.mark.parametrize(
    ("query", "shown", "hidden"),
    [
        ({"q": "k8s"}, ["Senior SRE", "Site Reliability Engineer<"], ["Junior SRE"]),
        ({"q": "senior"}, ["Senior SRE"], ["Junior SRE"]),
        ({"skill": "communication"}, ["Senior SRE"], ["Junior SRE", "Site Reliability Engineer<"]),
        ({"track": "nope"}, [], ["Senior SRE"]),
    ],
)
def test_catalog_filters_by_text_skill_and_track(client, sre_ladder, query, shown, hidden):
    body = client.get(reverse("roles:catalog"), query).content.decode()

    for title in shown:
        assert title in body
    for title in hidden:
        assert title not in body
    if not shown:
        assert "No role matches these filters" in body


def test_htmx_filter_returns_only_the_results_fragment(client, sre_ladder):
    response = client.get(reverse("roles:catalog"), {"q": "senior"}, headers={"HX-Request": "true"})

    body = response.content.decode()
    assert body.lstrip().startswith('<div id="results"')
    assert "<html" not in body
    assert "Senior SRE" in body


def test_role_page_shows_requirements_salary_and_ladder(client, sre_ladder):
    body = client.get("/roles/senior-sre/").content.decode()

    assert "Kubernetes" in body
    assert "Critical" in body
    assert "Technical skills" in body
    assert "Soft skills" in body
    assert body.index("Technical skills") < body.index("Soft skills")
    assert "$137,000" in body
    assert "$133,000–$241,000" in body
    assert "5–10 years" in body
    assert 'action="/roles/senior-sre/assess/"' in body
    # where it leads, both directions
    assert "Site Reliability Engineer</a> → " in body


def test_unknown_role_is_404(client):
    assert client.get("/roles/no-such-role/").status_code == 404


def test_catalog_query_count_does_not_grow_with_roles(client, assert_flat_queries):
    for _ in range(3):
        role_with_requirements(3)

    def more_roles():
        for _ in range(30):
            role_with_requirements(8, track=TrackFactory())

    response = assert_flat_queries(
        lambda: client.get(reverse("roles:catalog")), at_most=4, grow=more_roles
    )
    assert response.status_code == 200


def test_role_page_query_count_does_not_grow_with_requirements(client, assert_flat_queries):
    small = role_with_requirements(3, slug="small-role")
    big = role_with_requirements(60, slug="big-role", anchors=True)
    RoleTransitionFactory(from_role=big, to_role=small, kind="lateral")
    response = assert_flat_queries(
        lambda: client.get(small.get_absolute_url()),
        at_most=8,
        then=lambda: client.get(big.get_absolute_url()),
    )
    assert response.status_code == 200
