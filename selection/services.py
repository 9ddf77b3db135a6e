"""State changes of selection; pages and the API both call these (SPEC 4.2).

Every change is one transaction, audited, and refused with a ValidationError naming the field.
Decisions lock the application row so two coordinators deciding at once cannot both win.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, cast

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone

from program import audit, dates
from program.models import (
    CURRENT_STATUSES,
    AuditAction,
    Availability,
    Membership,
    MembershipStatus,
    Program,
    Role,
)
from program.notifications import notify
from program.selectors import is_coordinator
from program.training import assign_mandatory_training
from selection.models import (
    Answer,
    Application,
    ApplicationStatus,
    AvailabilityWindow,
    Criterion,
    CriterionKind,
    Decision,
    GateResult,
    GateSource,
    Intake,
    OfferResponse,
    Review,
    Score,
)

# The study's criteria for a formal program (Graves et al. 2022, Table 1), plus role understanding.
DEFAULT_RUBRIC: list[dict[str, Any]] = [
    {
        "name": "Previous experience and training",
        "kind": CriterionKind.SCORED,
        "weight": 3,
        "question": "What experience or training do you have in supporting others (e.g. mental-health "
        "first aid, peer mentoring, volunteering)?",
        "guidance": "5: relevant training and sustained experience; 3: some experience or training; "
        "1: none yet (training is provided — weigh willingness to learn).",
    },
    {
        "name": "Accessibility and ability to contribute",
        "kind": CriterionKind.SCORED,
        "weight": 2,
        "question": "How much time can you give, and how reachable are you to students on your placements?",
        "guidance": "Consider weekly availability, placements that reach isolated students, and other "
        "commitments.",
    },
    {
        "name": "No current vulnerability",
        "kind": CriterionKind.GATE,
        "gate_source": GateSource.DECLARATION,
        "sensitive": True,
        "guidance": "Self-declared by the applicant; only coordinators see the declaration. "
        "Re-confirmed each term.",
    },
    {
        "name": "Academic performance not at risk",
        "kind": CriterionKind.GATE,
        "gate_source": GateSource.COORDINATOR,
        "guidance": "Confirmed by the coordinator with the school; supporting peers must not put "
        "study at risk.",
    },
    {
        "name": "Understanding of role boundaries and motivation",
        "kind": CriterionKind.SCORED,
        "weight": 3,
        "question": "When would you pause, seek advice or refer a peer on? Why do you want this role?",
        "guidance": "5: clear on limits, referral and self-care, motivated by peers' wellbeing; "
        "1: sees the role as counselling or rescue.",
    },
]
INTAKE_FIELDS = ("name", "opens_on", "closes_on", "target", "min_reviews", "review_days")
APPLICATION_FIELDS = (
    "year_level",
    "clinical_site",
    "expected_graduation",
    "declares_no_current_vulnerability",
    "declaration_note",
    "agrees_to_role_boundaries",
)


def _require_coordinator(user: User, program: Program) -> None:
    if not is_coordinator(user, program.pk):
        raise Intake.DoesNotExist


# --- Intakes and rubrics ------------------------------------------------------------------------


@transaction.atomic
def create_intake(program: Program, *, by: User, reviewers: Iterable[User] = (), **fields: Any) -> Intake:
    """A new intake, starting from the default rubric."""
    _require_coordinator(by, program)
    intake = Intake(program=program)
    errors = _set_intake_fields(intake, fields)
    if errors:
        raise ValidationError(errors)
    if Intake.objects.filter(program=program, name__iexact=intake.name).exists():
        raise ValidationError({"name": "This program already has an intake with that name."})
    intake.save()
    Criterion.objects.bulk_create(
        [
            Criterion(intake=intake, order=index, **criterion)
            for index, criterion in enumerate(DEFAULT_RUBRIC, 1)
        ]
    )
    _set_reviewers(intake, list(reviewers))
    audit.record(by, AuditAction.CREATE, intake, program=program)
    return intake


def _set_intake_fields(intake: Intake, fields: dict[str, Any]) -> dict[str, str]:
    errors: dict[str, str] = {
        name: "This field cannot be set here." for name in set(fields) - set(INTAKE_FIELDS)
    }
    for name, value in fields.items():
        if name in INTAKE_FIELDS:
            setattr(intake, name, value)
    if not intake.name:
        errors["name"] = "Give the intake a name."
    if intake.opens_on and intake.closes_on and intake.closes_on < intake.opens_on:
        errors["closes_on"] = "The intake cannot close before it opens."
    try:
        intake.full_clean(exclude=["program", "reviewers"], validate_unique=False, validate_constraints=False)
    except ValidationError as error:
        for field, messages in error.message_dict.items():
            errors.setdefault(field, messages[0])
    return errors


@transaction.atomic
def update_intake(
    intake: Intake, *, by: User, reviewers: Iterable[User] | None = None, **fields: Any
) -> Intake:
    _require_coordinator(by, intake.program)
    intake = Intake.objects.select_for_update().get(pk=intake.pk)
    errors = _set_intake_fields(intake, fields)
    if errors:
        raise ValidationError(errors)
    intake.save()
    if reviewers is not None:
        _set_reviewers(intake, list(reviewers))
    audit.record(by, AuditAction.UPDATE, intake, program=intake.program, summary="intake changed")
    return intake


def _set_reviewers(intake: Intake, reviewers: list[User]) -> None:
    """Reviewers are current coordinators, supervisors or reviewers of the program. An alumnus who
    reviews is given the reviewer role first, so they can open the program's pages."""
    eligible = set(
        Membership.objects.filter(
            program=intake.program,
            role__in=[Role.COORDINATOR, Role.SUPERVISOR, Role.REVIEWER],
            status__in=CURRENT_STATUSES,
        ).values_list("user_id", flat=True)
    )
    outside = [user for user in reviewers if user.pk not in eligible]
    if outside:
        raise ValidationError(
            {
                "reviewers": "Reviewers must be current coordinators, supervisors or reviewers of this "
                "program "
                "(give an alumnus the reviewer role first)."
            }
        )
    intake.reviewers.set(reviewers)


