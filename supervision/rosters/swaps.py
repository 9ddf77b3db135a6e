"""Swaps of on-call shifts (SPEC 4.3): open → taken → approved or rejected, or withdrawn, or expired
when the shift starts. A published roster changes only this way (and through coordinators'
overrides); every change re-checks the taker's eligibility and rest rules, and everyone affected is
told. Where the program does not ask for approval, taking a swap applies it at once.

Every pending swap ends. Besides the people's own actions: the offer is withdrawn when its place goes
(the offerer is paused, leaves, or is taken off the shift — `rosters.take_off_the_roster`, `override`);
a taken swap opens again when its taker is paused or leaves, or when approval finds they can no longer
take the shift; and whatever is still pending when the shift starts expires (`expire_started`, run by
the scheduler, and before every action). Each of these is settled before an action is tried, in its
own transaction, so it stands even when the action is then refused."""

from __future__ import annotations

from datetime import datetime

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from program import audit
from program.models import CURRENT_STATUSES, AuditAction, Membership, Role
from program.notifications import notify, send
from program.selectors import is_coordinator
from supervision.models import (
    SWAP_PENDING,
    AssignmentSource,
    RosterStatus,
    ShiftAssignment,
    SwapRequest,
    SwapStatus,
)
from supervision.pauses.services import duty_calendar
from supervision.rosters import services as rosters


def _conflict(message: str) -> ValidationError:
    return ValidationError({"__all__": ValidationError(message, code="conflict")})


def _locked(swap: SwapRequest) -> SwapRequest:
    return (
        SwapRequest.objects.select_for_update(of=("self",))
        .select_related("shift__program", "offered_by__user", "taken_by__user", "assignment")
        .get(pk=swap.pk)
    )


def _expire_if_started(swap: SwapRequest) -> None:
    """Settle an expiry before acting, in its own statement, so it stands even when the action is refused."""
    now = timezone.now()
    SwapRequest.objects.filter(pk=swap.pk, status__in=SWAP_PENDING, shift__starts_at__lte=now).update(
        status=SwapStatus.EXPIRED, decided_at=now
    )


def _offer_gone(swap: SwapRequest) -> bool:
    """The offered place is no longer there to hand over: ended, or its holder has left or is paused."""
    offerer = swap.offered_by
    if swap.assignment.ended_at is not None or offerer.status not in CURRENT_STATUSES:
        return True
    start = swap.shift.starts_at
    return "paused" in duty_calendar([offerer], start, start).reasons(offerer, start)


def _settle(swap: SwapRequest, *, approving: bool = False) -> str | None:
    """Bring a pending swap up to date before acting on it: expired once its shift has started; withdrawn
    once the offered place is gone; and, when a coordinator approves, open again if the taker can no longer
    take the shift. Each outcome commits on its own, so it stands even though the action is then refused.
    Returns why the action cannot go ahead, or None."""
    _expire_if_started(swap)
    with transaction.atomic():
        swap = _locked(swap)
        if swap.status not in SWAP_PENDING:
            return None
        if _offer_gone(swap):
            send(rosters.withdraw_swaps(SwapRequest.objects.filter(pk=swap.pk), now=timezone.now()))
            return "This swap was withdrawn: the offered place is no longer on the roster."
        taker = swap.taken_by
        if approving and swap.status == SwapStatus.TAKEN and taker is not None:
            reasons = _taker_reasons(swap, taker)
            if reasons:
                send(rosters.reopen_swaps(SwapRequest.objects.filter(pk=swap.pk)))
                why = ", ".join(rosters.REASONS[r] for r in reasons)
                return f"{taker.display_name} can no longer take this shift ({why}); the offer is open again."
    return None


def _taker_reasons(swap: SwapRequest, taker: Membership) -> list[str]:
    """Why `taker` cannot take the offered shift (empty: they can) — the roster's own eligibility rules,
    judged on the shift's dates, plus rest and the weekly limit."""
    if not _current_colleague(swap, taker):
        return ["not_current"]
    return rosters.reasons_against(swap.shift, taker)


def _current_colleague(swap: SwapRequest, taker: Membership) -> bool:
    shift = swap.shift
    return (
        taker.program_id == shift.program_id and taker.role == shift.role and taker.status in CURRENT_STATUSES
    )


