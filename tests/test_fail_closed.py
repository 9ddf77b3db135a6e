"""Every URL declares who may use it; nothing is open by accident (STYLE 5)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from rest_framework.permissions import AllowAny
from rest_framework.views import APIView

from api.permissions import NoPermissionDeclared

PUBLIC_PAGES = {
    "login",
    # The sign-in's second step: it serves only a session that gave a right password moments ago
    # (program/views/mfa.py); anyone else is sent back to sign in.
    "login-second-step",
    # The same second step with a passkey (challenge, then answer): it serves only a session that gave a
    # right password moments ago, and answers anyone else 403.
    "passkey-sign-in-options",
    "passkey-sign-in",
    "logout",
    # Sign-in through the institution's OpenID Connect provider: before anyone is signed in, by nature.
    # The callback acts only on a state its own session started (program/views/oidc.py); both 404 while
    # OIDC is not configured.
    "oidc-start",
    "oidc-callback",
    "password_reset",
    "password_reset_done",
    # A calendar app cannot sign in: the feed's unguessable, revocable token is its key.
    "person-calendar",
    # Likewise the program roster's private address of a coordinator or supervisor (404 once revoked or
    # once its holder leaves the role).
    "program-calendar-token",
    "password_reset_confirm",
    "password_reset_complete",
    # The installable app: a browser fetches the manifest without credentials, and registers the service
    # worker before anyone signs in. Neither holds data (the app's name, icons, the worker's code).
    "web-manifest",
    "service-worker",
    # The service worker's renewal of a replaced push subscription: it has no session, so the old
    # subscription's endpoint and auth secret are its key (program/push.py `renew`); 404 without them.
    "push-renew",
    # Browsers fetch /favicon.ico before anyone signs in; it is the app's icon and nothing else.
    "favicon",
    # SAML sign-in (program/saml.py; 404 unless configured): the IdP or federation fetches our metadata
    # (entity id, ACS address, certificate) without credentials; the sign-in starts before anyone is
    # signed in; the IdP's page posts the signed response to the ACS, which is the sign-in itself.
    "saml-metadata",
    "saml-login",
    "saml-acs",
    # Single logout: the sign-out (a POST with its CSRF token, like "logout"), and where the IdP sends the
    # browser back with its LogoutResponse, checked against the LogoutRequest this session sent.
    "saml-logout",
    "saml-sls",
}
PUBLIC_API = {"api:api-token", "api-schema", "api-docs", "api:api-not-found"}


def walk(patterns: list, prefix: str = "", namespace: str = "") -> Iterator[tuple[str, str, URLPattern]]:
    for entry in patterns:
        if isinstance(entry, URLResolver):
            ns = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from walk(entry.url_patterns, prefix + str(entry.pattern), ns)
        else:
            yield prefix + str(entry.pattern), f"{namespace}{entry.name or ''}", entry


def app_patterns() -> list[tuple[str, str, URLPattern]]:
    # The Django admin guards itself (staff only) and is excluded; so are static/media helpers.
    return [
        (route, name, pattern)
        for route, name, pattern in walk(get_resolver().url_patterns)
        if not route.startswith("admin/")
    ]


def drf_view_class(pattern: URLPattern) -> type[APIView] | None:
    callback = pattern.callback
    cls = getattr(callback, "cls", None) or getattr(callback, "view_class", None)
    return cls if isinstance(cls, type) and issubclass(cls, APIView) else None


def test_there_are_urls_to_check() -> None:
    assert len(app_patterns()) > 30


@pytest.mark.parametrize(
    ("route", "name", "pattern"), app_patterns(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_every_url_declares_its_access(route: str, name: str, pattern: URLPattern) -> None:
    cls = drf_view_class(pattern)
    if cls is not None:
        initkwargs = getattr(pattern.callback, "initkwargs", {}) or {}
        # A view that declares nothing inherits the default, NoPermissionDeclared, which refuses everyone.
        declared = list(initkwargs.get("permission_classes", cls.permission_classes))
        assert declared, f"API view {cls.__name__} at {route} has an empty permission list"
        assert NoPermissionDeclared not in declared, (
            f"API view {cls.__name__} at {route} declares no permissions"
        )
        if name not in PUBLIC_API:
            assert AllowAny not in declared, f"{route} is open to anyone"
        return
    access = getattr(pattern.callback, "access", None)
    assert access, f"Page {route} ({name}) has no declared access (@public, @signed_in or @program_view)"
    if access == "public":
        assert name in PUBLIC_PAGES, f"{route} is public but not on the list of public pages"


def _concrete(route: str) -> str:
    route = re.sub(r"<int:\w+>", "1", route)
    route = re.sub(r"<(?:str:|slug:)?\w+>", "x", route)
    route = route.replace("^", "").replace("$", "").replace("\\.(?P<format>[a-z0-9]+)/?", "")
    return "/" + route


@pytest.mark.django_db
def test_anonymous_visitors_get_nothing_but_public_pages() -> None:
    client = Client()
    for route, name, _ in app_patterns():
        if name in PUBLIC_PAGES | PUBLIC_API or "(?P<" in route:
            continue
        url = _concrete(route)
        for method in ("get", "post"):
            response = getattr(client, method)(url)
            assert response.status_code in (302, 401, 403, 404, 405), (
                f"{method.upper()} {url} → {response.status_code}"
            )
            if response.status_code == 302:
                assert response["Location"].startswith("/accounts/login/"), url
