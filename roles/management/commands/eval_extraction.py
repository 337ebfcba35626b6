from __future__ import annotations

import json

from django.core.management.base import BaseCommand

from roles.catalog_source import read_source
from roles.evaluation import SPLITS, evaluate, load, predict
from roles.extraction import Vocabulary


def source_vocabulary() -> Vocabulary:
    """The seed catalog's vocabulary, from its source files: no database needed."""
    return Vocabulary.cached(
        tuple((s["slug"], s["name"], tuple(s.get("aliases", []))) for s in read_source()["skills"])
    )


class Command(BaseCommand):
    help = (
        "Measure the job-ad extractor on the hand-labelled real ads in eval/: precision, "
        "recall, F1 and must-have accuracy, for the tuning (dev) and held-out parts."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--json", action="store_true", help="Print the scores as JSON.")
        parser.add_argument(
            "--errors",
            action="store_true",
            help="List each dev ad's misses and extra suggestions (never the held-out ads).",
        )

    def handle(self, *args, **options) -> None:
        ads = load()
        vocabulary = source_vocabulary()
        scores = evaluate(ads, vocabulary)
        if options["json"]:
            self.stdout.write(json.dumps({s: scores[s].as_dict() for s in SPLITS}, indent=2))
            return
        self.stdout.write(
            f"{'part':<10} {'ads':>4} {'precision':>10} {'recall':>8} {'F1':>6} {'must-have':>10}"
        )
        for split in SPLITS:
            s = scores[split]
            self.stdout.write(
                f"{split:<10} {s.ads:>4} {s.precision:>10.3f} {s.recall:>8.3f} {s.f1:>6.3f} "
                f"{s.must_have_accuracy:>10.3f}"
            )
        if options["errors"]:
            predicted = predict(ads, vocabulary)
            for ad in ads:
                if ad.split != "dev":
                    continue
                guess = predicted[ad.id]
                missed = sorted(set(ad.labels) - set(guess))
                extra = sorted(set(guess) - set(ad.labels))
                wrong = sorted(
                    slug
                    for slug in set(guess) & set(ad.labels)
                    if (guess[slug] == "critical") != (ad.labels[slug] == "critical")
                )
                self.stdout.write(
                    f"\n{ad.id}\n  missed: {missed}\n  extra: {extra}\n  must-have wrong: {wrong}"
                )
