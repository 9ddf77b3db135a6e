"""REST endpoints for on-call rosters: shift templates, rosters (generate, publish), shifts, and who is on
call now — the pages' selectors and services. Everyone rostered (coordinators, supervisors, supporters)
reads published rosters of their program; coordinators also see drafts and write."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django.db.models import Prefetch, Q, QuerySet
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django_filters import rest_framework as filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field, extend_schema_view
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound
from rest_framework.renderers import BaseRenderer, JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api import fields as api_fields
from api import filters as api_filters
from api.permissions import IsSignedIn, ReadOrManageProgram
from api.serializers import StrictSerializer
from program.access import acting_user
from program.bounds import date_out_of_range
from program.models import Availability, Membership, Program
from program.selectors import crisis_lines, own_memberships, programs_visible_to, programs_with
from supervision import selectors
from supervision.models import (
    SWAP_PENDING,
    ProgramCalendarFeed,
    Roster,
    RosterRole,
    RosterStatus,
    Shift,
    ShiftAssignment,
    ShiftTemplate,
    SwapRequest,
    SwapStatus,
    Unavailability,
)
from supervision.rosters import feeds as calendars
from supervision.rosters import services as rosters
from supervision.rosters import swaps

# --- Templates -----------------------------------------------------------------------------------------


class ShiftTemplateSerializer(serializers.ModelSerializer):
    recurrence_text = serializers.CharField(
        read_only=True, help_text='The rule and hours in words, e.g. "Every night, 20:00–08:00".'
    )

    class Meta:
        model = ShiftTemplate
        fields = [
            "id",
            "program",
            "name",
            "role",
            "rrule",
            "recurrence_text",
            "starts_at",
            "ends_at",
            "min_people",
            "active",
        ]
        read_only_fields = fields


class ShiftTemplateInputSerializer(StrictSerializer):
    """Checked by the roster service, which names the field and the problem."""

    name = serializers.CharField(required=False, max_length=120)
    role = serializers.CharField(required=False, help_text="supporter or supervisor")
    rrule = serializers.CharField(required=False, max_length=500, help_text="e.g. FREQ=DAILY")
    starts_at = serializers.TimeField(required=False)
    ends_at = serializers.TimeField(required=False, help_text="Earlier than the start means the next day.")
    min_people = serializers.IntegerField(required=False)
    active = serializers.BooleanField(required=False)


class ShiftTemplateCreateSerializer(ShiftTemplateInputSerializer):
    program = serializers.IntegerField()
    name = serializers.CharField(max_length=120)
    role = serializers.CharField(help_text="supporter or supervisor")
    rrule = serializers.CharField(max_length=500, help_text="e.g. FREQ=DAILY")
    starts_at = serializers.TimeField()
    ends_at = serializers.TimeField(help_text="Earlier than the start means the next day.")
    min_people = serializers.IntegerField(default=1)


class ProgramFilter(filters.FilterSet):
    program = filters.NumberFilter(field_name="program_id")


@extend_schema_view(
    list=extend_schema(summary="Shift templates of your rostered programs"),
    retrieve=extend_schema(summary="One shift template"),
    create=extend_schema(
        summary="Add a shift template (coordinators)",
        request=ShiftTemplateCreateSerializer,
        responses={201: ShiftTemplateSerializer},
    ),
    partial_update=extend_schema(
        summary="Change a shift template (coordinators)",
        request=ShiftTemplateInputSerializer,
        responses={200: ShiftTemplateSerializer},
    ),
)
class ShiftTemplateViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    serializer_class = ShiftTemplateSerializer
    permission_classes = [ReadOrManageProgram]
    filterset_class = ProgramFilter
    http_method_names = ["get", "post", "patch", "head", "options"]

    def get_queryset(self) -> QuerySet[ShiftTemplate]:
        return (
            selectors.shift_templates_visible_to(self.request.user).select_related("program").order_by("pk")
        )

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        incoming = ShiftTemplateCreateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = dict(incoming.validated_data)
        user = acting_user(request)
        program = get_object_or_404(programs_visible_to(user), pk=data.pop("program"))
        template = rosters.save_template(program, by=user, **data)
        return Response(ShiftTemplateSerializer(template).data, status=status.HTTP_201_CREATED)

    def partial_update(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        template = self.get_object()
        incoming = ShiftTemplateInputSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        template = rosters.save_template(
            template.program, by=acting_user(request), template=template, **incoming.validated_data
        )
        return Response(ShiftTemplateSerializer(template).data)


# --- Rosters and shifts -----------------------------------------------------------------------------------


class PersonSerializer(serializers.Serializer):
    membership = serializers.IntegerField(source="pk")
    name = serializers.CharField(source="display_name")
    email = serializers.EmailField(source="user.email")


class ShiftSerializer(serializers.ModelSerializer):
    people = serializers.SerializerMethodField()
    unfilled = serializers.SerializerMethodField(help_text="Why the shift is short of people (coordinators).")

    class Meta:
        model = Shift
        fields = [
            "id",
            "program",
            "roster",
            "name",
            "role",
            "starts_at",
            "ends_at",
            "min_people",
            "is_night",
            "is_weekend",
            "people",
            "unfilled",
            "uid",
            "sequence",
            "updated_at",
        ]
        read_only_fields = fields

    @extend_schema_field(PersonSerializer(many=True))
    def get_people(self, shift: Shift) -> list[dict[str, Any]]:
        members = [a.membership for a in getattr(shift, "current", [])]
        return list(PersonSerializer(members, many=True).data)

    def get_unfilled(self, shift: Shift) -> str | None:
        managed: set[int] = self.context.get("managed", set())
        return shift.unfilled.get("message") if shift.unfilled and shift.program_id in managed else None


def _with_people(shifts: QuerySet[Shift]) -> QuerySet[Shift]:
    return shifts.prefetch_related(
        Prefetch(
            "assignments",
            queryset=ShiftAssignment.objects.filter(ended_at__isnull=True)
            .select_related("membership__user")
            .order_by("pk"),
            to_attr="current",
        )
    )


class OverrideSerializer(StrictSerializer):
    add = serializers.IntegerField(
        required=False, allow_null=True, help_text="A membership to put on the shift."
    )
    remove = serializers.IntegerField(
        required=False, allow_null=True, help_text="A membership to take off it."
    )
    force = serializers.BooleanField(
        required=False,
        default=False,
        help_text="Take the last supervisor off a shift running now or within 12 hours, leaving it empty: "
        "every supervisor and coordinator of the program is paged at once. Without it that is refused.",
    )


class ShiftFilter(filters.FilterSet):
    program = filters.NumberFilter(field_name="program_id")
    roster = filters.NumberFilter(field_name="roster_id")
    role = filters.ChoiceFilter(choices=RosterRole.choices)
    starts_after = api_filters.IsoDateTimeFilter(field_name="starts_at", lookup_expr="gte")
    starts_before = api_filters.IsoDateTimeFilter(field_name="starts_at", lookup_expr="lt")
    mine = filters.BooleanFilter(method="filter_mine", label="Only shifts you are on")

    def filter_mine(self, queryset: QuerySet[Shift], name: str, value: bool) -> QuerySet[Shift]:
        if not value:
            return queryset
        return queryset.filter(
            assignments__membership__in=own_memberships(self.request.user), assignments__ended_at__isnull=True
        ).distinct()


@extend_schema_view(
    list=extend_schema(
        summary="Shifts: published ones of your rostered programs, drafts where you coordinate"
    ),
    retrieve=extend_schema(summary="One shift with the people on it"),
)
class ShiftViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    serializer_class = ShiftSerializer
    permission_classes = [IsSignedIn]
    filterset_class = ShiftFilter

    def get_queryset(self) -> QuerySet[Shift]:
        return _with_people(selectors.shifts_visible_to(self.request.user)).order_by("starts_at", "pk")

    def get_serializer_context(self) -> dict[str, Any]:
        managed = set(programs_with(self.request.user, "manage_program").values_list("pk", flat=True))
        return {**super().get_serializer_context(), "managed": managed}

    @extend_schema(
        summary="Put someone on a published shift or take someone off it (coordinators; rules re-checked)",
        request=OverrideSerializer,
        responses={200: ShiftSerializer},
    )
    @action(detail=True, methods=["post"])
    def override(self, request: Request, pk: str | None = None) -> Response:
        shift = self.get_object()
        incoming = OverrideSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        members = Membership.objects.filter(program_id=shift.program_id, role=shift.role)
        people = {}
        for field in ("add", "remove"):
            wanted = incoming.validated_data.get(field)
            if wanted is not None:
                found = members.filter(pk=wanted).first()
                if found is None:
                    raise serializers.ValidationError(
                        {field: [f"No {shift.role} of this program has this id."]}
                    )
                people[field] = found
        rosters.override(shift, by=acting_user(request), force=incoming.validated_data["force"], **people)
        fresh = _with_people(Shift.objects.filter(pk=shift.pk)).get()
        return Response(ShiftSerializer(fresh, context=self.get_serializer_context()).data)


class DroppedPlaceSerializer(serializers.Serializer):
    shift = serializers.IntegerField(source="shift.pk")
    starts_at = api_fields.DateTimeField(source="shift.starts_at")
    membership = serializers.IntegerField(source="membership.pk")
    name = serializers.CharField(source="membership.display_name")
    reason = serializers.CharField()


class RosterSerializer(serializers.ModelSerializer):
    gaps = serializers.SerializerMethodField(help_text="Hours with no supervisor on call (drafts).")
    dropped = serializers.SerializerMethodField(
        help_text="Places left open when the roster was published: the person could no longer take the "
        "shift, and why (coordinators; empty for others and in lists)."
    )

    class Meta:
        model = Roster
        fields = [
            "id",
            "program",
            "starts_on",
            "ends_on",
            "status",
            "generated_at",
            "published_at",
            "gaps",
            "dropped",
        ]
        read_only_fields = fields

    def get_gaps(self, roster: Roster) -> list[str]:
        if roster.status != RosterStatus.DRAFT or self.context.get("list"):
            return []
        tz = roster.program.tzinfo
        return [gap.describe(tz) for gap in rosters.coverage_gaps(roster)]

    @extend_schema_field(DroppedPlaceSerializer(many=True))
    def get_dropped(self, roster: Roster) -> list[dict[str, Any]]:
        request = self.context.get("request")
        if roster.status != RosterStatus.PUBLISHED or self.context.get("list") or request is None:
            return []
        places = rosters.places_dropped_at_publishing(roster, reader=acting_user(request))
        return list(DroppedPlaceSerializer(places, many=True).data)


class GenerateSerializer(StrictSerializer):
    program = serializers.IntegerField()
    starts_on = api_fields.DateField()
    ends_on = api_fields.DateField()


@extend_schema_view(
    list=extend_schema(
        summary="Rosters: published ones of your rostered programs, drafts where you coordinate"
    ),
    retrieve=extend_schema(summary="One roster; a draft lists its supervisor coverage gaps"),
    create=extend_schema(
        summary="Generate a draft roster over a horizon (coordinators)",
        request=GenerateSerializer,
        responses={201: RosterSerializer},
    ),
)
class RosterViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin, viewsets.GenericViewSet
):
    serializer_class = RosterSerializer
    permission_classes = [ReadOrManageProgram]
    filterset_class = ProgramFilter

    def get_queryset(self) -> QuerySet[Roster]:
        return (
            selectors.rosters_visible_to(self.request.user).select_related("program").order_by("-starts_on")
        )

    def get_serializer_context(self) -> dict[str, Any]:
        return {**super().get_serializer_context(), "list": self.action == "list"}

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        incoming = GenerateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = dict(incoming.validated_data)
        user = acting_user(request)
        program = get_object_or_404(programs_visible_to(user), pk=data.pop("program"))
        roster = rosters.generate(program, by=user, **data)
        return Response(
            RosterSerializer(roster, context=self.get_serializer_context()).data,
            status=status.HTTP_201_CREATED,
        )

    @extend_schema(
        summary="Publish a draft: places whose person can no longer take the shift are left open and listed "
        "in `dropped`; refused, with the gaps listed, while any hour lacks a supervisor",
        request=None,
        responses={200: RosterSerializer},
    )
    @action(detail=True, methods=["post"])
    def publish(self, request: Request, pk: str | None = None) -> Response:
        roster = rosters.publish(self.get_object(), by=acting_user(request))
        return Response(RosterSerializer(roster, context=self.get_serializer_context()).data)


# --- On call now ------------------------------------------------------------------------------------------


class OnCallPersonSerializer(serializers.Serializer):
    membership = serializers.IntegerField(source="membership.pk")
    name = serializers.CharField(source="membership.display_name")
    email = serializers.EmailField(source="membership.user.email")
    phone = serializers.CharField(
        allow_null=True,
        help_text="E.164, for tap-to-call: a supervisor's or coordinator's number; null for supporters "
        "and for staff who keep none.",
    )


class OnCallShiftSerializer(serializers.Serializer):
    shift = serializers.IntegerField(source="shift.pk")
    name = serializers.CharField(source="shift.name")
    starts_at = api_fields.DateTimeField(source="shift.starts_at")
    ends_at = api_fields.DateTimeField(source="shift.ends_at")
    people = OnCallPersonSerializer(many=True)


class CrisisLineSerializer(serializers.Serializer):
    name = serializers.CharField()
    phone = serializers.CharField()


class OnCallFallbackSerializer(OnCallPersonSerializer):
    role = serializers.CharField(source="membership.role")


class OnCallSerializer(serializers.Serializer):
    supervisors_now = OnCallShiftSerializer(many=True)
    supervisor_next = OnCallShiftSerializer(allow_null=True)
    supporters_now = OnCallShiftSerializer(many=True)
    supporter_next = OnCallShiftSerializer(allow_null=True)
    nobody_on_call = serializers.BooleanField(help_text="No supervisor is on call this minute.")
    fallback = OnCallFallbackSerializer(
        many=True,
        help_text="Who to ring when nobody is on call: the program's active supervisors, then coordinators, "
        "with `phone` in E.164 under the same rules as on-call people.",
    )
    crisis_lines = CrisisLineSerializer(many=True)


class OnCallNowView(APIView):
    """Who is on call now and next in a program, how to reach them, and the crisis lines."""

    permission_classes = [IsSignedIn]

    @extend_schema(
        summary="Who is on call now and next, and the crisis lines", responses={200: OnCallSerializer}
    )
    def get(self, request: Request, program_id: int) -> Response:
        if program_id not in selectors.roster_program_ids(request.user):
            raise NotFound("You are not rostered in a program with this id.")
        program = Program.objects.get(pk=program_id)
        now = rosters.on_call(program)
        data = {
            "supervisors_now": now.now[RosterRole.SUPERVISOR],
            "supervisor_next": now.next[RosterRole.SUPERVISOR],
            "supporters_now": now.now[RosterRole.SUPPORTER],
            "supporter_next": now.next[RosterRole.SUPPORTER],
            "nobody_on_call": now.nobody_now,
            "fallback": now.fallback,
            "crisis_lines": crisis_lines(program),
        }
        return Response(OnCallSerializer(data).data)


class ICalendarRenderer(BaseRenderer):
    media_type = "text/calendar"
    format = "ics"
    charset = "utf-8"

    def render(self, data: Any, accepted_media_type: str | None = None, renderer_context: Any = None) -> Any:
        return data


class RosterCalendarView(APIView):
    """The program's published roster as an iCalendar file, for its rostered members."""

    permission_classes = [IsSignedIn]
    renderer_classes = [ICalendarRenderer]

    @extend_schema(
        summary="The program's roster as iCalendar (stable UIDs, SEQUENCE, LAST-MODIFIED, TZID)",
        responses={(200, "text/calendar"): OpenApiTypes.STR},
    )
    def get(self, request: Request, program_id: int) -> HttpResponse:
        if program_id not in selectors.roster_program_ids(request.user):
            raise NotFound("You are not rostered in a program with this id.")
        program = Program.objects.get(pk=program_id)
        return HttpResponse(calendars.program_feed(program), content_type="text/calendar; charset=utf-8")

    def handle_exception(self, exc: Exception) -> Response:
        # Refusals use the API's one JSON error format, whatever the calendar client asked for.
        self.request.accepted_renderer = JSONRenderer()
        self.request.accepted_media_type = JSONRenderer.media_type
        return super().handle_exception(exc)


