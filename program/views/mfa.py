"""Sign-in with a second factor, enrolment of an authenticator app or passkeys, and one's personal access
tokens.

After a right password, a person with a second factor is not signed in yet: the session remembers who
they are (program.mfa.PENDING_SESSION_KEY) and the second step asks for a code or a passkey. Wrong codes
and refused passkeys count with django-axes like wrong passwords (same pair and address limits), so the
six digits cannot be guessed at leisure. The rules are in program/mfa.py, program/passkeys.py and
program/personal_tokens.py. The passkey endpoints answer JSON to static/js/passkeys.js.
"""

from __future__ import annotations

import time
from datetime import datetime
from datetime import time as dtime
from typing import Any

from axes.handlers.proxy import AxesProxyHandler
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login as auth_login
from django.contrib.auth import views as auth_views
from django.contrib.auth.models import User
from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBase, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from program import mfa, oidc, passkeys, personal_tokens
from program.access import acting_user, object_id, public, signed_in
from program.extensions import landing_for
from program.views.auth import lockout_response

# A pending sign-in lasts this long; then the password is asked again.
PENDING_SECONDS = 300


class PasswordThenCodeLoginView(auth_views.LoginView):
    """Django's sign-in, stopping after the password for people with an authenticator app."""

    redirect_authenticated_user = True
    signing_in: User | None = None

    def get_default_redirect_url(self) -> str:
        """With no `next` asked for, a person lands where an app says they are awaited (an applicant
        with an open offer on the offer), otherwise on their home page."""
        user = self.signing_in or self.request.user
        if user.is_authenticated:
            landing = landing_for(user)
            if landing:
                return landing
        return super().get_default_redirect_url()

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        provider = oidc.config()
        # The institution's sign-in button, when one is configured (program/views/oidc.py).
        context["oidc_display_name"] = provider.display_name if provider else ""
        return context

    def form_valid(self, form: Any) -> HttpResponse:
        user = form.get_user()
        self.signing_in = user
        if not mfa.has_device(user):
            response = super().form_valid(form)
            # Nothing to verify: such a session may make tokens (unless their role requires enrolment,
            # which the middleware sends them to do first).
            return response
        self.request.session.cycle_key()
        self.request.session[mfa.PENDING_SESSION_KEY] = {
            "user": user.pk,
            "backend": user.backend,
            "since": time.time(),
            "next": self.get_success_url(),
        }
        return redirect("login-second-step")


login = public(PasswordThenCodeLoginView.as_view())


class CodeForm(forms.Form):
    code = forms.CharField(
        max_length=20,
        label="Code from your authenticator app, or a recovery code",
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autocapitalize": "none"}),
    )


def _pending_user(request: HttpRequest) -> tuple[User, dict[str, Any]] | None:
    pending = request.session.get(mfa.PENDING_SESSION_KEY)
    if not isinstance(pending, dict) or time.time() - pending.get("since", 0) > PENDING_SECONDS:
        return None
    user_id = pending.get("user")
    if not isinstance(user_id, int):
        return None
    user = User.objects.filter(pk=user_id, is_active=True).first()
    return (user, pending) if user is not None else None


@public
def login_second_step(request: HttpRequest) -> HttpResponseBase:
    found = _pending_user(request)
    if found is None:
        request.session.pop(mfa.PENDING_SESSION_KEY, None)
        messages.info(request, "Sign in again: the sign-in waited too long for a code.")
        return redirect("login")
    user, pending = found
    credentials = {"username": user.get_username()}
    if AxesProxyHandler.is_locked(request, credentials):
        return lockout_response(request, credentials)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            kind = mfa.verify(user, form.cleaned_data["code"])
        except ValidationError as refused:
            # Counted like a wrong password: the same lockout (this account from this address, and
            # this address across accounts).
            user_login_failed.send(sender=__name__, credentials=credentials, request=request)
            if getattr(request, "axes_locked_out", False):
                return lockout_response(request, credentials)
            form.add_error("code", refused.messages[0])
        else:
            target = _complete_sign_in(request, user, pending)
            if kind == "recovery":
                left = mfa.unused_recovery_codes(user)
                messages.warning(
                    request, f"You used a recovery code; {left} left. Make new ones if you run low."
                )
            return redirect(target)
    has_totp = mfa.has_totp(user)
    if not has_totp:
        form.fields["code"].label = "Recovery code"
    return render(
        request,
        "registration/second_step.html",
        {
            "form": form,
            "has_totp": has_totp,
            "has_passkey": passkeys.configured() and passkeys.passkeys_of(user).exists(),
        },
    )


