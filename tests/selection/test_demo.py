"""The demo shows selection with every state: seeded twice, it is the same intake."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from program.models import AuditEvent
from selection import ranking
from selection.models import Application, ApplicationStatus, Decision, Intake, Review

pytestmark = pytest.mark.django_db


def test_the_demo_intake_has_applications_in_every_state_and_seeds_once() -> None:
    for _ in range(2):
        call_command("seed_demo", "--force", stdout=io.StringIO())

    intake = Intake.objects.get()
    applications = Application.objects.filter(intake=intake)
    assert applications.count() == 12
    assert set(applications.values_list("status", flat=True)) == set(ApplicationStatus.values)
    assert applications.get(applicant__username="applicant").status == ApplicationStatus.DRAFT
    assert set(applications.exclude(decision="").values_list("decision", flat=True)) == set(Decision.values)
    offer = applications.get(decision=Decision.OFFER)
    assert offer.offer_response == "" and offer.decision_reason
    assert Review.objects.filter(application__intake=intake, conflict_declared_at__isnull=False).count() == 1
    rows = ranking.rank(intake)
    assert [row.application.applicant.username for row in rows if row.disagreements] == ["hana.takahashi"]
    assert "Broken Hill Base Hospital" not in ranking.cohort_spread(intake, rows).sites_without
    # Past events are not re-stamped as today's in the append-only audit trail.
    assert not AuditEvent.objects.filter(object_type__startswith="selection.").exists()
