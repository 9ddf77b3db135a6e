"""REST endpoints for succession planning (SPEC 4.4): key roles and their holders, successors and their
development actions, handover tasks, the knowledge base, the runway, the continuity score and the two
PDFs. Every read goes through succession.selectors and every change through succession.services, so
the API and the pages cannot disagree; a service's DoesNotExist (the caller may not act) answers 404.

Each write first settles whether the caller may act at all (coordinators of the record's program, or
the owner, nominee, giver or receiver where the action is theirs too) and only then reads the body:
anyone else gets the same 404 whatever they send, so a refusal never turns on the input, and membership
ids of a program are looked up only for those who may act in it.
"""

from __future__ import annotations

import io
from datetime import date
from typing import Any

from django.contrib.auth.models import User
from django.db.models import Count, OuterRef, Prefetch, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import FileResponse, HttpResponse
from django.shortcuts import get_object_or_404
from django_filters import rest_framework as filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_field,
    extend_schema_view,
)
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound
from rest_framework.parsers import MultiPartParser
from rest_framework.renderers import BaseRenderer, JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api import fields as api_fields
from api.filters import ProgramScopedFilter
from api.parsers import JSONParser
from api.permissions import IsSignedIn
from api.serializers import StrictSerializer
from program.access import acting_user
from program.downloads import attachment
from program.models import Membership, Program
from program.selectors import is_coordinator, programs_with
from succession import handover_pack, program_report, selectors, services
from succession.continuity import Continuity, assess, stale_before
from succession.handover_pack import handover_pack_pdf
from succession.models import (
    READINESS_RANK,
    ChecklistItem,
    DevelopmentAction,
    DevelopmentKind,
    Document,
    DocumentKind,
    DocumentVersion,
    Handover,
    HandoverTask,
    KeyRole,
    KeyRoleHolder,
    KeyRoleKind,
    Readiness,
    Successor,
)
from succession.program_report import program_report_pdf
from succession.runway import forecast

# Inputs name their choices in help text and leave checking them to the services, which name the field
# and the problem (as the other endpoints do); only the representations carry the enums.
KEY_ROLE_KINDS = "One of: " + ", ".join(KeyRoleKind.values)
READINESS = "One of: " + ", ".join(Readiness.values)
DEVELOPMENT_KINDS = "One of: " + ", ".join(DevelopmentKind.values)
DOCUMENT_KINDS = "One of: " + ", ".join(DocumentKind.values)
ID = "[0-9]+"


def _member_of(program_id: int, pk: int, field: str) -> Membership:
    """The membership with this id in the program; whether it may take the work is the service's call."""
    found = Membership.objects.filter(program_id=program_id, pk=pk).select_related("user").first()
    if found is None:
        raise serializers.ValidationError({field: ["No member of this program has this id."]})
    return found


def _may_act(allowed: bool) -> None:
    """404 for a caller who may not take this action, before their input is read."""
    if not allowed:
        raise NotFound("Not found.")


def _coordinators_only(user: User, program_id: int) -> None:
    """Only current coordinators of the program go further; to anyone else the record is not there."""
    _may_act(is_coordinator(user, program_id))


def _body_id(request: Request, field: str) -> int | None:
    """The id the body names in `field`, read ahead of the rest of the body so that who may act is
    settled first; None if it names none (the body's validation then says what is wrong)."""
    data = request.data
    value = data.get(field) if hasattr(data, "get") else None
    if value is None:
        return None
    try:
        return int(serializers.IntegerField().to_internal_value(value))
    except serializers.ValidationError:
        return None


def _coordinated_context(user: Any) -> dict[str, Any]:
    """The programs the caller coordinates, worked out once per request for the serializers."""
    return {"coordinated": set(selectors.programs_coordinated_by(user).values_list("pk", flat=True))}


def _id_parameter(name: str, description: str) -> OpenApiParameter:
    return OpenApiParameter(name, int, OpenApiParameter.PATH, description=description)


# --- Key roles and holders ---------------------------------------------------------------------------


class HolderSerializer(serializers.ModelSerializer):
    name = serializers.CharField(source="membership.display_name", read_only=True)

    class Meta:
        model = KeyRoleHolder
        fields = ["id", "key_role", "membership", "name", "starts_on", "term_ends_on", "ended_on"]
        read_only_fields = fields


class ChecklistItemSerializer(serializers.ModelSerializer):
    class Meta:
        model = ChecklistItem
        fields = ["id", "order", "text"]
        read_only_fields = fields


class KeyRoleSerializer(serializers.ModelSerializer):
    holders = HolderSerializer(
        source="current_holders", many=True, read_only=True, help_text="Current holders (terms not ended)."
    )
    checklist = serializers.SerializerMethodField(
        help_text="The handover checklist template, for coordinators of the role's program; null for "
        "anyone else (supervisors, supporters, reviewers), as on the pages."
    )

    class Meta:
        model = KeyRole
        fields = ["id", "program", "kind", "name", "description", "holders", "checklist", "created_at"]
        read_only_fields = fields

    @extend_schema_field(ChecklistItemSerializer(many=True, allow_null=True))
    def get_checklist(self, role: KeyRole) -> list[dict[str, Any]] | None:
        coordinated: set[int] = self.context.get("coordinated", set())
        if role.program_id not in coordinated:
            return None
        return list(ChecklistItemSerializer(role.checklist.all(), many=True).data)


