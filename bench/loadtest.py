"""Load test: Pathly under gunicorn with production settings, against the /healthz floor.

    .venv/bin/python bench/loadtest.py --database sqlite|postgres \
        [--seconds 30] [--clients 32] [--markdown FILE]

Builds a throwaway database (SQLite: a file in a temp dir; PostgreSQL: the
database `pathly_loadtest` on the local server, dropped and recreated), migrates
it, loads the seed catalog, creates users with one submitted and one draft
assessment each through the app's own services, logs each user in by writing a
session directly, runs collectstatic and starts gunicorn on a free local port
with DJANGO_DEBUG=false (only the HTTPS redirect is off: there is no TLS here).

Phase 1, the floor: every client hammers GET /healthz (anonymous) for
max(5, seconds / 3) seconds. Phase 2, the mix: each client, logged in as its own
user over one keep-alive connection, loops for --seconds over catalog (20%),
role page (15%), htmx autosave of one rating (35%), report (20%) and report.json
(10%). Any status other than 200 (a redirect included) or any exception counts
as an error; the script exits 1 when there was one.

The clients run in this process, on the same machine as the server, so they
take some of its CPU: the ratios to the floor measured in the same run are the
figures that mean something, not the absolute numbers.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import http.client
import http.cookies
import json
import os
import platform
import random
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
GUNICORN = VENV_BIN / "gunicorn"

POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/pathly_loadtest"
SUBMITTED_ROLE = "senior-site-reliability-engineer"
DRAFT_ROLE = "senior-platform-engineer"
MIN_USERS = 50
WORKERS, THREADS = 2, 4
REQUEST_TIMEOUT = 30.0

SESSION_COOKIE = "__Host-sessionid"
CSRF_COOKIE = "__Host-csrftoken"

# (kind, share of the mix)
MIX = [
    ("catalog", 20),
    ("role page", 15),
    ("autosave", 35),
    ("report", 20),
    ("report.json", 10),
]
KINDS = ["healthz floor", *(kind for kind, _ in MIX)]


# --- Test data (runs in a subprocess with Django set up) -------------------------------


def prepare_data(out_path: str, n_users: int) -> None:
    """Users, assessments and logged-in sessions through the app's own code; JSON out."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pathly.settings")
    import django

    django.setup()
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    from assessments.services import assessment_start, assessment_submit, ratings_save_many
    from pathly.middleware import LOGIN_AT, SEEN_AT
    from pathly.models import User
    from roles.models import Role

    submitted_role = Role.objects.get(slug=SUBMITTED_ROLE)
    draft_role = Role.objects.get(slug=DRAFT_ROLE)
    rng = random.Random(42)
    now = int(time.time())
    users = []
    for i in range(n_users):
        user = User.objects.create_user(
            f"loadtest{i:03d}", f"loadtest{i:03d}@example.com", secrets.token_urlsafe(16)
        )
        submitted, _ = assessment_start(user=user, role=submitted_role)
        slugs = list(submitted.items.values_list("skill__slug", flat=True))
        ratings_save_many(assessment=submitted, ratings={slug: rng.randint(0, 5) for slug in slugs})
        assessment_submit(assessment=submitted)
        draft, _ = assessment_start(user=user, role=draft_role)
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session[LOGIN_AT] = now
        session[SEEN_AT] = now
        session.save()
        users.append(
            {
                "username": user.username,
                "session_key": session.session_key,
                "submitted": str(submitted.public_id),
                "submitted_skills": len(slugs),
                "draft": str(draft.public_id),
                "draft_skills": list(draft.items.values_list("skill__slug", flat=True)),
            }
        )
    roles = list(Role.objects.filter(is_published=True).values_list("slug", flat=True))
    Path(out_path).write_text(json.dumps({"users": users, "roles": roles}))


# --- Setup and teardown ------------------------------------------------------------------


def run(cmd: list[str], env: dict[str, str]) -> None:
    result = subprocess.run(  # noqa: S603 (our own venv's programs, fixed arguments)
        cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"failed ({result.returncode}): {' '.join(cmd)}")


