"""Page forms for supervision. They shape input; supervision/services.py decides.

Every contact field is optional here so a half-finished log can be kept as a draft; the
submit service says what a complete contact needs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from django import forms
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe

from program import forms as program_forms
from program.forms import DateInput
from program.models import WEEKDAYS, Membership, Program, ReferralService
from supervision.contacts.deidentify import Flag
from supervision.models import (
    Action,
    BurdenWeights,
    Channel,
    Concern,
    Contact,
    Initiator,
    PauseAction,
    PauseMetric,
    PeerCode,
    RiskLevel,
    RosterRole,
    SessionKind,
    SessionPurpose,
    TimeBand,
    UnavailabilityKind,
)
from supervision.wellbeing.burden import LABELS
from supervision.wellbeing.checkin import DISTRESS_ERROR, DISTRESS_QUESTION, FREQUENCY, ITEMS, item_error

# The scale's ends say what they mean in the list itself, so the question fits on a phone's line or two.
DISTRESS_ENDS = {0: "0 – not at all", 10: "10 – extremely"}
DISTRESS_CHOICES = [("", "Choose 0–10")] + [(str(n), DISTRESS_ENDS.get(n, str(n))) for n in range(11)]


class ContactForm(forms.Form):
    contact_date = program_forms.DateField(required=False, widget=DateInput, label="Date")
    time_band = forms.ChoiceField(
        choices=TimeBand.choices, required=False, widget=forms.RadioSelect, label="When"
    )
    duration_minutes = forms.IntegerField(
        required=False,
        label="How long (minutes)",
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "min": 1, "max": 600}),
    )
    channel = forms.ChoiceField(
        choices=Channel.choices, required=False, widget=forms.RadioSelect, label="How"
    )
    initiated_by = forms.ChoiceField(
        choices=Initiator.choices, required=False, widget=forms.RadioSelect, label="Who reached out"
    )
    risk_level = forms.ChoiceField(
        choices=RiskLevel.choices, required=False, widget=forms.RadioSelect, label="Risk"
    )
    concerns = forms.MultipleChoiceField(
        choices=Concern.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="What it was about",
    )
    actions = forms.MultipleChoiceField(
        choices=Action.choices, required=False, widget=forms.CheckboxSelectMultiple, label="What you did"
    )
    referral_service = forms.ModelChoiceField(
        queryset=ReferralService.objects.none(), required=False, label="Referred to", empty_label="— none —"
    )
    linked_to_crisis_service = forms.BooleanField(
        required=False, label="The peer was linked to a crisis service"
    )
    follow_up_planned = forms.BooleanField(required=False, label="A follow-up is planned")
    supporter_distress = forms.TypedChoiceField(
        choices=DISTRESS_CHOICES,
        coerce=int,
        empty_value=None,
        required=False,
        label="How distressed are you after this contact? (0–10)",
    )
    peer_code = forms.ModelChoiceField(
        queryset=PeerCode.objects.none(),
        required=False,
        label="Peer code (optional, links repeat contacts)",
        empty_label="— no code —",
    )
    narrative = forms.CharField(
        required=False,
        max_length=2000,
        label="Short note (optional)",
        help_text="No names, numbers, places or dates that could identify anyone. Notes are encrypted "
        "and erased after the program's retention period.",
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 2000}),
    )

    # The page's order (templates/supervision/contact_form.html), so the error summary lists problems in
    # the order a phone user meets them: two short boxes side by side, the questions every contact
    # answers, then the optional parts folded away (issue 14: the form fits in two phone screens).
    FIRST_ROW = ("contact_date", "duration_minutes")
    OPTIONAL_FIELDS = ("linked_to_crisis_service", "follow_up_planned", "peer_code", "narrative")
    field_order = [
        "contact_date",
        "duration_minutes",
        "time_band",
        "initiated_by",
        "channel",
        "risk_level",
        "concerns",
        "actions",
        "referral_service",
        "supporter_distress",
        *OPTIONAL_FIELDS,
    ]

    def __init__(self, *args: Any, supporter: Membership, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        service: Any = self.fields["referral_service"]
        service.queryset = ReferralService.objects.filter(program=supporter.program, is_active=True)
        code: Any = self.fields["peer_code"]
        code.queryset = PeerCode.objects.filter(supporter=supporter)

    def first_row(self) -> list[forms.BoundField]:
        return [self[name] for name in self.FIRST_ROW]

    def main_fields(self) -> list[forms.BoundField]:
        skip = {*self.FIRST_ROW, *self.OPTIONAL_FIELDS}
        return [field for field in self if field.name not in skip]

    def optional_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in self.OPTIONAL_FIELDS]

    def optional_open(self) -> bool:
        """Whether the optional parts show unfolded: when one of them is refused (its error and the
        summary's link must be reachable), or already holds an answer (an edit, a refused round)."""
        return any(field.errors or field.value() for field in self.optional_fields())

    def service_data(self) -> dict[str, Any]:
        """The cleaned values for the service (every field: a cleared box clears the value)."""
        return dict(self.cleaned_data)

    @staticmethod
    def initial_from(contact: Contact, narrative: str) -> dict[str, Any]:
        referral = next((a.referral_service for a in contact.actions.all() if a.referral_service_id), None)
        return {
            "contact_date": contact.contact_date,
            "time_band": contact.time_band,
            "duration_minutes": contact.duration_minutes,
            "channel": contact.channel,
            "initiated_by": contact.initiated_by,
            "concerns": [c.category for c in contact.concerns.all()],
            "risk_level": contact.risk_level,
            "actions": [a.action for a in contact.actions.all()],
            "referral_service": referral,
            "linked_to_crisis_service": contact.linked_to_crisis_service,
            "follow_up_planned": contact.follow_up_planned,
            "supporter_distress": contact.supporter_distress,
            "peer_code": contact.peer_code,
            "narrative": narrative,
        }


class BurdenWeightsForm(forms.Form):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in BurdenWeights.COMPONENTS:
            self.fields[name] = forms.IntegerField(min_value=0, max_value=100, label=LABELS[name])


class AnnotationForm(forms.Form):
    text = forms.CharField(
        max_length=2000,
        label="Add a supervisor's note",
        help_text="No identifying details. Only the supporter and their supervisors can read it.",
        widget=forms.Textarea(attrs={"rows": 3}),
    )


def _same_error(message: str) -> dict[str, str]:
    """One message for a choice left out or tampered with: either way the answer is missing."""
    return {"required": message, "invalid_choice": message}


class CheckInForm(forms.Form):
    # Each message names its question (supervision/wellbeing/checkin.py), so the summary shows it as it is.
    errors_name_fields = True

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name, question in ITEMS:
            self.fields[name] = forms.TypedChoiceField(
                choices=FREQUENCY,
                coerce=int,
                widget=forms.RadioSelect,
                label=question,
                error_messages=_same_error(item_error(name)),
            )
        self.fields["distress"] = forms.TypedChoiceField(
            choices=[(n, str(n)) for n in range(11)],
            coerce=int,
            widget=forms.RadioSelect,
            label=DISTRESS_QUESTION,
            error_messages=_same_error(DISTRESS_ERROR),
        )
        self.fields["wants_to_talk"] = forms.BooleanField(
            required=False, label="I'd like to talk to my supervisor"
        )
        self.fields["wants_pause"] = forms.BooleanField(
            required=False,
            label="I'd like to pause supporting peers",
            help_text="This pauses you straight away; your supervisor will talk with you about coming back.",
        )


class SessionForm(forms.Form):
    supporters = forms.ModelMultipleChoiceField(
        queryset=Membership.objects.none(), widget=forms.CheckboxSelectMultiple, label="Who attended"
    )
    kind = forms.ChoiceField(choices=SessionKind.choices, widget=forms.RadioSelect)
    purpose = forms.ChoiceField(choices=SessionPurpose.choices, widget=forms.RadioSelect)
    held_on = program_forms.DateField(widget=DateInput, label="Held on")
    duration_minutes = forms.IntegerField(min_value=5, max_value=480, initial=45, label="Duration (minutes)")
    contacts = forms.ModelMultipleChoiceField(
        queryset=Contact.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Contacts discussed",
    )
    advice = forms.CharField(required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))
    follow_ups = forms.CharField(required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2}))
    next_due = program_forms.DateField(
        required=False,
        widget=DateInput,
        label="Next session due",
        help_text="Leave empty for the program's interval.",
    )

    def __init__(self, *args: Any, program: Program, supervisees: Any, contacts: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        supporters: Any = self.fields["supporters"]
        supporters.queryset = supervisees
        supporters.label_from_instance = lambda m: m.display_name
        discussed: Any = self.fields["contacts"]
        discussed.queryset = contacts
        discussed.label_from_instance = lambda c: (
            f"{c.supporter.display_name}: {c.contact_date:%-d %b} · {c.get_risk_level_display()} risk"
        )


# --- Pauses -------------------------------------------------------------------------------------------


class PauseRuleForm(forms.Form):
    name = forms.CharField(max_length=120)
    metric = forms.ChoiceField(choices=PauseMetric.choices, label="Condition on")
    window_days = forms.IntegerField(label="Window (days)", help_text="0 for conditions without a window.")
    threshold = forms.IntegerField(help_text="The condition holds at or above this value.")
    action = forms.ChoiceField(choices=PauseAction.choices, widget=forms.RadioSelect)
    review_days = forms.IntegerField(label="Review after (days)", initial=14)
    enabled = forms.BooleanField(required=False, initial=True)


class BlackoutForm(forms.Form):
    name = forms.CharField(max_length=120, help_text="For example, “End-of-year exams”.")
    starts_on = program_forms.DateField(widget=DateInput, label="First day")
    ends_on = program_forms.DateField(widget=DateInput, label="Last day")


class SupporterChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return str(obj.display_name)


class ManualPauseForm(forms.Form):
    membership = SupporterChoiceField(queryset=Membership.objects.none(), label="Supporter")
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        help_text="Only the supporter and their supervisors see this. No names or other identifiers.",
    )
    review_on = program_forms.DateField(widget=DateInput, required=False, label="Review by")

    def __init__(self, *args: Any, supporters: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = cast(SupporterChoiceField, self.fields["membership"])
        field.queryset = supporters if supporters is not None else Membership.objects.none()


class ResumeForm(forms.Form):
    note = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        label="Sign-off note",
        help_text="What you agreed with the supporter. Only they and their supervisors see it.",
    )


