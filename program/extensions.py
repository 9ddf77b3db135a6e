"""How modules built on `program` add to its pages without `program` importing them.

A module registers, from its AppConfig.ready():
- dashboard panels: a template and a function giving its context, for members of a role;
- navigation links: per role, a label and a URL name taking the program id (`quick` ones also in
  the bottom bar a phone shows); and actions per role and status (a link to a page that asks
  before it acts);
- demo and benchmark data: seeders `seed_demo` and `seed_scale` call after loading their own rows.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.http import HttpRequest

from program.models import Membership, Program


@dataclass(frozen=True)
class Panel:
    role: str
    template: str
    context: Callable[[HttpRequest, Membership], dict[str, Any] | None]
    order: int = 100


@dataclass(frozen=True)
class NavLink:
    roles: frozenset[str]
    label: str
    url_name: str
    order: int = 100
    # Urgent links lead the navigation, before Dashboard and the program's name, so they are the first
    # thing in the menu on every page.
    urgent: bool = False
    # Also in the bottom bar a phone shows on every page: the few things needed in a hurry.
    quick: bool = False


@dataclass(frozen=True)
class NavAction:
    """A navigation link for members of a role holding a given status (a supporter's "Pause me", say) to
    a page that says what will happen and asks before it acts: a URL name taking the program id."""

    role: str
    status: str
    label: str
    url_name: str


PANELS: list[Panel] = []
NAV_LINKS: list[NavLink] = []
NAV_ACTIONS: list[NavAction] = []
# Where a person lands after signing in when nothing else was asked for: f(user) -> a path or None,
# asked in order; the first path wins (an applicant holding an open offer lands on the offer).
LANDINGS: list[Callable[[Any], str | None]] = []
# Demo-data seeders: f(program, members by username, today) -> None, run by `seed_demo` in order.
DEMO_SEEDERS: list[Callable[[Any, dict[str, Membership], Any], None]] = []


@dataclass
class ScaleSeed:
    """What `seed_scale` hands each of SCALE_SEEDERS once its own rows are in (same transaction).

    Rows must go in with bulk_create (batch_size set) and no per-row queries: the whole seed has
    minutes, not hours, on SQLite and PostgreSQL alike. Draw randomness from `rng` only, so the
    data set stays deterministic for a given --seed.
    """

    programs: list[Program]
    # program id -> role -> that program's memberships of the role (saved, with pks), in seed order.
    members: dict[int, dict[str, list[Membership]]]
    rng: random.Random
    today: date
    # explicit_timestamps(Model, "created_at", ...): a context manager within which bulk_create keeps
    # the past datetimes given to those auto_now / auto_now_add fields instead of stamping "now".
    explicit_timestamps: Callable[..., AbstractContextManager[None]]
    # Add "label": number for the command's summary line.
    counts: dict[str, int] = field(default_factory=dict)


# Benchmark-data seeders: f(ScaleSeed) -> None, run by `seed_scale` in order after its own data.
SCALE_SEEDERS: list[Callable[[ScaleSeed], None]] = []


def register_panel(
    role: str, template: str, context: Callable[..., dict[str, Any] | None], order: int = 100
) -> None:
    PANELS.append(Panel(role, template, context, order))
    PANELS.sort(key=lambda panel: panel.order)


def register_landing(landing: Callable[[Any], str | None]) -> None:
    LANDINGS.append(landing)


def landing_for(user: Any) -> str | None:
    for landing in LANDINGS:
        path = landing(user)
        if path:
            return path
    return None


def register_nav_action(role: str, status: str, label: str, url_name: str) -> None:
    NAV_ACTIONS.append(NavAction(role, status, label, url_name))


def register_nav_link(
    roles: set[str],
    label: str,
    url_name: str,
    order: int = 100,
    *,
    urgent: bool = False,
    quick: bool = False,
) -> None:
    NAV_LINKS.append(NavLink(frozenset(roles), label, url_name, order, urgent, quick))
    NAV_LINKS.sort(key=lambda link: link.order)


def panels_for(request: HttpRequest, membership: Membership) -> list[tuple[str, dict[str, Any]]]:
    """(template, context) of the extra panels a member of this role sees, in order; a panel whose
    context function returns None is left out."""
    extras = []
    for panel in PANELS:
        if panel.role == membership.role:
            context = panel.context(request, membership)
            if context is not None:
                extras.append((panel.template, context))
    return extras


def nav_links_for(roles: set[str]) -> list[NavLink]:
    return [link for link in NAV_LINKS if link.roles & roles]


def quick_links_for(roles: set[str]) -> list[NavLink]:
    """The links of the phone's bottom bar for a member holding these roles in one program."""
    return [link for link in nav_links_for(roles) if link.quick]


def nav_actions_for(statuses: set[tuple[str, str]]) -> list[NavAction]:
    """The actions for a member holding these (role, status) pairs in one program."""
    return [action for action in NAV_ACTIONS if (action.role, action.status) in statuses]
