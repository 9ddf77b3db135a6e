"""SAML 2.0 sign-in (SP-initiated web browser SSO) through one institution's identity provider.

The protocol is OneLogin's python3-saml toolkit (signature checks through the `xmlsec` binding, strict
mode): it checks the signature over the assertion with the IdP's certificate from its metadata, the
issuer, the audience (our entity id), the destination (our assertion consumer service), NotBefore and
NotOnOrAfter, and InResponseTo against the request this browser started. This module adds what the
toolkit leaves to its user: the request's id kept in a signed cookie until the response comes back, the
replay check (an accepted response or assertion id is refused until it expires), the choice of the
person's stable id and e-mail address from the assertion, whether the IdP did a second factor
(SAML_MFA_CONTEXTS), and an audited refusal for each way a response can be wrong. Which account the
person reaches is program/identity.py's rule, shared with OpenID Connect.

Unsolicited (IdP-initiated) responses are refused: without a request of ours to answer, a response
captured elsewhere could sign this browser in as someone else.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth import logout
from django.core import signing
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.core.signing import BadSignature
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import timezone
from onelogin.saml2.auth import OneLogin_Saml2_Auth
from onelogin.saml2.constants import OneLogin_Saml2_Constants
from onelogin.saml2.errors import OneLogin_Saml2_Error, OneLogin_Saml2_ValidationError
from onelogin.saml2.idp_metadata_parser import OneLogin_Saml2_IdPMetadataParser
from onelogin.saml2.response import OneLogin_Saml2_Response
from onelogin.saml2.settings import OneLogin_Saml2_Settings

from program import audit, identity
from program.models import AuditAction, SamlResponseOutcome, SamlResponseReceived

NAMEID_PERSISTENT = "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent"
# The person's stable, per-service ids when the NameID is not persistent (REFEDS / eduPerson).
PAIRWISE_ID = "urn:oasis:names:tc:SAML:attribute:pairwise-id"
TARGETED_ID = "urn:oid:1.3.6.1.4.1.5923.1.1.1.10"
SUBJECT_ID = "urn:oasis:names:tc:SAML:attribute:subject-id"
PRINCIPAL_NAME = "urn:oid:1.3.6.1.4.1.5923.1.1.1.6"
GIVEN_NAME = "urn:oid:2.5.4.42"
SURNAME = "urn:oid:2.5.4.4"

# In the session of a person signed in through SAML: what a LogoutRequest must name (their NameID as the
# IdP issued it, and the IdP's session index); and, after signing out, the LogoutRequest's id.
LOGOUT_SESSION_KEY = "saml_logout"
LOGOUT_REQUEST_SESSION_KEY = "saml_logout_request"
REQUEST_COOKIE = "saml_request"
REQUEST_COOKIE_SALT = "program.saml.request"
# How long the IdP may take to send the person back (they may have to type a password and a code).
REQUEST_SECONDS = 15 * 60
# Clock difference tolerated between the IdP and us (the toolkit's own allowance).
CLOCK_SKEW = timedelta(seconds=OneLogin_Saml2_Constants.ALLOWED_CLOCK_DRIFT)
METADATA_URL_REFRESH_SECONDS = 60 * 60


class SamlRefused(Exception):
    """A response that signs nobody in: `reason` is a short fixed phrase for the audit trail, `message`
    what the person reads on the sign-in page."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.message = message


# What an unreachable or unreadable metadata URL or file, or a bad key, raises: the sign-in is
# unavailable (a message on the sign-in page), never a server error.
UNAVAILABLE = (ImproperlyConfigured, OneLogin_Saml2_Error, OSError, ValueError, SyntaxError)


def enabled() -> bool:
    return bool(settings.SAML_IDP_METADATA_FILE or settings.SAML_IDP_METADATA_URL)


def display_name() -> str:
    return str(settings.SAML_DISPLAY_NAME)


_metadata_cache: dict[str, tuple[float, dict[str, Any]]] = {}


