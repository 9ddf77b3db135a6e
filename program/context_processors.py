"""Role-aware navigation for every page."""

from __future__ import annotations

from typing import Any

from django.db.models import Q
from django.http import HttpRequest

from program.extensions import NavLink, nav_actions_for, nav_links_for, quick_links_for
from program.models import Notification
from program.selectors import current_memberships


def navigation(request: HttpRequest) -> dict[str, Any]:
    user = request.user
    if not user.is_authenticated:
        return {}
    # Two small queries per page: the user's current roles (shared with the view) and the unread count.
    memberships = current_memberships(request)
    programs: dict[int, dict[str, Any]] = {}
    for membership in memberships:
        entry = programs.setdefault(
            membership.program_id, {"program": membership.program, "roles": set(), "statuses": set()}
        )
        entry["roles"].add(membership.role)
        entry["statuses"].add((membership.role, membership.status))
    urgent: list[tuple[Any, NavLink]] = []
    for entry in programs.values():
        links = nav_links_for(entry["roles"])
        entry["links"] = [link for link in links if not link.urgent]
        entry["actions"] = nav_actions_for(entry["statuses"])
        urgent += [(entry["program"], link) for link in links if link.urgent]
        entry["quick"] = quick_links_for(entry["roles"])
    return {
        # First in the navigation (on a phone, in view without scrolling); named with the program only
        # when the same link would otherwise appear twice.
        "nav_urgent": [
            {
                "program": program,
                "url_name": link.url_name,
                "label": link.label
                if sum(other.url_name == link.url_name for _, other in urgent) == 1
                else f"{link.label} · {program.name}",
            }
            for program, link in urgent
        ],
        "nav_programs": list(programs.values()),
        # The phone's bottom bar: the first program whose roles have quick links (a supporter's
        # "Log a contact" and "Get advice now"), with that program's "Who to call".
        "nav_quick": next((entry for entry in programs.values() if entry["quick"]), None),
        # The rule of selectors.notifications_for, from the memberships already fetched: messages about a
        # program count only while the reader is a current member of it.
        "nav_unread": Notification.objects.filter(
            Q(program__isnull=True) | Q(program_id__in=list(programs)), recipient=user, read_at__isnull=True
        ).count(),
    }
