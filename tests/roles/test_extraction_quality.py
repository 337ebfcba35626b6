"""The extractor's measured quality on the hand-labelled real ads in eval/ (make
eval prints the same figures). The floors are what was measured when they were
recorded (docs/PERFORMANCE.md): a change that makes suggestions worse fails here."""

from __future__ import annotations

import pytest

from roles.evaluation import evaluate, load
from roles.management.commands.eval_extraction import source_vocabulary

# part → (precision, recall, F1, must-have accuracy), recorded 2026-12-02.
FLOORS = {
    "dev": (0.86, 0.76, 0.81, 0.83),
    "held_out": (0.85, 0.75, 0.80, 0.82),
}


@pytest.fixture(scope="module")
def scores():
    return evaluate(load(), source_vocabulary())


def test_the_labelled_set_is_real_sourced_and_split():
    ads = load()
    assert len(ads) >= 30
    assert sum(a.split == "held_out" for a in ads) >= 10
    assert all(a.labels and len(a.text) > 1000 for a in ads)


@pytest.mark.parametrize("part", FLOORS)
def test_quality_stays_above_the_recorded_floor(scores, part):
    s = scores[part]
    measured = (s.precision, s.recall, s.f1, s.must_have_accuracy)
    names = ("precision", "recall", "F1", "must-have accuracy")
    below = [
        f"{name} {value:.3f} < {floor}"
        for name, value, floor in zip(names, measured, FLOORS[part], strict=True)
        if value < floor
    ]
    assert below == [], f"{part}: {', '.join(below)}"
