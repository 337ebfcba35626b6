"""Chart geometry for the report: pure arithmetic, no Django.

Templates draw what these dataclasses say; they do no arithmetic of their own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from roles.scale import MAX_LEVEL

# --- Required vs. rated, one bar per skill ------------------------------------------

ROW_HEIGHT = 26
LABEL_WIDTH = 230
BAR_WIDTH = 300
VALUE_WIDTH = 40  # room for "3/4" after the bar


@dataclass(frozen=True)
class ChartRow:
    name: str
    required: int
    rated: int
    y: int
    required_width: float
    rated_width: float


@dataclass(frozen=True)
class SkillChart:
    rows: list[ChartRow]
    width: int  # of the viewBox
    height: int
    label_x: int  # labels end here (text-anchor end)
    bar_x: int  # bars start here
    bar_width: int
    value_x: int  # "rated/required" after the bars


def skill_chart(items: Sequence) -> SkillChart:
    """Horizontal bars: required (outline) and self-rated (filled) for each item
    (anything with name, required and rated), top to bottom in the order given."""
    unit = BAR_WIDTH / MAX_LEVEL
    return SkillChart(
        rows=[
            ChartRow(
                name=item.name,
                required=item.required,
                rated=item.rated,
                y=i * ROW_HEIGHT,
                required_width=round(item.required * unit, 1),
                rated_width=round(item.rated * unit, 1),
            )
            for i, item in enumerate(items)
        ],
        width=LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH,
        height=len(items) * ROW_HEIGHT + 10,
        label_x=LABEL_WIDTH - 8,
        bar_x=LABEL_WIDTH,
        bar_width=BAR_WIDTH,
        value_x=LABEL_WIDTH + BAR_WIDTH + 8,
    )


# --- Readiness over time -------------------------------------------------------------


@dataclass(frozen=True)
class Tick:
    percent: int
    y: int  # of the grid line (0% is the axis)
    label_y: int  # of its label, level with the line


@dataclass(frozen=True)
class TimelineFrame:
    width: int
    height: int

    @property
    def ticks(self) -> tuple[Tick, ...]:
        lines = {p: self.height - p * self.height // 100 for p in (100, 50, 0)}
        return tuple(Tick(percent=p, y=y, label_y=y + 4) for p, y in lines.items())

    @property
    def view_box(self) -> str:
        """Room on the left for the 0/50/100 ticks and around the dots."""
        return f"-20 -10 {self.width + 40} {self.height + 30}"


TIMELINE = TimelineFrame(width=320, height=120)


def timeline_positions(
    readiness: Sequence[Decimal], frame: TimelineFrame = TIMELINE
) -> list[tuple[float, float]]:
    """(x, y) of each point: x spread evenly, y from 0% (bottom) to 100% (top).

    Under two points there is no line to draw: no positions.
    """
    if len(readiness) < 2:
        return []
    step = frame.width / (len(readiness) - 1)
    return [
        (round(i * step, 1), round(frame.height - float(value) / 100 * frame.height, 1))
        for i, value in enumerate(readiness)
    ]
