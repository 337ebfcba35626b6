"""Admin for catalog curators: roles with their requirements, skills with anchors."""

from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Count, QuerySet
from django.http import HttpRequest

from roles.models import (
    LearningResource,
    Requirement,
    Role,
    RoleTransition,
    Skill,
    SkillLevel,
    Track,
)
from roles.services import personal_role_copy_to_catalog, role_duplicate


class RequirementInline(admin.TabularInline):
    model = Requirement
    extra = 3
    autocomplete_fields = ["skill"]
    fields = ["skill", "level", "importance", "note"]
    verbose_name = "required skill"
    verbose_name_plural = (
        "Required skills — level 1 Awareness … 5 Expert; critical counts ×3, important ×2, "
        "optional ×1"
    )

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).select_related("skill")


class TransitionOutInline(admin.TabularInline):
    model = RoleTransition
    fk_name = "from_role"
    extra = 1
    autocomplete_fields = ["to_role"]
    verbose_name = "next step (this role leads to)"
    verbose_name_plural = "Where this role leads: promotions and lateral moves"

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).select_related("to_role")


@admin.register(Role)
class RoleAdmin(admin.ModelAdmin):
    list_display = ["title", "track", "level", "requirement_count", "is_published", "updated_at"]
    list_filter = ["track", "level", "is_published", ("owner", admin.EmptyFieldListFilter)]
    list_select_related = ["track"]
    search_fields = ["title", "slug", "summary"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["track"]
    inlines = [RequirementInline, TransitionOutInline]
    actions = ["publish", "unpublish", "duplicate", "copy_to_catalog"]
    readonly_fields = ["last_change", "owner"]
    fieldsets = [
        (
            None,
            {"fields": ["title", "slug", "track", "level", "is_published", "owner", "last_change"]},
        ),
        ("Description", {"fields": ["summary", "responsibilities", "education", "source"]}),
        ("Experience", {"fields": [("experience_years_min", "experience_years_max")]}),
        (
            "Salary",
            {
                "fields": [
                    ("salary_min", "salary_median", "salary_average", "salary_max"),
                    ("salary_currency", "salary_year"),
                    "salary_source",
                ],
                "description": "Leave empty where the figures are not known. A median or "
                "average only when the source states one; the note is shown to readers.",
            },
        ),
    ]

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).with_requirement_counts()

    @admin.display(description="requirements", ordering="requirement_count")
    def requirement_count(self, role: Role) -> int:
        return role.requirement_count

    @admin.display(description="last changed")
    def last_change(self, role: Role) -> str:
        if role.pk is None:
            return "—"
        entry = (
            LogEntry.objects.filter(
                content_type=ContentType.objects.get_for_model(Role), object_id=str(role.pk)
            )
            .select_related("user")
            .order_by("-action_time")
            .first()
        )
        if entry is None:
            return "No admin change recorded (imported or seeded)."
        return f"{entry.action_time:%Y-%m-%d %H:%M} UTC by {entry.user}"

    @admin.action(description="Publish selected roles")
    def publish(self, request: HttpRequest, queryset: QuerySet) -> None:
        count = queryset.filter(owner__isnull=True).update(is_published=True)
        self.message_user(request, f"{count} role(s) published.", messages.SUCCESS)
        if skipped := queryset.filter(owner__isnull=False).count():
            self.message_user(
                request,
                f"{skipped} personal role(s) left alone: copy them into the catalog first.",
                messages.WARNING,
            )

    @admin.action(description="Unpublish selected roles")
    def unpublish(self, request: HttpRequest, queryset: QuerySet) -> None:
        count = queryset.update(is_published=False)
        self.message_user(request, f"{count} role(s) unpublished.", messages.SUCCESS)

    @admin.action(description="Duplicate selected roles (as unpublished drafts)")
    def duplicate(self, request: HttpRequest, queryset: QuerySet) -> None:
        copies = [role_duplicate(role=role) for role in queryset]
        self.message_user(
            request,
            f"Duplicated as unpublished drafts: {', '.join(c.title for c in copies)}.",
            messages.SUCCESS,
        )

    @admin.action(description="Copy selected personal roles into the catalog (unpublished)")
    def copy_to_catalog(self, request: HttpRequest, queryset: QuerySet) -> None:
        copies = [
            personal_role_copy_to_catalog(role=role)
            for role in queryset.filter(owner__isnull=False)
        ]
        self.message_user(
            request,
            f"Copied into the catalog as unpublished drafts: "
            f"{', '.join(c.title for c in copies) or 'nothing (no personal role selected)'}.",
            messages.SUCCESS if copies else messages.WARNING,
        )


