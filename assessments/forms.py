"""Validation of everything people post or query on assessment pages."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError

from assessments.models import Confidence, Relationship
from roles import scale
from roles.models import Role

NOTE_MAX_LENGTH = 1000
LEVEL_REQUIRED = "Choose a level from 0 (None) to 5 (Expert)."


class LevelField(forms.TypedChoiceField):
    """A rating: the whole numbers 0–5 and nothing else."""

    def __init__(self, **kwargs) -> None:
        super().__init__(
            choices=[(level, label) for level, label in scale.LEVEL_LABELS.items()],
            coerce=int,
            empty_value=None,
            error_messages={
                "required": LEVEL_REQUIRED,
                "invalid_choice": "%(value).22r is not a level. "
                "Choose a whole number from 0 (None) to 5 (Expert).",
            },
            **kwargs,
        )

    def to_python(self, value):
        return super().to_python(value).strip()


class NoteField(forms.CharField):
    def __init__(self, **kwargs) -> None:
        super().__init__(
            required=False,
            max_length=NOTE_MAX_LENGTH,
            error_messages={
                "max_length": f"Keep the note under {NOTE_MAX_LENGTH} characters.",
                "null_characters_not_allowed": (
                    "The note contains a character that cannot be saved."
                ),
            },
            **kwargs,
        )


class ConfidenceField(forms.ChoiceField):
    """`sure` or `unsure`; not sent keeps the saved one."""

    def __init__(self, **kwargs) -> None:
        super().__init__(
            required=False,
            choices=Confidence.choices,
            error_messages={
                "invalid_choice": "Confidence is either sure or unsure.",
            },
            **kwargs,
        )

    def clean(self, value):
        return super().clean(value) or None


class ErrorsInWords:
    """The form's errors as one sentence, for a 4xx page or an htmx row."""

    @property
    def message(self) -> str:
        return " ".join(error for errors in self.errors.values() for error in errors)


class RatingForm(ErrorsInWords, forms.Form):
    """One skill's rating: any of `level`, `note` and `confidence`.

    A note or a confidence may come before a level (the item stays unrated); at
    least one of the three must come. With a prefix (the skill's slug) the fields
    take the take page's names, `skill-<slug>`, `note-<slug>` and
    `confidence-<slug>`, which is what its htmx autosave posts.
    """

    level = LevelField(required=False)
    note = NoteField()
    confidence = ConfidenceField()

    FIELD_NAMES = {"level": "skill", "note": "note", "confidence": "confidence"}
    NOTHING_SENT = "Nothing to save: send a level, a note or a confidence."

    def add_prefix(self, field_name: str) -> str:
        if self.prefix and field_name in self.FIELD_NAMES:
            return f"{self.FIELD_NAMES[field_name]}-{self.prefix}"
        return super().add_prefix(field_name)

    @classmethod
    def for_skill(cls, data, slug: str) -> RatingForm:
        """Read the take page's names when they were posted, else the plain ones."""
        prefixed = any(f"{name}-{slug}" in data for name in cls.FIELD_NAMES.values())
        return cls(data, prefix=slug if prefixed else None)

    def clean(self):
        cleaned = super().clean()
        sent = {name for name in self.FIELD_NAMES if self.add_prefix(name) in self.data}
        if not sent:
            raise ValidationError(self.NOTHING_SENT, code="empty")
        if sent == {"level"} and cleaned.get("level") is None and "level" not in self.errors:
            # A blank level alone is a level not chosen, not a note-only save.
            self.add_error("level", LEVEL_REQUIRED)
        return cleaned

    @property
    def posted_note(self) -> str | None:
        """The cleaned note, or None when no note was posted (keep the saved one)."""
        return self.cleaned_data["note"] if self.add_prefix("note") in self.data else None

    def changes(self) -> dict:
        """What to save: the level, note and confidence that were sent (None: keep)."""
        return {
            "level": self.cleaned_data["level"],
            "note": self.posted_note,
            "confidence": self.cleaned_data["confidence"],
        }


