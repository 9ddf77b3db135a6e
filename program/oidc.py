"""Sign-in through the institution's OpenID Connect provider, with mozilla-django-oidc doing the protocol.

The library makes the authorization request (state, nonce, PKCE S256), exchanges the code and fetches the
signing key from the provider's JWKS. Two things it does not do are done here: it finds no endpoints by
itself (they come from `<issuer>/.well-known/openid-configuration`, fetched when first needed and kept
for an hour), and it checks neither the ID token's issuer nor its audience (it decodes with
`verify_aud` off), so `Client.verify_token` decodes again with both required. Which account the person
reaches is never the library's choice: program/identity.py decides that, the same as for SAML.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import jwt
import requests
from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from django.http import HttpRequest
from django.urls import reverse
from django.utils.text import capfirst
from mozilla_django_oidc.auth import OIDCAuthenticationBackend
from mozilla_django_oidc.utils import import_from_settings

from program.identity import Assertion, IdentityRefused

PROVIDER = "oidc"
# The session remembers the ID token of a sign-in through the provider, for RP-initiated logout.
ID_TOKEN_SESSION_KEY = "oidc_id_token"  # noqa: S105 (a session key's name, not a secret)
METADATA_SECONDS = 3600
# Leeway for the clocks of the provider and this server (seconds) when checking exp/iat.
CLOCK_LEEWAY = 60

# RFC 8176 method values, by the kind of factor each is. `mfa` says outright that more than one factor
# was used; otherwise two values of different kinds (something known plus something held, say `pwd` and
# `otp`) make a multi-factor sign-in. One value alone never does: `otp`, `sms` or `hwk` alone may be a
# passwordless single factor (an e-mailed code, a text message), and `mca` (several channels) says
# nothing about factors. Vendor values outside RFC 8176 (Entra's `fido`) are not counted; Entra and Okta
# add `mfa` when they did a second factor.
_KNOWLEDGE = {"pwd", "pin", "kba"}
_POSSESSION = {"otp", "hwk", "swk", "sms", "tel", "sc", "pop"}
_INHERENCE = {"fpt", "face", "iris", "retina", "vbm"}


@dataclass(frozen=True)
class Config:
    issuer: str
    client_id: str
    client_secret: str
    scopes: str
    email_claim: str
    email_verified_claim: str
    display_name: str
    mfa_acr_values: tuple[str, ...]
    timeout: int


def config() -> Config | None:
    """The provider's settings, or None when OpenID Connect sign-in is off."""
    if not settings.OIDC_ISSUER:
        return None
    return Config(
        issuer=settings.OIDC_ISSUER,
        client_id=settings.OIDC_CLIENT_ID,
        client_secret=settings.OIDC_CLIENT_SECRET,
        scopes=settings.OIDC_SCOPES,
        email_claim=settings.OIDC_EMAIL_CLAIM,
        email_verified_claim=settings.OIDC_EMAIL_VERIFIED_CLAIM,
        display_name=settings.OIDC_DISPLAY_NAME,
        mfa_acr_values=tuple(settings.OIDC_MFA_ACR_VALUES),
        timeout=settings.OIDC_TIMEOUT_SECONDS,
    )


class Refused(IdentityRefused):
    """The provider's answer cannot sign anyone in (before any account is looked at). `reason` is the
    audit trail's words (nothing secret: never a token, claim value or e-mail address)."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message, reason)


def _unreachable(cfg: Config) -> Refused:
    return Refused(
        "provider unreachable or misconfigured",
        f"{capfirst(cfg.display_name)} could not be reached to sign you in. Try again in a few minutes, "
        "or sign in with your username and password.",
    )


_metadata_lock = threading.Lock()
_metadata: dict[str, tuple[float, dict[str, Any]]] = {}


def metadata(cfg: Config) -> dict[str, Any]:
    """The provider's discovery document (OpenID Connect Discovery 1.0), checked and kept an hour."""
    with _metadata_lock:
        cached = _metadata.get(cfg.issuer)
        if cached and time.monotonic() - cached[0] < METADATA_SECONDS:
            return cached[1]
    url = cfg.issuer.rstrip("/") + "/.well-known/openid-configuration"
    try:
        response = requests.get(url, timeout=cfg.timeout)
        response.raise_for_status()
        document = response.json()
    except (requests.RequestException, ValueError):
        raise _unreachable(cfg) from None
    needed = ("issuer", "authorization_endpoint", "token_endpoint", "jwks_uri")
    # Discovery 4.3: the document's issuer must be the one asked for, or its keys vouch for someone else.
    if (
        not isinstance(document, dict)
        or any(not isinstance(document.get(key), str) for key in needed)
        or document["issuer"].rstrip("/") != cfg.issuer.rstrip("/")
    ):
        raise _unreachable(cfg)
    with _metadata_lock:
        _metadata[cfg.issuer] = (time.monotonic(), document)
    return document


