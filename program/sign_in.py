"""Sign-in throttling: django-axes' pair lockout plus a cap on failures from one address.

Axes locks a (username, address) pair after AXES_FAILURE_LIMIT failures. That alone lets one address
try a few passwords against every username (password spraying), so this handler also refuses an
address once SIGN_IN_ADDRESS_FAILURE_LIMIT failures from it, across all usernames, fall within the
cool-off. The address limit is higher than the pair limit because many honest people can share one
address (a campus network). Nothing is ever locked by username alone: a stranger elsewhere cannot lock
anyone out, and every lock ends after AXES_COOLOFF_TIME.
"""

from __future__ import annotations

from typing import Any

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username
from axes.models import AccessAttempt
from axes.signals import user_locked_out
from django.conf import settings
from django.db.models import Sum
from django.http import HttpRequest


def failures_from_address(request: HttpRequest) -> int:
    """Failed sign-ins from this request's address, over all usernames, within the cool-off."""
    address = getattr(request, "axes_ip_address", None)
    if not address:
        return 0
    total = AccessAttempt.objects.filter(
        ip_address=address, attempt_time__gte=get_cool_off_threshold(request)
    ).aggregate(total=Sum("failures_since_start"))["total"]
    return total or 0


class SignInAttemptHandler(AxesDatabaseHandler):
    def is_locked(self, request: HttpRequest, credentials: dict[str, Any] | None = None) -> bool:
        if super().is_locked(request, credentials):
            return True
        return failures_from_address(request) >= settings.SIGN_IN_ADDRESS_FAILURE_LIMIT

    def user_login_failed(
        self, sender: Any, credentials: dict[str, Any], request: HttpRequest | None = None, **kwargs: Any
    ) -> None:
        super().user_login_failed(sender, credentials, request, **kwargs)
        if request is None or getattr(request, "axes_locked_out", False):
            return
        # Refuse the failure that reaches the limit itself, as axes does for a pair.
        if failures_from_address(request) >= settings.SIGN_IN_ADDRESS_FAILURE_LIMIT:
            request.axes_locked_out = True  # type: ignore[attr-defined]
            request.axes_credentials = credentials  # type: ignore[attr-defined]
            user_locked_out.send(
                "axes",
                request=request,
                username=get_client_username(request, credentials),
                ip_address=request.axes_ip_address,  # type: ignore[attr-defined]
            )
