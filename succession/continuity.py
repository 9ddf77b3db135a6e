"""Continuity risks and the 0–100 continuity score (SPEC 4.4), with the parts it is made of.

Five parts, each worth a share of 100 and scored by how much of the program is free of the risk:

- single holders (30): key roles with at most one holder and no successor ready now;
- concentration (15): key roles whose holder holds another key role too;
- departures (25): key roles whose holder leaves within 6 months (term end or graduation) with no
  successor ready by then (now or within 6 months);
- stale documents (10): knowledge-base documents not reviewed in 12 months;
- runway (20): lost when the runway is shorter than the selection-plus-training lead time.

A program with no key roles (or no documents) scores nothing for those parts: an unrecorded risk is
not an absent one. A fixed number of queries whatever the program's size.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from dateutil.relativedelta import relativedelta
from django.db.models import Prefetch, QuerySet

from program import dates
from program.models import Program
from succession.models import READINESS_RANK, Document, KeyRole, KeyRoleHolder, Readiness, Successor
from succession.runway import Runway, forecast

WEIGHTS = {"single_holder": 30, "concentration": 15, "departures": 25, "stale_documents": 10, "runway": 20}
LABELS = {
    "single_holder": "Roles with one holder and no ready successor",
    "concentration": "Roles held by someone who holds another",
    "departures": "Holders leaving within 6 months with no successor ready",
    "stale_documents": "Documents not reviewed in 12 months",
    "runway": "Runway longer than the intake lead time",
}
READY_BY_DEPARTURE = (Readiness.READY_NOW, Readiness.WITHIN_6_MONTHS)


@dataclass
class RoleRisk:
    role: KeyRole
    holders: list[KeyRoleHolder]
    successors: list[Successor]
    single_holder: bool = False
    concentrated: bool = False
    leaving: list[KeyRoleHolder] = field(default_factory=list)  # holders leaving within 6 months, unreplaced

    @property
    def at_risk(self) -> bool:
        return self.single_holder or self.concentrated or bool(self.leaving)

    @property
    def reasons(self) -> list[str]:
        found = []
        if not self.holders:
            found.append("nobody holds it")
        elif self.single_holder:
            found.append("one holder and no successor ready now")
        if self.concentrated:
            found.append("its holder holds another key role")
        for holder in self.leaving:
            name, day = holder.membership.display_name, leaves_on(holder)
            when = dates.day(day) if day is not None else "an unset date"  # leaving implies a date; be safe
            found.append(f"{name} leaves on {when} with no successor ready")
        return found


@dataclass(frozen=True)
class Component:
    key: str
    label: str
    points: float
    weight: int
    detail: str


@dataclass
class Continuity:
    program: Program
    today: date
    roles: list[RoleRisk]
    documents: list[Document]
    stale_documents: list[Document]
    runway: Runway
    components: list[Component]

    @property
    def score(self) -> int:
        return round(sum(component.points for component in self.components))

    @property
    def at_risk(self) -> list[RoleRisk]:
        return [risk for risk in self.roles if risk.at_risk]


def leaves_on(holder: KeyRoleHolder) -> date | None:
    """When the holder is due to stop: the earlier of their term's end and their membership's end."""
    ends = [d for d in (holder.term_ends_on, holder.membership.expected_end) if d is not None]
    return min(ends) if ends else None


def stale_before(today: date) -> date:
    return today - relativedelta(months=12)


def key_roles_with_people(program: Program) -> QuerySet[KeyRole]:
    """The program's key roles with current holders and successors (and their people) prefetched."""
    return KeyRole.objects.filter(program=program).prefetch_related(
        Prefetch(
            "holders",
            queryset=KeyRoleHolder.objects.filter(ended_on__isnull=True).select_related("membership__user"),
            to_attr="current_holders",
        ),
        Prefetch(
            "successors",
            queryset=Successor.objects.select_related("membership__user")
            .prefetch_related("actions")
            .order_by("key_role", READINESS_RANK, "pk"),
            to_attr="nominees",
        ),
    )


def assess(program: Program, today: date | None = None) -> Continuity:
    """Risks, stale documents, the runway and the score for one program."""
    today = today or program.today()
    roles = list(key_roles_with_people(program))
    held = Counter(h.membership_id for role in roles for h in role.current_holders)  # type: ignore[attr-defined]
    horizon = today + relativedelta(months=6)
    risks = []
    for role in roles:
        holders: list[KeyRoleHolder] = role.current_holders  # type: ignore[attr-defined]
        successors: list[Successor] = role.nominees  # type: ignore[attr-defined]
        ready_now = any(s.readiness == Readiness.READY_NOW for s in successors)
        ready_soon = any(s.readiness in READY_BY_DEPARTURE for s in successors)
        risk = RoleRisk(role, holders, successors)
        risk.single_holder = len(holders) <= 1 and not ready_now
        risk.concentrated = any(held[h.membership_id] >= 2 for h in holders)
        if not ready_soon:
            risk.leaving = [h for h in holders if (end := leaves_on(h)) is not None and end <= horizon]
        risks.append(risk)
    documents = list(Document.objects.filter(program=program).select_related("owner__user"))
    stale = [d for d in documents if d.last_reviewed_on < stale_before(today)]
    runway = forecast(program, today)
    return Continuity(
        program, today, risks, documents, stale, runway, _components(risks, documents, stale, runway)
    )


def _share_free(at_risk: int, total: int) -> float:
    return 0.0 if total == 0 else 1 - at_risk / total


def _components(
    risks: list[RoleRisk], documents: list[Document], stale: list[Document], runway: Runway
) -> list[Component]:
    n = len(risks)
    single = sum(r.single_holder for r in risks)
    concentrated = sum(r.concentrated for r in risks)
    leaving = sum(bool(r.leaving) for r in risks)
    no_roles = "no key roles recorded"
    if runway.runway_month is None:
        runway_detail = "no month below the minimum in the next 24 months"
    else:
        runway_detail = (
            f"below the minimum from {dates.month(runway.runway_month)}; lead time {runway.lead_weeks} weeks"
        )
    return [
        Component(
            "single_holder",
            LABELS["single_holder"],
            WEIGHTS["single_holder"] * _share_free(single, n),
            WEIGHTS["single_holder"],
            f"{single} of {n} roles" if n else no_roles,
        ),
        Component(
            "concentration",
            LABELS["concentration"],
            WEIGHTS["concentration"] * _share_free(concentrated, n),
            WEIGHTS["concentration"],
            f"{concentrated} of {n} roles" if n else no_roles,
        ),
        Component(
            "departures",
            LABELS["departures"],
            WEIGHTS["departures"] * _share_free(leaving, n),
            WEIGHTS["departures"],
            f"{leaving} of {n} roles" if n else no_roles,
        ),
        Component(
            "stale_documents",
            LABELS["stale_documents"],
            WEIGHTS["stale_documents"] * _share_free(len(stale), len(documents)),
            WEIGHTS["stale_documents"],
            f"{len(stale)} of {len(documents)} documents"
            if documents
            else "no documents in the knowledge base",
        ),
        Component(
            "runway",
            LABELS["runway"],
            0.0 if runway.shorter_than_lead_time else float(WEIGHTS["runway"]),
            WEIGHTS["runway"],
            runway_detail,
        ),
    ]
