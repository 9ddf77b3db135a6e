"""Advice on demand (issue 13, parts 2, 3 and 7): a supporter pages whoever is on call, the page is
acknowledged with one tap, and the program's escalation chain pages further until someone answers.

Pages and the API both call these. The rules, once:
- a request carries no free text (what happened is for the call, never the record);
- a paused supporter may still ask (a pause is from supporting peers, not from getting help);
- a request pages the chain's first step that reaches anyone not yet paged; each step waits its minutes for
  the request's urgency; after the last step every target of the chain is paged again every
  `repeat_minutes`, until someone acknowledges or the request is resolved;
- a chain must end with a step that reaches a whole role (every supervisor or every coordinator), and
  that role must have someone in it now, so a chain can never end in nobody;
- only people a request has paged may acknowledge it (anyone else: DoesNotExist, answered 404);
- every page and the acknowledgement and resolution are recorded with their time;
- escalation claims each step with a conditional UPDATE, so two schedulers never page twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone

from program.models import (
    CURRENT_STATUSES,
    STAFF_ROLES,
    Membership,
    MembershipStatus,
    Program,
    Role,
    StaffPhone,
)
from program.notifications import names_of, notify, register_concerns
from program.phones import display_phone
from program.selectors import AnyUser, is_coordinator, own_memberships, programs_with
from supervision.models import (
    CATCH_ALL_TARGETS,
    DEFAULT_CHAIN,
    DEFAULT_WAIT_MINUTES,
    AdvicePage,
    AdviceRequest,
    AdviceStatus,
    AdviceUrgency,
    Contact,
    EscalationChain,
    EscalationStep,
    EscalationTarget,
    RiskLevel,
    RosterRole,
)

MAX_STEPS = 10
MAX_WAIT_MINUTES = 24 * 60
WAIT_FIELDS = {f"{urgency}_minutes": urgency for urgency in AdviceUrgency.values}
STEP_FIELDS = ("target", *WAIT_FIELDS)
REQUEST_KINDS = {
    AdviceUrgency.ROUTINE: "advice_request",
    AdviceUrgency.URGENT: "advice_request_urgent",
    AdviceUrgency.EMERGENCY: "advice_request_emergency",
}
RANK = {AdviceUrgency.ROUTINE: 0, AdviceUrgency.URGENT: 1, AdviceUrgency.EMERGENCY: 2}


# --- Chains ---------------------------------------------------------------------------------------------


def ensure_default_chain(program: Program) -> EscalationChain:
    """The program's chain, created with the default steps if it has none."""
    chain, created = EscalationChain.objects.get_or_create(program=program)
    if created:
        EscalationStep.objects.bulk_create(
            [EscalationStep(chain=chain, position=n, target=t) for n, t in enumerate(DEFAULT_CHAIN)]
        )
    return chain


@receiver(post_save, sender=Program)
def _program_created(
    sender: type[Program], instance: Program, created: bool, raw: bool = False, **kwargs: Any
) -> None:
    if created and not raw:
        ensure_default_chain(instance)


def chain_steps(program: Program) -> tuple[EscalationChain, list[EscalationStep]]:
    chain = ensure_default_chain(program)
    return chain, list(chain.steps.order_by("position"))


def _step_key(index: int, field: str) -> str:
    return f"steps.{index}.{field}"


def _whole_number(value: Any, low: int, high: int) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        return None
    return value


def _active_in_role(program: Program, role: str) -> bool:
    return Membership.objects.filter(
        program=program, role=role, status=MembershipStatus.ACTIVE, user__is_active=True
    ).exists()


