"""Page forms for succession planning. They shape input; succession/services.py decides (who may
act, whether a person can take on program work, whether a term or an upload is acceptable)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet

from program import forms as program_forms
from program.forms import DateInput
from program.models import CURRENT_STATUSES, Membership, Program
from succession.models import DevelopmentKind, DocumentKind, KeyRoleKind, Readiness
from succession.services import ALLOWED_UPLOADS, PROGRAM_PEOPLE

# The same words the services use, so a stale or forged choice reads like any other refusal.
NOT_A_MEMBER = "Choose a current member of this program."


def program_people(program: Program) -> QuerySet[Membership]:
    """The dropdown's candidates: current members doing program work (the services check again)."""
    return (
        Membership.objects.filter(program=program, role__in=PROGRAM_PEOPLE, status__in=CURRENT_STATUSES)
        .select_related("user")
        .order_by("user__last_name", "user__first_name", "role")
    )


class MemberField(forms.ModelChoiceField):
    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("queryset", Membership.objects.none())
        kwargs.setdefault("error_messages", {"invalid_choice": NOT_A_MEMBER})
        super().__init__(**kwargs)

    def label_from_instance(self, obj: Membership) -> str:
        return f"{obj.display_name} ({obj.get_role_display()})"


class PeopleForm(forms.Form):
    """A form with member dropdowns limited to the program's people."""

    def __init__(self, *args: Any, program: Program, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        people = program_people(program)
        for field in self.fields.values():
            if isinstance(field, MemberField):
                field.queryset = people


class KeyRoleForm(forms.Form):
    name = forms.CharField(max_length=120)
    kind = forms.ChoiceField(
        choices=KeyRoleKind.choices,
        help_text="The handover checklist starts from the template for this kind of role.",
    )
    description = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}))


class ContinuitySettingsForm(forms.Form):
    selection_weeks = forms.IntegerField(
        label="Selection (weeks)",
        help_text="Weeks from opening an intake to accepted offers.",
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "min": 1, "max": 52}),
    )
    training_weeks = forms.IntegerField(
        label="Training (weeks)",
        help_text="Weeks from an accepted offer to a supporter ready for duty.",
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "min": 0, "max": 52}),
    )


class HolderForm(PeopleForm):
    membership = MemberField(label="Holder")
    starts_on = program_forms.DateField(label="Term starts", widget=DateInput)
    term_ends_on = program_forms.DateField(label="Term ends", widget=DateInput, required=False)


class NominateForm(PeopleForm):
    membership = MemberField(label="Successor")
    readiness = forms.ChoiceField(
        choices=Readiness.choices, widget=forms.RadioSelect, initial=Readiness.LATER
    )
    notes = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}))


class ReadinessForm(forms.Form):
    readiness = forms.ChoiceField(choices=Readiness.choices)
    notes = forms.CharField(
        required=False, widget=forms.Textarea(attrs={"rows": 2}), help_text="Seen by coordinators only."
    )


class KeyRoleEditForm(forms.Form):
    name = forms.CharField(max_length=120)
    description = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}))


class TermForm(forms.Form):
    starts_on = program_forms.DateField(label="Term starts", widget=DateInput)
    term_ends_on = program_forms.DateField(label="Term ends", widget=DateInput, required=False)


class DocumentEditForm(PeopleForm):
    title = forms.CharField(max_length=200)
    kind = forms.ChoiceField(choices=DocumentKind.choices)
    owner = MemberField(label="Owner")


class DevelopmentActionForm(forms.Form):
    kind = forms.ChoiceField(choices=DevelopmentKind.choices)
    description = forms.CharField(max_length=200)
    due_on = program_forms.DateField(label="Due", widget=DateInput)


class ChecklistForm(forms.Form):
    items = forms.CharField(
        label="Checklist items",
        required=False,
        help_text="One item per line. Handovers already started keep their own tasks.",
        widget=forms.Textarea(attrs={"rows": 6}),
    )

    def lines(self) -> list[str]:
        return str(self.cleaned_data["items"]).splitlines()


class HandoverForm(PeopleForm):
    to_membership = MemberField(label="Taking over")
    from_membership = MemberField(label="Handing over", required=False, empty_label="— nobody —")


UPLOAD_ACCEPT = ",".join(ALLOWED_UPLOADS)
UPLOAD_HELP = "PDF, Word (.docx), OpenDocument (.odt), text or Markdown."


def upload_field() -> forms.FileField:
    # Not required here: the service's "Choose a file to upload." is the one refusal for a missing file.
    return forms.FileField(
        label="File",
        required=False,
        help_text=UPLOAD_HELP,
        widget=forms.FileInput(attrs={"accept": UPLOAD_ACCEPT}),
    )


class DocumentForm(PeopleForm):
    title = forms.CharField(max_length=200)
    kind = forms.ChoiceField(choices=DocumentKind.choices)
    owner = MemberField(label="Owner", help_text="Keeps the document up to date and reviews it yearly.")
    last_reviewed_on = program_forms.DateField(
        label="Last reviewed", widget=DateInput, required=False, help_text="Leave empty for today."
    )
    file = upload_field()
    note = forms.CharField(max_length=200, required=False, label="Version note")


class VersionForm(forms.Form):
    file = upload_field()
    note = forms.CharField(max_length=200, required=False, label="What changed")


class ReviewedForm(forms.Form):
    last_reviewed_on = program_forms.DateField(
        label="Reviewed on", widget=DateInput, required=False, help_text="Leave empty for today."
    )
