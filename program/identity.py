"""Sign-in through an institution's identity provider (OpenID Connect or SAML), one rule for both.

The provider vouches for who the person is; it never decides what they may see. An assertion is matched
to an account by the provider's stable subject id once linked, and the first time by a verified e-mail
address. Someone the program has never heard of gets an account with no membership, so their home page
tells them to ask a coordinator. When the provider says it already checked a second factor (OIDC
`amr`/`acr`, a SAML authentication context), the session counts as verified and is not asked again;
otherwise a person with an authenticator or passkey takes the second step as after a password.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

from django.contrib.auth import login
from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone

from program import audit, mfa
from program.models import AuditAction, ExternalIdentity

# Sessions signed in through a provider use Django's model backend to reload the user on each request.
SESSION_BACKEND = "django.contrib.auth.backends.ModelBackend"


class IdentityRefused(Exception):
    """The assertion cannot sign anyone in; `message` says why in words for the person, `reason` in the
    audit trail's (a fixed phrase: never a value from the assertion, such as the e-mail address)."""

    def __init__(self, message: str, reason: str = "refused") -> None:
        super().__init__(message)
        self.message = message
        self.reason = reason


@dataclass(frozen=True)
class Assertion:
    """What a provider told us about the person, after the protocol library checked its signature,
    issuer, audience, nonce and expiry."""

    provider: str
    subject: str
    email: str
    email_verified: bool
    first_name: str = ""
    last_name: str = ""
    second_factor_done: bool = False


def _username_for(email: str) -> str:
    base = re.sub(r"[^\w.@+-]", "", email.lower())[:140] or "person"
    candidate, n = base, 1
    while User.objects.filter(username=candidate).exists():
        n += 1
        candidate = f"{base[:140]}-{n}"
    return candidate


def account_for(assertion: Assertion) -> User:
    """The account this assertion signs in: the one linked to its subject, else the one account with
    its verified e-mail (linked now), else a new account with no role. Refuses inactive accounts,
    unverified or ambiguous e-mail addresses."""
    if not assertion.subject.strip():
        raise IdentityRefused(
            "Your identity provider did not say who you are (no subject). Nothing was changed.",
            "no subject",
        )
    with transaction.atomic():
        link = (
            ExternalIdentity.objects.select_for_update()
            .select_related("user")
            .filter(provider=assertion.provider, subject=assertion.subject)
            .first()
        )
        if link is not None:
            if not link.user.is_active:
                raise IdentityRefused(
                    "This account is switched off. Ask your program coordinator.", "account switched off"
                )
            link.last_used_at = timezone.now()
            link.save(update_fields=["last_used_at"])
            return link.user
        email = assertion.email.strip()
        if not email or not assertion.email_verified:
            raise IdentityRefused(
                "Your identity provider did not confirm your e-mail address, so this account cannot be "
                "linked. Ask your program coordinator. Nothing was changed.",
                "e-mail address not verified",
            )
        matches = list(User.objects.filter(email__iexact=email)[:2])
        if len(matches) > 1:
            raise IdentityRefused(
                "More than one account here has your e-mail address, so it cannot be linked "
                "automatically. Ask your program coordinator. Nothing was changed.",
                "e-mail address on several accounts",
            )
        if matches:
            user = matches[0]
            if not user.is_active:
                raise IdentityRefused(
                    "This account is switched off. Ask your program coordinator.", "account switched off"
                )
            how = "linked to an existing account by verified e-mail"
        else:
            user = User(
                username=_username_for(email),
                email=email,
                first_name=assertion.first_name[:150],
                last_name=assertion.last_name[:150],
            )
            user.set_unusable_password()
            user.save()
            how = "new account, no role"
        try:
            with transaction.atomic():
                link = ExternalIdentity.objects.create(
                    user=user,
                    provider=assertion.provider,
                    subject=assertion.subject,
                    last_used_at=timezone.now(),
                )
        except IntegrityError:
            # Two first sign-ins raced; the other linked it.
            raise IdentityRefused(
                "Sign in again: your account was being linked at the same moment.", "linked twice at once"
            ) from None
        audit.record(user, AuditAction.CREATE, link, summary=f"identity provider sign-in linked: {how}")
        return user


def record_refusal(provider: str, refused: IdentityRefused) -> None:
    """Audit a refused sign-in through a provider. Nothing was created, so the event names the kind of
    object that was not (an external identity, no id) and the reason in fixed words."""
    audit.record(
        None,
        AuditAction.CREATE,
        ExternalIdentity(provider=provider),
        summary=f"identity provider sign-in refused ({provider}): {refused.reason}",
    )


def sign_in(request: HttpRequest, assertion: Assertion, *, next_url: str) -> str:
    """Sign the person in (or send them to the second step) and return where to go next. A refusal is
    audited, then raised for the protocol's view to show."""
    try:
        user = account_for(assertion)
    except IdentityRefused as refused:
        record_refusal(assertion.provider, refused)
        raise
    if mfa.has_device(user) and not assertion.second_factor_done:
        request.session.cycle_key()
        request.session[mfa.PENDING_SESSION_KEY] = {
            "user": user.pk,
            "backend": SESSION_BACKEND,
            "since": time.time(),
            "next": next_url,
        }
        return reverse("login-second-step")
    login(request, user, backend=SESSION_BACKEND)
    if assertion.second_factor_done:
        mfa.mark_verified(request)
    return next_url