class ProgramFeedSerializer(serializers.Serializer):
    url = serializers.URLField(
        help_text="The private address of the program's roster (.ics): it works without signing in, so "
        "keep it secret; it answers 404 once renewed or once you no longer coordinate or supervise here."
    )
    created_at = api_fields.DateTimeField()


class _ProgramFeedBase(APIView):
    permission_classes = [IsSignedIn]

    def _program(self, request: Request, program_id: int) -> Program:
        return get_object_or_404(programs_visible_to(request.user), pk=program_id)

    def _answer(self, request: Request, feed: ProgramCalendarFeed) -> Response:
        url = request.build_absolute_uri(reverse("program-calendar-token", args=[feed.token]))
        return Response(ProgramFeedSerializer({"url": url, "created_at": feed.created_at}).data)


class ProgramFeedView(_ProgramFeedBase):
    """The caller's private address for the program's roster, for coordinators and supervisors of the
    program (anyone else 404): GET makes it on first use, POST `renew/` replaces it."""

    @extend_schema(
        summary="Your private .ics address for the program's roster (coordinators, supervisors)",
        responses={200: ProgramFeedSerializer},
    )
    def get(self, request: Request, program_id: int) -> Response:
        try:
            feed = calendars.live_program_feed(acting_user(request), self._program(request, program_id))
        except ProgramCalendarFeed.DoesNotExist:
            raise NotFound("You do not coordinate or supervise in a program with this id.") from None
        return self._answer(request, feed)