@dataclass
class CriterionInput:
    name: str
    kind: str
    weight: int = 1
    guidance: str = ""
    question: str = ""
    gate_source: str = ""
    sensitive: bool = False


@transaction.atomic
def replace_rubric(intake: Intake, *, by: User, criteria: list[CriterionInput]) -> list[Criterion]:
    """Replace the rubric; refused once the first review has been submitted (scores must stay comparable)."""
    _require_coordinator(by, intake.program)
    intake = Intake.objects.select_for_update().get(pk=intake.pk)
    if intake.rubric_frozen_at is not None:
        raise ValidationError(
            {
                "criteria": f"The rubric is frozen: the first review was submitted on "
                f"{dates.day(intake.rubric_frozen_at, intake.program.tzinfo)}, and changing it now "
                "would make scores incomparable."
            }
        )
    errors: dict[str, str] = {}
    if not criteria:
        errors["criteria"] = "A rubric needs at least one criterion."
    if not any(c.kind == CriterionKind.SCORED for c in criteria):
        errors["criteria"] = "A rubric needs at least one scored criterion to rank applicants."
    for index, criterion in enumerate(criteria, 1):
        prefix = f"criteria[{index}]"
        if not criterion.name.strip():
            errors[f"{prefix}.name"] = "Give the criterion a name."
        if criterion.kind not in CriterionKind.values:
            errors[f"{prefix}.kind"] = "Choose gate or scored."
        elif criterion.kind == CriterionKind.SCORED and not 1 <= criterion.weight <= 10:
            errors[f"{prefix}.weight"] = "A weight is a whole number from 1 to 10."
        elif criterion.kind == CriterionKind.GATE and criterion.gate_source not in GateSource.values:
            errors[f"{prefix}.gate_source"] = "Say who settles the gate: the declaration or the coordinator."
    if errors:
        raise ValidationError(errors)
    intake.criteria.all().delete()
    created = Criterion.objects.bulk_create(
        [
            Criterion(
                intake=intake,
                order=index,
                name=c.name.strip(),
                kind=c.kind,
                weight=c.weight if c.kind == CriterionKind.SCORED else 1,
                guidance=c.guidance,
                question=c.question if c.kind == CriterionKind.SCORED else "",
                gate_source=c.gate_source if c.kind == CriterionKind.GATE else "",
                sensitive=c.sensitive and c.kind == CriterionKind.GATE,
            )
            for index, c in enumerate(criteria, 1)
        ]
    )
    audit.record(by, AuditAction.UPDATE, intake, program=intake.program, summary="rubric changed")
    return created


