"""Reads for the public catalog pages: each a fixed number of queries."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import groupby

from django.db.models import Count, Prefetch, Q, QuerySet

from roles.extraction import Vocabulary
from roles.models import Requirement, Role, RoleTransition, Skill, Track


@dataclass(frozen=True)
class CatalogFilters:
    q: str = ""
    track: str = ""
    skill: str = ""

    @property
    def active(self) -> bool:
        return bool(self.q or self.track or self.skill)


def catalog_tracks(*, user, filters: CatalogFilters) -> list[Track]:
    """Tracks with their visible roles (filtered) as ladders, in level order.

    Two queries whatever the catalog size: tracks, then their roles with counts.
    Tracks left without a matching role are dropped.
    """
    roles = Role.objects.visible_to(user).with_requirement_counts().order_by("level", "title")
    if filters.q:
        roles = roles.filter(
            Q(title__icontains=filters.q)
            | Q(summary__icontains=filters.q)
            | Q(requirements__skill__name__icontains=filters.q)
            | Q(requirements__skill__aliases__icontains=filters.q)
        ).distinct()
    if filters.skill:
        roles = roles.filter(requirements__skill__slug=filters.skill)
    tracks = Track.objects.prefetch_related(Prefetch("roles", queryset=roles, to_attr="ladder"))
    if filters.track:
        tracks = tracks.filter(slug=filters.track)
    return [t for t in tracks if t.ladder]


def skill_choices() -> QuerySet[Skill]:
    """Skills that at least one published role requires, for the catalog filter."""
    return (
        Skill.objects.filter(requirements__role__is_published=True)
        .distinct()
        .only("slug", "name", "kind")
        .order_by("name")
    )


@dataclass(frozen=True)
class RequirementGroup:
    kind: str
    category: str
    requirements: list[Requirement] = field(default_factory=list)


def role_requirement_groups(role: Role) -> list[RequirementGroup]:
    """The role's requirements: technical before soft, by category, then by name."""
    requirements = Requirement.objects.filter(role=role).for_display()
    return [
        RequirementGroup(kind=kind, category=category, requirements=list(rows))
        for (kind, category), rows in groupby(
            requirements, key=lambda q: (q.skill.kind, q.skill.category)
        )
    ]


@dataclass(frozen=True)
class RoleNeighbours:
    leads_to: list[RoleTransition]
    comes_from: list[RoleTransition]
    ladder: list[Role]

    def derived_from(self, role: Role) -> list[Role]:
        """For a derived rung: the roles from a write-up it was derived from — those on
        its track's ladder, else those it is linked to."""
        sourced = [r for r in self.ladder if r.source and r.pk != role.pk]
        if not sourced:
            linked = [t.to_role for t in self.leads_to] + [t.from_role for t in self.comes_from]
            sourced = list({r.pk: r for r in linked if r.source}.values())
        return sourced


def role_neighbours(role: Role, *, user) -> RoleNeighbours:
    """Where the role leads, where people come from, and its track's ladder (3 queries)."""
    visible = Role.objects.visible_to(user)
    leads_to = (
        RoleTransition.objects.filter(from_role=role, to_role__in=visible)
        .select_related("to_role", "to_role__track")
        .order_by("kind", "to_role__level", "to_role__title")
    )
    comes_from = (
        RoleTransition.objects.filter(to_role=role, from_role__in=visible)
        .select_related("from_role", "from_role__track")
        .order_by("kind", "from_role__level", "from_role__title")
    )
    ladder = visible.filter(track_id=role.track_id).order_by("level", "title")
    return RoleNeighbours(leads_to=list(leads_to), comes_from=list(comes_from), ladder=list(ladder))


def skill_vocabulary() -> Vocabulary:
    """The extractor's vocabulary: every catalog skill's name and aliases (1 query;
    the compiled patterns are reused while the skills stay the same)."""
    rows = Skill.objects.order_by("slug").values_list("slug", "name", "aliases")
    return Vocabulary.cached(
        tuple(
            (slug, name, tuple(a.strip() for a in aliases.split(",") if a.strip()))
            for slug, name, aliases in rows
        )
    )


def personal_roles(user) -> list[Role]:
    """The user's own roles from job ads, newest first, with requirement counts."""
    return list(
        Role.objects.personal(user)
        .with_requirement_counts()
        .annotate(assessment_count=Count("assessments", distinct=True))
        .order_by("-created_at")
    )
