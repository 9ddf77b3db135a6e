"""Role × outcome matrices for the selection pages, and what each shows and hides."""

from __future__ import annotations

import html
from datetime import time, timedelta
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from program.models import AuditAction, AuditEvent, Membership, MembershipStatus, Role
from selection import reports, services
from selection.models import (
    Application,
    ApplicationStatus,
    Criterion,
    CriterionKind,
    Decision,
    GateSource,
    Intake,
    OfferResponse,
    Review,
)
from tests.conftest import World
from tests.factories import PASSWORD, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

EVERYONE = [
    "coordinator",
    "supervisor",
    "supporter",
    "applicant",
    "reviewer",
    "sponsor",
    "outsider",
    "stranger",
]
MEMBERS = ["coordinator", "supervisor", "supporter", "applicant", "reviewer", "sponsor"]
NOTE = "Private: I am seeing the campus counsellor about my sleep."
RATIONALE = "Clear examples of listening and referring on."


def matrix(allowed: list[str], ok: int = 200) -> list[tuple[str, int]]:
    return [(role, ok if role in allowed else 404) for role in EVERYONE]


# --- Building blocks ----------------------------------------------------------------------------


@pytest.fixture
def second_reviewer(world: World) -> User:
    return MembershipFactory(
        program=world.program, role=Role.REVIEWER, user=UserFactory(username="reviewer2")
    ).user


@pytest.fixture
def intake(world: World, second_reviewer: User) -> Intake:
    today = timezone.localdate()
    return services.create_intake(
        world.program,
        by=world.user("coordinator"),
        reviewers=[world.user("reviewer"), second_reviewer],
        name="2026 intake",
        opens_on=today - timedelta(days=1),
        closes_on=today + timedelta(days=30),
        target=2,
        min_reviews=2,
        review_days=14,
    )


def scored(intake: Intake) -> list[Criterion]:
    return list(intake.criteria.filter(kind=CriterionKind.SCORED))


def submit_complete(
    intake: Intake, user: Any, *, site: str = "Dubbo Base Hospital", year: int = 4
) -> Application:
    application = services.save_application(
        intake,
        by=user,
        year_level=year,
        clinical_site=site,
        expected_graduation=timezone.localdate() + timedelta(days=700),
        declares_no_current_vulnerability=True,
        declaration_note=NOTE,
        agrees_to_role_boundaries=True,
        answers={c.pk: f"My answer about {c.name}." for c in scored(intake)},
        availability=[(1, time(18), time(20))],
    )
    return services.submit_application(application, by=user)


def new_applicant(world: World, username: str) -> Any:
    return MembershipFactory(
        program=world.program, role=Role.APPLICANT, user=UserFactory(username=username)
    ).user


def review_all(application: Application, scores: dict[str, int] | None = None) -> None:
    """Every active reviewer submits; `scores` maps a username to the score they give throughout."""
    for review in application.reviews.filter(conflict_declared_at__isnull=True, submitted_at__isnull=True):
        score = (scores or {}).get(review.reviewer.username, 4)
        services.submit_review(
            review,
            by=review.reviewer,
            scores={
                c.pk: (score, f"{RATIONALE} ({review.reviewer.username})") for c in scored(application.intake)
            },
        )


def settle_gates(application: Application, by: Any) -> None:
    for criterion in application.intake.criteria.filter(
        kind=CriterionKind.GATE, gate_source=GateSource.COORDINATOR
    ):
        services.settle_gate(application, criterion, by=by, met=True)


@pytest.fixture
def application(world: World, intake: Intake) -> Application:
    return submit_complete(intake, world.user("applicant"))


def ready_to_decide(world: World, application: Application) -> Application:
    review_all(application)
    settle_gates(application, world.user("coordinator"))
    return application


# --- Intakes ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("role", "status"), matrix(MEMBERS))
def test_intake_list_opens_for_members_and_shows_only_their_part(
    world: World, client_for, application: Application, role: str, status: int
) -> None:
    response = client_for(role).get(reverse("intakes", args=[world.program.pk]))
    assert response.status_code == status
    if status != 200:
        return
    page = response.content.decode()
    intake = application.intake
    assert (reverse("intake-new", args=[world.program.pk]) in page) == (role == "coordinator")
    assert (reverse("intake-detail", args=[world.program.pk, intake.pk]) in page) == (role == "coordinator")
    assert (reverse("application-review", args=[world.program.pk, application.pk]) in page) == (
        role == "reviewer"
    )
    detail = reverse("application-detail", args=[world.program.pk, application.pk])
    assert (f'href="{detail}"' in page) == (role == "applicant")


