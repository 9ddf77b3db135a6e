"""The runway forecast (SPEC 4.4): active supporters per month for the next 24 months, against the
program's minimum. Paused supporters are counted beside them but not towards the minimum, as on the
home pages, so the runway's first month and the dashboards give the same figures.

Supporters leave at their memberships' expected ends (graduations) and join from the intake pipeline:
an intake still open brings its target (less the offers already accepted, who are supporters by then)
once selection and training are done; an intake already closed brings the offers still awaiting an
answer once they are trained. The first month below the minimum is the runway; the recommended date
to open the next intake is that month less the selection-plus-training lead time.

Three queries whatever the program's size: the supporters still on the books in each month (one
conditional count per month, in SQL), the intake pipeline, and the program's settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from django.db.models import Count, Exists, OuterRef, Q, QuerySet

from program.models import CURRENT_STATUSES, Membership, MembershipStatus, Program, Role
from selection.models import Application, Decision, Intake, OfferResponse
from succession.services import continuity_settings

MONTHS = 24


@dataclass(frozen=True)
class RunwayPoint:
    month: date  # the first day of the month
    supporters: int  # active supporters whose term covers the month
    joining: int  # expected from the intake pipeline by then
    minimum: int
    # Paused supporters whose term covers the month: shown beside the others but not counted towards
    # the minimum, as on the coordinator's home page ("N active supporters", "N paused"), so the two
    # agree; a paused supporter who resumes is counted again from the next forecast.
    paused: int = 0

    @property
    def total(self) -> int:
        return self.supporters + self.joining

    @property
    def below_minimum(self) -> bool:
        return self.total < self.minimum


@dataclass(frozen=True)
class Runway:
    points: list[RunwayPoint]
    minimum: int
    lead_weeks: int
    today: date
    # The first month below the minimum (None: not within 24 months).
    runway_month: date | None
    # When to open the next intake so new supporters are ready by then (never before today).
    recommended_intake_opens: date | None

    @property
    def months(self) -> int | None:
        """Whole months from this month to the runway month."""
        if self.runway_month is None:
            return None
        first = self.points[0].month
        return (self.runway_month.year - first.year) * 12 + self.runway_month.month - first.month

    @property
    def shorter_than_lead_time(self) -> bool:
        """Too late to bring a new cohort on before the program falls below its minimum."""
        return (
            self.runway_month is not None
            and self.runway_month - timedelta(weeks=self.lead_weeks) < self.today
        )


def months_from(today: date, count: int = MONTHS) -> list[date]:
    first = today.replace(day=1)
    return [first + relativedelta(months=n) for n in range(count)]


def supporters_on_the_books(program: Program) -> QuerySet[Membership]:
    return Membership.objects.filter(program=program, role=Role.SUPPORTER, status__in=CURRENT_STATUSES)


def forecast(program: Program, today: date | None = None) -> Runway:
    """The next 24 months of the program's supporters, the runway and the recommended intake date."""
    today = today or program.today()
    months = months_from(today)
    # Each month is measured on its first day; the current month today.
    days = [today, *months[1:]]
    covers = [
        Q(term_start__lte=day) & (Q(expected_end__isnull=True) | Q(expected_end__gte=day)) for day in days
    ]
    counts = supporters_on_the_books(program).aggregate(
        **{
            f"m{n}": Count("id", filter=cover & Q(status=MembershipStatus.ACTIVE))
            for n, cover in enumerate(covers)
        },
        **{
            f"p{n}": Count("id", filter=cover & Q(status=MembershipStatus.PAUSED))
            for n, cover in enumerate(covers)
        },
    )
    settings = continuity_settings(program)
    training = timedelta(weeks=settings.training_weeks)
    selection = timedelta(weeks=settings.selection_weeks)
    arrivals: list[tuple[date, int]] = []
    awaiting_answer = Application.objects.filter(
        intake=OuterRef("pk"), decision=Decision.OFFER, offer_response=""
    )
    for intake in (
        Intake.objects.filter(program=program)
        .filter(Q(closes_on__gte=today) | Exists(awaiting_answer))
        .annotate(
            accepted=Count(
                "applications",
                filter=Q(
                    applications__decision=Decision.OFFER, applications__offer_response=OfferResponse.ACCEPTED
                ),
            ),
            awaiting=Count(
                "applications",
                filter=Q(applications__decision=Decision.OFFER, applications__offer_response=""),
            ),
        )
    ):
        if intake.closes_on >= today:
            ready = max(intake.closes_on, intake.opens_on + selection) + training
            arrivals.append((ready, max(intake.target - intake.accepted, 0)))
        elif intake.awaiting:
            arrivals.append((today + training, intake.awaiting))
    minimum = program.min_active_supporters
    points = [
        RunwayPoint(
            month=month,
            supporters=counts[f"m{n}"],
            joining=sum(number for ready, number in arrivals if ready <= days[n]),
            minimum=minimum,
            paused=counts[f"p{n}"],
        )
        for n, month in enumerate(months)
    ]
    runway_month = next((point.month for point in points if point.below_minimum), None)
    recommended = None
    if runway_month is not None:
        recommended = max(runway_month - timedelta(weeks=settings.lead_weeks), today)
    return Runway(points, minimum, settings.lead_weeks, today, runway_month, recommended)
