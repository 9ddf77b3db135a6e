"""My details: the signed-in person's own account details, and a staff member's phone number."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from program import services, sign_in_sessions
from program.access import acting_user, signed_in
from program.forms import PhoneForm, apply_service_errors
from program.phones import display_phone
from program.selectors import keeps_phone, own_phone


@signed_in
def my_details(request: HttpRequest) -> HttpResponse:
    """Name and e-mail as the program knows them; supervisors and coordinators set their number here."""
    user = acting_user(request)
    phone = own_phone(user)
    may_keep = keeps_phone(user)
    form = PhoneForm(request.POST or None, initial={"phone": display_phone(phone) if phone else ""})
    # The service refuses (403) a number from someone holding no staff role; clearing is always allowed.
    if request.method == "POST" and form.is_valid():
        try:
            saved = services.set_phone(user, form.cleaned_data["phone"])
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, "Phone number saved." if saved else "Phone number removed.")
            return redirect("my-details")
    return render(
        request,
        "program/my_details.html",
        {
            "form": form,
            "phone": phone,
            "keeps_phone": may_keep,
            "show_form": may_keep or phone is not None,
            "sessions": sign_in_sessions.sessions_of(user),
            "current_session": sign_in_sessions.current_id(request),
        },
    )
