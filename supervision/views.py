"""Pages for contacts, check-ins, supervision sessions and burden.

Every view reads through supervision/selectors.py and writes through supervision/services.py.
Views that receive free text are marked sensitive so Django's error reports never include it.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBase, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST

from program.access import acting_user, object_id, program_view
from program.forms import apply_service_errors
from program.keyset import Cursor, InvalidCursor
from program.models import CURRENT_STATUSES, Membership, Program, Role
from program.selectors import crisis_lines, current_membership, holds
from supervision import selectors, services
from supervision.advice import services as advice
from supervision.forms import (
    AnnotationForm,
    BurdenWeightsForm,
    CheckInForm,
    ContactForm,
    SessionForm,
    mark_refused_text,
)
from supervision.models import (
    AdviceRequest,
    BurdenWeights,
    CheckIn,
    Contact,
    ContactStatus,
    DebriefDue,
    RiskLevel,
    SupervisionSession,
)
from supervision.wellbeing import burden, charts, reports
from supervision.wellbeing.burden import DEFAULT_WEIGHTS

FREE_TEXT = ("narrative", "text", "advice", "follow_ups")
sensitive = sensitive_post_parameters(*FREE_TEXT)


def _own_supporter(request: HttpRequest, program: Program) -> Membership:
    """The requester's supporter membership in this program, or 404."""
    return get_object_or_404(
        Membership.objects.select_related("program"),
        user=acting_user(request),
        program=program,
        role=Role.SUPPORTER,
        status__in=CURRENT_STATUSES,
    )


# --- Contacts -----------------------------------------------------------------------------------


CONTACTS_PER_PAGE = 30


def _contact_page_url(request: HttpRequest, cursor: Cursor | None) -> str | None:
    """This list (its filters kept) from the cursor on; the first page needs no cursor."""
    if cursor is None:
        return None
    query = request.GET.copy()
    query["cursor"] = selectors.CONTACTS_NEWEST_FIRST.encode(cursor)
    return f"?{query.urlencode()}"


@program_view()
def contact_list(request: HttpRequest, program: Program) -> HttpResponse:
    user = acting_user(request)
    contacts = (
        selectors.contacts_visible_to(user)
        .filter(program=program)
        .select_related("supporter__user")
        .prefetch_related("concerns")
    )
    risk = request.GET.get("risk", "")
    if risk in RiskLevel.values:
        contacts = contacts.filter(risk_level=risk)
    token = request.GET.get("cursor")
    try:
        cursor = selectors.CONTACTS_NEWEST_FIRST.decode(token) if token is not None else None
    except InvalidCursor:
        # An old or mangled link: the newest contacts are a sane place to land, not an error page.
        cursor = None
    page = selectors.CONTACTS_NEWEST_FIRST.page(contacts, cursor, CONTACTS_PER_PAGE)
    is_supporter = Membership.objects.filter(
        user=user, program=program, role=Role.SUPPORTER, status__in=CURRENT_STATUSES
    ).exists()
    return render(
        request,
        "supervision/contact_list.html",
        {
            "program": program,
            "contacts": page.rows,
            "newer_url": _contact_page_url(request, page.newer),
            "older_url": _contact_page_url(request, page.older),
            "risk": risk,
            "risks": RiskLevel.choices,
            "is_supporter": is_supporter,
        },
    )


