"""REST endpoints for contacts, check-ins, supervision sessions and burden.

Same selectors and services as the pages. Narratives, annotations, session notes and check-in
answers appear only to the supporter and their supervisors, and every read is audited.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.shortcuts import get_object_or_404
from django.utils.decorators import method_decorator
from django.views.decorators.debug import sensitive_post_parameters
from django_filters import rest_framework as filters
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field, extend_schema_view
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound
from rest_framework.request import Request
from rest_framework.response import Response

from api import fields as api_fields
from api import filters as api_filters
from api.pagination import KeysetPagination
from api.permissions import IsSignedIn
from api.serializers import StrictSerializer
from program import audit
from program.access import acting_user
from program.bounds import date_out_of_range
from program.models import CURRENT_STATUSES, AuditAction, Membership, Program, ReferralService, Role
from program.selectors import programs_visible_to
from supervision import selectors, services
from supervision.contacts.deidentify import LABELS
from supervision.models import (
    Action,
    Channel,
    CheckIn,
    Concern,
    Contact,
    ContactAction,
    ContactConcern,
    ContactStatus,
    Initiator,
    PeerCode,
    RiskLevel,
    SessionKind,
    SessionPurpose,
    SupervisionSession,
    TimeBand,
)
from supervision.wellbeing import burden
from supervision.wellbeing.checkin import DISTRESS_ERROR, ITEMS, item_error

sensitive = method_decorator(
    sensitive_post_parameters("narrative", "text", "advice", "follow_ups"), name="dispatch"
)


def _supporter_in(request: Request, program_id: int) -> Membership:
    """The caller's own current supporter membership in the program (404 if none)."""
    membership = (
        Membership.objects.filter(
            user=acting_user(request), program_id=program_id, role=Role.SUPPORTER, status__in=CURRENT_STATUSES
        )
        .select_related("program")
        .first()
    )
    if membership is None:
        raise NotFound("You are not a supporter in a program with this id.")
    return membership


# --- Contacts -----------------------------------------------------------------------------------


class ContactPagination(KeysetPagination):
    keyset = selectors.CONTACTS_NEWEST_FIRST


