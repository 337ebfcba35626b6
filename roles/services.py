"""Writes to the catalog that are more than a form save."""

from __future__ import annotations

from django.db import transaction
from django.utils.text import slugify

from roles.models import Requirement, Role


@transaction.atomic
def role_duplicate(*, role: Role) -> Role:
    """Copy a role and its requirements as an unpublished draft with a free slug."""
    base = slugify(f"{role.slug}-copy")[:140]
    slug, n = base, 2
    while Role.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    requirements = list(role.requirements.all())
    copy = Role.objects.get(pk=role.pk)
    copy.pk = None
    copy._state.adding = True
    copy.slug = slug
    copy.title = f"{role.title} (copy)"
    copy.is_published = False
    copy.save()
    Requirement.objects.bulk_create(
        Requirement(
            role=copy, skill_id=q.skill_id, level=q.level, importance=q.importance, note=q.note
        )
        for q in requirements
    )
    return copy