def _contact_form_page(
    request: HttpRequest, program: Program, supporter: Membership, contact: Contact | None
) -> HttpResponse:
    user = acting_user(request)
    if request.method == "POST":
        form = ContactForm(request.POST, supporter=supporter)
        if form.is_valid():
            data = form.service_data()
            try:
                if "save_draft" in request.POST and (
                    contact is None or contact.status == ContactStatus.DRAFT
                ):
                    contact, errors = services.save_contact_draft(supporter, by=user, contact=contact, **data)
                    if errors:
                        apply_service_errors(form, ValidationError(errors))
                        messages.warning(request, "Draft saved, except the fields marked below.")
                    else:
                        messages.success(request, "Draft saved. You can finish it later from your contacts.")
                        return redirect("contact-edit", program.pk, contact.pk)
                elif contact is not None and contact.status == ContactStatus.SUBMITTED:
                    services.update_contact(contact, by=user, **data)
                    messages.success(request, "Contact updated.")
                    return redirect("contact-detail", program.pk, contact.pk)
                else:
                    contact = services.submit_contact(supporter, by=user, contact=contact, **data)
                    messages.success(request, "Contact logged. Thank you — look after yourself too.")
                    return redirect("contact-detail", program.pk, contact.pk)
            except ValidationError as error:
                apply_service_errors(form, error)
        elif "save_draft" not in request.POST:
            # The form refused some fields; say now what else a submission would be refused for, rather
            # than one layer of problems per round.
            for field, problem in services.contact_problems(supporter, contact, form.cleaned_data).items():
                if not form.has_error(field if field in form.fields else "__all__"):
                    form.add_error(field if field in form.fields else None, problem)
    else:
        initial: dict[str, Any]
        if contact is not None:
            narrative = services.read_narrative(contact, by=user)
            initial = ContactForm.initial_from(contact, narrative)
        else:
            now = program.now()
            band = "day" if 8 <= now.hour < 18 else "evening" if 18 <= now.hour < 22 else "night"
            initial = {"contact_date": now.date(), "time_band": band, "initiated_by": "peer"}
        form = ContactForm(initial=initial, supporter=supporter)
    mark_refused_text(form, services.detector_for(program).flag)
    return render(
        request,
        "supervision/contact_form.html",
        {
            "program": program,
            "form": form,
            "contact": contact,
            "crisis_lines": crisis_lines(program),
            "paused": supporter.status != "active",
            "paused_message": services.paused_message(supporter),
        },
    )


@program_view()
@sensitive
def contact_new(request: HttpRequest, program: Program) -> HttpResponse:
    supporter = _own_supporter(request, program)
    draft = None
    if request.method == "POST" and request.POST.get("contact_id"):
        # The page autosaved a draft while the supporter typed: logging it completes that draft.
        draft = get_object_or_404(
            Contact, pk=object_id(request.POST["contact_id"]), supporter=supporter, status=ContactStatus.DRAFT
        )
    return _contact_form_page(request, program, supporter, draft)


@program_view()
@sensitive
def contact_edit(request: HttpRequest, program: Program, contact_id: int) -> HttpResponse:
    supporter = _own_supporter(request, program)
    contact = get_object_or_404(Contact, pk=contact_id, supporter=supporter)
    if contact.locked():
        messages.info(request, "This contact is locked (contacts can be edited for seven days).")
        return redirect("contact-detail", program.pk, contact.pk)
    return _contact_form_page(request, program, supporter, contact)


@program_view()
@sensitive
@require_POST
def contact_autosave(request: HttpRequest, program: Program) -> HttpResponseBase:
    """Background draft save from the contact page (JSON in, JSON out). Never stores a refused note."""
    supporter = _own_supporter(request, program)
    contact_id = request.POST.get("contact_id")
    contact = None
    if contact_id:
        contact = get_object_or_404(
            Contact, pk=object_id(contact_id), supporter=supporter, status=ContactStatus.DRAFT
        )
    form = ContactForm(request.POST, supporter=supporter)
    form.is_valid()
    # The page posts the whole form, where an unticked box is simply absent: absent boxes clear their
    # value; other absent fields are left as they are.
    boxes = {
        name
        for name, field in form.fields.items()
        if isinstance(field.widget, forms.CheckboxInput | forms.CheckboxSelectMultiple)
    }
    data = {name: value for name, value in form.cleaned_data.items() if name in request.POST or name in boxes}
    errors = {name: str(messages_[0]) for name, messages_ in form.errors.items()}
    try:
        contact, service_errors = services.save_contact_draft(
            supporter, by=acting_user(request), contact=contact, **data
        )
    except ValidationError as error:
        return JsonResponse({"saved": False, "errors": error.message_dict}, status=400)
    errors.update(service_errors)
    return JsonResponse(
        {
            "saved": True,
            "contact_id": contact.pk,
            "saved_at": timezone.localtime(contact.updated_at, program.tzinfo).strftime("%H:%M"),
            "errors": errors,
        }
    )


