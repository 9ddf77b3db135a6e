"""Membership management and supervisor assignment (coordinators), member detail (in scope)."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import OuterRef, Subquery, Value
from django.db.models.functions import Concat
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from program import services
from program.access import acting_user, program_view
from program.forms import AddMemberForm, AssignSupervisorForm, MembershipForm, apply_service_errors
from program.models import Membership, MembershipStatus, Program, Role, SupervisorAssignment, TrainingRecord
from program.selectors import holds, memberships_visible_to
from program.training import with_training_status


def _member_in_program(request: HttpRequest, program: Program, member_id: int) -> Membership:
    return get_object_or_404(
        memberships_visible_to(request.user).filter(program=program).select_related("user"), pk=member_id
    )


@program_view("view_program_members")
def member_list(request: HttpRequest, program: Program) -> HttpResponse:
    role = request.GET.get("role", "")
    status = request.GET.get("status", "")
    current_supervisor_name = SupervisorAssignment.objects.filter(
        supporter=OuterRef("pk"), ended_on__isnull=True
    ).annotate(name=Concat("supervisor__user__first_name", Value(" "), "supervisor__user__last_name"))
    members = (
        Membership.objects.filter(program=program)
        .select_related("user")
        .annotate(supervisor_name=Subquery(current_supervisor_name.values("name")[:1]))
        .order_by("role", "user__last_name", "user__first_name")
    )
    if role in Role.values:
        members = members.filter(role=role)
    if status in MembershipStatus.values:
        members = members.filter(status=status)
    page = Paginator(with_training_status(members, timezone.localdate()), 50).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "program/members.html",
        {
            "program": program,
            "page": page,
            "roles": Role.choices,
            "statuses": MembershipStatus.choices,
            "role": role,
            "status": status,
        },
    )


@program_view("manage_program")
def member_add(request: HttpRequest, program: Program) -> HttpResponse:
    form = AddMemberForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            membership = services.add_member(program, by=acting_user(request), **form.cleaned_data)
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, f"{membership.display_name} added as {membership.get_role_display()}.")
            return redirect("member-detail", program.pk, membership.pk)
    return render(request, "program/member_form.html", {"program": program, "form": form, "adding": True})


@program_view()
def member_detail(request: HttpRequest, program: Program, member_id: int) -> HttpResponse:
    membership = _member_in_program(request, program, member_id)
    today = timezone.localdate()
    assignments = SupervisorAssignment.objects.filter(supporter=membership).select_related(
        "supervisor__user", "backup__user"
    )
    records = TrainingRecord.objects.filter(membership=membership).select_related("module")
    status = with_training_status(Membership.objects.filter(pk=membership.pk), today).get()
    can_manage = holds(request.user, "manage_program", program)
    return render(
        request,
        "program/member_detail.html",
        {
            "program": program,
            "membership": membership,
            "assignments": assignments,
            "records": [(record, record.status_on(today)) for record in records],
            "training_status": status,
            "can_manage": can_manage,
        },
    )


@program_view("manage_program")
@require_POST
def member_academic_standing(request: HttpRequest, program: Program, member_id: int) -> HttpResponse:
    """Coordinators mark a supporter's academic standing at risk (a pause rule acts on it) or clear it."""
    membership = _member_in_program(request, program, member_id)
    at_risk = request.POST.get("at_risk") == "true"
    try:
        services.set_academic_standing(membership, at_risk=at_risk, by=acting_user(request))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request, "Academic standing marked at risk." if at_risk else "Academic standing cleared."
        )
    return redirect("member-detail", program.pk, membership.pk)


@program_view("manage_program")
def member_edit(request: HttpRequest, program: Program, member_id: int) -> HttpResponse:
    membership = _member_in_program(request, program, member_id)
    form = MembershipForm(request.POST or None, instance=Membership.objects.get(pk=membership.pk))
    if request.method == "POST" and form.is_valid():
        try:
            services.update_membership(membership, by=acting_user(request), **form.cleaned_data)
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, "Membership saved.")
            return redirect("member-detail", program.pk, membership.pk)
    return render(
        request,
        "program/member_form.html",
        {"program": program, "form": form, "membership": membership, "adding": False},
    )


@program_view("manage_program")
def member_assign(request: HttpRequest, program: Program, member_id: int) -> HttpResponse:
    membership = _member_in_program(request, program, member_id)
    current = SupervisorAssignment.objects.filter(supporter=membership, ended_on__isnull=True).first()
    initial = {"supervisor": current.supervisor_id, "backup": current.backup_id} if current else None
    form = AssignSupervisorForm(request.POST or None, program=program, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.assign_supervisor(
                membership,
                supervisor=form.cleaned_data["supervisor"],
                backup=form.cleaned_data["backup"],
                by=acting_user(request),
            )
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, "Supervisor assigned.")
            return redirect("member-detail", program.pk, membership.pk)
    return render(
        request, "program/member_assign.html", {"program": program, "membership": membership, "form": form}
    )