class ProgramFeedRenewView(_ProgramFeedBase):
    @extend_schema(
        summary="Replace your private roster address: the old one answers 404 from now on",
        request=None,
        responses={200: ProgramFeedSerializer},
    )
    def post(self, request: Request, program_id: int) -> Response:
        try:
            feed = calendars.renew_program_feed(acting_user(request), self._program(request, program_id))
        except ProgramCalendarFeed.DoesNotExist:
            raise NotFound("You do not coordinate or supervise in a program with this id.") from None
        return self._answer(request, feed)


# --- Swaps --------------------------------------------------------------------------------------------------


class SwapSerializer(serializers.ModelSerializer):
    offered_by_name = serializers.CharField(source="offered_by.display_name", read_only=True)
    taken_by_name = serializers.CharField(
        source="taken_by.display_name", read_only=True, allow_null=True, default=None
    )
    starts_at = api_fields.DateTimeField(source="shift.starts_at", read_only=True)

    class Meta:
        model = SwapRequest
        fields = [
            "id",
            "shift",
            "starts_at",
            "assignment",
            "offered_by",
            "offered_by_name",
            "taken_by",
            "taken_by_name",
            "status",
            "created_at",
            "taken_at",
            "decided_at",
        ]
        read_only_fields = fields


class OfferSerializer(StrictSerializer):
    assignment = serializers.IntegerField(help_text="Your place on a shift (a shift assignment id).")