@program_view()
@require_POST
def peer_code_new(request: HttpRequest, program: Program) -> HttpResponse:
    supporter = _own_supporter(request, program)
    code = services.issue_peer_code(supporter, by=acting_user(request))
    messages.success(
        request,
        f"New peer code {code.code}. Share it with the peer only if they'd like to be recognised next time.",
    )
    return redirect("contact-new", program.pk)


def _care_after_risk(contact: Contact, program: Program) -> dict[str, Any]:
    found = (
        AdviceRequest.objects.filter(contact=contact).select_related("acknowledged_by", "resolved_by").first()
    )
    events = advice.timeline(found) if found else []
    return {
        "advice": found,
        "moments": advice.status_line(events),
        "call": advice.who_to_call(found, events) if found else [],
        "crisis_lines": crisis_lines(program),
    }


@program_view()
def contact_detail(request: HttpRequest, program: Program, contact_id: int) -> HttpResponse:
    return _contact_detail_page(request, program, contact_id, AnnotationForm())


def _contact_detail_page(
    request: HttpRequest, program: Program, contact_id: int, form: AnnotationForm, status: int = 200
) -> HttpResponse:
    user = acting_user(request)
    contact = get_object_or_404(
        selectors.contacts_visible_to(user)
        .filter(program=program)
        .select_related("supporter__user", "peer_code")
        .prefetch_related("concerns", "actions__referral_service"),
        pk=contact_id,
    )
    readable = selectors.narrative_readable(user, contact)
    narrative = services.read_narrative(contact, by=user) if readable else None
    annotations = services.read_annotations(contact, by=user) if readable else []
    debrief = DebriefDue.objects.filter(contact=contact).select_related("closed_by").first()
    can_annotate = selectors.may_annotate(user, contact)
    is_owner = contact.supporter.user_id == user.pk
    return render(
        request,
        "supervision/contact_detail.html",
        {
            "program": program,
            "contact": contact,
            "narrative": narrative,
            "readable": readable,
            "annotations": annotations,
            "debrief": debrief,
            "is_owner": is_owner,
            "can_annotate": can_annotate,
            # Readable to someone who neither wrote it nor supervises: only through a debrief grant.
            "granted": readable and not can_annotate and not is_owner,
            # After a high-risk contact, its writer sees who has been paged and the lines for themselves.
            **(_care_after_risk(contact, program) if is_owner and contact.is_high_risk else {}),
            "form": form,
        },
        status=status,
    )


@program_view()
@sensitive
@require_POST
def contact_annotate(request: HttpRequest, program: Program, contact_id: int) -> HttpResponse:
    user = acting_user(request)
    contact = get_object_or_404(selectors.contacts_visible_to(user).filter(program=program), pk=contact_id)
    if not selectors.may_annotate(user, contact):
        raise Http404
    form = AnnotationForm(request.POST)
    if form.is_valid():
        try:
            services.annotate_contact(contact, by=user, text=form.cleaned_data["text"])
        except ValidationError as error:
            # Shown again on the page, the identifying words marked, rather than lost in a redirect.
            apply_service_errors(form, error)
            mark_refused_text(form, services.detector_for(program).flag)
            return _contact_detail_page(request, program, contact.pk, form, status=400)
        else:
            messages.success(request, "Note added.")
    else:
        messages.error(request, "Write the note first.")
    return redirect("contact-detail", program.pk, contact.pk)


# --- Check-ins ----------------------------------------------------------------------------------


