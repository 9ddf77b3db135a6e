"""Web Push (RFC 8030 delivery, RFC 8291 encryption, RFC 8292 VAPID) as a channel of the outbox.

A signed-in member turns notifications on for one device: the browser subscribes with the push
service of its vendor, under our VAPID public key, and hands us the subscription (an endpoint URL
and two keys), which `subscribe` keeps as a `PushSubscription`. `program.notifications.send` queues
one push OutboundMessage per active subscription of each recipient, in the event's transaction, and
the outbox worker hands each to `send_push`, which encrypts the payload to the browser's keys and
POSTs it to the endpoint with a VAPID signature.

What leaves: the notification's catalogue title and body and the link (`render_push`), exactly the
text of its e-mail, never a name or a wellbeing fact; encrypted, so the push service (Google, Mozilla,
Apple) sees only that a message of some size went to that browser at that time.

The push service's answer decides the outcome: 2xx sent; 404/410 the subscription is gone (the
message fails and the subscription is disabled); 429, 5xx and network errors are retried with the
outbox's backoff; any other 4xx (a malformed request, a rejected VAPID signature, a payload too
large) fails at once.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import ipaddress
import json
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

import requests
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from django.conf import settings
from django.contrib.auth.models import AnonymousUser, User
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from py_vapid import Vapid02 as Vapid

from program.models import CURRENT_STATUSES, Membership, OutboundMessage, PushSubscription, Role

logger = logging.getLogger(__name__)

# Who may turn notifications on for a device: staff and supporters of a program they currently belong to
# (the people the urgent pages and rosters are for). Applicants, reviewers and sponsors use e-mail.
PUSH_ROLES = (Role.COORDINATOR, Role.SUPERVISOR, Role.SUPPORTER)
# The push service's answers that mean "this subscription no longer exists" (RFC 8030 §7.3, 8.2.2).
GONE = (404, 410)
# Asking again later may help: rate limited, timed out, or the service is having a bad moment.
TRY_AGAIN = (408, 425, 429)


# --- Keys ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class VapidKeys:
    private: Vapid
    public: str  # base64url of the uncompressed P-256 point: the browser's applicationServerKey


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _b64url_decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _load(configured: str) -> Vapid:
    text = configured.strip()
    if "-----BEGIN" in text:
        return Vapid.from_pem(text.encode())
    if len(text) < 512 and os.path.isfile(text):
        return Vapid.from_pem(Path(text).read_bytes())
    return Vapid.from_string(text)


def _development_key(path: Path) -> Vapid:
    """The development key pair, generated on first use and kept in `path` (created exclusively, so two
    processes starting at once end up with the same key)."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fresh = Vapid()
        fresh.generate_keys()
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass  # another process wrote it first: use theirs
        else:
            with os.fdopen(descriptor, "wb") as file:
                file.write(fresh.private_pem())
            logger.warning("Generated a development VAPID key pair in %s", path)
    return Vapid.from_pem(path.read_bytes())


@lru_cache(maxsize=4)
def _keys(configured: str, public: str, development_file: str) -> VapidKeys:
    try:
        private = _load(configured) if configured else _development_key(Path(development_file))
    except Exception as error:
        raise ImproperlyConfigured(f"VAPID_PRIVATE_KEY cannot be read: {type(error).__name__}.") from None
    derived = _b64url(private.public_key.public_bytes(Encoding.X962, PublicFormat.UncompressedPoint))
    if public and public.rstrip("=") != derived:
        raise ImproperlyConfigured("VAPID_PUBLIC_KEY is not the public half of VAPID_PRIVATE_KEY.")
    return VapidKeys(private=private, public=derived)


def enabled() -> bool:
    """Whether Web Push is on: a key is configured, or DEBUG generates one."""
    return bool(settings.VAPID_PRIVATE_KEY) or settings.DEBUG


def vapid_keys() -> VapidKeys | None:
    """The server's VAPID key pair, or None when Web Push is off."""
    if not enabled():
        return None
    return _keys(
        settings.VAPID_PRIVATE_KEY, settings.VAPID_PUBLIC_KEY, str(settings.VAPID_DEVELOPMENT_KEY_FILE)
    )


# --- Subscriptions ---------------------------------------------------------------------------------------


