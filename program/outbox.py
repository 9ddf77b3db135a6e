"""The outbox worker: delivers the messages `program.notifications.send` queued, with retries.

Why an outbox: a message written in the same transaction as its event exists exactly when the event
does, and sending it later, outside the request, means a slow or absent mail server neither slows nor
fails the action, nor loses the message. The worker runs as a thread of the scheduler process
(`manage.py runscheduler`); `deliver_due(now)` is one round of it, and takes the clock as an argument
so tests can let "ten minutes" pass without sleeping.

One message, one row, one state machine: queued → sending (claimed) → sent, or back to queued with
a later `next_attempt_at` after a temporary failure (exponential backoff with jitter), or failed after
a permanent refusal (SMTP 5xx, no address; an HTTP 4xx from a push service or the SMS webhook) or
OUTBOX_MAX_ATTEMPTS tries. Each channel (e-mail, Web Push, SMS/voice webhook) has a sender in
`SENDERS`; claiming, leases, retries and backoff are the same for all. `last_error` keeps what the
server or the network said, never the message.

Claiming is safe with several workers: on PostgreSQL a worker locks the due rows it takes with
SELECT … FOR UPDATE SKIP LOCKED, so two workers take disjoint batches without waiting for each other;
on SQLite (one writer at a time) the claim is a conditional UPDATE that only matches rows still due.
Either way the claim carries a token and a lease; every outcome is written only if the row still holds
that token, and a claim whose worker died is taken over once its lease lapses. Delivery is therefore
at least once: a worker killed after the server accepted a message but before recording it sends it
again when the lease lapses — the only way to duplicate, and the price of never losing one.
"""

from __future__ import annotations

import logging
import random
import smtplib
import threading
import uuid
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime, timedelta

import requests
from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import close_old_connections, connection, transaction
from django.db.models import F, Q
from django.utils import timezone

from program import push, sms
from program.models import DeliveryChannel, DeliveryStatus, Notification, OutboundMessage, StaffPhone
from program.notifications import URGENT_KINDS, render_email, render_push, render_sms

logger = logging.getLogger(__name__)

ERROR_LENGTH = 300  # OutboundMessage.last_error's max_length
NO_ADDRESS = "The recipient has no active account with an e-mail address."
NO_PHONE = "The recipient has no active account with a phone number."


@dataclass(frozen=True)
class Outcome:
    """What one attempt came to: sent, or an error and whether trying again could help."""

    sent: bool
    error: str = ""
    permanent: bool = False


SENT = Outcome(sent=True)


def backoff(attempts: int, rng: random.Random | None = None) -> timedelta:
    """How long to wait after the `attempts`-th failed try: base · 2^(attempts−1), capped, of which a
    random half ("equal jitter"), so messages that failed together do not all retry in the same second
    yet each still waits at least half the nominal delay."""
    ceiling = min(
        settings.OUTBOX_RETRY_MAX_SECONDS, settings.OUTBOX_RETRY_BASE_SECONDS * 2 ** max(attempts - 1, 0)
    )
    jitter = (rng or random).uniform(0, ceiling / 2)
    return timedelta(seconds=ceiling / 2 + jitter)


def _due(now: datetime) -> Q:
    return Q(status=DeliveryStatus.QUEUED, next_attempt_at__lte=now) | Q(
        status=DeliveryStatus.SENDING, claimed_until__lt=now
    )


def claim(channel: str, now: datetime, limit: int) -> tuple[uuid.UUID, list[OutboundMessage]]:
    """Take up to `limit` due messages of the channel for this worker: mark them sending under a new
    token, count the attempt, and return them. Other workers skip them until the lease lapses."""
    token = uuid.uuid4()
    lease = {
        "status": DeliveryStatus.SENDING,
        "claim_token": token,
        "claimed_until": now + timedelta(seconds=settings.OUTBOX_LEASE_SECONDS),
        "attempts": F("attempts") + 1,
        "last_attempt_at": now,
    }
    due = OutboundMessage.objects.filter(_due(now), channel=channel).order_by("next_attempt_at", "pk")
    if connection.vendor == "postgresql":
        with transaction.atomic():
            # Rows another worker has locked are skipped, not waited for: its batch and ours are disjoint.
            ids = list(due.select_for_update(skip_locked=True).values_list("pk", flat=True)[:limit])
            OutboundMessage.objects.filter(pk__in=ids).update(**lease)
    else:
        # SQLite has no row locks. One UPDATE that re-checks "still due" is atomic there (one writer at a
        # time), so of two workers that picked the same candidates only the first flips each row.
        candidates = list(due.values_list("pk", flat=True)[:limit])
        OutboundMessage.objects.filter(_due(now), pk__in=candidates).update(**lease)
    claimed = list(
        OutboundMessage.objects.filter(claim_token=token, status=DeliveryStatus.SENDING)
        .select_related("recipient", "push_subscription")
        .order_by("next_attempt_at", "pk")
    )
    return token, claimed


