"""Passkeys (WebAuthn) as a second factor beside the authenticator app (program/mfa.py).

A person registers one or more passkeys on the second-factor page and, after their password, may use
one instead of a code. The browser's part is static/js/passkeys.js; the checks are py_webauthn's
(signature, origin, RP ID, challenge) plus ours: a challenge is used once and lives at most
CHALLENGE_SECONDS, kept server-side in the session (never in a cookie the browser could replay); a
signature counter that does not move forward marks a cloned authenticator and is refused. The relying
party is WEBAUTHN_RP_ID and WEBAUTHN_ORIGIN (config/settings.py). Every success and refusal is audited
without the credential itself.
"""

from __future__ import annotations

import json
import time
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.contrib.sessions.backends.base import SessionBase
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.crypto import salted_hmac
from webauthn import (
    generate_authentication_options,
    generate_registration_options,
    options_to_json,
    verify_authentication_response,
    verify_registration_response,
)
from webauthn.helpers import base64url_to_bytes, bytes_to_base64url, parse_authentication_credential_json
from webauthn.helpers.exceptions import WebAuthnException
from webauthn.helpers.structs import (
    AuthenticatorSelectionCriteria,
    AuthenticatorTransport,
    PublicKeyCredentialDescriptor,
    ResidentKeyRequirement,
    UserVerificationRequirement,
)

from program import audit, mfa
from program.models import AuditAction, Passkey, RecoveryCode

CHALLENGE_SECONDS = 300
# The session key holding the one outstanding challenge (registration or sign-in).
CHALLENGE_SESSION_KEY = "passkey_challenge"
TIMEOUT_MS = CHALLENGE_SECONDS * 1000
KNOWN_TRANSPORTS = {t.value for t in AuthenticatorTransport}

NOT_CONFIGURED = "Passkeys are not set up on this site (WEBAUTHN_RP_ID and WEBAUTHN_ORIGIN)."
STALE_CHALLENGE = "That passkey request is out of date or was already used. Try again."
NOT_VERIFIED = "Your passkey could not be checked. Try again, or use a code from your authenticator app."
UNKNOWN_PASSKEY = "That passkey is not registered to your account. Use one you added, or a code."
CLONED = (
    "That passkey's counter went backwards, a sign of a copied authenticator, so it was refused. "
    "Use another factor and tell a site administrator."
)
LAST_FACTOR = (
    "Your role needs a second factor: add another passkey or an authenticator app before removing this one."
)


def configured() -> bool:
    return bool(settings.WEBAUTHN_RP_ID and settings.WEBAUTHN_ORIGIN)


def passkeys_of(user: User) -> QuerySet[Passkey]:
    """The person's own passkeys (a selector: nothing secret is in a row)."""
    return Passkey.objects.filter(user=user)


def _user_handle(user: User) -> bytes:
    # Stable per person and meaningless to anyone else (the WebAuthn spec asks for no personal data).
    return salted_hmac("program.passkeys.user-handle", str(user.pk)).digest()


def _store_challenge(session: SessionBase, purpose: str, user: User, challenge: bytes) -> None:
    session[CHALLENGE_SESSION_KEY] = {
        "purpose": purpose,
        "user": user.pk,
        "challenge": bytes_to_base64url(challenge),
        "at": time.time(),
    }


def _take_challenge(session: SessionBase, purpose: str, user: User) -> bytes:
    """The outstanding challenge for this purpose and person, removed so it is never taken twice."""
    stored = session.pop(CHALLENGE_SESSION_KEY, None)
    if (
        not isinstance(stored, dict)
        or stored.get("purpose") != purpose
        or stored.get("user") != user.pk
        or not isinstance(stored.get("at"), (int, float))
        or time.time() - stored["at"] > CHALLENGE_SECONDS
    ):
        raise ValidationError(STALE_CHALLENGE, code="stale_challenge")
    return base64url_to_bytes(stored["challenge"])


def _descriptors(user: User) -> list[PublicKeyCredentialDescriptor]:
    return [
        PublicKeyCredentialDescriptor(
            id=base64url_to_bytes(key.credential_id),
            transports=[AuthenticatorTransport(t) for t in key.transports if t in KNOWN_TRANSPORTS],
        )
        for key in passkeys_of(user)
    ]


def _parse(credential: str | dict[str, Any]) -> dict[str, Any]:
    if isinstance(credential, str):
        try:
            credential = json.loads(credential)
        except ValueError:
            raise ValidationError(NOT_VERIFIED, code="invalid") from None
    if not isinstance(credential, dict):
        raise ValidationError(NOT_VERIFIED, code="invalid")
    return credential


# --- Registration -----------------------------------------------------------------------------------------


def registration_options(user: User, session: SessionBase) -> str:
    """Options for navigator.credentials.create() as JSON; the challenge stays in the session."""
    if not configured():
        raise ValidationError(NOT_CONFIGURED, code="not_configured")
    options = generate_registration_options(
        rp_id=settings.WEBAUTHN_RP_ID,
        rp_name=mfa.ISSUER,
        user_id=_user_handle(user),
        user_name=user.get_username(),
        user_display_name=user.get_full_name() or user.get_username(),
        timeout=TIMEOUT_MS,
        authenticator_selection=AuthenticatorSelectionCriteria(
            resident_key=ResidentKeyRequirement.PREFERRED,
            user_verification=UserVerificationRequirement.PREFERRED,
        ),
        # The browser refuses to register an authenticator that already holds one of these.
        exclude_credentials=_descriptors(user),
    )
    _store_challenge(session, "register", user, options.challenge)
    return options_to_json(options)


