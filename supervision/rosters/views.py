"""Pages for on-call rosters: on call now, the roster overview and your shifts, shift templates,
generating and publishing. Writes go through supervision/rosters/services.py, as the API's will."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from program import dates
from program.access import acting_user, object_id, program_view, public, signed_in
from program.forms import apply_service_errors
from program.models import CURRENT_STATUSES, Availability, Membership, Program, Role
from program.selectors import crisis_lines, holds, own_memberships
from supervision import selectors
from supervision.forms import (
    FairnessForm,
    GenerateRosterForm,
    ShiftTemplateForm,
    UnavailabilityForm,
    WindowForm,
)
from supervision.models import (
    SWAP_PENDING,
    CalendarFeed,
    ProgramCalendarFeed,
    Roster,
    RosterStatus,
    Shift,
    ShiftAssignment,
    ShiftTemplate,
    SwapRequest,
    Unavailability,
)
from supervision.rosters import calendar as roster_calendar
from supervision.rosters import feeds as calendars
from supervision.rosters import services as rosters
from supervision.rosters import swaps
from supervision.wellbeing import charts, reports

ROSTER_ROLES = (Role.COORDINATOR, Role.SUPERVISOR, Role.SUPPORTER)


def _roster_member(request: HttpRequest, program: Program) -> list[Membership]:
    """The user's current coordinator, supervisor or supporter memberships here; 404 without one."""
    mine = list(
        Membership.objects.filter(
            user=acting_user(request), program=program, role__in=ROSTER_ROLES, status__in=CURRENT_STATUSES
        )
    )
    if not mine:
        raise Http404
    return mine


@program_view()
def on_call_now(request: HttpRequest, program: Program) -> HttpResponse:
    """The page a supporter opens at 2 a.m.: who is on call now and next, how to reach them, crisis lines."""
    _roster_member(request, program)
    return render(
        request,
        "supervision/rosters/on_call.html",
        {
            "program": program,
            "on_call": rosters.on_call(program),
            "crisis_lines": crisis_lines(program),
            "timeline": _drawn(
                program, roster_calendar.next_hours(program, timezone.now()), hours_ahead=True
            ),
        },
    )


# --- The roster as pictures -------------------------------------------------------------------------------


def _drawn(
    program: Program, period: roster_calendar.Period, *, hours_ahead: bool = False
) -> dict[str, object]:
    """A period's lanes and gaps as SVG rows with the same facts in words beside them."""
    tz = program.tzinfo
    local = period.start.astimezone(tz)
    if hours_ahead:
        # A tick at each local hour divisible by six in the next 24 hours.
        first = local.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
        marks = [first + timedelta(hours=n) for n in range(24) if (first + timedelta(hours=n)).hour % 6 == 0]
    else:
        marks = [rosters.aware(datetime.combine(local.date(), time(hour)), tz) for hour in (6, 12, 18)]
    ticks = tuple(period.fraction(m) for m in marks if period.start < m < period.end)
    labels = [(0.0, "now" if hours_ahead else "00:00")]
    # Labels too near either end would run into "now" or the last one.
    labels += [
        (period.fraction(m), m.astimezone(tz).strftime("%H:%M"))
        for m in marks
        if 0.1 < period.fraction(m) < 0.9
    ]
    labels.append((1.0, period.end.astimezone(tz).strftime("%H:%M") if hours_ahead else "24:00"))
    lanes = []
    for lane in period.lanes:
        times = ", ".join(roster_calendar.describe(span, tz, since=period.start) for span in lane.shifts)
        role = "supervisor" if lane.role == "supervisor" else "supporter"
        lanes.append(
            {
                "lane": lane,
                "role": role,
                "times": times,
                "svg": charts.lane(
                    period.bars(lane.spans),
                    label=f"{lane.name} ({role}): {times}",
                    css=f"bar-{role}",
                    ticks=ticks,
                ),
            }
        )
    gap_times = [roster_calendar.describe(gap, tz) for gap in period.gaps]
    return {
        "period": period,
        "lanes": lanes,
        "gaps": gap_times,
        "gap_svg": charts.lane(
            period.bars(period.gaps),
            label="Gap, no supervisor on call: " + ", ".join(gap_times),
            css="bar-gap",
            ticks=ticks,
        )
        if period.gaps
        else "",
        "axis": charts.axis([(f, text) for f, text in labels if 0 <= f <= 1]),
    }


