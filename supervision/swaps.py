"""Swaps of on-call shifts (SPEC 4.3): open → taken → approved or rejected, or withdrawn, or expired
when the shift starts. A published roster changes only this way (and through coordinators'
overrides); every change re-checks the taker's eligibility and rest rules, and everyone affected is
told. Where the program does not ask for approval, taking a swap applies it at once."""

from __future__ import annotations

from datetime import datetime

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from program import audit
from program.models import CURRENT_STATUSES, AuditAction, Membership, Role
from program.notifications import notify
from program.selectors import is_coordinator
from supervision import rosters
from supervision.models import (
    SWAP_PENDING,
    AssignmentSource,
    RosterStatus,
    ShiftAssignment,
    SwapRequest,
    SwapStatus,
)


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


def _check_taker(swap: SwapRequest, taker: Membership) -> None:
    """The taker must be able to take this shift: eligible, rested, under the weekly limit."""
    shift = swap.shift
    program = shift.program
    if taker.program_id != program.pk or taker.role != shift.role or taker.status not in CURRENT_STATUSES:
        raise ValidationError(
            {"taken_by": f"Only a current {shift.role} of this program can take this shift."}
        )
    if (
        taker.pk == swap.offered_by_id
        or ShiftAssignment.objects.filter(shift=shift, membership=taker, ended_at__isnull=True).exists()
    ):
        raise ValidationError({"taken_by": "You are already on this shift."})
    reasons = rosters.reasons_against(shift, taker)
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
    _expire_if_started(swap)
    return _take(swap, taker=taker, by=by)


@transaction.atomic
def _take(swap: SwapRequest, *, taker: Membership, by: User) -> SwapRequest:
    swap = _locked(swap)
    now = timezone.now()
    if taker.user_id != by.pk and not is_coordinator(by, swap.shift.program_id):
        raise SwapRequest.DoesNotExist
    if swap.status != SwapStatus.OPEN:
        raise _conflict(f"This swap is {swap.get_status_display().lower()}, not open.")
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
    """A coordinator approves (rules and coverage re-checked) or rejects a taken swap."""
    _expire_if_started(swap)
    return _decide(swap, by=by, approve=approve)


@transaction.atomic
def _decide(swap: SwapRequest, *, by: User, approve: bool) -> SwapRequest:
    swap = _locked(swap)
    if not is_coordinator(by, swap.shift.program_id):
        raise SwapRequest.DoesNotExist
    now = timezone.now()
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