@program_view()
def checkin(request: HttpRequest, program: Program) -> HttpResponse:
    supporter = _own_supporter(request, program)
    user = acting_user(request)
    form = CheckInForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            recorded = services.record_checkin(supporter, by=user, **form.cleaned_data)
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(
                request,
                "Thanks for checking in. "
                + ("This replaces the check-in you gave earlier this week. " if recorded.replaced else "")
                + "Only you and your supervisors see this.",
            )
            return redirect("supporter-wellbeing", program.pk, supporter.pk)
    recent = list(CheckIn.objects.filter(supporter=supporter)[:6])
    return render(
        request,
        "supervision/checkin.html",
        {"program": program, "form": form, "recent": recent, "crisis_lines": crisis_lines(program)},
    )


# --- Wellbeing and burden -----------------------------------------------------------------------


@program_view()
def supporter_wellbeing(request: HttpRequest, program: Program, member_id: int) -> HttpResponse:
    """One supporter's burden with its components and trend, check-ins, debriefs and sessions.
    The supporter sees their own; their supervisors see it; nobody else."""
    user = acting_user(request)
    supporter = get_object_or_404(
        selectors.wellbeing_scope(user).filter(program=program).select_related("user"), pk=member_id
    )
    is_self = supporter.user_id == user.pk
    today = program.today()
    series = burden.weekly_burden([supporter], program, burden.last_weeks(today), today)[supporter.pk]
    checkins = services.read_checkins(
        supporter, list(CheckIn.objects.filter(supporter=supporter)[:8]), by=user
    )
    return render(
        request,
        "supervision/wellbeing.html",
        {
            "program": program,
            "supporter": supporter,
            "is_self": is_self,
            "current": series[-1],
            "trend_svg": charts.trend(
                [row.index for row in series],
                [row.week_of for row in series],
                title="Burden index, 12 weeks",
                threshold=burden.HIGH,
            ),
            "series": series,
            "high": burden.HIGH,
            "checkins": checkins,
            "debriefs": DebriefDue.objects.filter(supporter=supporter, closed_at__isnull=True).select_related(
                "contact"
            ),
            "sessions": SupervisionSession.objects.filter(supporters=supporter)[:5],
            "crisis_lines": crisis_lines(program) if is_self else [],
        },
    )


@program_view()
def burden_overview(request: HttpRequest, program: Program) -> HttpResponse:
    """A supervisor's supporters ranked by this week's burden, with 12-week trends."""
    user = acting_user(request)
    supervisees = list(selectors.supporters_supervised_in(user, program.pk).select_related("user"))
    if not supervisees and current_membership(user, program.pk, Role.SUPERVISOR) is None:
        raise Http404
    today = program.today()
    weeks = burden.last_weeks(today)
    series = burden.weekly_burden(supervisees, program, weeks, today)
    rows: list[dict[str, Any]] = sorted(
        (
            {
                "member": member,
                "current": series[member.pk][-1],
                "trend_svg": charts.sparkline(
                    [row.index for row in series[member.pk]], threshold=burden.HIGH
                ),
            }
            for member in supervisees
        ),
        key=lambda row: -row["current"].index,
    )
    return render(
        request,
        "supervision/burden.html",
        {"program": program, "rows": rows, "weeks": weeks, "high": burden.HIGH},
    )


@program_view()
def supporter_report(request: HttpRequest, program: Program, member_id: int) -> HttpResponse:
    """The supervisor report PDF for one supporter, for use in sessions."""
    user = acting_user(request)
    supporter = get_object_or_404(
        selectors.supporters_supervised_in(user, program.pk).select_related("user"), pk=member_id
    )
    pdf = reports.supporter_report(supporter, by=user, today=program.today())
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="supervision-report-{supporter.pk}.pdf"'
    return response