def _calendar_period(request: HttpRequest, today: date) -> tuple[str, date, date]:
    """("week" or "month", first day, last day) from ?week=2026-W49 or ?month=2026-12; this week otherwise."""
    month = request.GET.get("month", "")
    if month:
        try:
            first = datetime.strptime(month, "%Y-%m").date()
        except ValueError:
            first = None
        if first is not None:
            following = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
            return "month", first, following - timedelta(days=1)
    week = request.GET.get("week", "")
    try:
        year, number = week.split("-W")
        monday = date.fromisocalendar(int(year), int(number), 1)
    except ValueError:
        monday = today - timedelta(days=today.weekday())
    return "week", monday, monday + timedelta(days=6)


def _week_link(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"?week={year}-W{week:02d}"


@program_view()
def roster_calendar_page(request: HttpRequest, program: Program) -> HttpResponse:
    """The published roster as a week or a month: bars per person per day, gaps in red, in words alongside."""
    _roster_member(request, program)
    tz = program.tzinfo
    today = program.today()
    view, first, last = _calendar_period(request, today)
    if view == "month":
        # Whole weeks, Monday to Sunday, around the month.
        shown_first = first - timedelta(days=first.weekday())
        shown_last = last + timedelta(days=6 - last.weekday())
    else:
        shown_first, shown_last = first, last
    days = [
        {
            "day": day,
            "in_range": first <= day <= last,
            "is_today": day == today,
            "week_link": _week_link(day),
            **_drawn(program, period),
        }
        for day, period in roster_calendar.days(program, shown_first, shown_last)
    ]
    if view == "month":
        before = (first - timedelta(days=1)).replace(day=1)
        after = last + timedelta(days=1)
        nav = {
            "previous": f"?month={before:%Y-%m}",
            "next": f"?month={after:%Y-%m}",
            "previous_label": dates.month(before),
            "next_label": dates.month(after),
            "other": _week_link(first),
            "other_label": "Week view",
        }
    else:
        before, after = first - timedelta(days=7), first + timedelta(days=7)
        nav = {
            "previous": _week_link(before),
            "next": _week_link(after),
            "previous_label": "Previous week",
            "next_label": "Next week",
            "other": f"?month={first:%Y-%m}",
            "other_label": "Month view",
        }
    return render(
        request,
        "supervision/rosters/calendar.html",
        {
            "program": program,
            "view": view,
            "first": first,
            "last": last,
            "days": days,
            "weeks": [days[n : n + 7] for n in range(0, len(days), 7)],
            "nav": nav,
            "gap_days": sum(1 for d in days if d["in_range"] and d["gaps"]),
            "tz": tz,
        },
    )


@program_view()
def roster_home(request: HttpRequest, program: Program) -> HttpResponse:
    mine = _roster_member(request, program)
    user = acting_user(request)
    is_coordinator = holds(user, "manage_program", program)
    now = timezone.now()
    my_places = list(
        ShiftAssignment.objects.filter(
            membership__in=mine,
            ended_at__isnull=True,
            shift__roster__status=RosterStatus.PUBLISHED,
            shift__cancelled_at__isnull=True,
            shift__starts_at__gt=now,
            shift__starts_at__lt=now + timedelta(days=28),
        )
        .select_related("shift")
        .order_by("shift__starts_at")
    )
    pending = (
        selectors.swaps_visible_to(user)
        .filter(shift__program=program, status__in=SWAP_PENDING, shift__starts_at__gt=now)
        .select_related("shift", "offered_by__user", "taken_by__user")
    )
    roles = {m.role for m in mine}
    visible = Roster.objects.filter(program=program)
    if not is_coordinator:
        visible = visible.filter(status=RosterStatus.PUBLISHED)
    return render(
        request,
        "supervision/rosters/home.html",
        {
            "program": program,
            "my_places": my_places,
            "offered": {swap.assignment_id for swap in pending},
            "swaps": [s for s in pending if s.shift.role in roles or is_coordinator],
            "me": {m.pk for m in mine},
            "rosters": visible.order_by("-starts_on")[:20],
            "templates": ShiftTemplate.objects.filter(program=program) if is_coordinator else [],
            "feed": CalendarFeed.objects.filter(user=user, revoked_at__isnull=True).first(),
            "may_hold_program_feed": selectors.may_hold_program_feed(user, program.pk),
            "program_feed": ProgramCalendarFeed.objects.filter(
                user=user, program=program, revoked_at__isnull=True
            ).first(),
            "is_coordinator": is_coordinator,
            # Availability is for people who take shifts; a coordinator only does as a supervisor too.
            "takes_shifts": any(m.role != Role.COORDINATOR for m in mine),
            "generate_form": GenerateRosterForm(
                initial={
                    "starts_on": program.today() + timedelta(days=1),
                    "ends_on": program.today() + timedelta(days=28),
                }
            ),
        },
    )


@program_view("manage_program")
def template_edit(request: HttpRequest, program: Program, template_id: int | None = None) -> HttpResponse:
    template = get_object_or_404(ShiftTemplate, program=program, pk=template_id) if template_id else None
    initial = (
        {name: getattr(template, name) for name in rosters.TEMPLATE_FIELDS}
        if template
        else {"role": "supervisor"}
    )
    form = ShiftTemplateForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            rosters.save_template(program, by=acting_user(request), template=template, **form.cleaned_data)
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, "Shift saved.")
            return redirect("roster-home", program.pk)
    return render(
        request,
        "supervision/rosters/template_form.html",
        {"program": program, "form": form, "template": template},
        status=400 if form.errors else 200,
    )


