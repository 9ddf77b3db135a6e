"""Demo data for succession planning.

The program's final-year cohort — five supporters led by Priya Das, the student lead — graduates in
about four months. Priya's role has no successor ready (Anika is "within 12 months", shadowing her),
so it shows as at risk; the other key roles are safe (two holders, or a successor ready now). The
program wants ten supporters on its books: the open intake brings four by the time the cohort
leaves, not enough, so the runway dips the month after graduation. One knowledge-base document was
last reviewed fourteen months ago. Deterministic, and skipped where the program has key roles.
"""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from django.contrib.auth import get_user_model

from program.models import (
    Membership,
    Program,
    Role,
    SupervisorAssignment,
    TrainingModule,
    TrainingRecord,
)
from succession import services
from succession.models import (
    ChecklistItem,
    ContinuitySettings,
    DevelopmentAction,
    Document,
    DocumentVersion,
    Handover,
    HandoverTask,
    KeyRole,
    KeyRoleHolder,
    KeyRoleKind,
    Readiness,
    Successor,
)
from supervision.models import SessionKind, SupervisionSession

FINAL_YEARS = (
    ("priya.das", "Priya", "Das", "Westmead Hospital"),
    ("liam.obrien", "Liam", "O'Brien", "Orange Rural Clinical School"),
    ("mei.chen", "Mei", "Chen", "Blacktown Hospital"),
    ("kwame.mensah", "Kwame", "Mensah", "Liverpool Hospital"),
    ("sofia.rossi", "Sofia", "Rossi", "Campbelltown Hospital"),
)
MINIMUM_SUPPORTERS = 8

DOCUMENTS = (
    # title, kind, owner, months since review, versions
    ("Peer supporter handbook", "handbook", "coordinator", 3, 2),
    ("Referral pathways", "referral_pathways", "supervisor", 14, 1),
    ("Selection rubric and guidance", "selection_rubric", "coordinator", 5, 1),
    ("Mental health first aid refresher notes", "training", "supervisor4", 7, 1),
    ("Local contacts and after-hours numbers", "local_contacts", "supervisor2", 2, 1),
)