@transaction.atomic
def save_chain(
    program: Program, *, by: User, steps: list[dict[str, Any]], repeat_minutes: Any = None
) -> EscalationChain:
    """Replace the program's chain (coordinators). Errors name the step: `steps.2.target`."""
    if not is_coordinator(by, program.pk):
        raise EscalationChain.DoesNotExist
    errors: dict[str, str] = {}
    if not isinstance(steps, list) or not steps:
        raise ValidationError({"steps": "Add at least one step: a chain with no step pages nobody."})
    if len(steps) > MAX_STEPS:
        raise ValidationError({"steps": f"A chain has at most {MAX_STEPS} steps."})
    clean: list[dict[str, Any]] = []
    for index, raw in enumerate(steps):
        if not isinstance(raw, dict):
            errors[f"steps.{index}"] = f"Step {index + 1}: give a target and its minutes."
            continue
        for name in sorted(set(raw) - set(STEP_FIELDS)):
            errors[_step_key(index, name)] = f"Step {index + 1}: “{name}” is not part of a step."
        target = raw.get("target")
        if target not in EscalationTarget.values:
            errors[_step_key(index, "target")] = (
                f"Step {index + 1}: choose one of: {', '.join(EscalationTarget.values)}."
            )
        step = {"target": target}
        for field, urgency in WAIT_FIELDS.items():
            value = raw.get(field, DEFAULT_WAIT_MINUTES[AdviceUrgency(urgency)])
            minutes = _whole_number(value, 1, MAX_WAIT_MINUTES)
            if minutes is None:
                errors[_step_key(index, field)] = (
                    f"Step {index + 1}: enter the minutes to wait, from 1 to {MAX_WAIT_MINUTES}."
                )
            step[field] = minutes
        clean.append(step)
    last = len(steps) - 1
    last_target = clean[-1]["target"] if len(clean) == len(steps) else None
    if _step_key(last, "target") not in errors and last_target is not None:
        if last_target not in CATCH_ALL_TARGETS:
            errors[_step_key(last, "target")] = (
                f"Step {last + 1}: a chain must end with every supervisor or every coordinator, so it "
                "can never end in nobody when no one is rostered."
            )
        else:
            role = Role.SUPERVISOR if last_target == EscalationTarget.ALL_SUPERVISORS else Role.COORDINATOR
            if not _active_in_role(program, role):
                errors[_step_key(last, "target")] = (
                    f"Step {last + 1}: this program has no active {role} right now, so this step would "
                    "page nobody; end with a role that has someone in it."
                )
    chain = EscalationChain.objects.select_for_update().get(pk=ensure_default_chain(program).pk)
    repeat = chain.repeat_minutes
    if repeat_minutes is not None:
        repeat = _whole_number(repeat_minutes, 1, 240)  # type: ignore[assignment]
        if repeat is None:
            errors["repeat_minutes"] = "Enter the minutes between repeats, from 1 to 240."
    if errors:
        raise ValidationError(errors)
    chain.steps.all().delete()
    EscalationStep.objects.bulk_create(
        [EscalationStep(chain=chain, position=n, **step) for n, step in enumerate(clean)]
    )
    chain.repeat_minutes = repeat
    chain.updated_by = by
    chain.save(update_fields=["repeat_minutes", "updated_by", "updated_at"])
    return chain


# --- Who a step pages -----------------------------------------------------------------------------------


def _users(members: Iterable[Membership]) -> list[User]:
    seen: dict[int, User] = {}
    for member in members:
        if member.user.is_active and member.status in CURRENT_STATUSES:
            seen.setdefault(member.user_id, member.user)
    return list(seen.values())


def _role_members(program: Program, role: str) -> list[Membership]:
    return list(
        Membership.objects.filter(program=program, role=role, status=MembershipStatus.ACTIVE).select_related(
            "user"
        )
    )


def recipients(target: str, request: AdviceRequest, at: datetime) -> list[User]:
    """Who a step of this target pages now (never the requester)."""
    from supervision import services  # rosters imports the services' hooks
    from supervision.rosters import services as rosters

    program = request.program
    if target == EscalationTarget.ON_CALL_SUPERVISOR:
        people = [
            p.membership
            for item in rosters.on_call(program, at).now[RosterRole.SUPERVISOR]
            for p in item.people
        ]
    elif target == EscalationTarget.NEXT_SUPERVISOR:
        upcoming = rosters.on_call(program, at).next[RosterRole.SUPERVISOR]
        people = [p.membership for p in upcoming.people] if upcoming else []
        own = [u.pk for u in services.supervisors_of(request.requester)]
        people += list(
            Membership.objects.filter(program=program, user_id__in=own, role=Role.SUPERVISOR).select_related(
                "user"
            )
        )
    elif target == EscalationTarget.ALL_SUPERVISORS:
        people = _role_members(program, Role.SUPERVISOR)
    else:
        people = _role_members(program, Role.COORDINATOR)
    return [user for user in _users(people) if user.pk != request.requester.user_id]


