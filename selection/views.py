"""Pages for intakes, rubrics, applications, reviews and decisions (SPEC 4.2).

Every view reads through selection/selectors.py and writes through selection/services.py; a
service's "does not exist" (out of scope) becomes a 404, its ValidationError a form error.
Applicants use these on a phone; the templates are single-column first.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST

from program.access import acting_user, program_view
from program.forms import apply_service_errors
from program.models import Program, Role
from program.selectors import current_membership, holds
from selection import reports, selectors, services
from selection.forms import (
    WEEKDAYS,
    ApplicationForm,
    CriterionForm,
    CriterionFormSet,
    DecideForm,
    GateForm,
    IntakeForm,
    ReviewForm,
    apply_rubric_errors,
    rubric_input,
)
from selection.models import (
    Application,
    ApplicationStatus,
    Criterion,
    CriterionKind,
    Decision,
    GateSource,
    Intake,
    Review,
)
from selection.ranking import cohort_spread, criterion_scores_by_reviewer, rank

sensitive = sensitive_post_parameters("declaration_note", "declares_no_current_vulnerability")


def _coordinated_intake(request: HttpRequest, program: Program, intake_id: int) -> Intake:
    return get_object_or_404(
        selectors.coordinated_intakes(acting_user(request)).filter(program=program), pk=intake_id
    )


def _visible_application(request: HttpRequest, program: Program, application_id: int) -> Application:
    return get_object_or_404(
        selectors.applications_visible_to(acting_user(request))
        .filter(intake__program=program)
        .select_related("intake__program", "applicant", "decision_criterion", "decided_by"),
        pk=application_id,
    )


def _coordinated_application(request: HttpRequest, program: Program, application_id: int) -> Application:
    application = _visible_application(request, program, application_id)
    if not selectors.is_coordinator_of(acting_user(request), application.intake):
        raise Http404
    return application


def _windows(application: Application) -> list[tuple[str, Any, Any]]:
    days = dict(WEEKDAYS)
    return [(days[w.weekday], w.starts, w.ends) for w in application.availability.all()]


def _answers(application: Application, criteria: list[Criterion]) -> list[tuple[str, str]]:
    """(question, answer) for each scored criterion that asks one, in rubric order."""
    texts = {a.criterion_id: a.text for a in application.answers.all()}
    return [
        (c.question, texts.get(c.pk, "")) for c in criteria if c.kind == CriterionKind.SCORED and c.question
    ]


# --- Intakes ------------------------------------------------------------------------------------


@program_view()
def intake_list(request: HttpRequest, program: Program) -> HttpResponse:
    """Coordinators: every intake. Reviewers: theirs, with pending reviews. Applicants: open intakes and their
    own applications. Other members see an empty page."""
    user = acting_user(request)
    today = program.today()
    visible = selectors.intakes_visible_to(user).filter(program=program)
    coordinated = list(
        selectors.coordinated_intakes(user)
        .filter(program=program)
        .annotate(
            submitted=Count(
                "applications",
                filter=~Q(applications__status__in=[ApplicationStatus.DRAFT, ApplicationStatus.WITHDRAWN]),
            ),
        )
        .order_by("-opens_on")
    )
    pending = list(
        selectors.reviews_visible_to(user)
        .filter(
            reviewer=user,
            application__intake__program=program,
            submitted_at__isnull=True,
            conflict_declared_at__isnull=True,
            application__status__in=[ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW],
        )
        .select_related("application__intake")
        .order_by("assigned_at")
    )
    reviewing = list(visible.filter(reviewers=user).order_by("-opens_on"))
    applying = current_membership(user, program.pk, Role.APPLICANT) is not None
    own = {
        a.intake_id: a
        for a in Application.objects.filter(applicant=user, intake__program=program).select_related("intake")
    }
    open_intakes = [i for i in visible.order_by("closes_on") if i.is_open(today)] if applying else []
    return render(
        request,
        "selection/intake_list.html",
        {
            "program": program,
            "coordinated": coordinated,
            "is_coordinator": holds(user, "manage_program", program),
            "reviewing": reviewing,
            "pending": pending,
            "applying": applying,
            "open_intakes": [(intake, own.get(intake.pk)) for intake in open_intakes],
            "own": sorted(own.values(), key=lambda a: a.created_at, reverse=True),
        },
    )


@program_view("manage_program")
def intake_new(request: HttpRequest, program: Program) -> HttpResponse:
    form = IntakeForm(request.POST or None, program=program)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        reviewers = data.pop("reviewers")
        try:
            intake = services.create_intake(program, by=acting_user(request), reviewers=reviewers, **data)
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(
                request, "Intake created with the default rubric; review it before applications open."
            )
            return redirect("rubric-edit", program.pk, intake.pk)
    return render(request, "selection/intake_form.html", {"program": program, "form": form, "intake": None})


@program_view("manage_program")
def intake_edit(request: HttpRequest, program: Program, intake_id: int) -> HttpResponse:
    intake = _coordinated_intake(request, program, intake_id)
    form = IntakeForm(request.POST or None, program=program, initial=IntakeForm.initial_from(intake))
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        reviewers = data.pop("reviewers")
        try:
            services.update_intake(intake, by=acting_user(request), reviewers=reviewers, **data)
        except Intake.DoesNotExist:
            raise Http404 from None
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, "Intake saved.")
            return redirect("intake-detail", program.pk, intake.pk)
    return render(request, "selection/intake_form.html", {"program": program, "form": form, "intake": intake})


@program_view("manage_program")
def rubric_edit(request: HttpRequest, program: Program, intake_id: int) -> HttpResponse:
    """The ordered criteria; editable until the first review is submitted, then refused with the reason."""
    intake = _coordinated_intake(request, program, intake_id)
    rubric_errors: list[str] = []
    if request.method == "POST":
        formset = CriterionFormSet(request.POST, prefix="criteria")
        if formset.is_valid():
            criteria, indexes = rubric_input(formset)
            try:
                services.replace_rubric(intake, by=acting_user(request), criteria=criteria)
            except ValidationError as error:
                rubric_errors = apply_rubric_errors(formset, indexes, error)
            else:
                messages.success(request, "Rubric saved.")
                return redirect("intake-detail", program.pk, intake.pk)
    else:
        formset = CriterionFormSet(
            prefix="criteria", initial=[CriterionForm.initial_from(c) for c in intake.criteria.all()]
        )
    return render(
        request,
        "selection/rubric_form.html",
        {"program": program, "intake": intake, "formset": formset, "rubric_errors": rubric_errors},
    )


@program_view("manage_program")
def intake_detail(request: HttpRequest, program: Program, intake_id: int) -> HttpResponse:
    """The ranking, the cohort's spread against the target, and the waitlist."""
    intake = _coordinated_intake(request, program, intake_id)
    rows = rank(intake)
    criteria = list(intake.criteria.all())
    gate_ids = [c.pk for c in criteria if c.is_gate]
    counts = dict(
        intake.applications.order_by()
        .values_list("status")
        .annotate(n=Count("id"))
        .values_list("status", "n")
    )
    return render(
        request,
        "selection/intake_detail.html",
        {
            "program": program,
            "intake": intake,
            "criteria": criteria,
            "rows": [(row, _gate_state(row, gate_ids)) for row in rows],
            "spread": cohort_spread(intake, rows),
            "next_waitlisted": services.next_waitlisted(intake),
            "counts": [(label, counts.get(value, 0)) for value, label in ApplicationStatus.choices],
            "reviewers": intake.reviewers.order_by("last_name", "first_name"),
        },
    )