class TakeSerializer(StrictSerializer):
    membership = serializers.IntegerField(
        required=False,
        allow_null=True,
        default=None,
        help_text="Coordinators taking it for someone; else yourself.",
    )


class SwapFilter(filters.FilterSet):
    program = filters.NumberFilter(field_name="shift__program_id")
    status = filters.ChoiceFilter(choices=SwapStatus.choices)


@extend_schema_view(
    list=extend_schema(summary="Swap requests in your rostered programs"),
    retrieve=extend_schema(summary="One swap request"),
    create=extend_schema(
        summary="Offer your place on a future published shift (coordinators may offer for someone)",
        request=OfferSerializer,
        responses={201: SwapSerializer},
    ),
)
class SwapRequestViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin, viewsets.GenericViewSet
):
    serializer_class = SwapSerializer
    permission_classes = [IsSignedIn]
    filterset_class = SwapFilter

    def get_queryset(self) -> QuerySet[SwapRequest]:
        return (
            selectors.swaps_visible_to(self.request.user)
            .select_related("shift", "offered_by__user", "taken_by__user")
            .order_by("shift__starts_at", "pk")
        )

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        incoming = OfferSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        user = acting_user(request)
        visible = ShiftAssignment.objects.filter(
            Q(membership__in=own_memberships(user))
            | Q(shift__program__in=programs_with(user, "manage_program"))
        )
        assignment = get_object_or_404(visible, pk=incoming.validated_data["assignment"])
        swap = swaps.offer(assignment, by=user)
        return Response(SwapSerializer(swap).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        summary="Take an open swap (rest rules are checked)",
        request=TakeSerializer,
        responses={200: SwapSerializer},
    )
    @action(detail=True, methods=["post"])
    def take(self, request: Request, pk: str | None = None) -> Response:
        swap = self.get_object()
        incoming = TakeSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        user = acting_user(request)
        takers = Membership.objects.filter(program_id=swap.shift.program_id, role=swap.shift.role)
        wanted = incoming.validated_data["membership"]
        mine = takers.filter(pk__in=own_memberships(user).values("pk"))
        taker = takers.filter(pk=wanted).first() if wanted is not None else mine.first()
        if taker is None:
            raise NotFound(f"No {swap.shift.role} membership of this program to take it with.")
        return Response(SwapSerializer(swaps.take(swap, taker=taker, by=user)).data)

    @extend_schema(
        summary="Undo taking a swap, before approval", request=None, responses={200: SwapSerializer}
    )
    @action(detail=True, methods=["post"])
    def undo(self, request: Request, pk: str | None = None) -> Response:
        return Response(SwapSerializer(swaps.undo_take(self.get_object(), by=acting_user(request))).data)

    @extend_schema(summary="Withdraw your offer", request=None, responses={200: SwapSerializer})
    @action(detail=True, methods=["post"])
    def withdraw(self, request: Request, pk: str | None = None) -> Response:
        return Response(SwapSerializer(swaps.withdraw(self.get_object(), by=acting_user(request))).data)

    @extend_schema(
        summary="Approve a taken swap (coordinators)", request=None, responses={200: SwapSerializer}
    )
    @action(detail=True, methods=["post"])
    def approve(self, request: Request, pk: str | None = None) -> Response:
        return Response(
            SwapSerializer(swaps.decide(self.get_object(), by=acting_user(request), approve=True)).data
        )

    @extend_schema(
        summary="Reject a taken swap (coordinators)", request=None, responses={200: SwapSerializer}
    )
    @action(detail=True, methods=["post"])
    def reject(self, request: Request, pk: str | None = None) -> Response:
        return Response(
            SwapSerializer(swaps.decide(self.get_object(), by=acting_user(request), approve=False)).data
        )


