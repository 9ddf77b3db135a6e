"""The referral directory: who to call, when."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from program import services
from program.access import acting_user, program_view
from program.forms import ReferralServiceForm, apply_service_errors
from program.models import Program, ReferralService, Urgency
from program.selectors import holds, referral_services_visible_to


@program_view()
def directory(request: HttpRequest, program: Program) -> HttpResponse:
    services_ = list(referral_services_visible_to(request.user).filter(program=program))
    groups = [
        (label, [service for service in services_ if service.urgency == value])
        for value, label in Urgency.choices
    ]
    return render(
        request,
        "program/directory.html",
        {
            "program": program,
            "groups": groups,
            "can_manage": holds(request.user, "manage_program", program),
        },
    )


@program_view("manage_program")
def directory_form(request: HttpRequest, program: Program, service_id: int | None = None) -> HttpResponse:
    service = get_object_or_404(ReferralService, pk=service_id, program=program) if service_id else None
    form = ReferralServiceForm(request.POST or None, instance=service)
    if request.method == "POST" and form.is_valid():
        try:
            if service is None:
                services.add_referral_service(program, by=acting_user(request), **form.cleaned_data)
            else:
                services.update_referral_service(service, by=acting_user(request), **form.cleaned_data)
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, "Directory entry saved.")
            return redirect("directory", program.pk)
    return render(
        request, "program/directory_form.html", {"program": program, "form": form, "service": service}
    )
