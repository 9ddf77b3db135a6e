"""How modules built on `program` add to its pages without `program` importing them.

A module registers, from its AppConfig.ready():
- dashboard panels: a template and a function giving its context, for members of a role;
- navigation links: per role, a label and a URL name taking the program id.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest

from program.models import Membership


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


PANELS: list[Panel] = []
NAV_LINKS: list[NavLink] = []


def register_panel(
    role: str, template: str, context: Callable[..., dict[str, Any] | None], order: int = 100
) -> None:
    PANELS.append(Panel(role, template, context, order))
    PANELS.sort(key=lambda panel: panel.order)


def register_nav_link(roles: set[str], label: str, url_name: str, order: int = 100) -> None:
    NAV_LINKS.append(NavLink(frozenset(roles), label, url_name, order))
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