# --- Fairness ---------------------------------------------------------------------------------------------


class FairnessRowSerializer(serializers.Serializer):
    membership = serializers.IntegerField(source="membership.pk")
    name = serializers.CharField(source="membership.display_name")
    shifts = serializers.IntegerField()
    hours = serializers.FloatField()
    nights = serializers.IntegerField(help_text="Night shifts: any hour between 00:00 and 06:00 local.")
    weekends = serializers.IntegerField(help_text="Shifts starting on a Saturday or Sunday.")
    night_hours = serializers.FloatField()
    weekend_hours = serializers.FloatField()


class FairnessGroupSerializer(serializers.Serializer):
    role = serializers.CharField()
    mean = serializers.FloatField(help_text="Mean hours per person.")
    maximum = serializers.FloatField()
    widest_gap = serializers.FloatField(help_text="Most hours minus fewest.")
    mean_pair_difference = serializers.FloatField()
    night_spread = serializers.IntegerField(help_text="Most nights minus fewest.")
    weekend_spread = serializers.IntegerField(help_text="Most weekend shifts minus fewest.")
    rows = FairnessRowSerializer(many=True)


class FairnessSerializer(serializers.Serializer):
    start = api_fields.DateField(help_text="The first day counted.")
    end = api_fields.DateField(help_text="The last day counted.")
    groups = FairnessGroupSerializer(many=True)


