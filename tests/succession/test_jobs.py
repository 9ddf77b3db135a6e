"""The daily succession check tells coordinators about each new continuity risk once, and sponsors only
the score and how many risks are open — never who."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from program.models import Notification, Role
from succession import jobs
from succession.models import ContinuityAlert, Successor
from tests.conftest import World
from tests.factories import DocumentFactory, KeyRoleFactory, KeyRoleHolderFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def at_risk(world: World):
    """A student lead whose only holder, the supporter, graduates in three months; the program's supporters
    stay well above its minimum, so the roles are the only risk."""
    world.program.min_active_supporters = 1
    world.program.save()
    world.unsupervised.expected_end = None  # stays on the books: the runway never dips
    world.unsupervised.save()
    today = world.program.today()
    supporter = world.members[Role.SUPPORTER]
    supporter.expected_end = today + timedelta(days=90)
    supporter.save()
    role = KeyRoleFactory(program=world.program, name="Student lead", kind="student_lead")
    KeyRoleHolderFactory(key_role=role, membership=supporter, starts_on=today - timedelta(days=300))
    return role


def inbox(world: World, role: str) -> list[Notification]:
    return list(Notification.objects.filter(recipient=world.user(role), kind="continuity_risk"))


def test_a_new_risk_is_announced_once_to_coordinators_and_as_a_count_to_sponsors(
    world: World, at_risk
) -> None:
    now = timezone.now()
    counts = jobs.succession_checks(now)
    assert counts["programs"] == 2
    # One holder and no successor; the holder leaves within 6 months. (The other program, with no
    # supporters at all, has its runway risk.)
    assert sorted(ContinuityAlert.objects.filter(program=world.program).values_list("key", flat=True)) == [
        f"role:{at_risk.pk}:leaving",
        f"role:{at_risk.pk}:single",
    ]

    [coordinator_note] = inbox(world, Role.COORDINATOR)
    assert "Student lead" not in coordinator_note.title + coordinator_note.body
    assert coordinator_note.link == f"/programs/{world.program.pk}/continuity/"
    [sponsor_note] = Notification.objects.filter(recipient=world.user(Role.SPONSOR), kind="continuity_score")
    assert "Student lead" not in sponsor_note.body + sponsor_note.title
    assert world.members[Role.SUPPORTER].user.last_name not in sponsor_note.body
    for role in (Role.SUPERVISOR, Role.SUPPORTER, Role.APPLICANT, Role.REVIEWER):
        assert not inbox(world, role)

    # The next day the same risks are not announced again.
    assert jobs.succession_checks(now + timedelta(days=1))["new_risks"] == 0
    assert len(inbox(world, Role.COORDINATOR)) == 1


def test_a_risk_that_clears_and_returns_is_announced_again(world: World, at_risk) -> None:
    now = timezone.now()
    jobs.succession_checks(now)
    successor = Successor.objects.create(
        key_role=at_risk,
        membership=world.members[Role.SUPERVISOR],
        readiness="ready_now",
        nominated_by=world.user(Role.COORDINATOR),
    )
    assert jobs.succession_checks(now + timedelta(days=1))["new_risks"] == 0
    assert not ContinuityAlert.objects.filter(program=world.program, cleared_at__isnull=True).exists()

    successor.delete()
    assert jobs.succession_checks(now + timedelta(days=2))["new_risks"] == 2
    assert len(inbox(world, Role.COORDINATOR)) == 2


def test_stale_documents_and_a_short_runway_are_risks_too(world: World) -> None:
    today = world.program.today()
    stale = DocumentFactory(
        program=world.program, title="Referral pathways", last_reviewed_on=today - timedelta(days=400)
    )
    DocumentFactory(program=world.program, title="Handbook", last_reviewed_on=today - timedelta(days=30))
    world.program.min_active_supporters = 50  # far more supporters than it has: below the minimum now
    world.program.save()
    jobs.succession_checks(timezone.now())
    assert len(inbox(world, Role.COORDINATOR)) == 1
    keys = set(ContinuityAlert.objects.filter(program=world.program).values_list("key", flat=True))
    # The stale document is a risk, the recently reviewed one is not.
    assert {key for key in keys if key.startswith("document:")} == {f"document:{stale.pk}:stale"}
    assert any(key.startswith("runway:") for key in keys)
