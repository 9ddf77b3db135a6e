"""Page forms for selection. They collect and shape input; selection/services.py decides."""

from __future__ import annotations

from datetime import time
from typing import Any

from django import forms
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db.models import Q

from program import forms as program_forms
from program.forms import DateInput, apply_service_errors
from program.models import CURRENT_STATUSES, MembershipStatus, Program, Role
from selection.models import Application, Criterion, CriterionKind, Decision, GateSource, Intake
from selection.services import CriterionInput

WEEKDAYS = [
    (0, "Monday"),
    (1, "Tuesday"),
    (2, "Wednesday"),
    (3, "Thursday"),
    (4, "Friday"),
    (5, "Saturday"),
    (6, "Sunday"),
]
WINDOW_ROWS = 7
# Half-hour steps; a window may end at 23:59 so a late evening fits without crossing midnight.
STARTS = [time(h, m) for h in range(24) for m in (0, 30)]
ENDS = [*STARTS[1:], time(23, 59)]


def _time_choices(times: list[time]) -> list[tuple[str, str]]:
    return [("", "—")] + [(t.strftime("%H:%M"), t.strftime("%H:%M")) for t in times]


def eligible_reviewers(program: Program) -> Any:
    """Users who may review this program's intakes (the rule services._set_reviewers enforces)."""
    return (
        User.objects.filter(
            Q(
                memberships__role__in=[Role.COORDINATOR, Role.SUPERVISOR, Role.REVIEWER],
                memberships__status__in=CURRENT_STATUSES,
            )
            | Q(memberships__status=MembershipStatus.ALUMNUS),
            memberships__program=program,
        )
        .distinct()
        .order_by("last_name", "first_name", "username")
    )


def _user_label(user: User) -> str:
    return user.get_full_name() or user.get_username()


class IntakeForm(forms.Form):
    name = forms.CharField(max_length=200)
    opens_on = program_forms.DateField(widget=DateInput)
    closes_on = program_forms.DateField(widget=DateInput)
    target = forms.IntegerField(min_value=1, max_value=500, help_text="New supporters to select.")
    min_reviews = forms.IntegerField(
        min_value=2,
        max_value=5,
        initial=2,
        label="Minimum reviews",
        help_text="Reviews needed before deciding.",
    )
    review_days = forms.IntegerField(
        min_value=1,
        max_value=60,
        initial=14,
        label="Days to review",
        help_text="Reviewers get a reminder after.",
    )
    reviewers = forms.ModelMultipleChoiceField(
        queryset=User.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Coordinators, supervisors, reviewers and alumni of this program.",
    )

    def __init__(self, *args: Any, program: Program, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["reviewers"]
        assert isinstance(field, forms.ModelMultipleChoiceField)
        field.queryset = eligible_reviewers(program)
        field.label_from_instance = _user_label  # type: ignore[method-assign,assignment]

    @staticmethod
    def initial_from(intake: Intake) -> dict[str, Any]:
        initial: dict[str, Any] = {
            name: getattr(intake, name)
            for name in ("name", "opens_on", "closes_on", "target", "min_reviews", "review_days")
        }
        initial["reviewers"] = list(intake.reviewers.all())
        return initial


class CriterionForm(forms.Form):
    order = forms.IntegerField(min_value=1, max_value=99, required=False, help_text="Position in the rubric.")
    name = forms.CharField(max_length=200, required=False)
    kind = forms.ChoiceField(choices=[("", "—"), *CriterionKind.choices], required=False)
    weight = forms.IntegerField(
        min_value=1, max_value=10, initial=1, required=False, help_text="Scored criteria: 1–10."
    )
    question = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        help_text="Scored criteria: what the applicant is asked.",
    )
    guidance = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}), required=False, help_text="What reviewers look for."
    )
    gate_source = forms.ChoiceField(
        choices=[("", "—"), *GateSource.choices], required=False, label="Gate settled by"
    )
    sensitive = forms.BooleanField(required=False, help_text="Gate details seen by coordinators only.")

    @staticmethod
    def initial_from(criterion: Criterion) -> dict[str, Any]:
        return {
            "order": criterion.order,
            "name": criterion.name,
            "kind": criterion.kind,
            "weight": criterion.weight,
            "question": criterion.question,
            "guidance": criterion.guidance,
            "gate_source": criterion.gate_source,
            "sensitive": criterion.sensitive,
        }