def may_subscribe(user: User | AnonymousUser) -> bool:
    """Staff and supporters with a current membership, while Web Push is on."""
    if not (user.is_authenticated and user.is_active and enabled()):
        return False
    return Membership.objects.filter(user=user, role__in=PUSH_ROLES, status__in=CURRENT_STATUSES).exists()


def subscriptions_of(user: User | AnonymousUser) -> QuerySet[PushSubscription]:
    """One's own subscriptions (all of them, the disabled too): nobody reads another person's."""
    if not user.is_authenticated:
        return PushSubscription.objects.none()
    return PushSubscription.objects.filter(user_id=user.pk)


def _refuse(field: str, message: str) -> ValidationError:
    return ValidationError({field: [message]}, code="invalid")


def _public_name(host: str) -> bool:
    """A DNS name with a dot (the browsers' push services are public hosts run by Google, Mozilla,
    Apple and Microsoft): not an IP literal, not "localhost" or a bare name."""
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return "." in host.strip(".") and not host.lower().rstrip(".").endswith(("localhost", ".local"))
    return False


def clean_subscription(endpoint: str, p256dh: str, auth: str) -> tuple[str, str, str]:
    """The subscription as the browser gave it, checked: an HTTPS endpoint with a host, a P-256 public
    key and a 16-byte secret (base64url). A ValidationError names the field."""
    parts = urlsplit(endpoint)
    schemes = ("https", "http") if settings.PUSH_ALLOW_HTTP_ENDPOINTS else ("https",)
    if parts.scheme not in schemes or not parts.hostname or parts.username or parts.password:
        raise _refuse("endpoint", "A push endpoint is an https:// URL of a push service.")
    if not settings.PUSH_ALLOW_HTTP_ENDPOINTS and not _public_name(parts.hostname):
        # The worker POSTs to whatever is stored here: no address of ours or of the local network.
        raise _refuse("endpoint", "A push endpoint names a push service's host, not an address.")
    try:
        point = _b64url_decode(p256dh)
        ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), point)
    except (ValueError, binascii.Error):
        raise _refuse("keys.p256dh", "Not a P-256 public key in base64url.") from None
    try:
        secret = _b64url_decode(auth)
    except (ValueError, binascii.Error):
        secret = b""
    if len(secret) != 16:
        raise _refuse("keys.auth", "Not a 16-byte authentication secret in base64url.")
    return endpoint, p256dh.rstrip("="), auth.rstrip("=")


def subscribe(user: User, *, endpoint: str, p256dh: str, auth: str) -> tuple[PushSubscription, bool]:
    """Keep (or refresh) this device's subscription for `user`; True when it is new to them.

    The endpoint identifies the browser. If it was someone else's (a shared phone, another account
    signed in), it now belongs to the person who has just subscribed it: only that browser knows its
    endpoint and keys, and it should not show the previous person's notifications any more."""
    endpoint, p256dh, auth = clean_subscription(endpoint, p256dh, auth)
    with transaction.atomic():
        existing = PushSubscription.objects.select_for_update().filter(endpoint=endpoint).first()
        if existing is None:
            return PushSubscription.objects.create(
                user=user, endpoint=endpoint, p256dh=p256dh, auth=auth
            ), True
        created = existing.user_id != user.pk
        existing.user_id = user.pk
        existing.p256dh, existing.auth, existing.disabled_at = p256dh, auth, None
        if created:
            existing.created_at, existing.last_success_at = timezone.now(), None
        existing.save()
        return existing, created


def renew(
    *, old_endpoint: str, old_auth: str, endpoint: str, p256dh: str, auth: str
) -> PushSubscription | None:
    """Move a subscription the push service replaced (the service worker's `pushsubscriptionchange`) to
    its new endpoint and keys, for the same person; None when no active subscription matches.

    The worker has no session or CSRF token to call the API with, so the old endpoint and the old auth
    secret are the proof: only that browser and this server know both (neither is ever shown back). A
    replacement endpoint already registered elsewhere is left alone (None), never taken over this way."""
    endpoint, p256dh, auth = clean_subscription(endpoint, p256dh, auth)
    with transaction.atomic():
        found = (
            PushSubscription.objects.select_for_update()
            .filter(endpoint=old_endpoint, disabled_at__isnull=True)
            .first()
        )
        if found is None or not hmac.compare_digest(found.auth.encode(), old_auth.rstrip("=").encode()):
            return None
        if endpoint != old_endpoint and PushSubscription.objects.filter(endpoint=endpoint).exists():
            return None
        found.endpoint, found.p256dh, found.auth = endpoint, p256dh, auth
        found.save(update_fields=["endpoint", "p256dh", "auth"])
        return found