def _gate_state(row: Any, gate_ids: list[int]) -> str:
    if row.gates_met(gate_ids):
        return "met"
    return "not met" if row.gates_failed(gate_ids) else "pending"


@program_view("manage_program")
def intake_ranking_csv(request: HttpRequest, program: Program, intake_id: int) -> HttpResponse:
    intake = _coordinated_intake(request, program, intake_id)
    response = HttpResponse(reports.ranking_csv(intake, by=acting_user(request)), content_type="text/csv")
    response["Content-Disposition"] = f'attachment; filename="intake-{intake.pk}-ranking.csv"'
    return response


@program_view("manage_program")
def intake_report(request: HttpRequest, program: Program, intake_id: int) -> HttpResponse:
    intake = _coordinated_intake(request, program, intake_id)
    response = HttpResponse(
        reports.intake_report(intake, by=acting_user(request)), content_type="application/pdf"
    )
    response["Content-Disposition"] = f'inline; filename="intake-{intake.pk}-selection-report.pdf"'
    return response


@program_view("manage_program")
@require_POST
def intake_offer_next(request: HttpRequest, program: Program, intake_id: int) -> HttpResponse:
    """The coordinator's confirmation that the best-ranked waitlisted applicant gets the place."""
    intake = _coordinated_intake(request, program, intake_id)
    try:
        application = services.offer_to_next_waitlisted(intake, by=acting_user(request))
    except Intake.DoesNotExist:
        raise Http404 from None
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, f"{application} was offered the place from the waitlist.")
    return redirect("intake-detail", program.pk, intake.pk)