def test_applicant_sees_open_intakes_to_apply_to(world: World, client_for, intake: Intake) -> None:
    page = client_for("applicant").get(reverse("intakes", args=[world.program.pk])).content.decode()
    assert reverse("application-apply", args=[world.program.pk, intake.pk]) in page


@pytest.mark.parametrize(("role", "status"), matrix(["coordinator"]))
def test_only_coordinators_create_intakes(world: World, client_for, role: str, status: int) -> None:
    assert client_for(role).get(reverse("intake-new", args=[world.program.pk])).status_code == status


def test_coordinator_creates_an_intake_with_the_default_rubric_and_reviewers(
    world: World, client_for, second_reviewer: User
) -> None:
    today = timezone.localdate()
    response = client_for("coordinator").post(
        reverse("intake-new", args=[world.program.pk]),
        {
            "name": "Spring 2026",
            "opens_on": today.isoformat(),
            "closes_on": (today + timedelta(days=21)).isoformat(),
            "target": 6,
            "min_reviews": 2,
            "review_days": 10,
            "reviewers": [world.user("reviewer").pk, second_reviewer.pk],
        },
    )
    intake = Intake.objects.get(name="Spring 2026")
    assert response.status_code == 302
    assert response["Location"] == reverse("rubric-edit", args=[world.program.pk, intake.pk])
    assert intake.criteria.count() == len(services.DEFAULT_RUBRIC)
    assert set(intake.reviewers.values_list("username", flat=True)) == {"reviewer", "reviewer2"}


def test_intake_form_offers_only_eligible_reviewers(world: World, client_for) -> None:
    form = client_for("coordinator").get(reverse("intake-new", args=[world.program.pk])).context["form"]
    choices = set(form.fields["reviewers"].queryset.values_list("username", flat=True))
    assert {"coordinator", "supervisor", "reviewer"} <= choices
    assert not choices & {"supporter", "applicant", "sponsor", "outsider", "stranger"}


@pytest.mark.parametrize(("role", "status"), matrix(["coordinator"]))
def test_only_coordinators_edit_intakes(
    world: World, client_for, intake: Intake, role: str, status: int
) -> None:
    url = reverse("intake-edit", args=[world.program.pk, intake.pk])
    assert client_for(role).get(url).status_code == status


def test_intake_edit_shows_the_services_refusal(world: World, client_for, intake: Intake) -> None:
    response = client_for("coordinator").post(
        reverse("intake-edit", args=[world.program.pk, intake.pk]),
        {
            "name": intake.name,
            "opens_on": intake.opens_on.isoformat(),
            "closes_on": (intake.opens_on - timedelta(days=1)).isoformat(),
            "target": 2,
            "min_reviews": 2,
            "review_days": 14,
        },
    )
    assert response.status_code == 200
    assert "The intake cannot close before it opens." in response.content.decode()


def test_outsiders_intake_is_not_found_in_this_program(world: World, client_for, intake: Intake) -> None:
    # The other program's coordinator manages their own program, but never this intake, even via their URL.
    url = reverse("intake-detail", args=[world.other_program.pk, intake.pk])
    assert client_for("outsider").get(url).status_code == 404


# --- Rubric -------------------------------------------------------------------------------------


def rubric_post(criteria: list[dict[str, Any]]) -> dict[str, Any]:
    data: dict[str, Any] = {
        "criteria-TOTAL_FORMS": len(criteria),
        "criteria-INITIAL_FORMS": len(criteria),
        "criteria-MIN_NUM_FORMS": 0,
        "criteria-MAX_NUM_FORMS": 30,
    }
    for index, criterion in enumerate(criteria):
        for key, value in criterion.items():
            data[f"criteria-{index}-{key}"] = value
    return data


@pytest.mark.parametrize(("role", "status"), matrix(["coordinator"]))
def test_only_coordinators_edit_rubrics(
    world: World, client_for, intake: Intake, role: str, status: int
) -> None:
    assert (
        client_for(role).get(reverse("rubric-edit", args=[world.program.pk, intake.pk])).status_code == status
    )


