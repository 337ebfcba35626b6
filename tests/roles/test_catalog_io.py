"""export_catalog / import_catalog: readable, idempotent, all-or-nothing."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

import roles.models
from roles.catalog_io import catalog_export, catalog_import
from roles.models import LearningResource, Requirement, Role, RoleTransition, Skill, SkillLevel
from tests.factories import (
    LearningResourceFactory,
    RequirementFactory,
    RoleFactory,
    SkillLevelFactory,
    communication,
    kubernetes,
    promotions,
    senior_sre,
    sre_track,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def small_catalog():
    """SRE (sre-role) promoted to the shared Senior SRE; Kubernetes with every anchor."""
    track = sre_track(slug="sre")
    k8s = kubernetes()
    for level in range(1, 6):
        SkillLevelFactory(skill=k8s, level=level)
    LearningResourceFactory(skill=k8s, title="CKA", kind="certification", from_level=3, to_level=4)
    sre = RoleFactory(title="SRE", slug="sre-role", track=track, level=2, salary_median=120_000)
    RequirementFactory(role=sre, skill=k8s, level=3, importance="critical", note="daily")
    RequirementFactory(role=sre, skill=communication(), level=2, importance="important")
    promotions(sre, senior_sre(track))
    return sre


def export_text() -> str:
    out = StringIO()
    call_command("export_catalog", stdout=out)
    return out.getvalue()


def wipe_catalog() -> None:
    RoleTransition.objects.all().delete()
    Requirement.objects.all().delete()
    Role.objects.all().delete()
    SkillLevel.objects.all().delete()
    LearningResource.objects.all().delete()
    Skill.objects.all().delete()
    roles.models.Track.objects.all().delete()


def test_export_is_slug_keyed_and_readable(small_catalog):
    data = json.loads(export_text())

    assert data["schema"] == "pathly.catalog/1"
    role = next(r for r in data["roles"] if r["slug"] == "sre-role")
    assert role["track"] == "sre"
    assert role["requirements"][1] == {
        "skill": "kubernetes",
        "level": 3,
        "importance": "critical",
        "note": "daily",
    }
    skill = next(s for s in data["skills"] if s["slug"] == "kubernetes")
    assert skill["aliases"] == ["k8s"]
    assert sorted(skill["levels"]) == ["1", "2", "3", "4", "5"]
    assert skill["resources"][0]["title"] == "CKA"
    assert data["transitions"] == [{"from": "sre-role", "to": "senior-sre", "kind": "promotion"}]
    assert "pk" not in json.dumps(data)


def test_export_then_import_into_an_empty_database_is_byte_identical(small_catalog, tmp_path):
    first = export_text()
    path = tmp_path / "catalog.json"
    path.write_text(first)
    wipe_catalog()
    assert not Role.objects.exists()

    call_command("import_catalog", str(path), stdout=StringIO())

    assert export_text() == first


def test_importing_twice_changes_nothing(small_catalog, tmp_path):
    path = tmp_path / "catalog.json"
    path.write_text(export_text())
    out = StringIO()

    call_command("import_catalog", str(path), stdout=out)

    assert "nothing to change" in out.getvalue()
    assert catalog_import(json.loads(path.read_text())).changed is False


def test_dry_run_shows_changes_and_writes_nothing(small_catalog, tmp_path):
    data = json.loads(export_text())
    role = next(r for r in data["roles"] if r["slug"] == "sre-role")
    role["title"] = "Site Reliability Engineer"
    role["requirements"] = role["requirements"][:1]
    path = tmp_path / "changed.json"
    path.write_text(json.dumps(data))
    out = StringIO()

    call_command("import_catalog", str(path), "--dry-run", stdout=out)

    text = out.getvalue()
    assert "~ role sre-role" in text
    assert "- requirement sre-role: kubernetes" in text
    assert "would change" in text
    small_catalog.refresh_from_db()
    assert small_catalog.title == "SRE"
    assert small_catalog.requirements.count() == 2


def test_import_applies_changes_and_syncs_listed_roles(small_catalog):
    data = catalog_export()
    role = next(r for r in data["roles"] if r["slug"] == "sre-role")
    role["requirements"] = [{"skill": "communication", "level": 3, "importance": "critical"}]

    report = catalog_import(data)

    assert "requirement sre-role: kubernetes" in report.deleted
    assert list(small_catalog.requirements.values_list("skill__slug", "level")) == [
        ("communication", 3)
    ]


def refused_import(tmp_path, data) -> str:
    """import_catalog of `data`, which must be refused: the one-line message."""
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data))
    with pytest.raises(CommandError, match="nothing written") as excinfo:
        call_command("import_catalog", str(path), stdout=StringIO())
    return str(excinfo.value)


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        pytest.param(
            lambda d: d["roles"][1]["requirements"][1].update(skill="kubernets"),
            "roles[1] ('sre-role') requirements[1]: skill 'kubernets' is not in the catalog",
            id="unknown-skill",
        ),
        pytest.param(
            lambda d: d["roles"][1]["requirements"][0].update(level=9),
            "roles[1] ('sre-role') requirements[0]: level",
            id="level-out-of-range",
        ),
        pytest.param(
            lambda d: d["roles"][1]["requirements"][0].update(importance="vital"),
            "importance",
            id="bad-importance",
        ),
        pytest.param(
            lambda d: d["skills"][0].update(kind="hard"),
            "skills[0] ('communication'): kind",
            id="bad-kind",
        ),
        pytest.param(
            lambda d: d["transitions"].append(
                {"from": "sre-role", "to": "sre-role", "kind": "lateral"}
            ),
            "cannot lead to itself",
            id="self-loop",
        ),
        pytest.param(lambda d: d.update(schema="other/9"), "schema", id="wrong-schema"),
        pytest.param(
            lambda d: d["roles"][0].update(track="nope"), "track 'nope'", id="unknown-track"
        ),
    ],
)
def test_a_bad_row_is_named_and_nothing_is_written(small_catalog, tmp_path, mutate, message):
    data = json.loads(export_text())
    data["roles"][1]["title"] = "Renamed before the bad row"
    data["tracks"][0]["name"] = "Renamed track"
    mutate(data)
    before = export_text()

    refusal = refused_import(tmp_path, data)

    assert message in refusal
    assert export_text() == before


def test_unreadable_files_get_a_clear_error(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text("{not json")
    with pytest.raises(CommandError, match="not valid JSON"):
        call_command("import_catalog", str(path))
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_catalog", str(tmp_path / "missing.json"))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(b'{"schema": "pathly.catalog/1", "tracks": [\xff]}', "not UTF-8", id="bytes"),
        pytest.param(b"[" * 200_000 + b"]" * 200_000, "nested too deeply", id="deep"),
        pytest.param(None, "larger than 10 MB", id="huge"),
    ],
)
def test_malformed_files_end_in_one_line_and_write_nothing(
    small_catalog, tmp_path, content, message
):
    from roles.management.commands.import_catalog import MAX_BYTES

    path = tmp_path / "bad.json"
    path.write_bytes(content if content is not None else b" " * (MAX_BYTES + 1))
    before = export_text()

    with pytest.raises(CommandError, match=message) as excinfo:
        call_command("import_catalog", str(path), stdout=StringIO())

    assert "\n" not in str(excinfo.value)
    assert export_text() == before


@pytest.mark.parametrize(
    "mutate",
    [
        pytest.param(lambda d: d.update(roles=[42]), id="row-not-an-object"),
        pytest.param(lambda d: d["skills"][0].update(name=["a", "list"]), id="name-a-list"),
        pytest.param(lambda d: d["skills"][0].update(levels=[1, 2]), id="levels-a-list"),
        pytest.param(lambda d: d["roles"][0].update(level={"x": 1}), id="level-an-object"),
        pytest.param(lambda d: d["roles"][0].update(requirements="k8s"), id="requirements-text"),
        pytest.param(lambda d: d["roles"][0].update(track=None), id="track-null"),
        pytest.param(lambda d: d["transitions"].append(["a", "b"]), id="transition-a-list"),
    ],
)
def test_rows_of_the_wrong_type_end_in_one_line_and_write_nothing(small_catalog, tmp_path, mutate):
    data = json.loads(export_text())
    data["tracks"][0]["name"] = "Renamed before the bad row"
    mutate(data)
    before = export_text()

    refusal = refused_import(tmp_path, data)

    assert "\n" not in refusal
    assert export_text() == before
