"""Selection services: intakes and rubrics, applications, reviewer assignment, conflicts, reviews,
decisions, offers and reminders (SPEC 4.2)."""

from __future__ import annotations

from collections import Counter
from datetime import date, time, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from program import dates
from program.models import (
    AuditEvent,
    Availability,
    Membership,
    MembershipStatus,
    Notification,
    ProgramRoleGroup,
    Role,
)
from program.selectors import programs_visible_to
from selection import selectors, services
from selection.models import (
    Application,
    ApplicationStatus,
    CriterionKind,
    Decision,
    GateResult,
    GateSource,
    Intake,
    OfferResponse,
    Review,
    Score,
)
from tests.conftest import World
from tests.factories import MembershipFactory, TrainingModuleFactory
from tests.selection.builders import (
    GRADUATION,
    WINDOWS,
    applicant,
    apply,
    coordinator,
    draft,
    gate,
    open_intake,
    review,
    reviewed,
    reviewer,
    scored,
    settle_academic,
)

pytestmark = pytest.mark.django_db


def panel(world: World, count: int = 2) -> list:
    return [reviewer(world, f"reviewer{n}") for n in range(1, count + 1)]


def messages(refusal: pytest.ExceptionInfo[ValidationError], field: str = "__all__") -> str:
    return " ".join(refusal.value.message_dict[field])


# --- Intakes and rubrics ------------------------------------------------------------------------


def test_a_new_intake_starts_from_the_default_rubric(world: World) -> None:
    intake = open_intake(world, panel(world))

    criteria = list(intake.criteria.order_by("order"))
    assert [c.order for c in criteria] == [1, 2, 3, 4, 5]
    assert [(c.name, c.weight) for c in criteria if c.kind == CriterionKind.SCORED] == [
        ("Previous experience and training", 3),
        ("Accessibility and ability to contribute", 2),
        ("Understanding of role boundaries and motivation", 3),
    ]
    assert [(c.name, c.gate_source, c.sensitive) for c in criteria if c.kind == CriterionKind.GATE] == [
        ("No current vulnerability", GateSource.DECLARATION, True),
        ("Academic performance not at risk", GateSource.COORDINATOR, False),
    ]
    assert all(c.question for c in criteria if c.kind == CriterionKind.SCORED)
    assert AuditEvent.objects.filter(object_type="selection.intake", object_id=str(intake.pk)).exists()


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.REVIEWER, Role.APPLICANT, "outsider"])
def test_only_a_coordinator_of_the_program_creates_an_intake(world: World, role: str) -> None:
    today = world.program.today()
    with pytest.raises(Intake.DoesNotExist):
        services.create_intake(
            world.program, by=world.user(role), name="2026 intake", opens_on=today, closes_on=today, target=2
        )
    assert not Intake.objects.exists()


def test_reviewers_must_belong_to_the_program(world: World) -> None:
    with pytest.raises(ValidationError) as refusal:
        open_intake(world, [world.user(Role.APPLICANT)])
    assert "Reviewers must be" in messages(refusal, "reviewers")
    with pytest.raises(ValidationError):
        open_intake(world, [world.outsider.user])


def _two_criteria() -> list[services.CriterionInput]:
    return [
        services.CriterionInput(name="Listening", kind=CriterionKind.SCORED, weight=4),
        services.CriterionInput(
            name="Not at academic risk", kind=CriterionKind.GATE, gate_source="coordinator"
        ),
    ]


def test_the_rubric_is_replaced_while_no_review_is_submitted(world: World) -> None:
    intake = open_intake(world, panel(world))

    services.replace_rubric(intake, by=coordinator(world), criteria=_two_criteria())

    assert list(intake.criteria.values_list("order", "name", "kind", "weight")) == [
        (1, "Listening", "scored", 4),
        (2, "Not at academic risk", "gate", 1),
    ]


