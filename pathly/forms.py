from __future__ import annotations

from django import forms
from django.contrib.auth.forms import UserCreationForm

from pathly.models import User


class SignupForm(UserCreationForm):
    email = forms.EmailField(
        required=True,
        help_text="For password resets only. Never shown to anyone.",
    )

    class Meta(UserCreationForm.Meta):
        model = User
        fields = ("username", "email")

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].strip()
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(
                "An account with this email address already exists. "
                "Log in, or reset your password if you forgot it."
            )
        return email


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ("display_name", "current_role_title", "years_experience")
        widgets = {"years_experience": forms.NumberInput(attrs={"min": 0, "max": 60})}


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label="Your current password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text="We ask again to be sure it is you. This cannot be undone.",
    )

    def __init__(self, user, *args, **kwargs) -> None:
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError("That is not your current password. Nothing was deleted.")
        return password
