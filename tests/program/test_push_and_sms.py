"""Web Push and the SMS/voice webhook as channels of the outbox (issue 13, part 4), against real HTTP
servers on localhost: one plays a browser vendor's push service, the other an SMS provider's adapter.

The push receiver checks what a real push service would: a VAPID (RFC 8292) Authorization header signed
by our key for its origin, and an aes128gcm (RFC 8291) body that only the subscribing browser's private
key decrypts. Time passes through the worker's `now` argument, never a sleep.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta

import http_ece
import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from django.contrib.auth.models import User
from django.db import transaction
from django.test import override_settings
from django.utils import timezone
from py_vapid import Vapid02

from program import outbox, push, sms
from program.models import DeliveryChannel, DeliveryStatus, OutboundMessage, PushSubscription
from program.notifications import TEMPLATES, URGENT_KINDS, notify
from tests.conftest import World
from tests.factories import StaffPhoneFactory
from tests.http_receiver import Receiver, running

LINK = "/notifications/"
SITE = "http://testserver.example"
SECRET = "s" * 40


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass
class Browser:
    """A subscribing browser: its P-256 key pair and auth secret, as the Push API makes them."""

    private: ec.EllipticCurvePrivateKey
    auth: bytes

    @classmethod
    def new(cls) -> Browser:
        return cls(ec.generate_private_key(ec.SECP256R1()), os.urandom(16))

    @property
    def p256dh(self) -> str:
        return b64url(self.private.public_key().public_bytes(Encoding.X962, PublicFormat.UncompressedPoint))

    def decrypt(self, body: bytes) -> dict:
        plain = http_ece.decrypt(body, private_key=self.private, auth_secret=self.auth, version="aes128gcm")
        return json.loads(plain)


@pytest.fixture
def vapid() -> Iterator[Vapid02]:
    """Web Push on, under a fresh key given as its PEM (as VAPID_PRIVATE_KEY would be)."""
    key = Vapid02()
    key.generate_keys()
    with override_settings(
        VAPID_PRIVATE_KEY=key.private_pem().decode(),
        VAPID_SUBJECT="mailto:ops@example.edu",
        PUSH_ALLOW_HTTP_ENDPOINTS=True,
        SITE_URL=SITE,
    ):
        yield key


@pytest.fixture
def push_service() -> Iterator[Receiver]:
    with running(Receiver(default=201)) as receiver:
        yield receiver


@pytest.fixture
def webhook() -> Iterator[Receiver]:
    with (
        running(Receiver(default=200)) as receiver,
        override_settings(
            SMS_WEBHOOK_URL=f"{receiver.url}/sms",
            SMS_WEBHOOK_SECRET=SECRET,
            SMS_WEBHOOK_TIMEOUT_SECONDS=1,
            SITE_URL=SITE,
        ),
    ):
        yield receiver


def subscribe(user: User, service: Receiver, browser: Browser, device: str = "a") -> PushSubscription:
    found, _ = push.subscribe(
        user, endpoint=f"{service.url}/push/{device}", p256dh=browser.p256dh, auth=b64url(browser.auth)
    )
    return found


def send(world: World, people: list[User], kind: str) -> None:
    with transaction.atomic():
        notify(people, kind=kind, link=LINK, program=world.program)


def rows(channel: str) -> list[OutboundMessage]:
    return list(OutboundMessage.objects.filter(channel=channel).order_by("pk"))


def names_of(*people: User) -> list[str]:
    """Their first and last names (the world's usernames are role names, which the catalogue does use)."""
    names = [part for user in people for part in (user.first_name, user.last_name) if part]
    assert names
    return names


# --- Web Push: queued with the event ----------------------------------------------------------------------


@pytest.mark.django_db
def test_a_push_is_queued_per_active_device_with_the_event_and_none_when_rolled_back(
    world: World, vapid, push_service
) -> None:
    supervisor = world.user("supervisor")
    phone, laptop = (
        subscribe(supervisor, push_service, Browser.new(), "phone"),
        subscribe(supervisor, push_service, Browser.new(), "laptop"),
    )
    gone = subscribe(supervisor, push_service, Browser.new(), "old")
    PushSubscription.objects.filter(pk=gone.pk).update(disabled_at=timezone.now())

    with pytest.raises(RuntimeError), transaction.atomic():
        notify([supervisor], kind="shift_reminder", link=LINK, program=world.program)
        raise RuntimeError("the event failed")
    assert not OutboundMessage.objects.exists()

    send(world, [supervisor], "shift_reminder")
    assert {m.push_subscription_id for m in rows(DeliveryChannel.PUSH)} == {phone.pk, laptop.pk}
    assert len(rows(DeliveryChannel.EMAIL)) == 1
    assert push_service.received == [], "nothing is sent inside the request"


@pytest.mark.django_db
def test_without_a_vapid_key_no_push_is_queued(world: World, push_service) -> None:
    with override_settings(VAPID_PRIVATE_KEY="", PUSH_ALLOW_HTTP_ENDPOINTS=True):
        PushSubscription.objects.create(
            user=world.user("supervisor"), endpoint=f"{push_service.url}/push/x", p256dh="x", auth="y"
        )
        send(world, [world.user("supervisor")], "shift_reminder")
    assert not rows(DeliveryChannel.PUSH)


# --- Web Push: delivered ----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_201_is_sent_as_a_real_encrypted_vapid_signed_push_of_the_catalogue_text_only(
    world: World, vapid: Vapid02, push_service: Receiver
) -> None:
    supervisor, supporter = world.user("supervisor"), world.user("supporter")
    browser = Browser.new()
    device = subscribe(supervisor, push_service, browser)
    send(world, [supervisor], "high_risk_on_call")

    assert outbox.deliver_due()["sent"] == 2  # the e-mail (console backend) and the push
    [received] = push_service.received
    assert received.path == "/push/a"

    # VAPID: "vapid t=<JWT>,k=<our public key>", the JWT signed by that key for the service's origin.
    authorization = received.headers["authorization"]
    assert Vapid02.verify(authorization)
    token, key = (part.split("=", 1)[1] for part in authorization.split(" ", 1)[1].split(","))
    assert key == push.vapid_keys().public  # type: ignore[union-attr]
    claims = json.loads(unb64url(token.split(".")[1]))
    assert claims["aud"] == push_service.url and claims["sub"] == "mailto:ops@example.edu"
    assert claims["exp"] > timezone.now().timestamp()

    # RFC 8291 encryption: only the browser's private key and auth secret open it.
    assert received.headers["content-encoding"] == "aes128gcm"
    assert received.headers["urgency"] == "high" and int(received.headers["ttl"]) > 0
    payload = browser.decrypt(received.body)
    template = TEMPLATES["high_risk_on_call"]
    assert payload == {"title": template.title, "body": template.body, "url": f"{SITE}{LINK}"}
    with pytest.raises(Exception):  # noqa: B017 (any failure to decrypt will do)
        Browser.new().decrypt(received.body)
    plain = json.dumps(payload)
    assert not [name for name in names_of(supervisor, supporter) if name in plain]

    message = rows(DeliveryChannel.PUSH)[0]
    assert (message.status, message.attempts, message.last_error) == (DeliveryStatus.SENT, 1, "")
    device.refresh_from_db()
    assert device.last_success_at is not None and device.disabled_at is None


