"""Django admin for site administrators: institutions and programs, plus read-only operational records."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from program import audit
from program.models import (
    AuditAction,
    AuditEvent,
    Institution,
    JobRun,
    Membership,
    Program,
    ReferralService,
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