class ContactSerializer(serializers.ModelSerializer):
    concerns = serializers.SerializerMethodField()
    actions = serializers.SerializerMethodField()
    referral_service = serializers.SerializerMethodField()
    peer_code = serializers.CharField(source="peer_code.code", default=None, read_only=True, allow_null=True)
    has_narrative = serializers.BooleanField(read_only=True)
    locked = serializers.SerializerMethodField()
    debrief_due_at = api_fields.DateTimeField(
        source="debrief.due_at", default=None, read_only=True, allow_null=True
    )
    advice_request = serializers.IntegerField(
        source="advice_request.pk",
        default=None,
        read_only=True,
        allow_null=True,
        help_text="The advice request a high- or imminent-risk contact opened (GET /advice-requests/{id}/).",
    )

    class Meta:
        model = Contact
        fields = [
            "id",
            "program",
            "supporter",
            "status",
            "contact_date",
            "time_band",
            "duration_minutes",
            "channel",
            "initiated_by",
            "concerns",
            "risk_level",
            "actions",
            "referral_service",
            "linked_to_crisis_service",
            "follow_up_planned",
            "supporter_distress",
            "peer_code",
            "has_narrative",
            "narrative_erased_at",
            "locked",
            "debrief_due_at",
            "advice_request",
            "created_at",
            "submitted_at",
        ]
        read_only_fields = fields

    def get_concerns(self, contact: Contact) -> list[str]:
        return sorted(c.category for c in contact.concerns.all())

    def get_actions(self, contact: Contact) -> list[str]:
        return sorted(a.action for a in contact.actions.all())

    def get_referral_service(self, contact: Contact) -> int | None:
        return next((a.referral_service_id for a in contact.actions.all() if a.referral_service_id), None)

    def get_locked(self, contact: Contact) -> bool:
        return contact.locked()

    def to_representation(self, contact: Contact) -> dict[str, Any]:
        # Written out rather than through DRF's field-by-field walk, which was most of a list page's
        # serialising time (24 fields × 50 rows); the declared fields above still make the schema and
        # format the dates and times, and the output is the same (tests/api/test_contacts.py).
        private_to = self.context.get("private_to")
        # The peer code and the supporter's own distress are theirs and their supervisors' (SPEC 3.6).
        own = private_to is None or contact.supporter_id in private_to
        # A list page has them attached as plain rows (_attach_concerns_and_actions); one contact has
        # them prefetched or read here.
        concerns = getattr(contact, "concern_rows", None)
        if concerns is None:
            concerns = [c.category for c in contact.concerns.all()]
        actions = getattr(contact, "action_rows", None)
        if actions is None:
            actions = [(a.action, a.referral_service_id) for a in contact.actions.all()]
        debrief = getattr(contact, "debrief", None)
        advice = getattr(contact, "advice_request", None)
        # The list reads whether there is a narrative in SQL, without loading the encrypted text.
        present = getattr(contact, "narrative_present", None)
        data = {
            "id": contact.pk,
            "program": contact.program_id,
            "supporter": contact.supporter_id,
            "status": contact.status,
            "contact_date": _when(_DATE, contact.contact_date),
            "time_band": contact.time_band,
            "duration_minutes": contact.duration_minutes,
            "channel": contact.channel,
            "initiated_by": contact.initiated_by,
            "concerns": sorted(concerns),
            "risk_level": contact.risk_level,
            "actions": sorted(action for action, _ in actions),
            "referral_service": next((service for _, service in actions if service), None),
            "linked_to_crisis_service": contact.linked_to_crisis_service,
            "follow_up_planned": contact.follow_up_planned,
            "supporter_distress": contact.supporter_distress if own else None,
            "peer_code": contact.peer_code.code if own and contact.peer_code is not None else None,
            "has_narrative": contact.has_narrative if present is None else bool(present),
            "narrative_erased_at": _when(_DATETIME, contact.narrative_erased_at),
            "locked": contact.locked(),
            "debrief_due_at": _when(_DATETIME, debrief.due_at if debrief else None),
            "advice_request": advice.pk if advice else None,
            "created_at": _when(_DATETIME, contact.created_at),
            "submitted_at": _when(_DATETIME, contact.submitted_at),
        }
        # Those a subclass adds (the detail's narrative and notes). A list row has none, so it never builds
        # the serializer's fields: ModelSerializer makes them afresh for each request.
        for name in self.Meta.fields[len(ContactSerializer.Meta.fields) :]:
            field = self.fields[name]
            data[name] = field.to_representation(field.get_attribute(contact))
        return data


def _attach_concerns_and_actions(contacts: list[Contact]) -> None:
    """A page's concerns and actions as plain rows, a query each: prefetching them made a model instance
    of each (some 270 for 50 contacts), which cost more than the rest of the page's rows together."""
    concerns: dict[int, list[str]] = {contact.pk: [] for contact in contacts}
    actions: dict[int, list[tuple[str, int | None]]] = {contact.pk: [] for contact in contacts}
    for contact_id, category in ContactConcern.objects.filter(contact_id__in=concerns).values_list(
        "contact_id", "category"
    ):
        concerns[contact_id].append(category)
    for contact_id, name, service in ContactAction.objects.filter(contact_id__in=actions).values_list(
        "contact_id", "action", "referral_service_id"
    ):
        actions[contact_id].append((name, service))
    for contact in contacts:
        contact.concern_rows = concerns[contact.pk]  # type: ignore[attr-defined]
        contact.action_rows = actions[contact.pk]  # type: ignore[attr-defined]


# How the declared date and time fields write a value (the same classes, formats and time zone), without
# the serializer's fields.
_DATE = api_fields.DateField(read_only=True)
_DATETIME = api_fields.DateTimeField(read_only=True)


def _when(field: serializers.Field, value: object) -> Any:
    return None if value is None else field.to_representation(value)


class IdentifierSpanSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=list(LABELS), help_text="What the words look like.")
    message = serializers.CharField(help_text='For the writer: "Looks like a phone number."')
    start = serializers.IntegerField(
        help_text="Offset of the first flagged character, in Unicode code points."
    )
    end = serializers.IntegerField(help_text="Offset just after the last flagged character.")