# --- Rosters ------------------------------------------------------------------------------------------


class TimeInput(forms.TimeInput):
    input_type = "time"


class ShiftTemplateForm(forms.Form):
    name = forms.CharField(max_length=120)
    role = forms.ChoiceField(choices=RosterRole.choices, widget=forms.RadioSelect)
    rrule = forms.CharField(
        max_length=500,
        label="Days (RRULE)",
        initial="FREQ=DAILY",
        help_text="FREQ=DAILY, or for example FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR.",
    )
    starts_at = forms.TimeField(widget=TimeInput, label="Starts")
    ends_at = forms.TimeField(
        widget=TimeInput,
        label="Ends",
        help_text="On the program's clock; earlier than the start means the next day.",
    )
    min_people = forms.IntegerField(label="People needed", initial=1, min_value=1, max_value=20)
    active = forms.BooleanField(required=False, initial=True)


class GenerateRosterForm(forms.Form):
    starts_on = program_forms.DateField(widget=DateInput, label="First day")
    ends_on = program_forms.DateField(widget=DateInput, label="Last day")


class FairnessForm(forms.Form):
    start = program_forms.DateField(widget=DateInput, label="From")
    to = program_forms.DateField(widget=DateInput, label="To")


class WindowForm(forms.Form):
    weekday = forms.TypedChoiceField(
        choices=[(i, day) for i, day in enumerate(WEEKDAYS)], coerce=int, label="Day"
    )
    starts = forms.TimeField(widget=TimeInput, label="From")
    ends = forms.TimeField(widget=TimeInput, label="To")