@program_view("manage_program")
@require_POST
def roster_generate(request: HttpRequest, program: Program) -> HttpResponse:
    form = GenerateRosterForm(request.POST)
    if form.is_valid():
        try:
            roster = rosters.generate(program, by=acting_user(request), **form.cleaned_data)
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, "Draft roster generated. Check the short shifts, then publish.")
            return redirect("roster-detail", program.pk, roster.pk)
    for name, problems in form.errors.items():
        label = form.fields[name].label if name in form.fields else ""
        for problem in problems:
            messages.error(request, f"{label}: {problem}" if label else str(problem))
    return redirect("roster-home", program.pk)


@program_view()
def roster_detail(request: HttpRequest, program: Program, roster_id: int) -> HttpResponse:
    _roster_member(request, program)
    is_coordinator = holds(acting_user(request), "manage_program", program)
    visible = Roster.objects.filter(program=program)
    if not is_coordinator:
        visible = visible.filter(status=RosterStatus.PUBLISHED)
    roster = get_object_or_404(visible, pk=roster_id)
    shifts = (
        Shift.objects.filter(roster=roster)
        .prefetch_related(
            Prefetch(
                "assignments",
                queryset=ShiftAssignment.objects.filter(ended_at__isnull=True).select_related(
                    "membership__user"
                ),
                to_attr="current",
            )
        )
        .order_by("starts_at", "role")
    )
    tz = program.tzinfo
    days: dict[date, list[Shift]] = defaultdict(list)
    for shift in shifts:
        shift.people = [a.membership for a in shift.current]  # type: ignore[attr-defined]
        days[shift.starts_at.astimezone(tz).date()].append(shift)
    gaps = rosters.coverage_gaps(roster) if roster.status == RosterStatus.DRAFT else []
    dropped = rosters.places_dropped_at_publishing(roster, reader=acting_user(request))
    return render(
        request,
        "supervision/rosters/detail.html",
        {
            "program": program,
            "roster": roster,
            "days": sorted(days.items()),
            "gaps": [gap.describe(tz) for gap in gaps],
            "dropped": [place.describe(tz) for place in dropped],
            "short": sum(1 for day in days.values() for s in day if s.unfilled),
            "is_coordinator": is_coordinator,
        },
    )


