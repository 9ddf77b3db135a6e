"""The handover pack PDF (SPEC 4.4, 4.6): everything a new coordinator needs to pick the program up —
key roles and holders, successors, handover checklists, the documents index, the runway chart and the
referral directory. Pages and the API call the same function; generating it is audited as an export.

It holds names and roles, never wellbeing data: successors' notes stay in the app.
"""

from __future__ import annotations

from collections import defaultdict

from django.contrib.auth.models import User
from django.db.models import Count, Max, Q
from django.template.loader import render_to_string
from weasyprint import HTML

from program import audit
from program.models import AuditAction, Program, ReferralService
from program.selectors import is_coordinator
from succession import charts, continuity
from succession.models import ChecklistItem, Document, Handover

# The section titles, in order (the template spells them out; tests read them back from the PDF).
SECTIONS = (
    "Key roles and holders",
    "Successors",
    "Handover checklists",
    "Documents",
    "Runway",
    "Referral directory",
)


def filename(program: Program) -> str:
    return f"handover-pack-{program.pk}-{program.today():%Y-%m-%d}.pdf"


def handover_pack_pdf(program: Program, *, by: User) -> bytes:
    """The program's handover pack, for its coordinators; anyone else gets Program.DoesNotExist (404)."""
    if not is_coordinator(by, program.pk):
        raise Program.DoesNotExist
    assessed = continuity.assess(program)
    checklists: dict[int, list[ChecklistItem]] = defaultdict(list)
    for item in ChecklistItem.objects.filter(key_role__program=program):
        checklists[item.key_role_id].append(item)
    open_handovers: dict[int, list[Handover]] = defaultdict(list)
    for handover in (
        Handover.objects.filter(key_role__program=program, completed_at__isnull=True)
        .select_related("to_membership__user", "from_membership__user")
        .annotate(total=Count("tasks"), done=Count("tasks", filter=Q(tasks__done_at__isnull=False)))
    ):
        open_handovers[handover.key_role_id].append(handover)
    stale = {document.pk for document in assessed.stale_documents}
    documents = (
        Document.objects.filter(program=program)
        .select_related("owner__user")
        .annotate(latest=Max("versions__number"))
        .order_by("kind", "title")
    )
    audit.record(by, AuditAction.EXPORT, program, program=program, summary="handover pack PDF")
    html = render_to_string(
        "succession/handover_pack.html",
        {
            "program": program,
            "today": assessed.today,
            "continuity": assessed,
            "roles": [
                (risk, checklists.get(risk.role.pk, []), open_handovers.get(risk.role.pk, []))
                for risk in assessed.roles
            ],
            "documents": [(document, document.pk in stale) for document in documents],
            "runway": assessed.runway,
            "runway_svg": charts.runway_chart(assessed.runway),
            "runway_summary": charts.runway_summary(assessed.runway),
            "services": ReferralService.objects.filter(program=program, is_active=True),
        },
    )
    return HTML(string=html).write_pdf()