def _smtp_reason(code: int, said: bytes | str) -> str:
    text = said.decode("utf-8", "replace") if isinstance(said, bytes) else str(said)
    return f"SMTP {code} {' '.join(text.split())}"


def _attempt(email_connection: BaseEmailBackend, message: EmailMessage) -> Outcome:
    """Hand one e-mail to the backend. Raises OSError when the connection itself failed (the caller
    then stops the batch: the server is unreachable for the rest too)."""
    try:
        email_connection.open()  # a no-op while already open
        sent = email_connection.send_messages([message])
    except smtplib.SMTPRecipientsRefused as error:
        code, said = next(iter(error.recipients.values()))
        return Outcome(False, _smtp_reason(code, said), permanent=500 <= code < 600)
    except smtplib.SMTPResponseException as error:
        # 5xx is the server's final answer (unknown mailbox, refused content); 4xx asks us to try later.
        return Outcome(
            False, _smtp_reason(error.smtp_code, error.smtp_error), permanent=500 <= error.smtp_code < 600
        )
    except ValueError as error:  # an address the mail library cannot encode
        return Outcome(False, f"Invalid address: {type(error).__name__}", permanent=True)
    if not sent:
        return Outcome(False, "The mail backend did not accept the message.")
    return SENT


def _send_emails(messages: Sequence[OutboundMessage]) -> dict[int, Outcome]:
    """Try each message once over one connection to the mail server."""
    outcomes: dict[int, Outcome] = {}
    email_connection = get_connection(fail_silently=False)
    try:
        for index, message in enumerate(messages):
            user = message.recipient
            if not (user.is_active and user.email):
                outcomes[message.pk] = Outcome(False, NO_ADDRESS, permanent=True)
                continue
            subject, body = render_email(message.kind, message.link)
            try:
                outcomes[message.pk] = _attempt(
                    email_connection, EmailMessage(subject=subject, body=body, to=[user.email])
                )
            except OSError as error:
                # Refused, timed out, dropped: the server, not this message. The rest of the batch would
                # meet the same, so they share the outcome and wait for their retry.
                failed = Outcome(False, f"{type(error).__name__}: {error}")
                for rest in messages[index:]:
                    outcomes.setdefault(rest.pk, failed)
                with suppress(OSError):
                    email_connection.close()
                break
    finally:
        with suppress(OSError):
            email_connection.close()
    return outcomes


def _send_pushes(messages: Sequence[OutboundMessage]) -> dict[int, Outcome]:
    """Encrypt and POST each message to its device's push service (program/push.py), over one HTTP
    session. A subscription the service says is gone is disabled, so nothing is queued for it again."""
    keys = push.vapid_keys()
    if keys is None:
        off = Outcome(False, "Web Push is not configured (VAPID_PRIVATE_KEY).")
        return {message.pk: off for message in messages}
    outcomes: dict[int, Outcome] = {}
    with requests.Session() as session:
        for message in messages:
            reason = push.unusable(message)
            if reason:
                outcomes[message.pk] = Outcome(False, reason, permanent=True)
                continue
            subscription = message.push_subscription
            assert subscription is not None
            payload = push.payload_json(*render_push(message.kind, message.link))
            result = push.push_one(
                keys, subscription, payload, urgent=message.kind in URGENT_KINDS, session=session
            )
            push.mark(subscription, result)
            outcomes[message.pk] = Outcome(result.sent, result.error, permanent=result.permanent)
    return outcomes


def _send_texts(messages: Sequence[OutboundMessage]) -> dict[int, Outcome]:
    """POST each message, signed, to the SMS/voice webhook (program/sms.py), with the number the
    recipient has now."""
    if not sms.enabled():
        off = Outcome(False, "SMS is not configured (SMS_WEBHOOK_URL).")
        return {message.pk: off for message in messages}
    phones = dict(
        StaffPhone.objects.filter(user_id__in={m.recipient_id for m in messages}).values_list(
            "user_id", "phone"
        )
    )
    outcomes: dict[int, Outcome] = {}
    with requests.Session() as session:
        for message in messages:
            phone = phones.get(message.recipient_id)
            if not (message.recipient.is_active and phone):
                outcomes[message.pk] = Outcome(False, NO_PHONE, permanent=True)
                continue
            text, url = render_sms(message.kind, message.link)
            sent, error, permanent = sms.post(
                message.pk, sms.build(message.pk, phone, message.kind, text, url), session
            )
            outcomes[message.pk] = Outcome(sent, error, permanent=permanent)
    return outcomes