def _page(request: AdviceRequest, users: list[User], step: int, target: str, at: datetime) -> None:
    if not users:
        return
    AdvicePage.objects.bulk_create(
        [AdvicePage(request=request, recipient=u, step=step, target=target, paged_at=at) for u in users]
    )
    notify(
        users,
        kind=REQUEST_KINDS[AdviceUrgency(request.urgency)],
        link=reverse("advice-detail", args=[request.program_id, request.pk]),
        program=request.program_id,
    )


def _plan(
    request: AdviceRequest, steps: list[EscalationStep], start: int, at: datetime
) -> tuple[int, list[User], str]:
    """From step `start` on, the first step that reaches someone not yet paged: its index, people and
    target. Past the last step, every target of the chain at once (a repeat, paging everyone again)."""
    already = set(AdvicePage.objects.filter(request=request).values_list("recipient_id", flat=True))
    index = start
    while index < len(steps):
        users = [u for u in recipients(steps[index].target, request, at) if u.pk not in already]
        if users:
            return index, users, steps[index].target
        index += 1
    index = max(index, len(steps))
    seen: dict[int, User] = {}
    for step in steps:
        for user in recipients(step.target, request, at):
            seen.setdefault(user.pk, user)
    return index, list(seen.values()), ""


def _wait(
    request: AdviceRequest, chain: EscalationChain, steps: list[EscalationStep], index: int
) -> timedelta:
    if index < len(steps):
        return timedelta(minutes=steps[index].wait_minutes(request.urgency))
    return timedelta(minutes=chain.repeat_minutes)


# --- Requests -------------------------------------------------------------------------------------------


def _requester(user: User, program: Program) -> Membership:
    member = own_memberships(user, Role.SUPPORTER).filter(program=program).select_related("user").first()
    if member is None:
        raise AdviceRequest.DoesNotExist
    return member


@transaction.atomic
def open_request(
    user: User, program: Program, urgency: str, *, now: datetime | None = None, contact: Contact | None = None
) -> AdviceRequest:
    """A supporter (active or paused) asks for advice now: page whoever the chain reaches first.

    A second tap while a request of theirs is still unacknowledged returns that request (raised to the
    higher urgency, if the new one is higher) rather than paging everyone twice."""
    if urgency not in AdviceUrgency.values:
        raise ValidationError({"urgency": f"Choose one of: {', '.join(AdviceUrgency.values)}."})
    requester = _requester(user, program)
    now = now or timezone.now()
    chain, steps = chain_steps(program)
    if contact is None:
        waiting = (
            AdviceRequest.objects.select_for_update()
            .filter(requester=requester, status=AdviceStatus.PAGED)
            .order_by("-created_at")
            .first()
        )
        if waiting is not None:
            if RANK[AdviceUrgency(urgency)] > RANK[AdviceUrgency(waiting.urgency)]:
                waiting.urgency = urgency
                due = now + _wait(waiting, chain, steps, waiting.step)
                if waiting.next_escalation_at is None or due < waiting.next_escalation_at:
                    waiting.next_escalation_at = due
                waiting.save(update_fields=["urgency", "next_escalation_at"])
            return waiting
    request = AdviceRequest.objects.create(
        program=program, requester=requester, urgency=urgency, created_at=now, contact=contact
    )
    index, users, target = _plan(request, steps, 0, now)
    request.step = index
    request.next_escalation_at = now + _wait(request, chain, steps, index)
    request.save(update_fields=["step", "next_escalation_at"])
    _page(request, users, index, target, now)
    return request


URGENCY_OF_RISK = {RiskLevel.HIGH: AdviceUrgency.URGENT, RiskLevel.IMMINENT: AdviceUrgency.EMERGENCY}