# --- Applications -------------------------------------------------------------------------------


@program_view()
@sensitive
def application_apply(request: HttpRequest, program: Program, intake_id: int) -> HttpResponse:
    """The applicant's form: "Save draft" keeps everything; "Submit" also checks it is complete."""
    user = acting_user(request)
    if current_membership(user, program.pk, Role.APPLICANT) is None:
        raise Http404
    intake = get_object_or_404(selectors.intakes_visible_to(user).filter(program=program), pk=intake_id)
    application = Application.objects.filter(intake=intake, applicant=user).first()
    if application is not None and application.status != ApplicationStatus.DRAFT:
        messages.info(request, "Your application has been submitted; here is where it stands.")
        return redirect("application-detail", program.pk, application.pk)
    if request.method == "POST":
        form = ApplicationForm(request.POST, intake=intake)
        if form.is_valid():
            try:
                application = _save_and_maybe_submit(request, intake, form)
            except Application.DoesNotExist:
                raise Http404 from None
            if application is not None and application.status == ApplicationStatus.SUBMITTED:
                messages.success(
                    request, "Application submitted. We'll let you know when there's a decision."
                )
                return redirect("application-detail", program.pk, application.pk)
            if application is not None and not form.errors and not form.availability_errors:
                messages.success(request, "Draft saved. You can come back and finish it any time.")
                return redirect("application-apply", program.pk, intake.pk)
        elif "submit" in request.POST:
            _add_missing(form, intake)
    else:
        initial = ApplicationForm.initial_from(application) if application else {}
        form = ApplicationForm(initial=initial, intake=intake)
    return render(
        request,
        "selection/application_form.html",
        {
            "program": program,
            "intake": intake,
            "form": form,
            "application": application,
            "is_open": intake.is_open(program.today()),
            "not_open": services.not_open_message(intake, program.today()),
        },
    )


def _add_missing(form: ApplicationForm, intake: Intake) -> None:
    """Beside the problems already found, what a submission would still lack, so an applicant fixes
    everything in one round (fields already marked keep their own message)."""
    data = form.service_data()
    missing = services.missing_from(
        intake,
        year_level=data["year_level"],
        clinical_site=data["clinical_site"],
        expected_graduation=data["expected_graduation"],
        declares_no_current_vulnerability=data["declares_no_current_vulnerability"],
        agrees_to_role_boundaries=data["agrees_to_role_boundaries"],
        answered={pk for pk, text in data["answers"].items() if (text or "").strip()},
        has_availability=bool(data["availability"]),
    )
    window_errors = any(form.has_error(name) for name in form.fields if name.startswith("window_"))
    for field, problem in missing.items():
        if field == "availability":
            if not window_errors and problem not in form.availability_errors:
                form.availability_errors.append(problem)
        elif field in form.fields and not form.has_error(field):
            form.add_error(field, problem)


def _save_and_maybe_submit(request: HttpRequest, intake: Intake, form: ApplicationForm) -> Application | None:
    """Save the draft first, so nothing typed is lost even when submission is refused."""
    user = acting_user(request)
    data = form.service_data()
    try:
        application = services.save_application(intake, by=user, **data)
    except ValidationError as error:
        form.apply_errors(error)
        if "submit" in request.POST:
            _add_missing(form, intake)
        return None
    if "submit" not in request.POST:
        return application
    try:
        return services.submit_application(application, by=user)
    except ValidationError as error:
        form.apply_errors(error)
        messages.warning(request, "Your draft is saved. Complete the parts marked below, then submit.")
        return application


