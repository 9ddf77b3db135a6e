"""The demo shows succession planning at work: one key role at risk, a stale document, a runway that
dips when the final-year cohort graduates — and seeding twice changes nothing."""

from __future__ import annotations

import io

import pytest
from dateutil.relativedelta import relativedelta
from django.core.management import call_command

from program.models import Program
from succession import continuity
from succession.models import Document, KeyRole, KeyRoleHolder, Successor

pytestmark = pytest.mark.django_db


def test_the_demo_has_a_role_at_risk_a_stale_document_and_a_dipping_runway() -> None:
    for _ in range(2):
        call_command("seed_demo", "--force", stdout=io.StringIO())
    program = Program.objects.get(name="WPU Medical Student Peer Support")
    assert KeyRole.objects.filter(program=program).count() == 5
    assert Document.objects.filter(program=program).count() == 5

    assessed = continuity.assess(program)
    today = program.today()
    [at_risk] = assessed.at_risk
    assert at_risk.role.name == "Student lead"
    [holder] = at_risk.holders
    assert holder.membership.user.username == "priya.das"
    leaves = continuity.leaves_on(holder)
    assert leaves is not None and today + relativedelta(months=3) < leaves <= today + relativedelta(months=5)
    assert not Successor.objects.filter(key_role=at_risk.role, readiness="ready_now").exists()
    assert [d.title for d in assessed.stale_documents] == ["Referral pathways"]

    # The runway holds until the final years leave, then dips below the minimum.
    runway = assessed.runway
    assert runway.runway_month is not None
    before = [p for p in runway.points if p.month < runway.runway_month]
    assert before and all(not p.below_minimum for p in before)
    assert runway.runway_month > leaves >= runway.runway_month - relativedelta(months=1)
    assert runway.recommended_intake_opens is not None and runway.recommended_intake_opens >= today
    assert 0 < assessed.score < 100
    assert KeyRoleHolder.objects.filter(key_role__program=program, ended_on__isnull=True).count() == 6