def test_coordinator_reorders_and_trims_the_rubric(world: World, client_for, intake: Intake) -> None:
    response = client_for("coordinator").post(
        reverse("rubric-edit", args=[world.program.pk, intake.pk]),
        rubric_post(
            [
                {"order": 2, "name": "Motivation", "kind": "scored", "weight": 2, "question": "Why?"},
                {"order": 1, "name": "Good standing", "kind": "gate", "gate_source": "coordinator"},
                {"order": 3, "name": "Dropped", "kind": "scored", "weight": 1, "DELETE": "on"},
            ]
        ),
    )
    assert response.status_code == 302
    assert list(intake.criteria.values_list("order", "name")) == [(1, "Good standing"), (2, "Motivation")]


def test_rubric_refusals_are_shown_on_the_criterion(world: World, client_for, intake: Intake) -> None:
    response = client_for("coordinator").post(
        reverse("rubric-edit", args=[world.program.pk, intake.pk]),
        rubric_post(
            [
                {"order": 1, "name": "Motivation", "kind": "scored", "weight": 2},
                {"order": 2, "name": "Standing", "kind": "gate"},
            ]
        ),
    )
    assert response.status_code == 200
    assert response.context["formset"].forms[1].errors["gate_source"]
    assert intake.criteria.count() == len(services.DEFAULT_RUBRIC)


def test_frozen_rubric_refuses_changes_with_the_reason(
    world: World, client_for, application: Application
) -> None:
    review_all(application)
    intake = application.intake
    url = reverse("rubric-edit", args=[world.program.pk, intake.pk])
    assert "The rubric is frozen" in client_for("coordinator").get(url).content.decode()
    response = client_for("coordinator").post(
        url, rubric_post([{"order": 1, "name": "Only this", "kind": "scored", "weight": 1}])
    )
    assert response.status_code == 200
    assert "would make scores incomparable" in response.content.decode()
    assert intake.criteria.count() == len(services.DEFAULT_RUBRIC)


# --- Intake detail, CSV and PDF -----------------------------------------------------------------


@pytest.mark.parametrize(("role", "status"), matrix(["coordinator"]))
def test_only_coordinators_see_the_ranking(
    world: World, client_for, application: Application, role: str, status: int
) -> None:
    url = reverse("intake-detail", args=[world.program.pk, application.intake_id])
    assert client_for(role).get(url).status_code == status


def test_ranking_shows_scores_disagreement_and_sites_no_offer_reaches(
    world: World, client_for, application: Application
) -> None:
    review_all(application, {"reviewer": 5, "reviewer2": 2})
    settle_gates(application, world.user("coordinator"))
    page = (
        client_for("coordinator")
        .get(reverse("intake-detail", args=[world.program.pk, application.intake_id]))
        .content.decode()
    )
    assert "3.50" in page  # every criterion's mean is (5 + 2) / 2
    assert "Previous experience and training" in page  # named in the disagreement column
    assert "No offer reaches these applicants' sites yet: Dubbo Base Hospital" in page
    assert "2 / 2" in page  # reviews n / min


@pytest.mark.parametrize(("role", "status"), matrix(["coordinator"]))
def test_only_coordinators_export_the_ranking_csv(
    world: World, client_for, application: Application, role: str, status: int
) -> None:
    url = reverse("intake-ranking-csv", args=[world.program.pk, application.intake_id])
    assert client_for(role).get(url).status_code == status


def test_ranking_csv_has_the_ranking_without_names_or_declarations(
    world: World, client_for, application: Application
) -> None:
    ready_to_decide(world, application)
    services.decide(
        application,
        by=world.user("coordinator"),
        decision=Decision.OFFER,
        criterion=scored(application.intake)[0],
        reason="Strong throughout.",
    )
    response = client_for("coordinator").get(
        reverse("intake-ranking-csv", args=[world.program.pk, application.intake_id])
    )
    body = response.content.decode()
    assert response["Content-Type"] == "text/csv"
    assert body.splitlines() == [
        ",".join(reports.CSV_HEADER),
        f"1,{application.pk},4,Dubbo Base Hospital,2,4.00,,offer",
    ]
    assert AuditEvent.objects.filter(action=AuditAction.EXPORT, summary="ranking CSV").count() == 1


@pytest.mark.parametrize(("role", "status"), matrix(["coordinator"]))
def test_only_coordinators_download_the_selection_report(
    world: World, client_for, application: Application, role: str, status: int
) -> None:
    url = reverse("intake-report", args=[world.program.pk, application.intake_id])
    assert client_for(role).get(url).status_code == status


