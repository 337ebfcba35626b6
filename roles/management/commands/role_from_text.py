from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from roles import selectors
from roles.extraction import extract
from roles.forms import JobAdForm


class Command(BaseCommand):
    help = (
        "Suggest a target role from a job ad in FILE: its title, rung and the catalog skills "
        "it asks for, each with importance, level and the sentence it came from."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", help="A text file holding the ad (UTF-8).")
        parser.add_argument("--json", action="store_true", help="Print JSON.")
        parser.add_argument("--title", default="", help="The job title, if not the first line.")

    def handle(self, *args, **options) -> None:
        try:
            text = Path(options["file"]).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"Cannot read {options['file']}: {exc}") from None
        # The page's own validation: empty, binary or over 20,000 characters is refused.
        form = JobAdForm(data={"text": text, "title": options["title"]})
        if not form.is_valid():
            raise CommandError(" ".join(m for ms in form.errors.values() for m in ms))
        result = extract(
            form.cleaned_data["text"],
            selectors.skill_vocabulary(),
            title=form.cleaned_data["title"],
        )
        if options["json"]:
            self.stdout.write(json.dumps(result.as_dict(), indent=2, ensure_ascii=False))
            return
        self.stdout.write(f"{result.title} (level {result.level})")
        for s in result.skills:
            self.stdout.write(f"  {s.importance:<9} L{s.level}  {s.skill}: {s.evidence[:90]}")
