"""Training modules and completion records with their expiry status."""

from __future__ import annotations

from datetime import timedelta

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from program import services
from program.access import acting_user, program_view
from program.forms import TrainingModuleForm, TrainingRecordForm, apply_service_errors
from program.models import Program, TrainingModule
from program.selectors import holds, training_assignments_visible_to, training_records_visible_to
from program.training import EXPIRY_WARNING_DAYS


@program_view()
def training(request: HttpRequest, program: Program) -> HttpResponse:
    """Coordinators see every record; supervisors their supervisees'; everyone else their own."""
    today = timezone.localdate()
    modules = TrainingModule.objects.filter(program=program).prefetch_related("requirements")
    records = (
        training_records_visible_to(request.user)
        .filter(membership__program=program)
        .select_related("membership__user", "module")
        .order_by("expires_on")
    )
    state = request.GET.get("state", "")
    if state == "expired":
        records = records.filter(expires_on__lte=today)
    elif state == "expiring":
        records = records.filter(
            expires_on__gt=today, expires_on__lte=today + timedelta(days=EXPIRY_WARNING_DAYS)
        )
    page = Paginator(records, 50).get_page(request.GET.get("page"))
    # Training still to do, soonest due first: a new supporter's own list, the coordinator's overview.
    to_do = (
        training_assignments_visible_to(request.user)
        .filter(membership__program=program, completed_by__isnull=True)
        .select_related("membership__user", "module")
        .order_by("due_on", "membership__user__last_name", "module__name")
    )
    program_today = program.today()
    return render(
        request,
        "program/training.html",
        {
            "program": program,
            "modules": modules,
            "page": page,
            "rows": [(record, record.status_on(today)) for record in page],
            "to_do": [(assignment, assignment.status_on(program_today)) for assignment in to_do],
            "state": state,
            "can_manage": holds(request.user, "manage_program", program),
        },
    )


@program_view("manage_program")
def training_module_form(
    request: HttpRequest, program: Program, module_id: int | None = None
) -> HttpResponse:
    module = get_object_or_404(TrainingModule, pk=module_id, program=program) if module_id else None
    initial = {"required_for": module.required_for} if module else None
    form = TrainingModuleForm(request.POST or None, instance=module, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            if module is None:
                services.create_training_module(program, by=acting_user(request), **data)
            else:
                services.update_training_module(module, by=acting_user(request), **data)
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, "Training module saved.")
            return redirect("training", program.pk)
    return render(
        request, "program/training_module_form.html", {"program": program, "form": form, "module": module}
    )


@program_view("manage_program")
def training_record_add(request: HttpRequest, program: Program) -> HttpResponse:
    form = TrainingRecordForm(request.POST or None, program=program)
    if request.method == "POST" and form.is_valid():
        try:
            services.record_training(
                form.cleaned_data["membership"],
                module=form.cleaned_data["module"],
                completed_on=form.cleaned_data["completed_on"],
                by=acting_user(request),
            )
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, "Completion recorded.")
            return redirect("training", program.pk)
    return render(request, "program/training_record_form.html", {"program": program, "form": form})
