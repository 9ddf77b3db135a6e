"""REST endpoints. Every viewset reads through a selector (scope → 404) and writes through a service."""

from __future__ import annotations

import copy
from typing import Any

from django.contrib.auth.signals import user_logged_in
from django.db.models import QuerySet
from django.utils import timezone
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.authtoken.models import Token
from rest_framework.decorators import action
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api import filters
from api import serializers as s
from api.errors import error_response
from api.permissions import IsSignedIn, ReadOrManageProgram
from program import audit, mfa, selectors, services
from program.access import acting_user
from program.models import (
    AuditAction,
    AuditEvent,
    Membership,
    Notification,
    OutboundMessage,
    Program,
    ReferralService,
    SupervisorAssignment,
    TrainingAssignment,
    TrainingModule,
    TrainingRecord,
)
from program.notifications import concerning


class AuthTokenView(APIView):
    """Exchange a username and password for an API token (`Authorization: Token …`).

    Only for people who need no second factor; others make personal access tokens (403 here)."""

    permission_classes = [AllowAny]
    authentication_classes: list[type] = []

    @extend_schema(
        request=s.TokenRequestSerializer,
        responses={
            200: s.TokenSerializer,
            400: OpenApiResponse(description="Wrong credentials"),
            403: OpenApiResponse(description="The account uses a second factor: use a personal access token"),
            429: None,
        },
        auth=[],
    )
    def post(self, request: Request) -> Response:
        serializer = s.TokenRequestSerializer(data=request.data, context={"request": request})
        # A locked-out account never gets further: django-axes answers 429 (see lockout_response).
        serializer.is_valid(raise_exception=True)
        user = serializer.validated_data["user"]
        if mfa.uses_second_factor(user):
            # The password alone must not reach the API for someone whose sign-in needs a second factor.
            audit.record(
                user,
                AuditAction.VIEW,
                user,
                summary="Password-for-token refused: the account uses a second factor",
            )
            return error_response(403, "second_factor_required", mfa.USE_PERSONAL_TOKENS)
        # As for a page sign-in: records last_login and lets django-axes clear the failure count. A token
        # is not a browser session, so the signal gets a copy of the request without one: django-axes
        # would otherwise create a session (and set a session cookie) to fingerprint the sign-in.
        sessionless = copy.copy(request._request)
        del sessionless.session
        user_logged_in.send(sender=type(user), request=sessionless, user=user)
        token, _ = Token.objects.get_or_create(user=user)
        return Response({"token": token.key})


class MeView(APIView):
    """Your own details; supervisors and coordinators keep their phone number here (as on My details)."""

    permission_classes = [IsSignedIn]

    def _body(self, request: Request) -> Response:
        user = acting_user(request)
        return Response(
            s.MeSerializer(
                {
                    "user": user,
                    "name": user.get_full_name() or user.get_username(),
                    "phone": selectors.own_phone(user),
                    "keeps_phone": selectors.keeps_phone(user),
                }
            ).data
        )

    @extend_schema(summary="Your own details", responses={200: s.MeSerializer})
    def get(self, request: Request) -> Response:
        return self._body(request)

    @extend_schema(
        summary="Set or remove your phone number (supervisors and coordinators set; anyone removes)",
        request=s.MeInputSerializer,
        responses={
            200: s.MeSerializer,
            400: OpenApiResponse(description="The number is not valid"),
            403: None,
        },
    )
    def patch(self, request: Request) -> Response:
        data = s.MeInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        services.set_phone(acting_user(request), data.validated_data["phone"])
        return self._body(request)


class NotFoundView(APIView):
    """Unknown paths under /api/ answer in the API's error format, not with an HTML page."""

    permission_classes = [AllowAny]
    authentication_classes: list[type] = []
    schema = None

    def dispatch(self, request: Any, *args: Any, **kwargs: Any) -> Any:
        self.headers = self.default_response_headers
        response = error_response(404, "not_found", "There is no such endpoint.")
        return self.finalize_response(self.initialize_request(request), response)


# Updates are PATCH only (a partial change routed through a domain service); there is no PUT or DELETE.
READ_CREATE_PATCH = ("get", "post", "patch", "head", "options")


def _instance(serializer: serializers.BaseSerializer) -> Any:
    """The object a detail view's serializer was built for (always set on updates)."""
    assert serializer.instance is not None
    return serializer.instance


@extend_schema_view(
    list=extend_schema(summary="Programs you hold a role in"),
    partial_update=extend_schema(summary="Change a program's settings (coordinators)"),
)
class ProgramViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    serializer_class = s.ProgramSerializer
    permission_classes = [ReadOrManageProgram]
    http_method_names = ("get", "patch", "head", "options")
    ordering_fields = ["name", "id"]

    def get_queryset(self) -> QuerySet[Program]:
        return selectors.programs_visible_to(self.request.user).select_related("institution")

    def perform_update(self, serializer: serializers.BaseSerializer) -> None:
        serializer.instance = services.update_program_settings(
            _instance(serializer), by=acting_user(self.request), **serializer.validated_data
        )