def _complete_sign_in(request: HttpRequest, user: User, pending: dict[str, Any]) -> str:
    """Sign the person in after their second factor; returns where they go next."""
    request.session.pop(mfa.PENDING_SESSION_KEY, None)
    user.backend = pending["backend"]
    auth_login(request, user)
    mfa.mark_verified(request)
    target = pending.get("next") or settings.LOGIN_REDIRECT_URL
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = reverse(settings.LOGIN_REDIRECT_URL)
    return str(target)


def _refusal(
    message: str, code: str, status: int = 400, fields: dict[str, list[str]] | None = None
) -> JsonResponse:
    """The API's error shape, for static/js/passkeys.js to show."""
    return JsonResponse(
        {"error": {"status": status, "code": code, "message": message, "fields": fields or {}}}, status=status
    )


def _options(options_json: str) -> HttpResponse:
    return HttpResponse(options_json, content_type="application/json")


@public
@require_POST
def passkey_sign_in_options(request: HttpRequest) -> HttpResponse:
    """The challenge for a passkey at the second step (only for a session that gave a right password)."""
    found = _pending_user(request)
    if found is None:
        return _refusal("Sign in again: the sign-in waited too long.", "expired", status=403)
    try:
        return _options(passkeys.sign_in_options(found[0], request.session))
    except ValidationError as refused:
        return _refusal(refused.messages[0], refused.code or "invalid")


@public
@require_POST
def passkey_sign_in(request: HttpRequest) -> HttpResponse:
    """Finish the second step with a passkey: JSON {"redirect": url}, or a refusal counted as a wrong code."""
    found = _pending_user(request)
    if found is None:
        return _refusal("Sign in again: the sign-in waited too long.", "expired", status=403)
    user, pending = found
    credentials = {"username": user.get_username()}
    if AxesProxyHandler.is_locked(request, credentials):
        return _refusal("Too many failed attempts. Try again later.", "locked_out", status=403)
    try:
        passkeys.verify(user, request.session, request.POST.get("credential", ""))
    except ValidationError as refused:
        user_login_failed.send(sender=__name__, credentials=credentials, request=request)
        return _refusal(refused.messages[0], refused.code or "invalid")
    return JsonResponse({"redirect": _complete_sign_in(request, user, pending)})


@signed_in
def second_factor(request: HttpRequest) -> HttpResponse:
    """Enrol an authenticator app (key, URI, QR code; confirm with a code), manage passkeys, or renew
    recovery codes."""
    user = acting_user(request)
    required = mfa.is_required(user)
    common = {
        "required": required,
        "has_device": mfa.has_device(user),
        "passkeys": passkeys.passkeys_of(user),
        "passkeys_configured": passkeys.configured(),
        "unused": mfa.unused_recovery_codes(user),
    }
    if request.method == "POST" and request.POST.get("action") == "recovery" and common["has_device"]:
        codes = mfa.regenerate_recovery_codes(user)
        return render(request, "program/recovery_codes.html", {"codes": codes})
    if mfa.has_totp(user):
        return render(request, "program/second_factor.html", {"enrolled": True, **common})
    form = CodeForm(request.POST or None)
    form.fields["code"].label = "Code from your authenticator app"
    if request.method == "POST" and request.POST.get("action") == "confirm" and form.is_valid():
        try:
            codes = mfa.confirm_enrolment(user, form.cleaned_data["code"])
        except ValidationError as refused:
            form.add_error("code", refused.messages[0])
        else:
            # The person just proved the device: this session counts as verified.
            mfa.mark_verified(request)
            return render(request, "program/recovery_codes.html", {"codes": codes, "enrolled_now": True})
    enrolment = mfa.pending_enrolment(user)
    if enrolment is None or (request.method == "POST" and request.POST.get("action") == "restart"):
        enrolment = mfa.start_enrolment(user)
    return render(
        request,
        "program/second_factor.html",
        {"enrolled": False, "enrolment": enrolment, "form": form, **common},
    )


