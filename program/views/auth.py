"""Sign-in pages: Django's auth views with our templates, and the lockout answer for django-axes."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse_lazy

from program import oidc
from program.access import public, signed_in


def lockout_message() -> str:
    # One wording for both locks (this account from this network, or this network for any account):
    # saying which would tell a guesser whether the username exists or how close the limit is.
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return (
        "Too many failed sign-in attempts from your network. "
        f"Wait {minutes} minutes and try again, or reset your password."
    )


def lockout_response(
    request: HttpRequest, credentials: dict[str, Any] | None = None, *args: Any, **kwargs: Any
) -> HttpResponse:
    """What a locked-out sign-in gets: JSON in the API's error format, a page otherwise."""
    if request.path.startswith("/api/"):
        return JsonResponse(
            {"error": {"status": 429, "code": "locked_out", "message": lockout_message(), "fields": {}}},
            status=429,
        )
    return render(request, "registration/locked_out.html", {"message": lockout_message()}, status=429)


# The sign-in page itself is program/views/mfa.py `login` (password, then a code for people with an app).
class LogoutView(auth_views.LogoutView):
    """Django's sign-out; after a sign-in through the OpenID Connect provider it also ends the provider's
    session (RP-initiated logout), which sends the person back to the sign-in page here.

    The provider is reached from a page rather than by redirecting the sign-out form: every page's
    Content-Security-Policy says `form-action 'self'`, and browsers apply that to a form's redirects."""

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        id_token = request.session.get(oidc.ID_TOKEN_SESSION_KEY) if request.user.is_authenticated else None
        response = super().post(request, *args, **kwargs)
        if isinstance(id_token, str):
            provider_logout = oidc.logout_url(request, id_token)
            config = oidc.config()
            if provider_logout and config:
                return render(
                    request,
                    "registration/provider_logout.html",
                    {"provider_logout": provider_logout, "provider_name": config.display_name},
                )
        return response


logout = public(LogoutView.as_view())
password_change = signed_in(auth_views.PasswordChangeView.as_view())
password_change_done = signed_in(auth_views.PasswordChangeDoneView.as_view())
password_reset = public(auth_views.PasswordResetView.as_view(success_url=reverse_lazy("password_reset_done")))
password_reset_done = public(auth_views.PasswordResetDoneView.as_view())
password_reset_confirm = public(
    auth_views.PasswordResetConfirmView.as_view(success_url=reverse_lazy("password_reset_complete"))
)
password_reset_complete = public(auth_views.PasswordResetCompleteView.as_view())
