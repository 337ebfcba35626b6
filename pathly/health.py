"""What `/healthz` checks: the database answers, is the migrated one, and takes writes.

Cheap signals only, no write per probe: the latest migration of every app is
recorded (an empty database that SQLite creates for a missing file has none); on
SQLite the file and its directory are writable by this process; on PostgreSQL the
server is not a read-only standby and the session is not read-only.
"""

from __future__ import annotations

import os
from functools import cache

from django.db import DatabaseError, connection
from django.db.migrations.loader import MigrationLoader


@cache
def expected_migrations() -> frozenset[tuple[str, str]]:
    """The latest migration of every app, from the code (read once per process)."""
    return frozenset(MigrationLoader(None, ignore_no_migrations=True).graph.leaf_nodes())


def database_problem() -> str | None:
    """Why the site cannot serve from its database, in a few words, or None."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT app, name FROM django_migrations")
            applied = set(cursor.fetchall())
            if not expected_migrations() <= applied:
                return "database not migrated"
            if connection.vendor == "postgresql":
                cursor.execute(
                    "SELECT pg_is_in_recovery(), current_setting('transaction_read_only')"
                )
                standby, read_only = cursor.fetchone()
                if standby or read_only == "on":
                    return "database read-only"
    except DatabaseError:
        return "database unavailable"
    if connection.vendor == "sqlite":
        path = str(connection.settings_dict["NAME"])
        in_memory = path == ":memory:" or (path.startswith("file:") and "mode=memory" in path)
        if not in_memory and not (
            os.access(path, os.W_OK) and os.access(os.path.dirname(path) or ".", os.W_OK)
        ):
            return "database read-only"
    return None
