"""Pages for advice on demand: "Get advice now", a request's live status, the list, and the coordinators'
escalation chain. Reads go through `advice.advice_requests_visible_to`; writes through
supervision/advice/services.py, as the API's do. GET never changes anything: acknowledging and resolving
are one-button POST forms."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from program.access import acting_user, program_view
from program.models import CURRENT_STATUSES, Membership, Program, Role
from program.selectors import crisis_lines, holds
from supervision.advice import services as advice
from supervision.models import AdviceStatus, AdviceUrgency, EscalationTarget

URGENCY_HELP = {
    AdviceUrgency.EMERGENCY: "Someone may be in danger now.",
    AdviceUrgency.URGENT: "I need to talk to a supervisor soon.",
    AdviceUrgency.ROUTINE: "Within the hour is fine.",
}


def _supporter(request: HttpRequest, program: Program) -> Membership:
    """The user's current (active or paused) supporter membership here; 404 without one."""
    return get_object_or_404(
        Membership,
        user=acting_user(request),
        program=program,
        role=Role.SUPPORTER,
        status__in=CURRENT_STATUSES,
    )


@program_view()
def advice_new(request: HttpRequest, program: Program) -> HttpResponse:
    """Three big buttons; one tap pages whoever is on call (paused supporters too)."""
    _supporter(request, program)
    errors: list[str] = []
    if request.method == "POST":
        try:
            made = advice.open_request(acting_user(request), program, request.POST.get("urgency", ""))
        except ValidationError as error:
            errors = error.messages
        else:
            return redirect("advice-detail", program.pk, made.pk)
    choices = [
        (value, label, URGENCY_HELP[AdviceUrgency(value)]) for value, label in reversed(AdviceUrgency.choices)
    ]
    return render(
        request,
        "supervision/advice/new.html",
        {"program": program, "choices": choices, "errors": errors, "crisis_lines": crisis_lines(program)},
        status=400 if errors else 200,
    )


def _visible(request: HttpRequest, program: Program) -> Any:
    return advice.advice_requests_visible_to(acting_user(request)).filter(program=program)


@program_view()
def advice_list(request: HttpRequest, program: Program) -> HttpResponse:
    rows = list(
        _visible(request, program)
        .select_related("requester__user", "acknowledged_by")
        .order_by("-created_at", "-pk")[:100]
    )
    return render(
        request,
        "supervision/advice/list.html",
        {
            "program": program,
            "rows": rows,
            "is_coordinator": holds(acting_user(request), "manage_program", program),
        },
    )


@program_view()
def advice_detail(request: HttpRequest, program: Program, request_id: int) -> HttpResponse:
    user = acting_user(request)
    found = get_object_or_404(
        _visible(request, program).select_related(
            "requester__user", "acknowledged_by", "resolved_by", "contact"
        ),
        pk=request_id,
    )
    events = advice.timeline(found)
    is_requester = found.requester.user_id == user.pk
    return render(
        request,
        "supervision/advice/detail.html",
        {
            "program": program,
            "advice": found,
            "events": events,
            "moments": advice.status_line(events),
            "call": advice.who_to_call(found, events),
            "is_requester": is_requester,
            "can_acknowledge": found.status == AdviceStatus.PAGED
            and any(e.kind == "paged" and e.user.pk == user.pk for e in events),
            "can_resolve": found.status != AdviceStatus.RESOLVED and advice.may_resolve(found, user),
            "crisis_lines": crisis_lines(program) if is_requester else [],
            # static/js/live-status.js re-reads the page this often while the request waits.
            "refresh_seconds": settings.ADVICE_STATUS_REFRESH_SECONDS,
        },
    )


@require_POST
@program_view()
def advice_acknowledge(request: HttpRequest, program: Program, request_id: int) -> HttpResponse:
    found = get_object_or_404(_visible(request, program), pk=request_id)
    advice.acknowledge(found, by=acting_user(request))
    return redirect("advice-detail", program.pk, found.pk)


@require_POST
@program_view()
def advice_resolve(request: HttpRequest, program: Program, request_id: int) -> HttpResponse:
    found = get_object_or_404(_visible(request, program), pk=request_id)
    advice.resolve(found, by=acting_user(request))
    return redirect("advice-detail", program.pk, found.pk)


def _posted_steps(data: Any) -> list[dict[str, Any]]:
    """The steps as posted: rows with an empty target are left out (blank rows to add a step)."""
    steps: list[dict[str, Any]] = []
    for index in range(advice.MAX_STEPS):
        target = data.get(f"steps.{index}.target", "")
        if not target:
            continue
        step: dict[str, Any] = {"target": target}
        for field in advice.WAIT_FIELDS:
            raw = data.get(f"steps.{index}.{field}", "").strip()
            step[field] = int(raw) if raw.isascii() and raw.isdigit() and len(raw) < 6 else raw
        steps.append(step)
    return steps


@program_view("manage_program")
def escalation_chain(request: HttpRequest, program: Program) -> HttpResponse:
    """Coordinators edit who advice requests page, in order, and how long each step waits."""
    chain, saved = advice.chain_steps(program)
    errors: dict[str, list[str]] = {}
    rows: list[dict[str, Any]] = [
        {"target": s.target, **{f: s.wait_minutes(u) for f, u in advice.WAIT_FIELDS.items()}} for s in saved
    ]
    repeat: Any = chain.repeat_minutes
    if request.method == "POST":
        rows = _posted_steps(request.POST)
        raw_repeat = request.POST.get("repeat_minutes", "").strip()
        repeat = (
            int(raw_repeat)
            if raw_repeat.isascii() and raw_repeat.isdigit() and len(raw_repeat) < 6
            else raw_repeat
        )
        try:
            advice.save_chain(program, by=acting_user(request), steps=rows, repeat_minutes=repeat)
        except ValidationError as error:
            errors = error.message_dict
        else:
            return redirect("escalation-chain", program.pk)
    blank = {"target": "", **{f: "" for f in advice.WAIT_FIELDS}}
    rows = [*rows, *[dict(blank) for _ in range(max(0, min(2, advice.MAX_STEPS - len(rows))))]]
    numbered = [
        {
            "index": n,
            "number": n + 1,
            **row,
            "errors": [m for k, v in errors.items() if k.startswith(f"steps.{n}.") for m in v],
        }
        for n, row in enumerate(rows)
    ]
    general = [m for k, v in errors.items() if not k.startswith("steps.") or k == "steps" for m in v]
    return render(
        request,
        "supervision/advice/chain.html",
        {
            "program": program,
            "rows": numbered,
            "targets": EscalationTarget.choices,
            "repeat": repeat,
            "errors": general,
            "is_coordinator": holds(acting_user(request), "manage_program", program),
        },
        status=400 if errors else 200,
    )