@program_view("manage_program")
def burden_weights(request: HttpRequest, program: Program) -> HttpResponse:
    """Coordinators set how much each part counts in the burden index."""
    current = BurdenWeights.objects.filter(program=program).first()
    initial = current.as_dict() if current else dict(DEFAULT_WEIGHTS)
    form = BurdenWeightsForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_burden_weights(program, by=acting_user(request), **form.cleaned_data)
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, "Burden weights saved.")
            return redirect("program-overview", program.pk)
    return render(request, "supervision/burden_weights.html", {"program": program, "form": form})


# --- Supervision sessions ----------------------------------------------------------------------


@program_view()
def session_list(request: HttpRequest, program: Program) -> HttpResponse:
    user = acting_user(request)
    sessions = (
        selectors.sessions_visible_to(user)
        .filter(program=program)
        .select_related("supervisor__user")
        .prefetch_related("supporters__user")
    )
    page = Paginator(sessions, 30).get_page(request.GET.get("page"))
    is_supervisor = current_membership(user, program.pk, Role.SUPERVISOR) is not None
    overdue = []
    if is_supervisor:
        overdue = _overdue_supervisees(user, program)
    return render(
        request,
        "supervision/session_list.html",
        {"program": program, "page": page, "is_supervisor": is_supervisor, "overdue": overdue},
    )


def _overdue_supervisees(user: Any, program: Program) -> list[tuple[Membership, int | None]]:
    """Supervisees whose last session is older than the program's interval (or who have had none)."""
    members = {m.pk: m for m in selectors.supporters_supervised_in(user, program.pk).select_related("user")}
    rows = burden.current_burden(members.values(), program, program.today())
    overdue = []
    for member_id, row in rows.items():
        days = row.days_since_supervision
        if days is None or days > program.supervision_interval_days:
            overdue.append((members[member_id], days))
    return sorted(overdue, key=lambda item: -(item[1] if item[1] is not None else 10_000))


@program_view()
@sensitive
def session_new(request: HttpRequest, program: Program) -> HttpResponse:
    user = acting_user(request)
    if current_membership(user, program.pk, Role.SUPERVISOR) is None:
        raise Http404
    # Supervisees, and supporters whose contact a debrief grant opens (that contact only).
    supervisees = selectors.debrief_scope_in(user, program.pk).select_related("user")
    granted = selectors.debrief_grants_held_by(user).filter(program=program).values("contact_id")
    recent = (
        Contact.objects.filter(
            Q(supporter__in=selectors.supporters_supervised_in(user, program.pk)) | Q(pk__in=granted),
            status=ContactStatus.SUBMITTED,
            contact_date__gte=program.today() - timedelta(days=60),
        )
        .select_related("supporter__user")
        .order_by("-contact_date")
    )
    initial = {"held_on": program.today(), "kind": "individual", "purpose": "scheduled"}
    if request.GET.get("supporter"):
        initial["supporters"] = [request.GET["supporter"]]
    if request.GET.get("purpose") == "debrief":
        initial["purpose"] = "debrief"
    form = SessionForm(
        request.POST or None, program=program, supervisees=supervisees, contacts=recent, initial=initial
    )
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            services.record_session(program, by=user, **data)
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, "Session recorded.")
            return redirect("sessions", program.pk)
    mark_refused_text(form, services.detector_for(program).flag)
    return render(request, "supervision/session_form.html", {"program": program, "form": form})


@program_view()
def session_detail(request: HttpRequest, program: Program, session_id: int) -> HttpResponse:
    user = acting_user(request)
    session = get_object_or_404(
        selectors.sessions_visible_to(user).filter(program=program).select_related("supervisor__user"),
        pk=session_id,
    )
    notes = (
        services.read_session_notes(session, by=user)
        if selectors.session_notes_readable(user, session)
        else None
    )
    return render(
        request,
        "supervision/session_detail.html",
        {
            "program": program,
            "session": session,
            "supporters": session.supporters.select_related("user"),
            "contacts": session.contacts_discussed.all(),
            "notes": notes,
            "coordinator_view": notes is None and holds(user, "manage_program", program),
        },
    )