# --- Applications -------------------------------------------------------------------------------


def _on_day(moment: datetime | None, *, program: Program) -> str:
    return "" if moment is None else f" on {dates.day(timezone.localtime(moment, program.tzinfo).date())}"


def not_open_message(intake: Intake, today: date) -> str:
    """Why an applicant cannot apply today, in words: an intake that has not opened yet says when it
    opens (not "closed"), one that has closed says when it closed."""
    if today < intake.opens_on:
        return (
            f"This intake opens on {dates.day(intake.opens_on)}. You can start and submit an "
            f"application from then until {dates.day(intake.closes_on)}."
        )
    return (
        f"This intake closed on {dates.day(intake.closes_on)} (it ran {dates.day(intake.opens_on)} – "
        f"{dates.day(intake.closes_on)}); applications can no longer be started or changed."
    )


def _require_applicant(user: User, intake: Intake) -> None:
    if not Membership.objects.filter(
        user=user, program_id=intake.program_id, role=Role.APPLICANT, status__in=CURRENT_STATUSES
    ).exists():
        raise Application.DoesNotExist


@transaction.atomic
def save_application(
    intake: Intake,
    *,
    by: User,
    answers: dict[int, str] | None = None,
    availability: list[tuple[int, time, time]] | None = None,
    **fields: Any,
) -> Application:
    """Create or update the applicant's draft (or their submitted application while the intake is open)."""
    _require_applicant(by, intake)
    if not intake.is_open(intake.program.today()):
        raise ValidationError({"__all__": not_open_message(intake, intake.program.today())})
    application, _ = Application.objects.select_for_update().get_or_create(intake=intake, applicant=by)
    if application.status not in (ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED):
        raise ValidationError({"__all__": "This application is already under review and can't be changed."})
    errors: dict[str, str] = {
        name: "This field is not part of an application." for name in set(fields) - set(APPLICATION_FIELDS)
    }
    for name in APPLICATION_FIELDS:
        if name in fields:
            setattr(application, name, fields[name])
    if application.year_level is not None and not 1 <= application.year_level <= 7:
        errors["year_level"] = "Year level is from 1 to 7."
    # The supporter term made on acceptance runs to this date, and a term cannot end before it starts.
    if (
        application.expected_graduation is not None
        and application.expected_graduation < intake.program.today()
    ):
        errors["expected_graduation"] = "Your expected graduation can't be in the past."
    if errors:
        raise ValidationError(errors)
    application.save()
    if answers is not None:
        _save_answers(application, answers)
    if availability is not None:
        _save_availability(application, availability)
    if application.status == ApplicationStatus.SUBMITTED:
        # Reviewers will assess what was submitted: it stays complete, and the declaration gate follows
        # a changed declaration (else an offer could rest on a gate the applicant no longer meets).
        missing = missing_for_submission(application)
        if missing:
            raise ValidationError(missing)
        GateResult.objects.filter(
            application=application, criterion__gate_source=GateSource.DECLARATION
        ).update(
            met=bool(application.declares_no_current_vulnerability), settled_by=by, settled_at=timezone.now()
        )
    return application


