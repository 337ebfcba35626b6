from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from pathly.params import query_param
from roles import selectors, services
from roles.extraction import extract
from roles.forms import JobAdForm, PersonalRoleForm, SuggestionFormSet
from roles.models import Role, Skill, Track


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
        Role.objects.viewable_by(request.user).select_related("track"), slug=slug
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


# --- Personal roles from a job ad ---------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def role_from_text(request: HttpRequest) -> HttpResponse:
    """Paste a job ad (step 1), review the skills it asks for (step 2), save a
    personal role that only its owner sees."""
    if request.method == "POST" and request.POST.get("step") == "review":
        return _review(request)
    form = JobAdForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        result = extract(
            form.cleaned_data["text"],
            selectors.skill_vocabulary(),
            title=form.cleaned_data["title"],
        )
        formset = SuggestionFormSet(
            initial=[
                {
                    "skill": s.skill,
                    "keep": True,
                    "level": s.level,
                    "importance": s.importance,
                    "evidence": s.evidence,
                }
                for s in result.skills
            ]
        )
        role_form = PersonalRoleForm(
            initial={"name": result.title or "My target role", "level": result.level}
        )
        return _render_review(request, role_form, formset, found=len(result.skills))
    return render(
        request,
        "roles/from_text.html",
        {"form": form, "personal_roles": selectors.personal_roles(request.user)},
        status=400 if request.method == "POST" else 200,
    )


def _review(request: HttpRequest) -> HttpResponse:
    role_form = PersonalRoleForm(request.POST)
    formset = SuggestionFormSet(request.POST)
    if not (role_form.is_valid() and formset.is_valid()):
        return _render_review(request, role_form, formset, status=400)
    rows = [f.cleaned_data for f in formset.forms]
    if added := role_form.cleaned_data["add_skill"]:
        if any(r["skill"] == added.slug for r in rows):
            role_form.add_error("add_skill", f"{added.name} is already in the list.")
            return _render_review(request, role_form, formset, status=400)
        rows.append(
            {
                "skill": added.slug,
                "keep": True,
                "importance": "important",
                "evidence": "",
                "level": min(5, max(1, role_form.cleaned_data["level"] + 1)),
            }
        )
    if request.POST.get("action") != "save":  # "Add": show the list again with it
        return _render_review(
            request,
            PersonalRoleForm(initial={**role_form.cleaned_data, "add_skill": ""}),
            SuggestionFormSet(initial=rows),
        )
    kept = [r for r in rows if r["keep"]]
    if not kept:
        role_form.add_error(None, "Keep at least one skill: a role needs something to assess.")
        return _render_review(request, role_form, SuggestionFormSet(initial=rows), status=400)
    role = services.personal_role_create(
        owner=request.user,
        title=role_form.cleaned_data["name"],
        level=role_form.cleaned_data["level"],
        requirements=kept,
    )
    messages.success(
        request, f"“{role.title}” is saved with {len(kept)} skills. Only you can see it."
    )
    return redirect(role)


def _render_review(request, role_form, formset, *, found=None, status=200) -> HttpResponse:
    slugs = [f["skill"].value() for f in formset.forms]
    skills = Skill.objects.in_bulk(slugs, field_name="slug")
    return render(
        request,
        "roles/from_text_review.html",
        {
            "role_form": role_form,
            "formset": formset,
            "rows": [
                (f, skill.name if skill else f["skill"].value(), skill.category if skill else "")
                for f in formset.forms
                for skill in [skills.get(f["skill"].value())]
            ],
            "found": found,
            "catalog_skills": Skill.objects.order_by("name").values_list("name", flat=True),
        },
        status=status,
    )


@login_required
@require_POST
def personal_role_delete(request: HttpRequest, slug: str) -> HttpResponse:
    role = get_object_or_404(Role.objects.personal(request.user), slug=slug)
    assessments = services.personal_role_delete(role=role)
    extra = (
        f" and its {assessments} assessment{'s' if assessments != 1 else ''}" if assessments else ""
    )
    messages.success(request, f"“{role.title}”{extra} deleted.")
    return redirect("roles:from_text")
