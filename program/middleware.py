"""Per-request context the domain layer needs without views passing it along."""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar

from django.conf import settings
from django.http import HttpRequest, HttpResponse

# The client address of the request being served, for the audit trail.
current_source_ip: ContextVar[str | None] = ContextVar("current_source_ip", default=None)


def client_ip(request: HttpRequest) -> str | None:
    if settings.AUDIT_TRUST_X_FORWARDED_FOR:
        # Our proxy appends the address it saw: the rightmost entry. Entries to its left come from
        # the client and could be forged.
        forwarded = [entry.strip() for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        if forwarded[-1]:
            return forwarded[-1]
    return request.META.get("REMOTE_ADDR") or None


class RequestContextMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = current_source_ip.set(client_ip(request))
        try:
            return self.get_response(request)
        finally:
            current_source_ip.reset(token)
