"""The program report (SPEC 4.6): its figures, small-cell suppression in the PDF, who may open it, the
refusal of a bad range, and a query count that does not grow with the data."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from pypdf import PdfReader

from program.models import AuditAction, AuditEvent, Program, Role
from succession.program_report import month_label, program_report_context, program_report_pdf
from succession.report_views import presets
from succession.suppression import Breakdown
from supervision.models import Roster, RosterStatus, Shift, ShiftAssignment
from tests.conftest import World
from tests.factories import (
    ContactFactory,
    MembershipFactory,
    PauseFactory,
    SupervisionSessionFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

FIRST, LAST = date(2026, 1, 1), date(2026, 6, 30)
EVERYONE = [
    "coordinator",
    "supervisor",
    "supporter",
    "applicant",
    "reviewer",
    "sponsor",
    "outsider",
    "stranger",
    "anonymous",
]
AGGREGATE_READERS = {"coordinator", "sponsor"}


def matrix() -> list[tuple[str, int]]:
    # Anonymous visitors are sent to sign in; everyone signed in without the permission gets 404.
    return [
        (role, 200 if role in AGGREGATE_READERS else 302 if role == "anonymous" else 404) for role in EVERYONE
    ]


def texts(breakdown: Breakdown) -> list[str]:
    return [cell.text for cell in breakdown.cells]


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def contacts(world: World, count: int, day: date, **fields: object) -> None:
    for _ in range(count):
        ContactFactory(supporter=world.members[Role.SUPPORTER], contact_date=day, **fields)


@pytest.fixture
def activity(world: World) -> None:
    """Half a year of a small program: 22 contacts (12 in March, 8 in April, 2 in May), 27 supporters
    over two big sites and a small one, 7 sessions, one pause, and a published roster."""
    contacts(world, 12, date(2026, 3, 10))
    contacts(
        world,
        8,
        date(2026, 4, 14),
        risk_level="moderate",
        concerns=["academic", "isolation"],
        actions=["listened", "shared_resources"],
    )
    contacts(
        world,
        2,
        date(2026, 5, 5),
        risk_level="high",
        concerns=["self_harm"],
        actions=["escalated_on_call"],
    )
    # Not counted: a draft, a contact after the range, one in another program.
    ContactFactory(supporter=world.members[Role.SUPPORTER], status="draft", contact_date=date(2026, 3, 1))
    contacts(world, 1, date(2026, 7, 2))
    ContactFactory(supporter=MembershipFactory(program=world.other_program), contact_date=date(2026, 3, 3))

    # The world's two supporters are year 4 at Westmead; 15 more there, 10 in year 5 at Dubbo and 3
    # at a small site whose name must never appear.
    for n in range(15):
        MembershipFactory(program=world.program, user=UserFactory(username=f"westmead{n}"))
    for n in range(10):
        MembershipFactory(
            program=world.program,
            user=UserFactory(username=f"dubbo{n}"),
            year_level=5,
            clinical_site="Dubbo Base Hospital",
        )
    for n in range(3):
        MembershipFactory(
            program=world.program,
            user=UserFactory(username=f"remote{n}"),
            year_level=None,
            clinical_site="Broken Hill Health Service",
        )
    # Ended before the range: not counted.
    MembershipFactory(program=world.program, term_start=date(2024, 2, 1), expected_end=date(2025, 11, 30))

    supervisor = world.members[Role.SUPERVISOR]
    for _ in range(6):
        SupervisionSessionFactory(supervisor=supervisor, held_on=date(2026, 2, 3))
    SupervisionSessionFactory(
        supervisor=supervisor, held_on=date(2026, 2, 4), kind="group", purpose="debrief"
    )
    PauseFactory(
        membership=world.members[Role.SUPPORTER],
        trigger="self",
        started_at=datetime(2026, 4, 1, 2, tzinfo=UTC),
        review_on=date(2026, 4, 15),
    )

    # Two 12-hour supervisor shifts (one staffed, one not) and a supporter shift needing two, with one.
    roster = Roster.objects.create(
        program=world.program,
        starts_on=date(2026, 3, 1),
        ends_on=date(2026, 3, 1),
        status=RosterStatus.PUBLISHED,
        generated_by=world.user(Role.COORDINATOR),
    )
    start = datetime(2026, 2, 28, 21, tzinfo=UTC)  # 8 am on 1 March in Sydney
    for hours_in, role, people, staffed_by in (
        (0, "supervisor", 1, supervisor),
        (12, "supervisor", 1, None),
        (10, "supporter", 2, world.members[Role.SUPPORTER]),
    ):
        shift = Shift.objects.create(
            program=world.program,
            roster=roster,
            name=role,
            role=role,
            starts_at=start + timedelta(hours=hours_in),
            ends_at=start + timedelta(hours=hours_in + 12 if role == "supervisor" else hours_in + 4),
            min_people=people,
        )
        if staffed_by:
            ShiftAssignment.objects.create(shift=shift, membership=staffed_by)


# --- Figures ----------------------------------------------------------------------------------------


def test_contacts_are_counted_by_month_risk_concern_and_action_with_small_cells_suppressed(
    world: World, activity: None
) -> None:
    report = program_report_context(world.program, FIRST, LAST)

    assert report["contacts_total"] == "22"
    # Months: May's 2 and the empty months are “<5”; April is hidden too, or they would add up to
    # 22 − 12 = 10 less April's 8.
    assert [c.label for c in report["by_month"].cells] == [
        "Jan 2026",
        "Feb 2026",
        "Mar 2026",
        "Apr 2026",
        "May 2026",
        "Jun 2026",
    ]
    assert texts(report["by_month"]) == ["<5", "<5", "12", "—", "<5", "<5"]
    assert report["by_month"].cells[2].percent == 55
    assert texts(report["by_risk"]) == ["<5", "12", "—", "<5", "<5"]
    # Concerns and actions count contacts per row; a contact with two concerns is in two rows.
    concerns = {c.label: c.text for c in report["by_concern"].cells}
    assert concerns["Academic"] == "20" and concerns["Isolation / loneliness"] == "8"
    assert concerns["Self-harm or suicidal thoughts"] == "<5" and concerns["Other"] == "<5"
    assert report["by_concern"].total_text == "22"
    actions = {c.label: c.text for c in report["by_action"].cells}
    assert actions["Listened"] == "20" and actions["Escalated to on-call"] == "<5"


def test_supporters_are_broken_down_by_year_and_site_at_ten_and_small_sites_pooled(
    world: World, activity: None
) -> None:
    report = program_report_context(world.program, FIRST, LAST)

    assert report["supporters_total"] == "30"  # 2 + 15 + 10 + 3
    by_year = {c.label: c.text for c in report["by_year"].cells}
    assert by_year["Year 5"] == "10" and by_year["Year 4"] == "—"
    assert by_year["Year 1"] == "<10" and by_year["Not recorded"] == "<10"
    by_site = {c.label: c.text for c in report["by_site"].cells}
    assert by_site == {
        "Dubbo Base Hospital": "10",
        "Westmead Hospital": "—",
        "Other sites": "<10",
        "Not recorded": "<10",
    }


def test_sessions_pauses_and_roster_coverage(world: World, activity: None) -> None:
    report = program_report_context(world.program, FIRST, LAST)

    assert report["sessions_total"] == "7"
    assert texts(report["by_kind"]) == ["—", "<5"]
    assert report["pauses_total"] == "<5" and report["by_trigger"].withheld
    coverage = report["coverage"]
    assert (coverage.supervisor_hours, coverage.covered_hours, coverage.covered_percent) == (24, 12, 50)
    assert (coverage.shifts, coverage.short_shifts) == (3, 2)
    assert len(report["runway_cells"]) == 24


def test_the_pdf_shows_small_counts_as_less_than_five_and_nothing_individual(
    world: World, activity: None
) -> None:
    pdf = program_report_pdf(world.program, FIRST, LAST, by=world.user(Role.SPONSOR))
    text = pdf_text(pdf)

    assert pdf.startswith(b"%PDF")
    assert "Program report: Western Plains Peer Support" in text
    assert "<5" in text and "<10" in text and "—" in text
    assert "Mar 2026 12" in text
    for member in world.members.values():
        assert member.display_name not in text
    assert "Broken Hill" not in text
    event = AuditEvent.objects.get(action=AuditAction.EXPORT)
    assert event.actor == world.user(Role.SPONSOR) and event.program == world.program


def test_an_empty_period_withholds_every_breakdown(world: World) -> None:
    report = program_report_context(world.program, FIRST, LAST)
    assert report["contacts_total"] == "<5" and report["by_month"].withheld
    assert report["by_month"].total_text == "<5" and report["by_concern"].withheld
    assert "<5" in pdf_text(program_report_pdf(world.program, FIRST, LAST, by=world.user(Role.COORDINATOR)))


@pytest.mark.parametrize(
    ("first", "last", "message"),
    [
        (LAST, FIRST, "The end of the range cannot be before its start."),
        (FIRST, date(2028, 1, 1), "The range cannot be longer than two years."),
    ],
)
def test_a_bad_range_is_refused_on_the_end_field(world: World, first: date, last: date, message: str) -> None:
    with pytest.raises(ValidationError) as refused:
        program_report_context(world.program, first, last)
    assert refused.value.message_dict == {"to": [message]}
    assert not AuditEvent.objects.filter(action=AuditAction.EXPORT).exists()


def grow(world: World, program: Program, scale: int) -> None:
    """More of everything the report counts, `scale` times over."""
    for n in range(scale):
        supporter = MembershipFactory(
            program=program, user=UserFactory(username=f"grown{scale}-{n}"), clinical_site=f"Site {n}"
        )
        ContactFactory(supporter=supporter, contact_date=date(2026, 1 + n % 6, 3), concerns=["other"])
        SupervisionSessionFactory(supervisor=world.members[Role.SUPERVISOR], held_on=date(2026, 2, 1))
        PauseFactory(membership=supporter, started_at=datetime(2026, 3, 1, tzinfo=UTC))


def test_the_query_count_does_not_grow_with_the_data(world: World, activity: None) -> None:
    with CaptureQueriesContext(connection) as small:
        program_report_context(world.program, FIRST, LAST)
    grow(world, world.program, 30)
    with CaptureQueriesContext(connection) as large:
        program_report_context(world.program, FIRST, LAST)
    # Contacts (total, months, risk), concerns, actions, supporters by year, by site, sessions, pauses,
    # roster coverage, and the runway's supporters per month, intake pipeline and settings.
    assert len(small.captured_queries) == len(large.captured_queries) == 11


def test_a_range_cut_inside_a_month_names_the_days_it_covers() -> None:
    assert month_label(date(2026, 3, 1), date(2026, 3, 31)) == "Mar 2026"
    assert month_label(date(2025, 11, 26), date(2025, 11, 30)) == "26–30 Nov 2025"
    assert month_label(date(2026, 2, 1), date(2026, 2, 14)) == "1–14 Feb 2026"


def test_the_presets_are_this_and_last_half_year_and_the_last_12_months() -> None:
    assert presets(date(2026, 11, 25)) == [
        ("This half-year", date(2026, 7, 1), date(2026, 12, 31)),
        ("Last half-year", date(2026, 1, 1), date(2026, 6, 30)),
        ("The last 12 months", date(2025, 11, 26), date(2026, 11, 25)),
    ]
    assert presets(date(2026, 3, 1))[:2] == [
        ("This half-year", date(2026, 1, 1), date(2026, 6, 30)),
        ("Last half-year", date(2025, 7, 1), date(2025, 12, 31)),
    ]


# --- Pages ------------------------------------------------------------------------------------------


def page(world: World) -> str:
    return reverse("program-report", args=[world.program.pk])


def pdf_url(world: World, first: str = "2026-01-01", last: str = "2026-06-30") -> str:
    return f"{reverse('program-report-pdf', args=[world.program.pk])}?from={first}&to={last}"


@pytest.mark.parametrize(("role", "status"), matrix())
def test_the_report_page_is_for_coordinators_and_sponsors(
    world: World, client_for, role: str, status: int
) -> None:
    response = client_for(role).get(page(world))
    assert response.status_code == status
    if status == 200:
        body = response.content.decode()
        for label, first, last in presets(world.program.today()):
            assert label in body and f"?from={first}&amp;to={last}" in body


@pytest.mark.parametrize(("role", "status"), matrix())
def test_the_report_pdf_is_for_coordinators_and_sponsors(
    world: World, client_for, role: str, status: int
) -> None:
    response = client_for(role).get(pdf_url(world))
    assert response.status_code == status
    if status == 200:
        assert response["Content-Type"] == "application/pdf"
        assert response["Content-Disposition"] == (
            'attachment; filename="program-report-2026-01-01-to-2026-06-30.pdf"'
        )
        assert AuditEvent.objects.filter(action=AuditAction.EXPORT, actor=world.user(role)).count() == 1
    else:
        assert not AuditEvent.objects.filter(action=AuditAction.EXPORT).exists()


def test_the_pdf_refuses_an_end_before_the_start_naming_the_field(world: World, client_for) -> None:
    response = client_for("sponsor").get(pdf_url(world, "2026-06-30", "2026-01-01"))
    assert response.status_code == 400
    assert "To: The end of the range cannot be before its start." in response.content.decode()
    assert not AuditEvent.objects.filter(action=AuditAction.EXPORT).exists()


@pytest.mark.parametrize(
    ("first", "last", "message"),
    [
        ("2026-06-30", "2026-01-01", "To: The end of the range cannot be before its start."),
        ("2026-01-01", "2028-03-01", "To: The range cannot be longer than two years."),
        ("yesterday", "2026-01-01", "From: Enter a valid date."),
        ("", "2026-01-01", "From: This field is required."),
    ],
)
def test_the_form_names_the_field_of_a_bad_range(
    world: World, client_for, first: str, last: str, message: str
) -> None:
    response = client_for("coordinator").get(page(world), {"from": first, "to": last})
    assert response.status_code == 400
    assert message in response.content.decode()


def test_the_report_addresses_only_answer_get(world: World, client_for) -> None:
    client = client_for("coordinator")
    assert client.post(page(world)).status_code == 405
    assert client.post(pdf_url(world)).status_code == 405