class FreeTextRefusalBodySerializer(serializers.Serializer):
    status = serializers.IntegerField()
    code = serializers.CharField()
    message = serializers.CharField()
    identifiers = serializers.DictField(
        child=IdentifierSpanSerializer(many=True),
        required=False,
        help_text=(
            "Only when free text was refused for holding identifiers: by field, where each stands in "
            "the field as sent. Nothing of the text is stored or logged; fix those words and resend."
        ),
    )

    def get_fields(self) -> dict[str, serializers.Field]:
        # "fields" cannot be declared as a class attribute: it is the name of Serializer's own property.
        declared = dict(super().get_fields())
        identifiers = declared.pop("identifiers")
        messages = serializers.DictField(child=serializers.ListField(child=serializers.CharField()))
        return {**declared, "fields": messages, "identifiers": identifiers}


class FreeTextRefusalSerializer(serializers.Serializer):
    """The API's one error format, as a refusal of free text holding identifiers fills it."""

    error = FreeTextRefusalBodySerializer()


class AnnotationSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    author = serializers.CharField(read_only=True)
    created_at = api_fields.DateTimeField(read_only=True)
    text = serializers.CharField(max_length=2000)


class ContactDetailSerializer(ContactSerializer):
    """Adds the decrypted narrative and notes, which the view reads (audited) and passes in the context."""

    narrative = serializers.SerializerMethodField(help_text="Only to the supporter and their supervisors.")
    annotations = serializers.SerializerMethodField()

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_narrative(self, contact: Contact) -> str | None:
        return self.context.get("narrative")

    @extend_schema_field(AnnotationSerializer(many=True))
    def get_annotations(self, contact: Contact) -> list[dict[str, Any]]:
        return [
            {"id": note.pk, "author": note.author.display_name, "created_at": note.created_at, "text": text}
            for note, text in self.context.get("annotations", [])
        ]

    class Meta(ContactSerializer.Meta):
        fields = [*ContactSerializer.Meta.fields, "narrative", "annotations"]
        read_only_fields = fields


class ContactInputSerializer(StrictSerializer):
    """What a supporter sends; every field optional for drafts (the service checks completeness)."""

    contact_date = api_fields.DateField(required=False, allow_null=True)
    time_band = serializers.ChoiceField(choices=TimeBand.choices, required=False, allow_blank=True)
    duration_minutes = serializers.IntegerField(required=False, allow_null=True)
    channel = serializers.ChoiceField(choices=Channel.choices, required=False, allow_blank=True)
    initiated_by = serializers.ChoiceField(choices=Initiator.choices, required=False, allow_blank=True)
    concerns = serializers.ListField(child=serializers.ChoiceField(choices=Concern.choices), required=False)
    risk_level = serializers.ChoiceField(choices=RiskLevel.choices, required=False, allow_blank=True)
    actions = serializers.ListField(child=serializers.ChoiceField(choices=Action.choices), required=False)
    referral_service = serializers.IntegerField(required=False, allow_null=True)
    linked_to_crisis_service = serializers.BooleanField(required=False)
    follow_up_planned = serializers.BooleanField(required=False)
    supporter_distress = serializers.IntegerField(required=False, allow_null=True)
    peer_code = serializers.CharField(required=False, allow_null=True, allow_blank=True, max_length=8)
    # Not trimmed here (the service trims before storing), so a refusal's offsets fit the text as sent.
    narrative = serializers.CharField(required=False, allow_blank=True, trim_whitespace=False)

    def service_data(self, supporter: Membership) -> dict[str, Any]:
        data = dict(self.validated_data)
        if "referral_service" in data:
            service_id = data["referral_service"]
            data["referral_service"] = (
                ReferralService.objects.filter(pk=service_id, program=supporter.program).first()
                if service_id
                else None
            )
            if service_id and data["referral_service"] is None:
                raise serializers.ValidationError(
                    {"referral_service": ["No service in this program's directory has this id."]}
                )
        if "peer_code" in data:
            code = (data["peer_code"] or "").strip().upper()
            data["peer_code"] = (
                PeerCode.objects.filter(supporter=supporter, code=code).first() if code else None
            )
            if code and data["peer_code"] is None:
                raise serializers.ValidationError({"peer_code": ["Use a peer code issued to you."]})
        return data