def _save_answers(application: Application, answers: dict[int, str]) -> None:
    criteria = {c.pk: c for c in application.intake.criteria.all()}
    unknown = [pk for pk in answers if pk not in criteria]
    if unknown:
        raise ValidationError({"answers": "Answer only this intake's questions."})
    for pk, text in answers.items():
        text = (text or "").strip()
        if text:
            Answer.objects.update_or_create(
                application=application, criterion_id=pk, defaults={"text": text[:4000]}
            )
        else:
            Answer.objects.filter(application=application, criterion_id=pk).delete()


def _save_availability(application: Application, windows: list[tuple[int, time, time]]) -> None:
    for weekday, starts, ends in windows:
        if not 0 <= weekday <= 6:
            raise ValidationError({"availability": "Days are Monday to Sunday."})
        if ends <= starts:
            raise ValidationError(
                {"availability": "Each window must end after it starts (split overnight windows)."}
            )
    application.availability.all().delete()
    AvailabilityWindow.objects.bulk_create(
        [AvailabilityWindow(application=application, weekday=d, starts=s, ends=e) for d, s, e in windows]
    )


def missing_for_submission(application: Application) -> dict[str, str]:
    """What an application still needs before it can be submitted, by field."""
    return missing_from(
        application.intake,
        year_level=application.year_level,
        clinical_site=application.clinical_site,
        expected_graduation=application.expected_graduation,
        declares_no_current_vulnerability=application.declares_no_current_vulnerability,
        agrees_to_role_boundaries=application.agrees_to_role_boundaries,
        answered=set(application.answers.values_list("criterion_id", flat=True)),
        has_availability=application.availability.exists(),
    )


def missing_from(
    intake: Intake,
    *,
    year_level: int | None,
    clinical_site: str,
    expected_graduation: date | None,
    declares_no_current_vulnerability: bool | None,
    agrees_to_role_boundaries: bool,
    answered: set[int],
    has_availability: bool,
) -> dict[str, str]:
    """What an application with these values would still need, by field (nothing read or saved but the
    intake's questions): also for a page whose form refused some fields, to say the rest in one round."""
    missing: dict[str, str] = {}
    if year_level is None:
        missing["year_level"] = "Give your year level."
    if not clinical_site:
        missing["clinical_site"] = "Give your clinical site or campus."
    if expected_graduation is None:
        missing["expected_graduation"] = "Give your expected graduation date."
    if declares_no_current_vulnerability is None:
        missing["declares_no_current_vulnerability"] = "Answer the wellbeing declaration."
    if not agrees_to_role_boundaries:
        missing["agrees_to_role_boundaries"] = "Confirm you have read the role boundaries."
    for criterion in intake.criteria.filter(kind=CriterionKind.SCORED).exclude(question=""):
        if criterion.pk not in answered:
            missing[f"answer_{criterion.pk}"] = f"Answer: {criterion.question}"
    if not has_availability:
        missing["availability"] = "Add at least one weekly window when you could support peers."
    return missing


@transaction.atomic
def submit_application(application: Application, *, by: User) -> Application:
    """Submit a complete draft while the intake is open; reviewers are assigned with balanced load."""
    application = (
        Application.objects.select_for_update().select_related("intake__program").get(pk=application.pk)
    )
    if application.applicant_id != by.pk:
        raise Application.DoesNotExist
    if application.status != ApplicationStatus.DRAFT:
        raise ValidationError({"__all__": "This application has already been submitted."})
    intake = application.intake
    if not intake.is_open(intake.program.today()):
        raise ValidationError({"__all__": not_open_message(intake, intake.program.today())})
    missing = missing_for_submission(application)
    if missing:
        raise ValidationError(missing)
    application.status = ApplicationStatus.SUBMITTED
    application.submitted_at = timezone.now()
    application.save(update_fields=["status", "submitted_at", "updated_at"])
    for criterion in intake.criteria.filter(kind=CriterionKind.GATE, gate_source=GateSource.DECLARATION):
        GateResult.objects.update_or_create(
            application=application,
            criterion=criterion,
            defaults={"met": bool(application.declares_no_current_vulnerability), "settled_by": by},
        )
    _assign_reviewers(application, needed=intake.min_reviews)
    audit.record(by, AuditAction.UPDATE, application, program=intake.program, summary="submitted")
    return application