def postgres_admin(url: str, statements: list[str]) -> None:
    """Run statements on the server's `postgres` database (autocommit)."""
    import psycopg

    parts = urllib.parse.urlsplit(url)
    admin_url = urllib.parse.urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as conn:
        for statement in statements:
            conn.execute(statement)


def postgres_name(url: str) -> str:
    name = urllib.parse.urlsplit(url).path.lstrip("/")
    if not name.replace("_", "").isalnum():
        raise SystemExit(f"refusing an odd database name: {name!r}")
    return name


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_healthz(port: int, proc: subprocess.Popen, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {proc.returncode} before answering")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/healthz", headers={"Host": "127.0.0.1"})
            status = conn.getresponse().status
            conn.close()
            if status == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"/healthz did not answer 200 within {timeout:.0f} s")


def stop(proc: subprocess.Popen | None) -> None:
    if proc is None or proc.poll() is not None:
        return
    proc.terminate()  # gunicorn: graceful shutdown of the master and its workers
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        # Own session (start_new_session), so the group is exactly gunicorn's processes.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=5)


def tail(path: Path, lines: int = 40) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


# --- Clients -------------------------------------------------------------------------------


@dataclass
class Stats:
    latencies: dict[str, list[float]] = field(default_factory=lambda: {k: [] for k in KINDS})
    errors: Counter = field(default_factory=Counter)  # kind -> count
    error_kinds: Counter = field(default_factory=Counter)  # (kind, path template, what)
    error_samples: dict = field(default_factory=dict)  # (kind, ...) -> first body snippet
    lock: threading.Lock = field(default_factory=threading.Lock)

    def merge(self, local: Stats) -> None:
        with self.lock:
            for kind, values in local.latencies.items():
                self.latencies[kind].extend(values)
            self.errors.update(local.errors)
            self.error_kinds.update(local.error_kinds)
            for key, sample in local.error_samples.items():
                self.error_samples.setdefault(key, sample)


class Client:
    """One keep-alive connection, one user's cookies; reconnects after any error."""

    def __init__(self, port: int, cookies: dict[str, str]) -> None:
        self.port = port
        self.cookies = cookies
        self.conn: http.client.HTTPConnection | None = None

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def request(
        self, method: str, path: str, body: str | None = None, headers: dict | None = None
    ) -> tuple[int, bytes, list[str]]:
        if self.conn is None:
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=REQUEST_TIMEOUT)
        all_headers = {"Host": "127.0.0.1", "Connection": "keep-alive", **(headers or {})}
        if self.cookies:
            all_headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        try:
            self.conn.request(method, path, body=body, headers=all_headers)
            response = self.conn.getresponse()
            data = response.read()
            set_cookies = response.headers.get_all("Set-Cookie") or []
            if response.will_close:
                self.close()
        except BaseException:
            self.close()
            raise
        return response.status, data, set_cookies


def fetch_csrf(client: Client, draft: str) -> str:
    status, body, set_cookies = client.request("GET", f"/assessments/{draft}/")
    if status != 200:
        raise RuntimeError(f"GET /assessments/{draft}/ answered {status}, not 200: {body[:200]!r}")
    for header in set_cookies:
        jar = http.cookies.SimpleCookie()
        jar.load(header)
        if CSRF_COOKIE in jar:
            return jar[CSRF_COOKIE].value
    raise RuntimeError(f"GET /assessments/{draft}/ set no {CSRF_COOKIE} cookie")


def client_loop(
    client: Client,
    choose,  # () -> (kind, method, path, path template, body, headers)
    deadline: float,
    stats: Stats,
) -> None:
    local = Stats()
    while time.perf_counter() < deadline:
        kind, method, path, template, body, headers = choose()
        started = time.perf_counter()
        what = None
        try:
            status, data, _ = client.request(method, path, body, headers)
            if status != 200:
                what = f"HTTP {status}"
                snippet = data[:300].decode("utf-8", "replace")
        except Exception as exc:  # every failure is a counted error
            what = f"{type(exc).__name__}: {exc}"[:120]
            snippet = ""
        local.latencies[kind].append(time.perf_counter() - started)
        if what is not None:
            local.errors[kind] += 1
            key = (kind, f"{method} {template}", what)
            local.error_kinds[key] += 1
            local.error_samples.setdefault(key, snippet)
    client.close()
    stats.merge(local)


