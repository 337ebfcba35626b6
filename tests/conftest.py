"""Shared test set-up: fast hashing, loud templates, shared worlds, query counts, browser glue."""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

import pytest

from tests import factories
from tests.factories import UserFactory

if TYPE_CHECKING:
    from roles.models import Role

# Playwright's sync API runs an asyncio loop in the test thread; Django would then
# refuse ORM calls during test-database set-up. Tests only: never in settings.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ARTIFACTS = Path(__file__).parent / "browser" / "artifacts"


@pytest.fixture(autouse=True, scope="session")
def _fast_and_quiet_settings():
    # Session-wide, so that rows built once per module (see `module_rows`) get them too.
    from django.conf import settings
    from django.test import override_settings

    with override_settings(
        PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        STORAGES={
            **settings.STORAGES,
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        },
        # Serve static files straight from the apps, as runserver does (no collectstatic).
        WHITENOISE_USE_FINDERS=True,
        WHITENOISE_AUTOREFRESH=True,
    ):
        yield


# --- Undefined template variables fail the test --------------------------------
# Django logs "Exception while resolving variable" on the django.template logger
# and renders "" instead; this filter turns that into an error for our own
# templates (third-party ones, e.g. admin and crispy, probe optional variables).
_THIRD_PARTY_TEMPLATE_PREFIXES = (
    "admin/",
    "auth/",
    "bootstrap5/",
    "django/",
    "crispy",
    "django_htmx/",
)


class UndefinedTemplateVariable(Exception):
    pass


class _RaiseOnUndefinedVariable(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if record.msg.startswith("Exception while resolving variable"):
            variable, template_name = record.args
            if not str(template_name).startswith(_THIRD_PARTY_TEMPLATE_PREFIXES):
                raise UndefinedTemplateVariable(
                    f"Undefined template variable {variable!r} in {template_name!r}"
                )
        return False


@pytest.fixture(autouse=True, scope="session")
def _loud_templates():
    logger = logging.getLogger("django.template")
    flt = _RaiseOnUndefinedVariable()
    previous_level = logger.level
    logger.setLevel(logging.DEBUG)
    logger.addFilter(flt)
    yield
    logger.removeFilter(flt)
    logger.setLevel(previous_level)


# --- Common users --------------------------------------------------------------
@pytest.fixture
def alice(db):
    return UserFactory(username="alice", display_name="Alice A.")


@pytest.fixture
def bob(db):
    return UserFactory(username="bob", display_name="Bob B.")


@pytest.fixture
def alice_client(client, alice):
    client.force_login(alice)
    return client


@pytest.fixture
def csrf_client(db):
    from django.test import Client

    return Client(enforce_csrf_checks=True)


# --- Rows built once per module -------------------------------------------------
@pytest.fixture(scope="module")
def module_rows(
    django_db_setup, django_db_blocker
) -> Iterator[Callable[[], AbstractContextManager]]:
    """One transaction around a whole module, for rows a module-scoped fixture builds once.

    The fixture builds inside `with module_rows():` (the only time it may touch the
    database); its rows are rolled back after the module's last test. Tests still
    request `db`: each runs in a savepoint inside this transaction, so whatever a
    test writes (a POST, a login, a new draft) is undone before the next test.
    """
    from django.db import transaction

    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
    yield django_db_blocker.unblock
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)


def _load_seed_catalog() -> None:
    from django.core.management import call_command

    call_command("loaddata", "catalog", verbosity=0)


@pytest.fixture
def seed_catalog(db) -> None:
    """The seed catalog (fixtures/catalog.json), loaded for this test."""
    _load_seed_catalog()


@pytest.fixture(scope="module")
def seed_catalog_for_module(module_rows) -> None:
    """The seed catalog, loaded once for the module (tests request `db` as well)."""
    with module_rows():
        _load_seed_catalog()


# --- The hand-made SRE catalog (builders in tests/factories.py) -----------------
@pytest.fixture
def senior_sre(db) -> Role:
    """Senior SRE on the SRE track: Kubernetes 4 critical, Terraform 3, Communication 3."""
    return factories.senior_sre()


# --- Query counts that do not grow with the data -------------------------------
T = TypeVar("T")


class AssertFlatQueries(Protocol):
    def __call__(
        self,
        first: Callable[[], T],
        *,
        at_most: int,
        grow: Callable[[], object] | None = None,
        then: Callable[[], T] | None = None,
    ) -> T: ...


def _run_counting(action: Callable[[], T]) -> tuple[T, list[str]]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as context:
        result = action()
    return result, [query["sql"] for query in context.captured_queries]


def _listing(title: str, queries: list[str]) -> str:
    lines = "\n".join(f"  {i}. {sql}" for i, sql in enumerate(queries, 1))
    return f"{title} ({len(queries)} queries):\n{lines}"


@pytest.fixture
def assert_flat_queries() -> AssertFlatQueries:
    """Measure, add rows, measure again: the second run makes no more queries than the first.

    `first` may make at most `at_most` queries. Then `grow()` adds rows, and `then`
    (by default `first` again; or the same page of a bigger object, built before)
    may make no more queries than `first` did. A failure lists every query of both
    runs. Returns what the last run returned.
    """

    def check(first, *, at_most, grow=None, then=None):
        _, before = _run_counting(first)
        if len(before) > at_most:
            pytest.fail(
                f"Expected at most {at_most} queries, {len(before)} were done.\n"
                + _listing("Queries", before)
            )
        if grow is not None:
            grow()
        result, after = _run_counting(then or first)
        if len(after) > len(before):
            pytest.fail(
                f"The query count grew from {len(before)} to {len(after)}.\n"
                + _listing("Before", before)
                + "\n"
                + _listing("After", after)
            )
        return result

    return check


# --- Real browser (pytest-playwright + a Chromium found on the machine) --------
def find_chromium() -> str | None:
    """The Chromium to drive: $PATHLY_CHROMIUM, Debian's, or Playwright's own download."""
    candidates = [os.environ.get("PATHLY_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")]
    for candidate in candidates:
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


def _playwright_has_own_chromium() -> bool:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        return Path(p.chromium.executable_path).exists()


NO_BROWSER_MESSAGE = (
    "No Chromium for the browser tests. Install one: `apt-get install chromium` (Debian/Ubuntu), "
    "or `.venv/bin/python -m playwright install chromium` where the network allows, "
    "or point PATHLY_CHROMIUM at a Chromium/Chrome binary. `make test` tries the first two."
)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args, tmp_path_factory):
    executable = find_chromium()
    if executable is None and not _playwright_has_own_chromium():
        pytest.fail(NO_BROWSER_MESSAGE, pytrace=False)
    xdg = tmp_path_factory.mktemp("chromium-xdg")
    args = {
        **browser_type_launch_args,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
        "env": {
            **os.environ,
            "XDG_CONFIG_HOME": str(xdg / "config"),
            "XDG_CACHE_HOME": str(xdg / "cache"),
        },
    }
    if executable:
        args["executable_path"] = executable
    return args


@pytest.fixture
def screenshot(page):
    """Save a full-page screenshot under tests/browser/artifacts/ (git-ignored)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)

    def take(name: str, *, width: int | None = None) -> Path:
        if width:
            page.set_viewport_size({"width": width, "height": 900})
        path = ARTIFACTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take