@pytest.mark.django_db
def test_a_routine_kind_asks_for_normal_urgency(world: World, vapid, push_service) -> None:
    subscribe(world.user("supervisor"), push_service, Browser.new())
    send(world, [world.user("supervisor")], "shift_reminder")
    outbox.deliver_due()
    assert push_service.received[0].headers["urgency"] == "normal"


@pytest.mark.django_db
@pytest.mark.parametrize("gone", [404, 410])
def test_a_subscription_the_service_says_is_gone_is_disabled_and_not_pushed_to_again(
    world: World, vapid, push_service: Receiver, gone: int
) -> None:
    push_service.default = gone
    device = subscribe(world.user("supervisor"), push_service, Browser.new())
    send(world, [world.user("supervisor")], "shift_reminder")

    outbox.deliver_due()

    [message] = rows(DeliveryChannel.PUSH)
    assert (message.status, message.attempts) == (DeliveryStatus.FAILED, 1)
    assert message.last_error.startswith(f"Push service {gone}") and "/push/" not in message.last_error
    device.refresh_from_db()
    assert device.disabled_at is not None

    send(world, [world.user("supervisor")], "shift_added")
    assert len(rows(DeliveryChannel.PUSH)) == 1, "a disabled device is not queued for again"


@pytest.mark.django_db
def test_503_then_201_is_retried_with_backoff_then_sent(world: World, vapid, push_service: Receiver) -> None:
    push_service.script = [503]
    subscribe(world.user("supervisor"), push_service, Browser.new())
    send(world, [world.user("supervisor")], "advice_request_emergency")
    now = timezone.now()

    outbox.deliver_due(now)
    [message] = rows(DeliveryChannel.PUSH)
    assert (message.status, message.attempts) == (DeliveryStatus.QUEUED, 1)
    assert message.last_error.startswith("Push service 503") and message.next_attempt_at > now
    outbox.deliver_due(now + timedelta(seconds=1))
    assert len(push_service.received) == 1, "not again before the backoff ends"

    outbox.deliver_due(message.next_attempt_at)
    message.refresh_from_db()
    assert (message.status, message.attempts) == (DeliveryStatus.SENT, 2)
    assert len(push_service.received) == 2


