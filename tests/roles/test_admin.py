"""Curators work in the admin: pages render with bounded queries, forms create roles."""

from __future__ import annotations

import pytest
from django.urls import reverse

from roles.models import Role
from tests.factories import (
    LearningResourceFactory,
    RoleFactory,
    SkillFactory,
    SkillLevelFactory,
    TrackFactory,
    role_with_requirements,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client, admin_user):
    client.force_login(admin_user)
    return client


@pytest.mark.parametrize("model", ["role", "skill", "track", "roletransition", "learningresource"])
def test_changelists_render_with_bounded_queries(staff_client, model, assert_flat_queries):
    for _ in range(3):
        role_with_requirements(4, track=TrackFactory())
    url = reverse(f"admin:roles_{model}_changelist")

    def changelist():
        assert staff_client.get(url).status_code == 200

    def more_rows():
        for _ in range(15):
            role = role_with_requirements(4, track=TrackFactory())
            LearningResourceFactory(skill=role.requirements.first().skill)

    assert_flat_queries(changelist, at_most=20, grow=more_rows)


def test_role_changelist_shows_requirement_counts(staff_client):
    role_with_requirements(7, title="Counted Role")

    body = staff_client.get(reverse("admin:roles_role_changelist")).content.decode()

    assert "Counted Role" in body
    assert '<td class="field-requirement_count">7</td>' in body


def test_role_and_skill_change_pages_render(staff_client):
    role = role_with_requirements(12)
    skill = role.requirements.first().skill
    SkillLevelFactory(skill=skill, level=1)
    LearningResourceFactory(skill=skill)

    role_page = staff_client.get(reverse("admin:roles_role_change", args=[role.pk]))
    skill_page = staff_client.get(reverse("admin:roles_skill_change", args=[skill.pk]))

    assert role_page.status_code == 200
    assert "Last changed" in role_page.content.decode()
    assert skill_page.status_code == 200
    assert "Behavioural anchors" in skill_page.content.decode()
    assert "used by" in staff_client.get(reverse("admin:roles_skill_changelist")).content.decode()


def test_admin_is_staff_only(client, alice):
    client.force_login(alice)
    response = client.get(reverse("admin:roles_role_changelist"))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def inline_management(prefix: str, total: int) -> dict[str, str]:
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def test_curator_creates_a_role_with_ten_requirements_and_publishes_it(staff_client, client):
    track = TrackFactory(name="Data Platform", slug="data-platform")
    skills = [SkillFactory(name=f"Admin Skill {i}") for i in range(10)]
    data = {
        "title": "Data Platform Engineer",
        "slug": "data-platform-engineer",
        "track": str(track.pk),
        "level": "2",
        "is_published": "on",
        "summary": "Builds the data platform.",
        "responsibilities": "Run pipelines",
        "education": "",
        "salary_currency": "USD",
        "salary_source": "",
        **inline_management("requirements", 10),
        **inline_management("transitions_out", 0),
    }
    for i, skill in enumerate(skills):
        data |= {
            f"requirements-{i}-skill": str(skill.pk),
            f"requirements-{i}-level": str(1 + i % 5),
            f"requirements-{i}-importance": ["critical", "important", "optional"][i % 3],
            f"requirements-{i}-note": "",
        }

    response = staff_client.post(reverse("admin:roles_role_add"), data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    role = Role.objects.get(slug="data-platform-engineer")
    assert role.requirements.count() == 10
    client.logout()
    assert "Data Platform Engineer" in client.get(reverse("roles:catalog")).content.decode()


def test_admin_rejects_a_requirement_level_outside_1_to_5(staff_client):
    track = TrackFactory()
    skill = SkillFactory()
    data = {
        "title": "Bad Role",
        "slug": "bad-role",
        "track": str(track.pk),
        "level": "2",
        "salary_currency": "USD",
        **inline_management("requirements", 1),
        **inline_management("transitions_out", 0),
        "requirements-0-skill": str(skill.pk),
        "requirements-0-level": "7",
        "requirements-0-importance": "critical",
    }

    response = staff_client.post(reverse("admin:roles_role_add"), data)

    assert response.status_code == 200
    assert "less than or equal to 5" in response.content.decode()
    assert not Role.objects.filter(slug="bad-role").exists()


def test_publish_unpublish_and_duplicate_actions(staff_client):
    role = role_with_requirements(5, title="Original", slug="original", is_published=False)
    url = reverse("admin:roles_role_changelist")

    staff_client.post(url, {"action": "publish", "_selected_action": [role.pk]})
    role.refresh_from_db()
    assert role.is_published

    staff_client.post(url, {"action": "duplicate", "_selected_action": [role.pk]})
    copy = Role.objects.get(slug="original-copy")
    assert copy.title == "Original (copy)"
    assert not copy.is_published
    assert copy.requirements.count() == 5
    assert role.requirements.count() == 5

    staff_client.post(url, {"action": "unpublish", "_selected_action": [role.pk]})
    role.refresh_from_db()
    assert not role.is_published


def test_track_admin_lists_its_roles_by_level(staff_client):
    track = TrackFactory(name="Ladder Track")
    RoleFactory(title="Top Rung", track=track, level=4)
    RoleFactory(title="Bottom Rung", track=track, level=1)

    body = staff_client.get(reverse("admin:roles_track_change", args=[track.pk])).content.decode()

    assert body.index("Bottom Rung") < body.index("Top Rung")