def test_a_rubric_without_a_scored_criterion_is_refused(world: World) -> None:
    intake = open_intake(world, panel(world))
    with pytest.raises(ValidationError) as refusal:
        services.replace_rubric(intake, by=coordinator(world), criteria=_two_criteria()[1:])
    assert "at least one scored criterion" in messages(refusal, "criteria")
    assert intake.criteria.count() == 5


def test_the_first_submitted_review_freezes_the_rubric(world: World) -> None:
    intake = open_intake(world, panel(world))
    application = apply(intake, applicant(world))
    services.replace_rubric(
        intake, by=coordinator(world), criteria=_two_criteria()
    )  # an assigned review is fine

    review(application, 4)

    intake.refresh_from_db()
    assert intake.rubric_frozen_at is not None
    with pytest.raises(ValidationError) as refusal:
        services.replace_rubric(
            intake, by=coordinator(world), criteria=[services.CriterionInput(name="New", kind="scored")]
        )
    assert "The rubric is frozen: the first review was submitted on" in messages(refusal, "criteria")
    assert "incomparable" in messages(refusal, "criteria")
    assert list(intake.criteria.values_list("name", flat=True)) == ["Listening", "Not at academic risk"]


# --- Applications -------------------------------------------------------------------------------


def test_a_partial_draft_is_saved(world: World) -> None:
    intake = open_intake(world, panel(world))
    user = applicant(world)
    first = scored(intake)[0]

    application = services.save_application(
        intake, by=user, year_level=3, answers={first.pk: "  Mental-health first aid in 2025.  "}
    )

    application.refresh_from_db()
    assert application.status == ApplicationStatus.DRAFT and application.year_level == 3
    assert application.answers.get().text == "Mental-health first aid in 2025."
    # Saving again updates the same draft.
    services.save_application(intake, by=user, clinical_site="Dubbo Base Hospital", availability=WINDOWS)
    assert Application.objects.get().clinical_site == "Dubbo Base Hospital"
    assert Application.objects.get().year_level == 3
    assert application.availability.count() == 2


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"year_level": 8}, "year_level"),
        ({"expected_graduation": date(2020, 11, 30)}, "expected_graduation"),
        ({"decision": "offer"}, "decision"),
    ],
)
def test_bad_application_values_are_refused_naming_the_field(world: World, fields: dict, field: str) -> None:
    intake = open_intake(world, panel(world))
    user = applicant(world)
    services.save_application(intake, by=user, clinical_site="Orange Health Service")

    with pytest.raises(ValidationError) as refusal:
        services.save_application(intake, by=user, **fields)

    assert field in refusal.value.message_dict
    application = Application.objects.get()
    assert application.clinical_site == "Orange Health Service" and application.decision == ""


def test_only_an_applicant_of_the_program_saves_an_application(world: World) -> None:
    intake = open_intake(world, panel(world))
    with pytest.raises(Application.DoesNotExist):
        services.save_application(intake, by=world.user(Role.SUPPORTER), year_level=3)


def test_an_incomplete_application_is_refused_naming_each_missing_field_and_the_draft_is_kept(
    world: World,
) -> None:
    intake = open_intake(world, panel(world))
    user = applicant(world)
    experience, accessibility, boundaries = scored(intake)
    application = services.save_application(
        intake, by=user, year_level=2, answers={experience.pk: "Two years of peer mentoring."}
    )

    with pytest.raises(ValidationError) as refusal:
        services.submit_application(application, by=user)

    assert set(refusal.value.message_dict) == {
        "clinical_site",
        "expected_graduation",
        "declares_no_current_vulnerability",
        "agrees_to_role_boundaries",
        f"answer_{accessibility.pk}",
        f"answer_{boundaries.pk}",
        "availability",
    }
    assert accessibility.question in messages(refusal, f"answer_{accessibility.pk}")
    application.refresh_from_db()
    assert application.status == ApplicationStatus.DRAFT and application.submitted_at is None
    assert application.year_level == 2
    assert application.answers.get().text == "Two years of peer mentoring."
    assert not Review.objects.exists()


