"""The notification inbox (own messages only), and the program audit trail and deliveries (coordinators)."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from program import services
from program.access import acting_user, program_view, signed_in
from program.models import AuditAction, DeliveryStatus, Program
from program.notifications import concerning
from program.selectors import audit_events_visible_to, deliveries_visible_to, notifications_for


@signed_in
def inbox(request: HttpRequest) -> HttpResponse:
    notifications = notifications_for(request.user).select_related("program")
    if request.GET.get("unread"):
        notifications = notifications.filter(read_at__isnull=True)
    page = Paginator(notifications, 30).get_page(request.GET.get("page"))
    # Who each message concerns is read now, through the selectors, under today's permissions.
    about = concerning(acting_user(request), page.object_list)
    rows = [(note, about.get(note.pk)) for note in page.object_list]
    return render(
        request,
        "program/inbox.html",
        {"page": page, "rows": rows, "unread_only": bool(request.GET.get("unread"))},
    )


@signed_in
@require_POST
def notification_open(request: HttpRequest, notification_id: int) -> HttpResponse:
    """Mark a message read and follow its link."""
    notification = get_object_or_404(notifications_for(request.user), pk=notification_id)
    services.mark_notification_read(notification)
    if notification.link and url_has_allowed_host_and_scheme(notification.link, allowed_hosts=None):
        return redirect(notification.link)
    return redirect("inbox")


@signed_in
@require_POST
def notifications_read_all(request: HttpRequest) -> HttpResponse:
    services.mark_all_notifications_read(acting_user(request))
    return redirect("inbox")


@program_view("view_program_audit")
def audit_trail(request: HttpRequest, program: Program) -> HttpResponse:
    events = audit_events_visible_to(request.user).filter(program=program).select_related("actor")
    action = request.GET.get("action", "")
    if action in AuditAction.values:
        events = events.filter(action=action)
    page = Paginator(events, 50).get_page(request.GET.get("page"))
    return render(
        request,
        "program/audit.html",
        {"program": program, "page": page, "actions": AuditAction.choices, "action": action},
    )


@program_view("manage_program")
def deliveries(request: HttpRequest, program: Program) -> HttpResponse:
    """How the program's outgoing messages are being delivered: the same rows as GET /api/v1/deliveries/."""
    messages = deliveries_visible_to(request.user).filter(program=program).select_related("recipient")
    status = request.GET.get("status", "")
    if status in DeliveryStatus.values:
        messages = messages.filter(status=status)
    page = Paginator(messages, 50).get_page(request.GET.get("page"))
    return render(
        request,
        "program/deliveries.html",
        {"program": program, "page": page, "statuses": DeliveryStatus.choices, "status": status},
    )