CriterionFormSet = forms.formset_factory(CriterionForm, extra=2, can_delete=True, max_num=30)


def rubric_input(formset: Any) -> tuple[list[CriterionInput], list[int]]:
    """The criteria the coordinator kept, in their chosen order, and the form index of each."""
    kept: list[tuple[int, int, CriterionInput]] = []
    for index, form in enumerate(formset.forms):
        data = form.cleaned_data
        if not data or data.get("DELETE") or not (data.get("name") or data.get("kind")):
            continue
        kept.append(
            (
                data.get("order") or 1000 + index,
                index,
                CriterionInput(
                    name=data.get("name") or "",
                    kind=data.get("kind") or "",
                    weight=data.get("weight") or 1,
                    guidance=data.get("guidance") or "",
                    question=data.get("question") or "",
                    gate_source=data.get("gate_source") or "",
                    sensitive=bool(data.get("sensitive")),
                ),
            )
        )
    kept.sort(key=lambda item: (item[0], item[1]))
    return [item[2] for item in kept], [item[1] for item in kept]


def apply_rubric_errors(formset: Any, form_indexes: list[int], error: ValidationError) -> list[str]:
    """Put `criteria[n].field` refusals on the n-th kept form; return the rubric-wide ones."""
    general: list[str] = []
    for key, messages in error.message_dict.items():
        if key.startswith("criteria[") and "]." in key:
            position, field = key[len("criteria[") :].split("].", 1)
            form = formset.forms[form_indexes[int(position) - 1]]
            form.add_error(field if field in form.fields else None, messages)
        else:
            general.extend(messages)
    return general