class ContactCreateSerializer(ContactInputSerializer):
    program = serializers.IntegerField()
    status = serializers.ChoiceField(
        choices=ContactStatus.choices, default=ContactStatus.SUBMITTED, help_text="draft keeps it unfinished"
    )


class PeerCodeRequestSerializer(StrictSerializer):
    program = serializers.IntegerField()


class PeerCodeSerializer(serializers.Serializer):
    code = serializers.CharField()


class ContactFilter(filters.FilterSet):
    program = filters.NumberFilter(field_name="program_id")
    supporter = filters.NumberFilter(field_name="supporter_id")
    status = filters.ChoiceFilter(choices=ContactStatus.choices)
    risk_level = filters.ChoiceFilter(choices=RiskLevel.choices)
    since = api_filters.DateFilter(field_name="contact_date", lookup_expr="gte")
    until = api_filters.DateFilter(field_name="contact_date", lookup_expr="lte")


# What a list row reads (ContactSerializer.to_representation with narrative_present annotated).
LIST_COLUMNS = (
    "program_id",
    "supporter_id",
    "status",
    "contact_date",
    "time_band",
    "duration_minutes",
    "channel",
    "initiated_by",
    "risk_level",
    "linked_to_crisis_service",
    "follow_up_planned",
    "supporter_distress",
    "peer_code__code",
    "narrative_erased_at",
    "debrief__due_at",
    "advice_request__id",
    "created_at",
    "submitted_at",
)