def test_an_application_is_refused_once_the_intake_has_closed(world: World) -> None:
    today = world.program.today()
    intake = open_intake(world, panel(world))
    user = applicant(world)
    application = draft(intake, user)
    Intake.objects.filter(pk=intake.pk).update(
        opens_on=today - timedelta(days=30), closes_on=today - timedelta(days=1)
    )
    intake.refresh_from_db()

    with pytest.raises(ValidationError) as refusal:
        services.submit_application(application, by=user)
    assert f"This intake closed on {dates.day(today - timedelta(days=1))}" in messages(refusal)
    with pytest.raises(ValidationError) as refusal:
        services.save_application(intake, by=user, clinical_site="Somewhere else")
    assert "can no longer be started or changed" in messages(refusal)

    application.refresh_from_db()
    assert application.status == ApplicationStatus.DRAFT
    assert application.clinical_site != "Somewhere else"


def test_only_the_applicant_submits_their_application(world: World) -> None:
    intake = open_intake(world, panel(world))
    application = draft(intake, applicant(world))
    with pytest.raises(Application.DoesNotExist):
        services.submit_application(application, by=coordinator(world))


@pytest.mark.parametrize("declares", [True, False])
def test_submitting_settles_the_declaration_gate_from_the_declaration(world: World, declares: bool) -> None:
    intake = open_intake(world, panel(world))

    application = apply(intake, applicant(world), declares_no_current_vulnerability=declares)

    assert application.status == ApplicationStatus.SUBMITTED and application.submitted_at is not None
    result = GateResult.objects.get(application=application)
    assert result.criterion == gate(intake, GateSource.DECLARATION)
    assert result.met is declares
    # The academic gate is the coordinator's to settle, not the submission's.
    assert services.gates_unmet(application) == (
        ["Academic performance not at risk"]
        if declares
        else ["No current vulnerability", "Academic performance not at risk"]
    )


def test_reviewers_are_assigned_with_balanced_load(world: World) -> None:
    reviewers = panel(world, 3)
    intake = open_intake(world, reviewers)

    applications = [apply(intake, applicant(world)) for _ in range(6)]

    for application in applications:
        assigned = list(application.reviews.values_list("reviewer_id", flat=True))
        assert len(assigned) == len(set(assigned)) == intake.min_reviews
    load = Counter(Review.objects.values_list("reviewer__username", flat=True))
    assert load == {"reviewer1": 4, "reviewer2": 4, "reviewer3": 4}
    assert Notification.objects.filter(kind="review_assigned").count() == 12


def test_an_applicant_never_reviews_their_own_application(world: World) -> None:
    # The least loaded reviewer (and first by id) is also applying: they must be passed over.
    both = reviewer(world, "reviewer-and-applicant")
    MembershipFactory(program=world.program, role=Role.APPLICANT, user=both)
    others = panel(world, 2)
    intake = open_intake(world, [both, *others])

    application = apply(intake, both)

    assert set(application.reviews.values_list("reviewer", flat=True)) == {u.pk for u in others}


def test_coordinators_are_told_when_there_are_too_few_reviewers(world: World) -> None:
    intake = open_intake(world, panel(world, 1))

    application = apply(intake, applicant(world))

    assert application.reviews.count() == 1
    note = Notification.objects.get(kind="reviewers_short")
    assert note.recipient == coordinator(world)


def test_the_applicant_withdraws_and_a_withdrawn_application_stays_withdrawn(world: World) -> None:
    intake = open_intake(world, panel(world))
    user = applicant(world)
    application = apply(intake, user)

    services.withdraw_application(application, by=user)

    application.refresh_from_db()
    assert application.status == ApplicationStatus.WITHDRAWN
    with pytest.raises(ValidationError):
        services.withdraw_application(application, by=user)


# --- Declarations -------------------------------------------------------------------------------


