from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand

from roles.catalog_io import catalog_export
from roles.catalog_source import write_source


def dumps(data: object) -> str:
    """The one serialisation of the catalog format: stable, readable, diff-friendly."""
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


class Command(BaseCommand):
    help = (
        "Print the role catalog as slug-keyed JSON (pathly.catalog/1): export_catalog > file.json; "
        "or, with --source DIR, write it as the YAML source files (one per track and skill "
        "category), e.g. --source roles/catalog to turn admin edits into the seed source."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("-o", "--output", help="Write to this file instead of stdout.")
        parser.add_argument(
            "--source", metavar="DIR", help="Write YAML source files under DIR instead."
        )

    def handle(self, *args, **options) -> None:
        if options["source"]:
            written = write_source(catalog_export(), Path(options["source"]))
            self.stderr.write(f"{len(written)} source files written under {options['source']}")
            return
        text = dumps(catalog_export())
        if options["output"]:
            with open(options["output"], "w", encoding="utf-8") as fh:
                fh.write(text)
            self.stderr.write(f"Catalog written to {options['output']}")
        else:
            self.stdout.write(text, ending="")
