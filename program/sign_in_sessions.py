"""Signed-in sessions a person and an administrator can see and end (issue 16, part 6).

A row (SignInSession) is written when someone signs in (the user_logged_in signal, whatever the way in:
password, second factor, single sign-on) and removed when they sign out. Ending a session deletes it from
Django's session store, so its next request is anonymous; the row's id is also kept in the session, and
SessionActivityMiddleware signs out a session whose row is gone when it next marks it seen (a store that
cannot delete by key would still be cut within SEEN_EVERY_SECONDS). A person whose membership ends with no
other current membership loses their sessions and personal access tokens (program/services.py).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from importlib import import_module
from typing import Any

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.models import User
from django.contrib.auth.signals import user_logged_in, user_logged_out
from django.contrib.sessions.models import Session
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Exists, OuterRef, QuerySet
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from program import audit, personal_tokens
from program.models import CURRENT_STATUSES, AuditAction, Membership, SignInSession

# The session key holding {"id": row id, "key": session key when last seen, "seen": unix time}.
TRACKING_SESSION_KEY = "sign_in_session"
# "Last seen" is written at most this often, so an ordinary request costs no query.
SEEN_EVERY_SECONDS = 300

_BROWSERS = (
    ("Edg/", "Edge"),
    ("OPR/", "Opera"),
    ("Firefox/", "Firefox"),
    ("Chrome/", "Chrome"),
    ("Safari/", "Safari"),
)
_SYSTEMS = (
    ("iPhone", "iPhone"),
    ("iPad", "iPad"),
    ("Android", "Android"),
    ("Windows", "Windows"),
    ("Mac OS X", "macOS"),
    ("CrOS", "ChromeOS"),
    ("Linux", "Linux"),
)


def device_summary(user_agent: str) -> str:
    """ "Chrome on Linux": enough to recognise one's browser, not to fingerprint it (no versions kept)."""
    browser = next((name for token, name in _BROWSERS if token in user_agent), "")
    system = next((name for token, name in _SYSTEMS if token in user_agent), "")
    if re.search(r"HeadlessChrome/", user_agent):
        browser = "Chrome"
    if browser and system:
        return f"{browser} on {system}"
    return browser or system or "Unknown browser"


def _store() -> Any:
    return import_module(settings.SESSION_ENGINE).SessionStore


def sessions_of(user: User) -> QuerySet[SignInSession]:
    """The person's live sessions (a selector): rows whose Django session has not expired."""
    live = Session.objects.filter(session_key=OuterRef("session_key"), expire_date__gt=timezone.now())
    rows = SignInSession.objects.filter(user=user)
    if settings.SESSION_ENGINE == "django.contrib.sessions.backends.db":
        rows = rows.filter(Exists(live))
    return rows


def current_id(request: HttpRequest) -> int | None:
    tracked = request.session.get(TRACKING_SESSION_KEY)
    return tracked.get("id") if isinstance(tracked, dict) else None


def _track(request: HttpRequest, user: User) -> None:
    if request.session.session_key is None:
        request.session.save()
    key = request.session.session_key
    assert key is not None
    row, _ = SignInSession.objects.update_or_create(
        session_key=key,
        defaults={
            "user": user,
            "device": device_summary(request.headers.get("User-Agent", ""))[:100],
            "last_seen_at": timezone.now(),
        },
    )
    request.session[TRACKING_SESSION_KEY] = {"id": row.pk, "key": key, "seen": time.time()}


@receiver(user_logged_in)
def track_sign_in(sender: Any, request: HttpRequest | None, user: User, **kwargs: Any) -> None:
    if request is not None and hasattr(request, "session"):
        _track(request, user)


@receiver(user_logged_out)
def untrack_sign_out(sender: Any, request: HttpRequest | None, user: User | None, **kwargs: Any) -> None:
    if request is None or not hasattr(request, "session"):
        return
    row_id = current_id(request)
    if row_id is not None:
        SignInSession.objects.filter(pk=row_id).delete()
    elif request.session.session_key:
        SignInSession.objects.filter(session_key=request.session.session_key).delete()


class SessionActivityMiddleware:
    """Marks a signed-in session seen (at most every SEEN_EVERY_SECONDS) and signs out one that was ended."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and hasattr(request, "session"):
            self._seen(request, user)
        return self.get_response(request)

    @staticmethod
    def _seen(request: HttpRequest, user: User) -> None:
        tracked = request.session.get(TRACKING_SESSION_KEY)
        if not isinstance(tracked, dict):
            # Signed in before sessions were tracked: start tracking it now.
            _track(request, user)
            return
        key = request.session.session_key
        if time.time() - tracked.get("seen", 0) < SEEN_EVERY_SECONDS and tracked.get("key") == key:
            return
        # The key changes when Django cycles it (a password change): follow it.
        found = SignInSession.objects.filter(pk=tracked.get("id") or 0, user=user).update(
            last_seen_at=timezone.now(), session_key=key
        )
        if not found:
            logout(request)
            return
        request.session[TRACKING_SESSION_KEY] = {**tracked, "key": key, "seen": time.time()}


# --- Ending sessions ----------------------------------------------------------------------------------------


def _end(row: SignInSession) -> None:
    _store()(session_key=row.session_key).delete()
    row.delete()


@transaction.atomic
def end_session(row: SignInSession, *, by: User) -> None:
    """Sign out one session: its owner, or a site administrator (staff)."""
    if row.user_id != by.pk and not by.is_staff:
        raise PermissionDenied
    whose = "own" if row.user_id == by.pk else f"{row.user.get_username()}'s"
    audit.record(by, AuditAction.DELETE, row, summary=f"Signed out {whose} session ({row.device})")
    _end(row)


@transaction.atomic
def end_sessions(user: User, *, by: User | None, keep: int | None = None, reason: str = "") -> int:
    """Sign out all of a person's sessions but `keep` (their own current one); returns how many ended.
    `by` None: the system (a membership ended)."""
    if by is not None and user.pk != by.pk and not by.is_staff:
        raise PermissionDenied
    rows = list(SignInSession.objects.filter(user=user).exclude(pk=keep or 0))
    for row in rows:
        _end(row)
    if rows:
        summary = reason or (
            "Signed out own other sessions" if by and by.pk == user.pk else "Signed out sessions"
        )
        audit.record(by, AuditAction.DELETE, user, summary=f"{summary}: {len(rows)}")
    return len(rows)


@transaction.atomic
def end_access_if_no_membership(user: User, *, by: User | None) -> bool:
    """After a membership ended: with no other current membership, the person's sessions are cut and their
    personal access tokens revoked. Returns whether that happened."""
    if Membership.objects.filter(user=user, status__in=CURRENT_STATUSES).exists():
        return False
    end_sessions(user, by=None, reason="Membership ended; signed out sessions")
    personal_tokens.revoke_all(user, by=by, reason="membership ended")
    return True