class KeyRoleInputSerializer(StrictSerializer):
    name = serializers.CharField(required=False, max_length=120)
    description = serializers.CharField(required=False, allow_blank=True)


class KeyRoleCreateSerializer(KeyRoleInputSerializer):
    program = serializers.IntegerField()
    name = serializers.CharField(max_length=120)
    kind = serializers.CharField(
        required=False, help_text=f"{KEY_ROLE_KINDS}. Picks the checklist the role starts with."
    )


class HolderCreateSerializer(StrictSerializer):
    membership = serializers.IntegerField(help_text="A current member of the role's program.")
    starts_on = api_fields.DateField()
    term_ends_on = api_fields.DateField(required=False, allow_null=True, default=None)


class HolderUpdateSerializer(StrictSerializer):
    starts_on = api_fields.DateField(required=False)
    term_ends_on = api_fields.DateField(required=False, allow_null=True, help_text="null: no set end.")


class EndHoldingSerializer(StrictSerializer):
    ended_on = api_fields.DateField(required=False, allow_null=True, default=None, help_text="Default today.")


class ChecklistSerializer(StrictSerializer):
    items = serializers.ListField(
        child=serializers.CharField(allow_blank=True), help_text="The checklist's lines, in order."
    )


class StartHandoverSerializer(StrictSerializer):
    to_membership = serializers.IntegerField(help_text="Who takes the role over.")
    from_membership = serializers.IntegerField(
        required=False, allow_null=True, default=None, help_text="Who hands it over, if anyone."
    )


class ProgressSerializer(serializers.Serializer):
    done = serializers.IntegerField()
    total = serializers.IntegerField()
    percent = serializers.IntegerField()


def _progress(done: int, total: int) -> dict[str, int]:
    return {"done": done, "total": total, "percent": round(100 * done / total) if total else 0}


class HandoverTaskItemSerializer(serializers.ModelSerializer):
    done = serializers.SerializerMethodField()

    class Meta:
        model = HandoverTask
        fields = ["id", "order", "text", "done", "done_at", "done_by"]
        read_only_fields = fields

    def get_done(self, task: HandoverTask) -> bool:
        return task.done_at is not None


class HandoverSerializer(serializers.ModelSerializer):
    tasks = HandoverTaskItemSerializer(many=True, read_only=True)
    progress = serializers.SerializerMethodField()

    class Meta:
        model = Handover
        fields = [
            "id",
            "key_role",
            "from_membership",
            "to_membership",
            "started_at",
            "started_by",
            "completed_at",
            "progress",
            "tasks",
        ]
        read_only_fields = fields

    @extend_schema_field(ProgressSerializer)
    def get_progress(self, handover: Handover) -> dict[str, int]:
        tasks = list(handover.tasks.all())
        return _progress(sum(task.done_at is not None for task in tasks), len(tasks))


class KeyRoleFilter(ProgramScopedFilter):
    kind = filters.ChoiceFilter(choices=KeyRoleKind.choices)


def _holder_parameter() -> OpenApiParameter:
    return _id_parameter("holder_id", "A holder (holding) of this key role.")


