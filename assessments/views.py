from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urlsplit
from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseRedirect,
    JsonResponse,
    QueryDict,
)
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST
from django_htmx.http import HttpResponseClientRedirect

from assessments import career, exports, reports, scoring, selectors, services, take
from assessments.forms import (
    CompareForm,
    InvitationForm,
    KeepPrefilledForm,
    RatingForm,
    RatingsForm,
    ReviewForm,
    ShareForm,
    TakeViewForm,
)
from assessments.models import Assessment, InvitationState, Relationship
from pathly import throttle
from roles.models import Role

TAKE_TEMPLATE = "assessments/take.html"


def _get_assessment_for_user(request: HttpRequest, public_id: UUID) -> Assessment:
    """The assessment if it belongs to the requesting user; 404 for anyone else."""
    return get_object_or_404(
        Assessment.objects.select_related("role"), public_id=public_id, user=request.user
    )


def _error_response(request: HttpRequest, error: services.AssessmentError) -> HttpResponse:
    """A 4xx with the rule's message: plain text for htmx, a page otherwise."""
    if request.htmx:
        return HttpResponse(error.message, status=error.status, content_type="text/plain")
    return render(
        request, "assessments/error.html", {"message": error.message}, status=error.status
    )


@login_required
@require_http_methods(["GET", "POST"])
def assessment_start(request: HttpRequest, slug: str) -> HttpResponse:
    """POST starts (or resumes) an assessment. GET — where login sends people back —
    shows the one-button confirmation instead of an error."""
    role = get_object_or_404(
        Role.objects.assessable_by(request.user).select_related("track"), slug=slug
    )
    if request.method == "GET":
        draft = Assessment.objects.drafts().filter(user=request.user, role=role).first()
        return render(request, "assessments/start.html", {"role": role, "draft": draft})
    # Skills already rated in earlier assessments start from the latest rating,
    # so people only fill in what is new for this role (and can change the rest).
    prefill = {
        entry.skill_id: services.Prefill(entry.rated, entry.note, entry.confidence)
        for entry in selectors.skill_profile(request.user).values()
    }
    try:
        assessment, created = services.assessment_start(
            user=request.user, role=role, prefill=prefill
        )
    except services.RoleNotAssessable as error:
        messages.error(request, error.message)
        return redirect(role)
    if not created:
        messages.info(request, "Welcome back: you are resuming your draft for this role.")
    return redirect(assessment)


@login_required
def assessment_list(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "assessments/list.html",
        {"assessments": selectors.assessments_for_user(request.user)},
    )


@login_required
@require_http_methods(["GET", "POST"])
def assessment_take(request: HttpRequest, public_id: UUID) -> HttpResponse:
    assessment = _get_assessment_for_user(request, public_id)
    if assessment.is_submitted:
        if request.method == "POST" and "submit" in request.POST:
            # The second of a double "Submit": the report is what they want.
            return HttpResponseRedirect(assessment.get_report_url(), status=303)
        if request.method == "POST":
            return _error_response(
                request,
                services.AssessmentLocked(
                    "This assessment was submitted and can no longer change. "
                    "Retake it to record new ratings."
                ),
            )
        return redirect(assessment.get_report_url())
    if request.method == "POST":
        buttons = KeepPrefilledForm(request.POST)
        if buttons.is_valid() and buttons.cleaned_data["keep_prefilled"]:
            kept = services.prefilled_keep(assessment=assessment)
            messages.success(
                request, f"Kept {kept} carried-over rating{'s' if kept != 1 else ''} as they are."
            )
            return redirect(assessment)
        form = RatingsForm(request.POST, skills=selectors.skill_names(assessment))
        try:
            if form.unknown_skills:
                raise services.unknown_skills_error(form.unknown_skills)
            if not form.is_valid():
                raise services.InvalidRating(form.message)
            changed = services.ratings_save_many(
                assessment=assessment,
                ratings=form.ratings(),
                notes=form.notes(),
                confidences=form.confidences(),
            )
        except services.AssessmentError as error:
            return _error_response(request, error)
        if "submit" in request.POST:
            return _submit(request, assessment)
        messages.success(
            request,
            f"Saved {len(changed)} change{'s' if len(changed) != 1 else ''}."
            if changed
            else "Nothing to save: no rating changed.",
        )
        # Back to the section just saved: the one of the last skill that changed.
        last = changed[-1] if changed else None
        fragment = f"#{take.group_id(last.kind, last.category)}" if last else ""
        return HttpResponseRedirect(f"{assessment.get_absolute_url()}{fragment}")
    show = TakeViewForm(request.GET).show_value
    return render(request, TAKE_TEMPLATE, _take_context(selectors.take_rows(assessment, show=show)))


