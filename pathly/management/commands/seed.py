from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from roles.catalog_io import CatalogImportError, catalog_import
from roles.catalog_source import SourceError, read_source
from roles.models import Role


class Command(BaseCommand):
    help = (
        "Load the seed catalog from its source (roles/catalog/*.yaml) into an empty "
        "database, through the importer curators use (import_catalog). Safe to re-run: "
        "a catalog that already has roles is left as the curators made it."
    )

    def handle(self, *args, **options) -> None:
        if Role.objects.catalog().exists():
            self.stdout.write("The catalog already has roles: seed catalog not loaded again.")
            return
        try:
            report = catalog_import(read_source())
        except (SourceError, CatalogImportError) as exc:
            raise CommandError(f"The seed catalog (roles/catalog) is invalid: {exc}") from exc
        self.stdout.write(report.summary())