def library_settings(cfg: Config, document: dict[str, Any]) -> dict[str, Any]:
    """What mozilla-django-oidc reads from Django settings, from our settings and the discovery document."""
    methods = document.get("token_endpoint_auth_methods_supported", ["client_secret_basic"])
    return {
        "OIDC_OP_AUTHORIZATION_ENDPOINT": document["authorization_endpoint"],
        "OIDC_OP_TOKEN_ENDPOINT": document["token_endpoint"],
        "OIDC_OP_USER_ENDPOINT": document.get("userinfo_endpoint"),
        "OIDC_OP_JWKS_ENDPOINT": document["jwks_uri"],
        "OIDC_RP_CLIENT_ID": cfg.client_id,
        "OIDC_RP_CLIENT_SECRET": cfg.client_secret,
        "OIDC_RP_SIGN_ALGO": "RS256",
        "OIDC_RP_SCOPES": cfg.scopes,
        "OIDC_USE_NONCE": True,
        "OIDC_USE_PKCE": True,
        "OIDC_PKCE_CODE_CHALLENGE_METHOD": "S256",
        "OIDC_AUTHENTICATION_CALLBACK_URL": "oidc-callback",
        "OIDC_REDIRECT_FIELD_NAME": "next",
        "OIDC_TIMEOUT": cfg.timeout,
        "OIDC_VERIFY_SSL": True,
        # Basic is the default method (RFC 6749 2.3.1); a provider that lists only `post` gets the form.
        "OIDC_TOKEN_USE_BASIC_AUTH": "client_secret_basic" in methods,
        "OIDC_ALLOW_UNSECURED_JWT": False,
    }


class Client(OIDCAuthenticationBackend):
    """The library's code exchange and key lookup, set up from discovery, checking what it leaves out.

    Not an authentication backend in AUTHENTICATION_BACKENDS: program/views/oidc.py calls it, and the
    account is chosen by program.identity."""

    def __init__(self, cfg: Config, request: HttpRequest) -> None:
        self.cfg = cfg
        self.request = request
        self.document = metadata(cfg)
        self.values = library_settings(cfg, self.document)
        super().__init__()

    def get_settings(self, attr: str, *args: Any) -> Any:
        if attr in self.values:
            return self.values[attr]
        return import_from_settings(attr, *args)

    def exchange(self, code: str, code_verifier: str) -> dict[str, Any]:
        """Trade the code (and the PKCE verifier) for tokens at the token endpoint."""
        payload = {
            "client_id": self.cfg.client_id,
            "client_secret": self.cfg.client_secret,
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": self.request.build_absolute_uri(reverse("oidc-callback")),
            "code_verifier": code_verifier,
        }
        try:
            tokens = self.get_token(payload)
        except requests.HTTPError:
            raise Refused(
                "provider refused the code",
                f"{capfirst(self.cfg.display_name)} did not accept this sign-in "
                "(it may have taken too long). Try again.",
            ) from None
        except (requests.RequestException, ValueError):
            raise _unreachable(self.cfg) from None
        if not isinstance(tokens, dict) or not isinstance(tokens.get("id_token"), str):
            raise Refused("no ID token in the answer", not_verified(self.cfg))
        return tokens

    def verify_token(self, token: str, **kwargs: Any) -> dict[str, Any]:
        """The ID token's signature (RS256, the provider's JWKS key), issuer, audience, expiry and nonce.

        `kwargs` has `nonce` for an ID token; a signed userinfo answer (also checked here by the
        library) carries none."""
        try:
            key = self.retrieve_matching_jwk(token)
            claims = jwt.decode(
                token,
                key,
                algorithms=["RS256"],
                audience=self.cfg.client_id,
                issuer=self.document["issuer"],
                leeway=CLOCK_LEEWAY,
                options={"require": ["iss", "aud", "exp", "iat", "sub"]},
            )
        except jwt.ExpiredSignatureError:
            raise Refused("ID token expired", not_verified(self.cfg, "it had expired")) from None
        except jwt.InvalidAudienceError:
            raise Refused(
                "ID token for another audience", not_verified(self.cfg, "it was meant for another service")
            ) from None
        except jwt.InvalidIssuerError:
            raise Refused(
                "ID token from another issuer", not_verified(self.cfg, "it came from another issuer")
            ) from None
        except (jwt.InvalidSignatureError, SuspiciousOperation):
            # SuspiciousOperation: the library found no key of the provider's with the token's key id.
            raise Refused(
                "ID token signature invalid", not_verified(self.cfg, "its signature is wrong")
            ) from None
        except (jwt.PyJWTError, requests.RequestException, ValueError, KeyError):
            raise Refused("ID token unreadable", not_verified(self.cfg)) from None
        # OpenID Connect Core 3.1.3.7: with several audiences, the authorized party must be us.
        audiences = claims["aud"] if isinstance(claims["aud"], list) else [claims["aud"]]
        if len(audiences) > 1 and claims.get("azp") != self.cfg.client_id:
            raise Refused(
                "ID token for another audience", not_verified(self.cfg, "it was meant for another service")
            )
        if "nonce" in kwargs and claims.get("nonce") != kwargs["nonce"]:
            raise Refused(
                "ID token nonce mismatch", not_verified(self.cfg, "it answered a different sign-in request")
            )
        return claims

    def userinfo(self, access_token: str | None, id_token: str, claims: dict[str, Any]) -> dict[str, Any]:
        """Claims from the userinfo endpoint (providers often keep e-mail there), for the same subject."""
        if not access_token or not self.values["OIDC_OP_USER_ENDPOINT"]:
            return {}
        try:
            info = self.get_userinfo(access_token, id_token, claims)
        except (requests.RequestException, ValueError):
            raise _unreachable(self.cfg) from None
        # OpenID Connect Core 5.3.2: userinfo for another subject must not be used.
        if not isinstance(info, dict) or info.get("sub") != claims["sub"]:
            raise Refused("userinfo for another subject", not_verified(self.cfg))
        return info


