"""The second factor: an authenticator app (TOTP, RFC 6238) or passkeys (program/passkeys.py), with
single-use recovery codes.

Rules live here; the sign-in pages (program/views/mfa.py), the API's token views and the admin call
them. A person with a confirmed device gives a code after their password; a code is taken once (the
30-second step it belongs to is remembered, so a replay within its validity window is refused); people
holding a current membership in a role of MFA_REQUIRED_ROLES must enrol before they reach anything
(EnrolmentRequiredMiddleware). Every refusal and every change is audited.

The shared secret is kept encrypted with the narrative keys (NARRATIVE_KEYS, Fernet). Recovery codes are
random (60 bits) and kept as their SHA-256, like personal access tokens.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

import pyotp
import segno
from cryptography.fernet import Fernet, MultiFernet
from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, User
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.db import transaction
from django.db.models import Exists, OuterRef, Value
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.utils import timezone

from program import audit
from program.models import AuditAction, Membership, MembershipStatus, Passkey, RecoveryCode, TOTPDevice

ISSUER = "Peer support"
STEP_SECONDS = 30
# Codes from one step either side of now are taken (clock drift), never a step already used.
VALID_WINDOW = 1
RECOVERY_CODE_COUNT = 10
RECOVERY_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567"  # base32: no 0/1/8/9 to mistake for letters
# The session key set once a sign-in has passed the second factor (or enrolled one).
VERIFIED_SESSION_KEY = "mfa_verified"
# The session key holding the person who gave a right password and still owes a code.
PENDING_SESSION_KEY = "mfa_pending"

WRONG_CODE = "That code is not right. Check the time on your phone and enter the current code."
USE_PERSONAL_TOKENS = (
    "Your account uses a second factor, so a password alone cannot get an API token. Sign in, then make a "
    "personal access token on the API tokens page (/accounts/api-tokens/) or at /api/v1/personal-tokens/."
)
REPLAYED_CODE = "That code has already been used. Wait for the next code from your app."


def _fernet() -> MultiFernet:
    keys = tuple(settings.NARRATIVE_KEYS)
    if not keys:
        raise ImproperlyConfigured("NARRATIVE_KEYS (or NARRATIVE_KEYS_FILE) is required when DEBUG is off.")
    return _fernet_for(keys)


@cache
def _fernet_for(keys: tuple[str, ...]) -> MultiFernet:
    # Keyed by the keys themselves, so a rotation (new key in front) is picked up without a restart hook.
    return MultiFernet([Fernet(key.encode()) for key in keys])


def _encrypt(secret: str) -> str:
    return _fernet().encrypt(secret.encode()).decode()


def _decrypt(token: str) -> str:
    return _fernet().decrypt(token.encode()).decode()


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


# --- Who needs what ------------------------------------------------------------------------------------


def has_totp(user: AbstractBaseUser | AnonymousUser) -> bool:
    """Whether the person has a confirmed authenticator app."""
    if not user.is_authenticated:
        return False
    return TOTPDevice.objects.filter(user_id=user.pk, confirmed_at__isnull=False).exists()


def has_device(user: AbstractBaseUser | AnonymousUser) -> bool:
    """Whether the person has a second factor: a confirmed authenticator app or a passkey."""
    return has_totp(user) or (user.is_authenticated and Passkey.objects.filter(user_id=user.pk).exists())


def is_required(user: AbstractBaseUser | AnonymousUser) -> bool:
    """Whether the person holds a current membership in a role of MFA_REQUIRED_ROLES."""
    roles = settings.MFA_REQUIRED_ROLES
    if not roles or not user.is_authenticated:
        return False
    return Membership.objects.filter(user_id=user.pk, role__in=roles, status=MembershipStatus.ACTIVE).exists()


def second_factor_annotations(user_field: str = "user") -> dict[str, Any]:
    """`has_device` and `is_required` for a query over rows with a user (answered in that one query)."""
    roles = settings.MFA_REQUIRED_ROLES
    return {
        "has_device": Exists(
            TOTPDevice.objects.filter(user_id=OuterRef(f"{user_field}_id"), confirmed_at__isnull=False)
        )
        | Exists(Passkey.objects.filter(user_id=OuterRef(f"{user_field}_id"))),
        "is_required": Exists(
            Membership.objects.filter(
                user_id=OuterRef(f"{user_field}_id"), role__in=roles, status=MembershipStatus.ACTIVE
            )
        )
        if roles
        else Value(False),
    }


def uses_second_factor(user: AbstractBaseUser | AnonymousUser) -> bool:
    """Enrolled, or must be: such people get no password-for-token (personal tokens instead)."""
    return has_device(user) or is_required(user)


def session_verified(request: HttpRequest) -> bool:
    return bool(request.session.get(VERIFIED_SESSION_KEY))


# --- Enrolment --------------------------------------------------------------------------------------------


@dataclass
class Enrolment:
    secret: str
    uri: str
    qr_svg: str


def _uri(user: User, secret: str) -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=user.get_username(), issuer_name=ISSUER)


def start_enrolment(user: User) -> Enrolment:
    """A new secret for the person (replacing one not yet confirmed); a confirmed device stays until reset."""
    if has_totp(user):
        raise ValidationError("You already have an authenticator app. Ask an administrator to reset it.")
    secret = pyotp.random_base32()
    TOTPDevice.objects.update_or_create(
        user=user, defaults={"secret_encrypted": _encrypt(secret), "confirmed_at": None, "last_step": 0}
    )
    return pending_enrolment(user)  # type: ignore[return-value]


def pending_enrolment(user: User) -> Enrolment | None:
    """The secret of an enrolment started and not yet confirmed, to show again."""
    device = TOTPDevice.objects.filter(user=user, confirmed_at__isnull=True).first()
    if device is None:
        return None
    secret = _decrypt(device.secret_encrypted)
    uri = _uri(user, secret)
    qr_svg = segno.make(uri, error="m").svg_inline(
        scale=4, light="#fff", title="QR code of your authenticator key"
    )
    return Enrolment(secret=secret, uri=uri, qr_svg=qr_svg)


def _match_step(secret: str, code: str, at: float | None = None) -> int | None:
    """The time step whose code this is (within the drift window), or None."""
    code = "".join(code.split())
    if not (code.isascii() and code.isdigit() and len(code) == 6):
        return None
    totp = pyotp.TOTP(secret)
    now = time.time() if at is None else at
    current = int(now // STEP_SECONDS)
    for step in range(current - VALID_WINDOW, current + VALID_WINDOW + 1):
        if secrets.compare_digest(totp.at(step * STEP_SECONDS), code):
            return step
    return None


def new_recovery_codes(user: User) -> list[str]:
    """Replace the person's recovery codes with ten new ones (returned once, kept hashed)."""
    RecoveryCode.objects.filter(user=user).delete()
    codes = []
    for _ in range(RECOVERY_CODE_COUNT):
        raw = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(12))  # 60 bits
        codes.append(f"{raw[:4]}-{raw[4:8]}-{raw[8:]}")
    RecoveryCode.objects.bulk_create(
        [RecoveryCode(user=user, code_hash=_digest(_normalise_recovery(code))) for code in codes]
    )
    return codes


