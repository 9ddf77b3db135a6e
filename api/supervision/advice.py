"""REST endpoints for advice on demand: advice requests (page, acknowledge, resolve) and each program's
escalation chain. The rules are supervision/advice/services.py's, shared with the pages.

A request carries no free text: `program` and `urgency` only, and any other field is refused (400 naming
it). Who may read a request: its requester, the people it paged (while members of the program) and the
program's coordinators; everyone else gets 404, as on the pages.
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema, extend_schema_field, extend_schema_view
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound, PermissionDenied
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api import fields as api_fields
from api.permissions import IsSignedIn
from api.serializers import StrictSerializer
from program.access import acting_user
from program.models import STAFF_ROLES, Program
from program.selectors import holds, own_memberships, programs_visible_to
from supervision.advice import services as advice
from supervision.models import (
    AdviceRequest,
    AdviceStatus,
    AdviceUrgency,
    EscalationChain,
    EscalationStep,
    EscalationTarget,
)

# --- Requests ---------------------------------------------------------------------------------------------


class AdviceRequestSerializer(serializers.ModelSerializer):
    requester_name = serializers.CharField(source="requester.display_name", read_only=True)
    acknowledged_by_name = serializers.SerializerMethodField()
    created_at = api_fields.DateTimeField(read_only=True)

    class Meta:
        model = AdviceRequest
        fields = [
            "id",
            "program",
            "urgency",
            "status",
            "requester_name",
            "contact",
            "created_at",
            "acknowledged_at",
            "acknowledged_by_name",
            "resolved_at",
            "next_escalation_at",
        ]
        read_only_fields = fields

    def get_acknowledged_by_name(self, found: AdviceRequest) -> str | None:
        return advice.name_of(found.acknowledged_by) or None


class AdviceEventSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=["paged", "acknowledged", "resolved"])
    at = serializers.DateTimeField()
    name = serializers.CharField()
    phone = serializers.CharField(allow_null=True, help_text="E.164 while they hold a staff role; else null.")
    step = serializers.IntegerField(allow_null=True, help_text="The chain step a page belongs to.")


class AdviceRequestDetailSerializer(AdviceRequestSerializer):
    acknowledged_by_phone = serializers.SerializerMethodField(help_text="E.164, for tap-to-call; or null.")
    timeline = serializers.SerializerMethodField()

    class Meta(AdviceRequestSerializer.Meta):
        fields = [*AdviceRequestSerializer.Meta.fields, "acknowledged_by_phone", "timeline"]
        read_only_fields = fields

    def _events(self, found: AdviceRequest) -> list[advice.Event]:
        if not hasattr(found, "_events"):
            found._events = advice.timeline(found)  # type: ignore[attr-defined]
        return found._events  # type: ignore[attr-defined]

    def get_acknowledged_by_phone(self, found: AdviceRequest) -> str | None:
        return next((e.phone for e in self._events(found) if e.kind == "acknowledged"), None)

    @extend_schema_field(AdviceEventSerializer(many=True))
    def get_timeline(self, found: AdviceRequest) -> list[dict[str, Any]]:
        return [
            {"kind": e.kind, "at": e.at, "name": e.name, "phone": e.phone, "step": e.step}
            for e in self._events(found)
        ]


class AdviceRequestCreateSerializer(StrictSerializer):
    """No free text: anything beyond these two fields is refused, naming it."""

    program = serializers.IntegerField()
    urgency = serializers.ChoiceField(choices=AdviceUrgency.choices)


class AdviceRequestFilter(filters.FilterSet):
    program = filters.NumberFilter(field_name="program_id")
    status = filters.ChoiceFilter(choices=AdviceStatus.choices)


@extend_schema_view(
    list=extend_schema(
        summary="Advice requests you made, were paged for, or (coordinators) of your programs",
    ),
    retrieve=extend_schema(
        summary="One advice request: its status and timeline, with the acknowledger's phone",
        responses={200: AdviceRequestDetailSerializer},
    ),
    create=extend_schema(
        summary="Get advice now: page whoever is on call (supporters, paused ones too; no free text)",
        request=AdviceRequestCreateSerializer,
        responses={201: AdviceRequestDetailSerializer},
    ),
)
class AdviceRequestViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin, viewsets.GenericViewSet
):
    serializer_class = AdviceRequestSerializer
    permission_classes = [IsSignedIn]
    filterset_class = AdviceRequestFilter

    def get_queryset(self) -> QuerySet[AdviceRequest]:
        return (
            advice.advice_requests_visible_to(self.request.user)
            .select_related("requester__user", "acknowledged_by")
            .order_by("-created_at", "-pk")
        )

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return Response(AdviceRequestDetailSerializer(self.get_object()).data)

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        incoming = AdviceRequestCreateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        user = acting_user(request)
        program = get_object_or_404(programs_visible_to(user), pk=incoming.validated_data["program"])
        try:
            made = advice.open_request(user, program, incoming.validated_data["urgency"])
        except AdviceRequest.DoesNotExist:
            raise NotFound("You are not a supporter in a program with this id.") from None
        return Response(AdviceRequestDetailSerializer(made).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        summary="Acknowledge: only someone the request paged (anyone else: 404)",
        request=None,
        responses={200: AdviceRequestDetailSerializer},
    )
    @action(detail=True, methods=["post"])
    def acknowledge(self, request: Request, pk: str | None = None) -> Response:
        found = advice.acknowledge(self.get_object(), by=acting_user(request))
        return Response(AdviceRequestDetailSerializer(found).data)

    @extend_schema(
        summary="Resolve: the requester, anyone paged, or a coordinator",
        request=None,
        responses={200: AdviceRequestDetailSerializer},
    )
    @action(detail=True, methods=["post"])
    def resolve(self, request: Request, pk: str | None = None) -> Response:
        found = advice.resolve(self.get_object(), by=acting_user(request))
        return Response(AdviceRequestDetailSerializer(found).data)


# --- Escalation chains ------------------------------------------------------------------------------------


class EscalationStepSerializer(serializers.ModelSerializer):
    target = serializers.ChoiceField(choices=EscalationTarget.choices)

    class Meta:
        model = EscalationStep
        fields = ["target", "emergency_minutes", "urgent_minutes", "routine_minutes"]


class EscalationChainSerializer(serializers.ModelSerializer):
    steps = serializers.SerializerMethodField()

    class Meta:
        model = EscalationChain
        fields = ["program", "steps", "repeat_minutes", "updated_at"]
        read_only_fields = fields

    @extend_schema_field(EscalationStepSerializer(many=True))
    def get_steps(self, chain: EscalationChain) -> list[dict[str, Any]]:
        return [EscalationStepSerializer(step).data for step in chain.steps.order_by("position")]


class EscalationChainInputSerializer(StrictSerializer):
    """Steps are checked by the service, which names the step: `steps.2.target`."""

    steps = serializers.ListField(child=serializers.DictField(), allow_empty=True)
    repeat_minutes = serializers.IntegerField(required=False)


class EscalationChainView(APIView):
    """A program's escalation chain: its staff read it, its coordinators replace it."""

    permission_classes = [IsSignedIn]

    def _program(self, request: Request, program_id: int) -> Program:
        user = acting_user(request)
        program = (
            Program.objects.filter(pk=program_id)
            .filter(pk__in=own_memberships(user, *STAFF_ROLES).values("program_id"))
            .first()
        )
        if program is None:
            raise NotFound("You are not staff of a program with this id.")
        return program

    @extend_schema(
        summary="The program's escalation chain (its staff)", responses={200: EscalationChainSerializer}
    )
    def get(self, request: Request, program_id: int) -> Response:
        chain, _ = advice.chain_steps(self._program(request, program_id))
        return Response(EscalationChainSerializer(chain).data)

    @extend_schema(
        summary="Replace the escalation chain (coordinators); it must end with a step that reaches someone",
        request=EscalationChainInputSerializer,
        responses={200: EscalationChainSerializer},
    )
    def put(self, request: Request, program_id: int) -> Response:
        program = self._program(request, program_id)
        user = acting_user(request)
        if not holds(user, "manage_program", program):
            raise PermissionDenied("Only the program's coordinators change its escalation chain.")
        incoming = EscalationChainInputSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = incoming.validated_data
        chain = advice.save_chain(
            program, by=user, steps=data["steps"], repeat_minutes=data.get("repeat_minutes")
        )
        return Response(EscalationChainSerializer(chain).data)