def run_phase(targets: list, seconds: float, stats: Stats) -> float:
    """Run every (client, choose) for `seconds`; return the wall time until all stopped."""
    start = time.perf_counter()
    deadline = start + seconds
    threads = [
        threading.Thread(target=client_loop, args=(c, choose, deadline, stats), daemon=True)
        for c, choose in targets
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start


def healthz_chooser():
    request = ("healthz floor", "GET", "/healthz", "/healthz", None, None)
    return lambda: request


def mix_chooser(user: dict, roles: list[str], csrf: str, rng: random.Random):
    kinds = [kind for kind, _ in MIX]
    weights = [weight for _, weight in MIX]
    draft, submitted = user["draft"], user["submitted"]
    skills = user["draft_skills"]
    form_headers = {
        "HX-Request": "true",
        "X-CSRFToken": csrf,
        "Content-Type": "application/x-www-form-urlencoded",
    }

    def choose():
        kind = rng.choices(kinds, weights)[0]
        if kind == "catalog":
            return kind, "GET", "/roles/", "/roles/", None, None
        if kind == "role page":
            slug = rng.choice(roles)
            return kind, "GET", f"/roles/{slug}/", "/roles/<slug>/", None, None
        if kind == "autosave":
            skill = rng.choice(skills)
            body = urllib.parse.urlencode({"level": rng.randint(0, 5)})
            path = f"/assessments/{draft}/ratings/{skill}/"
            template = "/assessments/<draft>/ratings/<skill>/"
            return kind, "POST", path, template, body, form_headers
        if kind == "report":
            path = f"/assessments/{submitted}/report/"
            return kind, "GET", path, "/assessments/<submitted>/report/", None, None
        path = f"/assessments/{submitted}/report.json"
        return kind, "GET", path, "/assessments/<submitted>/report.json", None, None

    return choose


# --- Report -------------------------------------------------------------------------------


def percentile(sorted_values: list[float], pct: float) -> float:
    """Nearest-rank percentile of an already sorted list."""
    if not sorted_values:
        return float("nan")
    rank = max(1, -(-len(sorted_values) * pct // 100))  # ceil
    return sorted_values[int(rank) - 1]


def summarise(values: list[float], seconds: float, errors: int) -> dict:
    ordered = sorted(values)
    return {
        "requests": len(ordered),
        "rps": len(ordered) / seconds if seconds else 0.0,
        "p50": percentile(ordered, 50) * 1000,
        "p95": percentile(ordered, 95) * 1000,
        "p99": percentile(ordered, 99) * 1000,
        "errors": errors,
    }


def table_rows(stats: Stats, floor_seconds: float, mix_seconds: float) -> list[tuple[str, dict]]:
    rows = [
        (
            "healthz floor",
            summarise(
                stats.latencies["healthz floor"], floor_seconds, stats.errors["healthz floor"]
            ),
        )
    ]
    everything: list[float] = []
    for kind, _ in MIX:
        everything.extend(stats.latencies[kind])
        rows.append((kind, summarise(stats.latencies[kind], mix_seconds, stats.errors[kind])))
    mix_errors = sum(stats.errors[kind] for kind, _ in MIX)
    rows.append(("all mix", summarise(everything, mix_seconds, mix_errors)))
    return rows


HEADERS = ["request", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors"]


def format_row(name: str, s: dict) -> list[str]:
    return [
        name,
        f"{s['requests']:,}",
        f"{s['rps']:.1f}",
        f"{s['p50']:.1f}",
        f"{s['p95']:.1f}",
        f"{s['p99']:.1f}",
        str(s["errors"]),
    ]


def text_table(rows: list[tuple[str, dict]]) -> str:
    cells = [HEADERS] + [format_row(name, s) for name, s in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(HEADERS))]

    def line(row: list[str]) -> str:
        return "  ".join(
            cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row)
        )

    out = [line(cells[0]), "  ".join("-" * w for w in widths)]
    out += [line(row) for row in cells[1:]]
    return "\n".join(out)


def markdown_table(rows: list[tuple[str, dict]]) -> str:
    out = [
        "| " + " | ".join(HEADERS) + " |",
        "|" + "|".join(["---"] + ["---:"] * (len(HEADERS) - 1)) + "|",
    ]
    out += ["| " + " | ".join(format_row(name, s)) + " |" for name, s in rows]
    return "\n".join(out)


def summary_lines(rows: list[tuple[str, dict]]) -> list[str]:
    by_name = dict(rows)
    floor, report, mix = by_name["healthz floor"], by_name["report"], by_name["all mix"]
    share = dict(MIX)["report"]
    ratio_p95 = report["p95"] / floor["p95"] if floor["p95"] else float("nan")
    errors = floor["errors"] + mix["errors"]
    return [
        f"report p95 / floor p95 = {ratio_p95:.1f}× (target < 10×)",
        f"report throughput vs floor throughput: {report['rps']:.1f} / {floor['rps']:.1f} req/s"
        f" = {report['rps'] / floor['rps']:.3f}× (report is {share}% of the mix);"
        f" whole mix {mix['rps']:.1f} req/s = {mix['rps'] / floor['rps']:.2f}× the floor",
        f"errors: {errors} (target 0)",
    ]


def database_version(env: dict[str, str]) -> str:
    code = (
        "import django; django.setup();"
        "from django.db import connection as c;"
        "print(c.vendor, '.'.join(map(str, c.Database.sqlite_version_info))"
        " if c.vendor == 'sqlite' else c.cursor().connection.info.parameter_status("
        "'server_version'))"
    )
    result = subprocess.run(  # noqa: S603 (our own venv's python, fixed arguments)
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "pathly.settings"},
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout.strip() or "unknown"


# --- Main -------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--seconds", type=float, default=30.0, help="length of the mix phase")
    parser.add_argument("--clients", type=int, default=32, help="concurrent clients")
    parser.add_argument(
        "--postgres-url", default=POSTGRES_URL, help="throwaway database (dropped afterwards)"
    )
    parser.add_argument("--markdown", metavar="FILE", help="also append the results to FILE")
    parser.add_argument("--prepare-data", nargs=2, metavar=("OUT", "USERS"), help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.prepare_data:
        prepare_data(args.prepare_data[0], int(args.prepare_data[1]))
        return 0
    if args.clients < 1 or args.seconds <= 0:
        parser.error("--clients and --seconds must be positive")

    # `kill` cleans up as Ctrl-C does: SystemExit runs the finally below.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    tmp = Path(tempfile.mkdtemp(prefix="pathly-loadtest-"))
    if args.database == "sqlite":
        database_url = f"sqlite:///{tmp}/loadtest.sqlite3"
    else:
        database_url = args.postgres_url
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": "".join(
            secrets.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
            for _ in range(50)
        ),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DJANGO_LOG_LEVEL": "WARNING",
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    gunicorn: subprocess.Popen | None = None
    created_postgres = False
    stderr_path = tmp / "gunicorn.stderr"
    try:
        if args.database == "postgres":
            name = postgres_name(database_url)
            postgres_admin(
                database_url,
                [f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', f'CREATE DATABASE "{name}"'],
            )
            created_postgres = True
        python = sys.executable
        n_users = max(MIN_USERS, args.clients)
        print(f"Preparing {args.database}: migrate, seed, {n_users} users, collectstatic …")
        run([python, "manage.py", "migrate", "--no-input", "-v0"], env)
        run([python, "manage.py", "seed", "-v0"], env)
        data_path = tmp / "data.json"
        run(
            [python, str(Path(__file__).resolve()), "--prepare-data", str(data_path), str(n_users)],
            env,
        )
        data = json.loads(data_path.read_text())
        run([python, "manage.py", "collectstatic", "--no-input", "-v0"], env)
        db_version = database_version(env)

        port = free_port()
        # Newer gunicorns open a control socket in ~/.gunicorn: not needed, and it would
        # clash with another gunicorn running on this machine.
        help_text = subprocess.run(  # noqa: S603 (our own venv's gunicorn)
            [str(GUNICORN), "--help"], capture_output=True, text=True, check=False
        ).stdout
        extra = ["--no-control-socket"] if "--no-control-socket" in help_text else []
        with stderr_path.open("w") as stderr:
            gunicorn = subprocess.Popen(  # noqa: S603 (our own venv's gunicorn)
                [
                    str(GUNICORN),
                    "pathly.wsgi",
                    "--bind",
                    f"127.0.0.1:{port}",
                    "--workers",
                    str(WORKERS),
                    "--threads",
                    str(THREADS),
                    "--worker-class",
                    "gthread",
                    *extra,
                ],
                cwd=ROOT,
                env=env,
                stdout=stderr,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        wait_for_healthz(port, gunicorn)

        users = data["users"]
        roles = data["roles"]
        nproc = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
        facts = [
            f"machine: {nproc} CPUs (nproc), {platform.platform()}",
            f"python: {platform.python_version()}",
            f"database: {args.database} ({db_version})",
            f"server: gunicorn, {WORKERS} workers × {THREADS} threads (gthread) on a"
            f" {nproc}-core machine; DJANGO_DEBUG=false, HTTPS redirect off",
            f"load: {args.clients} clients (threads, keep-alive, same machine),"
            f" {len(users)} users, {len(roles)} published roles,"
            f" submitted {SUBMITTED_ROLE} ({users[0]['submitted_skills']} skills),"
            f" draft {DRAFT_ROLE} ({len(users[0]['draft_skills'])} skills)",
        ]
        print("\n".join(facts))

        stats = Stats()
        floor_seconds = max(5.0, args.seconds / 3)
        print(f"Phase 1: GET /healthz (anonymous), {floor_seconds:.0f} s …")
        floor_targets = [(Client(port, {}), healthz_chooser()) for _ in range(args.clients)]
        floor_wall = run_phase(floor_targets, floor_seconds, stats)

        mix_targets = []
        for i in range(args.clients):
            user = users[i % len(users)]
            client = Client(port, {SESSION_COOKIE: user["session_key"]})
            csrf = fetch_csrf(client, user["draft"])
            client.cookies[CSRF_COOKIE] = csrf
            mix_targets.append((client, mix_chooser(user, roles, csrf, random.Random(i))))
        print(f"Phase 2: the mix, {args.seconds:.0f} s …")
        mix_wall = run_phase(mix_targets, args.seconds, stats)

        rows = table_rows(stats, floor_wall, mix_wall)
        summary = summary_lines(rows)
        print()
        print(text_table(rows))
        print()
        print("\n".join(summary))
        total_errors = sum(stats.errors.values())
        if total_errors:
            print("\nErrors by URL:")
            for (kind, url, what), count in stats.error_kinds.most_common():
                print(f"  {count:6d}  {kind}: {url} → {what}")
                sample = stats.error_samples.get((kind, url, what))
                if sample:
                    print("          " + " ".join(sample.split())[:200])
            print(f"\ngunicorn stderr (last 40 lines of {stderr_path.name}):")
            print(tail(stderr_path) or "  (empty)")

        if args.markdown:
            stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
            section = [
                f"### Load test: {args.database}, {stamp},"
                f" {args.clients} clients, {args.seconds:g} s mix",
                "",
                *(f"- {fact}" for fact in facts),
                "",
                markdown_table(rows),
                "",
                *(f"- {line}" for line in summary),
                "",
            ]
            with open(args.markdown, "a", encoding="utf-8") as fh:
                fh.write("\n".join(section) + "\n")
        return 1 if total_errors else 0
    except BaseException:
        if stderr_path.exists() and stderr_path.stat().st_size:
            print(f"\ngunicorn stderr (last 40 lines):\n{tail(stderr_path)}", file=sys.stderr)
        raise
    finally:
        stop(gunicorn)
        if created_postgres:
            try:
                postgres_admin(
                    database_url,
                    [f'DROP DATABASE IF EXISTS "{postgres_name(database_url)}" WITH (FORCE)'],
                )
            except Exception as exc:  # report it and carry on cleaning up
                print(f"could not drop the PostgreSQL database: {exc}", file=sys.stderr)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
