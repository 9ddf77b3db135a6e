"""Training status as SQL expressions, so lists, rules and rosters never loop in Python."""

from __future__ import annotations

from datetime import date, timedelta

from django.db.models import Exists, OuterRef, QuerySet

from program.models import Membership, TrainingRecord, TrainingRequirement

EXPIRY_WARNING_DAYS = 30


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


def with_training_status(memberships: QuerySet[Membership], today: date) -> QuerySet[Membership]:
    """Annotate `training_missing` and `training_expiring` (booleans) on memberships."""
    return memberships.annotate(
        training_missing=missing_mandatory_training(today),
        training_expiring=mandatory_training_expiring(today),
    )
