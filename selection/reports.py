"""An intake's selection report (PDF, WeasyPrint) and its ranking as CSV.

Both carry the rubric's results and decisions — never the applicants' wellbeing declarations
or the names of reviewers. Generating either is audited as an export.
"""

from __future__ import annotations

import csv
import io

from django.contrib.auth.models import User
from django.template.loader import render_to_string
from weasyprint import HTML

from program import audit
from program.models import AuditAction
from selection.models import Decision, Intake
from selection.ranking import RankRow, cohort_spread, rank

CSV_HEADER = [
    "rank",
    "application_id",
    "year_level",
    "clinical_site",
    "reviews",
    "score",
    "disagreement",
    "decision",
]


def _decision(row: RankRow) -> str:
    application = row.application
    if not application.decision:
        return ""
    label = Decision(application.decision).label.lower()
    return (
        f"{label} ({application.get_offer_response_display().lower()})"
        if application.offer_response
        else label
    )


def ranking_csv(intake: Intake, *, by: User) -> str:
    """The ranking, one row per submitted application, without names."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_HEADER)
    for row in rank(intake):
        application = row.application
        writer.writerow(
            [
                row.rank or "",
                application.pk,
                application.year_level or "",
                application.clinical_site,
                row.reviews,
                f"{row.score:.2f}" if row.score is not None else "",
                "; ".join(row.disagreements),
                _decision(row),
            ]
        )
    audit.record(by, AuditAction.EXPORT, intake, program=intake.program, summary="ranking CSV")
    return buffer.getvalue()


def intake_report(intake: Intake, *, by: User) -> bytes:
    """The selection report: rubric, ranking, decisions with their reasons, and the cohort's spread."""
    rows = rank(intake)
    criteria = list(intake.criteria.all())
    gate_ids = [c.pk for c in criteria if c.is_gate]
    audit.record(by, AuditAction.EXPORT, intake, program=intake.program, summary="selection report PDF")
    html = render_to_string(
        "selection/report.html",
        {
            "intake": intake,
            "program": intake.program,
            "today": intake.program.today(),
            "criteria": criteria,
            "rows": [(row, row.gates_met(gate_ids), _decision(row)) for row in rows],
            "decided": [row for row in rows if row.application.decision],
            "spread": cohort_spread(intake, rows),
        },
    )
    return HTML(string=html).write_pdf()