def test_a_coordinators_read_of_the_declaration_is_audited_and_a_reviewer_is_refused(world: World) -> None:
    intake = open_intake(world, panel(world))
    user = applicant(world)
    application = apply(intake, user, declaration_note="Doing well after a hard year.")
    assigned = application.reviews.first().reviewer

    assert services.read_declaration(application, by=coordinator(world)) == (
        True,
        "Doing well after a hard year.",
    )
    reads = AuditEvent.objects.filter(
        object_type="selection.application", object_id=str(application.pk), action="view"
    )
    assert [(e.actor, e.summary) for e in reads] == [(coordinator(world), "vulnerability declaration read")]

    for outsider in (assigned, world.user(Role.SUPERVISOR), world.outsider.user):
        with pytest.raises(Application.DoesNotExist):
            services.read_declaration(application, by=outsider)
    # The applicant reads their own, unaudited.
    services.read_declaration(application, by=user)
    assert reads.count() == 1


# --- Reviews ------------------------------------------------------------------------------------


def test_declaring_a_conflict_replaces_the_reviewer_who_then_no_longer_sees_the_application(
    world: World,
) -> None:
    first, second, third = panel(world, 3)
    intake = open_intake(world, [first, second, third])
    application = apply(intake, applicant(world))
    conflicted = application.reviews.get(reviewer=first)
    assert application in selectors.applications_visible_to(first)

    services.declare_conflict(conflicted, by=first)

    active = application.reviews.filter(conflict_declared_at__isnull=True)
    assert set(active.values_list("reviewer", flat=True)) == {second.pk, third.pk}
    assert application not in selectors.applications_visible_to(first)
    assert application in selectors.applications_visible_to(third)
    assert Notification.objects.filter(kind="review_assigned", recipient=third).exists()
    with pytest.raises(Review.DoesNotExist):
        review_as(conflicted, first, 4)


def test_only_the_assigned_reviewer_declares_their_conflict(world: World) -> None:
    intake = open_intake(world, panel(world, 2))
    application = apply(intake, applicant(world))
    with pytest.raises(Review.DoesNotExist):
        services.declare_conflict(application.reviews.first(), by=coordinator(world))


def review_as(pending: Review, user, value: int, rationale: str = "From the answers.") -> Review:
    return services.submit_review(
        pending, by=user, scores={c.pk: (value, rationale) for c in scored(pending.application.intake)}
    )


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"score": 0}, "score", "give a score from 1 to 5"),
        ({"score": 6}, "score", "give a score from 1 to 5"),
        ({"score": None}, "score", "give a score from 1 to 5"),
        ({"score": True}, "score", "give a score from 1 to 5"),
        ({"rationale": "   "}, "rationale", "write why you gave this score"),
        ({"omit": True}, "score", "give a score from 1 to 5"),
    ],
)
def test_a_review_needs_every_scored_criterion_scored_1_to_5_with_a_rationale(
    world: World, change: dict, field: str, message: str
) -> None:
    intake = open_intake(world, panel(world))
    application = apply(intake, applicant(world))
    pending = application.reviews.first()
    criteria = scored(intake)
    scores = {c.pk: (4, "Clear, specific answer.") for c in criteria}
    target = criteria[1]
    if change.get("omit"):
        del scores[target.pk]
    else:
        value, rationale = scores[target.pk]
        scores[target.pk] = (change.get("score", value), change.get("rationale", rationale))

    with pytest.raises(ValidationError) as refusal:
        services.submit_review(pending, by=pending.reviewer, scores=scores)

    assert message in messages(refusal, f"{field}_{target.pk}")
    assert target.name in messages(refusal, f"{field}_{target.pk}")
    pending.refresh_from_db()
    assert pending.submitted_at is None and not Score.objects.exists()
    intake.refresh_from_db()
    assert intake.rubric_frozen_at is None


def test_a_submitted_review_puts_the_application_under_review_and_cannot_be_submitted_twice(
    world: World,
) -> None:
    intake = open_intake(world, panel(world))
    application = apply(intake, applicant(world))

    submitted = review(application, (5, 3, 4))

    application.refresh_from_db()
    assert application.status == ApplicationStatus.UNDER_REVIEW
    assert sorted(submitted.scores.values_list("score", flat=True)) == [3, 4, 5]
    with pytest.raises(ValidationError):
        review_as(submitted, submitted.reviewer, 4)


