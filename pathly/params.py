"""Reading free-text query parameters safely."""

from __future__ import annotations

from django.http import HttpRequest


def query_param(request: HttpRequest, name: str, *, max_length: int = 100) -> str:
    """A trimmed GET parameter without NUL characters (PostgreSQL rejects them)."""
    return request.GET.get(name, "").replace("\x00", "").strip()[:max_length]
