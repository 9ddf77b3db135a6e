"""/api/v1/notifications/: your own inbox and nobody else's."""

from __future__ import annotations

import pytest
from django.utils import timezone

from program.models import Notification
from tests.api.helpers import PROGRAM_ROLES, SIGNED_IN, assert_error, assert_not_signed_in, result_ids
from tests.conftest import World
from tests.factories import NotificationFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/notifications/"


@pytest.fixture
def inbox(world: World) -> dict[str, Notification]:
    supporter = world.user("supporter")
    return {
        "supporter-unread-1": NotificationFactory(recipient=supporter, program=world.program),
        "supporter-unread-2": NotificationFactory(
            recipient=supporter, program=world.program, kind="assignment"
        ),
        "supporter-read": NotificationFactory(recipient=supporter, read_at=timezone.now()),
        "coordinator": NotificationFactory(recipient=world.user("coordinator"), program=world.program),
        "outsider": NotificationFactory(recipient=world.user("outsider"), program=world.other_program),
    }


def read_at(notification: Notification):
    return Notification.objects.get(pk=notification.pk).read_at


INBOXES = {
    "supporter": ["supporter-unread-1", "supporter-unread-2", "supporter-read"],
    "coordinator": ["coordinator"],
    "outsider": ["outsider"],
}


@pytest.mark.parametrize("role", SIGNED_IN)
def test_everyone_lists_only_their_own_notifications(world: World, api_for, inbox, role: str) -> None:
    expected = sorted(inbox[name].pk for name in INBOXES.get(role, []))
    assert result_ids(api_for(role).get(URL)) == expected


def test_anonymous_has_no_inbox(api_for) -> None:
    assert_not_signed_in(api_for("anonymous").get(URL))


def test_the_unread_filter_leaves_out_read_notifications(world: World, api_for, inbox) -> None:
    ids = result_ids(api_for("supporter").get(URL, {"unread": "1"}))
    assert ids == sorted([inbox["supporter-unread-1"].pk, inbox["supporter-unread-2"].pk])


def test_notifications_can_be_filtered_by_kind(world: World, api_for, inbox) -> None:
    assert result_ids(api_for("supporter").get(URL, {"kind": "assignment"})) == [
        inbox["supporter-unread-2"].pk
    ]


def test_reading_ones_own_notification(world: World, api_for, inbox) -> None:
    note = inbox["supporter-unread-1"]
    response = api_for("supporter").get(f"{URL}{note.pk}/")
    assert response.status_code == 200
    assert (response.json()["title"], response.json()["read_at"]) == (note.title, None)


@pytest.mark.parametrize("role", [r for r in SIGNED_IN if r != "supporter"])
def test_someone_elses_notification_is_404(world: World, api_for, inbox, role: str) -> None:
    assert_error(api_for(role).get(f"{URL}{inbox['supporter-unread-1'].pk}/"), 404, "not_found")


def test_marking_a_notification_read(world: World, api_for, inbox) -> None:
    note = inbox["supporter-unread-1"]

    response = api_for("supporter").post(f"{URL}{note.pk}/read/")

    assert response.status_code == 200, response.content
    assert response.json()["read_at"] is not None
    assert read_at(note) is not None
    assert read_at(inbox["supporter-unread-2"]) is None


def test_marking_a_read_notification_again_keeps_the_first_time(world: World, api_for, inbox) -> None:
    note = inbox["supporter-read"]
    first = read_at(note)
    assert api_for("supporter").post(f"{URL}{note.pk}/read/").status_code == 200
    assert read_at(note) == first


@pytest.mark.parametrize("role", [r for r in SIGNED_IN if r != "supporter"])
def test_nobody_can_mark_someone_elses_notification_read(world: World, api_for, inbox, role: str) -> None:
    note = inbox["supporter-unread-1"]
    assert_error(api_for(role).post(f"{URL}{note.pk}/read/"), 404, "not_found")
    assert read_at(note) is None


def test_anonymous_cannot_mark_a_notification_read(world: World, api_for, inbox) -> None:
    note = inbox["supporter-unread-1"]
    assert_not_signed_in(api_for("anonymous").post(f"{URL}{note.pk}/read/"))
    assert read_at(note) is None


def test_read_all_marks_only_ones_own_unread_notifications(world: World, api_for, inbox) -> None:
    client = api_for("supporter")

    response = client.post(f"{URL}read-all/")

    assert response.status_code == 200, response.content
    assert response.json() == {"marked_read": 2}
    assert not Notification.objects.filter(recipient=world.user("supporter"), read_at__isnull=True).exists()
    assert read_at(inbox["coordinator"]) is None
    assert read_at(inbox["outsider"]) is None
    assert client.post(f"{URL}read-all/").json() == {"marked_read": 0}


@pytest.mark.parametrize("role", ["stranger", *[r for r in PROGRAM_ROLES if r not in INBOXES]])
def test_read_all_with_an_empty_inbox_marks_nothing(world: World, api_for, inbox, role: str) -> None:
    assert api_for(role).post(f"{URL}read-all/").json() == {"marked_read": 0}
    assert Notification.objects.filter(read_at__isnull=True).count() == 4


def test_anonymous_cannot_read_all(world: World, api_for, inbox) -> None:
    assert_not_signed_in(api_for("anonymous").post(f"{URL}read-all/"))
    assert Notification.objects.filter(read_at__isnull=True).count() == 4


@pytest.mark.parametrize(
    ("method", "where"),
    [("post", "list"), ("put", "detail"), ("patch", "detail"), ("delete", "detail")],
)
def test_notifications_are_not_created_edited_or_deleted_over_the_api(world, api_for, inbox, method, where):
    note = inbox["supporter-unread-1"]
    url = URL if where == "list" else f"{URL}{note.pk}/"

    response = getattr(api_for("supporter"), method)(
        url, {"title": "Changed", "read_at": None}, format="json"
    )

    assert_error(response, 405, "method_not_allowed")
    assert Notification.objects.count() == 5
    assert Notification.objects.get(pk=note.pk).title == note.title
