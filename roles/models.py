"""The role catalog: tracks, roles on ladders, skills, requirements, resources."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Case, Count, Q, Value, When
from django.urls import reverse

from roles import scale

LEVEL_VALIDATORS = [MinValueValidator(1), MaxValueValidator(scale.MAX_LEVEL)]


class Importance(models.TextChoices):
    CRITICAL = scale.CRITICAL, "Critical"
    IMPORTANT = scale.IMPORTANT, "Important"
    OPTIONAL = scale.OPTIONAL, "Optional"

    @property
    def weight(self) -> int:
        return scale.IMPORTANCE_WEIGHTS[self.value]


class SkillKind(models.TextChoices):
    TECHNICAL = scale.TECHNICAL, "Technical"
    SOFT = scale.SOFT, "Soft"


class TransitionKind(models.TextChoices):
    PROMOTION = "promotion", "Promotion"
    LATERAL = "lateral", "Lateral move"


class ResourceKind(models.TextChoices):
    COURSE = "course", "Course"
    BOOK = "book", "Book"
    CERTIFICATION = "certification", "Certification"
    PRACTICE = "practice", "Practice"
    MENTORING = "mentoring", "Mentoring"


def kind_order(field: str = "kind") -> Case:
    """Technical before soft (alphabetical order would put soft first)."""
    return Case(When(**{field: SkillKind.TECHNICAL}, then=Value(0)), default=Value(1))


class SlugManager(models.Manager):
    """Natural keys by slug, so fixtures and exports never depend on primary keys."""

    def get_by_natural_key(self, slug: str):
        return self.get(slug=slug)


class Track(models.Model):
    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    description = models.TextField(blank=True)

    objects = SlugManager()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def natural_key(self) -> tuple[str]:
        return (self.slug,)


class RoleQuerySet(models.QuerySet):
    def catalog(self) -> RoleQuerySet:
        """The curated catalog: every role but people's personal ones."""
        return self.filter(owner__isnull=True)

    def published(self) -> RoleQuerySet:
        return self.catalog().filter(is_published=True)

    def visible_to(self, user) -> RoleQuerySet:
        """The catalog as `user` may list it: staff see drafts too, everyone else
        published roles only. Never anyone's personal roles."""
        return self.catalog() if getattr(user, "is_staff", False) else self.published()

    def viewable_by(self, user) -> RoleQuerySet:
        """Roles whose page `user` may open: the catalog they see, and their own."""
        if not getattr(user, "is_authenticated", False):
            return self.visible_to(user)
        return self.visible_to(user) | self.filter(owner=user)

    def assessable_by(self, user) -> RoleQuerySet:
        """Published catalog roles and the user's own personal roles."""
        return self.published() | self.filter(owner=user)

    def personal(self, user) -> RoleQuerySet:
        return self.filter(owner=user)

    def with_requirement_counts(self) -> RoleQuerySet:
        return self.annotate(
            requirement_count=Count("requirements", distinct=True),
        )


def _salary_within_range(figure: str) -> models.CheckConstraint:
    """salary_<figure>, when given, lies within salary_min and salary_max (where given)."""
    field = f"salary_{figure}"
    return models.CheckConstraint(
        condition=Q(**{f"{field}__isnull": True})
        | (
            (Q(salary_min__isnull=True) | Q(salary_min__lte=models.F(field)))
            & (Q(salary_max__isnull=True) | Q(**{f"{field}__lte": models.F("salary_max")}))
        ),
        name=f"role_salary_{figure}_in_range",
        violation_error_message=f"The {figure} salary must lie between minimum and maximum.",
    )


class RoleManager(SlugManager.from_queryset(RoleQuerySet)):
    pass


