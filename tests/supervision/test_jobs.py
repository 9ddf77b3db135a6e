"""Scheduler jobs of the supervision module: overdue debriefs, check-in reminders, retention purge."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from program.models import Notification, Role
from program.scheduler import REGISTRY
from supervision.contacts import crypto
from supervision.jobs import checkin_reminders, debrief_overdue_alerts, narrative_retention_purge
from supervision.models import Contact, DebriefDue
from tests.conftest import World
from tests.factories import CheckInFactory, ContactFactory

pytestmark = pytest.mark.django_db


def test_the_jobs_are_registered_with_the_scheduler() -> None:
    assert {"narrative_retention_purge", "debrief_overdue_alerts", "checkin_reminders"} <= set(REGISTRY)


def test_an_overdue_debrief_alerts_the_supervisors_once(world: World) -> None:
    contact = ContactFactory(
        supporter=world.members[Role.SUPPORTER], risk_level="high", actions=["case_advice"]
    )
    DebriefDue.objects.create(
        contact=contact, supporter=contact.supporter, due_at=timezone.now() - timedelta(hours=1)
    )
    assert debrief_overdue_alerts(timezone.now()) == {"alerted": 1}
    assert debrief_overdue_alerts(timezone.now()) == {"alerted": 0}
    recipients = set(
        Notification.objects.filter(kind="debrief_overdue").values_list("recipient__username", flat=True)
    )
    assert recipients == {"supervisor", "supervisor2"}


def test_a_debrief_not_yet_due_or_closed_does_not_alert(world: World) -> None:
    supporter = world.members[Role.SUPPORTER]
    due_later = ContactFactory(supporter=supporter, risk_level="high", actions=["case_advice"])
    closed = ContactFactory(supporter=supporter, risk_level="high", actions=["case_advice"])
    DebriefDue.objects.create(
        contact=due_later, supporter=supporter, due_at=timezone.now() + timedelta(hours=3)
    )
    DebriefDue.objects.create(
        contact=closed,
        supporter=supporter,
        due_at=timezone.now() - timedelta(hours=3),
        closed_at=timezone.now(),
    )
    assert debrief_overdue_alerts(timezone.now()) == {"alerted": 0}


def test_check_in_reminders_go_to_active_supporters_who_have_not_checked_in(world: World) -> None:
    CheckInFactory(supporter=world.members[Role.SUPPORTER])
    assert checkin_reminders(timezone.now()) == {"reminded": 1}
    assert list(
        Notification.objects.filter(kind="checkin_reminder").values_list("recipient__username", flat=True)
    ) == ["lonely"]


def test_check_in_reminders_run_again_remind_nobody_twice_in_a_week(world: World) -> None:
    """A run repeated after a crash (its lease taken over) must not remind the same people again."""
    CheckInFactory(supporter=world.members[Role.SUPPORTER])
    assert checkin_reminders(timezone.now()) == {"reminded": 1}
    assert checkin_reminders(timezone.now()) == {"reminded": 0}
    assert Notification.objects.filter(kind="checkin_reminder").count() == 1


def test_last_weeks_check_in_reminder_does_not_stop_this_weeks(world: World) -> None:
    CheckInFactory(supporter=world.members[Role.SUPPORTER])
    assert checkin_reminders(timezone.now()) == {"reminded": 1}
    Notification.objects.filter(kind="checkin_reminder").update(created_at=timezone.now() - timedelta(days=8))
    assert checkin_reminders(timezone.now()) == {"reminded": 1}


def test_the_retention_purge_erases_old_narratives(world: World) -> None:
    old = ContactFactory(
        supporter=world.members[Role.SUPPORTER], narrative_encrypted=crypto.encrypt("Old note.")
    )
    Contact.objects.filter(pk=old.pk).update(contact_date=world.program.today() - timedelta(days=200))
    assert narrative_retention_purge(timezone.now())["contact"] == 1
    assert Contact.objects.get(pk=old.pk).narrative_encrypted == ""
