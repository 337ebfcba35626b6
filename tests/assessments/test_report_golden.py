"""A fixed assessment's exports, byte for byte: refactoring never changes a report.

The world is the seed catalog's Senior Site Reliability Engineer with fixed
ratings, id and submission time, rated a second time a month later (so the
report has history and the profile has two submissions). The expected files in
`golden/` were written by the code before the architecture clean-up; a change
to them is a change users see, and belongs in its own commit with the reason.
Regenerate deliberately with `PATHLY_WRITE_GOLDEN=1 make test PYTEST_ARGS=-k golden`.
"""

from __future__ import annotations

import json
import os
import re
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
import time_machine
from django.urls import reverse

from assessments.models import Assessment
from assessments.services import assessment_start, assessment_submit, ratings_save_many
from roles.models import Role
from tests.factories import UserFactory

GOLDEN = Path(__file__).parent / "golden"
ROLE = "senior-site-reliability-engineer"
FIRST_ID = uuid.UUID("00000000-0000-4000-8000-000000000001")
SECOND_ID = uuid.UUID("00000000-0000-4000-8000-000000000002")


def _submit(user, role, public_id, when, shift):
    with time_machine.travel(when, tick=False):
        assessment, _ = assessment_start(user=user, role=role)
        Assessment.objects.filter(pk=assessment.pk).update(public_id=public_id)
        assessment.refresh_from_db()
        slugs = sorted(assessment.items.values_list("skill_slug", flat=True))
        # Every level 0–5 appears; the second submission moves some ratings up.
        ratings = {slug: (i * 7 + shift * (i % 3)) % 6 for i, slug in enumerate(slugs)}
        ratings_save_many(assessment=assessment, ratings=ratings)
        assessment_submit(assessment=assessment)
    return assessment


@pytest.fixture(scope="module")
def golden_user(seed_catalog_for_module, module_rows):
    """The fixed world, built once for the module."""
    with module_rows():
        user = UserFactory(username="golden", display_name="Gold E.")
        role = Role.objects.get(slug=ROLE)
        _submit(user, role, FIRST_ID, datetime(2026, 10, 1, 9, 30, tzinfo=UTC), shift=0)
        _submit(user, role, SECOND_ID, datetime(2026, 11, 2, 17, 5, tzinfo=UTC), shift=1)
    return user


@pytest.fixture
def golden_client(client, db, golden_user):
    client.force_login(golden_user)
    return client


def _check(name: str, body: str) -> None:
    path = GOLDEN / name
    if os.environ.get("PATHLY_WRITE_GOLDEN") == "1":
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(body)
    assert body == path.read_text(), f"{name} changed: a report users see is different"


@pytest.mark.parametrize("public_id", [FIRST_ID, SECOND_ID], ids=["first", "second"])
def test_report_json_of_a_fixed_assessment_is_unchanged(golden_client, public_id):
    response = golden_client.get(reverse("assessments:report_json", args=[public_id]))

    assert response.status_code == 200
    body = json.dumps(json.loads(response.content), indent=2, sort_keys=False) + "\n"
    _check(f"report-{public_id.hex[-1]}.json", body)


def test_report_csv_of_a_fixed_assessment_is_unchanged(golden_client):
    response = golden_client.get(reverse("assessments:report_csv", args=[SECOND_ID]))

    assert response.status_code == 200
    _check("report.csv", response.content.decode())


def test_best_fit_of_a_fixed_profile_is_unchanged(golden_client):
    response = golden_client.get(reverse("roles:fit") + "?all=1")

    assert response.status_code == 200
    table = response.content.decode().split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    rows = [" ".join(re.sub(r"<[^>]+>", " ", row).split()) for row in table.split("</tr>")]
    _check("best-fit.txt", "\n".join(row for row in rows if row) + "\n")