class Role(models.Model):
    title = models.CharField(max_length=150)
    slug = models.SlugField(max_length=150, unique=True)
    track = models.ForeignKey(Track, on_delete=models.PROTECT, related_name="roles")
    level = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(scale.MAX_ROLE_LEVEL)],
        help_text="Rung on the track's ladder: 1 junior, 2 mid, 3 senior, "
        "4 staff/lead/manager, 5 director/principal.",
    )
    summary = models.TextField(
        blank=True, help_text="Two or three sentences: what the role is for."
    )
    responsibilities = models.TextField(
        blank=True, help_text="One responsibility per line; shown as a bulleted list."
    )
    education = models.TextField(blank=True)
    experience_years_min = models.PositiveSmallIntegerField(null=True, blank=True)
    experience_years_max = models.PositiveSmallIntegerField(null=True, blank=True)
    salary_min = models.PositiveIntegerField(null=True, blank=True)
    salary_median = models.PositiveIntegerField(
        null=True, blank=True, help_text="Only a median the source states, never a computed one."
    )
    salary_average = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text="Only an average the source states (never a midpoint shown as one).",
    )
    salary_max = models.PositiveIntegerField(null=True, blank=True)
    salary_currency = models.CharField(
        max_length=3, blank=True, default="USD", help_text="ISO 4217 code, e.g. USD."
    )
    salary_year = models.PositiveSmallIntegerField(null=True, blank=True)
    salary_source = models.CharField(
        max_length=255, blank=True, help_text="Where the figures come from, e.g. 'US, 2024'."
    )
    source = models.CharField(
        max_length=255,
        blank=True,
        help_text="The write-up this role comes from, for readers (publisher and title). "
        "Empty for a rung the curators derived; the role page says so.",
    )
    is_published = models.BooleanField(
        "published",
        default=False,
        help_text="Only published roles appear in the catalog and can be assessed.",
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="personal_roles",
        help_text="Set for a personal role (built from a job ad): only its owner sees it. "
        "Empty for catalog roles.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = RoleManager()

    class Meta:
        ordering = ["track__name", "level", "title"]
        indexes = [models.Index(fields=["track", "level"], name="role_track_level_idx")]
        constraints = [
            models.CheckConstraint(
                condition=Q(level__gte=1) & Q(level__lte=scale.MAX_ROLE_LEVEL),
                name="role_level_range",
            ),
            models.CheckConstraint(
                condition=Q(experience_years_min__isnull=True)
                | Q(experience_years_max__isnull=True)
                | Q(experience_years_min__lte=models.F("experience_years_max")),
                name="role_experience_min_le_max",
                violation_error_message="Minimum experience cannot exceed the maximum.",
            ),
            models.CheckConstraint(
                condition=Q(salary_min__isnull=True)
                | Q(salary_max__isnull=True)
                | Q(salary_min__lte=models.F("salary_max")),
                name="role_salary_min_le_max",
                violation_error_message="Minimum salary cannot exceed the maximum.",
            ),
            models.CheckConstraint(
                condition=Q(owner__isnull=True) | Q(is_published=False),
                name="role_personal_never_published",
                violation_error_message="A personal role is never published in the catalog.",
            ),
            _salary_within_range("median"),
            _salary_within_range("average"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("roles:detail", args=[self.slug])

    def natural_key(self) -> tuple[str]:
        return (self.slug,)

    @property
    def level_label(self) -> str:
        return scale.ROLE_LEVEL_LABELS.get(self.level, f"Level {self.level}")

    @property
    def responsibility_list(self) -> list[str]:
        return [
            line.strip().lstrip("-•* ").strip()
            for line in self.responsibilities.splitlines()
            if line.strip()
        ]

    @property
    def experience_text(self) -> str:
        """'5–8 years', '5+ years', 'up to 3 years', or '' when unknown."""
        low, high = self.experience_years_min, self.experience_years_max
        if low is not None and high is not None:
            return f"{low}–{high} years"
        if low is not None:
            return f"{low}+ years"
        if high is not None:
            return f"up to {high} years"
        return ""

    @property
    def has_salary(self) -> bool:
        return any(
            v is not None
            for v in (self.salary_min, self.salary_median, self.salary_average, self.salary_max)
        )

    @property
    def is_personal(self) -> bool:
        return self.owner_id is not None

    @property
    def is_derived(self) -> bool:
        """A rung no write-up describes: the curators derived it from its neighbours."""
        return not self.source and not self.is_personal

    def is_assessable_by(self, user) -> bool:
        if self.is_personal:
            return self.owner_id == getattr(user, "pk", None)
        return self.is_published


class RoleTransition(models.Model):
    from_role = models.ForeignKey(Role, on_delete=models.CASCADE, related_name="transitions_out")
    to_role = models.ForeignKey(Role, on_delete=models.CASCADE, related_name="transitions_in")
    kind = models.CharField(max_length=10, choices=TransitionKind.choices)

    class Meta:
        ordering = ["from_role__title", "kind", "to_role__title"]
        constraints = [
            models.UniqueConstraint(
                fields=["from_role", "to_role"],
                name="transition_unique_pair",
                violation_error_message="This transition already exists.",
            ),
            models.CheckConstraint(
                condition=~Q(from_role=models.F("to_role")),
                name="transition_no_self_loop",
                violation_error_message="A role cannot lead to itself.",
            ),
            models.CheckConstraint(
                condition=Q(kind__in=TransitionKind.values), name="transition_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.from_role} → {self.to_role} ({self.get_kind_display()})"


class SkillQuerySet(models.QuerySet):
    def with_role_counts(self) -> SkillQuerySet:
        return self.annotate(role_count=Count("requirements__role", distinct=True))


class SkillManager(SlugManager.from_queryset(SkillQuerySet)):
    pass


class Skill(models.Model):
    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    kind = models.CharField(max_length=10, choices=SkillKind.choices)
    category = models.CharField(
        max_length=60,
        help_text="Group shown on role pages and in assessments, e.g. Containers, Observability, "
        "Leadership. Reuse an existing category where one fits.",
    )
    description = models.TextField(blank=True)
    aliases = models.CharField(
        max_length=255,
        blank=True,
        help_text="Other names for the same skill, comma-separated (e.g. 'k8s, kube').",
    )

    objects = SkillManager()

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["kind", "category"], name="skill_kind_category_idx")]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=SkillKind.values), name="skill_kind_valid"),
        ]

    def __str__(self) -> str:
        return self.name

    def natural_key(self) -> tuple[str]:
        return (self.slug,)

    @property
    def alias_list(self) -> list[str]:
        return [a.strip() for a in self.aliases.split(",") if a.strip()]


