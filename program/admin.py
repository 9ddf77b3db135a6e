"""Django admin for site administrators: institutions and programs, plus read-only operational records."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from program.models import (
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
    model = ReferralService
    extra = 0
    fields = ["name", "phone", "hours", "urgency", "available_24_7", "is_active", "order"]


@admin.register(Program)
class ProgramAdmin(admin.ModelAdmin):
    list_display = ["name", "institution", "timezone", "retention_days", "min_active_supporters"]
    list_filter = ["institution"]
    search_fields = ["name"]
    inlines = [ReferralServiceInline]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "program", "role", "status", "term_start", "expected_end"]
    list_filter = ["program", "role", "status"]
    search_fields = ["user__username", "user__email", "user__last_name"]
    raw_id_fields = ["user"]


@admin.register(TrainingModule)
class TrainingModuleAdmin(admin.ModelAdmin):
    list_display = ["name", "program", "validity_months"]
    list_filter = ["program"]


class ReadOnlyAdmin(admin.ModelAdmin):
    """Visible to administrators; nobody adds, edits or deletes through the admin."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


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
    ]
    list_filter = ["job", "outcome"]
    date_hierarchy = "scheduled_for"