def open_for_contact(contact: Contact) -> AdviceRequest | None:
    """A high- or imminent-risk contact opens a request of its own (once per contact)."""
    urgency = URGENCY_OF_RISK.get(RiskLevel(contact.risk_level)) if contact.risk_level else None
    if urgency is None:
        return None
    existing = AdviceRequest.objects.filter(contact=contact).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            return open_request(contact.supporter.user, contact.program, urgency, contact=contact)
    except AdviceRequest.DoesNotExist:  # the supporter's role ended meanwhile: nobody to look after here
        return None
    except IntegrityError:  # the same contact, escalated twice at once
        return AdviceRequest.objects.filter(contact=contact).first()


def _paged(request: AdviceRequest, user: AnyUser) -> bool:
    return AdvicePage.objects.filter(request=request, recipient_id=getattr(user, "pk", None)).exists()


@transaction.atomic
def acknowledge(request: AdviceRequest, *, by: User, now: datetime | None = None) -> AdviceRequest:
    """One tap from a paged person: escalation stops and the requester learns who has it."""
    if not _paged(request, by) or not own_memberships(by).filter(program_id=request.program_id).exists():
        raise AdviceRequest.DoesNotExist
    now = now or timezone.now()
    # Conditional UPDATE: of two paged people tapping at once, the first is the acknowledger.
    claimed = AdviceRequest.objects.filter(pk=request.pk, status=AdviceStatus.PAGED).update(
        status=AdviceStatus.ACKNOWLEDGED, acknowledged_at=now, acknowledged_by=by, next_escalation_at=None
    )
    request.refresh_from_db()
    if claimed:
        others = set(request.pages.exclude(recipient=by).values_list("recipient_id", flat=True))
        notify(
            [request.requester.user_id, *sorted(others)],
            kind="advice_acknowledged",
            link=reverse("advice-detail", args=[request.program_id, request.pk]),
            program=request.program_id,
        )
    return request


def may_resolve(request: AdviceRequest, user: AnyUser) -> bool:
    """The requester, anyone paged, or a coordinator of the program."""
    return (
        own_memberships(user, Role.SUPPORTER).filter(pk=request.requester_id).exists()
        or (_paged(request, user) and own_memberships(user).filter(program_id=request.program_id).exists())
        or programs_with(user, "manage_program").filter(pk=request.program_id).exists()
    )


@transaction.atomic
def resolve(request: AdviceRequest, *, by: User, now: datetime | None = None) -> AdviceRequest:
    """Advice given (or no longer needed): the request closes and pages no one else."""
    if not may_resolve(request, by):
        raise AdviceRequest.DoesNotExist
    now = now or timezone.now()
    AdviceRequest.objects.filter(pk=request.pk).exclude(status=AdviceStatus.RESOLVED).update(
        status=AdviceStatus.RESOLVED, resolved_at=now, resolved_by=by, next_escalation_at=None
    )
    request.refresh_from_db()
    return request


def escalate_due(now: datetime) -> int:
    """Page the next step of every unacknowledged request past its deadline; returns how many stepped."""
    stepped = 0
    due = AdviceRequest.objects.filter(status=AdviceStatus.PAGED, next_escalation_at__lte=now)
    for pk, step, deadline in due.values_list("pk", "step", "next_escalation_at"):
        with transaction.atomic():
            request = AdviceRequest.objects.select_related("program", "requester__user").get(pk=pk)
            chain, steps = chain_steps(request.program)
            index, users, target = _plan(request, steps, step + 1, now)
            # Conditional UPDATE: only the process that moves the request on from this step pages.
            if not AdviceRequest.objects.filter(
                pk=pk, status=AdviceStatus.PAGED, step=step, next_escalation_at=deadline
            ).update(step=index, next_escalation_at=now + _wait(request, chain, steps, index)):
                continue
            request.step = index
            _page(request, users, index, target, now)
            stepped += 1
    return stepped


# --- Reading --------------------------------------------------------------------------------------------