def _assign_reviewers(application: Application, *, needed: int) -> list[Review]:
    """Add reviewers until `needed` are active, choosing the least loaded in this intake (then by id)."""
    intake = application.intake
    have = set(application.reviews.values_list("reviewer_id", flat=True))
    active = application.reviews.filter(conflict_declared_at__isnull=True).count()
    candidates = (
        intake.reviewers.exclude(pk__in=have | {application.applicant_id})
        .annotate(
            load=Count(
                "reviews",
                filter=Q(reviews__application__intake=intake, reviews__conflict_declared_at__isnull=True),
            )
        )
        .order_by("load", "pk")
    )
    created = [
        Review.objects.create(application=application, reviewer=user)
        for user in candidates[: max(0, needed - active)]
    ]
    if created:
        notify(
            [review.reviewer for review in created],
            kind="review_assigned",
            link=reverse("application-review", args=[intake.program_id, application.pk]),
            program=intake.program,
        )
    if active + len(created) < needed:
        notify(
            _coordinators(intake.program),
            kind="reviewers_short",
            link=reverse("intake-detail", args=[intake.program_id, intake.pk]),
            program=intake.program,
        )
    return created


def _coordinators(program: Program) -> list[User]:
    return [
        m.user
        for m in Membership.objects.filter(
            program=program, role=Role.COORDINATOR, status=MembershipStatus.ACTIVE
        ).select_related("user")
    ]


@transaction.atomic
def withdraw_application(application: Application, *, by: User) -> Application:
    application = (
        Application.objects.select_for_update().select_related("intake__program").get(pk=application.pk)
    )
    if application.applicant_id != by.pk:
        raise Application.DoesNotExist
    if application.status in (ApplicationStatus.DECIDED, ApplicationStatus.WITHDRAWN):
        raise ValidationError({"__all__": "A decided or withdrawn application can't be withdrawn."})
    application.status = ApplicationStatus.WITHDRAWN
    application.save(update_fields=["status", "updated_at"])
    audit.record(by, AuditAction.UPDATE, application, program=application.intake.program, summary="withdrawn")
    return application


def read_declaration(application: Application, *, by: User) -> tuple[bool | None, str]:
    """The vulnerability declaration: the applicant and coordinators only; a coordinator's read is audited."""
    if application.applicant_id != by.pk:
        if not is_coordinator(by, application.intake.program_id):
            raise Application.DoesNotExist
        audit.record(
            by,
            AuditAction.VIEW,
            application,
            program=application.intake.program,
            summary="vulnerability declaration read",
        )
    return application.declares_no_current_vulnerability, application.declaration_note


@transaction.atomic
def settle_gate(application: Application, criterion: Criterion, *, by: User, met: bool) -> GateResult:
    """A coordinator settles a gate that is theirs to settle (e.g. academic standing)."""
    _require_coordinator(by, application.intake.program)
    if criterion.intake_id != application.intake_id or criterion.kind != CriterionKind.GATE:
        raise ValidationError({"criterion": "Choose a gate of this intake."})
    if criterion.gate_source != GateSource.COORDINATOR:
        raise ValidationError({"criterion": "This gate is settled by the applicant's declaration."})
    application = Application.objects.select_for_update().get(pk=application.pk)
    if application.status in (ApplicationStatus.DRAFT, ApplicationStatus.WITHDRAWN):
        raise ValidationError({"__all__": "Only submitted applications are assessed."})
    result, _ = GateResult.objects.update_or_create(
        application=application, criterion=criterion, defaults={"met": met, "settled_by": by}
    )
    audit.record(
        by,
        AuditAction.UPDATE,
        application,
        program=application.intake.program,
        summary=f"gate {criterion.order} settled",
    )
    return result


