"""Fill the database with many users and assessments, to measure pages at scale.

    python manage.py generate_load_data --users 100000 --assessments-per-user 3

Needs the catalog (python manage.py seed). Each user gets N assessments of
different published roles: all but the last submitted (with every item rated),
the last a draft about half rated. Rows go in with bulk_create in batches, one
transaction per batch of users, with one password hash shared by all generated
users (they are not meant to log in by password). Prints its own duration.
"""

from __future__ import annotations

import random
import time
import uuid
from datetime import timedelta

from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone

from assessments.models import Assessment, AssessmentItem
from pathly.models import User
from roles.models import Role

# The item table's columns in model order (every field but the id): the order of
# the row tuples below.
ITEM_COLUMNS = tuple(f.column for f in AssessmentItem._meta.concrete_fields if not f.primary_key)


def _insert_items(rows: list[tuple]) -> None:
    """Millions of items without building model instances: COPY on PostgreSQL,
    multi-row INSERTs elsewhere."""
    table = connection.ops.quote_name(AssessmentItem._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(c) for c in ITEM_COLUMNS)
    if connection.vendor == "postgresql":
        with (
            connection.cursor() as cursor,
            cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row(row)
        return
    placeholders = "(" + ", ".join(["%s"] * len(ITEM_COLUMNS)) + ")"
    chunk = 500  # SQLite allows 32,766 parameters per statement
    with connection.cursor() as cursor:
        for start in range(0, len(rows), chunk):
            part = rows[start : start + chunk]
            cursor.execute(
                f"INSERT INTO {table} ({columns}) VALUES "  # noqa: S608 - names from _meta
                + ", ".join([placeholders] * len(part)),
                [value for row in part for value in row],
            )


class Command(BaseCommand):
    help = "Generate load-test users with submitted and draft assessments (bulk, batched)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--users", type=int, default=1000)
        parser.add_argument("--assessments-per-user", type=int, default=3)
        parser.add_argument("--batch", type=int, default=1000, help="Users per transaction.")
        parser.add_argument("--seed", type=int, default=42)
        parser.add_argument("--prefix", default="load", help="Username prefix.")

    def handle(self, *args, **options) -> None:
        started = time.perf_counter()
        rng = random.Random(options["seed"])  # noqa: S311 - reproducible fake data
        per_user = options["assessments_per_user"]
        roles = list(
            Role.objects.published()
            .select_related("track")
            .prefetch_related("requirements__skill")
            .order_by("pk")
        )
        roles = [r for r in roles if r.requirements.all()]
        if not roles:
            raise CommandError("No published role with requirements: run `manage.py seed` first.")
        if per_user > len(roles):
            raise CommandError(f"At most {len(roles)} assessments per user (one per role).")
        snapshots = {
            role.pk: [
                (
                    q.skill_id,
                    q.skill.slug,
                    q.skill.name,
                    q.skill.kind,
                    q.skill.category,
                    q.level,
                    q.importance,
                )
                for q in role.requirements.all()
            ]
            for role in roles
        }
        password = make_password(None)  # unusable: generated users cannot log in
        prefix = options["prefix"]
        first = User.objects.filter(username__startswith=f"{prefix}-").count()
        total_users, total_assessments, total_items = options["users"], 0, 0
        now = timezone.now()
        for batch_start in range(0, total_users, options["batch"]):
            batch_end = min(batch_start + options["batch"], total_users)
            with transaction.atomic():
                users = User.objects.bulk_create(
                    User(
                        username=f"{prefix}-{first + i:07d}",
                        email=f"{prefix}-{first + i:07d}@example.com",
                        password=password,
                        display_name=f"Load user {first + i}",
                    )
                    for i in range(batch_start, batch_end)
                )
                assessments = []
                for user in users:
                    for n, role in enumerate(rng.sample(roles, per_user)):
                        submitted = now - timedelta(days=rng.randint(1, 700))
                        is_draft = n == per_user - 1
                        assessments.append(
                            Assessment(
                                public_id=uuid.uuid4(),
                                user=user,
                                role=role,
                                role_title=role.title,
                                role_track=role.track.name,
                                role_level=role.level,
                                submitted_at=None if is_draft else submitted,
                            )
                        )
                Assessment.objects.bulk_create(assessments, batch_size=5000)
                rows = [
                    (
                        a.pk,
                        skill_id,
                        slug,
                        name,
                        kind,
                        category,
                        level,
                        importance,
                        (
                            rng.randint(0, 5)
                            if a.submitted_at is not None or rng.random() < 0.5
                            else None
                        ),
                        "",
                        "sure",
                        None,  # previous_rating
                        False,  # prefilled
                        now,
                    )
                    for a in assessments
                    for skill_id, slug, name, kind, category, level, importance in snapshots[
                        a.role_id
                    ]
                ]
                _insert_items(rows)
            total_assessments += len(assessments)
            total_items += len(rows)
            if options["verbosity"] >= 1:
                elapsed = time.perf_counter() - started
                self.stdout.write(
                    f"  {batch_end:>8} users · {total_assessments:>9} assessments · "
                    f"{total_items:>10} items · {elapsed:6.1f} s"
                )
        if connection.vendor == "postgresql":
            # Fresh statistics, or the planner guesses sequential scans (see
            # docs/PERFORMANCE.md); autovacuum would get there, later.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        elapsed = time.perf_counter() - started
        self.stdout.write(
            self.style.SUCCESS(
                f"Generated {total_users} users, {total_assessments} assessments and "
                f"{total_items} items in {elapsed:.1f} s "
                f"({total_items / max(elapsed, 1e-9):,.0f} items/s)."
            )
        )
