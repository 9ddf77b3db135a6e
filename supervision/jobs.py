"""Scheduler jobs of the supervision module."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from django.db import transaction
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils import timezone

from program.models import Membership, MembershipStatus, Notification, Role
from program.notifications import notify
from program.scheduler import JobCounts, scheduled_job
from supervision import services
from supervision.advice import services as advice
from supervision.contacts import retention
from supervision.models import CheckIn, DebriefDue
from supervision.pauses import services as pauses
from supervision.rosters import services as rosters
from supervision.rosters import swaps
from supervision.wellbeing import grants


@scheduled_job("narrative_retention_purge", hour=3, minute=30)
def narrative_retention_purge(now: datetime) -> JobCounts:
    """Erase narratives, notes and pause reasons past each program's retention period (structured fields
    remain); see supervision.contacts.retention for which text and from which date."""
    return retention.erase_expired(now)


@scheduled_job("debrief_overdue_alerts", minute="*/10")
def debrief_overdue_alerts(now: datetime) -> JobCounts:
    """Alert supervisors (and, with nobody assigned, coordinators) once when a debrief is overdue."""
    alerted = 0
    for pk in DebriefDue.objects.filter(
        closed_at__isnull=True, due_at__lt=now, overdue_alerted_at__isnull=True
    ).values_list("pk", flat=True):
        with transaction.atomic():
            # Conditional UPDATE: only the process that flips the flag sends the alert.
            if not DebriefDue.objects.filter(pk=pk, overdue_alerted_at__isnull=True).update(
                overdue_alerted_at=now
            ):
                continue
            debrief = DebriefDue.objects.select_related("contact", "supporter__program").get(pk=pk)
            notify(
                services.supervisor_users(debrief.supporter),
                kind="debrief_overdue",
                link=reverse("contact-detail", args=[debrief.contact.program_id, debrief.contact_id]),
                program=debrief.supporter.program,
            )
            alerted += 1
    return {"alerted": alerted}


@scheduled_job("checkin_reminders", day_of_week="fri", hour=6, minute=0)
def checkin_reminders(now: datetime) -> JobCounts:
    """Friday morning (Sydney evening before the weekend): remind active supporters who haven't checked in."""
    today = timezone.localdate(now)
    week_of = today - timedelta(days=today.weekday())
    # Once a week each: a run repeated after a crash (or a takeover) skips whoever it already reminded.
    already = Notification.objects.filter(
        recipient=OuterRef("user"),
        program=OuterRef("program"),
        kind="checkin_reminder",
        created_at__gte=timezone.make_aware(datetime.combine(week_of, time.min)),
    )
    due = (
        Membership.objects.filter(role=Role.SUPPORTER, status=MembershipStatus.ACTIVE)
        .exclude(pk__in=CheckIn.objects.filter(week_of=week_of).values("supporter_id"))
        .exclude(Exists(already))
        .select_related("user", "program")
    )
    reminded = 0
    by_program: dict[int, list[Membership]] = {}
    for membership in due:
        by_program.setdefault(membership.program_id, []).append(membership)
    for members in by_program.values():
        program = members[0].program
        with transaction.atomic():
            notify(
                [member.user for member in members],
                kind="checkin_reminder",
                link=reverse("checkin", args=[program.pk]),
                program=program,
            )
        reminded += len(members)
    return {"reminded": reminded}


@scheduled_job("pause_rule_evaluation", minute="*/15")
def pause_rule_evaluation(now: datetime) -> JobCounts:
    """Evaluate every program's pause rules; start blackout pauses and end finished ones."""
    return pauses.evaluate_all(now)


@scheduled_job("swap_expiry", minute="*/5")
def swap_expiry(now: datetime) -> JobCounts:
    """Expire swap requests whose shift has started."""
    return {"expired": swaps.expire_started(now)}


@scheduled_job("roster_gap_alerts", minute="*/15")
def roster_gap_alerts(now: datetime) -> JobCounts:
    """Alert about uncovered on-call shifts: 14 days ahead, 72 hours (urgent), 24 hours (all supervisors)."""
    return {"alerted": rosters.alert_gaps(now)}


@scheduled_job("shift_reminders_and_handovers", minute="*/5")
def shift_reminders_and_handovers(now: datetime) -> JobCounts:
    """Remind people of tomorrow's shifts and tell them when a shift starts."""
    return rosters.remind_and_hand_over(now)


@scheduled_job("debrief_grants_follow_on_call", minute="*/5")
def debrief_grants_follow_on_call(now: datetime) -> JobCounts:
    """Grant an unsupervised supporter's open debrief to whoever has come on call since it was opened."""
    return {"granted": grants.follow_on_call(now)}


# Every 15 seconds, not every minute: a step must fire within 60 s of its deadline (issue 13), and a
# once-a-minute run reached a deadline just after a whole minute only ~60 s later, later still when
# other jobs due on that minute ran first (on SQLite they run one after another). bench/delivery.py
# measures it; the price is four JobRun rows a minute instead of one.
@scheduled_job("advice_escalation", second="*/15")
def advice_escalation(now: datetime) -> JobCounts:
    """Page the next step of the escalation chain for advice requests nobody has acknowledged in time."""
    return {"escalated": advice.escalate_due(now)}