def seed(program: Program, members: dict[str, Membership], today: date) -> None:
    if KeyRole.objects.filter(program=program).exists():
        return
    graduation = (
        (today + relativedelta(months=4)).replace(day=1) + relativedelta(months=1) - timedelta(days=1)
    )
    final_years = _final_year_cohort(program, members, today, graduation)
    Program.objects.filter(pk=program.pk).update(min_active_supporters=MINIMUM_SUPPORTERS)
    ContinuitySettings.objects.get_or_create(
        program=program, defaults={"selection_weeks": 8, "training_weeks": 8}
    )

    roles = {role.kind: role for role in services.ensure_default_key_roles(program)}
    coordinator = members["coordinator"].user
    two_years = today + relativedelta(years=2)

    def hold(kind: str, username: str, started_months_ago: int, term_ends: date | None) -> None:
        member = members.get(username) or final_years[username]
        KeyRoleHolder.objects.create(
            key_role=roles[kind],
            membership=member,
            starts_on=today - relativedelta(months=started_months_ago),
            term_ends_on=term_ends,
        )

    def nominate(kind: str, username: str, readiness: str, notes: str = "") -> Successor:
        return Successor.objects.create(
            key_role=roles[kind],
            membership=members[username],
            readiness=readiness,
            notes=notes,
            nominated_by=coordinator,
        )

    hold(KeyRoleKind.COORDINATOR, "coordinator", 30, two_years)
    nominate(KeyRoleKind.COORDINATOR, "supervisor2", Readiness.READY_NOW, "Acting coordinator last winter.")
    hold(KeyRoleKind.LEAD_SUPERVISOR, "supervisor", 24, two_years)
    nominate(KeyRoleKind.LEAD_SUPERVISOR, "supervisor3", Readiness.READY_NOW)
    hold(KeyRoleKind.TRAINING_LEAD, "supervisor4", 18, two_years)
    hold(KeyRoleKind.TRAINING_LEAD, "supervisor5", 6, two_years)
    hold(KeyRoleKind.ROSTER_LEAD, "supervisor3", 12, two_years)
    nominate(KeyRoleKind.ROSTER_LEAD, "supervisor5", Readiness.READY_NOW)
    # The role at risk: its only holder graduates in four months and nobody is ready to take over.
    hold(KeyRoleKind.STUDENT_LEAD, "priya.das", 10, graduation)
    anika = nominate(
        KeyRoleKind.STUDENT_LEAD,
        "supporter",
        Readiness.WITHIN_12_MONTHS,
        "Keen; needs a term of shadowing first.",
    )
    DevelopmentAction.objects.create(
        successor=anika,
        kind="shadowing",
        description="Shadow Priya at two year-group meetings",
        due_on=today + timedelta(days=30),
    )
    DevelopmentAction.objects.create(
        successor=anika,
        kind="training",
        description="Complete the reaching isolated students module",
        due_on=today + timedelta(days=60),
    )
    nominate(KeyRoleKind.STUDENT_LEAD, "supporter2", Readiness.LATER)

    # The student lead's handover has begun: one task of three done.
    handover = Handover.objects.create(
        key_role=roles[KeyRoleKind.STUDENT_LEAD],
        from_membership=final_years["priya.das"],
        to_membership=members["supporter"],
        started_by=coordinator,
    )
    tasks = HandoverTask.objects.bulk_create(
        HandoverTask(handover=handover, order=item.order, text=item.text)
        for item in ChecklistItem.objects.filter(key_role=roles[KeyRoleKind.STUDENT_LEAD])
    )
    HandoverTask.objects.filter(pk=tasks[0].pk).update(done_at=handover.started_at, done_by=coordinator)

    for title, kind, owner, months, versions in DOCUMENTS:
        document = Document.objects.create(
            program=program,
            title=title,
            kind=kind,
            owner=members[owner],
            last_reviewed_on=today - relativedelta(months=months),
        )
        for number in range(1, versions + 1):
            text = (
                f"# {title}\n\nVersion {number}. Kept by the program's {owner.rstrip('0123456789')}.\n"
                "Read with the referral directory in the app; local numbers change — check them each term.\n"
            ).encode()
            DocumentVersion.objects.create(
                document=document,
                number=number,
                filename=f"{kind.replace('_', '-')}.md",
                content_type="text/markdown",
                size=len(text),
                content=text,
                note="First version" if number == 1 else "Updated escalation steps",
                uploaded_by=members[owner].user,
            )


def _final_year_cohort(
    program: Program, members: dict[str, Membership], today: date, graduation: date
) -> dict[str, Membership]:
    """Five final-year supporters, trained, supervised and seen recently, so no pause rule stops them."""
    password = members["coordinator"].user.password  # the demo password's hash
    user_model = get_user_model()
    cohort: dict[str, Membership] = {}
    for username, first, last, site in FINAL_YEARS:
        user, _ = user_model.objects.get_or_create(
            username=username,
            defaults={
                "first_name": first,
                "last_name": last,
                "email": f"{username}@example.edu",
                "password": password,
            },
        )
        cohort[username], _ = Membership.objects.get_or_create(
            user=user,
            program=program,
            role=Role.SUPPORTER,
            defaults={
                "term_start": today - relativedelta(months=20),
                "expected_end": graduation,
                "year_level": 6,
                "clinical_site": site,
            },
        )
    for index, member in enumerate(cohort.values()):
        primary, backup = ("supervisor", "supervisor2") if index % 2 else ("supervisor2", "supervisor")
        SupervisorAssignment.objects.get_or_create(
            supporter=member,
            ended_on=None,
            defaults={
                "program": program,
                "supervisor": members[primary],
                "backup": members[backup],
                "started_on": member.term_start,
            },
        )
        for module in TrainingModule.objects.filter(program=program, requirements__role=Role.SUPPORTER):
            completed = today - relativedelta(months=6)
            TrainingRecord.objects.get_or_create(
                membership=member,
                module=module,
                completed_on=completed,
                defaults={"expires_on": module.expiry_for(completed)},
            )
    session = SupervisionSession.objects.create(
        program=program,
        supervisor=members["supervisor"],
        kind=SessionKind.GROUP,
        held_on=today - timedelta(days=6),
        next_due=today - timedelta(days=6) + timedelta(days=program.supervision_interval_days),
    )
    session.supporters.set(cohort.values())
    return cohort
