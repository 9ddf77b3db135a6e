"""REST endpoints for selection: intakes with their rubric and ranking, applications, reviews (SPEC 4.2).

Same selectors and services as the pages. The vulnerability declaration reaches only the applicant and
coordinators, on a single application's read (a coordinator's read is audited); reviewers see whether
each gate is met, never the declaration, and other reviewers' scores only once they submitted their own.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.contrib.auth.models import User
from django.db.models import Prefetch, QuerySet
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.views.decorators.debug import sensitive_post_parameters
from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema, extend_schema_field, extend_schema_view
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound
from rest_framework.request import Request
from rest_framework.response import Response

from api import fields as api_fields
from api.filters import ProgramScopedFilter
from api.permissions import IsSignedIn, ReadOrManageProgram
from api.serializers import StrictSerializer, UserSummarySerializer
from program.access import acting_user
from program.selectors import programs_with
from selection import ranking, selectors, services
from selection.models import (
    Answer,
    Application,
    ApplicationStatus,
    Criterion,
    CriterionKind,
    Decision,
    GateResult,
    GateSource,
    Intake,
    OfferResponse,
    Review,
    Score,
)

# Updates are PATCH only (a partial change routed through a domain service); there is no PUT or DELETE.
READ_CREATE_PATCH = ("get", "post", "patch", "head", "options")

sensitive = method_decorator(sensitive_post_parameters("declaration_note"), name="dispatch")


def _coordinated_program_ids(user: Any) -> set[int]:
    return set(programs_with(user, "manage_program").values_list("pk", flat=True))


# --- Intakes ------------------------------------------------------------------------------------


class CriterionSerializer(serializers.ModelSerializer):
    # Read-only model fields lose blank=True; declared so the schema lists "" (not a gate) as a value.
    gate_source = serializers.ChoiceField(choices=GateSource.choices, allow_blank=True, read_only=True)

    class Meta:
        model = Criterion
        fields = ["id", "order", "name", "kind", "weight", "guidance", "question", "gate_source", "sensitive"]
        read_only_fields = fields


class IntakeSerializer(serializers.ModelSerializer):
    rubric = CriterionSerializer(source="criteria", many=True, read_only=True)
    reviewers = serializers.SerializerMethodField(help_text="User ids; shown to coordinators only.")
    is_open = serializers.SerializerMethodField()

    class Meta:
        model = Intake
        fields = [
            "id",
            "program",
            "name",
            "opens_on",
            "closes_on",
            "is_open",
            "target",
            "min_reviews",
            "review_days",
            "reviewers",
            "rubric",
            "rubric_frozen_at",
            "created_at",
        ]
        read_only_fields = fields

    @extend_schema_field(serializers.ListField(child=serializers.IntegerField(), allow_null=True))
    def get_reviewers(self, intake: Intake) -> list[int] | None:
        if intake.program_id not in self.context.get("coordinated", set()):
            return None
        return sorted(user.pk for user in intake.reviewers.all())

    def get_is_open(self, intake: Intake) -> bool:
        return intake.is_open(intake.program.today())


NOT_ELIGIBLE = "Reviewers must be coordinators, supervisors, reviewers or alumni of this program."


class IntakeInputSerializer(StrictSerializer):
    """A change to an intake; the service checks dates, ranges and reviewers' eligibility."""

    name = serializers.CharField(max_length=200, required=False)
    opens_on = api_fields.DateField(required=False)
    closes_on = api_fields.DateField(required=False)
    target = serializers.IntegerField(required=False)
    min_reviews = serializers.IntegerField(required=False)
    review_days = serializers.IntegerField(required=False)
    reviewers = serializers.ListField(
        child=serializers.IntegerField(), required=False, help_text="User ids; replaces the list."
    )

    def service_data(self) -> dict[str, Any]:
        data = dict(self.validated_data)
        if "reviewers" in data:
            ids = set(data["reviewers"])
            users = list(User.objects.filter(pk__in=ids))
            if len(users) != len(ids):
                # The same words as the service's refusal: an unknown id tells nothing about who exists.
                raise serializers.ValidationError({"reviewers": [NOT_ELIGIBLE]})
            data["reviewers"] = users
        return data


class IntakeCreateSerializer(IntakeInputSerializer):
    program = serializers.IntegerField()
    name = serializers.CharField(max_length=200)
    opens_on = api_fields.DateField()
    closes_on = api_fields.DateField()
    target = serializers.IntegerField()