def not_verified(cfg: Config, why: str = "") -> str:
    because = f" because {why}" if why else ""
    return (
        f"The sign-in from {cfg.display_name} could not be accepted{because}. Nothing was changed. "
        "Try again, and if it keeps happening tell your program coordinator."
    )


def second_factor_done(claims: dict[str, Any], cfg: Config) -> bool:
    """Whether the ID token says the provider did a second factor (`amr` per RFC 8176, or a configured
    `acr`)."""
    acr = claims.get("acr")
    if isinstance(acr, str) and acr in cfg.mfa_acr_values:
        return True
    amr = claims.get("amr")
    if not isinstance(amr, list):
        return False
    methods = {value for value in amr if isinstance(value, str)}
    if "mfa" in methods:
        return True
    kinds = [bool(methods & kind) for kind in (_KNOWLEDGE, _POSSESSION, _INHERENCE)]
    return sum(kinds) >= 2


def assertion(cfg: Config, claims: dict[str, Any], userinfo: dict[str, Any]) -> Assertion:
    """What the provider said about the person: ID token claims, completed by userinfo."""
    merged = {**userinfo, **claims}
    email = merged.get(cfg.email_claim)
    return Assertion(
        provider=PROVIDER,
        subject=str(claims["sub"]),
        email=email if isinstance(email, str) else "",
        # Only a JSON true counts: some providers send the string "false".
        email_verified=merged.get(cfg.email_verified_claim) is True,
        first_name=str(merged.get("given_name") or ""),
        last_name=str(merged.get("family_name") or ""),
        second_factor_done=second_factor_done(claims, cfg),
    )


def logout_url(request: HttpRequest, id_token: str) -> str | None:
    """The provider's end-session URL (RP-initiated logout 1.0) for this sign-in, or None when the
    provider has none or cannot be reached (the person is still signed out here)."""
    cfg = config()
    if cfg is None:
        return None
    try:
        endpoint = metadata(cfg).get("end_session_endpoint")
    except IdentityRefused:
        return None
    if not isinstance(endpoint, str) or not endpoint:
        return None
    query = urlencode(
        {
            "id_token_hint": id_token,
            "post_logout_redirect_uri": request.build_absolute_uri(reverse(settings.LOGOUT_REDIRECT_URL)),
            "client_id": cfg.client_id,
        }
    )
    return f"{endpoint}{'&' if '?' in endpoint else '?'}{query}"