def idp_settings() -> dict[str, Any]:
    """The IdP's entity id, sign-on and logout URLs and signing certificates, from its metadata.

    A file is re-read when it changes; a URL is fetched again after an hour (federations re-sign
    and rotate their metadata)."""
    path, url = settings.SAML_IDP_METADATA_FILE, settings.SAML_IDP_METADATA_URL
    if path:
        try:
            stamp = Path(path).stat().st_mtime
        except OSError as error:
            raise ImproperlyConfigured(f"SAML_IDP_METADATA_FILE={path!r} cannot be read: {error}.") from None
        key = f"file:{path}"
        cached = _metadata_cache.get(key)
        if cached is None or cached[0] != stamp:
            parsed = OneLogin_Saml2_IdPMetadataParser.parse(Path(path).read_text())
            cached = (stamp, parsed)
            _metadata_cache[key] = cached
    else:
        key = f"url:{url}"
        cached = _metadata_cache.get(key)
        if cached is None or time.time() - cached[0] > METADATA_URL_REFRESH_SECONDS:
            parsed = OneLogin_Saml2_IdPMetadataParser.parse_remote(url, timeout=10)
            cached = (time.time(), parsed)
            _metadata_cache[key] = cached
    idp = cached[1].get("idp")
    if not isinstance(idp, dict) or not idp.get("entityId") or not idp.get("singleSignOnService"):
        raise ImproperlyConfigured(
            "The SAML IdP metadata names no entity id or HTTP-Redirect sign-on service."
        )
    return idp


def _read(path: str) -> str:
    if not path:
        return ""
    try:
        return Path(path).read_text()
    except OSError as error:
        raise ImproperlyConfigured(f"{path!r} cannot be read: {error}.") from None


def toolkit_settings(request: HttpRequest, *, sp_only: bool = False) -> OneLogin_Saml2_Settings:
    cert, key = _read(settings.SAML_SP_CERT_FILE), _read(settings.SAML_SP_KEY_FILE)
    signing = bool(key)
    config: dict[str, Any] = {
        "strict": True,
        "debug": False,
        "sp": {
            "entityId": settings.SAML_SP_ENTITY_ID,
            "assertionConsumerService": {
                "url": request.build_absolute_uri(reverse("saml-acs")),
                "binding": OneLogin_Saml2_Constants.BINDING_HTTP_POST,
            },
            "singleLogoutService": {
                "url": request.build_absolute_uri(reverse("saml-sls")),
                "binding": OneLogin_Saml2_Constants.BINDING_HTTP_REDIRECT,
            },
            "NameIDFormat": NAMEID_PERSISTENT,
            "x509cert": cert,
            "privateKey": key,
        },
        "security": {
            "authnRequestsSigned": signing,
            "logoutRequestSigned": signing,
            "wantAssertionsSigned": True,
            "wantMessagesSigned": False,
            "wantNameId": False,
            "wantAttributeStatement": False,
            "requestedAuthnContext": False,
            "rejectDeprecatedAlgorithm": True,
            "allowRepeatAttributeName": True,
            "signatureAlgorithm": OneLogin_Saml2_Constants.RSA_SHA256,
            "digestAlgorithm": OneLogin_Saml2_Constants.SHA256,
        },
    }
    if not sp_only:
        config["idp"] = idp_settings()
    return OneLogin_Saml2_Settings(config, sp_validation_only=sp_only)


def metadata_xml(request: HttpRequest) -> str:
    """This service's metadata for the IdP or federation: entity id, assertion consumer service, the
    NameID format asked for, and its certificate when one is configured."""
    saml_settings = toolkit_settings(request, sp_only=True)
    xml = saml_settings.get_sp_metadata()
    return xml.decode() if isinstance(xml, bytes) else str(xml)


def _request_data(request: HttpRequest) -> dict[str, Any]:
    return {
        "https": "on" if request.is_secure() else "off",
        "http_host": request.get_host(),
        "script_name": request.path,
        "get_data": request.GET.dict(),
        "post_data": request.POST.dict(),
    }