# Channel → how a batch of its messages is sent.
SENDERS: dict[str, Callable[[Sequence[OutboundMessage]], dict[int, Outcome]]] = {
    DeliveryChannel.EMAIL: _send_emails,
    DeliveryChannel.PUSH: _send_pushes,
    DeliveryChannel.SMS: _send_texts,
}


def _record(message: OutboundMessage, token: uuid.UUID, outcome: Outcome, now: datetime) -> str:
    """Write one attempt's outcome, if this worker still holds the claim; return the resulting status."""
    if outcome.sent:
        changes: dict[str, object] = {"status": DeliveryStatus.SENT, "sent_at": now}
    elif outcome.permanent or message.attempts >= settings.OUTBOX_MAX_ATTEMPTS:
        changes = {"status": DeliveryStatus.FAILED, "last_error": outcome.error[:ERROR_LENGTH]}
    else:
        changes = {
            "status": DeliveryStatus.QUEUED,
            "last_error": outcome.error[:ERROR_LENGTH],
            "next_attempt_at": now + backoff(message.attempts),
        }
    # Inside the batch's transaction no savepoint is needed (the pair is written together either way);
    # called on its own, this is a transaction of its own.
    with transaction.atomic(savepoint=False):
        held = OutboundMessage.objects.filter(
            pk=message.pk, claim_token=token, status=DeliveryStatus.SENDING
        ).update(claim_token=None, claimed_until=None, **changes)
        if held and outcome.sent and message.channel == DeliveryChannel.EMAIL and message.notification_id:
            Notification.objects.filter(pk=message.notification_id).update(emailed_at=now)
    if not held:
        # Our lease lapsed and another worker took the message over; its outcome is the one that counts.
        logger.warning("Outbox message %s was taken over before its outcome was recorded", message.pk)
        return "lost_claim"
    return str(changes["status"])


def deliver_batch(now: datetime | None = None, *, limit: int | None = None) -> dict[str, int]:
    """One worker step: claim a batch per channel, send it, record each outcome."""
    now = now or timezone.now()
    limit = limit or settings.OUTBOX_BATCH_SIZE
    counts = {"claimed": 0, "sent": 0, "queued": 0, "failed": 0, "lost_claim": 0}
    for channel, sender in SENDERS.items():
        token, messages = claim(channel, now, limit)
        if not messages:
            continue
        counts["claimed"] += len(messages)
        outcomes = sender(messages)
        # The batch's outcomes in one transaction: a commit per message (a sync to disk each on SQLite)
        # was most of a drain's time (1,000 messages: 15 s of 20, bench/delivery.py). Nothing is weaker
        # for it: outcomes were already written only after the whole batch was sent, so a worker that
        # dies before this commit leaves the batch to be taken over when its lease lapses, as before.
        with transaction.atomic():
            for message in messages:
                outcome = outcomes.get(message.pk, Outcome(False, "Not attempted."))
                counts[_record(message, token, outcome, now)] += 1
    return counts


def deliver_due(now: datetime | None = None, *, limit: int | None = None) -> dict[str, int]:
    """Deliver everything due at `now`, batch after batch. Ends: a failed try is rescheduled after now."""
    now = now or timezone.now()
    limit = limit or settings.OUTBOX_BATCH_SIZE
    total = {"claimed": 0, "sent": 0, "queued": 0, "failed": 0, "lost_claim": 0}
    while True:
        counts = deliver_batch(now, limit=limit)
        for key, value in counts.items():
            total[key] += value
        if counts["claimed"] < limit:
            return total


def run_worker(stop: threading.Event, poll_seconds: float | None = None) -> None:
    """The scheduler process's delivery loop: a round every `poll_seconds` until `stop` is set."""
    poll = poll_seconds if poll_seconds is not None else settings.OUTBOX_POLL_SECONDS
    try:
        while not stop.is_set():
            close_old_connections()  # a long-lived thread must not reuse a connection the database dropped
            try:
                deliver_due()
            except Exception:
                # The database or a backend misbehaving must not end the loop: the next round retries.
                logger.exception("Outbox delivery round failed")
            stop.wait(poll)
    finally:
        connection.close()
