"""Issue 14, part 4: "Pause me" asks first, and the supporter can undo their own pause for ten minutes,
which gives back the shifts nobody has taken since (pages and API, one service)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from program.models import AuditEvent, Membership, MembershipStatus, Notification, Role
from supervision.models import (
    AssignmentSource,
    Pause,
    PauseEnd,
    Roster,
    RosterStatus,
    Shift,
    ShiftAssignment,
)
from supervision.pauses import services as pauses
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
API = "/api/v1/pauses/"


@pytest.fixture(autouse=True)
def recently_started(world: World) -> None:
    Membership.objects.filter(role=Role.SUPPORTER).update(term_start=timezone.localdate() - timedelta(days=7))


@pytest.fixture
def shifts(world: World) -> tuple[Shift, Shift]:
    """Two future published supporter shifts held by the world's supporter, and no colleague free to take
    them when she pauses (so both become gaps until someone steps in)."""
    supporter = world.members[Role.SUPPORTER]
    Membership.objects.filter(program=world.program, role=Role.SUPPORTER).exclude(pk=supporter.pk).update(
        status=MembershipStatus.PAUSED
    )
    today = world.program.today()
    roster = Roster.objects.create(
        program=world.program,
        starts_on=today,
        ends_on=today + timedelta(days=7),
        status=RosterStatus.PUBLISHED,
        generated_by=world.user(Role.COORDINATOR),
        published_at=timezone.now(),
    )
    made = []
    for day in (2, 4):
        start = timezone.now() + timedelta(days=day)
        shift = Shift.objects.create(
            program=world.program,
            roster=roster,
            name="Evening",
            role="supporter",
            starts_at=start,
            ends_at=start + timedelta(hours=4),
        )
        ShiftAssignment.objects.create(shift=shift, membership=supporter)
        made.append(shift)
    return made[0], made[1]


def holder(shift: Shift) -> set[int]:
    return set(
        ShiftAssignment.objects.filter(shift=shift, ended_at__isnull=True).values_list(
            "membership_id", flat=True
        )
    )


def self_pause(world: World) -> Pause:
    supporter = world.members[Role.SUPPORTER]
    return pauses.self_pause(supporter, by=supporter.user)


# --- The service ----------------------------------------------------------------------------------


def test_undo_ends_the_pause_and_gives_back_only_the_shifts_nobody_took(world: World, shifts) -> None:
    taken, untaken = shifts
    supporter = world.members[Role.SUPPORTER]
    pause = self_pause(world)
    assert holder(taken) == holder(untaken) == set()  # both handed on, to nobody
    colleague = world.unsupervised
    ShiftAssignment.objects.create(shift=taken, membership=colleague, source=AssignmentSource.OVERRIDE)

    undone = pauses.undo_self_pause(pause, by=supporter.user)

    assert [s.pk for s in undone.shifts_given_back] == [untaken.pk]
    assert holder(untaken) == {supporter.pk}
    assert holder(taken) == {colleague.pk}  # taken by someone else: stays with them
    untaken.refresh_from_db()
    assert untaken.unfilled == {} and untaken.sequence == 2
    pause.refresh_from_db()
    supporter.refresh_from_db()
    assert pause.end_kind == PauseEnd.UNDONE and pause.ended_by == supporter.user
    assert supporter.status == MembershipStatus.ACTIVE
    assert AuditEvent.objects.filter(summary="undone by the supporter", object_id=str(pause.pk)).exists()
    told = Notification.objects.filter(kind="pause_undone")
    assert set(told.values_list("recipient__username", flat=True)) == {"supervisor", "supervisor2"}


def test_nothing_comes_back_while_another_pause_still_holds_them(world: World, shifts) -> None:
    supporter = world.members[Role.SUPPORTER]
    pause = self_pause(world)
    pauses.manual_pause(supporter, by=world.user(Role.SUPERVISOR), reason="Agreed a rest.")

    undone = pauses.undo_self_pause(pause, by=supporter.user)

    assert undone.shifts_given_back == []
    supporter.refresh_from_db()
    assert supporter.status == MembershipStatus.PAUSED


def test_undo_is_refused_after_the_window_for_others_and_for_pauses_not_asked_for(world: World) -> None:
    supporter = world.members[Role.SUPPORTER]
    pause = self_pause(world)
    later = pause.started_at + pauses.SELF_PAUSE_UNDO_WINDOW
    assert timedelta(minutes=10) == pauses.SELF_PAUSE_UNDO_WINDOW

    with pytest.raises(pauses.ValidationError, match="10 minutes to undo this pause have passed"):
        pauses.undo_self_pause(pause, by=supporter.user, now=later)
    with pytest.raises(Pause.DoesNotExist):
        pauses.undo_self_pause(pause, by=world.user(Role.SUPERVISOR))
    manual = PauseFactory(membership=supporter, trigger="manual", created_by=world.user(Role.SUPERVISOR))
    with pytest.raises(pauses.ValidationError, match="Only a pause you asked for yourself"):
        pauses.undo_self_pause(manual, by=supporter.user)
    pauses.undo_self_pause(pause, by=supporter.user, now=later - timedelta(seconds=1))
    with pytest.raises(pauses.ValidationError, match="already ended"):
        pauses.undo_self_pause(pause, by=supporter.user)


# --- Pages ----------------------------------------------------------------------------------------


def test_pause_me_in_the_navigation_is_a_link_and_its_page_asks_first(
    world: World, client_for, shifts
) -> None:
    client = client_for("supporter")
    page_url = reverse("pause-self", args=[world.program.pk])
    home = client.get("/").content.decode()
    assert f'<a href="{page_url}" class="govuk-service-navigation__link nav-action"' in home
    assert f'action="{page_url}"' not in home  # no one-tap form

    confirm = client.get(page_url).content.decode()

    assert "Your 2 upcoming shifts will be handed on to colleagues" in confirm
    assert "Your supervisor is told" in confirm and "For 10 minutes you can undo it yourself" in confirm
    assert not Pause.objects.exists()  # the GET changed nothing
    world.members[Role.SUPPORTER].refresh_from_db()
    assert world.members[Role.SUPPORTER].status == MembershipStatus.ACTIVE


def test_the_supporter_undoes_from_the_pause_page_and_hears_what_came_back(
    world: World, client_for, shifts
) -> None:
    client = client_for("supporter")
    response = client.post(reverse("pause-self", args=[world.program.pk]), follow=True)
    pause = Pause.objects.get()
    page = response.content.decode()
    undo_url = reverse("pause-undo", args=[world.program.pk, pause.pk])
    assert f'action="{undo_url}"' in page and "Undo my pause" in page

    response = client.post(undo_url, follow=True)

    assert response.status_code == 200
    assert (
        "Your pause is undone; your supervisor has been told. 2 shifts nobody had taken yet are yours again."
        in (response.content.decode())
    )
    assert holder(shifts[0]) == {world.members[Role.SUPPORTER].pk}
    # Ended: the undo button is gone from the record.
    assert (
        "Undo my pause"
        not in client.get(reverse("pause-detail", args=[world.program.pk, pause.pk])).content.decode()
    )


def test_the_undo_button_goes_when_the_window_closes(world: World, client_for) -> None:
    pause = self_pause(world)
    Pause.objects.filter(pk=pause.pk).update(started_at=timezone.now() - timedelta(minutes=11))
    client = client_for("supporter")
    detail = reverse("pause-detail", args=[world.program.pk, pause.pk])
    assert "Undo my pause" not in client.get(detail).content.decode()

    response = client.post(reverse("pause-undo", args=[world.program.pk, pause.pk]))

    assert response.status_code == 400
    assert "The 10 minutes to undo this pause have passed" in response.content.decode()
    pause.refresh_from_db()
    assert pause.is_open


@pytest.mark.parametrize(
    ("role", "status"), [(role, 302 if role == "supporter" else 404) for role in EVERYONE]
)
def test_only_the_supporter_undoes_their_pause_on_the_page(
    world: World, client_for, role: str, status: int
) -> None:
    pause = self_pause(world)

    response = client_for(role).post(reverse("pause-undo", args=[world.program.pk, pause.pk]))

    assert response.status_code == status
    pause.refresh_from_db()
    assert pause.is_open == (status != 302)
    assert client_for(role).get(reverse("pause-undo", args=[world.program.pk, pause.pk])).status_code in (
        404,
        405,
    )


# --- API ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "status"), [(role, 200 if role == "supporter" else 404) for role in EVERYONE]
)
def test_only_the_supporter_undoes_their_pause_through_the_api(
    world: World, api_for, role: str, status: int
) -> None:
    pause = self_pause(world)

    response = api_for(role).post(f"{API}{pause.pk}/undo/", format="json")

    assert response.status_code == status
    if status == 200:
        assert response.json()["end_kind"] == "undone" and response.json()["shifts_given_back"] == []
    else:
        assert Pause.objects.get(pk=pause.pk).is_open


def test_the_api_says_until_when_and_why_not(world: World, api_for, shifts) -> None:
    pause = self_pause(world)
    client = api_for("supporter")
    body = client.get(f"{API}{pause.pk}/").json()
    assert body["undo_until"] is not None

    manual = PauseFactory(
        membership=world.members[Role.SUPPORTER], trigger="manual", created_by=world.user(Role.SUPERVISOR)
    )
    refused = client.post(f"{API}{manual.pk}/undo/", format="json")
    assert refused.status_code == 400
    assert "Only a pause you asked for yourself" in refused.json()["error"]["message"]

    Pause.objects.filter(pk=manual.pk).update(ended_at=timezone.now(), end_kind="resumed")
    started = pause.started_at
    Pause.objects.filter(pk=pause.pk).update(started_at=started - timedelta(minutes=10))
    late = client.post(f"{API}{pause.pk}/undo/", format="json")
    assert late.status_code == 400 and "10 minutes" in late.json()["error"]["message"]

    Pause.objects.filter(pk=pause.pk).update(started_at=started)
    done = client.post(f"{API}{pause.pk}/undo/", format="json")
    assert done.status_code == 200
    assert sorted(done.json()["shifts_given_back"]) == sorted(s.pk for s in shifts)
    assert client.post(f"{API}{pause.pk}/undo/", format="json").status_code == 409
    assert client.get(f"{API}{pause.pk}/").json()["undo_until"] is None