def _take_context(rows: selectors.TakeRows, *, saved: bool = False) -> dict:
    page = take.take_page(rows)
    context = {
        "assessment": rows.assessment,
        "page": page,
        "progress": page.progress,
        "just_saved": saved,
    }
    if rows.only_skill is not None:
        context["item"] = page.item
        context["group"] = page.group
    return context


def _shown_on(url: str | None) -> str:
    """The `?show=` of the take page an htmx request came from (its progress links)."""
    return TakeViewForm(QueryDict(urlsplit(url or "").query)).show_value


@login_required
@require_POST
def rating_save(request: HttpRequest, public_id: UUID, skill_slug: str) -> HttpResponse:
    assessment = _get_assessment_for_user(request, public_id)
    form = RatingForm.for_skill(request.POST, skill_slug)
    try:
        if not form.is_valid():
            raise services.InvalidRating(form.message)
        services.rating_save(assessment=assessment, skill_slug=skill_slug, **form.changes())
    except services.AssessmentError as error:
        return _error_response(request, error)
    if request.htmx:
        rows = selectors.take_rows(
            assessment, only_skill=skill_slug, show=_shown_on(request.htmx.current_url)
        )
        return render(request, f"{TAKE_TEMPLATE}#rating-saved", _take_context(rows, saved=True))
    # 303 See Other: the browser follows with a GET, as after any form POST.
    return HttpResponseRedirect(f"{assessment.get_absolute_url()}#skill-{skill_slug}", status=303)


@login_required
@require_POST
def assessment_submit(request: HttpRequest, public_id: UUID) -> HttpResponse:
    return _submit(request, _get_assessment_for_user(request, public_id))


def _submit(request: HttpRequest, assessment: Assessment) -> HttpResponse:
    try:
        services.assessment_submit(assessment=assessment)
    except services.AssessmentIncomplete as error:
        messages.error(request, error.message)
        target = f"{assessment.get_absolute_url()}#skill-{error.missing[0].skill_slug}"
        if request.htmx:
            return HttpResponseClientRedirect(target)
        return redirect(target)
    except services.AssessmentLocked:
        # Submitted already (a double click, a second tab): the report is what they want.
        if request.htmx:
            return HttpResponseClientRedirect(assessment.get_report_url())
        return HttpResponseRedirect(assessment.get_report_url(), status=303)
    except services.AssessmentError as error:
        return _error_response(request, error)
    messages.success(request, "Submitted. Here is your gap report.")
    return redirect(assessment.get_report_url())


@login_required
@require_POST
def assessment_retake(request: HttpRequest, public_id: UUID) -> HttpResponse:
    assessment = _get_assessment_for_user(request, public_id)
    try:
        draft, created = services.assessment_retake(assessment=assessment)
    except services.AssessmentError as error:
        messages.error(request, error.message)
        return redirect(assessment.get_report_url())
    messages.info(
        request,
        "New assessment started from your previous ratings: change what has moved on."
        if created
        else "You already have a draft for this role: here it is.",
    )
    return redirect(draft)


def _report_context(assessment: Assessment, *, shared: bool) -> dict:
    data = reports.build_report(
        selectors.report_rows(assessment, with_history=not shared, with_invitations=not shared)
    )
    return {"assessment": assessment, "data": data, "report": data.report, "shared": shared}


@login_required
def assessment_report(request: HttpRequest, public_id: UUID) -> HttpResponse:
    assessment = _get_assessment_for_user(request, public_id)
    if not assessment.is_submitted:
        messages.info(request, "Finish and submit this assessment to see its report.")
        return redirect(assessment)
    context = _report_context(assessment, shared=False)
    context["share_url"] = (
        request.build_absolute_uri(reverse("shared_report", args=[assessment.share_token]))
        if assessment.share_is_active
        else None
    )
    context["share_form"] = ShareForm()
    context["relationships"] = Relationship.choices
    context["review_base_url"] = request.build_absolute_uri("/review/")
    return render(request, "assessments/report.html", context)


def _export(request: HttpRequest, public_id: UUID, extension: str) -> HttpResponse:
    """report.json / report.csv: owner only, submitted only (a draft answers 409)."""
    assessment = _get_assessment_for_user(request, public_id)
    if not assessment.is_submitted:
        return JsonResponse(
            {"error": "This assessment is a draft: submit it before exporting its report."},
            status=409,
        )
    data = reports.build_report(selectors.report_rows(assessment, with_history=False))
    if extension == "json":
        response = JsonResponse(exports.report_json(data), json_dumps_params={"indent": 2})
    else:
        response = HttpResponse(exports.report_csv(data), content_type="text/csv; charset=utf-8")
    filename = exports.export_filename(assessment, extension)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