@extend_schema_view(
    list=extend_schema(
        summary="Key roles of the programs you work in, with current holders (checklists if you coordinate)"
    ),
    retrieve=extend_schema(summary="One key role"),
    create=extend_schema(
        summary="Add a key role (coordinators); its checklist starts from the template for its kind",
        request=KeyRoleCreateSerializer,
        responses={201: KeyRoleSerializer},
    ),
    partial_update=extend_schema(
        summary="Rename or describe a key role (coordinators)",
        request=KeyRoleInputSerializer,
        responses={200: KeyRoleSerializer},
    ),
    destroy=extend_schema(summary="Remove a key role (coordinators)"),
)
class KeyRoleViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin, viewsets.GenericViewSet
):
    serializer_class = KeyRoleSerializer
    # Anyone signed in; the selector limits what they see and the services who may change it (404).
    permission_classes = [IsSignedIn]
    filterset_class = KeyRoleFilter
    ordering_fields = ["name", "id"]
    http_method_names = ["get", "post", "put", "patch", "delete", "head", "options"]

    def get_queryset(self) -> QuerySet[KeyRole]:
        return (
            selectors.key_roles_visible_to(self.request.user)
            .prefetch_related(
                Prefetch(
                    "holders",
                    queryset=KeyRoleHolder.objects.filter(ended_on__isnull=True).select_related(
                        "membership__user"
                    ),
                    to_attr="current_holders",
                ),
                "checklist",
            )
            .order_by("program_id", "name", "pk")
        )

    def get_serializer_context(self) -> dict[str, Any]:
        return {**super().get_serializer_context(), **_coordinated_context(self.request.user)}

    def _fresh(self, role: KeyRole) -> Response:
        return Response(
            KeyRoleSerializer(self.get_queryset().get(pk=role.pk), context=self.get_serializer_context()).data
        )

    def _coordinated_role(self, request: Request) -> KeyRole:
        """The role, if the caller coordinates its program; 404 for anyone else, whatever they sent."""
        role = self.get_object()
        _coordinators_only(acting_user(request), role.program_id)
        return role

    def _program(self, user: User, pk: int) -> Program:
        program = get_object_or_404(selectors.programs_worked_in(user), pk=pk)
        _coordinators_only(user, program.pk)
        return program

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        user = acting_user(request)
        named = _body_id(request, "program")
        program = None if named is None else self._program(user, named)
        incoming = KeyRoleCreateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = dict(incoming.validated_data)
        program_id = data.pop("program")
        if program is None or program.pk != program_id:
            program = self._program(user, program_id)
        role = services.add_key_role(program, by=user, **data)
        response = self._fresh(role)
        response.status_code = status.HTTP_201_CREATED
        return response

    def partial_update(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        role = self._coordinated_role(request)
        incoming = KeyRoleInputSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        services.update_key_role(role, by=acting_user(request), **incoming.validated_data)
        return self._fresh(role)

    def destroy(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        services.remove_key_role(self._coordinated_role(request), by=acting_user(request))
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(
        summary="Give someone the key role for a term (coordinators)",
        request=HolderCreateSerializer,
        responses={201: HolderSerializer},
    )
    @action(detail=True, methods=["post"])
    def holders(self, request: Request, pk: str | None = None) -> Response:
        role = self._coordinated_role(request)
        incoming = HolderCreateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = incoming.validated_data
        holder = services.assign_holder(
            role,
            by=acting_user(request),
            membership=_member_of(role.program_id, data["membership"], "membership"),
            starts_on=data["starts_on"],
            term_ends_on=data["term_ends_on"],
        )
        return Response(HolderSerializer(holder).data, status=status.HTTP_201_CREATED)

    def _holder(self, request: Request, holder_id: str) -> KeyRoleHolder:
        role = self._coordinated_role(request)
        return get_object_or_404(
            selectors.holders_visible_to(request.user).select_related(
                "key_role__program", "membership__user"
            ),
            key_role=role,
            pk=holder_id,
        )

    @extend_schema(
        summary="Change a holder's term (coordinators)",
        parameters=[_holder_parameter()],
        request=HolderUpdateSerializer,
        responses={200: HolderSerializer},
    )
    @action(detail=True, methods=["patch"], url_path=rf"holders/(?P<holder_id>{ID})", url_name="holder")
    def holder(self, request: Request, pk: str | None = None, holder_id: str = "") -> Response:
        holder = self._holder(request, holder_id)
        incoming = HolderUpdateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = incoming.validated_data
        holder = services.update_holder(
            holder,
            by=acting_user(request),
            starts_on=data.get("starts_on", holder.starts_on),
            term_ends_on=data.get("term_ends_on", holder.term_ends_on),
        )
        return Response(HolderSerializer(holder).data)

    @extend_schema(
        summary="End a holding (coordinators); the history stays",
        parameters=[_holder_parameter()],
        request=EndHoldingSerializer,
        responses={200: HolderSerializer},
    )
    @action(
        detail=True, methods=["post"], url_path=rf"holders/(?P<holder_id>{ID})/end", url_name="end-holding"
    )
    def end_holding(self, request: Request, pk: str | None = None, holder_id: str = "") -> Response:
        holder = self._holder(request, holder_id)
        incoming = EndHoldingSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        holder = services.end_holding(
            holder, by=acting_user(request), ended_on=incoming.validated_data["ended_on"]
        )
        return Response(HolderSerializer(holder).data)

    @extend_schema(
        summary="Replace the role's handover checklist (coordinators); handovers under way keep theirs",
        request=ChecklistSerializer,
        responses={200: KeyRoleSerializer},
    )
    @action(detail=True, methods=["put"])
    def checklist(self, request: Request, pk: str | None = None) -> Response:
        role = self._coordinated_role(request)
        incoming = ChecklistSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        services.set_checklist(role, by=acting_user(request), items=incoming.validated_data["items"])
        return self._fresh(role)

    @extend_schema(
        summary="Start a handover of the role (coordinators): tasks copied from its checklist",
        request=StartHandoverSerializer,
        responses={201: HandoverSerializer},
    )
    @action(detail=True, methods=["post"])
    def handovers(self, request: Request, pk: str | None = None) -> Response:
        role = self._coordinated_role(request)
        incoming = StartHandoverSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = incoming.validated_data
        giver = data["from_membership"]
        user = acting_user(request)
        handover = services.start_handover(
            role,
            by=user,
            to_membership=_member_of(role.program_id, data["to_membership"], "to_membership"),
            from_membership=None if giver is None else _member_of(role.program_id, giver, "from_membership"),
        )
        fresh = selectors.handovers_visible_to(user).prefetch_related("tasks").get(pk=handover.pk)
        return Response(HandoverSerializer(fresh).data, status=status.HTTP_201_CREATED)


# --- Successors --------------------------------------------------------------------------------------


class DevelopmentActionSerializer(serializers.ModelSerializer):
    class Meta:
        model = DevelopmentAction
        fields = ["id", "successor", "kind", "description", "due_on", "done_on"]
        read_only_fields = fields


class SuccessorSerializer(serializers.ModelSerializer):
    program = serializers.IntegerField(source="key_role.program_id", read_only=True)
    key_role_name = serializers.CharField(source="key_role.name", read_only=True)
    name = serializers.CharField(source="membership.display_name", read_only=True)
    actions = DevelopmentActionSerializer(many=True, read_only=True, help_text="Development actions.")
    notes = serializers.SerializerMethodField(
        help_text="The coordinators' notes; null for anyone else (the nominee), as on the pages."
    )

    class Meta:
        model = Successor
        fields = [
            "id",
            "program",
            "key_role",
            "key_role_name",
            "membership",
            "name",
            "readiness",
            "notes",
            "nominated_at",
            "actions",
        ]
        read_only_fields = fields

    def get_notes(self, successor: Successor) -> str | None:
        coordinated: set[int] = self.context.get("coordinated", set())
        return successor.notes if successor.key_role.program_id in coordinated else None


class SuccessorInputSerializer(StrictSerializer):
    readiness = serializers.CharField(required=False, help_text=READINESS)
    notes = serializers.CharField(required=False, allow_blank=True)


class SuccessorCreateSerializer(SuccessorInputSerializer):
    key_role = serializers.IntegerField()
    membership = serializers.IntegerField(help_text="A current member of the role's program.")


class DevelopmentActionInputSerializer(StrictSerializer):
    kind = serializers.CharField(help_text=DEVELOPMENT_KINDS)
    description = serializers.CharField(max_length=200)
    due_on = api_fields.DateField()


class DoneSerializer(StrictSerializer):
    done_on = api_fields.DateField(required=False, allow_null=True, default=None, help_text="Default today.")


class SuccessorFilter(filters.FilterSet):
    program = filters.NumberFilter(field_name="key_role__program_id")
    key_role = filters.NumberFilter(field_name="key_role_id")


@extend_schema_view(
    list=extend_schema(summary="Successors: all of your programs' if you coordinate, else your own"),
    retrieve=extend_schema(summary="One successor with their development actions"),
    create=extend_schema(
        summary="Nominate a program member as successor for a key role (coordinators)",
        request=SuccessorCreateSerializer,
        responses={201: SuccessorSerializer},
    ),
    partial_update=extend_schema(
        summary="Change a successor's readiness or notes (coordinators)",
        request=SuccessorInputSerializer,
        responses={200: SuccessorSerializer},
    ),
    destroy=extend_schema(summary="Withdraw a nomination (coordinators)"),
)
class SuccessorViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin, viewsets.GenericViewSet
):
    serializer_class = SuccessorSerializer
    permission_classes = [IsSignedIn]
    filterset_class = SuccessorFilter
    ordering_fields = ["nominated_at", "id"]
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]

    def get_queryset(self) -> QuerySet[Successor]:
        return (
            selectors.successors_visible_to(self.request.user)
            .select_related("key_role__program", "membership__user")
            .prefetch_related("actions")
            .order_by("key_role__program_id", "key_role__name", READINESS_RANK, "pk")
        )

    def get_serializer_context(self) -> dict[str, Any]:
        return {**super().get_serializer_context(), **_coordinated_context(self.request.user)}

    def _fresh(self, successor: Successor) -> SuccessorSerializer:
        return SuccessorSerializer(
            self.get_queryset().get(pk=successor.pk), context=self.get_serializer_context()
        )

    def _coordinated_successor(self, request: Request) -> Successor:
        """The nomination, if the caller coordinates its program; 404 for anyone else (the nominee too)."""
        successor = self.get_object()
        _coordinators_only(acting_user(request), successor.key_role.program_id)
        return successor

    def _key_role(self, user: User, pk: int) -> KeyRole:
        role = get_object_or_404(selectors.key_roles_visible_to(user).select_related("program"), pk=pk)
        _coordinators_only(user, role.program_id)
        return role

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        user = acting_user(request)
        named = _body_id(request, "key_role")
        role = None if named is None else self._key_role(user, named)
        incoming = SuccessorCreateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = dict(incoming.validated_data)
        if role is None or role.pk != data["key_role"]:
            role = self._key_role(user, data["key_role"])
        successor = services.nominate_successor(
            role,
            by=user,
            membership=_member_of(role.program_id, data["membership"], "membership"),
            readiness=data.get("readiness", Readiness.LATER),
            notes=data.get("notes", ""),
        )
        return Response(self._fresh(successor).data, status=status.HTTP_201_CREATED)

    def partial_update(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        successor = self._coordinated_successor(request)
        incoming = SuccessorInputSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        services.update_successor(successor, by=acting_user(request), **incoming.validated_data)
        return Response(self._fresh(successor).data)

    def destroy(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        services.remove_successor(self._coordinated_successor(request), by=acting_user(request))
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(
        summary="Add a development action (shadowing, training) for a successor (coordinators)",
        request=DevelopmentActionInputSerializer,
        responses={201: DevelopmentActionSerializer},
    )
    @action(detail=True, methods=["post"], url_path="actions", url_name="actions")
    def add_action(self, request: Request, pk: str | None = None) -> Response:
        successor = self._coordinated_successor(request)
        incoming = DevelopmentActionInputSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        made = services.add_development_action(successor, by=acting_user(request), **incoming.validated_data)
        return Response(DevelopmentActionSerializer(made).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        summary="Mark a development action done (coordinators, or the successor themself)",
        parameters=[_id_parameter("action_id", "A development action of this successor.")],
        request=DoneSerializer,
        responses={200: DevelopmentActionSerializer},
    )
    @action(
        detail=True, methods=["post"], url_path=rf"actions/(?P<action_id>{ID})/done", url_name="action-done"
    )
    def complete_action(self, request: Request, pk: str | None = None, action_id: str = "") -> Response:
        successor = self.get_object()
        user = acting_user(request)
        found = get_object_or_404(
            selectors.development_actions_visible_to(user).select_related(
                "successor__membership", "successor__key_role__program"
            ),
            successor=successor,
            pk=action_id,
        )
        # The nominee marks their own actions done; otherwise only the program's coordinators.
        _may_act(
            successor.membership.user_id == user.pk or is_coordinator(user, successor.key_role.program_id)
        )
        incoming = DoneSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        done = services.complete_development_action(
            found, by=user, done_on=incoming.validated_data["done_on"]
        )
        return Response(DevelopmentActionSerializer(done).data)


# --- Handover tasks ----------------------------------------------------------------------------------


class HandoverTaskSerializer(serializers.ModelSerializer):
    key_role = serializers.IntegerField(source="handover.key_role_id", read_only=True)
    key_role_name = serializers.CharField(source="handover.key_role.name", read_only=True)
    program = serializers.IntegerField(source="handover.key_role.program_id", read_only=True)
    to_membership = serializers.IntegerField(source="handover.to_membership_id", read_only=True)
    from_membership = serializers.IntegerField(
        source="handover.from_membership_id", read_only=True, allow_null=True
    )
    done = serializers.SerializerMethodField()
    handover_progress = serializers.SerializerMethodField()
    handover_completed_at = api_fields.DateTimeField(
        source="handover.completed_at", read_only=True, allow_null=True
    )

    class Meta:
        model = HandoverTask
        fields = [
            "id",
            "handover",
            "key_role",
            "key_role_name",
            "program",
            "from_membership",
            "to_membership",
            "order",
            "text",
            "done",
            "done_at",
            "done_by",
            "handover_progress",
            "handover_completed_at",
        ]
        read_only_fields = fields

    def get_done(self, task: HandoverTask) -> bool:
        return task.done_at is not None

    @extend_schema_field(ProgressSerializer)
    def get_handover_progress(self, task: Any) -> dict[str, int]:
        return _progress(task.handover_done, task.handover_total)


class TickSerializer(StrictSerializer):
    done = serializers.BooleanField()


class HandoverTaskFilter(filters.FilterSet):
    handover = filters.NumberFilter(field_name="handover_id")
    key_role = filters.NumberFilter(field_name="handover__key_role_id")
    program = filters.NumberFilter(field_name="handover__key_role__program_id")


def _with_progress(tasks: QuerySet[HandoverTask]) -> QuerySet[HandoverTask]:
    """Each task with its handover's done and total task counts, in the same query."""
    siblings = HandoverTask.objects.filter(handover=OuterRef("handover")).order_by().values("handover")
    done = siblings.filter(done_at__isnull=False).annotate(n=Count("pk")).values("n")
    total = siblings.annotate(n=Count("pk")).values("n")
    return tasks.annotate(
        handover_done=Coalesce(Subquery(done), 0), handover_total=Coalesce(Subquery(total), 0)
    )


@extend_schema_view(
    list=extend_schema(summary="Handover tasks: your programs' if you coordinate, else your own handovers'"),
    retrieve=extend_schema(summary="One handover task with its handover's progress"),
    partial_update=extend_schema(
        summary="Tick a task done or not yet (coordinators, the giver and the receiver)",
        request=TickSerializer,
        responses={200: HandoverTaskSerializer},
    ),
)
class HandoverTaskViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    serializer_class = HandoverTaskSerializer
    permission_classes = [IsSignedIn]
    filterset_class = HandoverTaskFilter
    ordering_fields = ["order", "id"]
    http_method_names = ["get", "patch", "head", "options"]

    def get_queryset(self) -> QuerySet[HandoverTask]:
        return _with_progress(
            selectors.handover_tasks_visible_to(self.request.user)
            .select_related("handover__key_role")
            .order_by("handover_id", "order", "pk")
        )

    def partial_update(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        task = self.get_object()
        user = acting_user(request)
        handover = Handover.objects.select_related("key_role", "to_membership", "from_membership").get(
            pk=task.handover_id
        )
        _may_act(services.may_tick(user, handover))
        incoming = TickSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        services.tick_task(task, by=user, done=incoming.validated_data["done"])
        return Response(HandoverTaskSerializer(self.get_queryset().get(pk=task.pk)).data)


# --- Knowledge base ----------------------------------------------------------------------------------


class DocumentVersionSerializer(serializers.ModelSerializer):
    class Meta:
        model = DocumentVersion
        fields = ["id", "number", "filename", "content_type", "size", "note", "uploaded_by", "uploaded_at"]
        read_only_fields = fields


class DocumentSerializer(serializers.ModelSerializer):
    owner_name = serializers.CharField(source="owner.display_name", read_only=True)
    stale = serializers.SerializerMethodField(help_text="Not reviewed in the last 12 months.")
    versions = DocumentVersionSerializer(
        many=True, read_only=True, help_text="Newest first; download each from versions/{number}/file/."
    )

    class Meta:
        model = Document
        fields = [
            "id",
            "program",
            "title",
            "kind",
            "owner",
            "owner_name",
            "last_reviewed_on",
            "stale",
            "created_at",
            "versions",
        ]
        read_only_fields = fields

    def get_stale(self, document: Document) -> bool:
        return document.last_reviewed_on < stale_before(document.program.today())


class DocumentInputSerializer(StrictSerializer):
    title = serializers.CharField(required=False, max_length=200)
    kind = serializers.CharField(required=False, help_text=DOCUMENT_KINDS)
    owner = serializers.IntegerField(required=False, help_text="A current member of the program.")


class UploadSerializer(StrictSerializer):
    file = serializers.FileField(
        help_text="PDF, Word (.docx), OpenDocument (.odt), text or Markdown, up to the size limit."
    )
    note = serializers.CharField(required=False, allow_blank=True, max_length=200, default="")


class DocumentCreateSerializer(UploadSerializer):
    program = serializers.IntegerField()
    title = serializers.CharField(max_length=200)
    kind = serializers.CharField(help_text=DOCUMENT_KINDS)
    owner = serializers.IntegerField(help_text="A current member of the program.")
    last_reviewed_on = api_fields.DateField(
        required=False, allow_null=True, default=None, help_text="Default today."
    )


class ReviewedSerializer(StrictSerializer):
    last_reviewed_on = api_fields.DateField(
        required=False, allow_null=True, default=None, help_text="Default today."
    )


class DocumentFilter(ProgramScopedFilter):
    kind = filters.ChoiceFilter(choices=DocumentKind.choices)


class DownloadRenderer(BaseRenderer):
    """Lets a client that asks for the stored type (say application/pdf) get the stored bytes; the
    response itself bypasses rendering."""

    media_type = "*/*"
    format = "download"
    charset = None

    def render(self, data: Any, accepted_media_type: str | None = None, renderer_context: Any = None) -> Any:
        return data


DOWNLOAD_RESPONSES = {
    (200, content_type): OpenApiResponse(
        OpenApiTypes.BINARY, description="The stored bytes, as an attachment"
    )
    for content_type in sorted(set(services.ALLOWED_UPLOADS.values()))
}


@extend_schema_view(
    list=extend_schema(summary="Knowledge-base documents of the programs you work in, stale ones flagged"),
    retrieve=extend_schema(summary="One document with its versions (without their contents)"),
    create=extend_schema(
        summary="Add a document with its first version (coordinators)",
        request={"multipart/form-data": DocumentCreateSerializer},
        responses={201: DocumentSerializer},
    ),
    partial_update=extend_schema(
        summary="Change a document's title, kind or owner (coordinators)",
        request=DocumentInputSerializer,
        responses={200: DocumentSerializer},
    ),
)
class DocumentViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin, viewsets.GenericViewSet
):
    serializer_class = DocumentSerializer
    permission_classes = [IsSignedIn]
    parser_classes = [JSONParser, MultiPartParser]
    filterset_class = DocumentFilter
    ordering_fields = ["title", "last_reviewed_on", "id"]
    http_method_names = ["get", "post", "patch", "head", "options"]

    def get_queryset(self) -> QuerySet[Document]:
        return (
            selectors.documents_visible_to(self.request.user)
            .select_related("program", "owner__user")
            # Version contents stay in the database until someone downloads one.
            .prefetch_related(Prefetch("versions", queryset=DocumentVersion.objects.defer("content")))
            .order_by("program_id", "title", "pk")
        )

    def _fresh(self, document: Document) -> DocumentSerializer:
        return DocumentSerializer(self.get_queryset().get(pk=document.pk))

    def _program(self, user: User, pk: int) -> Program:
        program = get_object_or_404(selectors.programs_worked_in(user), pk=pk)
        _coordinators_only(user, program.pk)
        return program

    def _revisable(self, request: Request) -> Document:
        """The document, if the caller owns it or coordinates its program; 404 for anyone else."""
        document = self.get_object()
        _may_act(services.may_revise(acting_user(request), document))
        return document

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        user = acting_user(request)
        named = _body_id(request, "program")
        program = None if named is None else self._program(user, named)
        incoming = DocumentCreateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = incoming.validated_data
        if program is None or program.pk != data["program"]:
            program = self._program(user, data["program"])
        document = services.add_document(
            program,
            by=user,
            title=data["title"],
            kind=data["kind"],
            owner=_member_of(program.pk, data["owner"], "owner"),
            upload=services.Upload.received(data["file"]),
            last_reviewed_on=data["last_reviewed_on"],
            note=data["note"],
        )
        return Response(self._fresh(document).data, status=status.HTTP_201_CREATED)

    def partial_update(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        document = self.get_object()
        _coordinators_only(acting_user(request), document.program_id)
        incoming = DocumentInputSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = dict(incoming.validated_data)
        if "owner" in data:
            data["owner"] = _member_of(document.program_id, data["owner"], "owner")
        services.update_document(document, by=acting_user(request), **data)
        return Response(self._fresh(document).data)

    @extend_schema(
        summary="Upload a new version (the owner or coordinators); earlier ones stay; it counts as a review",
        request={"multipart/form-data": UploadSerializer},
        responses={201: DocumentVersionSerializer},
    )
    @action(detail=True, methods=["post"], url_path="versions", url_name="versions")
    def add_version(self, request: Request, pk: str | None = None) -> Response:
        document = self._revisable(request)
        incoming = UploadSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = incoming.validated_data
        version = services.add_version(
            document,
            by=acting_user(request),
            upload=services.Upload.received(data["file"]),
            note=data["note"],
        )
        return Response(DocumentVersionSerializer(version).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        summary="Mark the document reviewed (the owner or coordinators)",
        request=ReviewedSerializer,
        responses={200: DocumentSerializer},
    )
    @action(detail=True, methods=["post"])
    def reviewed(self, request: Request, pk: str | None = None) -> Response:
        document = self._revisable(request)
        incoming = ReviewedSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        services.mark_reviewed(
            document, by=acting_user(request), on=incoming.validated_data["last_reviewed_on"]
        )
        return Response(self._fresh(document).data)

    @extend_schema(
        summary="Download one version's file",
        parameters=[_id_parameter("number", "The version number (1 is the first).")],
        responses=DOWNLOAD_RESPONSES,
    )
    @action(
        detail=True,
        methods=["get"],
        url_path=rf"versions/(?P<number>{ID})/file",
        url_name="version-file",
        renderer_classes=[DownloadRenderer],
    )
    def version_file(self, request: Request, pk: str | None = None, number: str = "") -> FileResponse:
        document = self.get_object()
        version = get_object_or_404(
            selectors.document_versions_visible_to(request.user), document=document, number=number
        )
        return FileResponse(
            io.BytesIO(bytes(version.content)),
            as_attachment=True,
            filename=version.filename,
            content_type=version.content_type,
        )

    def handle_exception(self, exc: Exception) -> Response:
        if self.action == "version_file":
            # Refusals use the API's one JSON error format, whatever type the download asked for.
            self.request.accepted_renderer = JSONRenderer()
            self.request.accepted_media_type = JSONRenderer.media_type
        return super().handle_exception(exc)


# --- Program-level views -----------------------------------------------------------------------------


def _coordinated(request: Request, program_id: int) -> Program:
    """The program if the caller coordinates it; anyone else, including its other members, gets 404."""
    return get_object_or_404(selectors.programs_coordinated_by(request.user), pk=program_id)


class RunwayPointSerializer(serializers.Serializer):
    month = api_fields.DateField(help_text="The first day of the month.")
    supporters = serializers.IntegerField(help_text="Active supporters whose term covers the month.")
    paused = serializers.IntegerField(
        help_text="Paused supporters whose term covers the month: not counted towards the minimum."
    )
    joining = serializers.IntegerField(help_text="Expected from the intake pipeline by then.")
    total = serializers.IntegerField(help_text="Active supporters plus those joining.")
    below_minimum = serializers.BooleanField()


class RunwaySerializer(serializers.Serializer):
    points = RunwayPointSerializer(many=True, help_text="This month and the 23 after it.")
    minimum = serializers.IntegerField(help_text="The program's minimum of active supporters.")
    lead_weeks = serializers.IntegerField(help_text="Selection plus training, in weeks.")
    today = api_fields.DateField()
    runway_month = api_fields.DateField(
        allow_null=True, help_text="The first month below the minimum; null if none within 24 months."
    )
    recommended_intake_opens = api_fields.DateField(
        allow_null=True, help_text="The runway month less the lead time (never before today)."
    )
    months = serializers.IntegerField(allow_null=True, help_text="Months from this month to the runway.")
    shorter_than_lead_time = serializers.BooleanField(
        help_text="Too late for a new cohort to be ready before the program falls below its minimum."
    )


class RunwayView(APIView):
    """The runway forecast of a program, for its coordinators."""

    permission_classes = [IsSignedIn]

    @extend_schema(
        summary="Supporters per month for 24 months against the minimum, the runway, when to open an intake",
        responses={200: RunwaySerializer},
    )
    def get(self, request: Request, program_id: int) -> Response:
        return Response(RunwaySerializer(forecast(_coordinated(request, program_id))).data)


class ComponentSerializer(serializers.Serializer):
    key = serializers.CharField()
    # DRF's metaclass moves declared fields off the class, so this does not shadow Field.label at run time.
    label = serializers.CharField()  # type: ignore[assignment]
    points = serializers.FloatField()
    weight = serializers.IntegerField()
    detail = serializers.CharField()


class RoleRiskSerializer(serializers.Serializer):
    key_role = serializers.IntegerField(source="role.pk")
    name = serializers.CharField(source="role.name")
    holders = HolderSerializer(many=True)
    reasons = serializers.ListField(child=serializers.CharField())


class StaleDocumentSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    last_reviewed_on = api_fields.DateField()


class ContinuitySerializer(serializers.Serializer):
    score = serializers.IntegerField(help_text="0–100: the sum of the components' points.")
    components = ComponentSerializer(many=True)
    at_risk = RoleRiskSerializer(many=True, help_text="Key roles at risk, with the reasons.")
    stale_documents = StaleDocumentSerializer(many=True)


class ContinuityView(APIView):
    """The continuity score of a program and the risks behind it, for its coordinators."""

    permission_classes = [IsSignedIn]

    @extend_schema(
        summary="Continuity score 0–100 with its components, and the key roles at risk",
        responses={200: ContinuitySerializer},
    )
    def get(self, request: Request, program_id: int) -> Response:
        continuity: Continuity = assess(_coordinated(request, program_id))
        return Response(ContinuitySerializer(continuity).data)


class PDFRenderer(BaseRenderer):
    media_type = "application/pdf"
    format = "pdf"
    charset = None

    def render(self, data: Any, accepted_media_type: str | None = None, renderer_context: Any = None) -> Any:
        return data


class _PDFView(APIView):
    permission_classes = [IsSignedIn]
    renderer_classes = [PDFRenderer]

    def handle_exception(self, exc: Exception) -> Response:
        # Refusals use the API's one JSON error format, whatever the client asked for.
        self.request.accepted_renderer = JSONRenderer()
        self.request.accepted_media_type = JSONRenderer.media_type
        return super().handle_exception(exc)


def _pdf(content: bytes, filename: str) -> HttpResponse:
    return attachment(content, content_type="application/pdf", filename=filename)


PDF_RESPONSES = {(200, "application/pdf"): OpenApiTypes.BINARY}


class HandoverPackView(_PDFView):
    """The succession handover pack of a program, for its coordinators."""

    @extend_schema(
        summary="The handover pack PDF: roles, holders, successors, checklists, documents, runway, contacts",
        responses=PDF_RESPONSES,
    )
    def get(self, request: Request, program_id: int) -> HttpResponse:
        program = _coordinated(request, program_id)
        content = handover_pack_pdf(program, by=acting_user(request))
        return _pdf(content, handover_pack.filename(program))


def _date_parameter(request: Request, name: str, errors: dict[str, list[str]]) -> date | None:
    try:
        return date.fromisoformat(request.query_params.get(name, ""))
    except ValueError:
        errors[name] = ["Give a date as YYYY-MM-DD."]
        return None


class ProgramReportView(_PDFView):
    """The program report over a period, for its coordinators and sponsors (aggregates only)."""

    @extend_schema(
        summary="The program report PDF for whole ended months (coordinators, sponsors; aggregates only)",
        parameters=[
            OpenApiParameter(
                "from", OpenApiTypes.DATE, required=True, description="The first day of a month (YYYY-MM-DD)"
            ),
            OpenApiParameter(
                "to",
                OpenApiTypes.DATE,
                required=True,
                description="The last day of a month that has ended (YYYY-MM-DD), within two years of from",
            ),
        ],
        responses=PDF_RESPONSES,
    )
    def get(self, request: Request, program_id: int) -> HttpResponse:
        program = get_object_or_404(programs_with(request.user, "view_program_aggregates"), pk=program_id)
        errors: dict[str, list[str]] = {}
        first = _date_parameter(request, "from", errors)
        last = _date_parameter(request, "to", errors)
        if first is None or last is None:
            raise serializers.ValidationError(errors)
        content = program_report_pdf(program, first, last, by=acting_user(request))
        return _pdf(content, program_report.filename(first, last))
