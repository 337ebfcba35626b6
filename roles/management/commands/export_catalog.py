from __future__ import annotations

import json

from django.core.management.base import BaseCommand

from roles.catalog_io import catalog_export


def dumps(data: object) -> str:
    """The one serialisation of the catalog format: stable, readable, diff-friendly."""
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


class Command(BaseCommand):
    help = (
        "Print the role catalog as slug-keyed JSON (pathly.catalog/1): export_catalog > file.json"
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("-o", "--output", help="Write to this file instead of stdout.")

    def handle(self, *args, **options) -> None:
        text = dumps(catalog_export())
        if options["output"]:
            with open(options["output"], "w", encoding="utf-8") as fh:
                fh.write(text)
            self.stderr.write(f"Catalog written to {options['output']}")
        else:
            self.stdout.write(text, ending="")
