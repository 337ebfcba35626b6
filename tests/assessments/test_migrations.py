"""Data migrations, run forwards on rows written before them."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("assessments", "0002_no_default_ordering"), ("roles", "0004_requirement_weight")]
AFTER = [("assessments", "0003_snapshot_slug_and_confidence")]


@pytest.mark.django_db(transaction=True)
def test_items_started_before_the_snapshot_kept_slugs_get_their_skills_slug():
    executor = MigrationExecutor(connection)
    leaves = executor.loader.graph.leaf_nodes()
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    user = old.get_model("pathly", "User").objects.create(username="early")
    track = old.get_model("roles", "Track").objects.create(name="SRE", slug="sre")
    role = old.get_model("roles", "Role").objects.create(
        title="SRE", slug="sre", track=track, level=2
    )
    skills = [
        old.get_model("roles", "Skill").objects.create(name=name, slug=slug, kind="technical")
        for name, slug in [("Kubernetes", "kubernetes"), ("Linux", "linux")]
    ]
    assessment = old.get_model("assessments", "Assessment").objects.create(
        user=user, role=role, role_title="SRE", role_track="SRE", role_level=2
    )
    for skill in skills:
        old.get_model("assessments", "AssessmentItem").objects.create(
            assessment=assessment,
            skill=skill,
            skill_name=skill.name,
            kind="technical",
            category="",
            required_level=3,
            importance="important",
            rated=2,
        )

    executor = MigrationExecutor(connection)
    executor.migrate(AFTER)
    new = executor.loader.project_state(AFTER).apps
    items = new.get_model("assessments", "AssessmentItem").objects.order_by("skill_name")
    try:
        assert [(i.skill_slug, i.confidence, i.rated) for i in items] == [
            ("kubernetes", "sure", 2),
            ("linux", "sure", 2),
        ]
    finally:
        MigrationExecutor(connection).migrate(leaves)