@extend_schema_view(
    list=extend_schema(
        summary="Memberships in your scope: your own, your supervisees', all of programs you coordinate"
    ),
    create=extend_schema(
        summary="Give a person (found by email, or invited) a role in a program you coordinate",
        request=s.MembershipCreateSerializer,
        responses={201: s.MembershipSerializer},
    ),
)
class MembershipViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    http_method_names = READ_CREATE_PATCH
    serializer_class = s.MembershipSerializer
    permission_classes = [ReadOrManageProgram]
    filterset_class = filters.MembershipFilter
    ordering_fields = ["id", "term_start", "expected_end"]

    def get_queryset(self) -> QuerySet[Membership]:
        return selectors.memberships_visible_to(self.request.user).select_related("user").order_by("id")

    def get_serializer_class(self) -> type[serializers.BaseSerializer]:
        return s.MembershipCreateSerializer if self.action == "create" else s.MembershipSerializer

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        data = s.MembershipCreateSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        fields = dict(data.validated_data)
        program = (
            selectors.programs_with(request.user, "manage_program").filter(pk=fields.pop("program")).first()
        )
        if program is None:
            raise serializers.ValidationError({"program": ["No program you coordinate has this id."]})
        membership = services.add_member(program, by=acting_user(request), **fields)
        return Response(s.MembershipSerializer(membership).data, status=status.HTTP_201_CREATED)

    def perform_update(self, serializer: serializers.BaseSerializer) -> None:
        serializer.instance = services.update_membership(
            _instance(serializer), by=acting_user(self.request), **serializer.validated_data
        )

    @extend_schema(
        summary="Mark a supporter's academic standing at risk, or clear it (coordinators)",
        request=s.AcademicStandingSerializer,
        responses={200: s.MembershipSerializer},
    )
    @action(detail=True, methods=["post"], url_path="academic-standing")
    def academic_standing(self, request: Request, pk: str | None = None) -> Response:
        membership = self.get_object()
        data = s.AcademicStandingSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        membership = services.set_academic_standing(
            membership, at_risk=data.validated_data["at_risk"], by=acting_user(request)
        )
        return Response(s.MembershipSerializer(membership).data)


class SupervisorAssignmentViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin, viewsets.GenericViewSet
):
    """Who supervises whom. Creating one replaces the supporter's current assignment."""

    serializer_class = s.SupervisorAssignmentSerializer
    permission_classes = [ReadOrManageProgram]
    filterset_class = filters.SupervisorAssignmentFilter

    def get_queryset(self) -> QuerySet[SupervisorAssignment]:
        return selectors.supervisor_assignments_visible_to(self.request.user).order_by("-id")

    def perform_create(self, serializer: serializers.BaseSerializer) -> None:
        data = serializer.validated_data
        serializer.instance = services.assign_supervisor(
            data["supporter"],
            supervisor=data["supervisor"],
            backup=data.get("backup"),
            by=acting_user(self.request),
        )

    @extend_schema(request=None, responses={200: s.SupervisorAssignmentSerializer})
    @action(detail=True, methods=["post"])
    def end(self, request: Request, pk: str | None = None) -> Response:
        assignment = self.get_object()  # also checks ReadOrManageProgram: a POST needs manage_program
        assignment = services.end_assignment(assignment, by=acting_user(request))
        return Response(s.SupervisorAssignmentSerializer(assignment, context={"request": request}).data)


class TrainingModuleViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    http_method_names = READ_CREATE_PATCH
    serializer_class = s.TrainingModuleSerializer
    permission_classes = [ReadOrManageProgram]
    filterset_class = filters.ProgramScopedFilter

    def get_queryset(self) -> QuerySet[TrainingModule]:
        return (
            selectors.training_modules_visible_to(self.request.user)
            .prefetch_related("requirements")
            .order_by("id")
        )

    def perform_create(self, serializer: serializers.BaseSerializer) -> None:
        data = dict(serializer.validated_data)
        serializer.instance = services.create_training_module(
            data.pop("program"), by=acting_user(self.request), **data
        )

    def perform_update(self, serializer: serializers.BaseSerializer) -> None:
        serializer.instance = services.update_training_module(
            _instance(serializer), by=acting_user(self.request), **serializer.validated_data
        )


class TrainingRecordViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin, viewsets.GenericViewSet
):
    """Completion records with expiry status (valid, expiring within 30 days, expired)."""

    serializer_class = s.TrainingRecordSerializer
    permission_classes = [ReadOrManageProgram]
    filterset_class = filters.TrainingRecordFilter
    ordering_fields = ["expires_on", "completed_on"]

    def get_queryset(self) -> QuerySet[TrainingRecord]:
        return selectors.training_records_visible_to(self.request.user).order_by("expires_on", "id")

    def get_serializer_context(self) -> dict[str, Any]:
        return {**super().get_serializer_context(), "today": timezone.localdate()}

    def perform_create(self, serializer: serializers.BaseSerializer) -> None:
        data = serializer.validated_data
        serializer.instance = services.record_training(
            data["membership"],
            module=data["module"],
            completed_on=data["completed_on"],
            by=acting_user(self.request),
        )


@extend_schema_view(
    list=extend_schema(
        summary="Mandatory training to do (given on joining) with due dates; done once a completion is in"
    ),
    retrieve=extend_schema(summary="One training to-do"),
)
class TrainingAssignmentViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Read-only: an accepted offer makes these, and `POST training-records/` (a completion of the module,
    still valid today) closes one."""

    serializer_class = s.TrainingAssignmentSerializer
    permission_classes = [IsSignedIn]
    filterset_class = filters.TrainingAssignmentFilter
    ordering_fields = ["due_on"]

    def get_queryset(self) -> QuerySet[TrainingAssignment]:
        return (
            selectors.training_assignments_visible_to(self.request.user)
            .select_related("module", "membership__program")
            .order_by("due_on", "id")
        )


class ReferralServiceViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    """The referral directory; at least two active 24/7 crisis services are always kept."""

    http_method_names = READ_CREATE_PATCH
    serializer_class = s.ReferralServiceSerializer
    permission_classes = [ReadOrManageProgram]
    filterset_class = filters.ReferralServiceFilter

    def get_queryset(self) -> QuerySet[ReferralService]:
        return selectors.referral_services_visible_to(self.request.user).order_by(
            "program_id", "order", "name"
        )

    def perform_create(self, serializer: serializers.BaseSerializer) -> None:
        data = dict(serializer.validated_data)
        serializer.instance = services.add_referral_service(
            data.pop("program"), by=acting_user(self.request), **data
        )

    def perform_update(self, serializer: serializers.BaseSerializer) -> None:
        serializer.instance = services.update_referral_service(
            _instance(serializer), by=acting_user(self.request), **serializer.validated_data
        )


class NotificationViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Your own inbox."""

    serializer_class = s.NotificationSerializer
    permission_classes = [IsSignedIn]
    filterset_class = filters.NotificationFilter

    def get_queryset(self) -> QuerySet[Notification]:
        return selectors.notifications_for(self.request.user)

    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        notes = list(page if page is not None else self.filter_queryset(self.get_queryset()))
        # Who each message concerns: read for the whole page at once, through the selectors.
        context = {**self.get_serializer_context(), "concerns": concerning(acting_user(request), notes)}
        data = s.NotificationSerializer(notes, many=True, context=context).data
        return self.get_paginated_response(data) if page is not None else Response(data)

    @extend_schema(request=None, responses={200: s.NotificationSerializer})
    @action(detail=True, methods=["post"])
    def read(self, request: Request, pk: str | None = None) -> Response:
        notification = services.mark_notification_read(self.get_object())
        return Response(s.NotificationSerializer(notification, context=self.get_serializer_context()).data)

    @extend_schema(request=None, responses={200: s.MarkedReadSerializer})
    @action(detail=False, methods=["post"], url_path="read-all")
    def read_all(self, request: Request) -> Response:
        return Response({"marked_read": services.mark_all_notifications_read(acting_user(request))})


class AuditEventViewSet(viewsets.ReadOnlyModelViewSet):
    """The append-only audit trail of programs you coordinate."""

    serializer_class = s.AuditEventSerializer
    permission_classes = [IsSignedIn]
    filterset_class = filters.AuditEventFilter

    def get_queryset(self) -> QuerySet[AuditEvent]:
        return selectors.audit_events_visible_to(self.request.user).select_related("actor")


@extend_schema_view(
    list=extend_schema(
        summary="How each outgoing message of programs you coordinate is being delivered (coordinators)"
    )
)
class DeliveryViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    """The outbox of programs you coordinate: channel, kind, recipient, status, attempts and the last
    error of each message, newest first; never its content. Others see an empty list, as for the audit
    trail: the selector decides the scope."""

    serializer_class = s.DeliverySerializer
    permission_classes = [IsSignedIn]
    filterset_class = filters.DeliveryFilter

    def get_queryset(self) -> QuerySet[OutboundMessage]:
        return selectors.deliveries_visible_to(self.request.user).select_related("recipient")
