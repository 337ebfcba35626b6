"""Every URL pattern of the project, for anonymous / other user / owner / staff.

The patterns come from the URLconf itself: a new URL without a row in ROWS (or,
for the admin, without matching the admin rule) fails
`test_every_url_pattern_has_a_row`. Owner-only data answers 404 to anyone else,
never 403: its existence is not confirmed.
"""

from __future__ import annotations

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from assessments.services import invitation_create
from tests.factories import (
    LearningResourceFactory,
    RoleFactory,
    RoleTransitionFactory,
    UserFactory,
    role_with_requirements,
    shared_report_and_draft,
)

ANON, OTHER, OWNER, STAFF = "anonymous", "other", "owner", "staff"
WHO = (ANON, OTHER, OWNER, STAFF)
LOGIN = "login-redirect"  # 302 to the login page


def row(method: str, anonymous, other, owner, staff=None) -> dict:
    return {
        "method": method,
        ANON: anonymous,
        OTHER: other,
        OWNER: owner,
        STAFF: other if staff is None else staff,
    }


# name → method and expected status for each kind of visitor. "Owner" is the
# owner of the assessment (or the logged-in user for account pages); "staff" is a
# superuser who does not own it.
ROWS = {
    "home": row("GET", 200, 200, 200),
    "healthz": row("GET", 200, 200, 200),
    "signup": row("GET", 200, 302, 302),
    "profile": row("GET", LOGIN, 200, 200),
    # The mailed link is its own credential: a wrong one is answered like any other.
    "email_confirm": row("GET", 200, 200, 200),
    "email_confirm_resend": row("POST", LOGIN, 302, 302),
    "account_export": row("GET", LOGIN, 200, 200),
    "account_delete": row("GET", LOGIN, 200, 200),
    "login": row("GET", 200, 200, 200),
    "logout": row("POST", 302, 302, 302),
    "password_change": row("GET", LOGIN, 200, 200),
    "password_change_done": row("GET", LOGIN, 200, 200),
    "password_reset": row("GET", 200, 200, 200),
    "password_reset_done": row("GET", 200, 200, 200),
    "password_reset_confirm": row("GET", 200, 200, 200),
    "password_reset_complete": row("GET", 200, 200, 200),
    "roles:catalog": row("GET", 200, 200, 200),
    "roles:fit": row("GET", LOGIN, 200, 200),
    "roles:fit_json": row("GET", LOGIN, 200, 200),
    "roles:detail": row("GET", 200, 200, 200),
    "roles:assess": row("POST", LOGIN, 302, 302),
    "roles:from_text": row("GET", LOGIN, 200, 200),
    # Only a personal role can be deleted, only by its owner: a catalog role is 404.
    "roles:delete": row("POST", LOGIN, 404, 404),
    "assessments:list": row("GET", LOGIN, 200, 200),
    "assessments:compare": row("GET", LOGIN, 200, 200),
    "assessments:take": row("GET", LOGIN, 404, 200),
    "assessments:rating_save": row("POST", LOGIN, 404, 400),  # nothing posted → 400
    "assessments:submit": row("POST", LOGIN, 404, 302),
    "assessments:retake": row("POST", LOGIN, 404, 302),
    "assessments:report": row("GET", LOGIN, 404, 200),
    "assessments:report_json": row("GET", LOGIN, 404, 200),
    "assessments:report_csv": row("GET", LOGIN, 404, 200),
    "assessments:share": row("POST", LOGIN, 404, 302),
    "assessments:reviews": row("POST", LOGIN, 404, 400),  # nothing posted → 400
    "shared_report": row("GET", 200, 200, 200),
    # Whoever holds an open review link (no account needed) gets the blind page.
    "review": row("GET", 200, 200, 200),
}