def test_only_the_assigned_reviewer_submits_their_review(world: World) -> None:
    intake = open_intake(world, panel(world))
    pending = apply(intake, applicant(world)).reviews.first()
    with pytest.raises(Review.DoesNotExist):
        review_as(pending, coordinator(world), 4)


# --- Decisions ----------------------------------------------------------------------------------


def decide(world: World, application: Application, decision: str = Decision.OFFER, **kwargs) -> Application:
    values = {
        "criterion": application.intake.criteria.get(order=1),
        "reason": "Strongest experience among the applicants.",
    }
    values.update(kwargs)
    return services.decide(application, by=coordinator(world), decision=decision, **values)


def test_deciding_before_the_minimum_reviews_is_refused_with_the_count_missing(world: World) -> None:
    intake = open_intake(world, panel(world))
    application = reviewed(world, intake, applicant(world), 4)

    with pytest.raises(ValidationError) as refusal:
        decide(world, application, Decision.WAITLIST)

    assert messages(refusal) == "1 more review needed before deciding (1 of 2 submitted)."
    application.refresh_from_db()
    assert application.status == ApplicationStatus.UNDER_REVIEW and application.decision == ""

    review(application, 4)
    assert decide(world, application, Decision.WAITLIST).decision == Decision.WAITLIST


def test_a_conflicted_review_does_not_count_towards_the_minimum(world: World) -> None:
    first, second, third = panel(world, 3)
    intake = open_intake(world, [first, second, third])
    application = apply(intake, applicant(world))
    review_as(application.reviews.get(reviewer=second), second, 4)
    services.declare_conflict(application.reviews.get(reviewer=first), by=first)
    settle_academic(application, coordinator(world))

    with pytest.raises(ValidationError) as refusal:
        decide(world, application)
    assert "(1 of 2 submitted)" in messages(refusal)


@pytest.mark.parametrize(("academic", "declares"), [(None, True), (False, True), (True, False)])
def test_an_offer_needs_every_gate_met_and_settled(world: World, academic, declares: bool) -> None:
    intake = open_intake(world, panel(world))
    application = reviewed(
        world, intake, applicant(world), 5, 5, academic=academic, declares_no_current_vulnerability=declares
    )
    unmet = "Academic performance not at risk" if declares else "No current vulnerability"

    with pytest.raises(ValidationError) as refusal:
        decide(world, application)

    assert "An offer needs every gate met" in messages(refusal, "decision")
    assert unmet in messages(refusal, "decision")
    # Waitlisting or declining does not need the gates.
    assert decide(world, application, Decision.DECLINE).decision == Decision.DECLINE


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [({"criterion": None}, "criterion"), ({"reason": "  "}, "reason"), ({"decision": "maybe"}, "decision")],
)
def test_a_decision_needs_a_known_outcome_a_criterion_and_a_reason(world: World, kwargs, field: str) -> None:
    intake = open_intake(world, panel(world))
    application = reviewed(world, intake, applicant(world), 4, 4)
    decision = kwargs.pop("decision", Decision.WAITLIST)

    with pytest.raises(ValidationError) as refusal:
        decide(world, application, decision, **kwargs)

    assert field in refusal.value.message_dict
    application.refresh_from_db()
    assert application.status == ApplicationStatus.UNDER_REVIEW


def test_a_criterion_of_another_intake_is_refused(world: World) -> None:
    reviewers = panel(world)
    intake = open_intake(world, reviewers)
    other = open_intake(world, reviewers, name="2027 intake")
    application = reviewed(world, intake, applicant(world), 4, 4)
    with pytest.raises(ValidationError) as refusal:
        decide(world, application, criterion=other.criteria.get(order=1))
    assert "criterion" in refusal.value.message_dict