@extend_schema_view(
    list=extend_schema(summary="Contacts in your scope (structured fields only; no narratives)"),
    retrieve=extend_schema(
        summary="One contact; the narrative and notes only for its supporter and supervisors"
    ),
    create=extend_schema(
        summary="Log a contact (status=submitted) or keep a draft (status=draft)",
        request=ContactCreateSerializer,
        responses={201: ContactSerializer, 400: FreeTextRefusalSerializer},
    ),
    partial_update=extend_schema(
        summary="Change a draft, or correct a submitted contact within seven days",
        request=ContactInputSerializer,
        responses={200: ContactSerializer, 400: FreeTextRefusalSerializer},
    ),
)
@sensitive
class ContactViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    permission_classes = [IsSignedIn]
    filterset_class = ContactFilter
    # A cursor, not page numbers: no count of the rows in scope, and the last page as quick as the first.
    # The order is the cursor's own (newest first), so there is no `ordering` parameter to change it.
    pagination_class = ContactPagination
    filter_backends = [filters.DjangoFilterBackend]
    http_method_names = ("get", "post", "patch", "head", "options")

    def get_queryset(self) -> QuerySet[Contact]:
        contacts = (
            selectors.contacts_visible_to(self.request.user)
            .select_related("peer_code", "debrief", "advice_request")
            .order_by("-contact_date", "-id")
        )
        if self.action == "list":
            # A list shows whether there is a narrative, never the narrative: not even its ciphertext
            # is read (the detail, which decrypts it where allowed, still loads it). Concerns and actions
            # are attached to the page in list().
            # Only the columns the row shows, of the contact and of what is joined to it.
            return contacts.only(*LIST_COLUMNS).annotate(narrative_present=~Q(narrative_encrypted=""))
        return contacts.prefetch_related("concerns", "actions")

    def filter_queryset(self, queryset: QuerySet[Any, Any]) -> QuerySet[Any, Any]:
        # Asked for no filter, django-filter would still build and validate an empty form to change
        # nothing: about a tenth of a coordinator's list request (docs/performance.md, fourth round).
        if not any(name in self.request.query_params for name in ContactFilter.base_filters):
            return queryset
        return super().filter_queryset(queryset)

    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        assert page is not None  # ContactPagination always pages
        _attach_concerns_and_actions(page)
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    def get_serializer_class(self) -> type[serializers.BaseSerializer]:
        return ContactDetailSerializer if self.action == "retrieve" else ContactSerializer

    def get_serializer_context(self) -> dict[str, Any]:
        # Whose private fields (peer code, own distress) the caller may see: their own, their supervisees'.
        scope = set(selectors.wellbeing_scope(self.request.user).values_list("pk", flat=True))
        return {**super().get_serializer_context(), "private_to": scope}

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        contact = self.get_object()
        user = acting_user(request)
        readable = selectors.narrative_readable(user, contact)
        context = {
            "narrative": services.read_narrative(contact, by=user) if readable else None,
            "annotations": services.read_annotations(contact, by=user) if readable else [],
        }
        return Response(
            ContactDetailSerializer(contact, context={**self.get_serializer_context(), **context}).data
        )

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        incoming = ContactCreateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        supporter = _supporter_in(request, incoming.validated_data["program"])
        data = incoming.service_data(supporter)
        data.pop("program")
        wanted = data.pop("status")
        user = acting_user(request)
        if wanted == ContactStatus.DRAFT:
            contact, _ = services.save_contact_draft(supporter, by=user, strict=True, **data)
        else:
            contact = services.submit_contact(supporter, by=user, **data)
        # The caller's own new contact: read back without the visibility scope (three queries less).
        created = (
            Contact.objects.select_related("peer_code", "debrief", "advice_request")
            .prefetch_related("concerns", "actions")
            .get(pk=contact.pk)
        )
        return Response(ContactSerializer(created).data, status=status.HTTP_201_CREATED)

    def partial_update(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        contact = self.get_object()
        user = acting_user(request)
        if contact.supporter.user_id != user.pk:
            self.permission_denied(request, message="Only the supporter who logged a contact can change it.")
        incoming = ContactInputSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = incoming.service_data(contact.supporter)
        if contact.status == ContactStatus.DRAFT:
            contact, _ = services.save_contact_draft(
                contact.supporter, by=user, contact=contact, strict=True, **data
            )
        else:
            contact = services.update_contact(contact, by=user, **data)
        return Response(ContactSerializer(self._reload(contact)).data)

    @extend_schema(
        request=ContactInputSerializer,
        responses={200: ContactSerializer, 400: FreeTextRefusalSerializer},
        summary="Submit a draft",
    )
    @action(detail=True, methods=["post"])
    def submit(self, request: Request, pk: str | None = None) -> Response:
        contact = self.get_object()
        user = acting_user(request)
        if contact.supporter.user_id != user.pk:
            raise NotFound("Not found.")
        incoming = ContactInputSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        contact = services.submit_contact(
            contact.supporter, by=user, contact=contact, **incoming.service_data(contact.supporter)
        )
        return Response(ContactSerializer(self._reload(contact)).data)

    @extend_schema(
        request=AnnotationSerializer,
        responses={201: AnnotationSerializer, 400: FreeTextRefusalSerializer},
        summary="Add a supervisor's note",
    )
    @action(detail=True, methods=["post"])
    def annotations(self, request: Request, pk: str | None = None) -> Response:
        contact = self.get_object()
        user = acting_user(request)
        if not selectors.may_annotate(user, contact):
            self.permission_denied(request, message="Only the supporter's supervisors can add notes.")
        incoming = AnnotationSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        note = services.annotate_contact(contact, by=user, text=incoming.validated_data["text"])
        return Response(
            {
                "id": note.pk,
                "author": note.author.display_name,
                "created_at": note.created_at,
                "text": incoming.validated_data["text"],
            },
            status=status.HTTP_201_CREATED,
        )

    @extend_schema(
        request=PeerCodeRequestSerializer, responses={201: PeerCodeSerializer}, summary="Issue a peer code"
    )
    @action(detail=False, methods=["post"], url_path="peer-codes")
    def peer_codes(self, request: Request) -> Response:
        incoming = PeerCodeRequestSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        supporter = _supporter_in(request, incoming.validated_data["program"])
        code = services.issue_peer_code(supporter, by=acting_user(request))
        return Response({"code": code.code}, status=status.HTTP_201_CREATED)

    def _reload(self, contact: Contact) -> Contact:
        return self.get_queryset().get(pk=contact.pk)


# --- Check-ins ----------------------------------------------------------------------------------


def _answer_field(message: str, top: int) -> dict[str, Any]:
    return {
        "min_value": 0,
        "max_value": top,
        "validators": [],
        "error_messages": dict.fromkeys(("required", "null", "invalid", "min_value", "max_value"), message),
    }


class CheckInSerializer(StrictSerializer, serializers.ModelSerializer):
    program = serializers.IntegerField(write_only=True)
    burnout_score = serializers.FloatField(read_only=True)
    week_of = api_fields.DateField(required=False)
    replaced = serializers.BooleanField(
        read_only=True,
        help_text="On a check-in just given: true when it replaced one given earlier the same week.",
    )

    class Meta:
        model = CheckIn
        fields = [
            "id",
            "program",
            "supporter",
            "week_of",
            "tired",
            "worn_out",
            "emotionally_exhausted",
            "cant_take_it",
            "distress",
            "wants_pause",
            "wants_to_talk",
            "burnout_score",
            "replaced",
            "created_at",
        ]
        read_only_fields = ["id", "supporter", "burnout_score", "replaced", "created_at"]
        validators: list = []  # one per week is the service's rule: a second one that week replaces the first
        # The page's words for a missing or out-of-range answer, naming the question (not "This field is
        # required."). The model's own range validators go: the service checks the range with the same text.
        extra_kwargs = {
            **{name: _answer_field(item_error(name), 4) for name, _ in ITEMS},
            "distress": _answer_field(DISTRESS_ERROR, 10),
        }


class CheckInFilter(filters.FilterSet):
    supporter = filters.NumberFilter(field_name="supporter_id")
    program = filters.NumberFilter(field_name="supporter__program_id")
    since = api_filters.DateFilter(field_name="week_of", lookup_expr="gte")


@extend_schema_view(
    list=extend_schema(summary="Check-ins: your own, and your supervisees' (reads are audited)"),
    create=extend_schema(
        summary="Check in for this week (a second check-in the same week replaces the first)",
        description="201 with the new check-in; 200 with `replaced: true` when it replaced the one "
        "given earlier the same week.",
        responses={201: CheckInSerializer, 200: CheckInSerializer},
    ),
)
class CheckInViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin, viewsets.GenericViewSet
):
    serializer_class = CheckInSerializer
    permission_classes = [IsSignedIn]
    filterset_class = CheckInFilter

    def get_queryset(self) -> QuerySet[CheckIn]:
        return (
            selectors.checkins_visible_to(self.request.user)
            .select_related("supporter__program")
            .order_by("-week_of", "-id")
        )

    def _audit_reads(self, checkins: list[CheckIn]) -> None:
        user = acting_user(self.request)
        by_program: dict[int, dict[int, Membership]] = {}
        for checkin in checkins:
            if checkin.supporter.user_id != user.pk:
                by_program.setdefault(checkin.supporter.program_id, {})[checkin.supporter_id] = (
                    checkin.supporter
                )
        for supporters in by_program.values():
            first = next(iter(supporters.values()))
            audit.record_many(
                user,
                AuditAction.VIEW,
                list(supporters.values()),
                program=first.program,
                summary="check-ins read",
            )

    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        queryset = self.filter_queryset(self.get_queryset())
        page = self.paginate_queryset(queryset)
        rows = list(page if page is not None else queryset)
        self._audit_reads(rows)
        data = self.get_serializer(rows, many=True).data
        return self.get_paginated_response(data) if page is not None else Response(data)

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        checkin = self.get_object()
        self._audit_reads([checkin])
        return Response(self.get_serializer(checkin).data)

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        incoming = CheckInSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = dict(incoming.validated_data)
        supporter = _supporter_in(request, data.pop("program"))
        checkin = services.record_checkin(supporter, by=acting_user(request), **data)
        # A second check-in the same week replaces the first: 200 with `replaced`, not a new 201.
        return Response(
            CheckInSerializer(checkin).data,
            status=status.HTTP_200_OK if checkin.replaced else status.HTTP_201_CREATED,
        )