def _normalise_recovery(code: str) -> str:
    return "".join(ch for ch in code.lower() if ch.isalnum())


def confirm_enrolment(user: User, code: str) -> list[str]:
    """Confirm the pending device with a current code; returns the recovery codes (shown once)."""
    with transaction.atomic():
        device = TOTPDevice.objects.select_for_update().filter(user=user, confirmed_at__isnull=True).first()
        if device is None:
            raise ValidationError("Start again: there is no authenticator key waiting to be confirmed.")
        step = _match_step(_decrypt(device.secret_encrypted), code)
        if step is not None:
            device.confirmed_at = timezone.now()
            device.last_step = step
            device.last_used_at = device.confirmed_at
            device.save(update_fields=["confirmed_at", "last_step", "last_used_at"])
            codes = new_recovery_codes(user)
            audit.record(
                user, AuditAction.CREATE, device, summary="Authenticator app enrolled; recovery codes issued"
            )
            return codes
    # Outside the transaction: a refusal is recorded, never rolled back with it.
    audit.record(user, AuditAction.UPDATE, device, summary="Second factor enrolment refused: wrong code")
    raise ValidationError(WRONG_CODE, code="wrong_code")


@transaction.atomic
def regenerate_recovery_codes(user: User) -> list[str]:
    if not has_device(user):
        raise ValidationError("Add an authenticator app or a passkey first.")
    codes = new_recovery_codes(user)
    audit.record(user, AuditAction.UPDATE, user, summary="Recovery codes replaced")
    return codes


def unused_recovery_codes(user: User) -> int:
    return RecoveryCode.objects.filter(user=user, used_at__isnull=True).count()