@signed_in
@require_POST
def passkey_registration_options(request: HttpRequest) -> HttpResponse:
    """The challenge for adding a passkey (JSON for navigator.credentials.create)."""
    try:
        return _options(passkeys.registration_options(acting_user(request), request.session))
    except ValidationError as refused:
        return _refusal(refused.messages[0], refused.code or "invalid")


@signed_in
@require_POST
def passkey_register(request: HttpRequest) -> HttpResponse:
    """Keep a new passkey: JSON {"redirect": url} to the page that shows the result."""
    user = acting_user(request)
    try:
        passkey, codes = passkeys.register(
            user,
            request.session,
            name=request.POST.get("name", ""),
            credential=request.POST.get("credential", ""),
        )
    except ValidationError as refused:
        if hasattr(refused, "error_dict"):
            fields = refused.message_dict
            return _refusal(next(iter(fields.values()))[0], "invalid", fields=fields)
        return _refusal(refused.messages[0], refused.code or "invalid")
    # The person just proved the passkey: this session counts as verified.
    mfa.mark_verified(request)
    if codes:
        # Shown once, on the next page (kept in the session only until then).
        request.session[NEW_CODES_SESSION_KEY] = codes
        return JsonResponse({"redirect": reverse("second-factor-new-codes")})
    messages.success(request, f"Passkey “{passkey.name}” added.")
    return JsonResponse({"redirect": reverse("second-factor")})


NEW_CODES_SESSION_KEY = "mfa_new_recovery_codes"


@signed_in
def new_recovery_codes(request: HttpRequest) -> HttpResponse:
    """The recovery codes issued with a first passkey, shown once."""
    codes = request.session.pop(NEW_CODES_SESSION_KEY, None)
    if not isinstance(codes, list):
        return redirect("second-factor")
    return render(request, "program/recovery_codes.html", {"codes": codes, "passkey_now": True})


@signed_in
@require_POST
def passkey_remove(request: HttpRequest, pk: int) -> HttpResponse:
    """Remove one of one's own passkeys (another person's is a 404)."""
    user = acting_user(request)
    passkey = passkeys.passkeys_of(user).filter(pk=pk).first()
    if passkey is None:
        raise Http404
    try:
        passkeys.remove(passkey, by=user)
    except ValidationError as refused:
        messages.error(request, refused.messages[0])
    else:
        messages.success(request, f"Passkey “{passkey.name}” removed.")
    return redirect("second-factor")


class TokenForm(forms.Form):
    name = forms.CharField(max_length=100, label="Name", help_text="What the token is for, such as a script.")
    expires_on = forms.DateField(
        label="Expires on",
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="At most a year from today.",
    )


@signed_in
def api_tokens(request: HttpRequest) -> HttpResponse:
    """One's personal access tokens: make one (shown once), see them, revoke one."""
    user = acting_user(request)
    form = TokenForm(request.POST if request.POST.get("action") == "create" else None)
    made = None
    if request.method == "POST" and request.POST.get("action") == "revoke":
        token = personal_tokens.tokens_of(user).filter(pk=object_id(request.POST.get("token"))).first()
        if token is None:
            raise Http404
        personal_tokens.revoke(token, by=user)
        messages.success(request, f"Token “{token.name}” revoked.")
        return redirect("api-tokens")
    if request.method == "POST" and form.is_valid():
        expires = timezone.make_aware(datetime.combine(form.cleaned_data["expires_on"], dtime(23, 59)))
        try:
            made = personal_tokens.create(
                user,
                name=form.cleaned_data["name"],
                expires_at=expires,
                second_factor_passed=mfa.session_verified(request),
            )
        except PermissionDenied as refused:
            form.add_error(None, str(refused))
        except ValidationError as error:
            for field, errors in error.message_dict.items():
                form.add_error("expires_on" if field == "expires_at" else field, errors)
    return render(
        request,
        "program/api_tokens.html",
        {
            "form": form,
            "made": made,
            "tokens": personal_tokens.tokens_of(user),
            "now": timezone.now(),
            "may_create": not mfa.uses_second_factor(user) or mfa.session_verified(request),
        },
    )
