"""SAML 2.0 sign-in pages: this service's metadata, the start of a sign-in, and the assertion consumer
service the IdP posts back to. All 404 when SAML is not configured. The rules are in program/saml.py."""

from __future__ import annotations

import logging

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout as auth_logout
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from program import saml
from program.access import public

logger = logging.getLogger(__name__)


def _configured() -> None:
    if not saml.enabled():
        raise Http404


@public
@require_GET
def metadata(request: HttpRequest) -> HttpResponse:
    """Public: the IdP or federation fetches it to register this service (README "SAML")."""
    _configured()
    return HttpResponse(saml.metadata_xml(request), content_type="application/samlmetadata+xml")


def _unavailable(request: HttpRequest, error: Exception) -> HttpResponse:
    """The IdP's metadata cannot be fetched or read, or our key cannot: an operator's problem, said
    plainly to the person (and logged for the operator, without anything about the person)."""
    logger.error("SAML sign-in unavailable: %s", error)
    messages.error(
        request, f"Sign-in with {saml.display_name()} is not available right now. Try again later."
    )
    return redirect("login")


@public
@require_GET
def login(request: HttpRequest) -> HttpResponse:
    _configured()
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = ""
    try:
        return saml.start(request, next_url=next_url or reverse(settings.LOGIN_REDIRECT_URL))
    except saml.UNAVAILABLE as error:
        return _unavailable(request, error)


@public
# The IdP's page posts here from its own site: the signed response answering our request is the check.
@csrf_exempt
@require_POST
def acs(request: HttpRequest) -> HttpResponseBase:
    _configured()
    response: HttpResponseBase
    try:
        target = saml.consume(request)
    except saml.SamlRefused as refused:
        messages.error(request, refused.message)
        response = redirect("login")
    except saml.UNAVAILABLE as error:
        response = _unavailable(request, error)
    else:
        response = redirect(target)
    # A request is answered once, accepted or not.
    response.delete_cookie(saml.REQUEST_COOKIE, path=request.path)
    return response


@public  # like Django's sign-out: a POST (with its CSRF token) from any session, signed in or not
@require_POST
def logout(request: HttpRequest) -> HttpResponseBase:
    """Sign out here and, for a person who signed in through SAML, at the IdP too (single logout)."""
    _configured()
    try:
        location = saml.sign_out(request)
    except saml.UNAVAILABLE as error:
        auth_logout(request)
        return _unavailable(request, error)
    if location is None:
        return redirect("login")
    # A page that moves on to the IdP rather than a redirect: the sign-out form's page allows forms to
    # post only to this site (CSP form-action), which a browser applies to the redirect as well.
    return render(
        request, "registration/saml_signing_out.html", {"location": location, "name": saml.display_name()}
    )


@public
@require_GET
def single_logout_service(request: HttpRequest) -> HttpResponseBase:
    """Where the IdP sends the browser back after ending its session (a LogoutResponse)."""
    _configured()
    if "SAMLResponse" not in request.GET:
        # An IdP-initiated LogoutRequest (another service signed the person out) is not supported.
        messages.info(
            request, f"To sign out, use Sign out here; {saml.display_name()} cannot do it from there."
        )
        return redirect("login")
    try:
        confirmed = saml.signed_out_at_idp(request)
    except saml.UNAVAILABLE as error:
        return _unavailable(request, error)
    except Exception:  # a malformed LogoutResponse: the person is signed out here anyway
        confirmed = False
    if confirmed:
        messages.success(request, f"You are signed out, here and at {saml.display_name()}.")
    else:
        messages.warning(
            request,
            f"You are signed out here, but {saml.display_name()} did not confirm signing you out there. "
            "Close the browser to be sure.",
        )
    return redirect("login")