def _day_parameter(request: Request, name: str, default: date, errors: dict[str, list[str]]) -> date:
    raw = request.query_params.get(name)
    if raw is None:
        return default
    try:
        day = date.fromisoformat(raw)
    except ValueError:
        errors[name] = ["Give a date as YYYY-MM-DD."]
        return default
    problem = date_out_of_range(day)
    if problem:
        errors[name] = [problem]
    return day


class FairnessView(APIView):
    """Per person of each role: shifts, hours, nights and weekend shifts on published rosters (the page's
    fairness report), for the program's coordinators; anyone else 404."""

    permission_classes = [IsSignedIn]

    @extend_schema(
        summary="Roster fairness: shifts, hours, nights and weekend shifts per person (coordinators)",
        parameters=[
            OpenApiParameter(
                "from", OpenApiTypes.DATE, description="The first day (YYYY-MM-DD); default four weeks ago"
            ),
            OpenApiParameter(
                "to", OpenApiTypes.DATE, description="The last day (YYYY-MM-DD); default four weeks ahead"
            ),
        ],
        responses={200: FairnessSerializer},
    )
    def get(self, request: Request, program_id: int) -> Response:
        program = get_object_or_404(programs_with(request.user, "manage_program"), pk=program_id)
        today = program.today()
        errors: dict[str, list[str]] = {}
        first = _day_parameter(request, "from", today - timedelta(days=28), errors)
        last = _day_parameter(request, "to", today + timedelta(days=28), errors)
        if errors:
            raise serializers.ValidationError(errors)
        groups = rosters.fairness(program, first, last)
        return Response(FairnessSerializer({"start": first, "end": last, "groups": groups}).data)