def test_selection_report_is_a_pdf_without_declarations(
    world: World, client_for, application: Application, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The PDF's text is compressed, so check the HTML it is made from.
    rendered: list[str] = []
    real_html = reports.HTML

    def capture(*, string: str) -> Any:
        rendered.append(string)
        return real_html(string=string)

    monkeypatch.setattr(reports, "HTML", capture)
    response = client_for("coordinator").get(
        reverse("intake-report", args=[world.program.pk, application.intake_id])
    )
    assert response.content.startswith(b"%PDF")
    assert "Selection report: 2026 intake" in rendered[0]
    assert "Dubbo Base Hospital" in rendered[0]
    assert NOTE not in rendered[0]
    assert AuditEvent.objects.filter(action=AuditAction.EXPORT, summary="selection report PDF").count() == 1


# --- Applying -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("role", "status"), matrix(["applicant"]))
def test_only_applicants_apply(world: World, client_for, intake: Intake, role: str, status: int) -> None:
    assert (
        client_for(role).get(reverse("application-apply", args=[world.program.pk, intake.pk])).status_code
        == status
    )


def application_post(intake: Intake, **overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "year_level": "3",
        "clinical_site": "Orange Health Service",
        "expected_graduation": (timezone.localdate() + timedelta(days=800)).isoformat(),
        "declares_no_current_vulnerability": "yes",
        "declaration_note": NOTE,
        "agrees_to_role_boundaries": "on",
        "window_0_day": "2",
        "window_0_starts": "18:00",
        "window_0_ends": "20:00",
    }
    data.update({f"answer_{c.pk}": f"Answer to {c.name}" for c in scored(intake)})
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def test_draft_is_saved_and_submission_names_what_is_missing(
    world: World, client_for, intake: Intake
) -> None:
    client = client_for("applicant")
    url = reverse("application-apply", args=[world.program.pk, intake.pk])
    first = scored(intake)[0]

    draft = application_post(intake, expected_graduation=None, agrees_to_role_boundaries=None, save_draft="1")
    draft[f"answer_{first.pk}"] = ""
    assert client.post(url, draft).status_code == 302
    application = Application.objects.get(applicant=world.user("applicant"), intake=intake)
    assert (application.status, application.clinical_site, application.year_level) == (
        "draft",
        "Orange Health Service",
        3,
    )
    assert application.availability.count() == 1

    attempt = dict(draft, submit="1")
    del attempt["save_draft"]
    attempt["clinical_site"] = "Bathurst Hospital"
    response = client.post(url, attempt)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert errors["expected_graduation"] == ["Give your expected graduation date."]
    assert errors["agrees_to_role_boundaries"] == ["Confirm you have read the role boundaries."]
    assert errors[f"answer_{first.pk}"] == [f"Answer: {first.question}"]
    application.refresh_from_db()
    assert application.status == ApplicationStatus.DRAFT
    assert application.clinical_site == "Bathurst Hospital"  # what was typed with the refused submit is kept

    response = client.post(url, application_post(intake, submit="1"))
    application.refresh_from_db()
    assert response.status_code == 302
    assert response["Location"] == reverse("application-detail", args=[world.program.pk, application.pk])
    assert application.status == ApplicationStatus.SUBMITTED
    assert application.reviews.count() == 2
    assert application.declaration_note == NOTE


def test_half_filled_availability_window_is_refused(world: World, client_for, intake: Intake) -> None:
    response = client_for("applicant").post(
        reverse("application-apply", args=[world.program.pk, intake.pk]),
        application_post(intake, window_1_day="4", submit="1"),
    )
    assert response.status_code == 200
    assert response.context["form"].errors["window_1_day"]
    assert not Application.objects.filter(applicant=world.user("applicant")).exists()


def test_missing_availability_is_shown_beside_the_windows(world: World, client_for, intake: Intake) -> None:
    response = client_for("applicant").post(
        reverse("application-apply", args=[world.program.pk, intake.pk]),
        application_post(intake, window_0_day="", window_0_starts="", window_0_ends="", submit="1"),
    )
    assert response.context["form"].availability_errors == [
        "Add at least one weekly window when you could support peers."
    ]


def test_submitted_application_redirects_from_the_form_to_its_status(
    world: World, client_for, application: Application
) -> None:
    response = client_for("applicant").get(
        reverse("application-apply", args=[world.program.pk, application.intake_id])
    )
    assert response["Location"] == reverse("application-detail", args=[world.program.pk, application.pk])


# --- Application detail -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "status"),
    [
        (role, 200 if role in ("coordinator", "applicant") else 302 if role == "reviewer" else 404)
        for role in EVERYONE
    ],
)
def test_application_detail_matrix(
    world: World, client_for, application: Application, role: str, status: int
) -> None:
    response = client_for(role).get(reverse("application-detail", args=[world.program.pk, application.pk]))
    assert response.status_code == status
    if status == 302:  # an assigned reviewer is sent to their review
        assert response["Location"] == reverse("application-review", args=[world.program.pk, application.pk])


