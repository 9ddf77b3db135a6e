"""The program report (SPEC 4.6): its figures (perturbed, then small-cell suppressed), the same month's
figure in every report, who may open it, the refusal of a period that is not whole ended months, and a
query count that does not grow with the data. That no two reports can be subtracted to recover a small
count is tested in test_report_differencing.py."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta

import pytest
from dateutil.relativedelta import relativedelta
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from pypdf import PdfReader

from program.aggregates import BOUND
from program.models import AuditAction, AuditEvent, Program, Role
from selection.models import Intake
from succession.program_report import program_report_context, program_report_pdf
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


def near(text: str, truth: int, *, cells: int = 1, threshold: int = 5) -> bool:
    """Whether a printed figure can stand for `truth`: perturbation moves each month cell summed into it
    by at most BOUND; “<t” is a perturbed figure under t, “—” one hidden at t or more."""
    if text == "—":
        return truth + BOUND * cells >= threshold
    if text.startswith("<"):
        return truth - BOUND * cells < int(text[1:])
    return abs(int(text) - truth) <= BOUND * cells


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def contacts(world: World, count: int, day: date, **fields: object) -> None:
    for _ in range(count):
        ContactFactory(supporter=world.members[Role.SUPPORTER], contact_date=day, **fields)


@pytest.fixture
def activity(world: World) -> None:
    """Half a year of a small program: 22 contacts (12 in March, 8 in April, 2 in May), 34 supporters
    over two big sites and a small one, 9 sessions, one pause, and a published roster."""
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

    # The world's two supporters are year 4 at Westmead; 15 more there, 14 in year 5 at Dubbo and 3
    # at a small site whose name must never appear.
    for n in range(15):
        MembershipFactory(program=world.program, user=UserFactory(username=f"westmead{n}"))
    for n in range(14):
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
    for _ in range(8):
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


def test_contacts_are_counted_by_month_risk_concern_and_action_perturbed_and_suppressed(
    world: World, activity: None
) -> None:
    report = program_report_context(world.program, FIRST, LAST)

    # Three month cells hold contacts (March's low-risk, April's moderate, May's high): the total is
    # theirs, each moved by at most BOUND.
    assert near(report["contacts_total"], 22, cells=3)
    assert [c.label for c in report["by_month"].cells] == [
        "Jan 2026",
        "Feb 2026",
        "Mar 2026",
        "Apr 2026",
        "May 2026",
        "Jun 2026",
    ]
    months = texts(report["by_month"])
    # Empty months stay zero, May's 2 stays under 5 (at most 4): all “<5”.
    assert [months[n] for n in (0, 1, 4, 5)] == ["<5"] * 4
    assert near(months[2], 12) and near(months[3], 8)
    # The rows add up to the printed total: months and risk levels are the same contacts.
    shown = [c.count for c in report["by_month"].cells if c.count is not None]
    assert sum(shown) <= int(report["contacts_total"])
    risks = texts(report["by_risk"])
    assert risks[0] == "<5" and risks[3] == "<5" and risks[4] == "<5"
    assert near(risks[1], 12) and near(risks[2], 8)
    # Concerns and actions count contacts per row; a contact with two concerns is in two rows.
    concerns = {c.label: c.text for c in report["by_concern"].cells}
    assert near(concerns["Academic"], 20, cells=2) and near(concerns["Isolation / loneliness"], 8)
    assert concerns["Self-harm or suicidal thoughts"] == "<5" and concerns["Other"] == "<5"
    assert report["by_concern"].total_text == report["contacts_total"]
    assert all(
        c.count is None or c.count <= int(report["contacts_total"]) for c in report["by_concern"].cells
    )
    actions = {c.label: c.text for c in report["by_action"].cells}
    assert near(actions["Listened"], 20, cells=2) and actions["Escalated to on-call"] == "<5"


def test_a_month_is_the_same_figure_in_every_report_that_covers_it(world: World, activity: None) -> None:
    half = program_report_context(world.program, FIRST, LAST)
    quarter = program_report_context(world.program, date(2026, 1, 1), date(2026, 3, 31))
    march = program_report_context(world.program, date(2026, 3, 1), date(2026, 3, 31))
    april_may = program_report_context(world.program, date(2026, 4, 1), date(2026, 5, 31))

    # Nothing in January or February: the quarter's contacts are March's, to the same number.
    assert march["contacts_total"] == quarter["contacts_total"]
    # March's row of the half-year is March's own total, unless hidden as a complementary cell.
    assert half["by_month"].cells[2].text in (march["contacts_total"], "—")
    # The half-year's total is the sum of its months': subtracting reports gives back only what the
    # months' own reports show, noise and all.
    assert int(half["contacts_total"]) == int(quarter["contacts_total"]) + int(april_may["contacts_total"])


def test_supporters_are_broken_down_by_year_and_site_at_ten_and_small_sites_pooled(
    world: World, activity: None
) -> None:
    report = program_report_context(world.program, FIRST, LAST)

    # Supporters are people across months, so each figure is one cell: moved by at most BOUND.
    by_year = {c.label: c.text for c in report["by_year"].cells}
    assert near(report["supporters_total"], 34, cells=len(by_year))
    assert near(by_year["Year 5"], 14, threshold=10) and near(by_year["Year 4"], 17, threshold=10)
    assert by_year["Year 1"] == "<10" and by_year["Not recorded"] == "<10"
    by_site = {c.label: c.text for c in report["by_site"].cells}
    assert list(by_site) == ["Dubbo Base Hospital", "Westmead Hospital", "Other sites", "Not recorded"]
    assert near(by_site["Dubbo Base Hospital"], 14, threshold=10)
    assert near(by_site["Westmead Hospital"], 17, threshold=10)
    assert by_site["Other sites"] == "<10" and by_site["Not recorded"] == "<10"


def test_sessions_pauses_and_roster_coverage(world: World, activity: None) -> None:
    report = program_report_context(world.program, FIRST, LAST)

    assert near(report["sessions_total"], 9, cells=2)
    kinds = texts(report["by_kind"])
    assert near(kinds[0], 8) and kinds[1] == "<5"
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
    assert "<5" in text and "<10" in text
    assert "moved by a small fixed amount of noise" in text
    march = program_report_context(world.program, FIRST, LAST)["by_month"].cells[2].text
    assert f"Mar 2026 {march}" in text
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
    ("first", "last", "errors"),
    [
        (date(2026, 6, 1), date(2026, 1, 31), {"to": ["The end of the range cannot be before its start."]}),
        (date(2023, 1, 1), date(2025, 1, 31), {"to": ["The range cannot be longer than two years."]}),
        # The audit's attack: two ranges a day apart, neither of whole months.
        (
            date(2026, 9, 1),
            date(2026, 11, 3),
            {"to": ["A report ends on the last day of a month (for example 2026-03-31)."]},
        ),
        (
            date(2026, 9, 2),
            date(2026, 11, 30),
            {"from": ["A report starts on the first day of a month (for example 2026-03-01)."]},
        ),
    ],
)
def test_a_period_that_is_not_whole_months_is_refused_naming_the_field(
    world: World, first: date, last: date, errors: dict[str, list[str]]
) -> None:
    with pytest.raises(ValidationError) as refused:
        program_report_context(world.program, first, last)
    assert refused.value.message_dict == errors
    assert not AuditEvent.objects.filter(action=AuditAction.EXPORT).exists()


def test_a_month_not_yet_ended_is_refused(world: World) -> None:
    this_month = world.program.today().replace(day=1)
    end = this_month + relativedelta(months=1) - timedelta(days=1)
    with pytest.raises(ValidationError) as refused:
        program_report_context(world.program, this_month, end)
    latest = this_month - timedelta(days=1)
    assert refused.value.message_dict == {
        "to": [f"A report covers only months that have ended: end it by {latest}."]
    }


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
    # Contacts, their concerns, their actions, supporters, sessions, pauses, roster coverage, the
    # runway's supporters per month, intake pipeline and settings, and its supporters' terms (to perturb).
    assert len(small.captured_queries) == len(large.captured_queries) == 11


def test_the_presets_are_whole_months_that_have_ended() -> None:
    assert presets(date(2026, 11, 25)) == [
        ("Last month", date(2026, 10, 1), date(2026, 10, 31)),
        ("Last quarter", date(2026, 7, 1), date(2026, 9, 30)),
        ("Last half-year", date(2026, 1, 1), date(2026, 6, 30)),
        ("The last 12 months", date(2025, 11, 1), date(2026, 10, 31)),
    ]
    assert presets(date(2026, 1, 1)) == [
        ("Last month", date(2025, 12, 1), date(2025, 12, 31)),
        ("Last quarter", date(2025, 10, 1), date(2025, 12, 31)),
        ("Last half-year", date(2025, 7, 1), date(2025, 12, 31)),
        ("The last 12 months", date(2025, 1, 1), date(2025, 12, 31)),
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


def test_the_pdf_refuses_the_audits_day_apart_ranges_naming_the_field(world: World, client_for) -> None:
    for last in ("2026-11-03", "2026-11-04"):
        response = client_for("sponsor").get(pdf_url(world, "2026-09-01", last))
        assert response.status_code == 400
        assert "To: A report ends on the last day of a month" in response.content.decode()
    assert not AuditEvent.objects.filter(action=AuditAction.EXPORT).exists()


@pytest.mark.parametrize(
    ("first", "last", "message"),
    [
        ("2026-06-01", "2026-01-31", "To: The end of the range cannot be before its start."),
        ("2023-01-01", "2025-03-31", "To: The range cannot be longer than two years."),
        ("2026-01-05", "2026-03-31", "From: A report starts on the first day of a month"),
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


def test_the_runway_month_is_read_from_the_printed_figures_not_the_true_ones(world: World) -> None:
    # Twelve supporters leaving one by one: the printed months fall through the minimum.
    today = world.program.today()
    for n in range(12):
        MembershipFactory(
            program=world.program,
            user=UserFactory(username=f"leaving{n}"),
            term_start=date(2024, 1, 1),
            expected_end=today.replace(day=1) + relativedelta(months=n + 1),
        )
    report = program_report_context(world.program, FIRST, LAST)
    minimum = report["runway"].minimum
    first_below = next(
        n for n, cell in enumerate(report["runway_cells"]) if cell.count is None or cell.count < minimum
    )
    assert report["runway_month"].strftime("%b %Y") == report["runway_cells"][first_below].label


def test_the_runway_step_when_an_intake_arrives_is_perturbed_not_the_exact_number_joining(
    world: World,
) -> None:
    # Twenty supporters who stay: only the arrivals change from month to month. Added after the
    # perturbation, the step where an intake arrives would be exactly the number joining, however small.
    for n in range(20):
        MembershipFactory(program=world.program, user=UserFactory(username=f"staying{n}"), expected_end=None)
    today = world.program.today()
    steps = {}
    for target in range(1, 7):
        Intake.objects.filter(program=world.program).delete()
        Intake.objects.create(
            program=world.program,
            name=f"Intake of {target}",
            opens_on=today,
            closes_on=today + timedelta(days=30),
            target=target,
        )
        report = program_report_context(world.program, FIRST, LAST)
        points, cells = report["runway"].points, report["runway_cells"]
        arrival = next(n for n, point in enumerate(points) if point.joining)
        steps[target] = cells[arrival].count - cells[arrival - 1].count
    assert any(step != target for target, step in steps.items()), steps
    assert all(abs(step - target) <= 2 * BOUND for target, step in steps.items()), steps