# --- My shifts ----------------------------------------------------------------------------------------------


class MyShiftSerializer(serializers.ModelSerializer):
    """One of the caller's places on a shift: `id` is the assignment id a swap offer takes."""

    shift = serializers.IntegerField(source="shift_id", read_only=True)
    program = serializers.IntegerField(source="shift.program_id", read_only=True)
    name = serializers.CharField(source="shift.name", read_only=True)
    role = serializers.CharField(source="shift.role", read_only=True)
    starts_at = api_fields.DateTimeField(source="shift.starts_at", read_only=True)
    ends_at = api_fields.DateTimeField(source="shift.ends_at", read_only=True)
    is_night = serializers.BooleanField(source="shift.is_night", read_only=True)
    is_weekend = serializers.BooleanField(source="shift.is_weekend", read_only=True)
    swap_request = serializers.SerializerMethodField(
        help_text="Your pending (open or taken) swap offer of this place, if any."
    )

    class Meta:
        model = ShiftAssignment
        fields = [
            "id",
            "shift",
            "program",
            "name",
            "role",
            "starts_at",
            "ends_at",
            "is_night",
            "is_weekend",
            "swap_request",
        ]
        read_only_fields = fields

    def get_swap_request(self, place: ShiftAssignment) -> int | None:
        pending = getattr(place, "pending_swaps", [])
        return pending[0].pk if pending else None


class MyShiftFilter(filters.FilterSet):
    program = filters.NumberFilter(field_name="shift__program_id")
    upcoming = filters.BooleanFilter(method="filter_upcoming", label="Only shifts that have not started")

    def filter_upcoming(
        self, queryset: QuerySet[ShiftAssignment], name: str, value: bool
    ) -> QuerySet[ShiftAssignment]:
        return queryset.filter(shift__starts_at__gt=timezone.now()) if value else queryset


@extend_schema_view(
    list=extend_schema(summary="Your own places on published shifts (the `id` is what a swap offer takes)"),
    retrieve=extend_schema(summary="One of your places on a shift"),
)
class MyShiftViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    serializer_class = MyShiftSerializer
    permission_classes = [IsSignedIn]
    filterset_class = MyShiftFilter

    def get_queryset(self) -> QuerySet[ShiftAssignment]:
        return (
            selectors.own_shift_places(self.request.user)
            .select_related("shift")
            .prefetch_related(
                Prefetch(
                    "swap_requests",
                    queryset=SwapRequest.objects.filter(status__in=SWAP_PENDING).order_by("pk"),
                    to_attr="pending_swaps",
                )
            )
            .order_by("shift__starts_at", "pk")
        )


# --- Availability -------------------------------------------------------------------------------------------


def _availability_scope(user: Any) -> Q:
    """Your own current memberships, and every membership of the programs you coordinate (nothing when
    signed out)."""
    if not (user.is_authenticated and user.is_active):
        return Q(pk__in=[])
    return Q(membership__in=own_memberships(user)) | Q(
        membership__program__in=programs_with(user, "manage_program")
    )


