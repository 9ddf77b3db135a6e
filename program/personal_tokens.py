"""Personal access tokens: API access for people who sign in with a second factor.

A person makes a token on the "API tokens" page or at /api/v1/personal-tokens/ from a signed-in
session that passed the second factor (when they have one): named, expiring within
PERSONAL_TOKEN_MAX_DAYS, shown once and kept as its SHA-256. The API takes it as
`Authorization: Bearer <token>` (api/authentication.py); an expired or revoked token is refused.
The person revokes their own; an administrator revokes anyone's (the Django admin).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from program import audit, mfa
from program.models import AuditAction, PersonalAccessToken

PREFIX = "pat_"
NEEDS_VERIFIED_SESSION = (
    "Personal access tokens are made from a sign-in that passed your second factor. "
    "Sign out and sign in again with your authenticator app or passkey."
)


@dataclass
class NewToken:
    token: PersonalAccessToken
    secret: str  # shown once


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def max_expiry() -> datetime:
    return timezone.now() + timedelta(days=settings.PERSONAL_TOKEN_MAX_DAYS)


def tokens_of(user: User) -> QuerySet[PersonalAccessToken]:
    """The person's own tokens, newest first (a selector: nothing secret is in a row)."""
    return PersonalAccessToken.objects.filter(user=user)


@transaction.atomic
def create(user: User, *, name: str, expires_at: datetime, second_factor_passed: bool) -> NewToken:
    """A new token for the person. `second_factor_passed`: the session asking passed the second factor
    (or the person has none and needs none)."""
    if mfa.uses_second_factor(user) and not (second_factor_passed and mfa.has_device(user)):
        raise PermissionDenied(NEEDS_VERIFIED_SESSION)
    name = name.strip()
    errors: dict[str, str] = {}
    if not name:
        errors["name"] = "Give the token a name, such as the script that will use it."
    now = timezone.now()
    if expires_at <= now:
        errors["expires_at"] = "The expiry must be in the future."
    elif expires_at > max_expiry() + timedelta(minutes=1):
        errors["expires_at"] = f"A token lasts at most {settings.PERSONAL_TOKEN_MAX_DAYS} days."
    if errors:
        raise ValidationError(errors)
    secret = PREFIX + secrets.token_urlsafe(32)
    token = PersonalAccessToken.objects.create(
        user=user,
        name=name[:100],
        prefix=secret[: len(PREFIX) + 6],
        token_hash=digest(secret),
        expires_at=expires_at,
    )
    audit.record(user, AuditAction.CREATE, token, summary=f"Personal access token {token.prefix}… created")
    return NewToken(token=token, secret=secret)


@transaction.atomic
def revoke(token: PersonalAccessToken, *, by: User) -> bool:
    """Revoke a token: its owner, or a site administrator (staff). False if it was already revoked."""
    if token.user_id != by.pk and not by.is_staff:
        raise PermissionDenied
    token = PersonalAccessToken.objects.select_for_update().get(pk=token.pk)
    if token.revoked_at is not None:
        return False
    token.revoked_at = timezone.now()
    token.revoked_by = by
    token.save(update_fields=["revoked_at", "revoked_by"])
    whose = "own" if token.user_id == by.pk else f"{token.user.get_username()}'s"
    audit.record(
        by, AuditAction.UPDATE, token, summary=f"Revoked {whose} personal access token {token.prefix}…"
    )
    return True


@transaction.atomic
def revoke_all(user: User, *, by: User | None, reason: str) -> int:
    """Revoke every live token of a person for a reason (an administrator's act, or a membership that
    ended: `by` is whoever ended it, with no right of their own over the tokens). Returns how many."""
    live = list(PersonalAccessToken.objects.select_for_update().filter(user=user, revoked_at__isnull=True))
    now = timezone.now()
    for token in live:
        token.revoked_at = now
        token.revoked_by = by
        token.save(update_fields=["revoked_at", "revoked_by"])
        audit.record(
            by, AuditAction.UPDATE, token, summary=f"Revoked personal access token {token.prefix}… ({reason})"
        )
    return len(live)


class TokenRefused(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def authenticate(secret: str) -> PersonalAccessToken:
    """The live token for this secret, or TokenRefused with a message saying why."""
    token = (
        PersonalAccessToken.objects.select_related("user").filter(token_hash=digest(secret)).first()
        if secret.startswith(PREFIX)
        else None
    )
    if token is None:
        raise TokenRefused("Invalid personal access token.")
    if token.revoked_at is not None:
        audit.record(
            None, AuditAction.VIEW, token, summary=f"Refused revoked personal access token {token.prefix}…"
        )
        raise TokenRefused("This personal access token has been revoked.")
    now = timezone.now()
    if token.expires_at <= now:
        audit.record(
            None, AuditAction.VIEW, token, summary=f"Refused expired personal access token {token.prefix}…"
        )
        raise TokenRefused("This personal access token has expired. Make a new one on the API tokens page.")
    if not token.user.is_active:
        raise TokenRefused("This account is inactive.")
    if token.last_used_at is None or now - token.last_used_at > timedelta(minutes=5):
        PersonalAccessToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token
