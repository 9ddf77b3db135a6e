"""Role × outcome matrices for the pause pages, and what each shows and hides (issue 5)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from program.models import AuditEvent, Membership, MembershipStatus, Role
from supervision.models import BlackoutPeriod, Pause, PauseMetric, PauseRule
from tests.conftest import World
from tests.factories import PauseFactory

EVERYONE = [
    "coordinator",
    "supervisor",
    "supporter",
    "applicant",
    "reviewer",
    "sponsor",
    "outsider",
    "stranger",
]
REASON = "Exam stress; agreed to step back for a fortnight."


def matrix(allowed: set[str], ok: int = 200) -> list[tuple[str, int]]:
    return [(role, ok if role in allowed else 404) for role in EVERYONE]


@pytest.fixture(autouse=True)
def recently_started(world: World) -> None:
    Membership.objects.filter(role=Role.SUPPORTER).update(term_start=timezone.localdate() - timedelta(days=7))


@pytest.fixture
def pause(world: World) -> Pause:
    return PauseFactory(membership=world.members[Role.SUPPORTER])


def url(name: str, world: World, *args: int) -> str:
    return reverse(name, args=[world.program.pk, *args])


@pytest.mark.parametrize(("role", "status"), matrix({"supporter"}))
def test_only_supporters_open_the_pause_me_page(world: World, client_for, role: str, status: int) -> None:
    assert client_for(role).get(url("pause-self", world)).status_code == status


def test_one_tap_from_any_page_pauses_and_shows_support(world: World, client_for) -> None:
    client = client_for("supporter")
    home = client.get("/").content.decode()
    # A link to a page that asks first (issue 14); the page's button does the pausing.
    link = f'href="{url("pause-self", world)}" class="govuk-service-navigation__link nav-action"'
    assert link in home and "Pause me" in home

    response = client.post(url("pause-self", world), follow=True)

    assert response.status_code == 200
    page = response.content.decode()
    assert "You're paused from supporting peers" in page and "Support for you" in page
    assert "13 11 14" in page  # Lifeline, from the referral directory
    world.members[Role.SUPPORTER].refresh_from_db()
    assert world.members[Role.SUPPORTER].status == MembershipStatus.PAUSED
    # Paused: the one-tap button gives way.
    assert "Pause me" not in client.get("/").content.decode()


@pytest.mark.parametrize(("role", "status"), matrix({"supporter", "supervisor", "coordinator"}))
def test_the_pause_list_opens_for_supporters_supervisors_and_coordinators(
    world: World, client_for, pause: Pause, role: str, status: int
) -> None:
    response = client_for(role).get(url("pauses", world))
    assert response.status_code == status
    if status == 200:
        assert world.members[Role.SUPPORTER].display_name in response.content.decode()
        assert REASON not in response.content.decode()


@pytest.mark.parametrize(("role", "status"), matrix({"supporter", "supervisor", "coordinator"}))
def test_the_reason_shows_only_to_the_supporter_and_supervisors(
    world: World, client_for, pause: Pause, role: str, status: int
) -> None:
    response = client_for(role).get(url("pause-detail", world, pause.pk))
    assert response.status_code == status
    if status != 200:
        return
    page = response.content.decode()
    reads = AuditEvent.objects.filter(action="view", object_id=str(pause.pk), summary="pause reason read")
    if role == "coordinator":
        assert REASON not in page and "private to the supporter" in page
        assert not reads.exists()
    else:
        assert REASON in page and reads.count() == 1
    assert ("Sign off their return" in page) == (role == "supervisor")


def test_the_supervisor_resumes_with_a_note(world: World, client_for, pause: Pause) -> None:
    client = client_for("supervisor")
    refused = client.post(url("pause-resume", world, pause.pk), {"note": ""})
    assert refused.status_code == 400 and "Sign-off note" in refused.content.decode()

    response = client.post(url("pause-resume", world, pause.pk), {"note": "Talked; ready to return."})

    assert response.status_code == 302
    pause.refresh_from_db()
    assert not pause.is_open
    world.members[Role.SUPPORTER].refresh_from_db()
    assert world.members[Role.SUPPORTER].status == MembershipStatus.ACTIVE


@pytest.mark.parametrize(
    ("role", "status"),
    [(r, {"supporter": 403, "coordinator": 403, "supervisor": 302}.get(r, 404)) for r in EVERYONE],
)
def test_resuming_is_a_supervisors_sign_off(
    world: World, client_for, pause: Pause, role: str, status: int
) -> None:
    response = client_for(role).post(url("pause-resume", world, pause.pk), {"note": "Back."})
    assert response.status_code == status
    pause.refresh_from_db()
    assert pause.is_open == (status != 302)


@pytest.mark.parametrize(("role", "status"), matrix({"supervisor", "coordinator"}))
def test_pausing_someone_is_for_supervisors_and_coordinators(
    world: World, client_for, role: str, status: int
) -> None:
    assert client_for(role).get(url("pause-new", world)).status_code == status


def test_a_supervisor_pauses_a_supervisee_from_the_page(world: World, client_for) -> None:
    client = client_for("supervisor")
    target = world.members[Role.SUPPORTER]
    page = client.get(url("pause-new", world)).content.decode()
    assert target.display_name in page and world.unsupervised.display_name not in page

    refused = client.post(url("pause-new", world), {"membership": target.pk, "reason": "Ring 0412 345 678"})
    assert refused.status_code == 400 and "phone number" in refused.content.decode()
    assert not Pause.objects.exists()

    response = client.post(url("pause-new", world), {"membership": target.pk, "reason": "A hard month."})
    assert response.status_code == 302
    assert Pause.objects.get().membership == target


@pytest.mark.parametrize(("role", "status"), matrix({"supervisor", "coordinator"}))
def test_the_rules_page_opens_for_supervisors_and_coordinators(
    world: World, client_for, role: str, status: int
) -> None:
    response = client_for(role).get(url("pause-rules", world))
    assert response.status_code == status
    if status == 200:
        page = response.content.decode()
        assert "Supervision overdue by more than 14 days" in page
        assert ("Add a rule" in page) == (role == "coordinator")


@pytest.mark.parametrize(("role", "status"), matrix({"coordinator"}))
def test_only_coordinators_edit_rules_and_blackouts(world: World, client_for, role: str, status: int) -> None:
    rule = PauseRule.objects.get(program=world.program, metric=PauseMetric.CHECKIN_BURNOUT)
    client = client_for(role)
    assert client.get(url("pause-rule-new", world)).status_code == status
    assert client.get(url("pause-rule-edit", world, rule.pk)).status_code == status
    assert client.get(url("blackout-new", world)).status_code == status


def test_a_coordinator_changes_a_rule_with_field_errors_first(world: World, client_for) -> None:
    rule = PauseRule.objects.get(program=world.program, metric=PauseMetric.WEEKS_OVER_HOURS)
    client = client_for("coordinator")
    form = {
        "name": rule.name,
        "metric": rule.metric,
        "window_days": 14,
        "threshold": 3,
        "action": "flag",
        "review_days": 14,
        "enabled": "on",
    }
    refused = client.post(url("pause-rule-edit", world, rule.pk), form)
    assert refused.status_code == 400 and "the threshold cannot be more" in refused.content.decode()
    rule.refresh_from_db()
    assert rule.threshold == 2

    assert client.post(url("pause-rule-edit", world, rule.pk), {**form, "window_days": 21}).status_code == 302
    rule.refresh_from_db()
    assert (rule.window_days, rule.threshold) == (21, 3)


def test_a_coordinator_adds_a_blackout(world: World, client_for) -> None:
    today = timezone.localdate()
    client = client_for("coordinator")
    backwards = {
        "name": "Exams",
        "starts_on": today + timedelta(days=9),
        "ends_on": today + timedelta(days=2),
    }
    assert client.post(url("blackout-new", world), backwards).status_code == 400
    assert not BlackoutPeriod.objects.exists()
    good = {**backwards, "starts_on": today + timedelta(days=2), "ends_on": today + timedelta(days=9)}
    assert client.post(url("blackout-new", world), good).status_code == 302
    assert BlackoutPeriod.objects.get().name == "Exams"
