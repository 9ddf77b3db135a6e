"""Sign-in pages: Django's auth views with our templates, and the lockout answer for django-axes."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import views as auth_views
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse_lazy

from program.access import public, signed_in

LOCKOUT_MESSAGE = (
    "Too many failed sign-in attempts for this account from your network. "
    "Wait 15 minutes and try again, or reset your password."
)


def lockout_response(
    request: HttpRequest, credentials: dict[str, Any] | None = None, *args: Any, **kwargs: Any
) -> HttpResponse:
    """What a locked-out sign-in gets: JSON in the API's error format, a page otherwise."""
    if request.path.startswith("/api/"):
        return JsonResponse(
            {"error": {"status": 429, "code": "locked_out", "message": LOCKOUT_MESSAGE, "fields": {}}},
            status=429,
        )
    return render(request, "registration/locked_out.html", {"message": LOCKOUT_MESSAGE}, status=429)


login = public(auth_views.LoginView.as_view(redirect_authenticated_user=True))
logout = public(auth_views.LogoutView.as_view())
password_change = signed_in(auth_views.PasswordChangeView.as_view())
password_change_done = signed_in(auth_views.PasswordChangeDoneView.as_view())
password_reset = public(auth_views.PasswordResetView.as_view(success_url=reverse_lazy("password_reset_done")))
password_reset_done = public(auth_views.PasswordResetDoneView.as_view())
password_reset_confirm = public(
    auth_views.PasswordResetConfirmView.as_view(success_url=reverse_lazy("password_reset_complete"))
)
password_reset_complete = public(auth_views.PasswordResetCompleteView.as_view())