# --- Supervision sessions ----------------------------------------------------------------------


class SessionSerializer(serializers.ModelSerializer):
    supporters: Any = serializers.PrimaryKeyRelatedField(many=True, read_only=True)
    contacts_discussed: Any = serializers.PrimaryKeyRelatedField(many=True, read_only=True)
    overdue = serializers.SerializerMethodField()

    class Meta:
        model = SupervisionSession
        fields = [
            "id",
            "program",
            "supervisor",
            "supporters",
            "kind",
            "purpose",
            "held_on",
            "duration_minutes",
            "contacts_discussed",
            "next_due",
            "overdue",
            "created_at",
        ]
        read_only_fields = fields

    def get_overdue(self, session: SupervisionSession) -> bool:
        """Its next session is due and someone who attended has not had one since."""
        waiting = getattr(session, "someone_waiting", True)
        return bool(waiting) and session.next_due is not None and session.next_due < session.program.today()


class SessionDetailSerializer(SessionSerializer):
    advice = serializers.CharField(read_only=True, allow_null=True)
    follow_ups = serializers.CharField(read_only=True, allow_null=True)

    class Meta(SessionSerializer.Meta):
        fields = [*SessionSerializer.Meta.fields, "advice", "follow_ups"]
        read_only_fields = fields


class SessionInputSerializer(StrictSerializer):
    program = serializers.IntegerField()
    supporters = serializers.ListField(child=serializers.IntegerField(), allow_empty=False)
    kind = serializers.ChoiceField(choices=SessionKind.choices, default=SessionKind.INDIVIDUAL)
    purpose = serializers.ChoiceField(choices=SessionPurpose.choices, default=SessionPurpose.SCHEDULED)
    held_on = api_fields.DateField()
    duration_minutes = serializers.IntegerField(default=45)
    contacts = serializers.ListField(child=serializers.IntegerField(), required=False, default=list)
    advice = serializers.CharField(required=False, allow_blank=True, default="")
    follow_ups = serializers.CharField(required=False, allow_blank=True, default="")
    next_due = api_fields.DateField(required=False, allow_null=True, default=None)