class SkillLevel(models.Model):
    """The behavioural anchor: what level N of this skill looks like, observably."""

    skill = models.ForeignKey(Skill, on_delete=models.CASCADE, related_name="levels")
    level = models.PositiveSmallIntegerField(validators=LEVEL_VALIDATORS)
    description = models.TextField(
        help_text="What someone at this level actually does, in observable terms."
    )

    class Meta:
        ordering = ["skill__name", "level"]
        constraints = [
            models.UniqueConstraint(
                fields=["skill", "level"],
                name="skill_level_unique",
                violation_error_message="This skill already has an anchor for that level.",
            ),
            models.CheckConstraint(
                condition=Q(level__gte=1) & Q(level__lte=scale.MAX_LEVEL),
                name="skill_level_range",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.skill} · {self.level} {scale.LEVEL_LABELS[self.level]}"


class RequirementQuerySet(models.QuerySet):
    def for_display(self) -> RequirementQuerySet:
        """Technical before soft, then by category and name, with the skill loaded."""
        return self.select_related("skill").order_by(
            kind_order("skill__kind"), "skill__category", "skill__name"
        )


class Requirement(models.Model):
    role = models.ForeignKey(Role, on_delete=models.CASCADE, related_name="requirements")
    skill = models.ForeignKey(Skill, on_delete=models.PROTECT, related_name="requirements")
    level = models.PositiveSmallIntegerField(
        validators=LEVEL_VALIDATORS, help_text="Required level, 1 Awareness … 5 Expert."
    )
    importance = models.CharField(
        max_length=10,
        choices=Importance.choices,
        default=Importance.IMPORTANT,
        help_text="Critical counts three times, important twice, optional once.",
    )
    note = models.CharField(max_length=255, blank=True)
    # The importance's weight (3/2/1), kept by the database: aggregates over many
    # requirements (best fit) read a number instead of comparing strings per row.
    weight = models.GeneratedField(
        expression=Case(
            *(When(importance=name, then=Value(w)) for name, w in scale.IMPORTANCE_WEIGHTS.items())
        ),
        output_field=models.PositiveSmallIntegerField(),
        db_persist=True,
    )

    objects = RequirementQuerySet.as_manager()

    class Meta:
        ordering = ["role__title", "skill__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["role", "skill"],
                name="requirement_unique_role_skill",
                violation_error_message="This role already requires that skill.",
            ),
            models.CheckConstraint(
                condition=Q(level__gte=1) & Q(level__lte=scale.MAX_LEVEL),
                name="requirement_level_range",
            ),
            models.CheckConstraint(
                condition=Q(importance__in=Importance.values), name="requirement_importance_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.role}: {self.skill} ≥ {self.level} ({self.importance})"


class LearningResource(models.Model):
    skill = models.ForeignKey(Skill, on_delete=models.CASCADE, related_name="resources")
    title = models.CharField(max_length=200)
    url = models.URLField(blank=True, help_text="Leave empty unless you are sure of the address.")
    kind = models.CharField(max_length=15, choices=ResourceKind.choices)
    # The band of levels the resource takes a learner through: it is offered to
    # someone whose next level (rated + 1) lies within from_level..to_level.
    from_level = models.PositiveSmallIntegerField(
        validators=LEVEL_VALIDATORS, help_text="Lowest level of the band this resource teaches."
    )
    to_level = models.PositiveSmallIntegerField(
        validators=LEVEL_VALIDATORS, help_text="Highest level it takes the learner to."
    )
    hours = models.PositiveIntegerField(
        validators=[MinValueValidator(1)], help_text="Typical effort, in hours."
    )

    class Meta:
        ordering = ["skill__name", "from_level", "hours", "title"]
        constraints = [
            models.UniqueConstraint(
                fields=["skill", "title"],
                name="resource_unique_skill_title",
                violation_error_message="This skill already has a resource with that title.",
            ),
            models.CheckConstraint(
                condition=Q(from_level__lte=models.F("to_level")),
                name="resource_band_ordered",
                violation_error_message="'From level' cannot be above 'to level'.",
            ),
            models.CheckConstraint(
                condition=Q(from_level__gte=1) & Q(to_level__lte=scale.MAX_LEVEL),
                name="resource_band_range",
            ),
            models.CheckConstraint(condition=Q(hours__gte=1), name="resource_hours_positive"),
            models.CheckConstraint(
                condition=Q(kind__in=ResourceKind.values), name="resource_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.title