def start(request: HttpRequest, *, next_url: str) -> HttpResponse:
    """Send the browser to the IdP with a new AuthnRequest, remembering its id in a signed cookie.

    The cookie, not the session: the IdP posts the response back from its own site, and a browser
    sends no SameSite=Lax session cookie with a cross-site POST. Over HTTPS the cookie is SameSite=None
    (so it comes back with that POST) and Secure; it holds only the request id and where to go next."""
    auth = OneLogin_Saml2_Auth(_request_data(request), old_settings=toolkit_settings(request))
    # No NameIDPolicy: a Shibboleth IdP refuses a format it was not set up to release; the persistent
    # format is asked for in our metadata, and other stable ids are accepted from attributes.
    location = auth.login(set_nameid_policy=False)
    response = HttpResponse(status=302)
    response["Location"] = location
    secure = request.is_secure()
    response.set_cookie(
        REQUEST_COOKIE,
        # Signed and compact (URL-safe base64, no characters a cookie must quote).
        signing.dumps(
            {"id": auth.get_last_request_id(), "next": next_url}, salt=REQUEST_COOKIE_SALT, compress=True
        ),
        max_age=REQUEST_SECONDS,
        path=reverse("saml-acs"),
        secure=secure,
        httponly=True,
        samesite="None" if secure else "Lax",
    )
    return response


@dataclass(frozen=True)
class Pending:
    request_id: str
    next_url: str


def pending_request(request: HttpRequest) -> Pending | None:
    raw = request.COOKIES.get(REQUEST_COOKIE)
    if not raw:
        return None
    try:
        value = signing.loads(raw, salt=REQUEST_COOKIE_SALT, max_age=REQUEST_SECONDS)
    except (BadSignature, ValueError):
        return None
    if not isinstance(value, dict) or not isinstance(value.get("id"), str):
        return None
    next_url = value.get("next")
    return Pending(value["id"], next_url if isinstance(next_url, str) else "")


# What the person reads for each way a response can be wrong (the toolkit's error codes).
_V = OneLogin_Saml2_ValidationError
_REFUSALS: dict[int, tuple[str, str]] = {
    _V.INVALID_SIGNATURE: ("signature invalid", "its signature does not match"),
    _V.INVALID_SIGNED_ELEMENT: ("signature invalid", "its signature does not match"),
    _V.WRONG_SIGNED_ELEMENT: ("signature invalid", "its signature does not match"),
    _V.NO_SIGNED_ASSERTION: ("assertion unsigned", "its assertion is not signed"),
    _V.NO_SIGNATURE_FOUND: ("assertion unsigned", "its assertion is not signed"),
    _V.WRONG_AUDIENCE: ("wrong audience", "it was meant for another service"),
    _V.WRONG_DESTINATION: ("wrong destination", "it was sent to another address"),
    _V.WRONG_ISSUER: ("wrong issuer", "it came from an identity provider this service does not trust"),
    _V.ASSERTION_EXPIRED: ("expired", "it has expired"),
    _V.RESPONSE_EXPIRED: ("expired", "it has expired"),
    _V.SESSION_EXPIRED: ("expired", "it has expired"),
    _V.ASSERTION_TOO_EARLY: ("not yet valid", "it is not valid yet (check the clocks)"),
    _V.WRONG_INRESPONSETO: ("unexpected InResponseTo", "it answers a sign-in this browser did not start"),
    _V.STATUS_CODE_IS_NOT_SUCCESS: ("IdP did not sign in", "your institution did not sign you in"),
}


def _expiry(response: OneLogin_Saml2_Response) -> datetime | None:
    stamp = response.get_assertion_not_on_or_after()
    return datetime.fromtimestamp(stamp, tz=UTC) if stamp else None


def _first(value: Any) -> str:
    """An attribute's first value as text; a NameID value (eduPersonTargetedID) gives its text."""
    if isinstance(value, list):
        value = value[0] if value else ""
    if isinstance(value, dict):
        value = (value.get("NameID") or {}).get("value", "")
    return value.strip() if isinstance(value, str) else ""


