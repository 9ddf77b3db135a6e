"""SAML 2.0 sign-in pages: this service's metadata, the start of a sign-in, and the assertion consumer
service the IdP posts back to. All 404 when SAML is not configured. The rules are in program/saml.py."""

from __future__ import annotations

import logging

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import redirect
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
