"""Serializers shape JSON; the domain services in each module decide and save."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import authenticate, get_user_model
from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from api import fields as api_fields
from program.access import acting_user
from program.models import (
    AuditEvent,
    Membership,
    Notification,
    OutboundMessage,
    Program,
    ReferralService,
    Role,
    SupervisorAssignment,
    TrainingAssignment,
    TrainingModule,
    TrainingRecord,
)
from program.notifications import concerning
from program.selectors import programs_with

USERNAME_MAX_LENGTH = get_user_model()._meta.get_field("username").max_length


def limit_choices(serializer: serializers.Serializer, name: str, queryset: QuerySet) -> None:
    """Restrict a related field to objects in the caller's scope; anything else "does not exist"."""
    field: Any = serializer.fields[name]
    field.queryset = queryset


class StrictSerializer(serializers.Serializer):
    """Refuses fields it does not know, naming them, instead of silently dropping them."""

    def to_internal_value(self, data: Any) -> Any:
        if isinstance(data, dict):
            writable = {name for name, field in self.fields.items() if not field.read_only}
            unknown = sorted(set(data) - writable)
            if unknown:
                raise serializers.ValidationError({name: ["Unknown or read-only field."] for name in unknown})
        return super().to_internal_value(data)


class StrictModelSerializer(StrictSerializer, serializers.ModelSerializer):
    pass


class MeSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="user.pk")
    username = serializers.CharField(source="user.username")
    name = serializers.CharField()
    email = serializers.EmailField(source="user.email")
    phone = serializers.CharField(allow_null=True, help_text="E.164, e.g. +61491570156; null when none.")
    keeps_phone = serializers.BooleanField(
        help_text="Whether you may set a phone number (a current supervisor or coordinator role)."
    )


class MeInputSerializer(StrictSerializer):
    phone = api_fields.TextField(
        allow_null=True,
        allow_blank=True,
        help_text=(
            'Your number as you would write it ("0491 570 156", "+61 491 570 156"); read as Australian '
            "without a country code, stored in E.164. Null or empty removes it. Supervisors and "
            "coordinators only."
        ),
    )


class TokenRequestSerializer(StrictSerializer):
    # Bounded like the sign-in page: no username is longer than its column, and django-axes records the
    # username tried in a 255-character column (a longer one was a database error on PostgreSQL).
    username = serializers.CharField(max_length=USERNAME_MAX_LENGTH)
    # Hashing an enormous password is slow; Django's own forms once capped passwords at 4096 characters.
    password = serializers.CharField(style={"input_type": "password"}, trim_whitespace=False, max_length=4096)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        request = self.context["request"]
        # django-axes needs the Django request (not DRF's wrapper) to count failures and lock out.
        user = authenticate(request._request, username=attrs["username"], password=attrs["password"])
        if user is None or not user.is_active:
            raise serializers.ValidationError(
                {"password": ["Unable to sign in with this username and password."]}, code="authorization"
            )
        attrs["user"] = user
        return attrs


class TokenSerializer(serializers.Serializer):
    token = serializers.CharField()


class ProgramSerializer(StrictModelSerializer):
    institution = serializers.CharField(source="institution.name", read_only=True)

    class Meta:
        model = Program
        fields = [
            "id",
            "name",
            "institution",
            "timezone",
            "retention_days",
            "min_active_supporters",
            "supervision_interval_days",
            "weekly_contact_hour_limit",
            "student_id_pattern",
            "suppression_threshold",
            "breakdown_suppression_threshold",
            "created_at",
        ]
        read_only_fields = ["id", "name", "institution", "created_at"]


class UserSummarySerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    username = serializers.CharField(read_only=True)
    name = serializers.SerializerMethodField()

    def get_name(self, user: Any) -> str:
        return str(user.get_full_name() or user.get_username())