class PerSkillForm(forms.Form):
    """A form with fields named `<prefix>-<skill slug>` for every skill of an
    assessment: the take page's plain form and the reviewer's page."""

    PREFIXES: tuple[str, ...] = ()

    @property
    def unknown_skills(self) -> list[str]:
        """Posted skill fields that name no skill of this assessment."""
        return sorted(
            key.partition("-")[2]
            for key in self.data
            if key.startswith(tuple(f"{p}-" for p in self.PREFIXES)) and key not in self.fields
        )

    @property
    def message(self) -> str:
        problems = " ".join(
            f"{self.fields[name].label}: {error}"
            for name, errors in self.errors.items()
            for error in errors
        )
        return f"Nothing was saved. {problems}"


class RatingsForm(PerSkillForm):
    """The take page as one plain form: `skill-<slug>` = 0–5, `note-<slug>` and
    `confidence-<slug>` for every skill of the assessment; a blank level or a
    missing note or confidence leaves it as it is."""

    PREFIXES = ("skill", "note", "confidence")

    def __init__(self, data, *, skills: dict[str, str]) -> None:
        """`skills`: slug → name of every skill in the assessment."""
        super().__init__(data)
        self.skills = skills
        for slug, name in skills.items():
            self.fields[f"skill-{slug}"] = LevelField(required=False, label=name)
            self.fields[f"note-{slug}"] = NoteField(label=name)
            self.fields[f"confidence-{slug}"] = ConfidenceField(label=name)

    def ratings(self) -> dict[str, int | None]:
        """slug → level, or None to keep the saved one."""
        return {slug: self.cleaned_data[f"skill-{slug}"] for slug in self.skills}

    def notes(self) -> dict[str, str]:
        """slug → note, for the notes that were posted."""
        return {
            slug: self.cleaned_data[f"note-{slug}"]
            for slug in self.skills
            if f"note-{slug}" in self.data
        }

    def confidences(self) -> dict[str, str]:
        """slug → confidence, for the confidences that were posted. The take page also
        posts `rows`, the skills it showed: for those, a "Not sure" box left unticked
        (nothing posted) means sure."""
        shown = set(self.data.get("rows", "")[:20000].split()) & set(self.skills)
        return {
            slug: value
            for slug in self.skills
            if (value := self.cleaned_data[f"confidence-{slug}"] or self._default(slug, shown))
        }

    @staticmethod
    def _default(slug: str, shown: set[str]) -> str | None:
        return Confidence.SURE if slug in shown else None


class TakeViewForm(forms.Form):
    """Which rows the take page lists (`?show=`): all, only the unrated ones, or
    only the carried-over ratings still to confirm. Anything else lists all."""

    show = forms.ChoiceField(
        choices=[("all", "All"), ("unrated", "Only unrated"), ("prefilled", "Carried over")],
        required=False,
    )

    @property
    def show_value(self) -> str:
        return (self.cleaned_data.get("show") if self.is_valid() else None) or "all"


class KeepPrefilledForm(forms.Form):
    """The take page's "Keep them all": keep every carried-over rating as it is."""

    keep_prefilled = forms.BooleanField(required=False)


class ShareForm(ErrorsInWords, forms.Form):
    """Create a share link for `days` (7, 30 or 90; 30 when not given), or revoke it."""

    DAYS = (7, 30, 90)

    DAYS_MESSAGE = "Choose how long the link lasts: 7, 30 or 90 days."

    days = forms.TypedChoiceField(
        choices=[(d, f"{d} days") for d in DAYS],
        coerce=int,
        error_messages={"invalid_choice": DAYS_MESSAGE, "required": DAYS_MESSAGE},
    )
    revoke = forms.BooleanField(required=False)

    def __init__(self, data=None) -> None:
        if data is not None and "days" not in data:
            data = data.copy()
            data["days"] = "30"
        super().__init__(data)