def _check_taker(swap: SwapRequest, taker: Membership) -> None:
    """The taker must be able to take this shift: eligible, rested, under the weekly limit."""
    shift = swap.shift
    if not _current_colleague(swap, taker):
        raise ValidationError(
            {"taken_by": f"Only a current {shift.role} of this program can take this shift."}
        )
    if (
        taker.pk == swap.offered_by_id
        or ShiftAssignment.objects.filter(shift=shift, membership=taker, ended_at__isnull=True).exists()
    ):
        raise ValidationError({"taken_by": "You are already on this shift."})
    reasons = _taker_reasons(swap, taker)
    if reasons:
        raise ValidationError(
            {"taken_by": "You can't take this shift: " + ", ".join(rosters.REASONS[r] for r in reasons) + "."}
        )


def _tell(users: list[int], swap: SwapRequest, kind: str) -> None:
    program_id = swap.shift.program_id
    notify(
        users, kind=kind, link=reverse("shift-detail", args=[program_id, swap.shift_id]), program=program_id
    )


@transaction.atomic
def offer(assignment: ShiftAssignment, *, by: User) -> SwapRequest:
    """The person on a future published shift (or a coordinator acting for them) offers it."""
    assignment = (
        ShiftAssignment.objects.select_for_update(of=("self",))
        .select_related("shift__program", "shift__roster", "membership")
        .get(pk=assignment.pk)
    )
    shift = assignment.shift
    if assignment.membership.user_id != by.pk and not is_coordinator(by, shift.program_id):
        raise ShiftAssignment.DoesNotExist
    if assignment.ended_at is not None or shift.cancelled_at is not None:
        raise _conflict("You are no longer on this shift.")
    if shift.roster.status != RosterStatus.PUBLISHED:
        raise ValidationError({"assignment": "Swaps are for published rosters; change the draft instead."})
    if shift.starts_at <= timezone.now():
        raise ValidationError({"assignment": "This shift has started; it can no longer be swapped."})
    try:
        with transaction.atomic():
            swap = SwapRequest.objects.create(
                assignment=assignment, shift=shift, offered_by=assignment.membership
            )
    except IntegrityError:
        raise _conflict("This shift is already offered.") from None
    audit.record(by, AuditAction.CREATE, swap, program=shift.program, summary="swap offered")
    colleagues = Membership.objects.filter(
        program=shift.program, role=shift.role, status__in=CURRENT_STATUSES
    ).exclude(pk=assignment.membership_id)
    _tell(list(colleagues.values_list("user_id", flat=True)), swap, "swap_offered")
    return swap


def take(swap: SwapRequest, *, taker: Membership, by: User) -> SwapRequest:
    """A colleague takes the offered shift (a coordinator may take it for them)."""
    return _take(swap, taker=taker, by=by, settled=_settle(swap))


@transaction.atomic
def _take(swap: SwapRequest, *, taker: Membership, by: User, settled: str | None) -> SwapRequest:
    swap = _locked(swap)
    now = timezone.now()
    if taker.user_id != by.pk and not is_coordinator(by, swap.shift.program_id):
        raise SwapRequest.DoesNotExist
    if swap.status != SwapStatus.OPEN:
        raise _conflict(settled or f"This swap is {swap.get_status_display().lower()}, not open.")
    _check_taker(swap, taker)
    swap.taken_by, swap.taken_at, swap.status = taker, now, SwapStatus.TAKEN
    swap.save(update_fields=["taken_by", "taken_at", "status"])
    audit.record(by, AuditAction.UPDATE, swap, program=swap.shift.program, summary="swap taken")
    if rosters.roster_settings(swap.shift.program).swaps_need_approval:
        coordinators = Membership.objects.filter(
            program=swap.shift.program, role=Role.COORDINATOR, status__in=CURRENT_STATUSES
        ).values_list("user_id", flat=True)
        _tell([swap.offered_by.user_id, *coordinators], swap, "swap_taken")
        return swap
    return _apply(swap, by=by, now=now)


