from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from assessments.models import Assessment, AssessmentItem
from pathly.models import User
from tests.factories import role_with_requirements

pytestmark = pytest.mark.django_db


def test_generates_users_with_submitted_and_draft_assessments():
    roles = [role_with_requirements(4 + i) for i in range(4)]
    out = StringIO()

    call_command("generate_load_data", users=30, assessments_per_user=3, batch=7, stdout=out)

    assert User.objects.filter(username__startswith="load-").count() == 30
    assert Assessment.objects.count() == 90
    assert Assessment.objects.drafts().count() == 30
    for a in Assessment.objects.select_related("role"):
        assert a.items.count() == a.role.requirements.count()
    submitted_items = AssessmentItem.objects.filter(assessment__submitted_at__isnull=False)
    assert not submitted_items.filter(rated__isnull=True).exists()
    assert "Generated 30 users, 90 assessments" in out.getvalue()
    assert len(roles) == 4


def test_running_twice_adds_more_users():
    role_with_requirements(3)
    role_with_requirements(3)
    call_command("generate_load_data", users=5, assessments_per_user=2, stdout=StringIO())
    call_command("generate_load_data", users=5, assessments_per_user=2, stdout=StringIO())
    assert User.objects.filter(username__startswith="load-").count() == 10


def test_needs_a_catalog():
    with pytest.raises(CommandError, match="seed"):
        call_command("generate_load_data", users=1, stdout=StringIO())
