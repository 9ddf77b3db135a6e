"""GET /api/v1/deliveries/ and the coordinators' deliveries page: how each outgoing message of the
programs one coordinates is being delivered, with no content; everyone else sees nothing (issue 13)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from program.models import (
    DeliveryChannel,
    DeliveryStatus,
    MembershipStatus,
    OutboundMessage,
    PushSubscription,
)
from program.notifications import TEMPLATES
from program.services import update_membership
from tests.api.helpers import NON_COORDINATORS, assert_error, assert_not_signed_in, result_ids
from tests.conftest import World
from tests.factories import OutboundMessageFactory, StaffPhoneFactory, UserFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/deliveries/"
FIELDS = {
    "id",
    "program",
    "channel",
    "kind",
    "recipient",
    "status",
    "attempts",
    "last_error",
    "created_at",
    "last_attempt_at",
    "next_attempt_at",
    "sent_at",
}


@pytest.fixture
def messages(world: World) -> dict[str, OutboundMessage]:
    now = timezone.now()
    dr_frost = UserFactory(username="frost", first_name="Winifred", last_name="Frost")
    return {
        "queued": OutboundMessageFactory(program=world.program, recipient=dr_frost, kind="high_risk_contact"),
        "sent": OutboundMessageFactory(
            program=world.program,
            recipient=world.user("supporter"),
            status=DeliveryStatus.SENT,
            attempts=1,
            last_attempt_at=now,
            sent_at=now,
        ),
        "failed": OutboundMessageFactory(
            program=world.program,
            recipient=world.user("supervisor"),
            status=DeliveryStatus.FAILED,
            attempts=10,
            last_attempt_at=now,
            last_error="SMTP 550 5.1.1 Mailbox does not exist",
        ),
        "other": OutboundMessageFactory(program=world.other_program, recipient=world.user("outsider")),
        "no-program": OutboundMessageFactory(program=None, recipient=world.user("coordinator")),
    }


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("coordinator", ["queued", "sent", "failed"]),
        *[(role, []) for role in NON_COORDINATORS],
        ("outsider", ["other"]),
        ("stranger", []),
    ],
)
def test_only_coordinators_see_their_own_programs_deliveries(
    world: World, api_for, messages, role: str, expected: list[str]
) -> None:
    assert result_ids(api_for(role).get(URL)) == sorted(messages[name].pk for name in expected)


def test_anonymous_callers_are_refused(api_for, messages) -> None:
    assert_not_signed_in(api_for("anonymous").get(URL))


def test_a_coordinator_who_left_sees_nothing(world: World, api_for, messages) -> None:
    update_membership(
        world.members["coordinator"], by=world.user("coordinator"), status=MembershipStatus.ENDED
    )
    assert result_ids(api_for("coordinator").get(URL)) == []


def test_a_delivery_shows_channel_kind_name_status_attempts_error_and_times_but_no_content(
    world: World, api_for, messages
) -> None:
    body = api_for("coordinator").get(URL, {"status": "failed"}).json()

    [row] = body["results"]
    assert set(row) == FIELDS
    assert (row["id"], row["program"], row["channel"], row["kind"]) == (
        messages["failed"].pk,
        world.program.pk,
        "email",
        "shift_reminder",
    )
    assert (row["status"], row["attempts"], row["last_error"], row["sent_at"]) == (
        "failed",
        10,
        "SMTP 550 5.1.1 Mailbox does not exist",
        None,
    )
    queued = api_for("coordinator").get(URL, {"status": "queued"}).json()["results"]
    assert [r["recipient"] for r in queued] == ["Winifred Frost"]
    text = str(api_for("coordinator").get(URL).json())
    # Neither the recipient's address nor the message's text nor its link is in the list.
    assert "@" not in text and "debrief" not in text and "/notifications/" not in text


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"status": "queued"}, ["queued"]),
        ({"status": "sent"}, ["sent"]),
        ({"status": "sending"}, []),
        ({"kind": "high_risk_contact"}, ["queued"]),
        ({"channel": "email"}, ["queued", "sent", "failed"]),
    ],
)
def test_deliveries_filter_by_status_kind_and_channel(api_for, messages, query, expected) -> None:
    assert result_ids(api_for("coordinator").get(URL, query)) == sorted(messages[n].pk for n in expected)


@pytest.mark.parametrize("field", ["status", "channel", "program"])
def test_a_bad_filter_is_400_naming_the_field(api_for, messages, field: str) -> None:
    assert_error(api_for("coordinator").get(URL, {field: "nonsense"}), 400, field=field)


def test_deliveries_are_paginated_newest_first(world: World, api_for) -> None:
    start = timezone.now()
    rows = [
        OutboundMessageFactory(program=world.program, created_at=start + timedelta(minutes=i))
        for i in range(5)
    ]
    first = api_for("coordinator").get(URL, {"page_size": 2}).json()
    second = api_for("coordinator").get(first["next"]).json()

    assert first["count"] == 5
    assert [r["id"] for r in first["results"] + second["results"]] == [m.pk for m in reversed(rows)][:4]


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_deliveries_cannot_be_written(api_for, messages, method: str) -> None:
    assert_error(getattr(api_for("coordinator"), method)(URL, {}), 405)


def test_there_is_no_detail_route(api_for, messages) -> None:
    assert_error(api_for("coordinator").get(f"{URL}{messages['queued'].pk}/"), 404)


# --- The page, reading through the same selector ----------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "status"),
    [("coordinator", 200), *[(role, 404) for role in NON_COORDINATORS], ("outsider", 404), ("stranger", 404)],
)
def test_the_deliveries_page_is_the_coordinators(world: World, client_for, messages, role, status) -> None:
    assert client_for(role).get(reverse("deliveries", args=[world.program.pk])).status_code == status


def test_the_deliveries_page_sends_anonymous_visitors_to_sign_in(world: World, client_for) -> None:
    response = client_for("anonymous").get(reverse("deliveries", args=[world.program.pk]))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_the_page_lists_the_same_rows_as_the_api_and_filters_by_status(
    world: World, client_for, api_for, messages
) -> None:
    url = reverse("deliveries", args=[world.program.pk])
    page = client_for("coordinator").get(url).content.decode()
    failed = client_for("coordinator").get(url, {"status": "failed"}).content.decode()

    assert "Winifred Frost" in page and "SMTP 550 5.1.1 Mailbox does not exist" in page
    assert page.count("<tr>") - 1 == len(result_ids(api_for("coordinator").get(URL))) == 3
    assert failed.count("<tr>") - 1 == 1 and "Winifred Frost" not in failed
    # Names, never addresses.
    assert not [m.recipient.email for m in messages.values() if m.recipient.email in page]


# --- Web Push and SMS rows: listed like e-mail, with the same no-content rule -------------------------------


def test_push_and_sms_deliveries_are_listed_with_their_channel_and_no_device_number_or_text(
    world: World, api_for, client_for
) -> None:
    supervisor = world.user("supervisor")
    device = PushSubscription.objects.create(
        user=supervisor, endpoint="https://push.example.net/send/device-token-123", p256dh="k", auth="a"
    )
    phone = StaffPhoneFactory(user=supervisor)
    pushed = OutboundMessageFactory(
        program=world.program,
        recipient=supervisor,
        channel=DeliveryChannel.PUSH,
        push_subscription=device,
        kind="advice_request_emergency",
        status=DeliveryStatus.FAILED,
        last_error="Push service 410 Gone",
    )
    texted = OutboundMessageFactory(
        program=world.program, recipient=supervisor, channel=DeliveryChannel.SMS, kind="on_call_empty"
    )

    assert result_ids(api_for("coordinator").get(URL, {"channel": "push"})) == [pushed.pk]
    assert result_ids(api_for("coordinator").get(URL, {"channel": "sms"})) == [texted.pk]
    rows = {r["id"]: r for r in api_for("coordinator").get(URL).json()["results"]}
    assert set(rows[pushed.pk]) == FIELDS
    assert (rows[pushed.pk]["channel"], rows[pushed.pk]["last_error"]) == ("push", "Push service 410 Gone")
    assert rows[texted.pk]["channel"] == "sms"
    for role in NON_COORDINATORS:
        assert result_ids(api_for(role).get(URL, {"channel": "push"})) == []

    api_text = str(api_for("coordinator").get(URL).json())
    page = client_for("coordinator").get(reverse("deliveries", args=[world.program.pk])).content.decode()
    table = page[page.index("<tbody>") : page.index("</tbody>")]
    titles = [TEMPLATES[kind].title for kind in ("advice_request_emergency", "on_call_empty")]
    for shown in (api_text, table):
        assert "device-token" not in shown and phone.phone not in shown and "/notifications/" not in shown
        assert not [title for title in titles if title in shown], "no catalogue text"
    assert "Web Push" in table and "SMS/voice" in table
