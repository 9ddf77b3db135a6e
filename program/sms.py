"""SMS and voice through one signed JSON webhook that any provider can sit behind (README: "SMS/voice").

We do not speak Twilio, MessageBird or a telco's SMPP: we POST one documented JSON body to
SMS_WEBHOOK_URL, and a small adapter run by the institution (or the provider's own webhook-to-SMS
feature) turns it into a text or a call. Only the urgent kinds (`program.notifications.URGENT_KINDS`)
go this way, and only to staff who keep a phone number (program/phones.py); the body is the kind's
catalogue title and the link, never a name or a wellbeing fact.

The request:

    POST SMS_WEBHOOK_URL
    Content-Type: application/json
    Idempotency-Key: outbox-<message id>        (the same on every retry of one message)
    X-Peer-Support-Timestamp: <unix seconds>
    X-Peer-Support-Signature: sha256=<hex HMAC-SHA256(SMS_WEBHOOK_SECRET, "<timestamp>.<raw body>")>

    {"id": "outbox-42", "to": "+61491570156", "kind": "advice_request_emergency",
     "urgency": "high", "body": "A supporter needs advice now (emergency) https://…/advice/7/",
     "link": "https://…/advice/7/"}

The receiver checks the signature over the raw body (constant-time) and refuses a timestamp more than
five minutes old. Its answer decides the outcome: 2xx sent; 408/425/429, 5xx, a timeout or a refused
connection are retried with the outbox's backoff; any other answer (4xx, a redirect) fails at once.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time

import requests
from django.conf import settings

SIGNATURE_HEADER = "X-Peer-Support-Signature"
TIMESTAMP_HEADER = "X-Peer-Support-Timestamp"
TRY_AGAIN = (408, 425, 429)


def enabled() -> bool:
    return bool(settings.SMS_WEBHOOK_URL)


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """The signature header's value for a body sent at `timestamp`."""
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def verify(secret: str, timestamp: str, body: bytes, signature: str, *, max_age: int = 300) -> bool:
    """What a receiver does (and the tests do): the signature matches and the timestamp is recent."""
    try:
        age = abs(time.time() - int(timestamp))
    except ValueError:
        return False
    return age <= max_age and hmac.compare_digest(sign(secret, timestamp, body), signature)


def build(message_id: int, to: str, kind: str, text: str, url: str) -> bytes:
    return json.dumps(
        {
            "id": f"outbox-{message_id}",
            "to": to,
            "kind": kind,
            "urgency": "high",
            "body": f"{text} {url}".strip(),
            "link": url,
        },
        ensure_ascii=False,
    ).encode()


def post(message_id: int, body: bytes, session: requests.Session) -> tuple[bool, str, bool]:
    """POST one signed body: (sent, error, permanent). Errors keep the status or the exception's type,
    never the answer's body (a provider may echo the number back)."""
    timestamp = str(int(time.time()))
    headers = {
        "Content-Type": "application/json",
        "Idempotency-Key": f"outbox-{message_id}",
        TIMESTAMP_HEADER: timestamp,
        SIGNATURE_HEADER: sign(settings.SMS_WEBHOOK_SECRET, timestamp, body),
    }
    try:
        response = session.post(
            settings.SMS_WEBHOOK_URL,
            data=body,
            headers=headers,
            timeout=settings.SMS_WEBHOOK_TIMEOUT_SECONDS,
            allow_redirects=False,
        )
    except requests.RequestException as error:
        return False, f"{type(error).__name__} reaching the SMS webhook", False
    status = response.status_code
    if 200 <= status < 300:
        return True, "", False
    said = f"SMS webhook {status} {response.reason or ''}".strip()
    return False, said, not (status in TRY_AGAIN or status >= 500)
