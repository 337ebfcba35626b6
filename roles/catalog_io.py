"""Catalog export and import in a readable, slug-keyed format (`pathly.catalog/1`).

The format names everything by slug, never by primary key, so a file exported
from one database imports into any other. Import is:

- all-or-nothing: every row is validated (model `full_clean`, including the
  database constraints) before anything is written, inside one transaction; the
  first bad row raises `CatalogImportError` naming the row;
- idempotent: importing the same file twice changes nothing the second time;
- a sync of what the file lists: tracks, skills and roles are created or updated
  by slug; for every role in the file its requirements become exactly the file's,
  likewise a listed skill's anchors and resources, and the transitions out of a
  listed role. Rows the file does not mention (other roles, other skills) are
  left alone: importing a partial file never deletes the rest of the catalog.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models, transaction

from roles.models import (
    LearningResource,
    Requirement,
    Role,
    RoleTransition,
    Skill,
    SkillLevel,
    Track,
)

SCHEMA = "pathly.catalog/1"

TRACK_FIELDS = ("name", "description")
SKILL_FIELDS = ("name", "kind", "category", "description")
ROLE_FIELDS = (
    "title",
    "level",
    "summary",
    "responsibilities",
    "education",
    "experience_years_min",
    "experience_years_max",
    "salary_min",
    "salary_median",
    "salary_average",
    "salary_max",
    "salary_currency",
    "salary_year",
    "salary_source",
    "source",
    "is_published",
)
RESOURCE_FIELDS = ("url", "kind", "from_level", "to_level", "hours")


class CatalogImportError(Exception):
    """A row of the import file is invalid; nothing was written."""

    def __init__(self, where: str, problem: str) -> None:
        self.where = where
        self.problem = problem
        super().__init__(f"{where}: {problem}")


@dataclass
class ImportReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    dry_run: bool = False

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated or self.deleted)

    def lines(self) -> list[str]:
        out = [f"+ {c}" for c in self.created]
        out += [f"~ {u}" for u in self.updated]
        out += [f"- {d}" for d in self.deleted]
        return out

    def summary(self) -> str:
        verb = "would change" if self.dry_run else "changed"
        if not self.changed:
            return "Catalog already up to date: nothing to change."
        return (
            f"Import {verb}: {len(self.created)} created, {len(self.updated)} updated, "
            f"{len(self.deleted)} deleted."
        )


# --- Export --------------------------------------------------------------------


def catalog_export() -> dict[str, Any]:
    """The whole catalog as plain data, in a stable order (byte-for-byte repeatable)."""
    tracks = Track.objects.order_by("slug")
    skills = Skill.objects.order_by("slug").prefetch_related(
        models.Prefetch("levels", queryset=SkillLevel.objects.order_by("level")),
        models.Prefetch("resources", queryset=LearningResource.objects.order_by("title")),
    )
    roles = (
        Role.objects.catalog()
        .order_by("slug")
        .select_related("track")
        .prefetch_related(
            models.Prefetch(
                "requirements",
                queryset=Requirement.objects.select_related("skill").order_by("skill__slug"),
            )
        )
    )
    transitions = (
        RoleTransition.objects.filter(from_role__owner__isnull=True)
        .select_related("from_role", "to_role")
        .order_by("from_role__slug", "to_role__slug")
    )
    return {
        "schema": SCHEMA,
        "tracks": [{"slug": t.slug, **{f: getattr(t, f) for f in TRACK_FIELDS}} for t in tracks],
        "skills": [
            {
                "slug": s.slug,
                **{f: getattr(s, f) for f in SKILL_FIELDS},
                "aliases": s.alias_list,
                "levels": {str(lv.level): lv.description for lv in s.levels.all()},
                "resources": [
                    {"title": r.title, **{f: getattr(r, f) for f in RESOURCE_FIELDS}}
                    for r in s.resources.all()
                ],
            }
            for s in skills
        ],
        "roles": [
            {
                "slug": r.slug,
                "track": r.track.slug,
                **{f: getattr(r, f) for f in ROLE_FIELDS},
                "requirements": [
                    {
                        "skill": q.skill.slug,
                        "level": q.level,
                        "importance": q.importance,
                        "note": q.note,
                    }
                    for q in r.requirements.all()
                ],
            }
            for r in roles
        ],
        "transitions": [
            {"from": t.from_role.slug, "to": t.to_role.slug, "kind": t.kind} for t in transitions
        ],
    }


# --- Import --------------------------------------------------------------------


class _DryRunRollback(Exception):
    pass


def catalog_import(data: Mapping[str, Any], *, dry_run: bool = False) -> ImportReport:
    """Bring the catalog in line with `data`; see the module docstring."""
    if not isinstance(data, Mapping):
        raise CatalogImportError("file", "the top level must be a JSON object")
    if data.get("schema") != SCHEMA:
        raise CatalogImportError("schema", f"expected {SCHEMA!r}, found {data.get('schema')!r}")
    report = ImportReport(dry_run=dry_run)
    try:
        with transaction.atomic():
            importer = _Importer(report)
            importer.tracks(_rows(data, "tracks"))
            importer.skills(_rows(data, "skills"))
            importer.roles(_rows(data, "roles"))
            importer.transitions(_rows(data, "transitions"), _rows(data, "roles"))
            if dry_run:
                raise _DryRunRollback
    except _DryRunRollback:
        pass
    return report


def _rows(data: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    rows = data.get(key, [])
    if not isinstance(rows, list) or not all(isinstance(r, Mapping) for r in rows):
        raise CatalogImportError(key, "must be a list of objects")
    return rows


def _field(row: Mapping[str, Any], name: str, where: str) -> Any:
    try:
        return row[name]
    except KeyError:
        raise CatalogImportError(where, f"missing field {name!r}") from None


def _describe(error: ValidationError) -> str:
    if hasattr(error, "message_dict"):
        return "; ".join(
            f"{name}: {' '.join(msgs)}" if name != "__all__" else " ".join(msgs)
            for name, msgs in error.message_dict.items()
        )
    return " ".join(error.messages)


def _typed(field: models.Field, value: Any, where: str) -> Any:
    """The value if its JSON type suits the field (text for text, a whole number for
    a number, true/false for a flag, null only where allowed); else the row is refused
    (Django would quietly store a list's text in a text field)."""
    if value is None and field.null:
        return value
    expected: tuple[type, ...] = ()
    if isinstance(field, models.BooleanField):
        expected = (bool,)
    elif isinstance(field, (models.CharField, models.TextField)):
        expected = (str,)
    elif isinstance(field, models.IntegerField):
        expected = (int,)
    if expected and (
        not isinstance(value, expected) or (expected == (int,) and isinstance(value, bool))
    ):
        kind = {bool: "true or false", str: "text", int: "a whole number"}[expected[0]]
        raise CatalogImportError(where, f"{field.name} must be {kind}, not {value!r:.40}")
    return value


class _Importer:
    def __init__(self, report: ImportReport) -> None:
        self.report = report

    def _save(self, obj: models.Model, where: str, label: str, *, exclude=()) -> None:
        """Validate (fields and constraints) and save, recording the change."""
        is_new = obj._state.adding
        if not is_new:
            current = type(obj).objects.get(pk=obj.pk)
            if all(
                getattr(current, f.attname) == getattr(obj, f.attname)
                for f in obj._meta.concrete_fields
                if not getattr(f, "auto_now", False)
            ):
                return
        try:
            obj.full_clean(exclude=list(exclude))
        except ValidationError as exc:
            raise CatalogImportError(where, _describe(exc)) from None
        obj.save()
        (self.report.created if is_new else self.report.updated).append(label)

    def _assign(self, obj: models.Model, row: Mapping[str, Any], fields: Iterable[str], where):
        for name in fields:
            if name in row:
                setattr(obj, name, _typed(obj._meta.get_field(name), row[name], where))
            elif obj._state.adding:
                default = obj._meta.get_field(name).get_default()
                setattr(obj, name, default)

    def tracks(self, rows: list[Mapping[str, Any]]) -> None:
        for i, row in enumerate(rows):
            slug = _field(row, "slug", f"tracks[{i}]")
            where = f"tracks[{i}] ({slug!r})"
            track = Track.objects.filter(slug=slug).first() or Track(slug=slug)
            self._assign(track, row, TRACK_FIELDS, where)
            self._save(track, where, f"track {slug}")

    def skills(self, rows: list[Mapping[str, Any]]) -> None:
        for i, row in enumerate(rows):
            slug = _field(row, "slug", f"skills[{i}]")
            where = f"skills[{i}] ({slug!r})"
            skill = Skill.objects.filter(slug=slug).first() or Skill(slug=slug)
            self._assign(skill, row, SKILL_FIELDS, where)
            aliases = row.get("aliases", [])
            if not isinstance(aliases, list):
                raise CatalogImportError(where, "aliases must be a list of names")
            skill.aliases = ", ".join(str(a).strip() for a in aliases if str(a).strip())
            self._save(skill, where, f"skill {slug}")
            self._skill_levels(skill, row.get("levels", {}), where)
            self._skill_resources(skill, row.get("resources", []), where)

    def _skill_levels(self, skill: Skill, levels: Any, where: str) -> None:
        if not isinstance(levels, Mapping):
            raise CatalogImportError(where, "levels must be an object of level → description")
        existing = {lv.level: lv for lv in skill.levels.all()}
        wanted: dict[int, str] = {}
        for key, description in levels.items():
            try:
                wanted[int(key)] = description
            except (TypeError, ValueError):
                raise CatalogImportError(
                    f"{where} levels", f"{key!r} is not a level number 1–5"
                ) from None
        for level, description in sorted(wanted.items()):
            anchor = existing.get(level) or SkillLevel(skill=skill, level=level)
            anchor.description = description
            self._save(anchor, f"{where} levels[{level}]", f"anchor {skill.slug} {level}")
        for level, anchor in existing.items():
            if level not in wanted:
                anchor.delete()
                self.report.deleted.append(f"anchor {skill.slug} {level}")

    def _skill_resources(self, skill: Skill, resources: Any, where: str) -> None:
        if not isinstance(resources, list):
            raise CatalogImportError(where, "resources must be a list")
        existing = {r.title: r for r in skill.resources.all()}
        seen: set[str] = set()
        for j, row in enumerate(resources):
            row_where = f"{where} resources[{j}]"
            title = _field(row, "title", row_where)
            if title in seen:
                raise CatalogImportError(row_where, f"resource {title!r} is listed twice")
            seen.add(title)
            resource = existing.get(title) or LearningResource(skill=skill, title=title)
            self._assign(resource, row, RESOURCE_FIELDS, row_where)
            self._save(resource, row_where, f"resource {skill.slug}: {title}")
        for title, resource in existing.items():
            if title not in seen:
                resource.delete()
                self.report.deleted.append(f"resource {skill.slug}: {title}")

    def roles(self, rows: list[Mapping[str, Any]]) -> None:
        tracks = {t.slug: t for t in Track.objects.all()}
        skills = {s.slug: s for s in Skill.objects.all()}
        for i, row in enumerate(rows):
            slug = _field(row, "slug", f"roles[{i}]")
            where = f"roles[{i}] ({slug!r})"
            track_slug = _field(row, "track", where)
            if track_slug not in tracks:
                raise CatalogImportError(where, f"track {track_slug!r} is not in the catalog")
            role = Role.objects.catalog().filter(slug=slug).first() or Role(slug=slug)
            role.track = tracks[track_slug]
            self._assign(role, row, ROLE_FIELDS, where)
            self._save(role, where, f"role {slug}")
            self._requirements(role, row.get("requirements", []), skills, where)

    def _requirements(self, role: Role, rows: Any, skills: dict[str, Skill], where: str) -> None:
        if not isinstance(rows, list):
            raise CatalogImportError(where, "requirements must be a list")
        existing = {q.skill_id: q for q in role.requirements.all()}
        seen: set[int] = set()
        for j, row in enumerate(rows):
            row_where = f"{where} requirements[{j}]"
            skill_slug = _field(row, "skill", row_where)
            skill = skills.get(skill_slug)
            if skill is None:
                raise CatalogImportError(row_where, f"skill {skill_slug!r} is not in the catalog")
            if skill.pk in seen:
                raise CatalogImportError(row_where, f"skill {skill_slug!r} is listed twice")
            seen.add(skill.pk)
            requirement = existing.get(skill.pk) or Requirement(role=role, skill=skill)
            requirement.level = _field(row, "level", row_where)
            requirement.importance = _field(row, "importance", row_where)
            requirement.note = row.get("note", "")
            self._save(requirement, row_where, f"requirement {role.slug}: {skill_slug}")
        for skill_id, requirement in existing.items():
            if skill_id not in seen:
                requirement.delete()
                self.report.deleted.append(f"requirement {role.slug}: {requirement.skill.slug}")

    def transitions(
        self, rows: list[Mapping[str, Any]], role_rows: list[Mapping[str, Any]]
    ) -> None:
        roles = {r.slug: r for r in Role.objects.catalog()}
        listed_from: set[str] = {str(r.get("slug")) for r in role_rows}
        existing = {
            (t.from_role.slug, t.to_role.slug): t
            for t in RoleTransition.objects.select_related("from_role", "to_role")
        }
        seen: set[tuple[str, str]] = set()
        for i, row in enumerate(rows):
            where = f"transitions[{i}]"
            pair = (_field(row, "from", where), _field(row, "to", where))
            where = f"transitions[{i}] ({pair[0]!r} → {pair[1]!r})"
            for slug in pair:
                if slug not in roles:
                    raise CatalogImportError(where, f"role {slug!r} is not in the catalog")
            if pair in seen:
                raise CatalogImportError(where, "this transition is listed twice")
            seen.add(pair)
            listed_from.add(pair[0])
            transition = existing.get(pair) or RoleTransition(
                from_role=roles[pair[0]], to_role=roles[pair[1]]
            )
            transition.kind = _field(row, "kind", where)
            self._save(transition, where, f"transition {pair[0]} → {pair[1]}")
        for pair, transition in existing.items():
            if pair[0] in listed_from and pair not in seen:
                transition.delete()
                self.report.deleted.append(f"transition {pair[0]} → {pair[1]}")
