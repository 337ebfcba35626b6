"""Session lifetime (an idle timeout that slides, and an absolute one that does not)
and private pages that no cache keeps."""

from __future__ import annotations

import time
from collections.abc import Callable

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse, QueryDict
from django.utils.cache import patch_cache_control

LOGIN_AT = "pathly_login_at"
SEEN_AT = "pathly_seen_at"


@receiver(user_logged_in)
def _remember_login_time(sender, request, user, **kwargs) -> None:
    if request is not None and hasattr(request, "session"):
        now = int(time.time())
        request.session[LOGIN_AT] = now
        request.session[SEEN_AT] = now


class SessionLifetimeMiddleware:
    """Log out sessions older than SESSION_ABSOLUTE_LIFETIME; keep active ones alive.

    Django expires a session SESSION_COOKIE_AGE after it was last saved. Touching
    it at most every SESSION_REFRESH_INTERVAL seconds makes that an idle timeout
    without writing the session on every request.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated:
            now = int(time.time())
            login_at = request.session.get(LOGIN_AT)
            if login_at is None:
                request.session[LOGIN_AT] = login_at = now
            if now - login_at > settings.SESSION_ABSOLUTE_LIFETIME:
                logout(request)
            elif now - request.session.get(SEEN_AT, 0) > settings.SESSION_REFRESH_INTERVAL:
                request.session[SEEN_AT] = now
        return self.get_response(request)


# Pages for one person's eyes even without a session: a share link, a review link.
PRIVATE_PREFIXES = ("/shared/", "/review/")


class PrivatePagesMiddleware:
    """`Cache-Control: private, no-store` on every page for a signed-in user and on
    share and review links: no shared cache or browser history keeps someone's
    report, export or draft. Pages that set their own Cache-Control keep it."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        personal = request.user.is_authenticated or request.path.startswith(PRIVATE_PREFIXES)
        if personal and "Cache-Control" not in response:
            patch_cache_control(response, private=True, no_store=True)
        return response


class NulFreeQueryMiddleware:
    """Drop NUL characters from every query parameter, once, for every view (the
    admin's filters and autocomplete included): PostgreSQL refuses NUL in text, and
    no legitimate link carries one."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if "\x00" in request.META.get("QUERY_STRING", "") or any(
            "\x00" in key or any("\x00" in v for v in values) for key, values in request.GET.lists()
        ):
            cleaned = QueryDict(mutable=True)
            for key, values in request.GET.lists():
                cleaned.setlist(key.replace("\x00", ""), [v.replace("\x00", "") for v in values])
            cleaned._mutable = False
            request.GET = cleaned
        return self.get_response(request)
