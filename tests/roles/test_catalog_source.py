"""The catalog's readable source (roles/catalog/*.yaml): valid against its JSON
Schema, loaded by `manage.py seed` through the curators' importer, and the one
thing the generated fixture is made from."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from jsonschema import Draft202012Validator

from roles.catalog_io import catalog_export
from roles.catalog_source import SCHEMA_FILE, SOURCE_DIR, read_file, read_source, source_files
from roles.models import Role, Skill

VALIDATOR = Draft202012Validator(json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))


def problems(document) -> list[str]:
    return [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
        for error in VALIDATOR.iter_errors(document)
    ]


def test_the_schema_itself_is_a_valid_json_schema():
    Draft202012Validator.check_schema(VALIDATOR.schema)


@pytest.mark.parametrize("path", source_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_source_file_follows_the_schema(path):
    assert problems(read_file(path)) == []


def test_the_source_is_split_by_track_and_skill_category():
    document = read_source()
    tracks = sorted(f.stem for f in (SOURCE_DIR / "tracks").glob("*.yaml"))
    assert tracks == sorted(t["slug"] for t in document["tracks"])
    for path in (SOURCE_DIR / "skills").glob("*.yaml"):
        categories = {s["category"] for s in read_file(path)["skills"]}
        assert len(categories) == 1, f"{path.name} mixes categories {categories}"
    for path in (SOURCE_DIR / "tracks").glob("*.yaml"):
        part = read_file(path)
        assert {r["track"] for r in part["roles"]} == {path.stem}


@pytest.mark.parametrize(
    ("broken", "message"),
    [
        ({"skills": [{"slug": "Not A Slug", "name": "x", "kind": "technical"}]}, "category"),
        (
            {
                "skills": [
                    {
                        "slug": "x",
                        "name": "X",
                        "kind": "technical",
                        "category": "C",
                        "resources": [
                            {
                                "title": "T",
                                "url": "http://example.com/",
                                "kind": "book",
                                "from_level": 1,
                                "to_level": 2,
                                "hours": 3,
                            }
                        ],
                    }
                ]
            },
            "http://example.com/",
        ),
        ({"roles": [{"slug": "r", "title": "R", "track": "t", "level": 6}]}, "6"),
        ({"transitions": [{"from": "a", "to": "b", "kind": "sideways"}]}, "sideways"),
        ({"roles": [{"slug": "r", "title": "R", "track": "t", "level": 2, "salary": 1}]}, "salary"),
    ],
    ids=["missing-category", "plain-http-link", "level-6", "unknown-kind", "unknown-field"],
)
def test_the_schema_refuses_what_the_catalog_cannot_hold(broken, message):
    found = problems({"schema": "pathly.catalog/1", **broken})
    assert found
    assert message in " ".join(found)


@pytest.mark.django_db
def test_seed_loads_the_source_through_the_importer_and_matches_the_fixture(tmp_path):
    out = StringIO()
    call_command("seed", stdout=out)

    assert "created" in out.getvalue()
    seeded = catalog_export()
    assert problems(seeded) == []  # what the importer stored, exported, is valid source
    # The same catalog as the generated fixture: loaddata catalog keeps working.
    Role.objects.all().delete()
    Skill.objects.all().delete()
    call_command("loaddata", "catalog", verbosity=0)
    assert catalog_export() == seeded

    # Exported as source again, it reproduces the committed files byte for byte.
    call_command("export_catalog", source=str(tmp_path), stderr=StringIO())
    written = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*.yaml"))
    assert written == sorted(p.relative_to(SOURCE_DIR) for p in source_files())
    for relative in written:
        assert (tmp_path / relative).read_text() == (SOURCE_DIR / relative).read_text(), relative

    call_command("seed", stdout=(again := StringIO()))
    assert "not loaded again" in again.getvalue()


@pytest.mark.django_db
def test_a_broken_source_file_stops_seed_and_writes_nothing(tmp_path, monkeypatch):
    for path in source_files():
        target = tmp_path / path.relative_to(SOURCE_DIR)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(path.read_text())
    broken = tmp_path / "tracks" / "platform-engineering.yaml"
    broken.write_text(broken.read_text().replace("level: 3\n", "level: 9\n", 1))
    monkeypatch.setattr(
        "pathly.management.commands.seed.read_source", lambda: read_source(Path(tmp_path))
    )

    with pytest.raises(CommandError, match="level"):
        call_command("seed", stdout=StringIO())

    assert not Role.objects.exists()
    assert not Skill.objects.exists()


def test_every_resource_link_is_https_and_says_how_it_was_checked():
    """Links are never guessed: each one has its row in docs/LINKS.md."""
    evidence = (Path(__file__).resolve().parents[2] / "docs" / "LINKS.md").read_text()
    links = [
        (skill["slug"], resource["title"], resource["url"])
        for skill in read_source()["skills"]
        for resource in skill.get("resources", [])
        if resource["url"]
    ]
    assert len(links) >= 150  # most certifications, books and courses have their page
    for slug, title, url in links:
        assert url.startswith("https://"), (slug, title, url)
        assert f"| <{url}> |" in evidence, f"{slug}: {title} has no evidence row for {url}"
