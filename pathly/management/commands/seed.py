from __future__ import annotations

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from roles.models import Role


class Command(BaseCommand):
    help = "Load the seed catalog (fixtures/catalog.json) into an empty database. Safe to re-run."

    def handle(self, *args, **options) -> None:
        fixture = next(
            (d / "catalog.json" for d in settings.FIXTURE_DIRS if (d / "catalog.json").exists()),
            None,
        )
        if fixture is None:
            self.stdout.write("No seed catalog (fixtures/catalog.json) yet: nothing to load.")
            return
        if Role.objects.exists():
            self.stdout.write("The catalog already has roles: seed catalog not loaded again.")
            return
        call_command("loaddata", "catalog", verbosity=options["verbosity"])
