from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from pathly.params import query_param
from roles import selectors
from roles.models import Role, Track


def catalog(request: HttpRequest) -> HttpResponse:
    filters = selectors.CatalogFilters(
        q=query_param(request, "q"),
        track=query_param(request, "track"),
        skill=query_param(request, "skill"),
    )
    context = {
        "filters": filters,
        "tracks": selectors.catalog_tracks(user=request.user, filters=filters),
        "all_tracks": Track.objects.only("slug", "name"),
        "skills": selectors.skill_choices(),
    }
    if request.htmx:
        return render(request, "roles/catalog.html#results", context)
    return render(request, "roles/catalog.html", context)


Preview = Callable[[HttpRequest, Role], Any]


def role_detail(request: HttpRequest, slug: str, preview: Preview | None = None) -> HttpResponse:
    """The role, its skills and its ladder. `preview`, wired in the root URLconf, adds
    what the rest of the site knows about the visitor and this role (their fit)."""
    role = get_object_or_404(
        Role.objects.visible_to(request.user).select_related("track"), slug=slug
    )
    groups = selectors.role_requirement_groups(role)
    return render(
        request,
        "roles/detail.html",
        {
            "role": role,
            "groups": groups,
            "requirement_count": (count := sum(len(g.requirements) for g in groups)),
            # About 20 seconds a skill: reading the anchors and choosing honestly.
            "assess_minutes": max(5, round(count / 3)),
            "neighbours": (neighbours := selectors.role_neighbours(role, user=request.user)),
            "derived_from": neighbours.derived_from(role) if role.is_derived else [],
            "preview": (shown := preview(request, role) if preview else None),
            # "" (never assessed), "draft" or "submitted": the button's wording.
            "preview_state": (shown or {}).get("state") or "",
        },
    )
