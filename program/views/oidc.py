"""Sign-in through the institution's OpenID Connect provider (program/oidc.py): start and callback.

`start` is mozilla-django-oidc's authorization request (state, nonce, PKCE S256 kept in the session).
`callback` is ours, thin: it takes the state's nonce and verifier out of the session (once), has the
library exchange the code and the checks in program/oidc.py verify the ID token, then hands the claims to
program.identity, which picks the account and whether the second step is needed. Every refusal lands on
the sign-in page with a message and (once a started sign-in comes back) an audit event; none creates
anything. Both routes 404 while OIDC is
not configured.
"""

from __future__ import annotations

import re
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import capfirst
from django.views.generic import View
from mozilla_django_oidc.views import OIDCAuthenticationRequestView

from program import identity, oidc
from program.access import public
from program.extensions import landing_for


def _refuse(
    request: HttpRequest, refused: identity.IdentityRefused, *, audited: bool = False
) -> HttpResponse:
    if not audited:
        identity.record_refusal(oidc.PROVIDER, refused)
    messages.error(request, refused.message)
    return redirect("login")


class StartView(OIDCAuthenticationRequestView):
    """Send the person to the provider, remembering state, nonce and the PKCE verifier in the session."""

    def __init__(self, **kwargs: Any) -> None:
        # Not the library's __init__, which reads endpoints from settings: ours come from discovery, per
        # request, in `get`.
        View.__init__(self, **kwargs)
        self.values: dict[str, Any] = {}

    def get_settings(self, attr: str, *args: Any) -> Any:
        if attr in self.values:
            return self.values[attr]
        return super().get_settings(attr, *args)

    def get(self, request: HttpRequest) -> HttpResponse:
        cfg = oidc.config()
        if cfg is None:
            raise Http404
        try:
            self.values = oidc.library_settings(cfg, oidc.metadata(cfg))
        except identity.IdentityRefused as refused:
            return _refuse(request, refused)
        self.OIDC_OP_AUTH_ENDPOINT = self.values["OIDC_OP_AUTHORIZATION_ENDPOINT"]
        self.OIDC_RP_CLIENT_ID = cfg.client_id
        return super().get(request)


start = public(StartView.as_view())

_ERROR_CODE = re.compile(r"[a-z_]{1,40}")


@public
def callback(request: HttpRequest) -> HttpResponseBase:
    cfg = oidc.config()
    if cfg is None:
        raise Http404
    states = request.session.get("oidc_states")
    state = request.GET.get("state", "")
    # Taken out whatever happens next: a state answers one sign-in, once.
    pending = states.pop(state, None) if isinstance(states, dict) else None
    request.session.modified = True
    next_url = request.session.pop("oidc_login_next", None)
    error = request.GET.get("error", "")
    if error:
        code = error if _ERROR_CODE.fullmatch(error) else "error"
        return _refuse(
            request,
            oidc.Refused(
                f"provider answered {code}",
                f"{capfirst(cfg.display_name)} did not sign you in ({code.replace('_', ' ')}). "
                "Try again, or sign in with your username and password.",
            ),
        )
    code = request.GET.get("code", "")
    if (
        not isinstance(pending, dict)
        or not code
        or not pending.get("code_verifier")
        or not pending.get("nonce")
    ):
        # Not audited: nothing reached the provider, and anyone can send this URL any number of times.
        messages.error(
            request,
            "This sign-in was not started here or took too long (or the browser lost its cookie). "
            "Start again.",
        )
        return redirect("login")
    try:
        client = oidc.Client(cfg, request)
        # RFC 9207: a provider that names itself in the answer must be ours (mix-up attacks).
        if "iss" in request.GET and request.GET["iss"] != client.document["issuer"]:
            raise oidc.Refused(
                "authorization answer from another issuer",
                oidc.not_verified(cfg, "it came from another issuer"),
            )
        tokens = client.exchange(code, pending["code_verifier"])
        id_token = tokens["id_token"]
        claims = client.verify_token(id_token, nonce=pending["nonce"])
        userinfo = client.userinfo(tokens.get("access_token"), id_token, claims)
    except identity.IdentityRefused as refused:
        return _refuse(request, refused)
    assertion = oidc.assertion(cfg, claims, userinfo)
    target = next_url if isinstance(next_url, str) and next_url else ""
    if not target or not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = ""
    try:
        destination = identity.sign_in(
            request, assertion, next_url=target or reverse(settings.LOGIN_REDIRECT_URL)
        )
    except identity.IdentityRefused as refused:
        # identity.sign_in audited it.
        return _refuse(request, refused, audited=True)
    # Kept for signing out at the provider too (program/views/auth.py); it survives the second step.
    request.session[oidc.ID_TOKEN_SESSION_KEY] = id_token
    if not target and request.user.is_authenticated:
        # Signed in (no second step): land where the password sign-in would, such as an open offer.
        destination = landing_for(request.user) or destination
    return redirect(destination)
