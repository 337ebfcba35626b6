"""The take page, computed from what `selectors.take_rows` fetched: rows grouped
technical → soft and by category, each with its level choices, and the progress."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from assessments.selectors import ItemRow, TakeRows
from roles import scale


@dataclass(frozen=True)
class LevelChoice:
    level: int
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
    choices: tuple[LevelChoice, ...]


@dataclass(frozen=True)
class ItemGroup:
    kind: str
    category: str
    items: list[TakeRow]


@dataclass(frozen=True)
class Progress:
    rated: int
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.rated / self.total) if self.total else 0

    @property
    def complete(self) -> bool:
        return bool(self.total) and self.rated == self.total


@dataclass(frozen=True)
class TakePage:
    groups: list[ItemGroup]
    progress: Progress

    @property
    def item(self) -> TakeRow:
        """The only row, when one row was asked for (an htmx autosave)."""
        (row,) = (row for group in self.groups for row in group.items)
        return row


def choices(anchors: dict[int, str]) -> tuple[LevelChoice, ...]:
    """0–5 with the skill's behavioural anchors, falling back to the generic scale."""
    return tuple(
        LevelChoice(
            level=level, label=label, anchor=anchors.get(level) or scale.GENERIC_ANCHORS[level]
        )
        for level, label in scale.LEVEL_LABELS.items()
    )


def take_page(rows: TakeRows) -> TakePage:
    shown = [row for row in rows.items if rows.only_skill in (None, row.skill_slug)]
    return TakePage(
        groups=[
            ItemGroup(kind=kind, category=category, items=[_row(r, rows.anchors) for r in group])
            for (kind, category), group in groupby(shown, key=lambda r: (r.kind, r.category))
        ],
        progress=Progress(
            rated=sum(1 for row in rows.items if row.rated is not None), total=len(rows.items)
        ),
    )


def _row(row: ItemRow, anchors: dict[int, dict[int, str]]) -> TakeRow:
    return TakeRow(
        slug=row.skill_slug,
        name=row.skill_name,
        description=row.skill__description,
        rated=row.rated,
        note=row.note,
        confidence=row.confidence,
        choices=choices(anchors.get(row.skill_id, {})),
    )
