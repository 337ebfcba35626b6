"""How well the job-ad extractor does on real, hand-labelled ads (`eval/`).

Pure scoring over {ad id: {skill slug: importance}} mappings:

- precision: of the skills suggested, the share the labels have;
- recall: of the labelled skills, the share suggested;
- F1: their harmonic mean (all three micro-averaged over every skill of every ad);
- must-have accuracy: of the labelled skills that were suggested, the share whose
  "must have" call agrees (suggested critical ⇔ labelled critical).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from roles.extraction import CRITICAL, Vocabulary, extract

EVAL_DIR = Path(__file__).resolve().parent.parent / "eval"
SPLITS = ("dev", "held_out")

Labels = Mapping[str, Mapping[str, str]]  # ad id → skill slug → importance


@dataclass(frozen=True)
class Scores:
    ads: int
    true_positives: int
    false_positives: int
    false_negatives: int
    must_have_agree: int

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 0.0

    @property
    def recall(self) -> float:
        labelled = self.true_positives + self.false_negatives
        return self.true_positives / labelled if labelled else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def must_have_accuracy(self) -> float:
        return self.must_have_agree / self.true_positives if self.true_positives else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "ads": self.ads,
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "must_have_accuracy": round(self.must_have_accuracy, 3),
        }


def score(predicted: Labels, gold: Labels) -> Scores:
    tp = fp = fn = agree = 0
    for ad, labels in gold.items():
        guess = predicted.get(ad, {})
        for slug, importance in guess.items():
            if slug in labels:
                tp += 1
                agree += (importance == CRITICAL) == (labels[slug] == CRITICAL)
            else:
                fp += 1
        fn += sum(1 for slug in labels if slug not in guess)
    return Scores(len(gold), tp, fp, fn, agree)


@dataclass(frozen=True)
class LabelledAd:
    id: str
    split: str
    title: str
    text: str
    labels: dict[str, str]


def load(directory: Path = EVAL_DIR) -> list[LabelledAd]:
    """The labelled set: eval/ads.yaml (sources, split, labels) and eval/ads/<id>.md."""
    index: list[dict[str, Any]] = yaml.safe_load((directory / "ads.yaml").read_text("utf-8"))
    return [
        LabelledAd(
            id=row["id"],
            split=row["split"],
            title=row["title"],
            text=(directory / "ads" / f"{row['id']}.md").read_text("utf-8"),
            labels=dict(row["labels"]),
        )
        for row in index
    ]


def predict(ads: list[LabelledAd], vocabulary: Vocabulary) -> dict[str, dict[str, str]]:
    return {
        ad.id: {s.skill: s.importance for s in extract(ad.text, vocabulary).skills} for ad in ads
    }


def evaluate(ads: list[LabelledAd], vocabulary: Vocabulary) -> dict[str, Scores]:
    """Scores for each split."""
    predicted = predict(ads, vocabulary)
    return {
        split: score(predicted, {a.id: a.labels for a in ads if a.split == split})
        for split in SPLITS
    }