class WindowSerializer(serializers.ModelSerializer):
    class Meta:
        model = Availability
        fields = ["id", "membership", "weekday", "starts", "ends"]
        read_only_fields = fields


class WindowInputSerializer(StrictSerializer):
    membership = serializers.IntegerField()
    weekday = serializers.IntegerField(help_text="0 = Monday … 6 = Sunday")
    starts = serializers.TimeField()
    ends = serializers.TimeField()


class UnavailabilitySerializer(serializers.ModelSerializer):
    class Meta:
        model = Unavailability
        fields = ["id", "membership", "kind", "starts_at", "ends_at"]
        read_only_fields = fields


class UnavailabilityInputSerializer(StrictSerializer):
    membership = serializers.IntegerField()
    kind = serializers.CharField(help_text="exam, placement, leave or other")
    starts_at = api_fields.DateTimeField()
    ends_at = api_fields.DateTimeField()


class MembershipFilter(filters.FilterSet):
    membership = filters.NumberFilter(field_name="membership_id")


def _editable_membership(user: Any, pk: int) -> Membership:
    scope = Membership.objects.filter(
        Q(pk__in=own_memberships(user).values("pk")) | Q(program__in=programs_with(user, "manage_program"))
    ).select_related("program")
    return get_object_or_404(scope, pk=pk)


class _MemberTimesViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.DestroyModelMixin,
    viewsets.GenericViewSet,
):
    """Rows that belong to a membership and are kept by its owner or the program's coordinators, through
    one add and one remove service each (weekly windows, times away)."""

    permission_classes = [IsSignedIn]
    filterset_class = MembershipFilter
    input_class: type[StrictSerializer]
    model: type[Availability] | type[Unavailability]
    ordering: tuple[str, ...] = ("pk",)

    def get_queryset(self) -> QuerySet[Any]:
        return self.model.objects.filter(_availability_scope(self.request.user)).order_by(*self.ordering)

    def add(self, member: Membership, *, by: Any, **data: Any) -> Any:
        raise NotImplementedError

    def remove(self, item: Any, *, by: Any) -> None:
        raise NotImplementedError

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        incoming = self.input_class(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = dict(incoming.validated_data)
        user = acting_user(request)
        member = _editable_membership(user, data.pop("membership"))
        made = self.add(member, by=user, **data)
        return Response(self.get_serializer(made).data, status=status.HTTP_201_CREATED)

    def destroy(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        self.remove(self.get_object(), by=acting_user(request))
        return Response(status=status.HTTP_204_NO_CONTENT)


@extend_schema_view(
    list=extend_schema(summary="Weekly availability windows: yours, and your programs' if you coordinate"),
    retrieve=extend_schema(summary="One availability window"),
    create=extend_schema(
        summary="Add a weekly window", request=WindowInputSerializer, responses={201: WindowSerializer}
    ),
    destroy=extend_schema(summary="Remove a weekly window"),
)
class AvailabilityViewSet(_MemberTimesViewSet):
    serializer_class = WindowSerializer
    input_class = WindowInputSerializer
    model = Availability

    def add(self, member: Membership, *, by: Any, **data: Any) -> Availability:
        return rosters.add_window(member, by=by, **data)

    def remove(self, item: Any, *, by: Any) -> None:
        rosters.remove_window(item, by=by)


@extend_schema_view(
    list=extend_schema(
        summary="Times away (exams, placements, leave): yours, and your programs' if you coordinate"
    ),
    retrieve=extend_schema(summary="One time away"),
    create=extend_schema(
        summary="Add a time away",
        request=UnavailabilityInputSerializer,
        responses={201: UnavailabilitySerializer},
    ),
    destroy=extend_schema(summary="Remove a time away"),
)
class UnavailabilityViewSet(_MemberTimesViewSet):
    serializer_class = UnavailabilitySerializer
    input_class = UnavailabilityInputSerializer
    model = Unavailability
    ordering = ("starts_at", "pk")

    def add(self, member: Membership, *, by: Any, **data: Any) -> Unavailability:
        return rosters.add_unavailability(member, by=by, **data)

    def remove(self, item: Any, *, by: Any) -> None:
        rosters.remove_unavailability(item, by=by)
