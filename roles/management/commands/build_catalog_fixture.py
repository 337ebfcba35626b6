from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from roles.catalog_io import CatalogImportError, catalog_import
from roles.catalog_source import SourceError, read_source
from roles.models import Role


class Command(BaseCommand):
    help = (
        "Regenerate fixtures/catalog.json from the readable source in roles/catalog/. "
        "Run it on an empty, migrated database (make catalog uses an in-memory SQLite)."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--output", default=str(Path(settings.BASE_DIR) / "fixtures" / "catalog.json")
        )

    def handle(self, *args, **options) -> None:
        if Role.objects.catalog().exists():
            raise CommandError(
                "The database already has roles; run this on an empty database so primary "
                "keys in the fixture start from 1 (make catalog does)."
            )
        try:
            report = catalog_import(read_source())
        except (SourceError, CatalogImportError) as exc:
            raise CommandError(f"roles/catalog is invalid: {exc}") from exc
        call_command(
            "dumpdata",
            "roles",
            natural_foreign=True,
            natural_primary=True,
            indent=1,
            output=options["output"],
            verbosity=0,
        )
        self.stdout.write(
            f"{report.summary()} Fixture written to {options['output']} ({connection.vendor})."
        )