@pytest.mark.django_db
def test_a_push_service_that_is_down_is_retried(world: World, vapid) -> None:
    with running(Receiver()) as service:
        subscribe(world.user("supervisor"), service, Browser.new())
    send(world, [world.user("supervisor")], "shift_reminder")  # the service has stopped listening

    outbox.deliver_due()
    [message] = rows(DeliveryChannel.PUSH)
    assert message.status == DeliveryStatus.QUEUED and "ConnectionError" in message.last_error


@pytest.mark.django_db
def test_a_device_removed_before_sending_fails_its_queued_push(world: World, vapid, push_service) -> None:
    device = subscribe(world.user("supervisor"), push_service, Browser.new())
    send(world, [world.user("supervisor")], "shift_reminder")
    push.unsubscribe(device)

    outbox.deliver_due()
    [message] = rows(DeliveryChannel.PUSH)
    assert message.status == DeliveryStatus.FAILED and "removed" in message.last_error
    assert push_service.received == []


# --- SMS/voice webhook ------------------------------------------------------------------------------------


def test_the_urgent_kinds_are_in_the_catalogue() -> None:
    assert set(TEMPLATES) >= URGENT_KINDS
    assert {"advice_request_urgent", "advice_request_emergency", "high_risk_on_call", "on_call_empty"} == set(
        URGENT_KINDS
    )


@pytest.mark.django_db
def test_an_sms_is_queued_for_urgent_kinds_to_staff_with_a_phone_only(world: World, webhook) -> None:
    supervisor, coordinator = world.user("supervisor"), world.user("coordinator")
    StaffPhoneFactory(user=supervisor)  # the coordinator keeps no number

    send(world, [supervisor, coordinator], "shift_reminder")
    assert not rows(DeliveryChannel.SMS), "routine kinds never go by SMS"
    for kind in sorted(URGENT_KINDS):
        send(world, [supervisor, coordinator], kind)
    assert sorted(m.kind for m in rows(DeliveryChannel.SMS)) == sorted(URGENT_KINDS)
    assert {m.recipient_id for m in rows(DeliveryChannel.SMS)} == {supervisor.pk}


@pytest.mark.django_db
def test_without_a_webhook_no_sms_is_queued(world: World) -> None:
    StaffPhoneFactory(user=world.user("supervisor"))
    send(world, [world.user("supervisor")], "advice_request_emergency")
    assert not rows(DeliveryChannel.SMS)