@transaction.atomic
def reset_device(user: User, *, by: User) -> bool:
    """An administrator's reset: the device and recovery codes go; the person enrols again."""
    device = TOTPDevice.objects.filter(user=user).first()
    if device is None:
        return False
    audit.record(by, AuditAction.DELETE, device, summary=f"Second factor reset for {user.get_username()}")
    device.delete()
    RecoveryCode.objects.filter(user=user).delete()
    return True


# --- Verification (the second sign-in step) ------------------------------------------------------------


def verify(user: User, code: str) -> str:
    """Check a TOTP or recovery code of a person with a second factor; returns "totp" or "recovery".

    A wrong code and a code whose step was already used are refused (ValidationError, code
    "wrong_code" or "replayed") and audited; a recovery code is used up.
    """
    with transaction.atomic():
        device = TOTPDevice.objects.select_for_update().filter(user=user, confirmed_at__isnull=False).first()
        # A person with passkeys only still has recovery codes.
        if device is None and not has_device(user):
            raise ValidationError("You have no second factor.", code="no_device")
        outcome = _check(user, device, code)
    subject: TOTPDevice | User = device or user
    if outcome == "replayed":
        # Outside the transaction: a refusal is recorded, never rolled back with it.
        audit.record(user, AuditAction.UPDATE, subject, summary="Second factor refused: code replayed")
        raise ValidationError(REPLAYED_CODE, code="replayed")
    if outcome == "wrong_code":
        audit.record(user, AuditAction.UPDATE, subject, summary="Second factor refused: wrong code")
        raise ValidationError(WRONG_CODE, code="wrong_code")
    return outcome


def _check(user: User, device: TOTPDevice | None, code: str) -> str:
    """Within verify's transaction (the device row locked): "totp", "recovery", "replayed" or "wrong_code"."""
    compact = "".join(code.split())
    if len(compact) == 6 and compact.isdigit():
        if device is None:
            return "wrong_code"
        step = _match_step(_decrypt(device.secret_encrypted), compact)
        if step is None:
            return "wrong_code"
        if step <= device.last_step:
            return "replayed"
        device.last_step = step
        device.last_used_at = timezone.now()
        device.save(update_fields=["last_step", "last_used_at"])
        return "totp"
    recovery = (
        RecoveryCode.objects.select_for_update()
        .filter(user=user, used_at__isnull=True, code_hash=_digest(_normalise_recovery(code)))
        .first()
    )
    if recovery is None:
        return "wrong_code"
    recovery.used_at = timezone.now()
    recovery.save(update_fields=["used_at"])
    left = unused_recovery_codes(user)
    audit.record(user, AuditAction.UPDATE, device or user, summary=f"Recovery code used; {left} left")
    return "recovery"


# --- Enforcement ------------------------------------------------------------------------------------------

# Paths a person who must enrol may still reach: the enrolment itself, signing out, and what a browser
# fetches by itself (static files, the manifest, the icon, the service worker).
ENROLMENT_OPEN_PREFIXES = ("/accounts/second-factor/", "/accounts/logout/", "/sso/saml/logout/", "/static/")
ENROLMENT_OPEN_PATHS = ("/manifest.webmanifest", "/favicon.ico", "/service-worker.js")


class EnrolmentRequiredMiddleware:
    """A signed-in person who must have a second factor and has none reaches only the enrolment page."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if (
            settings.MFA_REQUIRED_ROLES
            and user is not None
            and user.is_authenticated
            # A session that passed (or enrolled) a second factor has a device: no need to ask the database.
            and not request.session.get(VERIFIED_SESSION_KEY)
            and not request.path.startswith(ENROLMENT_OPEN_PREFIXES)
            and request.path not in ENROLMENT_OPEN_PATHS
            and is_required(user)
            and not has_device(user)
        ):
            return enrolment_required_response(request)
        return self.get_response(request)


ENROL_FIRST = (
    "Your role needs a second factor. "
    "Add an authenticator app or a passkey at /accounts/second-factor/ first."
)


def enrolment_required_response(request: HttpRequest) -> HttpResponse:
    if request.path.startswith("/api/"):
        return JsonResponse(
            {
                "error": {
                    "status": 403,
                    "code": "second_factor_required",
                    "message": ENROL_FIRST,
                    "fields": {},
                }
            },
            status=403,
        )
    return redirect("second-factor")


def mark_verified(request: HttpRequest) -> None:
    request.session[VERIFIED_SESSION_KEY] = True
