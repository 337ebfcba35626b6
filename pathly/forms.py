from __future__ import annotations

from django import forms
from django.contrib.auth.forms import UserCreationForm

from pathly.models import User


class SignupForm(UserCreationForm):
    """A new account, whatever the address: it is only *pending* until its mailed
    link is followed, so sign-up never says an address is already known."""

    email = forms.EmailField(
        required=True,
        help_text="We mail you a link to confirm it. For password resets only; never shown.",
    )
    field_order = ("username", "email", "password1", "password2")

    class Meta(UserCreationForm.Meta):
        model = User
        fields = ("username",)

    def _post_clean(self) -> None:
        # Before the password validators run, so the password may not resemble it.
        self.instance.pending_email = self.cleaned_data.get("email", "")
        super()._post_clean()


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
