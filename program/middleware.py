"""Per-request context the domain layer needs without views passing it along."""

from __future__ import annotations

import ipaddress
from collections.abc import Callable
from contextvars import ContextVar

from django.conf import settings
from django.http import HttpRequest, HttpResponse

# The client address of the request being served, for the audit trail.
current_source_ip: ContextVar[str | None] = ContextVar("current_source_ip", default=None)


def client_ip(request: HttpRequest) -> str | None:
    """The address the request came from: the one place the audit trail and sign-in throttling ask.

    With no proxy configured (TRUSTED_PROXY_COUNT = 0) this is the socket's peer and any forwarding
    header is ignored, because a client can send one. Behind N proxies that each append the address
    they saw, the client is the Nth entry from the right; entries further left were written by the
    client and could be forged.
    """
    remote = request.META.get("REMOTE_ADDR") or None
    proxies = settings.TRUSTED_PROXY_COUNT
    if not proxies:
        return remote
    entries = [entry.strip() for entry in request.META.get(settings.CLIENT_IP_HEADER, "").split(",")]
    if len(entries) < proxies:
        # The request did not come through every proxy we run; its nearest peer is all we know.
        return remote
    candidate = entries[-proxies]
    try:
        ipaddress.ip_address(candidate)
    except ValueError:
        return remote
    return candidate


class RequestContextMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = current_source_ip.set(client_ip(request))
        try:
            return self.get_response(request)
        finally:
            current_source_ip.reset(token)
