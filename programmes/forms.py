"""Forms of the programme pages. Every limit here is also a model limit."""

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm, SetPasswordForm
from django.utils.translation import gettext_lazy as _

from models_library.models import GovernancePrinciple, ServicePhase
from models_library.vocabulary import localized_terms
from programmes.models import Invitation, Membership, Programme, ProgrammeItem, Role


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class ProgrammeForm(forms.ModelForm):
    class Meta:
        model = Programme
        fields = ["name", "start_year", "end_year", "description", "status"]
        widgets = {"description": forms.Textarea(attrs={"rows": 4})}


class NewProgrammeForm(ProgrammeForm):
    """Creating a programme: members of several organisations choose whose it is."""

    organisation = forms.ModelChoiceField(queryset=None, label=_("Organisation"))

    class Meta(ProgrammeForm.Meta):
        fields = ["organisation", *ProgrammeForm.Meta.fields]

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        if len(organisations) == 1:
            self.fields["organisation"].initial = organisations[0].pk
            self.fields["organisation"].widget = forms.HiddenInput()


class TermsField(forms.ModelMultipleChoiceField):
    """Canonical vocabulary terms as checkboxes, labelled in the reader's language."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, vocabulary, **kwargs):
        terms = localized_terms(vocabulary)
        labels = {term.pk: term.label for term in terms}
        super().__init__(
            queryset=vocabulary.objects.filter(pk__in=labels), required=False, **kwargs
        )
        self.choices = [(term.pk, term.label) for term in terms]


class ItemForm(forms.ModelForm):
    # The version the editor started from; a save from an older version is a conflict.
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    class Meta:
        model = ProgrammeItem
        fields = [
            "principles",
            "service_phases",
            "goal",
            "actions",
            "responsible",
            "start_date",
            "end_date",
            "indicators",
            "status",
            "notes",
        ]
        widgets = {
            "start_date": DateInput(),
            "end_date": DateInput(),
            "goal": forms.Textarea(attrs={"rows": 3}),
            "actions": forms.Textarea(attrs={"rows": 4}),
            "indicators": forms.Textarea(attrs={"rows": 3}),
            "notes": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["principles"] = TermsField(
            GovernancePrinciple, label=_("Governance principles this model serves in the programme")
        )
        self.fields["service_phases"] = TermsField(
            ServicePhase, label=_("Service phases this model serves in the programme")
        )
        if self.instance.pk and "version" not in self.initial:
            self.initial["version"] = self.instance.version


class AddToProgrammeForm(forms.Form):
    """Choose one of the user's programmes, or name a new one."""

    NEW = "new"
    programme = forms.ChoiceField(label=_("Programme"), widget=forms.RadioSelect)
    new_name = forms.CharField(label=_("Name of the new programme"), max_length=200, required=False)
    new_organisation = forms.ModelChoiceField(
        queryset=None, label=_("Organisation of the new programme"), required=False
    )

    def __init__(self, *args, programmes, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["new_organisation"].queryset = organisations
        self.only_organisation = None
        if len(organisations) == 1:
            del self.fields["new_organisation"]
            self.only_organisation = organisations[0]
        self.programmes = {str(programme.pk): programme for programme in programmes}
        choices = [(pk, _label(programme)) for pk, programme in self.programmes.items()]
        self.fields["programme"].choices = [*choices, (self.NEW, _("A new programme"))]
        self.fields["programme"].initial = next(iter(self.programmes), self.NEW)

    def clean(self):
        cleaned = super().clean()
        name_missing = not cleaned.get("new_name", "").strip() and "new_name" not in self.errors
        if cleaned.get("programme") == self.NEW and name_missing:
            self.add_error("new_name", _("Give the new programme a name."))
        is_new = cleaned.get("programme") == self.NEW
        if is_new and "new_organisation" in self.fields and not cleaned.get("new_organisation"):
            self.add_error("new_organisation", _("Choose the organisation."))
        return cleaned

    @property
    def new_programme_organisation(self):
        return self.cleaned_data.get("new_organisation") or self.only_organisation

    @property
    def chosen_programme(self):
        return self.programmes.get(self.cleaned_data["programme"])


def _label(programme):
    return f"{programme.name} ({programme.organisation.name})"


class SignInForm(AuthenticationForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = _("E-mail address or user name")


class InvitationForm(forms.Form):
    # The address becomes the account's user name, which holds 150 characters.
    email = forms.EmailField(label=_("E-mail address"), max_length=150)
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices, initial=Role.VIEWER)

    def __init__(self, *args, organisation, **kwargs):
        super().__init__(*args, **kwargs)
        self.organisation = organisation

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if Membership.objects.filter(
            organisation=self.organisation, user__email__iexact=email
        ).exists():
            raise forms.ValidationError(_("This person is already a member."))
        if (
            Invitation.objects.pending()
            .filter(organisation=self.organisation, email=email)
            .exists()
        ):
            raise forms.ValidationError(_("This address already has a pending invitation."))
        return email


class RoleForm(forms.ModelForm):
    class Meta:
        model = Membership
        fields = ["role"]


class AcceptInvitationForm(SetPasswordForm):
    """A new account for the invited address: a name and a password."""

    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    field_order = ["first_name", "last_name", "new_password1", "new_password2"]

    def __init__(self, invitation, *args, **kwargs):
        user = get_user_model()(username=invitation.email, email=invitation.email)
        super().__init__(user, *args, **kwargs)

    def save(self, commit=True):
        self.user.first_name = self.cleaned_data["first_name"]
        self.user.last_name = self.cleaned_data["last_name"]
        return super().save(commit)
