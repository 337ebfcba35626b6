"""The take page, computed from what `selectors.take_rows` fetched: rows grouped
technical → soft and by category (each section with its own count), each row with
its level choices and the anchor of the chosen level, and the progress."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from django.utils.text import slugify

from assessments.models import Confidence
from assessments.selectors import ItemRow, TakeRows, is_shown
from roles import scale


@dataclass(frozen=True)
class LevelChoice:
    level: int
    value: str  # the level as text: the template prints it as it is
    label: str
    anchor: str


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


def choices(anchors: dict[int, str]) -> tuple[LevelChoice, ...]:
    """0–5 with the skill's behavioural anchors, falling back to the generic scale."""
    return tuple(
        LevelChoice(
            level=level,
            value=str(level),
            label=label,
            anchor=anchors.get(level) or scale.GENERIC_ANCHORS[level],
        )
        for level, label in scale.LEVEL_LABELS.items()
    )


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
        choices=choices(anchors.get(row.skill_id, {})),
        group_id=gid,
    )