def register(
    user: User, session: SessionBase, *, name: str, credential: str | dict[str, Any]
) -> tuple[Passkey, list[str]]:
    """Check the browser's new credential and keep it; returns the passkey and, if the person had no
    recovery codes yet, their new ones (shown once)."""
    name = name.strip()
    if not name:
        raise ValidationError({"name": "Give the passkey a name, such as the device it is on."})
    challenge = _take_challenge(session, "register", user)
    try:
        verified = verify_registration_response(
            credential=_parse(credential),
            expected_challenge=challenge,
            expected_rp_id=settings.WEBAUTHN_RP_ID,
            expected_origin=settings.WEBAUTHN_ORIGIN,
        )
    except WebAuthnException:
        audit.record(user, AuditAction.UPDATE, user, summary="Passkey registration refused: not verified")
        raise ValidationError(NOT_VERIFIED, code="invalid") from None
    transports = _parse(credential).get("response", {}).get("transports") or []
    with transaction.atomic():
        credential_id = bytes_to_base64url(verified.credential_id)
        if Passkey.objects.filter(credential_id=credential_id).exists():
            raise ValidationError("That passkey is already registered.", code="duplicate")
        passkey = Passkey.objects.create(
            user=user,
            name=name[:100],
            credential_id=credential_id,
            public_key=verified.credential_public_key,
            sign_count=verified.sign_count,
            transports=[t for t in transports if isinstance(t, str) and t in KNOWN_TRANSPORTS],
        )
        codes = (
            mfa.new_recovery_codes(user)
            if not RecoveryCode.objects.filter(user=user, used_at__isnull=True).exists()
            else []
        )
        audit.record(
            user,
            AuditAction.CREATE,
            passkey,
            summary="Passkey registered" + ("; recovery codes issued" if codes else ""),
        )
    return passkey, codes


@transaction.atomic
def remove(passkey: Passkey, *, by: User) -> None:
    """Remove a passkey: its owner (not their last factor when their role needs one), or an administrator."""
    owner = passkey.user
    if owner.pk != by.pk and not by.is_staff:
        raise PermissionDenied
    others = passkeys_of(owner).exclude(pk=passkey.pk).exists() or mfa.has_totp(owner)
    if owner.pk == by.pk and not others and mfa.is_required(owner):
        raise ValidationError(LAST_FACTOR, code="last_factor")
    whose = "own" if owner.pk == by.pk else f"{owner.get_username()}'s"
    audit.record(by, AuditAction.DELETE, passkey, summary=f"Removed {whose} passkey")
    passkey.delete()
    if not others:
        # No factor left to recover: the codes would sign in on their own.
        RecoveryCode.objects.filter(user=owner).delete()


# --- Sign-in (the second step) ------------------------------------------------------------------------------


def sign_in_options(user: User, session: SessionBase) -> str:
    """Options for navigator.credentials.get() listing the person's passkeys (challenge kept server-side)."""
    if not configured():
        raise ValidationError(NOT_CONFIGURED, code="not_configured")
    options = generate_authentication_options(
        rp_id=settings.WEBAUTHN_RP_ID,
        timeout=TIMEOUT_MS,
        allow_credentials=_descriptors(user),
        user_verification=UserVerificationRequirement.PREFERRED,
    )
    _store_challenge(session, "sign-in", user, options.challenge)
    return options_to_json(options)


def verify(user: User, session: SessionBase, credential: str | dict[str, Any]) -> Passkey:
    """Check a passkey assertion for the person; refusals (ValidationError) are audited."""
    challenge = _take_challenge(session, "sign-in", user)
    data = _parse(credential)
    try:
        parsed = parse_authentication_credential_json(data)
    except WebAuthnException:
        audit.record(user, AuditAction.UPDATE, user, summary="Passkey refused: malformed response")
        raise ValidationError(NOT_VERIFIED, code="invalid") from None
    with transaction.atomic():
        passkey = (
            Passkey.objects.select_for_update()
            .filter(user=user, credential_id=bytes_to_base64url(parsed.raw_id))
            .first()
        )
        if passkey is not None:
            outcome = _check(passkey, parsed, challenge)
    if passkey is None:
        audit.record(
            user, AuditAction.UPDATE, user, summary="Passkey refused: not registered to this account"
        )
        raise ValidationError(UNKNOWN_PASSKEY, code="unknown_credential")
    if outcome == "cloned":
        audit.record(
            user, AuditAction.UPDATE, passkey, summary="Passkey refused: signature counter went backwards"
        )
        raise ValidationError(CLONED, code="cloned")
    if outcome == "invalid":
        audit.record(user, AuditAction.UPDATE, passkey, summary="Passkey refused: not verified")
        raise ValidationError(NOT_VERIFIED, code="invalid")
    audit.record(user, AuditAction.UPDATE, passkey, summary="Signed in with a passkey")
    return passkey


def _check(passkey: Passkey, parsed: Any, challenge: bytes) -> str:
    """Within verify's transaction (the passkey row locked): "ok", "cloned" or "invalid"."""
    try:
        verified = verify_authentication_response(
            credential=parsed,
            expected_challenge=challenge,
            expected_rp_id=settings.WEBAUTHN_RP_ID,
            expected_origin=settings.WEBAUTHN_ORIGIN,
            credential_public_key=bytes(passkey.public_key),
            # Zero: the counter is compared below, after the signature proved the response genuine, so a
            # forged response cannot pass for a cloned authenticator.
            credential_current_sign_count=0,
        )
    except WebAuthnException:
        return "invalid"
    new_count = verified.new_sign_count
    # Authenticators that keep no counter send 0 every time; otherwise it must move forward.
    if (new_count or passkey.sign_count) and new_count <= passkey.sign_count:
        return "cloned"
    passkey.sign_count = new_count
    passkey.last_used_at = timezone.now()
    passkey.save(update_fields=["sign_count", "last_used_at"])
    return "ok"
