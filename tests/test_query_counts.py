"""Pages that list all of a user's assessments cost the same queries however many there are."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.factories import (
    role_with_requirements,
    started_assessment,
    submitted_assessment,
    submitted_assessments,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("url_name", "first", "more", "skills", "at_most"),
    [
        pytest.param("assessments:list", started_assessment, 10, 5, 6, id="my-assessments"),
        # + personal roles, and their requirements once there are some
        pytest.param("account_export", submitted_assessment, 5, 6, 8, id="account-export"),
    ],
)
def test_query_count_does_not_grow_with_assessments(
    alice_client, alice, assert_flat_queries, url_name, first, more, skills, at_most
):
    first(alice, role_with_requirements(3))
    alice_client.get(reverse("home"))  # the session's first request refreshes it: not counted
    assert_flat_queries(
        lambda: alice_client.get(reverse(url_name)),
        at_most=at_most,
        grow=lambda: submitted_assessments(alice, more, n=skills),
    )
