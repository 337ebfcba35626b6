"""`manage.py seed` fills an empty database with the seed catalog, and only once.

Apart from tests/roles/test_seed_catalog.py, whose module-wide catalog would make
the database not empty.
"""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from roles.models import Role

pytestmark = pytest.mark.django_db


def test_seed_command_loads_into_an_empty_database_once(db):
    out = StringIO()
    call_command("seed", stdout=out)
    count = Role.objects.count()
    assert count >= 20
    call_command("seed", stdout=out)
    assert Role.objects.count() == count
    assert "already has roles" in out.getvalue()
