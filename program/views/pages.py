"""Dashboard, program overview and settings."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Exists, OuterRef, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from program import services
from program.access import acting_user, program_view, signed_in
from program.aggregates import perturbed, record_key, suppressed
from program.extensions import panels_for
from program.forms import ProgramSettingsForm, apply_service_errors
from program.models import (
    CURRENT_STATUSES,
    AuditEvent,
    Membership,
    MembershipStatus,
    Program,
    Role,
    SupervisorAssignment,
    TrainingAssignment,
    TrainingRecord,
)
from program.selectors import crisis_lines, current_memberships, own_memberships, supervised_memberships
from program.training import with_training_status

# Dashboard panels in the order a person holding several roles sees them: what they do first.
ROLE_ORDER = [Role.COORDINATOR, Role.SUPERVISOR, Role.SUPPORTER, Role.REVIEWER, Role.APPLICANT, Role.SPONSOR]


def _coordinator_panel(request: HttpRequest, program: Program) -> dict[str, Any]:
    today = timezone.localdate()
    counts = {
        (row["role"], row["status"]): row["n"]
        for row in Membership.objects.filter(program=program)
        .order_by()
        .values("role", "status")
        .annotate(n=Count("id"))
    }
    supporters = with_training_status(
        Membership.objects.filter(program=program, role=Role.SUPPORTER, status__in=CURRENT_STATUSES), today
    )
    current_assignment = SupervisorAssignment.objects.filter(supporter=OuterRef("pk"), ended_on__isnull=True)
    unsupervised = list(
        supporters.filter(~Exists(current_assignment))
        .select_related("user")
        .order_by("user__last_name", "user__first_name")[:10]
    )
    training = supporters.aggregate(
        missing=Count("id", filter=Q(training_missing=True)),
        expiring=Count("id", filter=Q(training_missing=False, training_expiring=True)),
    )
    active_supporters = counts.get((Role.SUPPORTER, MembershipStatus.ACTIVE), 0)
    return {
        "active_supporters": active_supporters,
        "paused_supporters": counts.get((Role.SUPPORTER, MembershipStatus.PAUSED), 0),
        "supervisors": counts.get((Role.SUPERVISOR, MembershipStatus.ACTIVE), 0),
        "below_minimum": active_supporters < program.min_active_supporters,
        "unsupervised": unsupervised,
        "training_missing": training["missing"],
        "training_expiring": training["expiring"],
        "recent_audit": list(AuditEvent.objects.filter(program=program).select_related("actor")[:5]),
    }


def _supervisor_panel(request: HttpRequest, program: Program) -> dict[str, Any]:
    today = timezone.localdate()
    supervisees = with_training_status(
        supervised_memberships(request.user).filter(program=program).select_related("user"), today
    ).order_by("user__last_name", "user__first_name")
    return {"supervisees": list(supervisees)}


def _supporter_panel(request: HttpRequest, program: Program) -> dict[str, Any]:
    # The current one: someone who left and came back also holds an ended supporter membership.
    membership = own_memberships(acting_user(request), Role.SUPPORTER).get(program=program)
    assignment = (
        SupervisorAssignment.objects.filter(supporter=membership, ended_on__isnull=True)
        .select_related("supervisor__user", "backup__user")
        .first()
    )
    records = list(
        TrainingRecord.objects.filter(membership=membership)
        .select_related("module")
        .order_by("module__name", "-completed_on")
    )
    latest: dict[int, TrainingRecord] = {}
    for record in records:
        latest.setdefault(record.module_id, record)
    today = timezone.localdate()
    to_do = TrainingAssignment.objects.filter(
        membership=membership, completed_by__isnull=True
    ).select_related("module")
    return {
        "membership": membership,
        "assignment": assignment,
        "training": [(record, record.status_on(today)) for record in latest.values()],
        "training_to_do": [
            (todo, todo.status_on(program.today())) for todo in to_do.order_by("due_on", "pk")
        ],
        "crisis_lines": crisis_lines(program),
    }


def _sponsor_panel(request: HttpRequest, program: Program) -> dict[str, Any]:
    # Perturbed like every report count (program/aggregates.py), so these figures beside a program
    # report's cannot be subtracted to recover a small count.
    keys: dict[str, list[int]] = {Role.SUPPORTER: [], Role.SUPERVISOR: []}
    # No ordering: the noise is a sum of keys, and the default ordering would join program, institution
    # and user only to sort ids.
    for pk, role in (
        Membership.objects.filter(program=program, status=MembershipStatus.ACTIVE, role__in=list(keys))
        .order_by()
        .values_list("pk", "role")
    ):
        keys[role].append(record_key("membership", pk))
    threshold = program.suppression_threshold
    return {
        "supporters": suppressed(perturbed(keys[Role.SUPPORTER]), threshold),
        "supervisors": suppressed(perturbed(keys[Role.SUPERVISOR]), threshold),
        "minimum": program.min_active_supporters,
    }


def _people_panel(request: HttpRequest, program: Program) -> dict[str, Any]:
    coordinators = Membership.objects.filter(
        program=program, role=Role.COORDINATOR, status=MembershipStatus.ACTIVE
    ).select_related("user")
    return {"coordinators": list(coordinators)}


PANELS = {
    Role.COORDINATOR: _coordinator_panel,
    Role.SUPERVISOR: _supervisor_panel,
    Role.SUPPORTER: _supporter_panel,
    Role.SPONSOR: _sponsor_panel,
    Role.APPLICANT: _people_panel,
    Role.REVIEWER: _people_panel,
}


@signed_in
def dashboard(request: HttpRequest) -> HttpResponse:
    memberships = current_memberships(request)
    sections = []
    for membership in sorted(memberships, key=lambda m: (m.program.name, ROLE_ORDER.index(Role(m.role)))):
        sections.append(
            {
                "membership": membership,
                "program": membership.program,
                "role": membership.role,
                "panel": PANELS[Role(membership.role)](request, membership.program),
                "extras": panels_for(request, membership),
            }
        )
    return render(request, "program/dashboard.html", {"sections": sections})


@program_view()
def program_overview(request: HttpRequest, program: Program) -> HttpResponse:
    roles = set(
        Membership.objects.filter(
            user=acting_user(request), program=program, status__in=CURRENT_STATUSES
        ).values_list("role", flat=True)
    )
    return render(
        request,
        "program/overview.html",
        {
            "program": program,
            "my_roles": roles,
            "can_manage": Role.COORDINATOR in roles,
            "crisis_lines": crisis_lines(program),
            "coordinators": _people_panel(request, program)["coordinators"],
        },
    )


@program_view("manage_program")
def program_settings(request: HttpRequest, program: Program) -> HttpResponse:
    form = ProgramSettingsForm(request.POST or None, instance=Program.objects.get(pk=program.pk))
    if request.method == "POST" and form.is_valid():
        try:
            services.update_program_settings(program, by=acting_user(request), **form.cleaned_data)
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, "Program settings saved.")
            return redirect("program-overview", program.pk)
    return render(request, "program/settings.html", {"program": program, "form": form})