class CriterionInputSerializer(StrictSerializer):
    name = serializers.CharField(max_length=200, allow_blank=True)
    kind = serializers.ChoiceField(choices=CriterionKind.choices)
    weight = serializers.IntegerField(default=1, help_text="1–10; scored criteria only.")
    guidance = serializers.CharField(allow_blank=True, default="")
    question = serializers.CharField(allow_blank=True, default="", help_text="Scored criteria only.")
    gate_source = serializers.ChoiceField(
        choices=GateSource.choices, allow_blank=True, default="", help_text="Gates only."
    )
    sensitive = serializers.BooleanField(default=False, help_text="Gates only.")


class RubricSerializer(StrictSerializer):
    criteria = CriterionInputSerializer(many=True, help_text="In order; replaces the rubric.")


class RankingCriterionSerializer(serializers.Serializer):
    criterion = serializers.IntegerField()
    name = serializers.CharField()
    mean = serializers.FloatField()
    low = serializers.IntegerField()
    high = serializers.IntegerField()
    disagreement = serializers.BooleanField(help_text="Reviewers differ by 2 or more.")


class RankingRowSerializer(serializers.Serializer):
    rank = serializers.IntegerField(allow_null=True, help_text="Null when not eligible to rank.")
    application = serializers.IntegerField()
    applicant = serializers.CharField()
    status = serializers.ChoiceField(choices=ApplicationStatus.choices)
    year_level = serializers.IntegerField(allow_null=True)
    clinical_site = serializers.CharField()
    reviews = serializers.IntegerField(help_text="Submitted reviews (conflicts excluded).")
    score = serializers.FloatField(allow_null=True, help_text="Weighted mean, 1–5.")
    criteria = RankingCriterionSerializer(many=True)
    disagreements = serializers.ListField(child=serializers.CharField(), help_text="Criteria flagged.")
    gates_met = serializers.BooleanField()
    decision = serializers.ChoiceField(choices=Decision.choices, allow_blank=True)
    offer_response = serializers.ChoiceField(choices=OfferResponse.choices, allow_blank=True)


class CohortCountSerializer(serializers.Serializer):
    name = serializers.CharField(help_text="A year level or clinical site.")
    count = serializers.IntegerField()


class CohortSerializer(serializers.Serializer):
    target = serializers.IntegerField()
    selected = serializers.IntegerField(help_text="Offers not declined.")
    by_year = CohortCountSerializer(many=True)
    by_site = CohortCountSerializer(many=True)
    sites_without = serializers.ListField(
        child=serializers.CharField(), help_text="Applicants' clinical sites no offer reaches yet."
    )


class RankingSerializer(serializers.Serializer):
    rows = RankingRowSerializer(many=True)
    cohort = CohortSerializer()


def _ranking_data(intake: Intake) -> dict[str, Any]:
    rows = ranking.rank(intake)
    gate_ids = [c.pk for c in intake.criteria.all() if c.kind == CriterionKind.GATE]
    spread = ranking.cohort_spread(intake, rows)
    return {
        "rows": [
            {
                "rank": row.rank,
                "application": row.application.pk,
                "applicant": row.application.applicant.get_full_name() or row.application.applicant.username,
                "status": row.application.status,
                "year_level": row.application.year_level,
                "clinical_site": row.application.clinical_site,
                "reviews": row.reviews,
                "score": None if row.score is None else round(row.score, 2),
                "criteria": [
                    {
                        "criterion": result.criterion.pk,
                        "name": result.criterion.name,
                        "mean": round(result.mean, 2),
                        "low": result.low,
                        "high": result.high,
                        "disagreement": result.disagreement,
                    }
                    for result in row.results
                ],
                "disagreements": row.disagreements,
                "gates_met": row.gates_met(gate_ids),
                "decision": row.application.decision,
                "offer_response": row.application.offer_response,
            }
            for row in rows
        ],
        "cohort": {
            "target": spread.target,
            "selected": spread.selected,
            "by_year": [{"name": name, "count": count} for name, count in spread.by_year],
            "by_site": [{"name": name, "count": count} for name, count in spread.by_site],
            "sites_without": spread.sites_without,
        },
    }


# --- Applications -------------------------------------------------------------------------------


