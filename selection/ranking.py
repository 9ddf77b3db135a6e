"""Ranking an intake: weighted scores among applicants who pass every gate, disagreement flags,
and the selected cohort's spread (SPEC 4.2). Five queries whatever the number of applications."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db.models import Avg, Count, Max, Min

from selection.models import (
    Application,
    ApplicationStatus,
    Criterion,
    CriterionKind,
    Decision,
    GateResult,
    Intake,
    OfferResponse,
    Score,
)

DISAGREEMENT = 2  # reviewers differing by this much on a criterion are flagged


@dataclass
class CriterionResult:
    criterion: Criterion
    mean: float
    low: int
    high: int

    @property
    def disagreement(self) -> bool:
        return self.high - self.low >= DISAGREEMENT


@dataclass
class RankRow:
    application: Application
    reviews: int = 0
    results: list[CriterionResult] = field(default_factory=list)
    gates: dict[int, bool] = field(default_factory=dict)  # criterion id → met
    score: float | None = None  # weighted mean of criterion means, 1–5
    rank: int | None = None

    @property
    def disagreements(self) -> list[str]:
        return [r.criterion.name for r in self.results if r.disagreement]

    def gates_met(self, gate_ids: list[int]) -> bool:
        return all(self.gates.get(pk) is True for pk in gate_ids)

    def gates_failed(self, gate_ids: list[int]) -> bool:
        return any(self.gates.get(pk) is False for pk in gate_ids)


def rank(intake: Intake) -> list[RankRow]:
    """Rows for every submitted (or later) application: eligible ones ranked by weighted score first."""
    criteria = list(intake.criteria.all())
    scored = [c for c in criteria if c.kind == CriterionKind.SCORED]
    gate_ids = [c.pk for c in criteria if c.kind == CriterionKind.GATE]
    by_id = {c.pk: c for c in criteria}
    applications = list(
        Application.objects.filter(intake=intake)
        .exclude(status__in=[ApplicationStatus.DRAFT, ApplicationStatus.WITHDRAWN])
        .select_related("applicant")
        .order_by("pk")
    )
    rows = {a.pk: RankRow(a) for a in applications}

    valid = Score.objects.filter(
        review__application__intake=intake,
        review__submitted_at__isnull=False,
        review__conflict_declared_at__isnull=True,
    )
    for agg in (
        valid.order_by()
        .values("review__application_id", "criterion_id")
        .annotate(mean=Avg("score"), low=Min("score"), high=Max("score"))
    ):
        target = rows.get(agg["review__application_id"])
        if target is not None and agg["criterion_id"] in by_id:
            target.results.append(
                CriterionResult(by_id[agg["criterion_id"]], float(agg["mean"]), agg["low"], agg["high"])
            )
    for reviewed_id, n in (
        valid.order_by()
        .values("review__application_id")
        .annotate(n=Count("review_id", distinct=True))
        .values_list("review__application_id", "n")
    ):
        if reviewed_id in rows:
            rows[reviewed_id].reviews = n
    for application_id, criterion_id, met in GateResult.objects.filter(
        application__intake=intake
    ).values_list("application_id", "criterion_id", "met"):
        if application_id in rows:
            rows[application_id].gates[criterion_id] = met

    total_weight = sum(c.weight for c in scored) or 1
    for row in rows.values():
        row.results.sort(key=lambda r: r.criterion.order)
        means = {r.criterion.pk: r.mean for r in row.results}
        if row.reviews and all(c.pk in means for c in scored):
            row.score = sum(c.weight * means[c.pk] for c in scored) / total_weight

    def eligible(row: RankRow) -> bool:
        return row.score is not None and row.reviews >= intake.min_reviews and row.gates_met(gate_ids)

    ranked = sorted(
        (r for r in rows.values() if eligible(r)), key=lambda r: (-(r.score or 0), r.application.pk)
    )
    for position, row in enumerate(ranked, 1):
        row.rank = position
    others = sorted((r for r in rows.values() if not eligible(r)), key=lambda r: r.application.pk)
    return ranked + others


@dataclass
class CohortSpread:
    target: int
    selected: int
    by_year: list[tuple[str, int]]
    by_site: list[tuple[str, int]]
    sites_without: list[str]


def cohort_spread(intake: Intake, rows: list[RankRow]) -> CohortSpread:
    """Offers (not declined) by year level and clinical site, and the sites applicants came from
    that no offer reaches yet — so isolated students on every placement have a supporter."""
    chosen = [
        r.application
        for r in rows
        if r.application.decision == Decision.OFFER and r.application.offer_response != OfferResponse.DECLINED
    ]
    years = Counter(f"Year {a.year_level}" if a.year_level else "Unknown" for a in chosen)
    sites = Counter(a.clinical_site or "Unknown" for a in chosen)
    applicant_sites = {r.application.clinical_site for r in rows if r.application.clinical_site}
    return CohortSpread(
        target=intake.target,
        selected=len(chosen),
        by_year=sorted(years.items()),
        by_site=sorted(sites.items()),
        sites_without=sorted(applicant_sites - set(sites)),
    )


def criterion_scores_by_reviewer(application: Application) -> dict[int, list[Score]]:
    """Submitted scores of an application grouped by criterion (for the “why this person” page)."""
    grouped: dict[int, list[Score]] = defaultdict(list)
    for score in Score.objects.filter(
        review__application=application,
        review__submitted_at__isnull=False,
        review__conflict_declared_at__isnull=True,
    ).select_related("review__reviewer", "criterion"):
        grouped[score.criterion_id].append(score)
    return grouped