class SessionFilter(filters.FilterSet):
    program = filters.NumberFilter(field_name="program_id")
    supporter = filters.NumberFilter(field_name="supporters")
    purpose = filters.ChoiceFilter(choices=SessionPurpose.choices)


@extend_schema_view(
    list=extend_schema(summary="Supervision sessions in your scope"),
    create=extend_schema(
        summary="Record a session with supporters you supervise (a debrief closes open debriefs)",
        request=SessionInputSerializer,
        responses={201: SessionSerializer, 400: FreeTextRefusalSerializer},
    ),
)
@sensitive
class SupervisionSessionViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin, viewsets.GenericViewSet
):
    serializer_class = SessionSerializer
    permission_classes = [IsSignedIn]
    filterset_class = SessionFilter

    def get_queryset(self) -> QuerySet[SupervisionSession]:
        attendance = SupervisionSession.supporters.through
        later_for_attendee = attendance.objects.filter(
            membership_id=OuterRef("membership_id"),
            supervisionsession__held_on__gt=OuterRef(OuterRef("held_on")),
        )
        waiting = attendance.objects.filter(supervisionsession_id=OuterRef("pk")).exclude(
            Exists(later_for_attendee)
        )
        return (
            selectors.sessions_visible_to(self.request.user)
            .annotate(someone_waiting=Exists(waiting))
            .select_related("program")
            .prefetch_related("supporters", "contacts_discussed")
            .order_by("-held_on", "-id")
        )

    def get_serializer_class(self) -> type[serializers.BaseSerializer]:
        return SessionDetailSerializer if self.action == "retrieve" else SessionSerializer

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        session = self.get_object()
        user = acting_user(request)
        notes = (
            services.read_session_notes(session, by=user)
            if selectors.session_notes_readable(user, session)
            else None
        )
        data = SessionSerializer(session).data
        data["advice"], data["follow_ups"] = notes if notes else (None, None)
        return Response(data)

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        incoming = SessionInputSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = dict(incoming.validated_data)
        user = acting_user(request)
        program = get_object_or_404(programs_visible_to(user), pk=data.pop("program"))
        # Supervisees, and a debrief grant's supporter (the service limits that to the granted contact).
        supervisees = selectors.debrief_scope_in(user, program.pk)
        supporter_ids = data.pop("supporters")
        supporters = list(supervisees.filter(pk__in=supporter_ids))
        if len(supporters) != len(set(supporter_ids)):
            raise serializers.ValidationError(
                {"supporters": ["You can record sessions only with supporters you supervise."]}
            )
        contact_ids = data.pop("contacts")
        contacts = list(
            selectors.contacts_visible_to(user).filter(pk__in=contact_ids, supporter__in=supporters)
        )
        if len(contacts) != len(set(contact_ids)):
            raise serializers.ValidationError(
                {"contacts": ["Discuss only contacts of the supporters who attended."]}
            )
        session = services.record_session(program, by=user, supporters=supporters, contacts=contacts, **data)
        return Response(
            SessionSerializer(self.get_queryset().get(pk=session.pk)).data, status=status.HTTP_201_CREATED
        )