class AnswerSerializer(serializers.ModelSerializer):
    class Meta:
        model = Answer
        fields = ["criterion", "text"]
        read_only_fields = fields


class AvailabilityWindowSerializer(StrictSerializer):
    weekday = serializers.IntegerField(help_text="0 = Monday … 6 = Sunday")
    starts = serializers.TimeField()
    ends = serializers.TimeField(help_text="After starts; split windows that cross midnight.")


class GateSerializer(serializers.ModelSerializer):
    class Meta:
        model = GateResult
        fields = ["criterion", "met"]
        read_only_fields = fields


class DeclarationSerializer(serializers.Serializer):
    declares_no_current_vulnerability = serializers.BooleanField(allow_null=True)
    declaration_note = serializers.CharField()


class ApplicationSerializer(serializers.ModelSerializer):
    applicant = UserSummarySerializer(read_only=True)
    answers = AnswerSerializer(many=True, read_only=True)
    availability = serializers.SerializerMethodField()
    gates = GateSerializer(many=True, read_only=True, help_text="Whether each gate is met; never why.")
    # "" until decided and until the applicant answers an offer; null (like every DECISION_FIELDS member)
    # for a viewer who may not see the decision.
    decision = serializers.ChoiceField(
        choices=Decision.choices, allow_blank=True, allow_null=True, read_only=True
    )
    decision_reason = serializers.CharField(
        read_only=True, allow_null=True, help_text="Coordinators only; null for the applicant."
    )
    offer_response = serializers.ChoiceField(
        choices=OfferResponse.choices, allow_blank=True, allow_null=True, read_only=True
    )

    # What a reviewer is not shown: the decision may quote other reviewers' scores (independent review).
    DECISION_FIELDS = (
        "decision",
        "decision_criterion",
        "decision_reason",
        "decided_at",
        "offer_response",
        "responded_at",
    )
    # What the applicant is not shown of their own decision: the committee's reason and the criterion it
    # rests on quote reviewers' scores and gate results (issue 14, part 6).
    COMMITTEE_FIELDS = ("decision_criterion", "decision_reason")

    class Meta:
        model = Application
        fields = [
            "id",
            "intake",
            "applicant",
            "status",
            "year_level",
            "clinical_site",
            "expected_graduation",
            "agrees_to_role_boundaries",
            "answers",
            "availability",
            "gates",
            "submitted_at",
            "decision",
            "decision_criterion",
            "decision_reason",
            "decided_at",
            "offer_response",
            "responded_at",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields

    @extend_schema_field(AvailabilityWindowSerializer(many=True))
    def get_availability(self, application: Application) -> list[dict[str, Any]]:
        return [
            {
                "weekday": w.weekday,
                "starts": w.starts.isoformat("minutes"),
                "ends": w.ends.isoformat("minutes"),
            }
            for w in application.availability.all()
        ]

    def to_representation(self, application: Application) -> dict[str, Any]:
        data = super().to_representation(application)
        own = application.applicant_id == self.context.get("user_id")
        coordinator = application.intake.program_id in self.context.get("coordinated", set())
        if not own and not coordinator:
            for name in self.DECISION_FIELDS:
                data[name] = None
        elif not coordinator:
            # The applicant learns the decision, not the committee's working behind it.
            for name in self.COMMITTEE_FIELDS:
                data[name] = None
        return data


class ApplicationDetailSerializer(ApplicationSerializer):
    """Adds the declaration for the applicant and coordinators, which the view reads (audited)."""

    declaration = serializers.SerializerMethodField(help_text="The applicant's and coordinators' only.")

    class Meta(ApplicationSerializer.Meta):
        fields = [*ApplicationSerializer.Meta.fields, "declaration"]
        read_only_fields = fields

    @extend_schema_field(DeclarationSerializer(allow_null=True))
    def get_declaration(self, application: Application) -> dict[str, Any] | None:
        return self.context.get("declaration")


class ApplicationInputSerializer(StrictSerializer):
    """What an applicant sends; every field optional so a draft is saved as it is."""

    year_level = serializers.IntegerField(required=False, allow_null=True, help_text="1–7")
    clinical_site = serializers.CharField(required=False, allow_blank=True, max_length=120)
    expected_graduation = api_fields.DateField(required=False, allow_null=True)
    declares_no_current_vulnerability = serializers.BooleanField(required=False, allow_null=True)
    declaration_note = serializers.CharField(required=False, allow_blank=True, max_length=4000)
    agrees_to_role_boundaries = serializers.BooleanField(required=False)
    answers = serializers.DictField(
        child=serializers.CharField(allow_blank=True),
        required=False,
        help_text="{criterion id: answer}; a blank answer removes it.",
    )
    availability = AvailabilityWindowSerializer(many=True, required=False, help_text="Replaces the windows.")

    def service_data(self) -> dict[str, Any]:
        data = dict(self.validated_data)
        if "answers" in data:
            try:
                data["answers"] = {int(key): text for key, text in data["answers"].items()}
            except ValueError:
                raise serializers.ValidationError(
                    {"answers": ["Key each answer by its criterion id."]}
                ) from None
        if "availability" in data:
            data["availability"] = [(w["weekday"], w["starts"], w["ends"]) for w in data["availability"]]
        return data


class ApplicationCreateSerializer(ApplicationInputSerializer):
    intake = serializers.IntegerField()


class DecideSerializer(StrictSerializer):
    decision = serializers.ChoiceField(choices=Decision.choices)
    criterion = serializers.IntegerField(help_text="The criterion the decision rests on.")
    reason = serializers.CharField(allow_blank=True, help_text="Why, from the recorded scores and gates.")


class SettleGateSerializer(StrictSerializer):
    criterion = serializers.IntegerField(help_text="A gate settled by the coordinator.")
    met = serializers.BooleanField()


class ApplicationFilter(filters.FilterSet):
    intake = filters.NumberFilter(field_name="intake_id")
    status = filters.ChoiceFilter(choices=ApplicationStatus.choices)


def _applications(user: Any) -> QuerySet[Application]:
    return (
        selectors.applications_visible_to(user)
        .select_related("applicant", "intake")
        .prefetch_related(
            Prefetch("answers", queryset=Answer.objects.order_by("criterion__order")),
            "availability",
            Prefetch("gates", queryset=GateResult.objects.order_by("criterion__order")),
        )
        .order_by("intake_id", "id")
    )


def _application_context(request: Request) -> dict[str, Any]:
    return {"user_id": request.user.pk, "coordinated": _coordinated_program_ids(request.user)}


# --- Intake endpoints (here because offer-next answers with an application) -----------------


@extend_schema_view(
    list=extend_schema(
        summary="Intakes you coordinate or review, and your programs' intakes if you are an applicant"
    ),
    retrieve=extend_schema(summary="One intake with its rubric"),
    create=extend_schema(
        summary="Open an intake in a program you coordinate (it starts from the default rubric)",
        request=IntakeCreateSerializer,
        responses={201: IntakeSerializer},
    ),
    partial_update=extend_schema(
        summary="Change an intake's dates, target, review settings or reviewers (coordinators)",
        request=IntakeInputSerializer,
        responses={200: IntakeSerializer},
    ),
)
class IntakeViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    serializer_class = IntakeSerializer
    permission_classes = [ReadOrManageProgram]
    filterset_class = ProgramScopedFilter
    http_method_names = READ_CREATE_PATCH
    ordering_fields = ["opens_on", "closes_on", "id"]

    def get_queryset(self) -> QuerySet[Intake]:
        return (
            selectors.intakes_visible_to(self.request.user)
            .prefetch_related("criteria", "reviewers")
            .order_by("-opens_on", "-id")
        )

    def get_serializer_context(self) -> dict[str, Any]:
        return {
            **super().get_serializer_context(),
            "coordinated": _coordinated_program_ids(self.request.user),
        }

    def _respond(self, intake: Intake, status_code: int = status.HTTP_200_OK) -> Response:
        reloaded = self.get_queryset().get(pk=intake.pk)
        return Response(
            IntakeSerializer(reloaded, context=self.get_serializer_context()).data, status=status_code
        )

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        incoming = IntakeCreateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = incoming.service_data()
        program = programs_with(request.user, "manage_program").filter(pk=data.pop("program")).first()
        if program is None:
            raise serializers.ValidationError({"program": ["No program you coordinate has this id."]})
        intake = services.create_intake(program, by=acting_user(request), **data)
        return self._respond(intake, status.HTTP_201_CREATED)

    def partial_update(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        intake = self.get_object()  # a PATCH needs manage_program on the intake's program
        incoming = IntakeInputSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        intake = services.update_intake(intake, by=acting_user(request), **incoming.service_data())
        return self._respond(intake)

    @extend_schema(
        request=RubricSerializer,
        responses={200: IntakeSerializer},
        summary="Replace the rubric (refused, with the reason, once the first review is submitted)",
    )
    @action(detail=True, methods=["post"])
    def rubric(self, request: Request, pk: str | None = None) -> Response:
        intake = self.get_object()
        incoming = RubricSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        criteria = [services.CriterionInput(**item) for item in incoming.validated_data["criteria"]]
        services.replace_rubric(intake, by=acting_user(request), criteria=criteria)
        return self._respond(intake)

    @extend_schema(
        responses={200: RankingSerializer},
        summary="The ranking: weighted scores among applicants meeting every gate, disagreement flags "
        "and the cohort's spread (coordinators)",
    )
    @action(detail=True, methods=["get"])
    def ranking(self, request: Request, pk: str | None = None) -> Response:
        intake = self.get_object()
        if intake.program_id not in _coordinated_program_ids(request.user):
            raise NotFound("Not found.")
        return Response(_ranking_data(intake))

    @extend_schema(
        request=None,
        responses={200: ApplicationSerializer},
        summary="Offer the place to the best-ranked waitlisted applicant (coordinators)",
    )
    @action(detail=True, methods=["post"], url_path="offer-next")
    def offer_next(self, request: Request, pk: str | None = None) -> Response:
        intake = self.get_object()
        application = services.offer_to_next_waitlisted(intake, by=acting_user(request))
        return Response(
            ApplicationSerializer(
                _applications(request.user).get(pk=application.pk), context=_application_context(request)
            ).data
        )


@extend_schema_view(
    list=extend_schema(
        summary="Applications in your scope: your own, those you review (no conflict declared), "
        "all of intakes you coordinate. Never the declaration."
    ),
    retrieve=extend_schema(
        summary="One application; the declaration only for the applicant and coordinators (audited)"
    ),
    create=extend_schema(
        summary="Start (201) or save (200) your application to an intake; every field optional for a draft",
        request=ApplicationCreateSerializer,
        responses={200: ApplicationDetailSerializer, 201: ApplicationDetailSerializer},
    ),
    partial_update=extend_schema(
        summary="Change your draft (or your submitted application before review starts)",
        request=ApplicationInputSerializer,
        responses={200: ApplicationDetailSerializer},
    ),
)
@sensitive
class ApplicationViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    serializer_class = ApplicationSerializer
    permission_classes = [IsSignedIn]
    filterset_class = ApplicationFilter
    http_method_names = READ_CREATE_PATCH
    ordering_fields = ["submitted_at", "id"]

    def get_queryset(self) -> QuerySet[Application]:
        return _applications(self.request.user)

    def get_serializer_class(self) -> type[serializers.BaseSerializer]:
        return ApplicationDetailSerializer if self.action == "retrieve" else ApplicationSerializer

    def get_serializer_context(self) -> dict[str, Any]:
        return {**super().get_serializer_context(), **_application_context(self.request)}

    def _detail(self, application: Application, status_code: int = status.HTTP_200_OK) -> Response:
        """The application with its declaration for the applicant or a coordinator (whose read is audited)."""
        user = acting_user(self.request)
        application = self.get_queryset().get(pk=application.pk)
        declaration = None
        if application.applicant_id == user.pk or selectors.is_coordinator_of(user, application.intake):
            answer, note = services.read_declaration(application, by=user)
            declaration = {"declares_no_current_vulnerability": answer, "declaration_note": note}
        context = {**self.get_serializer_context(), "declaration": declaration}
        return Response(ApplicationDetailSerializer(application, context=context).data, status=status_code)

    def _summary(self, application: Application) -> Response:
        """The application without the declaration (answers to coordinators' actions: no read to audit)."""
        return Response(
            ApplicationSerializer(
                self.get_queryset().get(pk=application.pk), context=self.get_serializer_context()
            ).data
        )

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return self._detail(self.get_object())

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        incoming = ApplicationCreateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = incoming.service_data()
        user = acting_user(request)
        intake = selectors.intakes_visible_to(user).filter(pk=data.pop("intake")).first()
        if intake is None:
            raise NotFound("No intake you can apply to has this id.")
        existed = Application.objects.filter(intake=intake, applicant=user).exists()
        application = services.save_application(intake, by=user, **data)
        return self._detail(application, status.HTTP_200_OK if existed else status.HTTP_201_CREATED)

    def partial_update(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        application = self.get_object()
        user = acting_user(request)
        if application.applicant_id != user.pk:
            self.permission_denied(request, message="Only the applicant can change their application.")
        incoming = ApplicationInputSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        application = services.save_application(application.intake, by=user, **incoming.service_data())
        return self._detail(application)

    @extend_schema(
        request=None,
        responses={200: ApplicationDetailSerializer},
        summary="Submit your complete draft (every missing field is named; the draft is kept)",
    )
    @action(detail=True, methods=["post"])
    def submit(self, request: Request, pk: str | None = None) -> Response:
        application = services.submit_application(self.get_object(), by=acting_user(request))
        return self._detail(application)

    @extend_schema(
        request=None, responses={200: ApplicationDetailSerializer}, summary="Withdraw your application"
    )
    @action(detail=True, methods=["post"])
    def withdraw(self, request: Request, pk: str | None = None) -> Response:
        application = services.withdraw_application(self.get_object(), by=acting_user(request))
        return self._detail(application)

    @extend_schema(
        request=DecideSerializer,
        responses={200: ApplicationSerializer, 409: None},
        summary="Offer, waitlist or decline, with a reason tied to a criterion (coordinators; needs the "
        "minimum reviews; 409 if another coordinator decided first)",
    )
    @action(detail=True, methods=["post"])
    def decide(self, request: Request, pk: str | None = None) -> Response:
        application = self.get_object()
        user = acting_user(request)
        if not selectors.is_coordinator_of(user, application.intake):
            raise NotFound("Not found.")
        incoming = DecideSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = incoming.validated_data
        application = services.decide(
            application,
            by=user,
            decision=data["decision"],
            criterion=application.intake.criteria.filter(pk=data["criterion"]).first(),
            reason=data["reason"],
        )
        return self._summary(application)

    @extend_schema(
        request=None,
        responses={200: ApplicationDetailSerializer},
        summary="Accept your offer: you become a supporter, with your availability and required training",
    )
    @action(detail=True, methods=["post"])
    def accept(self, request: Request, pk: str | None = None) -> Response:
        application = services.respond_to_offer(self.get_object(), by=acting_user(request), accept=True)
        return self._detail(application)

    @extend_schema(request=None, responses={200: ApplicationDetailSerializer}, summary="Decline your offer")
    @action(detail=True, methods=["post"], url_path="decline-offer")
    def decline_offer(self, request: Request, pk: str | None = None) -> Response:
        application = services.respond_to_offer(self.get_object(), by=acting_user(request), accept=False)
        return self._detail(application)

    @extend_schema(
        request=SettleGateSerializer,
        responses={200: ApplicationSerializer},
        summary="Settle a gate that is the coordinator's to settle, such as academic standing",
    )
    @action(detail=True, methods=["post"])
    def gates(self, request: Request, pk: str | None = None) -> Response:
        application = self.get_object()
        user = acting_user(request)
        if not selectors.is_coordinator_of(user, application.intake):
            raise NotFound("Not found.")
        incoming = SettleGateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        criterion = application.intake.criteria.filter(pk=incoming.validated_data["criterion"]).first()
        if criterion is None:
            raise serializers.ValidationError({"criterion": ["Choose a gate of this intake."]})
        services.settle_gate(application, criterion, by=user, met=incoming.validated_data["met"])
        return self._summary(application)


# --- Reviews ------------------------------------------------------------------------------------


class ScoreSerializer(serializers.ModelSerializer):
    class Meta:
        model = Score
        fields = ["criterion", "score", "rationale"]
        read_only_fields = fields


class ReviewSerializer(serializers.ModelSerializer):
    intake = serializers.IntegerField(source="application.intake_id", read_only=True)
    reviewer = UserSummarySerializer(read_only=True)
    due_on = serializers.SerializerMethodField()
    scores = serializers.SerializerMethodField(
        help_text="Null until you have submitted your own review of the application (independent review)."
    )

    class Meta:
        model = Review
        fields = [
            "id",
            "application",
            "intake",
            "reviewer",
            "assigned_at",
            "due_on",
            "conflict_declared_at",
            "submitted_at",
            "scores",
        ]
        read_only_fields = fields

    def get_due_on(self, review: Review) -> Any:
        return (
            timezone.localtime(review.assigned_at) + timedelta(days=review.application.intake.review_days)
        ).date()

    @extend_schema_field(ScoreSerializer(many=True, allow_null=True))
    def get_scores(self, review: Review) -> list[dict[str, Any]] | None:
        own = review.reviewer_id == self.context.get("user_id")
        if not own and review.application_id not in self.context.get("all_scores_for", set()):
            return None
        return [
            {"criterion": s.criterion_id, "score": s.score, "rationale": s.rationale}
            for s in review.scores.all()
        ]


class ScoreInputSerializer(StrictSerializer):
    criterion = serializers.IntegerField()
    score = serializers.IntegerField(required=False, allow_null=True, help_text="1–5")
    rationale = serializers.CharField(required=False, allow_blank=True, default="")


class ReviewSubmitSerializer(StrictSerializer):
    scores = ScoreInputSerializer(many=True, help_text="One per scored criterion, each with a rationale.")

    def service_scores(self) -> dict[int, tuple[int | None, str]]:
        items = self.validated_data["scores"]
        scores = {item["criterion"]: (item.get("score"), item["rationale"]) for item in items}
        if len(scores) != len(items):
            raise serializers.ValidationError({"scores": ["Score each criterion once."]})
        return scores


class ReviewFilter(filters.FilterSet):
    application = filters.NumberFilter(field_name="application_id")
    intake = filters.NumberFilter(field_name="application__intake_id")
    reviewer = filters.NumberFilter(field_name="reviewer_id")
    submitted = filters.BooleanFilter(field_name="submitted_at", lookup_expr="isnull", exclude=True)


@extend_schema_view(
    list=extend_schema(
        summary="Your reviews, your fellow reviewers' on the same applications (scores once you submitted "
        "yours), and all reviews of intakes you coordinate"
    ),
    retrieve=extend_schema(summary="One review"),
)
class ReviewViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    serializer_class = ReviewSerializer
    permission_classes = [IsSignedIn]
    filterset_class = ReviewFilter
    ordering_fields = ["assigned_at", "id"]

    def get_queryset(self) -> QuerySet[Review]:
        return (
            selectors.review_panels_visible_to(self.request.user)
            .select_related("reviewer", "application__intake")
            .prefetch_related(Prefetch("scores", queryset=Score.objects.order_by("criterion__order")))
            .order_by("application_id", "assigned_at", "id")
        )

    def _context(self, reviews: list[Review]) -> dict[str, Any]:
        applications = {review.application_id for review in reviews}
        visible = selectors.applications_with_all_scores_visible_to(self.request.user).filter(
            pk__in=applications
        )
        return {
            **self.get_serializer_context(),
            "user_id": self.request.user.pk,
            "all_scores_for": set(visible.values_list("pk", flat=True)),
        }

    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        queryset = self.filter_queryset(self.get_queryset())
        page = self.paginate_queryset(queryset)
        rows = list(page if page is not None else queryset)
        data = ReviewSerializer(rows, many=True, context=self._context(rows)).data
        return self.get_paginated_response(data) if page is not None else Response(data)

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return self._respond(self.get_object())

    def _respond(self, review: Review) -> Response:
        review = self.get_queryset().get(pk=review.pk)
        context = {
            **self.get_serializer_context(),
            "user_id": self.request.user.pk,
            "all_scores_for": {review.application_id}
            if selectors.may_see_all_scores(self.request.user, review.application)
            else set(),
        }
        return Response(ReviewSerializer(review, context=context).data)

    @extend_schema(
        request=ReviewSubmitSerializer,
        responses={200: ReviewSerializer},
        summary="Submit your scores: every scored criterion 1–5 with a written rationale",
    )
    @action(detail=True, methods=["post"])
    def submit(self, request: Request, pk: str | None = None) -> Response:
        review = self.get_object()
        incoming = ReviewSubmitSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        review = services.submit_review(review, by=acting_user(request), scores=incoming.service_scores())
        return self._respond(review)

    @extend_schema(
        request=None,
        responses={200: ReviewSerializer},
        summary="Declare a conflict of interest: you step aside, lose sight of the application, and "
        "another reviewer is assigned",
    )
    @action(detail=True, methods=["post"])
    def conflict(self, request: Request, pk: str | None = None) -> Response:
        review = services.declare_conflict(self.get_object(), by=acting_user(request))
        return self._respond(review)