def test_an_offer_is_recorded_and_the_applicant_told(world: World) -> None:
    intake = open_intake(world, panel(world))
    user = applicant(world)
    application = reviewed(world, intake, user, 5, 4)

    decide(world, application, reason="  Highest weighted score; reaches the rural site.  ")

    application.refresh_from_db()
    assert application.status == ApplicationStatus.DECIDED and application.decision == Decision.OFFER
    assert application.decision_reason == "Highest weighted score; reaches the rural site."
    assert application.decided_by == coordinator(world) and application.decided_at is not None
    note = Notification.objects.get(recipient=user, kind="application_decided")
    assert str(application.pk) in note.link


def test_a_second_decision_on_the_same_application_is_refused(world: World) -> None:
    intake = open_intake(world, panel(world))
    application = reviewed(world, intake, applicant(world), 4, 4)
    decide(world, application, Decision.OFFER)

    with pytest.raises(ValidationError) as refusal:
        decide(world, application, Decision.DECLINE)

    assert messages(refusal).startswith("Already decided (offer) by")
    assert refusal.value.error_dict["__all__"][0].code == "conflict"
    application.refresh_from_db()
    assert application.decision == Decision.OFFER


def test_only_a_coordinator_decides(world: World) -> None:
    intake = open_intake(world, panel(world))
    application = reviewed(world, intake, applicant(world), 4, 4)
    with pytest.raises(Intake.DoesNotExist):
        services.decide(
            application,
            by=application.reviews.first().reviewer,
            decision=Decision.OFFER,
            criterion=intake.criteria.first(),
            reason="I liked it.",
        )


# --- Offers -------------------------------------------------------------------------------------


def offered(world: World, user, **fields) -> Application:
    intake = Intake.objects.filter(program=world.program).first() or open_intake(world, panel(world))
    application = reviewed(world, intake, user, 5, 4, **fields)
    return decide(world, application)


def test_accepting_an_offer_makes_the_applicant_a_supporter(world: World) -> None:
    TrainingModuleFactory(
        program=world.program, name="Mental health first aid", required_for=[Role.SUPPORTER]
    )
    TrainingModuleFactory(program=world.program, name="Supervising peers", required_for=[Role.SUPERVISOR])
    user = applicant(world)
    application = offered(world, user, year_level=3, clinical_site="Broken Hill Base Hospital")

    services.respond_to_offer(application, by=user, accept=True)

    application.refresh_from_db()
    assert application.offer_response == OfferResponse.ACCEPTED and application.responded_at is not None
    supporter = Membership.objects.get(user=user, role=Role.SUPPORTER)
    assert supporter.status == MembershipStatus.ACTIVE
    assert (supporter.term_start, supporter.expected_end) == (world.program.today(), GRADUATION)
    assert (supporter.year_level, supporter.clinical_site) == (3, "Broken Hill Base Hospital")
    assert sorted(
        Availability.objects.filter(membership=supporter).values_list("weekday", "starts", "ends")
    ) == [
        (1, time(18), time(21)),
        (5, time(9), time(12)),
    ]
    assert Membership.objects.get(user=user, role=Role.APPLICANT).status == MembershipStatus.ENDED
    # Permissions follow: still in the program, now through the supporter group only.
    assert list(programs_visible_to(user)) == [world.program]
    groups = set(ProgramRoleGroup.objects.filter(group__user=user).values_list("role", flat=True))
    assert groups == {Role.SUPPORTER}
    assert Notification.objects.filter(recipient=user, kind="welcome_supporter").exists()
    assert Notification.objects.filter(recipient=coordinator(world), kind="offer_accepted").exists()


def test_only_the_applicant_responds_and_only_once(world: World) -> None:
    user = applicant(world)
    application = offered(world, user)
    with pytest.raises(Application.DoesNotExist):
        services.respond_to_offer(application, by=coordinator(world), accept=True)

    services.respond_to_offer(application, by=user, accept=True)

    with pytest.raises(ValidationError) as refusal:
        services.respond_to_offer(application, by=user, accept=False)
    assert "no open offer" in messages(refusal)


