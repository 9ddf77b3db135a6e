"""REST endpoints for pause rules and pauses (SPEC 4.3), with the pages' selectors and services.

Private reasons and sign-off notes appear only in a single pause's view, only to the supporter and
their supervisors, and each such read is audited; coordinators see a pause's status, never its reason.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django.utils.decorators import method_decorator
from django.views.decorators.debug import sensitive_post_parameters
from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound
from rest_framework.request import Request
from rest_framework.response import Response

from api import fields as api_fields
from api.permissions import IsSignedIn, ReadOrManageProgram
from api.serializers import StrictSerializer
from program.access import acting_user
from program.models import CURRENT_STATUSES, Membership, Role
from program.selectors import programs_visible_to
from supervision import selectors
from supervision.models import Pause, PauseAction, PauseEnd, PauseRule
from supervision.pauses import services as pauses

sensitive = method_decorator(sensitive_post_parameters("reason", "note"), name="dispatch")


# --- Rules ---------------------------------------------------------------------------------------


class PauseRuleSerializer(serializers.ModelSerializer):
    class Meta:
        model = PauseRule
        fields = [
            "id",
            "program",
            "name",
            "metric",
            "window_days",
            "threshold",
            "action",
            "review_days",
            "enabled",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields


class PauseRuleInputSerializer(StrictSerializer):
    """Values are checked by the pause service, which names the field and the problem."""

    name = serializers.CharField(required=False, max_length=120)
    metric = serializers.CharField(required=False, help_text="One of: " + ", ".join(pauses.METRICS))
    window_days = serializers.IntegerField(required=False)
    threshold = serializers.IntegerField(required=False)
    action = serializers.CharField(required=False, help_text="pause or flag")
    review_days = serializers.IntegerField(required=False)
    enabled = serializers.BooleanField(required=False)


class PauseRuleCreateSerializer(PauseRuleInputSerializer):
    program = serializers.IntegerField()
    name = serializers.CharField(max_length=120)
    metric = serializers.CharField(help_text="One of: " + ", ".join(pauses.METRICS))
    window_days = serializers.IntegerField()
    threshold = serializers.IntegerField()
    action = serializers.CharField(help_text="pause or flag")


class PauseRuleFilter(filters.FilterSet):
    program = filters.NumberFilter(field_name="program_id")


@extend_schema_view(
    list=extend_schema(summary="Pause rules of the programs you coordinate or supervise in"),
    retrieve=extend_schema(summary="One pause rule"),
    create=extend_schema(
        summary="Add a pause rule (coordinators)",
        request=PauseRuleCreateSerializer,
        responses={201: PauseRuleSerializer},
    ),
    partial_update=extend_schema(
        summary="Change a pause rule (coordinators)",
        request=PauseRuleInputSerializer,
        responses={200: PauseRuleSerializer},
    ),
)
class PauseRuleViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    serializer_class = PauseRuleSerializer
    permission_classes = [ReadOrManageProgram]
    filterset_class = PauseRuleFilter
    http_method_names = ["get", "post", "patch", "head", "options"]

    def get_queryset(self) -> QuerySet[PauseRule]:
        return selectors.pause_rules_visible_to(self.request.user).select_related("program").order_by("pk")

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        incoming = PauseRuleCreateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = dict(incoming.validated_data)
        user = acting_user(request)
        program = get_object_or_404(programs_visible_to(user), pk=data.pop("program"))
        rule = pauses.create_rule(program, by=user, **data)
        return Response(PauseRuleSerializer(rule).data, status=status.HTTP_201_CREATED)

    def partial_update(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        rule = self.get_object()
        incoming = PauseRuleInputSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        rule = pauses.update_rule(rule, by=acting_user(request), **incoming.validated_data)
        return Response(PauseRuleSerializer(rule).data)


# --- Pauses --------------------------------------------------------------------------------------


class PauseSerializer(serializers.ModelSerializer):
    supporter_name = serializers.CharField(source="membership.display_name", read_only=True)
    rule_name = serializers.CharField(source="rule.name", read_only=True, allow_null=True, default=None)
    is_open = serializers.BooleanField(read_only=True)
    reason = serializers.SerializerMethodField(
        help_text="Private: only in a single pause's view, to the supporter and their supervisors."
    )
    end_note = serializers.SerializerMethodField(help_text="Private, like the reason.")
    undo_until = serializers.SerializerMethodField(
        help_text="Until when the supporter may undo their own pause (POST …/undo/); null when it cannot be."
    )
    end_kind = serializers.ChoiceField(
        choices=PauseEnd.choices, allow_blank=True, read_only=True, help_text='"" while open.'
    )

    class Meta:
        model = Pause
        fields = [
            "id",
            "program",
            "membership",
            "supporter_name",
            "action",
            "trigger",
            "rule",
            "rule_name",
            "started_at",
            "review_on",
            "is_open",
            "ended_at",
            "ended_by",
            "end_kind",
            "reason",
            "end_note",
            "undo_until",
        ]
        read_only_fields = fields

    def get_reason(self, pause: Pause) -> str | None:
        return getattr(pause, "reason", None)

    def get_end_note(self, pause: Pause) -> str | None:
        return getattr(pause, "end_note", None)

    def get_undo_until(self, pause: Pause) -> datetime | None:
        return pauses.undo_until(pause)


class UndoneSerializer(PauseSerializer):
    shifts_given_back = serializers.ListField(
        child=serializers.IntegerField(),
        read_only=True,
        help_text="The shifts (ids) the pause had handed on that nobody had taken, now yours again.",
    )

    class Meta(PauseSerializer.Meta):
        fields = [*PauseSerializer.Meta.fields, "shifts_given_back"]
        read_only_fields = fields


class PauseCreateSerializer(StrictSerializer):
    program = serializers.IntegerField()
    membership = serializers.IntegerField(
        required=False,
        allow_null=True,
        default=None,
        help_text="The supporter membership to pause; leave it out to pause yourself.",
    )
    reason = serializers.CharField(required=False, allow_blank=True, default="", max_length=1000)
    review_on = api_fields.DateField(required=False, allow_null=True, default=None)


class ResumeSerializer(StrictSerializer):
    note = serializers.CharField(allow_blank=True, max_length=1000)


class PauseFilter(filters.FilterSet):
    program = filters.NumberFilter(field_name="program_id")
    membership = filters.NumberFilter(field_name="membership_id")
    is_open = filters.BooleanFilter(field_name="ended_at", lookup_expr="isnull", label="Open")
    action = filters.ChoiceFilter(choices=PauseAction.choices)


@extend_schema_view(
    list=extend_schema(summary="Pauses and flags in your scope (status only; reasons in the single view)"),
    retrieve=extend_schema(summary="One pause; its reason to the supporter and their supervisors (audited)"),
    create=extend_schema(
        summary="Pause yourself (no membership or reason needed), or a supporter you supervise or coordinate",
        request=PauseCreateSerializer,
        responses={201: PauseSerializer},
    ),
)
@sensitive
class PauseViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin, viewsets.GenericViewSet
):
    serializer_class = PauseSerializer
    permission_classes = [IsSignedIn]
    filterset_class = PauseFilter

    def get_queryset(self) -> QuerySet[Pause]:
        return (
            selectors.pauses_visible_to(self.request.user)
            .select_related("membership__user", "rule")
            .order_by("-started_at", "-id")
        )

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        pause = self.get_object()
        user = acting_user(request)
        if pauses.reason_readable(user, pause):
            pauses.read_private([pause], by=user)
        return Response(PauseSerializer(pause).data)

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        incoming = PauseCreateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = incoming.validated_data
        user = acting_user(request)
        program = get_object_or_404(programs_visible_to(user), pk=data["program"])
        if data["membership"] is None:
            own = Membership.objects.filter(
                user=user, program=program, role=Role.SUPPORTER, status__in=CURRENT_STATUSES
            ).first()
            if own is None:
                raise NotFound("You are not a supporter in this program; name the membership to pause.")
            pause = pauses.self_pause(own, by=user, reason=data["reason"])
        else:
            supporter = Membership.objects.filter(program=program, pk=data["membership"]).first()
            if supporter is None or not pauses.may_pause_manually(user, supporter):
                raise NotFound("No supporter with this id that you may pause.")
            pause = pauses.manual_pause(
                supporter, by=user, reason=data["reason"], review_on=data["review_on"]
            )
        return Response(PauseSerializer(pause).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        summary="Resume a pause (or close a flag): a supervisor of the supporter signs off with a note",
        request=ResumeSerializer,
        responses={200: PauseSerializer},
    )
    @action(detail=True, methods=["post"])
    def resume(self, request: Request, pk: str | None = None) -> Response:
        pause = self.get_object()
        incoming = ResumeSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        pause = pauses.resume(pause, by=acting_user(request), note=incoming.validated_data["note"])
        return Response(PauseSerializer(pause).data)

    @extend_schema(
        summary="Undo your own pause within 10 minutes of asking: it ends and your untaken shifts come back",
        request=None,
        responses={200: UndoneSerializer},
    )
    @action(detail=True, methods=["post"])
    def undo(self, request: Request, pk: str | None = None) -> Response:
        """Only the supporter themself (anyone else: 404), only a pause they asked for and only within
        pauses.SELF_PAUSE_UNDO_WINDOW (otherwise 400 saying why); an ended pause answers 409."""
        undone = pauses.undo_self_pause(self.get_object(), by=acting_user(request))
        data = PauseSerializer(undone.pause).data
        data["shifts_given_back"] = [shift.pk for shift in undone.shifts_given_back]
        return Response(data)