@program_view()
@sensitive
def application_detail(request: HttpRequest, program: Program, application_id: int) -> HttpResponse:
    user = acting_user(request)
    application = _visible_application(request, program, application_id)
    if selectors.is_coordinator_of(user, application.intake):
        return _coordinator_detail(request, program, application)
    if application.applicant_id == user.pk:
        return render(
            request,
            "selection/application_detail.html",
            {
                "program": program,
                "application": application,
                "intake": application.intake,
                "is_applicant": True,
                "declaration": services.read_declaration(application, by=user),
                "windows": _windows(application),
                "answers": _answers(application, list(application.intake.criteria.all())),
                "can_withdraw": application.status
                not in (ApplicationStatus.DECIDED, ApplicationStatus.WITHDRAWN),
                "open_offer": application.decision == Decision.OFFER and not application.offer_response,
            },
        )
    # An assigned reviewer: their page is the review.
    return redirect("application-review", program.pk, application.pk)


def _coordinator_detail(
    request: HttpRequest, program: Program, application: Application, decide_form: DecideForm | None = None
) -> HttpResponse:
    user = acting_user(request)
    intake = application.intake
    criteria = list(intake.criteria.all())
    gates = {g.criterion_id: g for g in application.gates.select_related("settled_by")}
    return render(
        request,
        "selection/application_detail.html",
        {
            "program": program,
            "application": application,
            "intake": intake,
            "is_applicant": False,
            "declaration": services.read_declaration(application, by=user),
            "windows": _windows(application),
            "answers": _answers(application, criteria),
            "gate_rows": [
                (c, gates.get(c.pk), c.gate_source == GateSource.COORDINATOR) for c in criteria if c.is_gate
            ],
            "reviews": application.reviews.select_related("reviewer"),
            "decide_form": decide_form or DecideForm(intake=intake),
            "can_decide": application.status in (ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW),
            "can_settle": application.status not in (ApplicationStatus.DRAFT, ApplicationStatus.WITHDRAWN),
        },
    )


@program_view("manage_program")
@require_POST
def application_decide(request: HttpRequest, program: Program, application_id: int) -> HttpResponse:
    application = _coordinated_application(request, program, application_id)
    form = DecideForm(request.POST, intake=application.intake)
    if form.is_valid():
        try:
            services.decide(application, by=acting_user(request), **form.cleaned_data)
        except Intake.DoesNotExist:
            raise Http404 from None
        except ValidationError as error:
            application.refresh_from_db()
            if application.status == ApplicationStatus.DECIDED:
                # Decided twice (another tab, another coordinator): the decide form is gone from the
                # page, so say it where the page shows messages rather than on a hidden form.
                for message in error.messages:
                    messages.error(request, message)
                return redirect("application-detail", program.pk, application.pk)
            apply_service_errors(form, error)
        else:
            messages.success(request, "Decision recorded; the applicant has been told.")
            return redirect("application-detail", program.pk, application.pk)
    application.refresh_from_db()
    return _coordinator_detail(request, program, application, decide_form=form)


@program_view("manage_program")
@require_POST
def application_gate(request: HttpRequest, program: Program, application_id: int) -> HttpResponse:
    """A coordinator settles a gate that is theirs (e.g. academic standing)."""
    application = _coordinated_application(request, program, application_id)
    form = GateForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose a gate and whether it is met.")
        return redirect("application-detail", program.pk, application.pk)
    criterion = get_object_or_404(
        application.intake.criteria.filter(kind=CriterionKind.GATE), pk=form.cleaned_data["criterion"]
    )
    try:
        services.settle_gate(application, criterion, by=acting_user(request), met=form.cleaned_data["met"])
    except Intake.DoesNotExist:
        raise Http404 from None
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, f"{criterion.name}: {'met' if form.cleaned_data['met'] else 'not met'}.")
    return redirect("application-detail", program.pk, application.pk)