def test_coordinator_reads_the_declaration_and_the_read_is_audited(
    world: World, client_for, application: Application
) -> None:
    page = (
        client_for("coordinator")
        .get(reverse("application-detail", args=[world.program.pk, application.pk]))
        .content.decode()
    )
    assert "Private: I am seeing the campus counsellor" in page
    assert AuditEvent.objects.filter(
        actor=world.user("coordinator"), action=AuditAction.VIEW, summary="vulnerability declaration read"
    ).exists()


def test_applicant_sees_status_and_own_declaration_without_audit(
    world: World, client_for, application: Application
) -> None:
    page = (
        client_for("applicant")
        .get(reverse("application-detail", args=[world.program.pk, application.pk]))
        .content.decode()
    )
    assert "Status: Submitted" in page
    assert "Private: I am seeing the campus counsellor" in page
    assert reverse("application-withdraw", args=[world.program.pk, application.pk]) in page
    assert reverse("application-decide", args=[world.program.pk, application.pk]) not in page
    assert not AuditEvent.objects.filter(summary="vulnerability declaration read").exists()


@pytest.mark.parametrize(("role", "status"), matrix(["coordinator"], ok=302))
def test_only_coordinators_settle_gates(
    world: World, client_for, application: Application, role: str, status: int
) -> None:
    gate = application.intake.criteria.get(kind=CriterionKind.GATE, gate_source=GateSource.COORDINATOR)
    response = client_for(role).post(
        reverse("application-gate", args=[world.program.pk, application.pk]),
        {"criterion": gate.pk, "met": "yes"},
    )
    assert response.status_code == status
    assert application.gates.filter(criterion=gate, met=True).exists() == (status == 302)


def test_declaration_gate_cannot_be_settled_by_the_coordinator(
    world: World, client_for, application: Application
) -> None:
    gate = application.intake.criteria.get(gate_source=GateSource.DECLARATION)
    response = client_for("coordinator").post(
        reverse("application-gate", args=[world.program.pk, application.pk]),
        {"criterion": gate.pk, "met": "no"},
        follow=True,
    )
    assert "settled by the applicant&#x27;s declaration" in response.content.decode()
    assert application.gates.get(criterion=gate).met is True


@pytest.mark.parametrize(("role", "status"), matrix(["applicant"], ok=302))
def test_only_the_applicant_withdraws(
    world: World, client_for, application: Application, role: str, status: int
) -> None:
    response = client_for(role).post(reverse("application-withdraw", args=[world.program.pk, application.pk]))
    assert response.status_code == status
    application.refresh_from_db()
    assert (application.status == ApplicationStatus.WITHDRAWN) == (status == 302)


# --- Reviews ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("role", "status"), matrix(["reviewer"]))
def test_only_assigned_reviewers_open_the_review(
    world: World, client_for, application: Application, role: str, status: int
) -> None:
    url = reverse("application-review", args=[world.program.pk, application.pk])
    assert client_for(role).get(url).status_code == status


def review_post(intake: Intake, score: str = "4", rationale: str = RATIONALE) -> dict[str, str]:
    data = {f"score_{c.pk}": score for c in scored(intake)}
    data.update({f"rationale_{c.pk}": rationale for c in scored(intake)})
    return data


def test_review_shows_gates_as_met_but_never_the_declaration(
    world: World, client_for, application: Application
) -> None:
    page = (
        client_for("reviewer")
        .get(reverse("application-review", args=[world.program.pk, application.pk]))
        .content.decode()
    )
    assert 'No current vulnerability: <span class="pill ok">met</span>' in page
    assert NOTE not in page
    assert services.DEFAULT_RUBRIC[0]["guidance"] in page
    assert "My answer about Previous experience and training." in page


