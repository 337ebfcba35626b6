"""Benchmark the main pages against the /healthz floor, at several sizes.

    .venv/bin/python bench/pages.py [--runs 30] [--no-write]      (make bench)

Builds a throwaway database (SQLite, or $BENCH_DATABASE_URL), with a pool of 200
skills (each with five anchors and two learning resources), three roles of 10,
40 and 80 skills, and a user who has a draft and two submitted assessments of
each. Times, through Django's full middleware stack in this process:

- the take page, the report page and report.json for the 10/40/80-skill roles;
- the role catalog, best fit and fit.json for a catalog of 50 roles, then of
  1,000 roles (40 requirements each);

and reports median and p95 per request, the ratio of the median to /healthz's
(measured in the same run), and the SQL query count. The table is printed and
written to docs/PERFORMANCE.md between the BENCH markers.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import time
from datetime import date

from common import ROOT, Timing, machine, measure, p95, setup_django

SIZES = (10, 40, 80)
CATALOGS = (50, 1000)
TARGETS = {"take": 8, "report": 10, "best fit": 20, "fit.json": 20}


def build_skills(rng: random.Random):
    from roles.models import LearningResource, Skill, SkillLevel, Track

    tracks = Track.objects.bulk_create(
        Track(name=f"Track {i:02d}", slug=f"track-{i:02d}", description="A ladder.")
        for i in range(20)
    )
    skills = Skill.objects.bulk_create(
        Skill(
            name=f"Skill {i:03d}",
            slug=f"skill-{i:03d}",
            kind="technical" if i % 3 else "soft",
            category=f"Category {i % 12}",
            description="What this skill covers, in a sentence or two of plain words.",
        )
        for i in range(200)
    )
    SkillLevel.objects.bulk_create(
        SkillLevel(
            skill=s,
            level=level,
            description=f"At level {level} this person does observable things with {s.name} "
            "that a colleague could confirm, in about thirty words of text like this.",
        )
        for s in skills
        for level in range(1, 6)
    )
    LearningResource.objects.bulk_create(
        LearningResource(
            skill=s,
            title=f"{s.name} {kind}",
            kind=kind,
            from_level=band[0],
            to_level=band[1],
            hours=rng.randint(5, 60),
        )
        for s in skills
        for kind, band in (("course", (1, 3)), ("book", (3, 5)))
    )
    return tracks, skills


def add_roles(first: int, count: int, tracks, skills, rng: random.Random, per_role: int = 40):
    from roles.models import Requirement, Role

    roles = Role.objects.bulk_create(
        Role(
            title=f"Role {i:04d}",
            slug=f"role-{i:04d}",
            track=tracks[i % len(tracks)],
            level=1 + i % 5,
            summary="A role.",
            is_published=True,
        )
        for i in range(first, first + count)
    )
    Requirement.objects.bulk_create(
        Requirement(
            role=role,
            skill=skill,
            level=rng.randint(1, 5),
            importance=rng.choice(["critical", "important", "important", "optional"]),
        )
        for role in roles
        for skill in rng.sample(skills, per_role)
    )
    return roles


def build_user_and_sized_roles(tracks, skills, rng: random.Random):
    from assessments.services import (
        assessment_start,
        assessment_submit,
        invitation_create,
        ratings_save_many,
        review_submit,
    )
    from pathly.models import User
    from roles.models import Requirement, Role, RoleTransition

    user = User.objects.create_user("bench", "bench@example.com", "bench-password-123")
    sized = {}
    for n in SIZES:
        role = Role.objects.create(
            title=f"Bench role {n}",
            slug=f"bench-{n}",
            track=tracks[0],
            level=2,
            summary="A role.",
            is_published=True,
        )
        Requirement.objects.bulk_create(
            Requirement(
                role=role,
                skill=s,
                level=rng.randint(1, 5),
                importance=rng.choice(["critical", "important", "optional"]),
            )
            for s in skills[:n]
        )
        for _ in range(2):  # two submissions: the report shows progress over time
            a, _ = assessment_start(user=user, role=role)
            ratings_save_many(assessment=a, ratings={s.slug: rng.randint(0, 5) for s in skills[:n]})
            assessment_submit(assessment=a)
        draft, _ = assessment_start(user=user, role=role)
        sized[n] = (draft, a)
    # Three second opinions on the 80-skill report.
    slugs = list(sized[80][1].items.values_list("skill_slug", flat=True))
    for r in range(3):
        invitation = invitation_create(assessment=sized[80][1], relationship="peer")
        review_submit(
            token=invitation.token,
            ratings={s: rng.choice([None, 0, 1, 2, 3, 4, 5]) for s in slugs} | {slugs[0]: r},
            comments=dict.fromkeys(slugs[:10], "Seen it in the last incident review."),
        )
    senior = Role.objects.create(
        title="Bench senior", slug="bench-senior", track=tracks[0], level=3, is_published=True
    )
    Requirement.objects.bulk_create(
        Requirement(role=senior, skill=s, level=4, importance="critical") for s in skills[:30]
    )
    for n in SIZES:
        RoleTransition.objects.create(
            from_role=Role.objects.get(slug=f"bench-{n}"), to_role=senior, kind="promotion"
        )
    return user, sized


def run(runs: int) -> tuple[list[tuple[str, Timing]], float, str]:
    database = setup_django()
    from django.test import Client

    rng = random.Random(11)
    started = time.perf_counter()
    tracks, skills = build_skills(rng)
    user, sized = build_user_and_sized_roles(tracks, skills, rng)
    add_roles(0, CATALOGS[0] - len(SIZES) - 1, tracks, skills, rng)
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    print(f"data built in {time.perf_counter() - started:.1f} s ({database})")

    rows: list[tuple[str, Timing]] = []
    floor = measure(client, "/healthz", "/healthz", runs * 2)
    rows.append(("floor", floor))
    rows.append(("10,000 characters", measure_extraction(runs)))
    for n in SIZES:
        draft, done = sized[n]
        rows.append(
            (f"{n} skills", measure(client, "take", f"/assessments/{draft.public_id}/", runs))
        )
        rows.append(
            (
                f"{n} skills" + (", 3 reviews" if n == 80 else ""),
                measure(client, "report", f"/assessments/{done.public_id}/report/", runs),
            )
        )
        rows.append(
            (
                f"{n} skills",
                measure(client, "report.json", f"/assessments/{done.public_id}/report.json", runs),
            )
        )
    for size in CATALOGS:
        if size != CATALOGS[0]:
            add_roles(CATALOGS[0], size - CATALOGS[0], tracks, skills, rng)
        rows.append((f"{size} roles", measure(client, "role catalog", "/roles/", runs)))
        rows.append((f"{size} roles", measure(client, "best fit", "/roles/fit/", runs)))
        rows.append((f"{size} roles", measure(client, "fit.json", "/roles/fit.json", runs)))
    # The report again on the large catalog: flat in catalog size.
    rows.append(
        (
            f"80 skills, {CATALOGS[-1]} roles",
            measure(client, "report", f"/assessments/{sized[80][1].public_id}/report/", runs),
        )
    )
    return rows, floor.median, database


def measure_extraction(runs: int) -> Timing:
    """The job-ad extractor on a 10,000-character real ad (eval/), seed vocabulary."""
    from roles.evaluation import load
    from roles.extraction import extract
    from roles.management.commands.eval_extraction import source_vocabulary

    vocabulary = source_vocabulary()
    longest = max(load(), key=lambda ad: len(ad.text)).text
    text = (longest * (10_000 // len(longest) + 1))[:10_000]
    times = []
    for _ in range(runs + 3):
        start = time.perf_counter()
        extract(text, vocabulary)
        times.append((time.perf_counter() - start) * 1000)
    times = times[3:]
    return Timing("extract a job ad", statistics.median(times), p95(times), 0, len(text))


def table(rows: list[tuple[str, Timing]], floor: float) -> str:
    lines = [
        "| page | size | median ms | p95 ms | × floor | queries | KiB |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for size, t in rows:
        target = TARGETS.get(t.label)
        ratio = f"{t.median / floor:.1f}" + (f" (≤ {target})" if target else "")
        lines.append(
            f"| {t.label} | {size} | {t.median:.2f} | {t.p95:.2f} | {ratio} | {t.queries} "
            f"| {t.size / 1024:.0f} |"
        )
    return "\n".join(lines)


def write_doc(text: str) -> None:
    path = ROOT / "docs" / "PERFORMANCE.md"
    doc = path.read_text() if path.exists() else "# Performance\n\n"
    block = f"<!-- BENCH:START -->\n{text}\n<!-- BENCH:END -->"
    if "<!-- BENCH:START -->" in doc:
        doc = re.sub(r"<!-- BENCH:START -->.*<!-- BENCH:END -->", lambda _: block, doc, flags=re.S)
    else:
        doc += "\n" + block + "\n"
    path.write_text(doc)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--no-write", action="store_true", help="Do not update docs/PERFORMANCE.md")
    args = parser.parse_args()
    started = time.perf_counter()
    rows, floor, database = run(args.runs)
    text = (
        f"Measured {date.today().isoformat()} on {machine()}, {database}, "
        f"{args.runs} requests per row (`make bench`).\n\n{table(rows, floor)}"
    )
    print(text)
    print(f"\nbench finished in {time.perf_counter() - started:.0f} s")
    if not args.no_write:
        write_doc(text)
        print("written to docs/PERFORMANCE.md")


if __name__ == "__main__":
    main()