def advice_requests_visible_to(user: AnyUser) -> QuerySet[AdviceRequest]:
    """The requester's own, those the user was paged for (while staff of the program), and every
    request of the programs they coordinate."""
    paged = AdvicePage.objects.filter(request=OuterRef("pk"), recipient_id=getattr(user, "pk", None))
    return AdviceRequest.objects.filter(
        Q(requester__in=own_memberships(user, Role.SUPPORTER))
        | Q(Exists(paged), program_id__in=own_memberships(user, *STAFF_ROLES).values("program_id"))
        | Q(program__in=programs_with(user, "manage_program"))
    )


def phone_of(user: User | None, program_id: int) -> str | None:
    """A staff member's number (E.164) while they hold a current staff role in the program."""
    if user is None:
        return None
    if not Membership.objects.filter(
        user=user, program_id=program_id, role__in=STAFF_ROLES, status__in=CURRENT_STATUSES
    ).exists():
        return None
    return StaffPhone.objects.filter(user=user).values_list("phone", flat=True).first()


def name_of(user: User | None) -> str:
    return (user.get_full_name() or user.get_username()) if user is not None else ""


@dataclass
class Event:
    kind: str  # paged, acknowledged, resolved
    at: datetime
    user: User
    name: str
    phone: str | None
    step: int | None = None

    @property
    def phone_display(self) -> str:
        return display_phone(self.phone) if self.phone else ""


def timeline(request: AdviceRequest) -> list[Event]:
    """Every page, the acknowledgement and the resolution, in time order, with names and phones."""
    pages = list(request.pages.select_related("recipient").order_by("paged_at", "pk"))
    people = {p.recipient_id for p in pages} | {
        pk for pk in (request.acknowledged_by_id, request.resolved_by_id) if pk is not None
    }
    staff = set(
        Membership.objects.filter(
            user_id__in=people,
            program_id=request.program_id,
            role__in=STAFF_ROLES,
            status__in=CURRENT_STATUSES,
        ).values_list("user_id", flat=True)
    )
    phones = dict(StaffPhone.objects.filter(user_id__in=staff).values_list("user_id", "phone"))
    events = [
        Event("paged", p.paged_at, p.recipient, name_of(p.recipient), phones.get(p.recipient_id), p.step)
        for p in pages
    ]
    if request.acknowledged_at and request.acknowledged_by:
        who = request.acknowledged_by
        events.append(Event("acknowledged", request.acknowledged_at, who, name_of(who), phones.get(who.pk)))
    if request.resolved_at and request.resolved_by:
        who = request.resolved_by
        events.append(Event("resolved", request.resolved_at, who, name_of(who), phones.get(who.pk)))
    return sorted(events, key=lambda e: e.at)


@dataclass
class Moment:
    """One step of the status line: who was paged together, or the acknowledgement, or the resolution."""

    kind: str
    at: datetime
    names: list[str]


def status_line(events: list[Event]) -> list[Moment]:
    """The timeline as the requester reads it: pages sent at the same moment are one step."""
    moments: list[Moment] = []
    for event in events:
        last = moments[-1] if moments else None
        if last is not None and event.kind == "paged" == last.kind and event.at == last.at:
            last.names.append(event.name)
        else:
            moments.append(Moment(event.kind, event.at, [event.name]))
    return moments


def who_to_call(request: AdviceRequest, events: list[Event]) -> list[Event]:
    """Whom the requester can ring now: the acknowledger, else everyone paged so far (with a phone)."""
    if request.status == AdviceStatus.RESOLVED:
        return []
    if request.acknowledged_by_id:
        return [e for e in events if e.kind == "acknowledged" and e.phone]
    seen: dict[int, Event] = {}
    for event in events:
        if event.kind == "paged" and event.phone:
            seen[event.user.pk] = event
    return list(seen.values())


def _requesters(reader: User, ids: list[int]) -> dict[int, str]:
    """Who an advice request's message concerns, for the inbox: its requester, while the reader may see it."""
    found = advice_requests_visible_to(reader).filter(pk__in=ids).select_related("requester__user")
    names = names_of(reader, [r.requester for r in found])
    return {r.pk: names[r.requester_id] for r in found if r.requester_id in names}


register_concerns("advice-detail", _requesters)