@program_view("manage_program")
@require_POST
def roster_publish(request: HttpRequest, program: Program, roster_id: int) -> HttpResponse:
    roster = get_object_or_404(Roster, program=program, pk=roster_id)
    user = acting_user(request)
    try:
        rosters.publish(roster, by=user)
    except ValidationError as error:
        for problem in error.messages:
            messages.error(request, problem)
    else:
        messages.success(request, "Roster published; everyone on it has been told.")
        dropped = rosters.places_dropped_at_publishing(roster, reader=user)
        if dropped:
            messages.warning(
                request,
                f"{len(dropped)} shift place{'s' if len(dropped) != 1 else ''} left open: "
                + ("the person" if len(dropped) == 1 else "the people")
                + " could no longer take the shift. "
                + "; ".join(place.describe(program.tzinfo) for place in dropped),
            )
    return redirect("roster-detail", program.pk, roster.pk)


# --- Calendar feeds -----------------------------------------------------------------------------------


@public
def person_calendar(request: HttpRequest, token: str) -> HttpResponse:
    """A person's private feed: the unguessable token is the key (calendar apps cannot sign in)."""
    feed = get_object_or_404(selectors.live_calendar_feeds(), token=token)
    response = HttpResponse(calendars.person_feed(feed), content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, no-store"
    return response


@signed_in
@require_POST
def renew_calendar(request: HttpRequest) -> HttpResponse:
    """Revoke the user's calendar address (if any) and make a new one."""
    calendars.renew_feed(acting_user(request))
    messages.success(request, "Your calendar address is new; the old one no longer works.")
    back = request.POST.get("next", "")
    safe = url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}, require_https=False)
    return redirect(back if back.startswith("/") and safe else "dashboard")


