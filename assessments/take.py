"""The take page, computed from what `selectors.take_rows` fetched: rows grouped
technical → soft and by category (each section with its own count), each row with
its level choices and the anchor of the chosen level, and the progress."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import slugify

from assessments.models import Confidence
from assessments.selectors import ItemRow, TakeRows, is_shown
from roles import scale


@dataclass(frozen=True)
class LevelChoice:
    """One level of one row's control. The texts are ready to print: the level and
    its name are known-safe, the anchor is escaped here once (it is printed once per
    page, but the page has up to 480 of them)."""

    level: int
    value: SafeString  # "0".."5"
    label: SafeString  # "Practitioner"
    anchor: SafeString  # the behavioural anchor, escaped ("" for level 0: the page says it)
    checked: SafeString  # " checked" for the chosen level, "" for the others


@dataclass(frozen=True)
class TakeRow:
    slug: str
    name: str
    description: str
    rated: int | None
    note: str
    confidence: str
    previous_rating: int | None  # carried in from an earlier assessment
    prefilled: bool  # still the carried-over rating
    choices: tuple[LevelChoice, ...]
    group_id: str

    @property
    def field(self) -> SafeString:
        """The level's field name, `skill-<slug>` (slugs need no escaping)."""
        return mark_safe(f"skill-{self.slug}")  # noqa: S308 (a slug: [-a-z0-9_] only)

    @property
    def summary(self) -> str:
        """The description cut to one line's worth, at a word."""
        return one_line(self.description)

    @property
    def chosen(self) -> LevelChoice | None:
        return None if self.rated is None else self.choices[self.rated]

    @property
    def unsure(self) -> bool:
        return self.confidence == Confidence.UNSURE

    @property
    def previous_label(self) -> str:
        if self.previous_rating is None:
            return ""
        return f"{self.previous_rating} · {scale.LEVEL_LABELS[self.previous_rating]}"


@dataclass(frozen=True)
class ItemGroup:
    id: str  # the section's anchor: `#<id>`
    kind: str
    category: str
    items: list[TakeRow]  # the rows shown
    rated: int  # over every item of the section, shown or not
    total: int


@dataclass(frozen=True)
class Progress:
    rated: int
    total: int
    next_unrated: str | None  # slug of the first unrated skill in page order
    prefilled: int  # carried-over ratings not yet confirmed

    @property
    def percent(self) -> int:
        return round(100 * self.rated / self.total) if self.total else 0

    @property
    def complete(self) -> bool:
        return bool(self.total) and self.rated == self.total


@dataclass(frozen=True)
class TakePage:
    groups: list[ItemGroup]  # the sections with at least one row shown
    progress: Progress
    show: str  # "all" | "unrated" | "prefilled"

    @property
    def shown(self) -> int:
        return sum(len(group.items) for group in self.groups)

    @property
    def item(self) -> TakeRow:
        """The only row, when one row was asked for (an htmx autosave)."""
        (row,) = (row for group in self.groups for row in group.items)
        return row

    @property
    def group(self) -> ItemGroup:
        """The only row's section (its count is updated beside the row)."""
        (group,) = self.groups
        return group


_VALUES = {level: mark_safe(str(level)) for level in scale.LEVEL_LABELS}  # noqa: S308
_LABELS = {level: mark_safe(label) for level, label in scale.LEVEL_LABELS.items()}  # noqa: S308
_CHECKED = mark_safe(" checked")
SUMMARY_LENGTH = 85


def choices(anchors: dict[int, str], rated: int | None = None) -> tuple[LevelChoice, ...]:
    """0–5 with the skill's behavioural anchors (the generic scale where it has none);
    level 0's anchor is the page's, not repeated per row."""
    return tuple(
        LevelChoice(
            level=level,
            value=_VALUES[level],
            label=_LABELS[level],
            anchor=conditional_escape(anchors.get(level) or scale.GENERIC_ANCHORS[level])
            if level
            else mark_safe(""),
            checked=_CHECKED if rated == level else mark_safe(""),
        )
        for level in scale.LEVEL_LABELS
    )


def one_line(text: str, limit: int = SUMMARY_LENGTH) -> str:
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def group_id(kind: str, category: str) -> str:
    return f"section-{slugify(f'{kind} {category}')}"


def take_page(rows: TakeRows) -> TakePage:
    groups = []
    for (kind, category), section in groupby(rows.items, key=lambda r: (r.kind, r.category)):
        section = list(section)
        gid = group_id(kind, category)
        shown = [
            _row(r, rows.anchors, gid)
            for r in section
            if is_shown(r, only_skill=rows.only_skill, show=rows.show)
        ]
        if shown:
            groups.append(
                ItemGroup(
                    id=gid,
                    kind=kind,
                    category=category,
                    items=shown,
                    rated=sum(1 for r in section if r.rated is not None),
                    total=len(section),
                )
            )
    return TakePage(
        groups=groups,
        progress=Progress(
            rated=sum(1 for row in rows.items if row.rated is not None),
            total=len(rows.items),
            next_unrated=next((row.skill_slug for row in rows.items if row.rated is None), None),
            prefilled=sum(1 for row in rows.items if row.prefilled),
        ),
        show=rows.show,
    )


def _row(row: ItemRow, anchors: dict[int, dict[int, str]], gid: str) -> TakeRow:
    return TakeRow(
        slug=row.skill_slug,
        name=row.skill_name,
        description=row.skill__description,
        rated=row.rated,
        note=row.note,
        confidence=row.confidence,
        previous_rating=row.previous_rating,
        prefilled=row.prefilled,
        choices=choices(anchors.get(row.skill_id, {}), row.rated),
        group_id=gid,
    )
