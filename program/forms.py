"""Page forms. They collect and shape input; the services in program/services.py decide."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError

from program.bounds import validate_sane_date, validate_sane_datetime
from program.models import Membership, MembershipStatus, Program, ReferralService, Role, TrainingModule


class DateInput(forms.DateInput):
    """An HTML date picker; it only accepts ISO dates, whatever the locale's display format."""

    input_type = "date"

    def __init__(self, attrs: dict[str, Any] | None = None, format: str | None = None) -> None:
        super().__init__(attrs, format=format or "%Y-%m-%d")


class DateField(forms.DateField):
    """A date within the sane range (program/bounds.py): the year 1 is a typo, not a record."""

    default_validators = [validate_sane_date]


class DateTimeField(forms.DateTimeField):
    """A date and time within the sane range (program/bounds.py)."""

    default_validators = [validate_sane_datetime]


def apply_service_errors(form: forms.BaseForm, error: ValidationError) -> None:
    """Show a service's refusal on the form field it names (or at the top), once: a page whose form and
    service word a problem alike (a missing score) lists it one time."""
    by_field = error.message_dict if hasattr(error, "error_dict") else {NON_FIELD_ERRORS: error.messages}
    for field, messages in by_field.items():
        target = field if field in form.fields else None
        shown = set(form.errors.get(target or NON_FIELD_ERRORS, []))
        fresh = [message for message in messages if message not in shown]
        if fresh:
            form.add_error(target, fresh)


def _member_label(membership: Membership) -> str:
    return membership.display_name


def _member_role_label(membership: Membership) -> str:
    return f"{membership.display_name} ({membership.get_role_display()})"


class ProgramSettingsForm(forms.ModelForm):
    class Meta:
        model = Program
        fields = [
            "timezone",
            "retention_days",
            "min_active_supporters",
            "supervision_interval_days",
            "weekly_contact_hour_limit",
            "student_id_pattern",
            "suppression_threshold",
            "breakdown_suppression_threshold",
        ]


class AddMemberForm(forms.Form):
    email = forms.EmailField(
        help_text="An existing account is found by email; otherwise an invitation is sent."
    )
    first_name = forms.CharField(max_length=150, required=False)
    last_name = forms.CharField(max_length=150, required=False)
    role = forms.ChoiceField(choices=Role.choices)
    term_start = DateField(widget=DateInput, required=False)
    expected_end = DateField(widget=DateInput, required=False, help_text="For students: expected graduation.")
    year_level = forms.IntegerField(min_value=1, max_value=7, required=False)
    clinical_site = forms.CharField(max_length=120, required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("term_start"), data.get("expected_end")
        if start and end and end < start:
            self.add_error("expected_end", "The expected end cannot be before the term start.")
        return data


class MembershipForm(forms.ModelForm):
    class Meta:
        model = Membership
        fields = ["status", "term_start", "expected_end", "year_level", "clinical_site"]
        widgets = {"term_start": DateInput, "expected_end": DateInput}

    status = forms.ChoiceField(choices=MembershipStatus.choices)


class AssignSupervisorForm(forms.Form):
    supervisor = forms.ModelChoiceField(queryset=Membership.objects.none())
    backup = forms.ModelChoiceField(queryset=Membership.objects.none(), required=False)

    def __init__(self, *args: Any, program: Program, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        supervisors = (
            Membership.objects.filter(program=program, role=Role.SUPERVISOR, status=MembershipStatus.ACTIVE)
            .select_related("user")
            .order_by("user__last_name", "user__first_name")
        )
        for name in ("supervisor", "backup"):
            field = self.fields[name]
            assert isinstance(field, forms.ModelChoiceField)
            field.queryset = supervisors
            field.label_from_instance = _member_label  # type: ignore[method-assign,assignment]


class TrainingModuleForm(forms.ModelForm):
    required_for = forms.MultipleChoiceField(
        choices=Role.choices, required=False, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = TrainingModule
        fields = ["name", "description", "validity_months", "required_for"]


class TrainingRecordForm(forms.Form):
    membership = forms.ModelChoiceField(queryset=Membership.objects.none(), label="Member")
    module = forms.ModelChoiceField(queryset=TrainingModule.objects.none())
    completed_on = DateField(widget=DateInput)

    def __init__(self, *args: Any, program: Program, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        membership_field = self.fields["membership"]
        module_field = self.fields["module"]
        assert isinstance(membership_field, forms.ModelChoiceField)
        assert isinstance(module_field, forms.ModelChoiceField)
        membership_field.queryset = (
            Membership.objects.current()
            .filter(program=program)
            .select_related("user")
            .order_by("user__last_name")
        )
        membership_field.label_from_instance = _member_role_label  # type: ignore[method-assign,assignment]
        module_field.queryset = TrainingModule.objects.filter(program=program)


class ReferralServiceForm(forms.ModelForm):
    website = forms.URLField(required=False, assume_scheme="https")

    class Meta:
        model = ReferralService
        fields = [
            "name",
            "when_to_use",
            "phone",
            "hours",
            "available_24_7",
            "urgency",
            "website",
            "is_national",
            "is_active",
            "order",
        ]
        widgets = {"when_to_use": forms.Textarea(attrs={"rows": 3})}


class PhoneForm(forms.Form):
    """A staff member's own number; program/phones.py reads and checks it (the form only carries it)."""

    phone = forms.CharField(
        required=False,
        label="Phone number",
        help_text=(
            "Shown as tap-to-call to your program's supporters and staff while you are on call. "
            "A mobile is best, e.g. 0491 570 156; another country's number starts with + and its code. "
            "Leave empty to remove it."
        ),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel", "inputmode": "tel"}),
    )
