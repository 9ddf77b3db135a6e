"""One's own signed-in sessions, listed on My details: sign out another one, or all the others."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from program import sign_in_sessions
from program.access import acting_user, signed_in


@signed_in
@require_POST
def sign_out_session(request: HttpRequest, pk: int) -> HttpResponse:
    """Sign out one of one's own sessions; another person's (or none) is a 404."""
    user = acting_user(request)
    row = sign_in_sessions.sessions_of(user).filter(pk=pk).first()
    if row is None:
        raise Http404
    if row.pk == sign_in_sessions.current_id(request):
        messages.info(request, "That is this browser: use Sign out to leave it.")
        return redirect("my-details")
    sign_in_sessions.end_session(row, by=user)
    messages.success(request, f"Signed out the session on {row.device}.")
    return redirect("my-details")


@signed_in
@require_POST
def sign_out_other_sessions(request: HttpRequest) -> HttpResponse:
    user = acting_user(request)
    ended = sign_in_sessions.end_sessions(user, by=user, keep=sign_in_sessions.current_id(request))
    messages.success(request, f"Signed out {ended} other session{'s' if ended != 1 else ''}.")
    return redirect("my-details")
