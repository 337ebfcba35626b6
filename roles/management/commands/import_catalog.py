from __future__ import annotations

import json
import sys

from django.core.management.base import BaseCommand, CommandError

from roles.catalog_io import CatalogImportError, catalog_import

# The seed catalog is about 0.4 MB; a file 25 times larger is not a catalog.
MAX_BYTES = 10 * 1024 * 1024


def read_catalog(path: str) -> object:
    """The file's JSON, or a one-line CommandError: unreadable, too large, not UTF-8,
    not JSON, nested too deeply."""
    try:
        if path == "-":
            raw = sys.stdin.buffer.read(MAX_BYTES + 1)
        else:
            with open(path, "rb") as fh:
                raw = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise CommandError(f"Cannot read {path}: {exc.strerror}") from exc
    if len(raw) > MAX_BYTES:
        raise CommandError(f"{path} is larger than {MAX_BYTES // (1024 * 1024)} MB: not a catalog.")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CommandError(f"{path} is not UTF-8 text (byte {exc.start}).") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise CommandError(f"{path} is not valid JSON: {exc}") from exc
    except RecursionError as exc:
        raise CommandError(f"{path} is nested too deeply to be a catalog.") from exc


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
        data = read_catalog(path)
        try:
            report = catalog_import(data, dry_run=options["dry_run"])
        except CatalogImportError as exc:
            raise CommandError(f"Import refused, nothing written. {exc}") from exc
        except (TypeError, ValueError, AttributeError, KeyError, RecursionError) as exc:
            # A value of the wrong type somewhere the rules above did not name: the
            # import ran in one transaction, so nothing was written either.
            problem = " ".join(str(exc).split())[:200] or type(exc).__name__
            raise CommandError(
                f"Import refused, nothing written. Malformed catalog: {problem}"
            ) from exc
        if options["verbosity"] >= 1:
            for line in report.lines():
                self.stdout.write(line)
        self.stdout.write(self.style.SUCCESS(report.summary()))
