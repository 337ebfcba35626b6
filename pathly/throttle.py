"""A small fixed-window throttle kept in the database, so every process and machine
shares it (no process memory, no extra service). Django's cache framework would
need a configured shared backend; this needs nothing but the database.
"""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from pathly.models import ThrottleCounter


def allow(key: str, *, limit: int, per: timedelta) -> bool:
    """Count one hit of `key`; False once it has been hit more than `limit` times in
    the current window of `per` (the window starts at its first hit)."""
    now = timezone.now()
    with transaction.atomic():
        counter, created = ThrottleCounter.objects.select_for_update().get_or_create(
            key=key[:200], defaults={"window_started_at": now, "hits": 1}
        )
        if created:
            return True
        if counter.window_started_at <= now - per:
            counter.window_started_at, counter.hits = now, 1
        else:
            counter.hits += 1
        counter.save(update_fields=["window_started_at", "hits"])
        return counter.hits <= limit


def client_ip(request) -> str:
    return request.META.get("REMOTE_ADDR", "") or "unknown"
