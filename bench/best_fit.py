"""Benchmark: the best-fit page over a large catalog, against /healthz.

    .venv/bin/python bench/best_fit.py [--roles 1000] [--requirements 40] [--runs 15]

Builds a throwaway SQLite database (or uses $BENCH_DATABASE_URL), fills it with
`--roles` published roles of `--requirements` requirements each drawn from a
pool of 200 skills, gives one user a skill profile covering 60% of the pool,
then times GET /roles/fit/ and GET /healthz through the full middleware stack
in the same process (Django's test client, no network). Prints median and p95
per request, the SQL query count, and the ratio of the medians: absolute times
on shared machines are noisy, the ratio to Django's own floor is the figure
that means something.
"""

from __future__ import annotations

import argparse
import random
import time

from common import measure, setup_django


def build_catalog(n_roles: int, n_requirements: int, seed: int = 7):
    from django.db import transaction

    from assessments.services import assessment_start, assessment_submit, ratings_save_many
    from pathly.models import User
    from roles.models import CatalogRevision, Requirement, Role, Skill, Track

    rng = random.Random(seed)
    importances = ["critical", "important", "important", "optional"]
    with transaction.atomic():
        tracks = Track.objects.bulk_create(
            Track(name=f"Track {i}", slug=f"track-{i}") for i in range(20)
        )
        skills = Skill.objects.bulk_create(
            Skill(
                name=f"Skill {i:03d}",
                slug=f"skill-{i:03d}",
                kind="technical" if i % 3 else "soft",
                category=f"Category {i % 12}",
            )
            for i in range(200)
        )
        roles = Role.objects.bulk_create(
            Role(
                title=f"Role {i:04d}",
                slug=f"role-{i:04d}",
                track=tracks[i % len(tracks)],
                level=1 + i % 5,
                is_published=True,
            )
            for i in range(n_roles)
        )
        Requirement.objects.bulk_create(
            Requirement(
                role=role,
                skill=skill,
                level=rng.randint(1, 5),
                importance=rng.choice(importances),
            )
            for role in roles
            for skill in rng.sample(skills, n_requirements)
        )
        CatalogRevision.bump()  # bulk_create sends no signal
        user = User.objects.create_user("bench", "bench@example.com", "bench-password-123")
        # The user's profile: one submitted assessment covering 60% of the skills.
        profile_role = Role.objects.create(
            title="Profile role", slug="profile-role", track=tracks[0], level=3, is_published=True
        )
        Requirement.objects.bulk_create(
            Requirement(role=profile_role, skill=s, level=3, importance="important")
            for s in skills[:120]
        )
    assessment, _ = assessment_start(user=user, role=profile_role)
    ratings_save_many(
        assessment=assessment,
        ratings={s.slug: str(rng.randint(0, 5)) for s in skills[:120]},
    )
    assessment_submit(assessment=assessment)
    return user


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--roles", type=int, default=1000)
    parser.add_argument("--requirements", type=int, default=40)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()

    setup_django()
    started = time.perf_counter()
    user = build_catalog(args.roles, args.requirements)
    print(
        f"catalog: {args.roles} roles × {args.requirements} requirements "
        f"(built in {time.perf_counter() - started:.1f} s)"
    )
    from django.test import Client

    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    rows = [
        measure(client, "/healthz (floor)", "/healthz", args.runs * 2),
        measure(client, "best fit", "/roles/fit/", args.runs),
    ]
    floor = rows[0].median
    print(f"{'page':<18}{'median ms':>11}{'p95 ms':>9}{'queries':>9}{'bytes':>9}{'× floor':>9}")
    for t in rows:
        print(
            f"{t.label:<18}{t.median:>11.2f}{t.p95:>9.2f}{t.queries:>9}{t.size:>9}"
            f"{t.median / floor:>9.1f}"
        )


if __name__ == "__main__":
    main()