def unsubscribe(subscription: PushSubscription) -> None:
    """Forget a device. Its queued messages fail ("subscription removed") rather than vanish."""
    subscription.delete()


# --- Sending ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PushOutcome:
    sent: bool
    error: str = ""
    permanent: bool = False
    gone: bool = False


def _answer(status: int, reason: str) -> PushOutcome:
    said = f"Push service {status} {reason}".strip()
    if 200 <= status < 300:
        return PushOutcome(True)
    if status in GONE:
        return PushOutcome(False, said, permanent=True, gone=True)
    if status in TRY_AGAIN or status >= 500:
        return PushOutcome(False, said)
    return PushOutcome(False, said, permanent=True)


def push_one(
    keys: VapidKeys, subscription: PushSubscription, payload: str, *, urgent: bool, session: requests.Session
) -> PushOutcome:
    """Encrypt and POST one payload. Errors keep the status and the exception's type, never the
    response body or the endpoint (which carries the device's token)."""
    # Imported here: pywebpush pulls in aiohttp, which every process importing notifications need not load.
    from pywebpush import WebPushException, webpush

    host = urlsplit(subscription.endpoint)
    try:
        response = webpush(
            {
                "endpoint": subscription.endpoint,
                "keys": {"p256dh": subscription.p256dh, "auth": subscription.auth},
            },
            data=payload,
            vapid_private_key=keys.private,
            vapid_claims={"sub": settings.VAPID_SUBJECT, "aud": f"{host.scheme}://{host.netloc}"},
            ttl=settings.PUSH_TTL_SECONDS,
            timeout=settings.PUSH_TIMEOUT_SECONDS,
            headers={"Urgency": "high" if urgent else "normal"},
            requests_session=session,
        )
    except WebPushException as error:
        if error.response is None:
            return PushOutcome(False, "The subscription's keys cannot be used.", permanent=True)
        return _answer(int(error.response.status_code), str(getattr(error.response, "reason", "") or ""))
    except requests.RequestException as error:
        return PushOutcome(False, f"{type(error).__name__} reaching the push service")
    except (ValueError, TypeError) as error:
        return PushOutcome(False, f"The subscription cannot be used: {type(error).__name__}", permanent=True)
    assert isinstance(response, requests.Response)
    return _answer(response.status_code, response.reason or "")


def unusable(message: OutboundMessage) -> str:
    """Why a claimed push message cannot be sent at all ("" when it can)."""
    subscription = message.push_subscription
    if subscription is None:
        return "The device's subscription was removed."
    if subscription.disabled_at is not None:
        return "The device's subscription is disabled (the push service dropped it)."
    if subscription.user_id != message.recipient_id or not message.recipient.is_active:
        return "The device no longer belongs to the recipient."
    return ""


def payload_json(title: str, body: str, url: str) -> str:
    return json.dumps({"title": title, "body": body, "url": url}, ensure_ascii=False)


def mark(subscription: PushSubscription, outcome: PushOutcome) -> None:
    now = timezone.now()
    if outcome.sent:
        PushSubscription.objects.filter(pk=subscription.pk).update(last_success_at=now)
    elif outcome.gone:
        PushSubscription.objects.filter(pk=subscription.pk, disabled_at__isnull=True).update(disabled_at=now)


def active_subscriptions(user_ids: Sequence[int]) -> dict[int, list[int]]:
    """Recipient id → ids of their active subscriptions (one query)."""
    found: dict[int, list[int]] = {}
    rows = PushSubscription.objects.filter(user_id__in=user_ids, disabled_at__isnull=True).order_by("pk")
    for user_id, pk in rows.values_list("user_id", "pk"):
        found.setdefault(user_id, []).append(pk)
    return found