def test_reviewers_see_others_scores_only_after_submitting_their_own(
    world: World, client_for, application: Application, second_reviewer: User
) -> None:
    other = Review.objects.get(application=application, reviewer=second_reviewer)
    services.submit_review(
        other,
        by=second_reviewer,
        scores={c.pk: (2, "Thin on boundaries.") for c in scored(application.intake)},
    )
    client = client_for("reviewer")
    url = reverse("application-review", args=[world.program.pk, application.pk])
    assert "Thin on boundaries." not in client.get(url).content.decode()

    response = client.post(url, review_post(application.intake))
    assert response.status_code == 302
    page = client.get(url).content.decode()
    assert "Thin on boundaries." in page
    assert RATIONALE in page


def test_a_score_without_rationale_is_refused(world: World, client_for, application: Application) -> None:
    response = client_for("reviewer").post(
        reverse("application-review", args=[world.program.pk, application.pk]),
        review_post(application.intake, rationale=""),
    )
    first = scored(application.intake)[0]
    assert response.status_code == 200
    assert response.context["form"].errors[f"rationale_{first.pk}"] == [
        f"{first.name}: write why you gave this score."
    ]
    assert not Review.objects.filter(application=application, submitted_at__isnull=False).exists()


def test_a_review_with_several_problems_names_every_criterion_at_once(
    world: World, client_for, application: Application
) -> None:
    """A tampered score used to stop the page there; now every criterion's problem shows in one round,
    each naming its criterion, and the summary does not say the criterion twice."""
    first, second, *rest = scored(application.intake)
    data = review_post(application.intake)
    data[f"score_{first.pk}"] = "9"  # not a choice
    del data[f"score_{second.pk}"]
    data[f"rationale_{rest[0].pk}"] = ""
    response = client_for("reviewer").post(
        reverse("application-review", args=[world.program.pk, application.pk]), data
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert errors[f"score_{first.pk}"] == [f"{first.name}: give a score from 1 to 5."]
    assert errors[f"score_{second.pk}"] == [f"{second.name}: give a score from 1 to 5."]
    assert errors[f"rationale_{rest[0].pk}"] == [f"{rest[0].name}: write why you gave this score."]
    page = html.unescape(response.content.decode())
    assert f"{first.name}: score: " not in page and "Select a valid choice" not in page
    assert not Review.objects.filter(application=application, submitted_at__isnull=False).exists()


def test_an_application_with_a_bad_date_also_lists_what_is_missing(
    world: World, client_for, intake: Intake
) -> None:
    """The bad date and the half-filled window no longer hide the missing answers until the next try."""
    first = scored(intake)[0]
    data = application_post(
        intake,
        expected_graduation="31/31/2029",
        year_level="",
        agrees_to_role_boundaries=None,
        window_1_day="4",
        submit="1",
    )
    data[f"answer_{first.pk}"] = ""
    response = client_for("applicant").post(
        reverse("application-apply", args=[world.program.pk, intake.pk]), data
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert errors["expected_graduation"] == ["Enter a valid date."]
    assert errors["window_1_day"]
    assert errors["year_level"] == ["Give your year level."]
    assert errors["agrees_to_role_boundaries"] == ["Confirm you have read the role boundaries."]
    assert errors[f"answer_{first.pk}"] == [f"Answer: {first.question}"]
    assert "clinical_site" not in errors
    assert not Application.objects.filter(applicant=world.user("applicant")).exists()


def test_a_day_first_graduation_date_is_understood(world: World, client_for, intake: Intake) -> None:
    when = timezone.localdate() + timedelta(days=800)
    response = client_for("applicant").post(
        reverse("application-apply", args=[world.program.pk, intake.pk]),
        application_post(intake, expected_graduation=f"{when.day}/{when.month}/{when.year}", save_draft="1"),
    )
    assert response.status_code == 302
    assert Application.objects.get(applicant=world.user("applicant")).expected_graduation == when


def test_a_conflicted_reviewer_is_replaced_and_loses_sight_of_the_application(
    world: World, client_for, application: Application
) -> None:
    replacement = MembershipFactory(
        program=world.program, role=Role.REVIEWER, user=UserFactory(username="r3")
    ).user
    application.intake.reviewers.add(replacement)
    client = client_for("reviewer")
    url = reverse("application-review", args=[world.program.pk, application.pk])
    response = client.post(url, {"declare_conflict": "1"})
    assert response["Location"] == reverse("intakes", args=[world.program.pk])
    assert client.get(url).status_code == 404
    assert (
        client.get(reverse("application-detail", args=[world.program.pk, application.pk])).status_code == 404
    )
    assert application.reviews.filter(reviewer=replacement).exists()


# --- Decisions ----------------------------------------------------------------------------------


def decide_post(application: Application, decision: str = "offer") -> dict[str, Any]:
    return {
        "decision": decision,
        "criterion": scored(application.intake)[0].pk,
        "reason": "Highest weighted score; strong on experience.",
    }


@pytest.mark.parametrize(("role", "status"), matrix(["coordinator"], ok=302))
def test_only_coordinators_decide(
    world: World, client_for, application: Application, role: str, status: int
) -> None:
    ready_to_decide(world, application)
    response = client_for(role).post(
        reverse("application-decide", args=[world.program.pk, application.pk]), decide_post(application)
    )
    assert response.status_code == status
    application.refresh_from_db()
    assert (application.decision == Decision.OFFER) == (status == 302)


def test_deciding_before_the_minimum_reviews_is_refused_with_the_count_missing(
    world: World, client_for, application: Application
) -> None:
    response = client_for("coordinator").post(
        reverse("application-decide", args=[world.program.pk, application.pk]), decide_post(application)
    )
    assert response.status_code == 200
    assert "2 more reviews needed before deciding (0 of 2 submitted)." in response.content.decode()
    application.refresh_from_db()
    assert application.status == ApplicationStatus.SUBMITTED


def test_offer_is_accepted_and_the_applicant_becomes_a_supporter(
    world: World, client_for, application: Application
) -> None:
    ready_to_decide(world, application)
    client_for("coordinator").post(
        reverse("application-decide", args=[world.program.pk, application.pk]), decide_post(application)
    )
    applicant = client_for("applicant")
    page = applicant.get(
        reverse("application-detail", args=[world.program.pk, application.pk])
    ).content.decode()
    # The applicant learns the decision, not the committee's reason behind it (issue 14, part 6).
    assert "<strong>Offer</strong>" in page
    assert "Highest weighted score; strong on experience." not in page
    assert "Accept the offer" in page
    response = applicant.post(
        reverse("application-respond", args=[world.program.pk, application.pk]), {"accept": "1"}
    )
    assert response.status_code == 302
    assert Membership.objects.filter(
        user=world.user("applicant"), role=Role.SUPPORTER, status=MembershipStatus.ACTIVE
    ).exists()


@pytest.mark.parametrize(("role", "status"), matrix(["applicant"], ok=302))
def test_only_the_applicant_responds_to_the_offer(
    world: World, client_for, application: Application, role: str, status: int
) -> None:
    ready_to_decide(world, application)
    services.decide(
        application,
        by=world.user("coordinator"),
        decision=Decision.OFFER,
        criterion=scored(application.intake)[0],
        reason="Strong.",
    )
    response = client_for(role).post(
        reverse("application-respond", args=[world.program.pk, application.pk]), {"accept": "0"}
    )
    assert response.status_code == status
    application.refresh_from_db()
    assert (application.offer_response == OfferResponse.DECLINED) == (status == 302)


def test_declined_offer_goes_to_the_next_waitlisted_on_confirmation(
    world: World, client_for, application: Application
) -> None:
    coordinator = world.user("coordinator")
    waitlisted = submit_complete(application.intake, new_applicant(world, "hopeful"), site="Orange")
    for each, decision in ((application, Decision.OFFER), (waitlisted, Decision.WAITLIST)):
        ready_to_decide(world, each)
        services.decide(
            each, by=coordinator, decision=decision, criterion=scored(each.intake)[0], reason="Ranked."
        )
    client_for("applicant").post(
        reverse("application-respond", args=[world.program.pk, application.pk]), {"accept": "0"}
    )
    detail = reverse("intake-detail", args=[world.program.pk, application.intake_id])
    page = client_for("coordinator").get(detail).content.decode()
    assert "Offer to the next waitlisted" in page
    waitlisted.refresh_from_db()
    assert waitlisted.decision == Decision.WAITLIST  # nothing happens until the coordinator confirms

    offer_next = reverse("intake-offer-next", args=[world.program.pk, application.intake_id])
    assert client_for("reviewer").post(offer_next).status_code == 404
    assert client_for("coordinator").post(offer_next)["Location"] == detail
    waitlisted.refresh_from_db()
    assert waitlisted.decision == Decision.OFFER
    assert (
        "Nobody is on the waitlist."
        in client_for("coordinator").post(offer_next, follow=True).content.decode()
    )


@pytest.mark.parametrize(("role", "status"), matrix(["coordinator"]))
def test_only_coordinators_see_why_this_person(
    world: World, client_for, application: Application, role: str, status: int
) -> None:
    assert (
        client_for(role).get(reverse("application-why", args=[world.program.pk, application.pk])).status_code
        == status
    )


def test_why_this_person_explains_the_decision_from_the_scores(
    world: World, client_for, application: Application
) -> None:
    review_all(application, {"reviewer": 5, "reviewer2": 3})
    settle_gates(application, world.user("coordinator"))
    services.decide(
        application,
        by=world.user("coordinator"),
        decision=Decision.WAITLIST,
        criterion=scored(application.intake)[1],
        reason="Good, but reach on placements is limited.",
    )
    page = (
        client_for("coordinator")
        .get(reverse("application-why", args=[world.program.pk, application.pk]))
        .content.decode()
    )
    assert "Good, but reach on placements is limited." in page
    assert "Accessibility and ability to contribute" in page
    assert "Mean 4.00 (from 3 to 5)" in page
    assert "reviewers differ by 2 or more" in page
    assert f"{RATIONALE} (reviewer2)" in page
    assert NOTE not in page


@pytest.mark.parametrize("opens_in_days, says", [(3, "This intake opens on"), (-40, "This intake closed on")])
def test_an_intake_that_is_not_open_says_so_instead_of_offering_a_draft(
    world: World, client_for, intake: Intake, opens_in_days: int, says: str
) -> None:
    today = world.program.today()
    opens_on = today + timedelta(days=opens_in_days)
    Intake.objects.filter(pk=intake.pk).update(opens_on=opens_on, closes_on=opens_on + timedelta(days=30))
    client = client_for("applicant")
    url = reverse("application-apply", args=[world.program.pk, intake.pk])

    page = client.get(url).content.decode()
    assert says in page
    assert "nothing is lost" not in page and "Save draft" not in page

    response = client.post(url, application_post(intake, save_draft="1"))
    assert response.status_code == 200
    assert says in response.content.decode()
    assert not Application.objects.filter(intake=intake).exists()


def test_an_applicant_with_an_open_offer_lands_on_it_after_signing_in(
    world: World, application: Application
) -> None:
    applicant = world.user("applicant")
    sign_in = reverse("login")
    offer_page = reverse("application-detail", args=[world.program.pk, application.pk])

    # No offer yet: home.
    response = Client().post(sign_in, {"username": applicant.username, "password": PASSWORD})
    assert response["Location"] == reverse("dashboard")

    ready_to_decide(world, application)
    services.decide(
        application,
        by=world.user("coordinator"),
        decision=Decision.OFFER,
        criterion=scored(application.intake)[0],
        reason="Strong.",
    )
    response = Client().post(sign_in, {"username": applicant.username, "password": PASSWORD})
    assert response["Location"] == offer_page
    # A page asked for explicitly still wins.
    asked = reverse("intakes", args=[world.program.pk])
    response = Client().post(
        f"{sign_in}?next={asked}", {"username": applicant.username, "password": PASSWORD}
    )
    assert response["Location"] == asked

    # Once answered, or once no longer an applicant, back to home.
    client = Client()
    client.force_login(applicant)
    client.post(reverse("application-respond", args=[world.program.pk, application.pk]), {"accept": "0"})
    response = Client().post(sign_in, {"username": applicant.username, "password": PASSWORD})
    assert response["Location"] == reverse("dashboard")


def test_deciding_twice_on_the_page_says_it_was_already_decided_and_changes_nothing(
    world: World, client_for, application: Application
) -> None:
    ready_to_decide(world, application)
    client = client_for("coordinator")
    url = reverse("application-decide", args=[world.program.pk, application.pk])
    criterion = scored(application.intake)[0]
    first = client.post(url, {"decision": Decision.OFFER, "criterion": criterion.pk, "reason": "Strong."})
    assert first.status_code == 302

    again = client.post(
        url,
        {"decision": Decision.DECLINE, "criterion": criterion.pk, "reason": "Changed my mind."},
        follow=True,
    )
    page = again.content.decode()
    assert "Already decided (offer)" in page and "nothing was changed" in page
    application.refresh_from_db()
    assert (application.decision, application.decision_reason) == (Decision.OFFER, "Strong.")
