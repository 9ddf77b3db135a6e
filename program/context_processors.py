"""Role-aware navigation for every page."""

from __future__ import annotations

from typing import Any

from django.db.models import Q
from django.http import HttpRequest

from program.extensions import nav_actions_for, nav_links_for
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
    for entry in programs.values():
        entry["links"] = nav_links_for(entry["roles"])
        entry["actions"] = nav_actions_for(entry["statuses"])
    return {
        "nav_programs": list(programs.values()),
        # The rule of selectors.notifications_for, from the memberships already fetched: messages about a
        # program count only while the reader is a current member of it.
        "nav_unread": Notification.objects.filter(
            Q(program__isnull=True) | Q(program_id__in=list(programs)), recipient=user, read_at__isnull=True
        ).count(),
    }