def test_a_waitlisted_application_has_no_offer_to_accept(world: World) -> None:
    intake = open_intake(world, panel(world))
    user = applicant(world)
    application = decide(world, reviewed(world, intake, user, 4, 4), Decision.WAITLIST)
    with pytest.raises(ValidationError):
        services.respond_to_offer(application, by=user, accept=True)
    assert not Membership.objects.filter(user=user, role=Role.SUPPORTER).exists()


def test_a_declined_offer_tells_the_coordinators_and_the_best_waitlisted_is_offered_next(
    world: World,
) -> None:
    intake = open_intake(world, panel(world))
    first = applicant(world)
    application = offered(world, first)
    lower = decide(world, reviewed(world, intake, applicant(world), 3, 3), Decision.WAITLIST)
    higher = decide(world, reviewed(world, intake, applicant(world), 4, 4), Decision.WAITLIST)

    services.respond_to_offer(application, by=first, accept=False)

    application.refresh_from_db()
    assert application.offer_response == OfferResponse.DECLINED
    assert not Membership.objects.filter(user=first, role=Role.SUPPORTER).exists()
    assert Notification.objects.filter(recipient=coordinator(world), kind="offer_declined").exists()
    assert services.next_waitlisted(intake) == higher

    services.offer_to_next_waitlisted(intake, by=coordinator(world))

    higher.refresh_from_db()
    lower.refresh_from_db()
    assert higher.decision == Decision.OFFER and "Offered from the waitlist" in higher.decision_reason
    assert lower.decision == Decision.WAITLIST
    assert Notification.objects.filter(recipient=higher.applicant, kind="waitlist_offer").count() == 1
    assert services.next_waitlisted(intake) == lower


def test_offering_from_an_empty_waitlist_is_refused(world: World) -> None:
    intake = open_intake(world, panel(world))
    with pytest.raises(ValidationError) as refusal:
        services.offer_to_next_waitlisted(intake, by=coordinator(world))
    assert "Nobody is on the waitlist." in messages(refusal)


# --- Reminders ----------------------------------------------------------------------------------


def test_an_overdue_review_is_reminded_once_a_day(world: World) -> None:
    intake = open_intake(world, panel(world))
    application = apply(intake, applicant(world))
    overdue, done = application.reviews.order_by("pk")
    review_as(done, done.reviewer, 4)
    now = timezone.now()
    Review.objects.filter(pk__in=[overdue.pk, done.pk]).update(
        assigned_at=now - timedelta(days=intake.review_days + 2)
    )

    assert services.remind_overdue_reviews(now) == 1
    assert services.remind_overdue_reviews(now + timedelta(hours=23)) == 0
    assert services.remind_overdue_reviews(now + timedelta(hours=25)) == 1

    reminders = Notification.objects.filter(kind="review_overdue")
    assert reminders.count() == 2 and {n.recipient for n in reminders} == {overdue.reviewer}


def test_a_review_within_its_period_is_not_reminded(world: World) -> None:
    intake = open_intake(world, panel(world))
    apply(intake, applicant(world))
    assert services.remind_overdue_reviews(timezone.now() + timedelta(days=intake.review_days - 1)) == 0
    assert services.remind_overdue_reviews(timezone.now() + timedelta(days=intake.review_days + 1)) == 2


def test_an_intake_that_has_not_opened_says_when_it_opens_and_keeps_nothing(world: World) -> None:
    today = world.program.today()
    intake = open_intake(world, panel(world))
    Intake.objects.filter(pk=intake.pk).update(
        opens_on=today + timedelta(days=3), closes_on=today + timedelta(days=30)
    )
    intake.refresh_from_db()
    user = applicant(world)

    with pytest.raises(ValidationError) as refusal:
        services.save_application(intake, by=user, clinical_site="Orange Health Service")
    said = messages(refusal)
    assert f"This intake opens on {dates.day(today + timedelta(days=3))}" in said
    assert "closed" not in said
    assert not Application.objects.filter(intake=intake).exists()