@pytest.mark.django_db
def test_2xx_is_sent_signed_with_the_number_the_catalogue_title_and_the_link_and_no_name(
    world: World, webhook: Receiver
) -> None:
    supervisor, supporter = world.user("supervisor"), world.user("supporter")
    phone = StaffPhoneFactory(user=supervisor, phone="+61491570156")
    send(world, [supervisor], "advice_request_emergency")

    outbox.deliver_due()

    [received] = webhook.received
    [message] = rows(DeliveryChannel.SMS)
    headers = received.headers
    assert received.path == "/sms" and headers["content-type"] == "application/json"
    stamp, signature = headers[sms.TIMESTAMP_HEADER.lower()], headers[sms.SIGNATURE_HEADER.lower()]
    assert sms.verify(SECRET, stamp, received.body, signature)
    assert not sms.verify("another secret", stamp, received.body, signature)
    assert not sms.verify(SECRET, stamp, received.body + b" ", signature)
    assert not sms.verify(SECRET, str(int(stamp) - 3600), received.body, signature)
    assert headers["idempotency-key"] == f"outbox-{message.pk}"
    body = json.loads(received.body)
    title = TEMPLATES["advice_request_emergency"].title
    assert body == {
        "id": f"outbox-{message.pk}",
        "to": phone.phone,
        "kind": "advice_request_emergency",
        "urgency": "high",
        "body": f"{title} {SITE}{LINK}",
        "link": f"{SITE}{LINK}",
    }
    assert not [name for name in names_of(supervisor, supporter) if name in received.body.decode()]
    assert (message.status, message.attempts) == (DeliveryStatus.SENT, 1)


@pytest.mark.django_db
def test_a_4xx_fails_at_once_without_keeping_what_the_provider_said(world: World, webhook: Receiver) -> None:
    webhook.default = 400
    StaffPhoneFactory(user=world.user("supervisor"))
    send(world, [world.user("supervisor")], "on_call_empty")

    outbox.deliver_due()
    outbox.deliver_due(timezone.now() + timedelta(hours=2))

    [message] = rows(DeliveryChannel.SMS)
    assert (message.status, message.attempts, message.last_error) == (
        DeliveryStatus.FAILED,
        1,
        "SMS webhook 400 Bad Request",
    )
    assert len(webhook.received) == 1


@pytest.mark.django_db
def test_a_5xx_then_2xx_is_retried_with_backoff_then_sent_under_the_same_idempotency_key(
    world: World, webhook: Receiver
) -> None:
    webhook.script = [500]
    StaffPhoneFactory(user=world.user("supervisor"))
    send(world, [world.user("supervisor")], "advice_request_urgent")
    now = timezone.now()

    outbox.deliver_due(now)
    [message] = rows(DeliveryChannel.SMS)
    assert (message.status, message.last_error) == (
        DeliveryStatus.QUEUED,
        "SMS webhook 500 Internal Server Error",
    )

    outbox.deliver_due(message.next_attempt_at)
    message.refresh_from_db()
    assert (message.status, message.attempts) == (DeliveryStatus.SENT, 2)
    first, second = webhook.received
    assert first.headers["idempotency-key"] == second.headers["idempotency-key"] == f"outbox-{message.pk}"


@pytest.mark.django_db
def test_a_webhook_that_times_out_is_retried(world: World, webhook: Receiver) -> None:
    webhook.delay, webhook.slow = 2.0, 1  # longer than SMS_WEBHOOK_TIMEOUT_SECONDS, the first time only
    StaffPhoneFactory(user=world.user("supervisor"))
    send(world, [world.user("supervisor")], "high_risk_on_call")

    outbox.deliver_due()
    [message] = rows(DeliveryChannel.SMS)
    assert message.status == DeliveryStatus.QUEUED and "Timeout" in message.last_error

    outbox.deliver_due(message.next_attempt_at)
    message.refresh_from_db()
    assert message.status == DeliveryStatus.SENT


@pytest.mark.django_db
def test_a_number_removed_before_sending_fails_the_sms(world: World, webhook: Receiver) -> None:
    phone = StaffPhoneFactory(user=world.user("supervisor"))
    send(world, [world.user("supervisor")], "high_risk_on_call")
    phone.delete()

    outbox.deliver_due()
    [message] = rows(DeliveryChannel.SMS)
    assert message.status == DeliveryStatus.FAILED and message.last_error == outbox.NO_PHONE
    assert webhook.received == []
