"""Django admin for site administrators: institutions and programs, plus read-only operational records."""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest

from program import audit, mfa, passkeys, personal_tokens, sign_in_sessions
from program.models import (
    AuditAction,
    AuditEvent,
    Institution,
    JobRun,
    Membership,
    Passkey,
    PersonalAccessToken,
    Program,
    ReferralService,
    SignInSession,
    TOTPDevice,
    TrainingModule,
)


@admin.register(Institution)
class InstitutionAdmin(admin.ModelAdmin):
    list_display = ["name", "short_name", "created_at"]
    search_fields = ["name", "short_name"]


class ReferralServiceInline(admin.TabularInline):
    """Shown for reference; coordinators edit the directory in the app, where its rules hold."""

    model = ReferralService
    extra = 0
    fields = ("name", "phone", "hours", "urgency", "available_24_7", "is_active", "order")
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Program)
class ProgramAdmin(admin.ModelAdmin):
    list_display = ["name", "institution", "timezone", "retention_days", "min_active_supporters"]
    list_filter = ["institution"]
    search_fields = ["name"]
    inlines = [ReferralServiceInline]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    """Administrators add a program's first coordinator here (audited); every later change to a
    membership happens in the app, through the services that keep supervision and audit rules."""

    list_display = ["user", "program", "role", "status", "term_start", "expected_end"]
    list_filter = ["program", "role", "status"]
    search_fields = ["user__username", "user__email", "user__last_name"]
    raw_id_fields = ["user"]

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return obj is None and super().has_change_permission(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def save_model(self, request: HttpRequest, obj: Membership, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        audit.record(
            request.user, AuditAction.CREATE, obj, program=obj.program, summary=f"added as {obj.role} (admin)"
        )


class ReadOnlyAdmin(admin.ModelAdmin):
    """Visible to administrators; nobody adds, edits or deletes through the admin."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(TrainingModule)
class TrainingModuleAdmin(ReadOnlyAdmin):
    """Coordinators manage training in the app, where changes are audited."""

    list_display = ["name", "program", "validity_months"]
    list_filter = ["program"]


@admin.register(AuditEvent)
class AuditEventAdmin(ReadOnlyAdmin):
    list_display = ["at", "actor", "program", "action", "object_type", "object_id", "source_ip"]
    list_filter = ["action", "program"]
    date_hierarchy = "at"


@admin.register(JobRun)
class JobRunAdmin(ReadOnlyAdmin):
    list_display = [
        "job",
        "scheduled_for",
        "started_at",
        "finished_at",
        "outcome",
        "counts",
        "host",
        "caught_up",
        "attempt",
        "taken_over_from",
    ]
    list_filter = ["job", "outcome"]
    date_hierarchy = "scheduled_for"


@admin.register(PersonalAccessToken)
class PersonalAccessTokenAdmin(ReadOnlyAdmin):
    """A person's API tokens (never their secrets); an administrator revokes them here (audited)."""

    list_display = ["user", "name", "prefix", "created_at", "expires_at", "last_used_at", "revoked_at"]
    list_filter = [("revoked_at", admin.EmptyFieldListFilter)]
    search_fields = ["user__username", "user__email", "name", "prefix"]
    exclude = ["token_hash"]
    actions = ["revoke"]

    @admin.action(description="Revoke the selected tokens")
    def revoke(self, request: HttpRequest, queryset: QuerySet[PersonalAccessToken]) -> None:
        revoked = sum(personal_tokens.revoke(token, by=request.user) for token in queryset)  # type: ignore[arg-type]
        self.message_user(request, f"{revoked} token{'s' if revoked != 1 else ''} revoked.", messages.SUCCESS)


@admin.register(TOTPDevice)
class TOTPDeviceAdmin(ReadOnlyAdmin):
    """Who has an authenticator app; a reset (audited) lets a person who lost theirs enrol again."""

    list_display = ["user", "confirmed_at", "last_used_at", "created_at"]
    search_fields = ["user__username", "user__email"]
    exclude = ["secret_encrypted", "last_step"]
    actions = ["reset"]

    @admin.action(description="Reset the second factor of the selected people")
    def reset(self, request: HttpRequest, queryset: QuerySet[TOTPDevice]) -> None:
        done = sum(mfa.reset_device(device.user, by=request.user) for device in queryset)  # type: ignore[arg-type]
        self.message_user(request, f"{done} second factor{'s' if done != 1 else ''} reset.", messages.SUCCESS)


@admin.register(Passkey)
class PasskeyAdmin(ReadOnlyAdmin):
    """Who has which passkeys (never the key material); removing one (audited) helps a person who lost it."""

    list_display = ["user", "name", "created_at", "last_used_at"]
    search_fields = ["user__username", "user__email", "name"]
    exclude = ["public_key", "credential_id", "sign_count"]
    actions = ["remove"]

    @admin.action(description="Remove the selected passkeys")
    def remove(self, request: HttpRequest, queryset: QuerySet[Passkey]) -> None:
        removed = 0
        for passkey in queryset.select_related("user"):
            passkeys.remove(passkey, by=request.user)  # type: ignore[arg-type]
            removed += 1
        self.message_user(
            request, f"{removed} passkey{'s' if removed != 1 else ''} removed.", messages.SUCCESS
        )


@admin.register(SignInSession)
class SignInSessionAdmin(ReadOnlyAdmin):
    """A person's signed-in sessions (search by their name); an administrator signs out one, or signs a
    person out everywhere and revokes their personal access tokens (audited)."""

    list_display = ["user", "device", "created_at", "last_seen_at"]
    search_fields = ["user__username", "user__email", "user__last_name"]
    exclude = ["session_key"]
    actions = ["sign_out", "sign_out_everywhere"]

    @admin.action(description="Sign out the selected sessions")
    def sign_out(self, request: HttpRequest, queryset: QuerySet[SignInSession]) -> None:
        rows = list(queryset.select_related("user"))
        for row in rows:
            sign_in_sessions.end_session(row, by=request.user)  # type: ignore[arg-type]
        self.message_user(
            request, f"{len(rows)} session{'s' if len(rows) != 1 else ''} signed out.", messages.SUCCESS
        )

    @admin.action(description="Sign these people out everywhere and revoke their personal access tokens")
    def sign_out_everywhere(self, request: HttpRequest, queryset: QuerySet[SignInSession]) -> None:
        people = {row.user for row in queryset.select_related("user")}
        ended = revoked = 0
        for person in people:
            ended += sign_in_sessions.end_sessions(person, by=request.user)  # type: ignore[arg-type]
            revoked += personal_tokens.revoke_all(person, by=request.user, reason="by an administrator")  # type: ignore[arg-type]
        self.message_user(
            request,
            f"{ended} session{'s' if ended != 1 else ''} signed out, "
            f"{revoked} token{'s' if revoked != 1 else ''} revoked.",
            messages.SUCCESS,
        )