# Admin pages: staff only. Everyone else is sent to the admin login.
ADMIN_DEFAULT = row("GET", 302, 302, 302, 200)
ADMIN_OVERRIDES = {
    "admin:login": row("GET", 200, 200, 200, 302),
    # Non-staff are sent to the admin index (which then asks them to log in).
    "admin:logout": row("POST", 302, 302, 302, 302),
    # Login attempts are written by django-axes only, never added by hand.
    "admin:axes_accessattempt_add": row("GET", 302, 302, 302, 403),
    "admin:axes_accessfailurelog_add": row("GET", 302, 302, 302, 403),
    "admin:axes_accesslog_add": row("GET", 302, 302, 302, 403),
    "admin:view_on_site": row("GET", 302, 302, 302, 302),
    "admin:autocomplete": row("GET", 302, 302, 302, 403),  # no field given → refused
}

# Assessment URLs that act on the draft rather than the submitted assessment.
ON_DRAFT = {"assessments:take", "assessments:rating_save", "assessments:submit"}


def walk(patterns, namespace: str = "") -> list[tuple[str, object]]:
    found = []
    for p in patterns:
        if isinstance(p, URLResolver):
            ns = f"{namespace}{p.namespace}:" if p.namespace else namespace
            found += walk(p.url_patterns, ns)
        elif isinstance(p, URLPattern) and p.name:
            found.append((f"{namespace}{p.name}", p))
    return found


PATTERNS = dict(walk(get_resolver().url_patterns))


def expectation(name: str) -> dict:
    if name.startswith("admin:"):
        return ADMIN_OVERRIDES.get(name, ADMIN_DEFAULT)
    return ROWS[name]


def test_every_url_pattern_has_a_row():
    missing = [n for n in PATTERNS if not n.startswith("admin:") and n not in ROWS]
    stale = [n for n in ROWS if n not in PATTERNS]
    assert missing == [], f"URL patterns without an access-control row: {missing}"
    assert stale == [], f"Rows for URL patterns that no longer exist: {stale}"


@pytest.fixture(scope="module")
def matrix_world(module_rows) -> dict:
    """Users, roles, assessments, a share link and one row of every admin model: built once.

    Tests read it through `world`, which runs each test in its own savepoint: what a
    POST or a log-in writes is rolled back before the next case.
    """
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog
    from django.contrib.auth.models import Group

    with module_rows():
        owner = UserFactory(username="owner")
        other = UserFactory(username="other")
        staff = UserFactory(username="staff", is_staff=True, is_superuser=True)
        role = role_with_requirements(3, slug="matrix-role")
        RoleFactory(slug="unpublished", is_published=False)
        submitted, draft = shared_report_and_draft(
            owner, rated=2, role=role, draft_role=role_with_requirements(2, slug="draft-role")
        )
        invitation = invitation_create(assessment=submitted, relationship="peer")
        # One object of every admin-registered model, for change/delete/history pages.
        Group.objects.create(name="Curators")
        LearningResourceFactory()
        RoleTransitionFactory()
        axes_row = {"username": "x", "ip_address": "192.0.2.1", "user_agent": "t", "path_info": "/"}
        AccessAttempt.objects.create(**axes_row, get_data="", post_data="", failures_since_start=1)
        AccessFailureLog.objects.create(**axes_row, locked_out=False)
        AccessLog.objects.create(**axes_row)
    return {
        "users": {OTHER: other, OWNER: owner, STAFF: staff},
        "role": role,
        "submitted": submitted,
        "draft": draft,
        "invitation": invitation,
    }


@pytest.fixture
def world(db, matrix_world) -> dict:
    return matrix_world


