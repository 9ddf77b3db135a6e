"""Training status as SQL expressions, so lists, rules and rosters never loop in Python; and the rule
that gives a new member their mandatory training to do.

Only completions (`TrainingRecord`) make anyone trained. A `TrainingAssignment` is a to-do with a due
date: none of the expressions here read it, so an open assignment is "not trained" everywhere —
rosters, swaps, overrides, publishing and the training flags alike."""

from __future__ import annotations

from datetime import date, timedelta

from django.contrib.auth.models import User
from django.db.models import DateField, Exists, OuterRef, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce

from program import audit
from program.models import (
    AuditAction,
    Membership,
    TrainingAssignment,
    TrainingModule,
    TrainingRecord,
    TrainingRequirement,
)

EXPIRY_WARNING_DAYS = 30
# A new supporter's mandatory modules are due four weeks after they join: long enough to book a course,
# short enough that they are on the roster within their first month.
NEW_MEMBER_TRAINING_DUE_DAYS = 28


def missing_mandatory_training(today: date) -> Exists:
    """True for a membership lacking a valid completion of any module its role requires."""
    valid = TrainingRecord.objects.filter(
        membership=OuterRef(OuterRef("pk")), module=OuterRef("module"), expires_on__gt=today
    )
    unmet = TrainingRequirement.objects.filter(
        module__program=OuterRef("program"), role=OuterRef("role")
    ).filter(~Exists(valid))
    return Exists(unmet)


def mandatory_training_expiring(today: date) -> Exists:
    """True for a membership whose required training is valid today but expires within the warning period."""
    newer = TrainingRecord.objects.filter(
        membership=OuterRef("membership"), module=OuterRef("module"), expires_on__gt=OuterRef("expires_on")
    )
    expiring = TrainingRecord.objects.filter(
        membership=OuterRef("pk"),
        expires_on__gt=today,
        expires_on__lte=today + timedelta(days=EXPIRY_WARNING_DAYS),
        module__requirements__role=OuterRef("role"),
    ).filter(~Exists(newer))
    return Exists(expiring)


def mandatory_training_lapses_on() -> Subquery:
    """The first day a membership's required training no longer covers — the earliest, over the modules its
    role requires, of the latest expiry of its records of that module (`date.min` for a module never
    done) — or NULL where the role requires nothing. Required training is valid on day D when D is
    before this date: the same rule as `missing_mandatory_training`, for any day, not only today."""
    latest = (
        TrainingRecord.objects.filter(membership=OuterRef(OuterRef("pk")), module=OuterRef("module"))
        .order_by("-expires_on")
        .values("expires_on")[:1]
    )
    per_module = (
        TrainingRequirement.objects.filter(module__program=OuterRef("program"), role=OuterRef("role"))
        .annotate(lapses=Coalesce(Subquery(latest, output_field=DateField()), Value(date.min)))
        .order_by("lapses")
        .values("lapses")[:1]
    )
    return Subquery(per_module, output_field=DateField())


def training_lapses(memberships: QuerySet[Membership]) -> dict[int, date]:
    """Membership id → the first day its required training no longer covers (see
    `mandatory_training_lapses_on`), for those whose role requires any (one query)."""
    return {
        pk: lapses
        for pk, lapses in memberships.annotate(lapses=mandatory_training_lapses_on()).values_list(
            "pk", "lapses"
        )
        if lapses is not None
    }


def with_training_status(memberships: QuerySet[Membership], today: date) -> QuerySet[Membership]:
    """Annotate `training_missing` and `training_expiring` (booleans) on memberships."""
    return memberships.annotate(
        training_missing=missing_mandatory_training(today),
        training_expiring=mandatory_training_expiring(today),
    )


def assign_mandatory_training(membership: Membership, *, by: User) -> list[TrainingAssignment]:
    """Give a member a to-do, due `NEW_MEMBER_TRAINING_DUE_DAYS` after today on the program's calendar, for
    every module their role requires that they hold no valid completion of and have no open to-do for.
    Called inside the caller's transaction (accepting an offer), so the member and their to-dos are made
    together or not at all."""
    program = membership.program
    today = program.today()
    valid = TrainingRecord.objects.filter(membership=membership, module=OuterRef("pk"), expires_on__gt=today)
    open_todo = TrainingAssignment.objects.filter(
        membership=membership, module=OuterRef("pk"), completed_by__isnull=True
    )
    modules = (
        TrainingModule.objects.filter(program=program, requirements__role=membership.role)
        .filter(~Exists(valid), ~Exists(open_todo))
        .order_by("name")
    )
    due_on = today + timedelta(days=NEW_MEMBER_TRAINING_DUE_DAYS)
    assignments = TrainingAssignment.objects.bulk_create(
        [TrainingAssignment(membership=membership, module=module, due_on=due_on) for module in modules]
    )
    for assignment in assignments:
        audit.record(by, AuditAction.CREATE, assignment, program=program, summary="mandatory training to do")
    return assignments