@program_view()
@require_POST
def application_respond(request: HttpRequest, program: Program, application_id: int) -> HttpResponse:
    """The applicant accepts or declines their offer."""
    application = _visible_application(request, program, application_id)
    accept = request.POST.get("accept") == "1"
    try:
        services.respond_to_offer(application, by=acting_user(request), accept=accept)
    except Application.DoesNotExist:
        raise Http404 from None
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            "Welcome aboard! Your training is waiting for you."
            if accept
            else "Thank you for letting us know.",
        )
    return redirect("application-detail", program.pk, application.pk)


@program_view()
@require_POST
def application_withdraw(request: HttpRequest, program: Program, application_id: int) -> HttpResponse:
    application = _visible_application(request, program, application_id)
    try:
        services.withdraw_application(application, by=acting_user(request))
    except Application.DoesNotExist:
        raise Http404 from None
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, "Application withdrawn.")
    return redirect("application-detail", program.pk, application.pk)


# --- Reviews ------------------------------------------------------------------------------------


@program_view()
def application_review(request: HttpRequest, program: Program, application_id: int) -> HttpResponse:
    """An assigned reviewer scores independently: others' scores appear only after their own is in.
    Gates show as met or not met; the declaration itself never appears here."""
    user = acting_user(request)
    application = _visible_application(request, program, application_id)
    review = selectors.own_review(user, application)
    if review is None or not review.is_active:
        raise Http404
    intake = application.intake
    criteria = list(intake.criteria.all())
    scored = [c for c in criteria if c.kind == CriterionKind.SCORED]
    form = ReviewForm(request.POST or None, criteria=scored)
    if request.method == "POST":
        try:
            if "declare_conflict" in request.POST:
                services.declare_conflict(review, by=user)
                messages.success(
                    request, "Conflict of interest recorded; another reviewer will take this one."
                )
                return redirect("intakes", program.pk)
            # Even when the form refused a score, the service is asked: a refused score reaches it as
            # missing, so it refuses too, and lists every other missing score and rationale at once.
            form.is_valid()
            services.submit_review(review, by=user, scores=form.scores())
            messages.success(request, "Review submitted. You can now see the other reviewers' scores.")
            return redirect("application-review", program.pk, application.pk)
        except Review.DoesNotExist:
            raise Http404 from None
        except ValidationError as error:
            apply_service_errors(form, error)
    gates = {g.criterion_id: g.met for g in application.gates.all()}
    texts = {a.criterion_id: a.text for a in application.answers.all()}
    # Independent review: nobody's scores (not even a coordinator-reviewer's view of others) before one's own.
    independent = review.submitted_at is not None and selectors.may_see_all_scores(user, application)
    scores = criterion_scores_by_reviewer(application) if independent else {}
    return render(
        request,
        "selection/review.html",
        {
            "program": program,
            "application": application,
            "intake": intake,
            "review": review,
            "due": timezone.localtime(review.assigned_at, program.tzinfo).date()
            + timedelta(days=intake.review_days),
            "form": form,
            "rows": [
                (criterion, texts.get(criterion.pk, ""), score, rationale, scores.get(criterion.pk, []))
                for criterion, score, rationale in form.rows()
            ],
            "gate_rows": [(c, gates.get(c.pk)) for c in criteria if c.is_gate],
            "windows": _windows(application),
        },
    )


@program_view("manage_program")
def application_why(request: HttpRequest, program: Program, application_id: int) -> HttpResponse:
    """Why this person: the decision, the criterion and reason, and every recorded score behind it."""
    application = _coordinated_application(request, program, application_id)
    intake = application.intake
    rows = rank(intake)
    row = next((r for r in rows if r.application.pk == application.pk), None)
    results = {r.criterion.pk: r for r in row.results} if row else {}
    gates = row.gates if row else {}
    by_criterion = criterion_scores_by_reviewer(application)
    criteria = list(intake.criteria.all())
    return render(
        request,
        "selection/why.html",
        {
            "program": program,
            "application": application,
            "intake": intake,
            "row": row,
            "scored": [
                (c, results.get(c.pk), by_criterion.get(c.pk, []))
                for c in criteria
                if c.kind == CriterionKind.SCORED
            ],
            "gate_rows": [(c, gates.get(c.pk)) for c in criteria if c.is_gate],
            "reviews": application.reviews.select_related("reviewer"),
        },
    )