# --- Reviews ------------------------------------------------------------------------------------


@transaction.atomic
def declare_conflict(review: Review, *, by: User) -> Review:
    """The reviewer steps aside; they lose sight of the application and another reviewer is assigned."""
    review = (
        Review.objects.select_for_update().select_related("application__intake__program").get(pk=review.pk)
    )
    if review.reviewer_id != by.pk:
        raise Review.DoesNotExist
    if review.submitted_at is not None:
        raise ValidationError({"__all__": "You already submitted this review; ask the coordinator instead."})
    if review.conflict_declared_at is None:
        review.conflict_declared_at = timezone.now()
        review.save(update_fields=["conflict_declared_at"])
        audit.record(
            by,
            AuditAction.UPDATE,
            review,
            program=review.application.intake.program,
            summary="conflict of interest declared",
        )
        _assign_reviewers(review.application, needed=review.application.intake.min_reviews)
    return review


@transaction.atomic
def submit_review(review: Review, *, by: User, scores: dict[int, tuple[int | None, str]]) -> Review:
    """Score every scored criterion 1–5 with a written rationale; the first submission freezes the rubric."""
    review = (
        Review.objects.select_for_update().select_related("application__intake__program").get(pk=review.pk)
    )
    if review.reviewer_id != by.pk or review.conflict_declared_at is not None:
        raise Review.DoesNotExist
    if review.submitted_at is not None:
        raise ValidationError({"__all__": "This review is already submitted."})
    application = review.application
    if application.status not in (ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW):
        raise ValidationError({"__all__": "This application is no longer being reviewed."})
    scored = list(application.intake.criteria.filter(kind=CriterionKind.SCORED))
    errors: dict[str, str] = {}
    for criterion in scored:
        score, rationale = scores.get(criterion.pk, (None, ""))
        if not isinstance(score, int) or isinstance(score, bool) or not 1 <= score <= 5:
            errors[f"score_{criterion.pk}"] = criterion.score_error
        if not (rationale or "").strip():
            errors[f"rationale_{criterion.pk}"] = criterion.rationale_error
    if set(scores) - {c.pk for c in scored}:
        errors["scores"] = "Score only this intake's scored criteria."
    if errors:
        raise ValidationError(errors)
    Score.objects.bulk_create(
        [
            Score(
                review=review,
                criterion=c,
                score=cast(int, scores[c.pk][0]),
                rationale=scores[c.pk][1].strip(),
            )
            for c in scored
        ]
    )
    now = timezone.now()
    review.submitted_at = now
    review.save(update_fields=["submitted_at"])
    Intake.objects.filter(pk=application.intake_id, rubric_frozen_at__isnull=True).update(
        rubric_frozen_at=now
    )
    if application.status == ApplicationStatus.SUBMITTED:
        application.status = ApplicationStatus.UNDER_REVIEW
        application.save(update_fields=["status", "updated_at"])
    audit.record(
        by, AuditAction.CREATE, review, program=application.intake.program, summary="review submitted"
    )
    return review


# --- Decisions ----------------------------------------------------------------------------------