class MembershipSerializer(StrictModelSerializer):
    user = UserSummarySerializer(read_only=True)
    program: serializers.PrimaryKeyRelatedField = serializers.PrimaryKeyRelatedField(read_only=True)

    class Meta:
        model = Membership
        fields = [
            "id",
            "user",
            "program",
            "role",
            "status",
            "term_start",
            "expected_end",
            "year_level",
            "clinical_site",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["id", "user", "program", "role", "created_at", "updated_at"]


class AcademicStandingSerializer(StrictSerializer):
    at_risk = serializers.BooleanField(help_text="True marks the standing at risk; false clears it.")


class MembershipCreateSerializer(StrictSerializer):
    program = serializers.IntegerField()
    email = serializers.EmailField()
    first_name = serializers.CharField(max_length=150, required=False, allow_blank=True, default="")
    last_name = serializers.CharField(max_length=150, required=False, allow_blank=True, default="")
    role = serializers.ChoiceField(choices=Role.choices)
    term_start = api_fields.DateField(required=False, allow_null=True, default=None)
    expected_end = api_fields.DateField(required=False, allow_null=True, default=None)
    year_level = serializers.IntegerField(
        min_value=1, max_value=7, required=False, allow_null=True, default=None
    )
    clinical_site = serializers.CharField(max_length=120, required=False, allow_blank=True, default="")


class SupervisorAssignmentSerializer(StrictModelSerializer):
    supporter = serializers.PrimaryKeyRelatedField(queryset=Membership.objects.all())
    supervisor = serializers.PrimaryKeyRelatedField(queryset=Membership.objects.all())
    backup = serializers.PrimaryKeyRelatedField(
        queryset=Membership.objects.all(), allow_null=True, required=False
    )

    class Meta:
        model = SupervisorAssignment
        fields = ["id", "program", "supporter", "supervisor", "backup", "started_on", "ended_on"]
        read_only_fields = ["id", "program", "started_on", "ended_on"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        request = self.context.get("request")
        if request is not None:
            # Only memberships in programs the caller manages can be named; others "do not exist".
            managed = Membership.objects.filter(program__in=programs_with(request.user, "manage_program"))
            for name in ("supporter", "supervisor", "backup"):
                limit_choices(self, name, managed)


class TrainingModuleSerializer(StrictModelSerializer):
    program = serializers.PrimaryKeyRelatedField(queryset=Program.objects.none())
    required_for = serializers.ListField(child=serializers.ChoiceField(choices=Role.choices), required=False)

    class Meta:
        model = TrainingModule
        validators: list = []  # uniqueness is checked by the service, which names the field
        fields = ["id", "program", "name", "description", "validity_months", "required_for", "created_at"]
        read_only_fields = ["id", "created_at"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        request = self.context.get("request")
        if request is not None:
            limit_choices(self, "program", programs_with(request.user, "manage_program"))
        if self.instance is not None and not isinstance(self.instance, list | tuple):
            self.fields["program"].read_only = True


class TrainingRecordSerializer(StrictModelSerializer):
    membership = serializers.PrimaryKeyRelatedField(queryset=Membership.objects.none())
    module = serializers.PrimaryKeyRelatedField(queryset=TrainingModule.objects.none())
    status = serializers.SerializerMethodField()

    class Meta:
        model = TrainingRecord
        validators: list = []  # uniqueness is checked by the service, which names the field
        fields = ["id", "membership", "module", "completed_on", "expires_on", "status", "created_at"]
        read_only_fields = ["id", "expires_on", "status", "created_at"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        request = self.context.get("request")
        if request is not None:
            managed = programs_with(request.user, "manage_program")
            limit_choices(self, "membership", Membership.objects.filter(program__in=managed))
            limit_choices(self, "module", TrainingModule.objects.filter(program__in=managed))

    def get_status(self, record: TrainingRecord) -> str:
        return record.status_on(self.context["today"])


class TrainingAssignmentSerializer(serializers.ModelSerializer):
    module_name = serializers.CharField(source="module.name", read_only=True)
    status = serializers.SerializerMethodField(
        help_text='"to do" (due on or after today), "overdue", or "done" (a completion closed it).'
    )

    class Meta:
        model = TrainingAssignment
        fields = [
            "id",
            "membership",
            "module",
            "module_name",
            "due_on",
            "status",
            "completed_by",
            "assigned_at",
        ]
        read_only_fields = fields

    @extend_schema_field(serializers.ChoiceField(choices=["to do", "overdue", "done"]))
    def get_status(self, assignment: TrainingAssignment) -> str:
        return assignment.status_on(assignment.membership.program.today())


class ReferralServiceSerializer(StrictModelSerializer):
    program = serializers.PrimaryKeyRelatedField(queryset=Program.objects.none())

    class Meta:
        model = ReferralService
        validators: list = []  # uniqueness is checked by the service, which names the field
        fields = [
            "id",
            "program",
            "name",
            "when_to_use",
            "phone",
            "hours",
            "available_24_7",
            "urgency",
            "website",
            "is_national",
            "is_active",
            "order",
        ]
        read_only_fields = ["id"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        request = self.context.get("request")
        if request is not None:
            limit_choices(self, "program", programs_with(request.user, "manage_program"))
        if self.instance is not None and not isinstance(self.instance, list | tuple):
            self.fields["program"].read_only = True


class NotificationSerializer(serializers.ModelSerializer):
    concerns = serializers.SerializerMethodField(
        help_text="Who the message concerns, if you may still see the linked record; never stored."
    )

    class Meta:
        model = Notification
        fields = ["id", "program", "kind", "title", "body", "link", "concerns", "created_at", "read_at"]
        read_only_fields = fields

    def get_concerns(self, note: Notification) -> str | None:
        # A list view reads them for the whole page at once (see NotificationViewSet.list).
        found = self.context.get("concerns")
        if found is None:
            found = concerning(acting_user(self.context["request"]), [note])
        return found.get(note.pk)


class MarkedReadSerializer(serializers.Serializer):
    marked_read = serializers.IntegerField()


class AuditEventSerializer(serializers.ModelSerializer):
    actor = serializers.CharField(source="actor.username", read_only=True, allow_null=True, default=None)
    sentence = serializers.CharField(
        read_only=True, help_text='The event in words, naming only the actor: "Grace accepted the offer".'
    )

    class Meta:
        model = AuditEvent
        fields = [
            "id",
            "at",
            "actor",
            "sentence",
            "program",
            "action",
            "object_type",
            "object_id",
            "summary",
            "source_ip",
        ]
        read_only_fields = fields


class DeliverySerializer(serializers.ModelSerializer):
    """How one outgoing message is being delivered. No content: the kind says what it was about."""

    recipient = serializers.SerializerMethodField()

    class Meta:
        model = OutboundMessage
        fields = [
            "id",
            "program",
            "channel",
            "kind",
            "recipient",
            "status",
            "attempts",
            "last_error",
            "created_at",
            "last_attempt_at",
            "next_attempt_at",
            "sent_at",
        ]
        read_only_fields = fields

    def get_recipient(self, message: OutboundMessage) -> str:
        """The recipient's name (their username if they gave none); never their address."""
        return message.recipient.get_full_name() or message.recipient.get_username()
