"""Chart geometry for the report's progress over time: pure arithmetic, no Django.

Templates draw what these dataclasses say; they do no arithmetic of their own. (The
skills themselves are bars drawn by CSS classes, `r<rated>` and `q<required>`.)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

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
