"""Pages for pauses: the supporter's one-tap pause, pause records and sign-off, and the rules.

Reads go through supervision/selectors.py and writes through supervision/pauses/services.py, as the API's do.
Private reasons and sign-off notes are decrypted only for the supporter and their supervisors, and
every such read is audited.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST

from program.access import acting_user, program_view
from program.forms import apply_service_errors
from program.models import CURRENT_STATUSES, Membership, Program, Role
from program.selectors import crisis_lines, current_membership, holds, supervised_memberships
from supervision import selectors
from supervision.forms import BlackoutForm, ManualPauseForm, PauseRuleForm, ResumeForm, mark_refused_text
from supervision.models import BlackoutPeriod, Pause
from supervision.pauses import services as pauses
from supervision.services import detector_for

private = sensitive_post_parameters("reason", "note")


def _own_supporter(request: HttpRequest, program: Program) -> Membership:
    return get_object_or_404(
        Membership.objects.select_related("program", "user"),
        user=acting_user(request),
        program=program,
        role=Role.SUPPORTER,
        status__in=CURRENT_STATUSES,
    )


def _pausable_supporters(request: HttpRequest, program: Program) -> QuerySet[Membership]:
    """Whom the user may pause: their supervisees here, or every current supporter if they coordinate."""
    user = acting_user(request)
    supporters = Membership.objects.filter(program=program, role=Role.SUPPORTER, status__in=CURRENT_STATUSES)
    if not holds(user, "manage_program", program):
        supporters = supporters.filter(pk__in=supervised_memberships(user).values("pk"))
    return supporters.select_related("user").order_by("user__last_name", "user__first_name")


def _self_context(program: Program, supporter: Membership) -> dict[str, object]:
    return {
        "program": program,
        "crisis_lines": crisis_lines(program),
        "shifts_held": selectors.upcoming_shifts_held_by(supporter),
        "undo_minutes": int(pauses.SELF_PAUSE_UNDO_WINDOW.total_seconds() // 60),
    }


def _visible_pause(user: User, program: Program, pause_id: int) -> Pause:
    """One pause of the program the user may see, or 404 (the shared selector decides)."""
    return get_object_or_404(
        selectors.pauses_visible_to(user)
        .filter(program=program)
        .select_related("membership__user", "membership__program", "rule", "ended_by", "created_by"),
        pk=pause_id,
    )


@program_view()
@private
def pause_self(request: HttpRequest, program: Program) -> HttpResponse:
    """The navigation's "Pause me" opens this page (GET), which says what will happen and changes
    nothing; only its button (POST) pauses. No reason needed."""
    supporter = _own_supporter(request, program)
    if request.method == "POST":
        try:
            pause = pauses.self_pause(
                supporter, by=acting_user(request), reason=request.POST.get("reason", "")
            )
        except ValidationError as error:
            return render(
                request,
                "supervision/pauses/self.html",
                {**_self_context(program, supporter), "errors": error.messages},
                status=400,
            )
        messages.success(request, "You're paused. Take the time you need; your supervisor has been told.")
        return redirect("pause-detail", program.pk, pause.pk)
    return render(request, "supervision/pauses/self.html", _self_context(program, supporter))


@program_view()
@require_POST
def pause_undo(request: HttpRequest, program: Program, pause_id: int) -> HttpResponse:
    """The supporter takes back their own pause within SELF_PAUSE_UNDO_WINDOW of asking for it."""
    user = acting_user(request)
    pause = _visible_pause(user, program, pause_id)
    try:
        undone = pauses.undo_self_pause(pause, by=user)
    except Pause.DoesNotExist as missing:
        raise Http404 from missing
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        pause.refresh_from_db()
        return _detail(request, program, pause, ResumeForm(), status=400)
    given_back = len(undone.shifts_given_back)
    shifts = f"{given_back} shift{'' if given_back == 1 else 's'} nobody had taken yet"
    messages.success(
        request,
        "Your pause is undone; your supervisor has been told."
        + (f" {shifts} {'is' if given_back == 1 else 'are'} yours again." if given_back else ""),
    )
    return redirect("dashboard")


@program_view()
def pause_list(request: HttpRequest, program: Program) -> HttpResponse:
    """Open pauses and flags first, then the history. Coordinators see status, never reasons."""
    user = acting_user(request)
    scope = (
        selectors.pauses_visible_to(user)
        .filter(program=program)
        .select_related("membership__user", "rule", "ended_by")
    )
    is_supervisor = current_membership(user, program.pk, Role.SUPERVISOR) is not None
    is_coordinator = holds(user, "manage_program", program)
    if not (is_supervisor or is_coordinator or current_membership(user, program.pk, Role.SUPPORTER)):
        raise Http404
    open_pauses = list(scope.filter(ended_at__isnull=True).order_by("review_on", "pk"))
    history = Paginator(scope.filter(ended_at__isnull=False).order_by("-ended_at", "-pk"), 30).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "supervision/pauses/list.html",
        {
            "program": program,
            "open_pauses": open_pauses,
            "history": history,
            "can_pause_others": is_supervisor or is_coordinator,
            "today": program.today(),
        },
    )


@program_view()
def pause_detail(request: HttpRequest, program: Program, pause_id: int) -> HttpResponse:
    user = acting_user(request)
    pause = _visible_pause(user, program, pause_id)
    return _detail(request, program, pause, ResumeForm())


def _detail(
    request: HttpRequest, program: Program, pause: Pause, form: ResumeForm, status: int = 200
) -> HttpResponse:
    user = acting_user(request)
    readable = pauses.reason_readable(user, pause)
    if readable:
        pauses.read_private([pause], by=user)
    is_self = pause.membership.user_id == user.pk
    return render(
        request,
        "supervision/pauses/detail.html",
        {
            "program": program,
            "pause": pause,
            "readable": readable,
            "is_self": is_self,
            "can_resume": pause.is_open and pauses.may_resume(user, pause),
            "can_undo": pauses.may_undo(user, pause),
            "undo_until": pauses.undo_until(pause),
            "form": form,
            "crisis_lines": crisis_lines(program) if is_self else [],
        },
        status=status,
    )


@program_view()
@private
@require_POST
def pause_resume(request: HttpRequest, program: Program, pause_id: int) -> HttpResponse:
    user = acting_user(request)
    pause = _visible_pause(user, program, pause_id)
    form = ResumeForm(request.POST)
    if form.is_valid():
        try:
            pauses.resume(pause, by=user, note=form.cleaned_data["note"])
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            done = "Flag reviewed." if pause.action == "flag" else "Resumed; the supporter has been told."
            messages.success(request, done)
            return redirect("pauses", program.pk)
    mark_refused_text(form, detector_for(program).flag)
    return _detail(request, program, pause, form, status=400)


@program_view()
@private
def pause_new(request: HttpRequest, program: Program) -> HttpResponse:
    """A supervisor pauses a supervisee, or a coordinator any supporter, with a private reason."""
    supporters = _pausable_supporters(request, program)
    if current_membership(acting_user(request), program.pk, Role.SUPERVISOR) is None and not holds(
        acting_user(request), "manage_program", program
    ):
        raise Http404
    initial = {"membership": request.GET.get("member")} if request.GET.get("member") else None
    form = ManualPauseForm(request.POST or None, supporters=supporters, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            pause = pauses.manual_pause(
                form.cleaned_data["membership"],
                by=acting_user(request),
                reason=form.cleaned_data["reason"],
                review_on=form.cleaned_data["review_on"],
            )
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(
                request, f"{pause.membership.display_name} is paused; their supervisors are told."
            )
            return redirect("pauses", program.pk)
    mark_refused_text(form, detector_for(program).flag)
    return render(
        request,
        "supervision/pauses/new.html",
        {"program": program, "form": form},
        status=400 if form.errors else 200,
    )


# --- Rules and the program calendar ------------------------------------------------------------------


@program_view()
def pause_rules(request: HttpRequest, program: Program) -> HttpResponse:
    user = acting_user(request)
    rules = list(selectors.pause_rules_visible_to(user).filter(program=program).order_by("pk"))
    can_edit = holds(user, "manage_program", program)
    if not (can_edit or current_membership(user, program.pk, Role.SUPERVISOR)):
        raise Http404
    return render(
        request,
        "supervision/pauses/rules.html",
        {
            "program": program,
            "rules": rules,
            "metrics": pauses.METRICS,
            "blackouts": selectors.blackouts_visible_to(user).filter(program=program).order_by("-starts_on"),
            "can_edit": can_edit,
        },
    )


@program_view("manage_program")
def pause_rule_edit(request: HttpRequest, program: Program, rule_id: int | None = None) -> HttpResponse:
    user = acting_user(request)
    rule = (
        get_object_or_404(selectors.pause_rules_visible_to(user).filter(program=program), pk=rule_id)
        if rule_id
        else None
    )
    initial = {name: getattr(rule, name) for name in pauses.RULE_FIELDS} if rule else None
    form = PauseRuleForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            if rule is None:
                pauses.create_rule(program, by=user, **form.cleaned_data)
            else:
                pauses.update_rule(rule, by=user, **form.cleaned_data)
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, "Pause rule saved.")
            return redirect("pause-rules", program.pk)
    return render(
        request,
        "supervision/pauses/rule_form.html",
        {"program": program, "form": form, "rule": rule, "metrics": pauses.METRICS},
        status=400 if form.errors else 200,
    )


@program_view("manage_program")
def blackout_edit(request: HttpRequest, program: Program, blackout_id: int | None = None) -> HttpResponse:
    user = acting_user(request)
    blackout: BlackoutPeriod | None = (
        get_object_or_404(BlackoutPeriod.objects.filter(program=program), pk=blackout_id)
        if blackout_id
        else None
    )
    initial = (
        {"name": blackout.name, "starts_on": blackout.starts_on, "ends_on": blackout.ends_on}
        if blackout
        else None
    )
    form = BlackoutForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            pauses.save_blackout(program, by=user, blackout=blackout, **form.cleaned_data)
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, "Blackout period saved.")
            return redirect("pause-rules", program.pk)
    return render(
        request,
        "supervision/pauses/blackout_form.html",
        {"program": program, "form": form, "blackout": blackout},
        status=400 if form.errors else 200,
    )