@public
def program_calendar_by_token(request: HttpRequest, token: str) -> HttpResponse:
    """The program's roster at a coordinator's or supervisor's private address: the token is the key."""
    feed = get_object_or_404(selectors.live_program_calendar_feeds().select_related("program"), token=token)
    response = HttpResponse(calendars.program_feed(feed.program), content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, no-store"
    return response


@program_view()
@require_POST
def renew_program_calendar(request: HttpRequest, program: Program) -> HttpResponse:
    """Revoke the user's address for this program's roster (if any) and make a new one."""
    try:
        calendars.renew_program_feed(acting_user(request), program)
    except ProgramCalendarFeed.DoesNotExist:
        raise Http404 from None
    messages.success(request, "The roster's calendar address is new; the old one no longer works.")
    return redirect("roster-home", program.pk)


@program_view()
def program_calendar(request: HttpRequest, program: Program) -> HttpResponse:
    _roster_member(request, program)
    response = HttpResponse(calendars.program_feed(program), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="roster-{program.pk}.ics"'
    return response


# --- Swaps -------------------------------------------------------------------------------------------------


def _swap_action(
    request: HttpRequest, program: Program, act: Callable[[], object], done: str
) -> HttpResponse:
    try:
        act()
    except ValidationError as error:
        for problem in error.messages:
            messages.error(request, problem)
    else:
        messages.success(request, done)
    return redirect("roster-home", program.pk)


@program_view()
@require_POST
def swap_offer(request: HttpRequest, program: Program) -> HttpResponse:
    mine = _roster_member(request, program)
    user = acting_user(request)
    scope = ShiftAssignment.objects.filter(shift__program=program)
    if not holds(user, "manage_program", program):
        scope = scope.filter(membership__in=mine)
    assignment = get_object_or_404(scope, pk=object_id(request.POST.get("assignment")))
    return _swap_action(
        request, program, lambda: swaps.offer(assignment, by=user), "Offered; your colleagues have been told."
    )


def _swap(request: HttpRequest, program: Program, swap_id: int) -> SwapRequest:
    return get_object_or_404(
        selectors.swaps_visible_to(acting_user(request)).filter(shift__program=program), pk=swap_id
    )


@program_view()
@require_POST
def swap_take(request: HttpRequest, program: Program, swap_id: int) -> HttpResponse:
    mine = _roster_member(request, program)
    swap = _swap(request, program, swap_id)
    taker = next((m for m in mine if m.role == swap.shift.role), None)
    if taker is None:
        raise Http404
    return _swap_action(
        request,
        program,
        lambda: swaps.take(swap, taker=taker, by=acting_user(request)),
        "You've taken the shift.",
    )


@program_view()
@require_POST
def swap_undo(request: HttpRequest, program: Program, swap_id: int) -> HttpResponse:
    swap = _swap(request, program, swap_id)
    return _swap_action(request, program, lambda: swaps.undo_take(swap, by=acting_user(request)), "Undone.")


@program_view()
@require_POST
def swap_withdraw(request: HttpRequest, program: Program, swap_id: int) -> HttpResponse:
    swap = _swap(request, program, swap_id)
    return _swap_action(request, program, lambda: swaps.withdraw(swap, by=acting_user(request)), "Withdrawn.")


@program_view("manage_program")
@require_POST
def swap_decide(request: HttpRequest, program: Program, swap_id: int) -> HttpResponse:
    swap = _swap(request, program, swap_id)
    approve = request.POST.get("decision") == "approve"
    return _swap_action(
        request,
        program,
        lambda: swaps.decide(swap, by=acting_user(request), approve=approve),
        "Swap approved; both have been told." if approve else "Swap rejected.",
    )


# --- Fairness and printing ---------------------------------------------------------------------------------


@program_view("manage_program")
def roster_fairness(request: HttpRequest, program: Program) -> HttpResponse:
    today = program.today()
    form = FairnessForm(
        request.GET or None, initial={"start": today - timedelta(days=28), "to": today + timedelta(days=28)}
    )
    first, last = today - timedelta(days=28), today + timedelta(days=28)
    groups: list[rosters.Fairness] = []
    status = 200
    if form.is_bound and form.is_valid():
        first, last = form.cleaned_data["start"], form.cleaned_data["to"]
    try:
        groups = rosters.fairness(program, first, last)
    except ValidationError as error:
        apply_service_errors(form, error)
        status = 400
    if form.is_bound and form.errors:
        status = 400
    drawn = [
        {
            "group": group,
            "bars": [
                (
                    row,
                    charts.hbar(
                        row.hours,
                        group.maximum,
                        mark=group.mean,
                        label=f"{row.membership.display_name}: {row.shifts} shifts, {row.hours:.1f} hours",
                    ),
                )
                for row in group.rows
            ],
        }
        for group in groups
    ]
    return render(
        request,
        "supervision/rosters/fairness.html",
        {"program": program, "form": form, "groups": drawn},
        status=status,
    )


@program_view()
def roster_print(request: HttpRequest, program: Program, roster_id: int) -> HttpResponse:
    _roster_member(request, program)
    visible = Roster.objects.filter(program=program)
    if not holds(acting_user(request), "manage_program", program):
        visible = visible.filter(status=RosterStatus.PUBLISHED)
    roster = get_object_or_404(visible.select_related("program"), pk=roster_id)
    response = HttpResponse(
        reports.roster_pdf(roster, by=acting_user(request)), content_type="application/pdf"
    )
    response["Content-Disposition"] = f'inline; filename="roster-{roster.starts_on}.pdf"'
    return response


# --- Availability ------------------------------------------------------------------------------------------


@program_view()
def availability(request: HttpRequest, program: Program) -> HttpResponse:
    """Your weekly windows and one-off times away, in the program's time zone."""
    mine = [m for m in _roster_member(request, program) if m.role != Role.COORDINATOR]
    if not mine:
        raise Http404
    member = mine[0]
    user = acting_user(request)
    window_form, away_form = WindowForm(prefix="window"), UnavailabilityForm(prefix="away")
    status = 200
    if request.method == "POST":
        form: WindowForm | UnavailabilityForm
        if "window-weekday" in request.POST:
            form = window_form = WindowForm(request.POST, prefix="window")
            if form.is_valid():
                try:
                    rosters.add_window(member, by=user, **form.cleaned_data)
                except ValidationError as error:
                    apply_service_errors(form, error)
        else:
            form = away_form = UnavailabilityForm(request.POST, prefix="away")
            if form.is_valid():
                tz = program.tzinfo
                data = {
                    **form.cleaned_data,
                    "starts_at": timezone.make_aware(form.cleaned_data["starts_at"].replace(tzinfo=None), tz),
                    "ends_at": timezone.make_aware(form.cleaned_data["ends_at"].replace(tzinfo=None), tz),
                }
                try:
                    rosters.add_unavailability(member, by=user, **data)
                except ValidationError as error:
                    apply_service_errors(form, error)
        if not form.errors:
            messages.success(request, "Saved.")
            return redirect("availability", program.pk)
        status = 400
    return render(
        request,
        "supervision/rosters/availability.html",
        {
            "program": program,
            "windows": Availability.objects.filter(membership=member),
            "away": Unavailability.objects.filter(membership=member, ends_at__gt=timezone.now()),
            "window_form": window_form,
            "away_form": away_form,
        },
        status=status,
    )


@program_view()
@require_POST
def availability_remove(request: HttpRequest, program: Program, kind: str, item_id: int) -> HttpResponse:
    user = acting_user(request)
    own = {"pk": item_id, "membership__program": program, "membership__in": own_memberships(user)}
    if kind == "window":
        rosters.remove_window(get_object_or_404(Availability, **own), by=user)
    elif kind == "away":
        rosters.remove_unavailability(get_object_or_404(Unavailability, **own), by=user)
    else:
        raise Http404
    messages.success(request, "Removed.")
    return redirect("availability", program.pk)


# --- Overrides ----------------------------------------------------------------------------------------------


@program_view("manage_program")
def shift_detail(request: HttpRequest, program: Program, shift_id: int) -> HttpResponse:
    """A coordinator puts someone on a published shift or takes someone off it."""
    shift = get_object_or_404(Shift.objects.select_related("roster", "program"), program=program, pk=shift_id)
    user = acting_user(request)
    if request.method == "POST":
        members = Membership.objects.filter(program=program, role=shift.role)
        add_id, remove_id = request.POST.get("add", ""), request.POST.get("remove", "")
        add = members.filter(pk=add_id).first() if add_id.isdigit() else None
        remove = members.filter(pk=remove_id).first() if remove_id.isdigit() else None
        try:
            rosters.override(shift, by=user, add=add, remove=remove, force=request.POST.get("force") == "1")
        except ValidationError as error:
            for problem in error.messages:
                messages.error(request, problem)
        else:
            messages.success(request, "Shift changed; the people affected have been told.")
        return redirect("shift-detail", program.pk, shift.pk)
    on_it = list(
        ShiftAssignment.objects.filter(shift=shift, ended_at__isnull=True).select_related("membership__user")
    )
    candidates = (
        Membership.objects.filter(program=program, role=shift.role, status__in=CURRENT_STATUSES)
        .exclude(pk__in=[a.membership_id for a in on_it])
        .select_related("user")
        .order_by("user__last_name", "user__first_name")
    )
    return render(
        request,
        "supervision/rosters/shift.html",
        {"program": program, "shift": shift, "on_it": on_it, "candidates": candidates},
    )
