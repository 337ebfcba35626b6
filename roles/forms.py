"""Forms of the personal-role flow: paste a job ad, then review what it asks for."""

from __future__ import annotations

import unicodedata

from django import forms
from django.core.exceptions import ValidationError

from roles import scale
from roles.models import Importance, Skill

MAX_AD_CHARACTERS = 20_000
LEVEL_CHOICES = [(n, f"{n} · {scale.LEVEL_LABELS[n]}") for n in range(1, 6)]
RUNG_CHOICES = [(n, f"{n} · {scale.ROLE_LEVEL_LABELS[n]}") for n in range(1, 6)]


class JobAdForm(forms.Form):
    text = forms.CharField(
        label="The job ad",
        widget=forms.Textarea(attrs={"rows": 12, "spellcheck": "false"}),
        help_text="Paste the whole ad as text, up to 20,000 characters. It is read once to "
        "suggest skills and is not stored.",
        error_messages={"required": "Paste the job ad first: the box is empty."},
    )
    title = forms.CharField(
        label="Job title (optional)",
        required=False,
        max_length=150,
        help_text="Leave empty to use the ad's first line.",
    )

    def clean_text(self) -> str:
        text = self.cleaned_data["text"]
        if len(text) > MAX_AD_CHARACTERS:
            raise ValidationError(
                f"The ad is too long: {len(text):,} characters, and at most "
                f"{MAX_AD_CHARACTERS:,} are read. Paste the requirements and responsibilities."
            )
        letters = sum(ch.isalpha() for ch in text)
        controls = sum(
            unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") and ch not in "\n\r\t"
            for ch in text
        )
        if controls or letters < len(text) * 0.3:
            raise ValidationError(
                "This does not look like the text of a job ad. Copy the ad's text from the "
                "page and paste it here."
            )
        return text


class SuggestionForm(forms.Form):
    """One suggested requirement, as the person keeps or changes it."""

    skill = forms.SlugField(widget=forms.HiddenInput)
    keep = forms.BooleanField(required=False, initial=True, label="Keep")
    level = forms.TypedChoiceField(
        choices=LEVEL_CHOICES,
        coerce=int,
        label="Level",
        widget=forms.Select(attrs={"class": "form-select form-select-sm"}),
    )
    importance = forms.ChoiceField(
        choices=Importance.choices,
        label="Importance",
        widget=forms.Select(attrs={"class": "form-select form-select-sm"}),
    )
    evidence = forms.CharField(required=False, max_length=1000, widget=forms.HiddenInput)


class BaseSuggestionFormSet(forms.BaseFormSet):
    def clean(self) -> None:
        if any(self.errors):
            return
        slugs = [f.cleaned_data["skill"] for f in self.forms if f.cleaned_data]
        if len(slugs) != len(set(slugs)):
            raise ValidationError("A skill is listed twice.")
        known = set(Skill.objects.filter(slug__in=slugs).values_list("slug", flat=True))
        if unknown := [s for s in slugs if s not in known]:
            raise ValidationError(f"Not a catalog skill: {', '.join(unknown[:3])}.")

    def kept(self) -> list[dict]:
        return [f.cleaned_data for f in self.forms if f.cleaned_data.get("keep")]


SuggestionFormSet = forms.formset_factory(
    SuggestionForm,
    formset=BaseSuggestionFormSet,
    extra=0,
    max_num=120,
    validate_max=True,
    absolute_max=120,
)


class PersonalRoleForm(forms.Form):
    """The role's name and rung, and one more catalog skill to add by name."""

    name = forms.CharField(label="Name your role", max_length=150)
    level = forms.TypedChoiceField(
        choices=RUNG_CHOICES,
        coerce=int,
        label="Seniority",
        widget=forms.Select(attrs={"class": "form-select"}),
    )
    add_skill = forms.CharField(
        label="Add another skill",
        required=False,
        max_length=150,
        widget=forms.TextInput(attrs={"list": "catalog-skills", "autocomplete": "off"}),
        help_text="Start typing a skill from the catalog, then press Add.",
    )

    def clean_add_skill(self) -> Skill | None:
        typed = self.cleaned_data["add_skill"].strip()
        if not typed:
            return None
        wanted = typed.casefold()
        skill = next(
            (
                s
                for s in Skill.objects.order_by("name")
                if wanted in {s.name.casefold(), s.slug, *(a.casefold() for a in s.alias_list)}
            ),
            None,
        )
        if skill is None:
            raise ValidationError(
                f"“{typed}” is not a skill in the catalog: pick one from the list."
            )
        return skill