def report_json(request: HttpRequest, public_id: UUID) -> HttpResponse:
    return _export(request, public_id, "json")


@login_required
def report_csv(request: HttpRequest, public_id: UUID) -> HttpResponse:
    return _export(request, public_id, "csv")


@login_required
@require_POST
def assessment_share(request: HttpRequest, public_id: UUID) -> HttpResponse:
    assessment = _get_assessment_for_user(request, public_id)
    form = ShareForm(request.POST)
    try:
        if not form.is_valid():
            raise services.AssessmentError(form.message)
        if form.cleaned_data["revoke"]:
            services.share_revoke(assessment=assessment)
            messages.success(request, "Share link revoked: it no longer opens your report.")
        else:
            services.share_create(assessment=assessment, days=form.cleaned_data["days"])
            messages.success(
                request, "Share link created. Anyone with it can read this report until it expires."
            )
    except services.AssessmentError as error:
        return _error_response(request, error)
    return redirect(f"{assessment.get_report_url()}#share")


def shared_report(request: HttpRequest, token: str) -> HttpResponse:
    """Read-only report for anyone holding a live share link; 404 otherwise."""
    assessment = get_object_or_404(
        Assessment.objects.select_related("role", "user"),
        share_token=token,
        share_expires_at__gt=timezone.now(),
        submitted_at__isnull=False,
    )
    context = _report_context(assessment, shared=True)
    context["owner_name"] = assessment.user.public_name
    response = render(request, "assessments/report.html", context)
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    return response


# --- Second opinions ----------------------------------------------------------------

REVIEW_POSTS_PER_IP = 30  # an hour
REVIEW_POSTS_PER_TOKEN = 10  # an hour


@login_required
@require_POST
def assessment_reviews(request: HttpRequest, public_id: UUID) -> HttpResponse:
    """The owner invites a reviewer (`relationship`, optional `label`) or revokes an
    invitation (`revoke=<id>`); then back to the report's second opinions."""
    assessment = _get_assessment_for_user(request, public_id)
    form = InvitationForm(request.POST)
    try:
        if not form.is_valid():
            raise services.AssessmentError(form.message)
        if form.cleaned_data["revoke"]:
            services.invitation_revoke(
                assessment=assessment, invitation_id=form.cleaned_data["revoke"]
            )
            messages.success(request, "Invitation revoked: its link no longer opens.")
        else:
            services.invitation_create(
                assessment=assessment,
                relationship=form.cleaned_data["relationship"],
                label=form.cleaned_data["label"],
            )
            messages.success(
                request,
                "Review link created. Copy it below and send it to your reviewer; "
                "it works once, for 14 days.",
            )
    except services.AssessmentError as error:
        return _error_response(request, error)
    return redirect(f"{assessment.get_report_url()}#reviews")


def _review_page(request: HttpRequest, template: str, context: dict, status: int = 200):
    response = render(request, f"assessments/{template}", context, status=status)
    response["X-Robots-Tag"] = "noindex, nofollow"
    # Never leak the link to other sites; "no-referrer" would also make the browser
    # send `Origin: null` with the form, which Django's CSRF check rightly refuses.
    response["Referrer-Policy"] = "same-origin"
    return response


@require_http_methods(["GET", "POST"])
def review(request: HttpRequest, token: str) -> HttpResponse:
    """The reviewer's blind rating page: no account, one use."""
    invitation = selectors.review_invitation(token)
    if invitation is None or invitation.state in (
        InvitationState.REVOKED,
        InvitationState.EXPIRED,
    ):
        raise Http404("No such review link.")
    if invitation.state == InvitationState.USED:
        return _review_page(request, "review_spent.html", {}, status=410)
    rows = selectors.review_page_rows(invitation)
    context = {
        "rows": rows,
        "page": take.take_page(
            selectors.TakeRows(
                assessment=invitation.assessment, items=rows.items, anchors=rows.anchors
            )
        ),
        "error": "",
    }
    if request.method == "GET":
        return _review_page(request, "review.html", context)
    ip = throttle.client_ip(request)
    if not throttle.allow(
        f"review-ip:{ip}", limit=REVIEW_POSTS_PER_IP, per=timedelta(hours=1)
    ) or not throttle.allow(
        f"review-token:{token}", limit=REVIEW_POSTS_PER_TOKEN, per=timedelta(hours=1)
    ):
        context["error"] = "Too many attempts from here. Wait an hour, then try again."
        return _review_page(request, "review.html", context, status=429)
    form = ReviewForm(request.POST, skills={row.skill_slug: row.skill_name for row in rows.items})
    try:
        if form.unknown_skills:
            raise services.InvalidRating(
                "Nothing was saved. Not a skill of this review: "
                + ", ".join(repr(s[:60]) for s in form.unknown_skills[:5])
                + "."
            )
        if not form.is_valid():
            raise services.InvalidRating(form.message)
        services.review_submit(token=token, ratings=form.ratings(), comments=form.comments())
    except services.InvitationSpent:
        return _review_page(request, "review_spent.html", {}, status=410)
    except services.NotFound as error:
        raise Http404(error.message) from error
    except services.AssessmentError as error:
        context["error"] = error.message
        return _review_page(request, "review.html", context, status=error.status)
    return _review_page(request, "review_done.html", {"rows": rows})


