"""Query filters. Related objects are filtered by id as plain numbers: a ModelChoiceFilter would
check the id against every row in the table and so tell a caller which ids exist outside their scope."""

from __future__ import annotations

from django import forms
from django_filters import fields as filter_fields
from django_filters import rest_framework as filters

from program.bounds import validate_sane_date, validate_sane_datetime
from program.models import AuditAction, DeliveryChannel, DeliveryStatus, MembershipStatus, Role, Urgency


class SaneIsoDateTimeField(filter_fields.IsoDateTimeField):
    default_validators = [validate_sane_datetime]


class SaneDateField(forms.DateField):
    default_validators = [validate_sane_date]


class IsoDateTimeFilter(filters.IsoDateTimeFilter):
    """An ISO 8601 date-time filter refusing years and UTC offsets the database cannot compare (400)."""

    field_class = SaneIsoDateTimeField


class DateFilter(filters.DateFilter):
    """A date filter refusing dates outside the sane range (400)."""

    field_class = SaneDateField


class MembershipFilter(filters.FilterSet):
    program = filters.NumberFilter(field_name="program_id")
    role = filters.ChoiceFilter(choices=Role.choices)
    status = filters.ChoiceFilter(choices=MembershipStatus.choices)


class SupervisorAssignmentFilter(filters.FilterSet):
    program = filters.NumberFilter(field_name="program_id")
    supporter = filters.NumberFilter(field_name="supporter_id")
    supervisor = filters.NumberFilter(field_name="supervisor_id")
    current = filters.BooleanFilter(field_name="ended_on", lookup_expr="isnull")


class ProgramScopedFilter(filters.FilterSet):
    program = filters.NumberFilter(field_name="program_id")


class TrainingRecordFilter(filters.FilterSet):
    membership = filters.NumberFilter(field_name="membership_id")
    module = filters.NumberFilter(field_name="module_id")
    program = filters.NumberFilter(field_name="membership__program_id")


class TrainingAssignmentFilter(TrainingRecordFilter):
    open = filters.BooleanFilter(
        field_name="completed_by",
        lookup_expr="isnull",
        label="Only training still to do (true) or done (false)",
    )


class ReferralServiceFilter(filters.FilterSet):
    program = filters.NumberFilter(field_name="program_id")
    urgency = filters.ChoiceFilter(choices=Urgency.choices)
    available_24_7 = filters.BooleanFilter()


class NotificationFilter(filters.FilterSet):
    program = filters.NumberFilter(field_name="program_id")
    kind = filters.CharFilter()
    unread = filters.BooleanFilter(field_name="read_at", lookup_expr="isnull")


class AuditEventFilter(filters.FilterSet):
    program = filters.NumberFilter(field_name="program_id")
    actor = filters.NumberFilter(field_name="actor_id")
    action = filters.ChoiceFilter(choices=AuditAction.choices)
    object_type = filters.CharFilter()
    since = IsoDateTimeFilter(field_name="at", lookup_expr="gte")
    until = IsoDateTimeFilter(field_name="at", lookup_expr="lt")


class DeliveryFilter(filters.FilterSet):
    program = filters.NumberFilter(field_name="program_id")
    status = filters.ChoiceFilter(choices=DeliveryStatus.choices)
    channel = filters.ChoiceFilter(choices=DeliveryChannel.choices)
    kind = filters.CharFilter()
