"""The proficiency scale and importance weights: one place, no Django import.

Both the catalog (roles) and the pure scoring module (assessments.scoring) read
these, so a change here is a change everywhere.
"""

from __future__ import annotations

from typing import Final

MIN_RATING: Final = 0
MAX_LEVEL: Final = 5

LEVEL_LABELS: Final[dict[int, str]] = {
    0: "None",
    1: "Awareness",
    2: "Beginner",
    3: "Practitioner",
    4: "Advanced",
    5: "Expert",
}

GENERIC_ANCHORS: Final[dict[int, str]] = {
    0: "No exposure yet.",
    1: "Knows the concepts and vocabulary; has not applied them.",
    2: "Applies it to simple tasks with guidance.",
    3: "Works independently on typical tasks.",
    4: "Handles complex, novel cases; guides others.",
    5: "Sets direction; recognised authority inside and outside the team.",
}

CRITICAL: Final = "critical"
IMPORTANT: Final = "important"
OPTIONAL: Final = "optional"

IMPORTANCE_WEIGHTS: Final[dict[str, int]] = {CRITICAL: 3, IMPORTANT: 2, OPTIONAL: 1}

TECHNICAL: Final = "technical"
SOFT: Final = "soft"

ROLE_LEVEL_LABELS: Final[dict[int, str]] = {
    1: "Junior",
    2: "Mid-level",
    3: "Senior",
    4: "Staff / Lead / Manager",
    5: "Director / Principal",
    6: "Executive",
}
MAX_ROLE_LEVEL: Final = max(ROLE_LEVEL_LABELS)