class CommaSeparatedSlugs(forms.CheckboxSelectMultiple):
    """`?roles=a,b,c` (a link) or `?role=a&role=b` (the checkboxes), in the order given,
    without repeats."""

    def value_from_datadict(self, data, files, name):
        values = data.getlist("role") or data.get(name, "")[:600].split(",")
        cleaned = (v.replace("\x00", "").strip()[:150] for v in values)
        return list(dict.fromkeys(v for v in cleaned if v))


class RoleChoices(forms.ModelMultipleChoiceField):
    """Two to four published roles by slug, returned in the order asked."""

    MIN, MAX = 2, 4
    COUNT_MESSAGE = "Choose two to four different roles to compare."

    def __init__(self) -> None:
        super().__init__(
            queryset=Role.objects.published().select_related("track"),
            to_field_name="slug",
            widget=CommaSeparatedSlugs,
            error_messages={
                "required": self.COUNT_MESSAGE,
                "invalid_choice": "No published role called '%(value)s'.",
            },
        )

    def clean(self, value) -> list[Role]:
        if not self.MIN <= len(value or ()) <= self.MAX:
            raise ValidationError(self.COUNT_MESSAGE, code="count")
        roles = {role.slug: role for role in super().clean(value)}
        return [roles[slug] for slug in value]


class CompareForm(ErrorsInWords, forms.Form):
    roles = RoleChoices()


# --- Second opinions -------------------------------------------------------------------

COMMENT_MAX_LENGTH = 500
SKIP = "skip"


class InvitationForm(ErrorsInWords, forms.Form):
    """Invite a reviewer (`relationship`, optional `label`), or `revoke=<id>`."""

    relationship = forms.ChoiceField(
        choices=Relationship.choices,
        required=False,
        error_messages={
            "invalid_choice": "Choose who the reviewer is: manager, peer, report or other."
        },
    )
    label = forms.CharField(
        required=False,
        max_length=80,
        error_messages={"max_length": "Keep the label under 80 characters."},
    )
    revoke = forms.IntegerField(required=False, min_value=1)

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("revoke") and not cleaned.get("relationship") and not self.errors:
            raise ValidationError(
                "Choose who the reviewer is: manager, peer, report or other.", code="required"
            )
        return cleaned


class ReviewLevelField(forms.ChoiceField):
    """A reviewer's answer for one skill: 0–5, or "skip" (can't judge)."""

    def __init__(self, **kwargs) -> None:
        super().__init__(
            choices=[(str(level), label) for level, label in scale.LEVEL_LABELS.items()]
            + [(SKIP, "Can't judge")],
            required=False,
            error_messages={
                "invalid_choice": "%(value).22r is not a level. Choose 0 (None) to 5 (Expert), "
                "or can't judge."
            },
            **kwargs,
        )


class ReviewForm(PerSkillForm):
    """The reviewer's page: `skill-<slug>` = 0–5 or `skip`, optional `comment-<slug>`."""

    PREFIXES = ("skill", "comment")

    def __init__(self, data, *, skills: dict[str, str]) -> None:
        super().__init__(data)
        self.skills = skills
        for slug, name in skills.items():
            self.fields[f"skill-{slug}"] = ReviewLevelField(label=name)
            self.fields[f"comment-{slug}"] = forms.CharField(
                required=False,
                max_length=COMMENT_MAX_LENGTH,
                label=name,
                error_messages={
                    "max_length": f"Keep each comment under {COMMENT_MAX_LENGTH} characters.",
                    "null_characters_not_allowed": (
                        "The comment contains a character that cannot be saved."
                    ),
                },
            )

    def ratings(self) -> dict[str, int | None]:
        """slug → level, None for can't judge (or not answered)."""
        return {
            slug: None if value in ("", SKIP) else int(value)
            for slug in self.skills
            if (value := self.cleaned_data[f"skill-{slug}"]) or f"comment-{slug}" in self.data
        }

    def comments(self) -> dict[str, str]:
        return {
            slug: text
            for slug in self.skills
            if (text := self.cleaned_data[f"comment-{slug}"].strip())
        }