# --- Burden -------------------------------------------------------------------------------------


class BurdenSerializer(serializers.Serializer):
    supporter = serializers.IntegerField()
    name = serializers.CharField()
    week_of = api_fields.DateField()
    index = serializers.IntegerField(help_text="0–100")
    components = serializers.DictField(
        child=serializers.FloatField(), help_text="Points each part contributes"
    )
    contacts = serializers.IntegerField()
    contact_hours = serializers.FloatField()
    high_risk = serializers.IntegerField()
    after_hours = serializers.IntegerField()
    mean_distress = serializers.FloatField(allow_null=True)
    checkin_burnout = serializers.FloatField(allow_null=True)
    days_since_supervision = serializers.IntegerField(allow_null=True)
    open_debriefs = serializers.IntegerField()
    on_call_hours = serializers.FloatField(help_text="Hours on published on-call shifts starting this week")


@extend_schema_view(
    list=extend_schema(
        summary="Burden index per supporter for a week: your supervisees' (ranked), or your own",
        parameters=[
            OpenApiParameter("program", int, required=True),
            OpenApiParameter("week", date, description="Any day of the week; default this week"),
        ],
    )
)
class BurdenViewSet(viewsets.GenericViewSet):
    serializer_class = BurdenSerializer
    permission_classes = [IsSignedIn]
    pagination_class = None
    filter_backends: list[type] = []

    def get_queryset(self) -> QuerySet[Membership]:
        return selectors.wellbeing_scope(self.request.user)

    def list(self, request: Request) -> Response:
        try:
            program_id = int(request.query_params.get("program", ""))
        except ValueError:
            raise serializers.ValidationError({"program": ["Give the program id."]}) from None
        try:
            day = date.fromisoformat(request.query_params["week"]) if "week" in request.query_params else None
        except ValueError:
            raise serializers.ValidationError({"week": ["Give a date as YYYY-MM-DD."]}) from None
        if day is not None and date_out_of_range(day):
            # Weeks are counted back from this day; the year 1 would overflow.
            raise serializers.ValidationError({"week": [str(date_out_of_range(day))]})
        # The weights come with the program, so adding on-call hours cost the endpoint no query.
        program: Program = get_object_or_404(
            programs_visible_to(request.user).select_related("burden_weights"), pk=program_id
        )
        members = list(self.get_queryset().filter(program=program).select_related("user"))
        if not members:
            raise NotFound("Not found.")
        today = day or program.today()
        current = burden.current_burden(members, program, today)
        user = acting_user(request)
        others = [member for member in members if member.user_id != user.pk]
        if others:
            # The rows carry each supervisee's latest check-in score: a read of wellbeing data.
            audit.record_many(user, AuditAction.VIEW, others, program=program, summary="check-ins read")
        rows = sorted(members, key=lambda member: -current[member.pk].index)
        return Response(
            [
                {
                    "supporter": member.pk,
                    "name": member.display_name,
                    "week_of": current[member.pk].week_of,
                    "index": current[member.pk].index,
                    "components": {k: round(v, 1) for k, v in current[member.pk].points.items()},
                    "contacts": current[member.pk].contacts,
                    "contact_hours": round(current[member.pk].contact_hours, 2),
                    "high_risk": current[member.pk].high_risk,
                    "after_hours": current[member.pk].after_hours,
                    "mean_distress": current[member.pk].mean_distress,
                    "checkin_burnout": current[member.pk].checkin_burnout,
                    "days_since_supervision": current[member.pk].days_since_supervision,
                    "open_debriefs": current[member.pk].open_debriefs,
                    "on_call_hours": round(current[member.pk].on_call_hours, 2),
                }
                for member in rows
            ]
        )