class SkillLevelInline(admin.TabularInline):
    model = SkillLevel
    extra = 0
    max_num = 5
    fields = ["level", "description"]
    verbose_name = "behavioural anchor"
    verbose_name_plural = (
        "Behavioural anchors — what each level looks like for this skill, in observable terms"
    )


# Django 6 assumes https for scheme-less URLs; do so now (and silence the warning).
URL_FIELD_OVERRIDES = {models.URLField: {"assume_scheme": "https"}}


class LearningResourceInline(admin.TabularInline):
    model = LearningResource
    formfield_overrides = URL_FIELD_OVERRIDES
    extra = 0
    fields = ["title", "kind", "from_level", "to_level", "hours", "url"]


class UsedByFilter(admin.SimpleListFilter):
    title = "used by roles"
    parameter_name = "used"

    def lookups(self, request, model_admin):
        return [("yes", "Used by at least one role"), ("no", "Not used yet")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(role_count__gt=0)
        if self.value() == "no":
            return queryset.filter(role_count=0)
        return queryset


@admin.register(Skill)
class SkillAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "category", "used_by", "anchor_count"]
    list_filter = ["kind", "category", UsedByFilter]
    search_fields = ["name", "slug", "aliases", "category"]
    ordering = ["name"]  # the changelist and the autocomplete page in a stable order
    prepopulated_fields = {"slug": ["name"]}
    inlines = [SkillLevelInline, LearningResourceInline]
    fields = ["name", "slug", "kind", "category", "description", "aliases"]

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return (
            super()
            .get_queryset(request)
            .with_role_counts()
            .annotate(anchor_count=Count("levels", distinct=True))
        )

    @admin.display(description="used by", ordering="role_count")
    def used_by(self, skill: Skill) -> str:
        return f"{skill.role_count} role{'s' if skill.role_count != 1 else ''}"

    @admin.display(description="anchors", ordering="anchor_count")
    def anchor_count(self, skill: Skill) -> str:
        return f"{skill.anchor_count}/5"


class TrackRoleInline(admin.TabularInline):
    model = Role
    extra = 0
    fields = ["level", "title", "is_published"]
    readonly_fields = ["level", "title", "is_published"]
    ordering = ["level", "title"]
    show_change_link = True
    can_delete = False
    verbose_name_plural = "Roles on this ladder, by level"

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Track)
class TrackAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "role_count"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [TrackRoleInline]

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).annotate(role_count=Count("roles"))

    @admin.display(description="roles", ordering="role_count")
    def role_count(self, track: Track) -> int:
        return track.role_count


@admin.register(RoleTransition)
class RoleTransitionAdmin(admin.ModelAdmin):
    list_display = ["from_role", "kind", "to_role"]
    list_filter = ["kind", "from_role__track"]
    list_select_related = ["from_role", "to_role"]
    search_fields = ["from_role__title", "to_role__title"]
    autocomplete_fields = ["from_role", "to_role"]


@admin.register(LearningResource)
class LearningResourceAdmin(admin.ModelAdmin):
    formfield_overrides = URL_FIELD_OVERRIDES
    list_display = ["title", "skill", "kind", "from_level", "to_level", "hours"]
    list_filter = ["kind", "skill__category"]
    list_select_related = ["skill"]
    search_fields = ["title", "skill__name"]
    autocomplete_fields = ["skill"]
