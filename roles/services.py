"""Writes to the catalog that are more than a form save."""

from __future__ import annotations

import secrets

from django.db import transaction
from django.db.models import Count
from django.utils.text import slugify

from roles.models import Requirement, Role, Skill, Track


def _free_slug(base: str) -> str:
    base = slugify(base)[:140] or "role"
    slug, n = base, 2
    while Role.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def _copy(role: Role, **changes) -> Role:
    """A new, unpublished role with `role`'s fields (but `changes`) and requirements."""
    requirements = list(role.requirements.all())
    copy = Role.objects.get(pk=role.pk)
    copy.pk = None
    copy._state.adding = True
    copy.is_published = False
    for name, value in changes.items():
        setattr(copy, name, value)
    copy.save()
    Requirement.objects.bulk_create(
        Requirement(
            role=copy, skill_id=q.skill_id, level=q.level, importance=q.importance, note=q.note
        )
        for q in requirements
    )
    return copy


@transaction.atomic
def role_duplicate(*, role: Role) -> Role:
    """Copy a role and its requirements as an unpublished draft with a free slug."""
    return _copy(role, slug=_free_slug(f"{role.slug}-copy"), title=f"{role.title} (copy)")


def closest_track(skill_ids: list[int]) -> Track | None:
    """The track whose published roles share the most of these skills (ties: by name)."""
    row = (
        Requirement.objects.filter(skill_id__in=skill_ids, role__in=Role.objects.published())
        .values("role__track")
        .annotate(shared=Count("skill", distinct=True))
        .order_by("-shared", "role__track__name")
        .first()
    )
    if row is None:
        return Track.objects.order_by("name").first()
    return Track.objects.get(pk=row["role__track"])


@transaction.atomic
def personal_role_create(*, owner, title: str, level: int, requirements: list[dict]) -> Role:
    """A personal role from a reviewed job ad: only `owner` sees it. `requirements` are
    dicts of skill (slug), level, importance and evidence (kept as the note)."""
    skills = Skill.objects.in_bulk([r["skill"] for r in requirements], field_name="slug")
    track = closest_track([s.pk for s in skills.values()])
    role = Role(
        owner=owner,
        title=title.strip(),
        slug=_free_slug(f"my-{title}-{secrets.token_hex(3)}"),
        track=track,
        level=level,
        summary="Built from a job ad you pasted. Only you can see it.",
        is_published=False,
    )
    role.full_clean()
    role.save()
    Requirement.objects.bulk_create(
        Requirement(
            role=role,
            skill=skills[r["skill"]],
            level=r["level"],
            importance=r["importance"],
            note=_note(r.get("evidence", "")),
        )
        for r in requirements
    )
    return role


def _note(evidence: str) -> str:
    evidence = " ".join(evidence.split())
    if not evidence:
        return ""
    text = f"From the ad: “{evidence}”"
    return text if len(text) <= 255 else text[:253] + "…”"


@transaction.atomic
def personal_role_delete(*, role: Role) -> int:
    """Delete a personal role and the owner's assessments of it; their count."""
    assert role.is_personal
    assessments = role.assessments.all()
    count = assessments.count()
    assessments.delete()  # items, invitations and reviews cascade
    role.delete()
    return count


@transaction.atomic
def personal_role_copy_to_catalog(*, role: Role) -> Role:
    """Staff: a catalog copy of a personal role, unpublished, owned by nobody."""
    return _copy(role, owner=None, slug=_free_slug(role.title), summary="")
