"""Reading free-text query parameters safely."""

from __future__ import annotations

from django.http import HttpRequest


def query_param(request: HttpRequest, name: str, *, max_length: int = 100) -> str:
    """A trimmed GET parameter, at most `max_length` characters (NUL characters are
    already gone: `pathly.middleware.NulFreeQueryMiddleware`)."""
    return request.GET.get(name, "").strip()[:max_length]
