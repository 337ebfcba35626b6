from __future__ import annotations

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


def role_detail(request: HttpRequest, slug: str) -> HttpResponse:
    role = get_object_or_404(
        Role.objects.visible_to(request.user).select_related("track"), slug=slug
    )
    groups = selectors.role_requirement_groups(role)
    preview = None
    if request.user.is_authenticated:
        # Where this role stands, and where it leads, from the user's latest ratings.
        from assessments import career

        ratings = career.ratings_of(career.skill_profile(request.user))
        if ratings:
            preview = {
                "fit": career.scoring.fit(
                    career.requirement_inputs(q for g in groups for q in g.requirements), ratings
                ),
                "steps": career.ladder_steps(role, ratings),
            }
    return render(
        request,
        "roles/detail.html",
        {
            "role": role,
            "groups": groups,
            "requirement_count": (count := sum(len(g.requirements) for g in groups)),
            # About 20 seconds a skill: reading the anchors and choosing honestly.
            "assess_minutes": max(5, round(count / 3)),
            "neighbours": selectors.role_neighbours(role, user=request.user),
            "preview": preview,
        },
    )