class UnavailabilityForm(forms.Form):
    kind = forms.ChoiceField(choices=UnavailabilityKind.choices, label="What")
    starts_at = program_forms.DateTimeField(
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}), label="From"
    )
    ends_at = program_forms.DateTimeField(
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}), label="Until"
    )


# --- Refused free text, shown back to its writer --------------------------------------------------

# Fields the de-identifier checks (supervision.services.check_free_text callers).
CHECKED_TEXT_FIELDS = ("narrative", "advice", "follow_ups", "text", "reason", "note")


def marked_text(text: str, flags: list[Flag]) -> SafeString:
    """`text` escaped, each flagged stretch in <mark> followed by what it looks like, so the writer
    sees (and a screen reader says) which words to change."""
    pieces: list[str] = []
    at = 0
    for flag in flags:
        if flag.start < at:
            continue
        pieces.append(conditional_escape(text[at : flag.start]))
        pieces.append(
            format_html(
                '<mark>{}</mark> <span class="flag-kind">(looks like {})</span>',
                text[flag.start : flag.end],
                flag.label,
            )
        )
        at = flag.end
    pieces.append(conditional_escape(text[at:]))
    return mark_safe("".join(pieces))  # every piece is escaped above


def mark_refused_text(form: forms.BaseForm, flag: Callable[[str], list[Flag]]) -> None:
    """Mark the identifying words of each refused free-text field for the page to show beside it.

    `flag(text)` finds them (the program's detector). Only the writer's own page gets the text back;
    nothing of it is stored or logged."""
    if not form.is_bound:
        return
    for name in CHECKED_TEXT_FIELDS:
        text = form.data.get(name) or ""
        if name not in form.fields or name not in form.errors or not text:
            continue
        flags = flag(text)
        if flags:
            # Read by templates/form_fields.html beside the field's errors.
            setattr(form.fields[name], "flagged", marked_text(text, flags))  # noqa: B010
