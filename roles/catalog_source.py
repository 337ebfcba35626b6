"""The seed catalog's readable source: `roles/catalog/`, YAML files in the
`pathly.catalog/1` import format, one per track and one per skill category.

    roles/catalog/tracks/<track slug>.yaml   the track, its roles with their
                                             requirements, the transitions out of them
    roles/catalog/skills/<category>.yaml     the category's skills with their level
                                             anchors and learning resources
    roles/catalog/schema.json                the JSON Schema every file follows

`read_source()` merges the files into one document that `catalog_io.catalog_import`
(the importer curators use) loads; `write_source()` splits a document back into
files, so a catalog curated in the admin can be exported as source again
(`export_catalog --source DIR`).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from django.utils.text import slugify

from roles.catalog_io import SCHEMA

SOURCE_DIR = Path(__file__).resolve().parent / "catalog"
SCHEMA_FILE = SOURCE_DIR / "schema.json"
LISTS = ("tracks", "skills", "roles", "transitions")


class SourceError(Exception):
    """A source file cannot be read as a catalog document."""


def source_files(directory: Path = SOURCE_DIR) -> list[Path]:
    """Skill files first, then tracks, each group by name: a stable merge order."""
    return sorted((directory / "skills").glob("*.yaml")) + sorted(
        (directory / "tracks").glob("*.yaml")
    )


def read_file(path: Path) -> dict[str, Any]:
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise SourceError(f"{path.name}: {exc}") from None
    if not isinstance(document, Mapping) or document.get("schema") != SCHEMA:
        raise SourceError(f"{path.name}: not a {SCHEMA} document")
    return dict(document)


def read_source(directory: Path = SOURCE_DIR) -> dict[str, Any]:
    """Every source file merged into one `pathly.catalog/1` document."""
    merged: dict[str, Any] = {"schema": SCHEMA, **{key: [] for key in LISTS}}
    files = source_files(directory)
    if not files:
        raise SourceError(f"no catalog source files in {directory}")
    for path in files:
        document = read_file(path)
        for key in LISTS:
            merged[key].extend(document.get(key, []))
    return merged


def split(document: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """A whole-catalog document as {relative path: partial document}."""
    files: dict[str, dict[str, Any]] = {}
    for skill in document.get("skills", []):
        name = f"skills/{slugify(skill['category']) or 'uncategorised'}.yaml"
        files.setdefault(name, {"schema": SCHEMA, "skills": []})["skills"].append(skill)
    track_of = {role["slug"]: role["track"] for role in document.get("roles", [])}
    for track in document.get("tracks", []):
        files[f"tracks/{track['slug']}.yaml"] = {
            "schema": SCHEMA,
            "tracks": [track],
            "roles": [r for r in document.get("roles", []) if r["track"] == track["slug"]],
            "transitions": [
                t for t in document.get("transitions", []) if track_of[t["from"]] == track["slug"]
            ],
        }
    return files


def write_source(document: Mapping[str, Any], directory: Path) -> list[Path]:
    """Write `document` as source files under `directory`, replacing the YAML files
    there (files of categories or tracks that no longer exist are removed)."""
    written = []
    for name, part in split(document).items():
        path = directory / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(dump(part), encoding="utf-8")
        written.append(path)
    for stale in set(source_files(directory)) - set(written):
        stale.unlink()
    return written


class _Dumper(yaml.SafeDumper):
    """Block style, multi-line text as literal blocks, keys in the given order."""


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # Lines of text as a literal block; a long sentence folded over lines (`>-`).
    style = "|" if "\n" in value else ">" if len(value) > 72 else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


def dump(document: Mapping[str, Any]) -> str:
    return yaml.dump(
        dict(document),
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=88,
        default_flow_style=False,
    )
