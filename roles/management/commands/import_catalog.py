from __future__ import annotations

import json
import sys

from django.core.management.base import BaseCommand, CommandError

from roles.catalog_io import CatalogImportError, catalog_import


class Command(BaseCommand):
    help = (
        "Import a catalog file written by export_catalog (pathly.catalog/1). All or nothing; "
        "importing the same file twice changes nothing. Use - to read stdin."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", help="Path to the JSON file, or - for stdin.")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Show what would change, write nothing.",
        )

    def handle(self, *args, **options) -> None:
        path = options["file"]
        try:
            if path == "-":
                data = json.load(sys.stdin)
            else:
                with open(path, encoding="utf-8") as fh:
                    data = json.load(fh)
        except OSError as exc:
            raise CommandError(f"Cannot read {path}: {exc.strerror}") from exc
        except json.JSONDecodeError as exc:
            raise CommandError(f"{path} is not valid JSON: {exc}") from exc
        try:
            report = catalog_import(data, dry_run=options["dry_run"])
        except CatalogImportError as exc:
            raise CommandError(f"Import refused, nothing written. {exc}") from exc
        if options["verbosity"] >= 1:
            for line in report.lines():
                self.stdout.write(line)
        self.stdout.write(self.style.SUCCESS(report.summary()))