@transaction.atomic
def decide(
    application: Application, *, by: User, decision: str, criterion: Criterion | None, reason: str
) -> Application:
    """Offer, waitlist or decline, with a reason tied to a criterion. One coordinator wins a race:
    the row is locked, and a second decision finds it decided."""
    _require_coordinator(by, application.intake.program)
    application = (
        Application.objects.select_for_update().select_related("intake__program").get(pk=application.pk)
    )
    intake = application.intake
    if application.status == ApplicationStatus.DECIDED:
        # The code sits on the message: Django drops a code given beside a dict of messages.
        raise ValidationError(
            {
                "__all__": ValidationError(
                    f"Already decided ({application.get_decision_display().lower()}) by "
                    f"{application.decided_by.get_full_name() if application.decided_by else 'someone'}"
                    f"{_on_day(application.decided_at, program=application.intake.program)}; "
                    "the decision stands and nothing was changed.",
                    code="conflict",
                )
            }
        )
    if application.status not in (ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW):
        raise ValidationError({"__all__": "Only submitted applications can be decided."})
    errors: dict[str, str] = {}
    if decision not in Decision.values:
        errors["decision"] = "Choose offer, waitlist or decline."
    if criterion is None or criterion.intake_id != intake.pk:
        errors["criterion"] = "Tie the decision to one of this intake's criteria."
    if not (reason or "").strip():
        errors["reason"] = "Explain the decision from the recorded scores and gates."
    submitted = application.reviews.filter(
        submitted_at__isnull=False, conflict_declared_at__isnull=True
    ).count()
    if submitted < intake.min_reviews:
        missing = intake.min_reviews - submitted
        errors["__all__"] = (
            f"{missing} more review{'s' if missing != 1 else ''} needed before deciding "
            f"({submitted} of {intake.min_reviews} submitted)."
        )
    if decision == Decision.OFFER and not errors:
        unmet = gates_unmet(application)
        if unmet:
            errors["decision"] = (
                "An offer needs every gate met; not met or not yet settled: " + ", ".join(unmet) + "."
            )
    if errors:
        raise ValidationError(errors)
    application.status = ApplicationStatus.DECIDED
    application.decision = decision
    application.decision_criterion = criterion
    application.decision_reason = reason.strip()
    application.decided_by = by
    application.decided_at = timezone.now()
    application.save()
    audit.record(by, AuditAction.UPDATE, application, program=intake.program, summary=f"decided: {decision}")
    notify(
        [application.applicant],
        kind="application_decided",
        link=reverse("application-detail", args=[intake.program_id, application.pk]),
        program=intake.program,
    )
    return application


def gates_unmet(application: Application) -> list[str]:
    """Names of gates not (yet) met."""
    met = set(application.gates.filter(met=True).values_list("criterion_id", flat=True))
    return [c.name for c in application.intake.criteria.filter(kind=CriterionKind.GATE) if c.pk not in met]


@transaction.atomic
def respond_to_offer(application: Application, *, by: User, accept: bool) -> Application:
    """The applicant accepts (becoming a supporter) or declines an offer."""
    application = (
        Application.objects.select_for_update().select_related("intake__program").get(pk=application.pk)
    )
    if application.applicant_id != by.pk:
        raise Application.DoesNotExist
    if application.decision != Decision.OFFER or application.offer_response:
        raise ValidationError({"__all__": "There is no open offer on this application."})
    program = application.intake.program
    application.offer_response = OfferResponse.ACCEPTED if accept else OfferResponse.DECLINED
    application.responded_at = timezone.now()
    application.save(update_fields=["offer_response", "responded_at", "updated_at"])
    audit.record(
        by,
        AuditAction.UPDATE,
        application,
        program=program,
        summary="offer accepted" if accept else "offer declined",
    )
    if accept:
        _make_supporter(application)
    else:
        notify(
            _coordinators(program),
            kind="offer_declined",
            link=reverse("intake-detail", args=[program.pk, application.intake_id]),
            program=program,
        )
    return application