def subject_of(response: OneLogin_Saml2_Response, attributes: dict[str, Any]) -> str:
    """The person's stable id at the IdP for this service: a persistent NameID, else pairwise-id, else
    eduPersonTargetedID, else subject-id, else eduPersonPrincipalName. A transient NameID never is."""
    try:
        if response.get_nameid_format() == NAMEID_PERSISTENT and response.get_nameid():
            return str(response.get_nameid())
    except OneLogin_Saml2_ValidationError:
        pass  # no NameID: the attributes below
    for name in (PAIRWISE_ID, TARGETED_ID, SUBJECT_ID, PRINCIPAL_NAME):
        value = _first(attributes.get(name))
        if value:
            return value
    return ""


def _email(attributes: dict[str, Any]) -> str:
    email = _first(attributes.get(settings.SAML_EMAIL_ATTRIBUTE))
    try:
        validate_email(email)
    except ValidationError:
        return ""
    return email


def _refuse(idp: str, response_id: str, assertion_id: str, refusal: SamlRefused) -> SamlRefused:
    """Record a refused response (ids only) and its audit event; return the refusal to raise."""
    record = SamlResponseReceived.objects.create(
        idp=idp[:200],
        response_id=response_id[:255],
        assertion_id=assertion_id[:255],
        outcome=SamlResponseOutcome.REFUSED,
        keep_until=timezone.now() + timedelta(seconds=REQUEST_SECONDS),
    )
    audit.record(None, AuditAction.CREATE, record, summary=f"SAML sign-in refused: {refusal.reason}")
    return refusal


def _message(why: str) -> str:
    return f"Sign-in with {display_name()} was refused: {why}. Nothing was changed. Try signing in again."


def consume(request: HttpRequest) -> str:
    """Check the posted SAML response and sign its person in; return where to send them next.
    Raises SamlRefused (recorded and audited) for any response that cannot sign anyone in."""
    SamlResponseReceived.objects.filter(keep_until__lt=timezone.now() - CLOCK_SKEW).delete()
    idp = idp_settings()
    idp_id = str(idp["entityId"])
    raw = request.POST.get("SAMLResponse", "")
    if not raw:
        raise _refuse(idp_id, "", "", SamlRefused("no response", _message("no SAML response was sent")))
    saml_settings = toolkit_settings(request)
    try:
        response = OneLogin_Saml2_Response(saml_settings, raw)
        response_id = str(response.document.get("ID") or "")
    except Exception:  # the toolkit raises many kinds for malformed base64 or XML; all mean unreadable
        raise _refuse(
            idp_id, "", "", SamlRefused("unreadable", _message("the response could not be read"))
        ) from None
    try:
        assertion_id = str(response.get_assertion_id() or "")
    except Exception:  # not exactly one assertion: is_valid below refuses it and says why
        assertion_id = ""

    # Before the signature: a copy of a response already used is refused for what it is.
    ids = [i for i in (response_id, assertion_id) if i]
    if (
        ids
        and SamlResponseReceived.objects.filter(
            idp=idp_id, outcome=SamlResponseOutcome.ACCEPTED, keep_until__gte=timezone.now() - CLOCK_SKEW
        )
        .filter(Q(response_id__in=ids) | Q(assertion_id__in=ids))
        .exists()
    ):
        raise _refuse(
            idp_id, response_id, assertion_id, SamlRefused("replayed", _message("it was already used"))
        )
    pending = pending_request(request)
    if pending is None:
        raise _refuse(
            idp_id,
            response_id,
            assertion_id,
            SamlRefused(
                "not started here",
                _message("this browser did not start that sign-in here, or it took longer than 15 minutes"),
            ),
        )
    try:
        response.is_valid(_request_data(request), request_id=pending.request_id, raise_exceptions=True)
    except OneLogin_Saml2_ValidationError as error:
        reason, why = _REFUSALS.get(error.code, ("invalid", "it is not a valid response for this service"))
        raise _refuse(idp_id, response_id, assertion_id, SamlRefused(reason, _message(why))) from None
    except Exception:  # e.g. OneLogin_Saml2_Error for an assertion that cannot be decrypted
        raise _refuse(
            idp_id,
            response_id,
            assertion_id,
            SamlRefused("invalid", _message("it is not a valid response for this service")),
        ) from None
    expiry = _expiry(response)
    if expiry is None:
        # An assertion valid forever could be replayed after we forget its id.
        raise _refuse(
            idp_id, response_id, assertion_id, SamlRefused("no expiry", _message("it has no expiry time"))
        )

    attributes = response.get_attributes()
    contexts = set(response.get_authn_contexts())
    assertion = identity.Assertion(
        provider=f"saml:{idp_id}",
        subject=subject_of(response, attributes),
        email=_email(attributes),
        # The institution's IdP asserts the address from its own directory: it counts as verified.
        email_verified=True,
        first_name=_first(attributes.get(GIVEN_NAME)),
        last_name=_first(attributes.get(SURNAME)),
        second_factor_done=bool(contexts & set(settings.SAML_MFA_CONTEXTS)),
    )
    try:
        with transaction.atomic():
            record = SamlResponseReceived.objects.create(
                idp=idp_id[:200],
                response_id=response_id[:255],
                assertion_id=assertion_id[:255],
                outcome=SamlResponseOutcome.ACCEPTED,
                keep_until=expiry + CLOCK_SKEW,
            )
    except IntegrityError:
        # The same response posted twice at once: the other one is being used.
        raise _refuse(
            idp_id, response_id, assertion_id, SamlRefused("replayed", _message("it was already used"))
        ) from None
    try:
        target = identity.sign_in(request, assertion, next_url=pending.next_url)
    except identity.IdentityRefused as refused:
        audit.record(None, AuditAction.CREATE, record, summary="SAML sign-in refused: no account matched")
        raise SamlRefused("no account matched", refused.message) from None
    _remember_for_logout(request, response)
    actor = request.user if request.user.is_authenticated else None
    audit.record(
        actor,
        AuditAction.CREATE,
        record,
        summary="SAML sign-in accepted"
        + (" (IdP did a second factor)" if assertion.second_factor_done else ""),
    )
    return target


