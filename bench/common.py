"""Shared set-up for the benchmarks: a throwaway database and request timing."""

from __future__ import annotations

import os
import platform
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def setup_django() -> str:
    """Point Django at a fresh database (SQLite file, or $BENCH_DATABASE_URL) and migrate."""
    tmp = tempfile.mkdtemp(prefix="pathly-bench-")
    url = os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{tmp}/bench.sqlite3")
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pathly.settings")
    os.environ["DJANGO_DEBUG"] = "true"  # plain http for the test client
    os.environ.setdefault("DJANGO_LOG_LEVEL", "WARNING")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    # Benchmarks measure the app, not Django's debug bookkeeping of every query.
    settings.DEBUG = False
    if url.startswith("postgres"):
        call_command("flush", interactive=False, verbosity=0)
    call_command("migrate", verbosity=0)
    return url.split(":", 1)[0]


@dataclass(frozen=True)
class Timing:
    label: str
    median: float  # ms
    p95: float  # ms
    queries: int
    size: int  # bytes


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) >= 2 else values[0]


def measure(client, label: str, path: str, runs: int, warmup: int = 3) -> Timing:
    """Median and p95 of `runs` GETs of `path`, and the queries of one more."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(warmup):
        client.get(path)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        response = client.get(path)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (path, response.status_code)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    return Timing(label, statistics.median(times), p95(times), len(queries), len(response.content))


def machine() -> str:
    return (
        f"{platform.node()} · {platform.system()} {platform.machine()} · "
        f"{os.cpu_count()} CPUs · Python {platform.python_version()}"
    )