def _make_supporter(application: Application) -> Membership:
    """Accepted: a supporter membership to expected graduation, their availability, and their training."""
    program = application.intake.program
    today = program.today()
    membership, created = Membership.objects.get_or_create(
        user=application.applicant,
        program=program,
        role=Role.SUPPORTER,
        defaults={
            "term_start": today,
            "expected_end": application.expected_graduation,
            "year_level": application.year_level,
            "clinical_site": application.clinical_site,
        },
    )
    if not created:
        raise ValidationError({"__all__": "You are already a supporter in this program."})
    Availability.objects.bulk_create(
        [
            Availability(membership=membership, weekday=w.weekday, starts=w.starts, ends=w.ends)
            for w in application.availability.all()
        ]
    )
    # Their mandatory modules as to-dos with a due date: not training until completed, so the roster
    # leaves them off until a completion is recorded.
    assign_mandatory_training(membership, by=application.applicant)
    # The applicant role has done its job; the membership history stays.
    for applicant_role in Membership.objects.filter(
        user=application.applicant, program=program, role=Role.APPLICANT, status__in=CURRENT_STATUSES
    ):
        # Saved one by one so the permission signals move the person from the applicant group.
        applicant_role.status = MembershipStatus.ENDED
        applicant_role.save(update_fields=["status", "updated_at"])
    notify(
        [application.applicant],
        kind="welcome_supporter",
        link=reverse("training", args=[program.pk]),
        program=program,
    )
    notify(
        _coordinators(program),
        kind="offer_accepted",
        link=reverse("member-detail", args=[program.pk, membership.pk]),
        program=program,
    )
    notify(
        _coordinators(program),
        kind="supervisor_needed",
        link=reverse("member-assign", args=[program.pk, membership.pk]),
        program=program,
    )
    return membership


def next_waitlisted(intake: Intake) -> Application | None:
    """The best-ranked waitlisted application (the ranking's order)."""
    from selection.ranking import rank

    waitlisted = [
        row
        for row in rank(intake)
        if row.application.decision == Decision.WAITLIST and not row.application.offer_response
    ]
    return waitlisted[0].application if waitlisted else None


@transaction.atomic
def offer_to_next_waitlisted(intake: Intake, *, by: User) -> Application:
    """On the coordinator's confirmation, turn the top waitlisted applicant's decision into an offer."""
    _require_coordinator(by, intake.program)
    candidate = next_waitlisted(intake)
    if candidate is None:
        raise ValidationError({"__all__": "Nobody is on the waitlist."})
    application = Application.objects.select_for_update().get(pk=candidate.pk)
    if application.decision != Decision.WAITLIST:
        changed = ValidationError("The waitlist changed; reload and try again.", code="conflict")
        raise ValidationError({"__all__": changed})
    application.decision = Decision.OFFER
    application.decision_reason = (
        f"{application.decision_reason}\nOffered from the waitlist on "
        f"{dates.day(intake.program.today())} after an offer was declined."
    )
    application.decided_by = by
    application.decided_at = timezone.now()
    application.save()
    audit.record(by, AuditAction.UPDATE, application, program=intake.program, summary="offered from waitlist")
    notify(
        [application.applicant],
        kind="waitlist_offer",
        link=reverse("application-detail", args=[intake.program_id, application.pk]),
        program=intake.program,
    )
    return application


def remind_overdue_reviews(now: datetime) -> int:
    """Remind reviewers whose review is past the intake's review period (once a day at most)."""
    reminded = 0
    for review in Review.objects.filter(
        submitted_at__isnull=True,
        conflict_declared_at__isnull=True,
        application__status__in=[ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW],
    ).select_related("application__intake__program", "reviewer"):
        intake = review.application.intake
        overdue = review.assigned_at.date() + timedelta(days=intake.review_days) < now.date()
        recent = review.reminded_at is not None and (now - review.reminded_at).days < 1
        if not overdue or recent:
            continue
        with transaction.atomic():
            if not Review.objects.filter(pk=review.pk, reminded_at=review.reminded_at).update(
                reminded_at=now
            ):
                continue
            notify(
                [review.reviewer],
                kind="review_overdue",
                link=reverse("application-review", args=[intake.program_id, review.application_id]),
                program=intake.program,
            )
            reminded += 1
    return reminded