def _remember_for_logout(request: HttpRequest, response: OneLogin_Saml2_Response) -> None:
    try:
        name_id = response.get_nameid()
    except OneLogin_Saml2_ValidationError:
        return  # no NameID: a LogoutRequest could not name the person
    if not name_id:
        return
    request.session[LOGOUT_SESSION_KEY] = {
        "name_id": name_id,
        "format": response.get_nameid_format(),
        "nq": response.get_nameid_nq(),
        "spnq": response.get_nameid_spnq(),
        "session_index": response.get_session_index(),
    }


def can_sign_out_at_idp(request: HttpRequest) -> bool:
    """Signed in through SAML, and the IdP publishes a single logout service."""
    if not enabled() or not isinstance(request.session.get(LOGOUT_SESSION_KEY), dict):
        return False
    try:
        return bool((idp_settings().get("singleLogoutService") or {}).get("url"))
    except UNAVAILABLE:
        return False


def sign_out(request: HttpRequest) -> str | None:
    """End this session, and return where to send the browser so the IdP ends its own (a
    LogoutRequest, its id kept in the new session to check the answer), or None if it cannot."""
    held = request.session.get(LOGOUT_SESSION_KEY)
    location = None
    if isinstance(held, dict) and can_sign_out_at_idp(request):
        auth = OneLogin_Saml2_Auth(_request_data(request), old_settings=toolkit_settings(request))
        location = auth.logout(
            return_to=request.build_absolute_uri(reverse("login")),
            name_id=held.get("name_id"),
            session_index=held.get("session_index"),
            nq=held.get("nq"),
            name_id_format=held.get("format"),
            spnq=held.get("spnq"),
        )
        request_id = auth.get_last_request_id()
    logout(request)
    if location is not None:
        request.session[LOGOUT_REQUEST_SESSION_KEY] = request_id
    return location


def signed_out_at_idp(request: HttpRequest) -> bool:
    """Check the IdP's LogoutResponse to our LogoutRequest (issuer, destination, InResponseTo, status)."""
    request_id = request.session.pop(LOGOUT_REQUEST_SESSION_KEY, None)
    if not isinstance(request_id, str):
        return False
    auth = OneLogin_Saml2_Auth(_request_data(request), old_settings=toolkit_settings(request))
    auth.process_slo(keep_local_session=True, request_id=request_id)
    return not auth.get_errors()
