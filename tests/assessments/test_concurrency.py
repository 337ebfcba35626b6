"""No lost data under concurrency: real threads, real connections (SQLite file or PostgreSQL)."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from django.db import connection, connections

from assessments import services
from assessments.models import Assessment, AssessmentItem
from tests.factories import role_with_requirements, started_assessment

pytestmark = pytest.mark.django_db(transaction=True)


def run_together(*jobs: Callable[[], object]) -> list[object]:
    """Start every job at the same moment in its own thread (own DB connection)."""
    barrier = threading.Barrier(len(jobs))
    results: list[object] = [None] * len(jobs)

    def worker(index: int, job: Callable[[], object]) -> None:
        barrier.wait()
        try:
            results[index] = job()
        except Exception as exc:
            results[index] = exc
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(i, job)) for i, job in enumerate(jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    return results


def test_concurrent_saves_of_one_rating_keep_one_row_with_a_written_value(alice):
    assessment = started_assessment(alice, role_with_requirements(4))
    item = assessment.items.select_related("skill").first()
    slug = item.skill.slug

    for round_ in range(5):
        results = run_together(
            *(
                (
                    lambda level=level: services.rating_save(
                        assessment=assessment, skill_slug=slug, level=level
                    )
                )
                for level in range(6)
            )
        )
        errors = [r for r in results if isinstance(r, Exception)]
        assert errors == [], f"round {round_}: {errors}"
        rows = AssessmentItem.objects.filter(assessment=assessment, skill__slug=slug)
        assert rows.count() == 1
        # Last write wins: the row holds the value of the save that committed last.
        last = max(results, key=lambda saved: saved.updated_at)
        assert rows.get().rated == last.rated


def test_double_submit_submits_once(alice):
    assessment = started_assessment(alice, role_with_requirements(3))
    services.ratings_save_many(
        assessment=assessment,
        ratings=dict.fromkeys(assessment.items.values_list("skill__slug", flat=True), 3),
    )

    results = run_together(
        lambda: services.assessment_submit(assessment=Assessment.objects.get(pk=assessment.pk)),
        lambda: services.assessment_submit(assessment=Assessment.objects.get(pk=assessment.pk)),
    )

    submitted = [r for r in results if isinstance(r, Assessment)]
    refused = [r for r in results if isinstance(r, services.AssessmentLocked)]
    assert len(submitted) == 1, results
    assert len(refused) == 1, results
    assert Assessment.objects.get(pk=assessment.pk).submitted_at == submitted[0].submitted_at


def test_double_start_creates_one_draft(alice):
    role = role_with_requirements(3)

    results = run_together(
        lambda: services.assessment_start(user=alice, role=role),
        lambda: services.assessment_start(user=alice, role=role),
    )

    assert not [r for r in results if isinstance(r, Exception)], results
    assert Assessment.objects.filter(user=alice, role=role).count() == 1
    assert {r[0].pk for r in results} == {Assessment.objects.get(user=alice, role=role).pk}
    assert connection.vendor in {"sqlite", "postgresql"}


def test_stress_many_writers_never_hit_database_is_locked(alice, bob):
    """8 threads × 150 writes, half on a shared assessment: zero lock errors."""
    shared = started_assessment(alice, role_with_requirements(6))
    own = [started_assessment(user, role_with_requirements(4)) for user in (alice, bob) * 2]
    shared_slugs = list(shared.items.values_list("skill__slug", flat=True))

    def writer(index: int) -> int:
        target = shared if index % 2 == 0 else own[index // 2]
        slugs = list(target.items.values_list("skill__slug", flat=True))
        for n in range(150):
            services.rating_save(assessment=target, skill_slug=slugs[n % len(slugs)], level=n % 6)
        return 150

    results = run_together(*(lambda i=i: writer(i) for i in range(8)))

    errors = [r for r in results if isinstance(r, Exception)]
    assert errors == [], errors[:3]
    assert results == [150] * 8
    assert AssessmentItem.objects.filter(assessment=shared).count() == len(shared_slugs)
    assert not AssessmentItem.objects.filter(assessment=shared, rated__isnull=True).exists()
