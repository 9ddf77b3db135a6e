"""Declared access for page views. Every URL's view carries one (a test walks them all).

- @public: anyone (login, password reset).
- @signed_in: any signed-in user; the view reads only the user's own data through selectors.
- @program_view(codename): signed in *and* holding `codename` on the program in the URL,
  which is passed to the view; otherwise 404. A service the view calls that refuses the user raises
  the model's DoesNotExist, which is answered 404 too — out of scope, as SPEC 3 rule 2 asks.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404, HttpRequest, HttpResponseBase

from program.selectors import get_program_for_user_or_404

View = TypeVar("View", bound=Callable[..., HttpResponseBase])
ProgramView = Callable[..., HttpResponseBase]


def object_id(raw: str | None) -> int:
    """An object id sent in a form field or query string. Anything else (text, a sign, another script's
    digits, a number past a database key) is no such object: 404, never a 500 from the lookup."""
    if raw is None or not (raw.isascii() and raw.isdigit()) or len(raw) > 18:
        raise Http404
    return int(raw)


def public(view: View) -> View:
    view.access = "public"  # type: ignore[attr-defined]
    return view


def signed_in(view: View) -> View:
    wrapped = login_required(view)
    wrapped.access = "signed-in"  # type: ignore[attr-defined]
    return wrapped


def program_view(codename: str = "view_program") -> Callable[[ProgramView], ProgramView]:
    def decorator(view: ProgramView) -> ProgramView:
        @wraps(view)
        def wrapper(request: HttpRequest, program_id: int, *args: Any, **kwargs: Any) -> HttpResponseBase:
            program = get_program_for_user_or_404(request.user, program_id, codename)
            try:
                return view(request, program, *args, **kwargs)
            except ObjectDoesNotExist:
                raise Http404 from None

        wrapped = login_required(wrapper)
        wrapped.access = f"program:{codename}"  # type: ignore[attr-defined]
        return wrapped

    return decorator


def acting_user(request: Any) -> User:
    """The signed-in user acting in this request (pages and API); refuses anyone else."""
    user = request.user
    if not isinstance(user, User) or not user.is_authenticated:
        raise PermissionDenied
    return user