class ApplicationForm(forms.Form):
    """Everything optional here: a draft keeps whatever is given; submission checks completeness."""

    year_level = forms.TypedChoiceField(
        choices=[("", "—")] + [(str(n), f"Year {n}") for n in range(1, 8)],
        coerce=int,
        empty_value=None,
        required=False,
    )
    clinical_site = forms.CharField(max_length=120, required=False, label="Clinical site or campus")
    expected_graduation = program_forms.DateField(widget=DateInput, required=False)
    declares_no_current_vulnerability = forms.TypedChoiceField(
        label="I am not currently going through difficulties that would make supporting peers unsafe for "
        "me or for them",
        choices=[("yes", "Yes, that's right"), ("no", "No, not at the moment")],
        coerce=lambda value: value == "yes",
        empty_value=None,
        widget=forms.RadioSelect,
        required=False,
        help_text="Only you and the coordinators see your answer; reviewers see only whether this is met.",
    )
    declaration_note = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        label="Anything you'd like the coordinators to know (optional, private)",
    )
    agrees_to_role_boundaries = forms.BooleanField(
        required=False,
        label="I have read the role boundaries: supporters listen and refer on; they are not counsellors",
    )

    def __init__(self, *args: Any, intake: Intake, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.questions = [c for c in intake.criteria.all() if c.kind == CriterionKind.SCORED and c.question]
        for criterion in self.questions:
            self.fields[f"answer_{criterion.pk}"] = forms.CharField(
                label=criterion.question,
                widget=forms.Textarea(attrs={"rows": 4}),
                required=False,
                max_length=4000,
            )
        for row in range(WINDOW_ROWS):
            self.fields[f"window_{row}_day"] = forms.TypedChoiceField(
                choices=[("", "—"), *WEEKDAYS], coerce=int, empty_value=None, required=False, label="Day"
            )
            self.fields[f"window_{row}_starts"] = forms.ChoiceField(
                choices=_time_choices(STARTS), required=False, label="From"
            )
            self.fields[f"window_{row}_ends"] = forms.ChoiceField(
                choices=_time_choices(ENDS), required=False, label="To"
            )
        self.availability_errors: list[str] = []

    @staticmethod
    def initial_from(application: Application) -> dict[str, Any]:
        initial: dict[str, Any] = {
            "year_level": application.year_level,
            "clinical_site": application.clinical_site,
            "expected_graduation": application.expected_graduation,
            "declaration_note": application.declaration_note,
            "agrees_to_role_boundaries": application.agrees_to_role_boundaries,
        }
        if application.declares_no_current_vulnerability is not None:
            initial["declares_no_current_vulnerability"] = (
                "yes" if application.declares_no_current_vulnerability else "no"
            )
        for answer in application.answers.all():
            initial[f"answer_{answer.criterion_id}"] = answer.text
        for row, window in enumerate(application.availability.all()[:WINDOW_ROWS]):
            initial[f"window_{row}_day"] = window.weekday
            initial[f"window_{row}_starts"] = window.starts.strftime("%H:%M")
            initial[f"window_{row}_ends"] = window.ends.strftime("%H:%M")
        return initial

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        for row in range(WINDOW_ROWS):
            parts = [data.get(f"window_{row}_{part}") for part in ("day", "starts", "ends")]
            if any(p not in (None, "") for p in parts) and any(p in (None, "") for p in parts):
                self.add_error(
                    f"window_{row}_day", "Choose a day, a start and an end (or leave all three empty)."
                )
        return data

    def window_rows(self) -> list[tuple[forms.BoundField, forms.BoundField, forms.BoundField]]:
        return [
            (self[f"window_{r}_day"], self[f"window_{r}_starts"], self[f"window_{r}_ends"])
            for r in range(WINDOW_ROWS)
        ]

    def answer_fields(self) -> list[forms.BoundField]:
        return [self[f"answer_{c.pk}"] for c in self.questions]

    def service_data(self) -> dict[str, Any]:
        data = self.cleaned_data
        windows = []
        for row in range(WINDOW_ROWS):
            day, starts, ends = (data.get(f"window_{row}_{part}") for part in ("day", "starts", "ends"))
            if day is not None and starts and ends:
                windows.append((day, time.fromisoformat(starts), time.fromisoformat(ends)))
        return {
            "year_level": data.get("year_level"),
            "clinical_site": data.get("clinical_site", ""),
            "expected_graduation": data.get("expected_graduation"),
            "declares_no_current_vulnerability": data.get("declares_no_current_vulnerability"),
            "declaration_note": data.get("declaration_note", ""),
            "agrees_to_role_boundaries": bool(data.get("agrees_to_role_boundaries")),
            "answers": {c.pk: data.get(f"answer_{c.pk}", "") for c in self.questions},
            "availability": windows,
        }

    def apply_errors(self, error: ValidationError) -> None:
        """Service refusals by field; availability's go beside the windows."""
        if hasattr(error, "error_dict"):
            for key, messages in error.message_dict.items():
                if key == "availability":
                    self.availability_errors.extend(messages)
                else:
                    self.add_error(key if key in self.fields else None, messages)
        else:
            apply_service_errors(self, error)


class ReviewForm(forms.Form):
    """A score 1–5 and a rationale for every scored criterion."""

    # Each message names its criterion (Criterion.score_error), so the summary shows it as it is.
    errors_name_fields = True

    def __init__(self, *args: Any, criteria: list[Criterion], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.criteria = criteria
        for criterion in criteria:
            self.fields[f"score_{criterion.pk}"] = forms.TypedChoiceField(
                label=f"{criterion.name}: score",
                choices=[(str(n), str(n)) for n in range(1, 6)],
                coerce=int,
                empty_value=None,
                widget=forms.RadioSelect,
                required=False,
                error_messages={"invalid_choice": criterion.score_error},
            )
            self.fields[f"rationale_{criterion.pk}"] = forms.CharField(
                label=f"{criterion.name}: why this score",
                widget=forms.Textarea(attrs={"rows": 3}),
                required=False,
            )

    def rows(self) -> list[tuple[Criterion, forms.BoundField, forms.BoundField]]:
        return [(c, self[f"score_{c.pk}"], self[f"rationale_{c.pk}"]) for c in self.criteria]

    def scores(self) -> dict[int, tuple[int | None, str]]:
        data = self.cleaned_data
        return {c.pk: (data.get(f"score_{c.pk}"), data.get(f"rationale_{c.pk}") or "") for c in self.criteria}


class DecideForm(forms.Form):
    decision = forms.ChoiceField(choices=Decision.choices, widget=forms.RadioSelect)
    criterion = forms.ModelChoiceField(
        queryset=Criterion.objects.none(), label="Criterion the decision rests on"
    )
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}), help_text="Explain it from the recorded scores and gates."
    )

    def __init__(self, *args: Any, intake: Intake, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["criterion"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = intake.criteria.all()


class GateForm(forms.Form):
    criterion = forms.IntegerField(widget=forms.HiddenInput)
    met = forms.TypedChoiceField(choices=[("yes", "Met"), ("no", "Not met")], coerce=lambda v: v == "yes")