def kwargs_for(name: str, pattern, world) -> dict:
    params = set(pattern.pattern.converters) | set(pattern.pattern.regex.groupindex)
    assessment = world["draft"] if name in ON_DRAFT else world["submitted"]
    from django.contrib.contenttypes.models import ContentType

    values = {
        "public_id": assessment.public_id,
        "slug": world["role"].slug,
        "skill_slug": assessment.items.first().skill.slug,
        "token": world["submitted"].share_token,
        "uidb64": "MQ",
        "app_label": "roles",
        "object_id": str(world["role"].pk),
        "content_type_id": ContentType.objects.get_for_model(world["role"]).pk,
    }
    if name == "password_reset_confirm":
        values["token"] = "set-password"
    if name == "review":
        values["token"] = world["invitation"].token
    if name.startswith("admin:") and "object_id" in params and name != "admin:view_on_site":
        values["object_id"] = str(admin_model(name).objects.order_by("pk").first().pk)
    values["id"] = str(world["users"][OWNER].pk)  # the user admin's password page
    return {p: values[p] for p in params}


def admin_model(name: str):
    """The model behind an admin URL name such as admin:roles_role_change."""
    from django.apps import apps
    from django.contrib import admin

    for model in admin.site._registry:
        prefix = f"admin:{model._meta.app_label}_{model._meta.model_name}_"
        if name.startswith(prefix):
            return apps.get_model(model._meta.label)
    raise LookupError(name)


def cases():
    for name in sorted(PATTERNS):
        for who in WHO:
            yield pytest.param(name, who, id=f"{name}-{who}")


@pytest.mark.parametrize(("name", "who"), list(cases()))
def test_access(client, world, name, who):
    pattern = PATTERNS[name]
    if (
        name.startswith("admin:")
        and "(?P<" in str(pattern.pattern)
        and not pattern.pattern.regex.groupindex
    ):
        pytest.fail(f"{name}: unnamed URL parameters cannot be filled")
    url = reverse(name, kwargs=kwargs_for(name, pattern, world))
    expected = expectation(name)
    if who != ANON:
        client.force_login(world["users"][who])

    response = client.post(url) if expected["method"] == "POST" else client.get(url)

    want = expected[who]
    if want == LOGIN:
        assert response.status_code == 302, (url, response.status_code)
        assert response["Location"].startswith(reverse("login")), response["Location"]
    else:
        assert response.status_code == want, (url, who, response.status_code)
        if name.startswith("admin:") and want == 302 and who != STAFF and name != "admin:logout":
            assert "/admin/login/" in response["Location"]


def test_staff_have_no_admin_for_anyones_assessments(client, admin_user):
    """DECISIONS.md: personal data stays out of the admin, by design."""
    from django.contrib import admin

    from assessments.models import Assessment, AssessmentItem, Review, ReviewInvitation

    assert not {Assessment, AssessmentItem, Review, ReviewInvitation} & set(admin.site._registry)
    client.force_login(admin_user)
    assert client.get("/admin/assessments/assessment/").status_code == 404


# A personal role (from a job ad): its owner's alone. Staff see it only in the admin.
PERSONAL_ROWS = {
    "roles:detail": row("GET", 404, 404, 200, 404),
    "roles:assess": row("POST", LOGIN, 404, 302, 404),
    "roles:delete": row("POST", LOGIN, 404, 302, 404),
}


@pytest.mark.parametrize(
    ("name", "who"), [(n, w) for n in PERSONAL_ROWS for w in WHO], ids=lambda v: str(v)
)
def test_access_to_a_personal_role(client, world, name, who):
    from roles.services import personal_role_create

    role = personal_role_create(
        owner=world["users"][OWNER],
        title="From an ad",
        level=3,
        requirements=[
            {
                "skill": world["role"].requirements.first().skill.slug,
                "level": 3,
                "importance": "critical",
                "evidence": "Strong skills",
            }
        ],
    )
    expected = PERSONAL_ROWS[name]
    if who != ANON:
        client.force_login(world["users"][who])
    url = reverse(name, args=[role.slug])

    response = client.post(url) if expected["method"] == "POST" else client.get(url)

    if expected[who] == LOGIN:
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))
    else:
        assert response.status_code == expected[who], (name, who, response.status_code)