@transaction.atomic
def undo_take(swap: SwapRequest, *, by: User) -> SwapRequest:
    """The taker changes their mind before approval: the offer is open again."""
    swap = _locked(swap)
    if swap.taken_by is None or (
        swap.taken_by.user_id != by.pk and not is_coordinator(by, swap.shift.program_id)
    ):
        raise SwapRequest.DoesNotExist
    if swap.status != SwapStatus.TAKEN:
        raise _conflict(
            f"This swap is {swap.get_status_display().lower()}; taking it can no longer be undone."
        )
    swap.taken_by, swap.taken_at, swap.status = None, None, SwapStatus.OPEN
    swap.save(update_fields=["taken_by", "taken_at", "status"])
    audit.record(by, AuditAction.UPDATE, swap, program=swap.shift.program, summary="swap take undone")
    return swap


@transaction.atomic
def withdraw(swap: SwapRequest, *, by: User) -> SwapRequest:
    swap = _locked(swap)
    if swap.offered_by.user_id != by.pk and not is_coordinator(by, swap.shift.program_id):
        raise SwapRequest.DoesNotExist
    if swap.status not in SWAP_PENDING:
        raise _conflict(f"This swap is {swap.get_status_display().lower()}.")
    swap.status, swap.decided_at, swap.decided_by = SwapStatus.CANCELLED, timezone.now(), by
    swap.save(update_fields=["status", "decided_at", "decided_by"])
    audit.record(by, AuditAction.UPDATE, swap, program=swap.shift.program, summary="swap withdrawn")
    return swap


def decide(swap: SwapRequest, *, by: User, approve: bool) -> SwapRequest:
    """A coordinator approves (rules and coverage re-checked) or rejects a taken swap. Approval that finds
    the taker can no longer take the shift opens the offer again instead (and says so)."""
    if not is_coordinator(by, swap.shift.program_id):
        raise SwapRequest.DoesNotExist
    return _decide(swap, by=by, approve=approve, settled=_settle(swap, approving=approve))


@transaction.atomic
def _decide(swap: SwapRequest, *, by: User, approve: bool, settled: str | None) -> SwapRequest:
    swap = _locked(swap)
    if not is_coordinator(by, swap.shift.program_id):
        raise SwapRequest.DoesNotExist
    now = timezone.now()
    if settled:
        raise _conflict(settled)
    if swap.status == SwapStatus.EXPIRED:
        raise _conflict("This swap expired when the shift started; it can no longer be approved.")
    if swap.status != SwapStatus.TAKEN:
        raise _conflict(f"This swap is {swap.get_status_display().lower()}, not awaiting approval.")
    if not approve:
        swap.status, swap.decided_at, swap.decided_by = SwapStatus.REJECTED, now, by
        swap.save(update_fields=["status", "decided_at", "decided_by"])
        audit.record(by, AuditAction.UPDATE, swap, program=swap.shift.program, summary="swap rejected")
        people = [swap.offered_by.user_id, *([swap.taken_by.user_id] if swap.taken_by else [])]
        _tell(people, swap, "swap_refused")
        return swap
    return _apply(swap, by=by, now=now)


def _apply(swap: SwapRequest, *, by: User, now: datetime) -> SwapRequest:
    taker = swap.taken_by
    if taker is None:
        raise _conflict("Nobody has taken this swap.")
    _check_taker(swap, taker)  # rest and limits again: time has passed since it was taken
    if swap.assignment.ended_at is not None:
        raise _conflict("The offered place is no longer on the roster.")
    ShiftAssignment.objects.filter(pk=swap.assignment_id).update(ended_at=now, ended_reason="swapped")
    ShiftAssignment.objects.create(shift=swap.shift, membership=taker, source=AssignmentSource.SWAP)
    swap.shift.sequence += 1
    swap.shift.save(update_fields=["sequence", "updated_at"])
    swap.status, swap.decided_at, swap.decided_by = SwapStatus.APPROVED, now, by
    swap.save(update_fields=["status", "decided_at", "decided_by"])
    audit.record(by, AuditAction.UPDATE, swap, program=swap.shift.program, summary="swap approved")
    _tell([swap.offered_by.user_id, taker.user_id], swap, "swap_done")
    return swap


def expire_started(now: datetime) -> int:
    """Pending swaps whose shift has started expire (the scheduler runs this)."""
    return SwapRequest.objects.filter(status__in=SWAP_PENDING, shift__starts_at__lte=now).update(
        status=SwapStatus.EXPIRED, decided_at=now
    )
