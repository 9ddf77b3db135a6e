"""Succession in Chromium (the succession-planning issue): the coordinator opens the continuity
dashboard, sees the student lead at risk (the demo's Priya Das graduates in about four months with
nobody ready), nominates a successor who is ready now, watches the score go up, and downloads the
handover pack, whose text holds every section."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from program.models import CURRENT_STATUSES, Membership, Role
from succession.handover_pack import SECTIONS
from succession.models import KeyRole, Readiness, Successor

pytestmark = pytest.mark.browser


def nominee_for(role: KeyRole) -> Membership:
    """A current supporter who neither holds the role nor is nominated for it yet."""
    taken = [
        *role.holders.values_list("membership", flat=True),
        *role.successors.values_list("membership", flat=True),
    ]
    found = (
        Membership.objects.filter(program=role.program, role=Role.SUPPORTER, status__in=CURRENT_STATUSES)
        .exclude(pk__in=taken)
        .select_related("user")
        .order_by("pk")
        .first()
    )
    assert found is not None, "the demo has no supporter left to nominate"
    return found


def test_the_coordinator_plans_the_student_leads_succession_and_downloads_the_pack(demo, page, sign_in):
    student_lead = KeyRole.objects.get(program=demo, name="Student lead")
    nominee = nominee_for(student_lead)

    sign_in(page, "coordinator")
    page.get_by_role("link", name="Continuity").first.click()
    expect(page.get_by_role("heading", name="Continuity score")).to_be_visible()
    score = page.get_by_test_id("continuity-score")
    before = int(score.inner_text())
    at_risk = page.get_by_test_id("at-risk-role")
    expect(at_risk.filter(has_text="Student lead")).to_contain_text("no successor ready")

    page.get_by_role("link", name="Plan succession for Student lead").click()
    expect(page.get_by_role("heading", name="Student lead", exact=True)).to_be_visible()
    page.get_by_label(re.compile(r"^Successor\b")).select_option(label=f"{nominee.display_name} (Supporter)")
    page.get_by_label("Ready now").check()
    page.get_by_role("button", name="Nominate", exact=True).click()
    expect(page.get_by_role("status")).to_contain_text(f"{nominee.display_name} nominated for Student lead")
    assert Successor.objects.get(key_role=student_lead, membership=nominee).readiness == Readiness.READY_NOW

    page.get_by_role("link", name="Continuity dashboard").click()
    expect(page.get_by_role("heading", name="Continuity score")).to_be_visible()
    after = int(page.get_by_test_id("continuity-score").inner_text())
    assert after > before
    expect(page.get_by_test_id("at-risk-role").filter(has_text="Student lead")).to_have_count(0)

    with page.expect_download() as download:
        page.get_by_role("link", name="Download the handover pack (PDF)").click()
    pdf = Path(download.value.path()).read_bytes()
    assert download.value.suggested_filename.startswith("handover-pack-")
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(" ".join(p.extract_text() or "" for p in reader.pages).split())
    for title in SECTIONS:
        assert title in text, title
    assert "Student lead" in text and nominee.display_name in text and "Ready now" in text