# --- Career navigation -------------------------------------------------------------


def role_preview(request: HttpRequest, role: Role) -> dict | None:
    """For the role page: where the role stands, and where it leads, from the
    visitor's latest ratings, and whether they assessed it before."""
    if not request.user.is_authenticated:
        return None
    preview = selectors.role_preview(role, request.user)
    return {
        "fit": preview.fit if preview else None,
        "steps": career.ladder_steps(preview.ladder, preview.ratings) if preview else [],
        "state": selectors.assessment_states(request.user).get(role.pk),
    }


FIT_PAGE_SIZE = 50


def _fit_groups(request: HttpRequest):
    profile = selectors.skill_profile(request.user)
    return profile, career.best_fit_groups(selectors.best_fit_candidates(profile))


@dataclass(frozen=True)
class FitGroupView:
    id: str
    title: str
    help: str
    empty: str
    rows: list
    count: int


@login_required
def best_fit(request: HttpRequest) -> HttpResponse:
    profile, groups = _fit_groups(request)
    show_all = request.GET.get("all") == "1"
    # Each group's first rows are what people read; the rest is one click away.
    limit = None if show_all else FIT_PAGE_SIZE
    shown = [
        FitGroupView(
            "ready",
            "Ready now",
            f"At least {scoring.READY_LOW}% ready even if every skill you have not rated "
            "counts against you. Highest rung first.",
            f"No role yet where you meet {scoring.READY_LOW}% of the requirements for certain.",
            groups.ready[:limit],
            len(groups.ready),
        ),
        FitGroupView(
            "within-reach",
            "Within reach",
            "Roles at or above your highest ready rung, the closest first.",
            "No role at or above your rung is listed yet: rate more skills to see more.",
            groups.within_reach[:limit],
            len(groups.within_reach),
        ),
    ]
    if show_all:
        shown.append(
            FitGroupView(
                "lower-rungs",
                "Lower rungs, not ready yet",
                "Roles below your highest ready rung.",
                "None.",
                groups.others,
                len(groups.others),
            )
        )
    hidden = sum(group.count - len(group.rows) for group in shown) + (
        0 if show_all else len(groups.others)
    )
    return render(
        request,
        "assessments/fit.html",
        {
            "profile": sorted(profile.values(), key=lambda e: (e.kind != "technical", e.name)),
            "groups": shown,
            "hidden": hidden,
            "others_count": 0 if show_all else len(groups.others),
            "show_all": show_all,
            "states": selectors.assessment_states(request.user, by="slug"),
            "min_coverage": scoring.FIT_MIN_COVERAGE,
        },
    )


@login_required
def best_fit_json(request: HttpRequest) -> HttpResponse:
    """Best fit's two groups as JSON (every listed role of each)."""
    _, groups = _fit_groups(request)
    return JsonResponse(
        {
            "ready": [exports.fit_json(role, f) for role, f in groups.ready],
            "within_reach": [exports.fit_json(role, f) for role, f in groups.within_reach],
        },
        json_dumps_params={"indent": 2},
    )


@login_required
def compare(request: HttpRequest) -> HttpResponse:
    ratings = selectors.ratings_of(selectors.skill_profile(request.user))
    asked = request.GET.get("roles") or request.GET.getlist("role")
    form = CompareForm(request.GET if asked else None)
    context = {
        "has_profile": bool(ratings),
        "all_roles": Role.objects.published()
        .select_related("track")
        .order_by("track__name", "level", "title"),
        "selected": [],
        "comparison": None,
        "error": "",
    }
    if not form.is_bound:
        return render(request, "assessments/compare.html", context)
    if not form.is_valid():
        context["error"] = form.message
        return render(request, "assessments/compare.html", context, status=400)
    roles = form.cleaned_data["roles"]
    comparison = scoring.compare(selectors.compare_inputs(roles), ratings)
    context.update(
        selected=[r.slug for r in roles],
        comparison=comparison,
        states=selectors.assessment_states(request.user),
        columns=list(zip(roles, comparison.columns, strict=True)),
        shared_gap_names=[
            g.name for g in comparison.columns[0].gaps if g.skill in comparison.shared_gaps
        ],
    )
    return render(request, "assessments/compare.html", context)
