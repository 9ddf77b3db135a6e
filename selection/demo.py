"""Demo data for the selection module: an open intake with twelve applications in every state.

Abdul (`applicant`) has a complete draft waiting for him to confirm the role boundaries and submit.
Aisha's application was submitted yesterday; Liam's second review is overdue; Fatima waits for the
coordinator's review; Jack is reviewed and ready to decide; Hana's reviewers disagree on role
boundaries; Daniel's first reviewer declared a conflict of interest and was replaced; Grace (Broken
Hill) has an offer awaiting her answer; Lucas is waitlisted, Zara declined and Oliver withdrew.
Every applicant, and Tomás Reyes (`reviewer`), signs in with the demo password.

Drafts go through save_application; the rest is written directly, as the services would have left
it weeks ago: the audit trail is append-only and stamped "now", so audited services would record
today what happened in the past, and seeding must not send notification emails. Skipped once the
intake exists.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import timezone

from program.models import Membership, Notification, Program, Role
from program.notifications import notify
from selection import services
from selection.models import (
    Application,
    ApplicationStatus,
    Criterion,
    CriterionKind,
    Decision,
    GateResult,
    GateSource,
    Intake,
    Review,
    Score,
)

EXPERIENCE, ACCESSIBILITY, BOUNDARIES = range(3)  # the default rubric's scored criteria, in order

# What a reviewer writes for a score on each scored criterion (specific reviews override it).
RATIONALES: dict[int, dict[int, str]] = {
    EXPERIENCE: {
        5: "Accredited mental-health first aid and sustained peer mentoring, with concrete examples.",
        4: "Relevant training or a solid stretch of volunteering; the examples are specific.",
        3: "Some relevant experience, mostly informal; keen to do the training.",
        2: "Little experience yet and the answer stays general; training would start from scratch.",
    },
    ACCESSIBILITY: {
        5: "Several regular evening and weekend windows, on a placement that reaches students few others do.",
        4: "Reliable weekly windows and reachable on placement.",
        3: "One or two windows a week; exam blocks will limit availability.",
        2: "Very little time alongside other commitments.",
    },
    BOUNDARIES: {
        5: "Clear on listening, not counselling, on seeking case advice and referring, and on self-care.",
        4: "Understands referral and the limits of the role; motivated by peers' wellbeing.",
        3: "Knows to refer in a crisis but is less clear on everyday limits.",
        2: "Describes the role as counselling peers through crises; little on referral or self-care.",
    },
}


@dataclass
class DemoReview:
    reviewer: str  # a key of the intake's reviewers
    scores: tuple[int, int, int] | None = None  # submitted with these scores, or still pending
    days_ago: int = 0  # when it was submitted (or the conflict declared)
    conflict: bool = False
    assigned_days_ago: int | None = None  # a replacement's assignment; others are assigned on submission
    rationales: dict[int, str] = field(default_factory=dict)


@dataclass
class DemoApplication:
    username: str
    first: str
    last: str
    year: int
    site: str
    answers: tuple[str, str, str]
    windows: list[tuple[int, int, int]]  # weekday, start hour, end hour
    submitted_days_ago: int = 0
    reviews: list[DemoReview] = field(default_factory=list)
    academic_met: bool | None = None  # settled by the coordinator, or not yet
    decision: tuple[str, int, str] | None = None  # decision, criterion order, reason (decided 2 days ago)
    withdrawn_days_ago: int | None = None


APPLICANTS: tuple[DemoApplication, ...] = (
    DemoApplication(
        "aisha.rahman",
        "Aisha",
        "Rahman",
        3,
        "Westmead Hospital",
        (
            "I completed mental-health first aid last year and have been a residential college mentor for "
            "two years, meeting first-years weekly.",
            "Tuesday and Thursday evenings are free all year; my placement is at Westmead where many "
            "students rotate through.",
            "I would listen, help someone find the right service and bring anything risky to supervision. "
            "I want to give back the support I had in first year.",
        ),
        [(1, 18, 21), (3, 18, 21)],
        submitted_days_ago=1,
        reviews=[DemoReview("coordinator"), DemoReview("supervisor")],
    ),
    DemoApplication(
        "liam.oconnor",
        "Liam",
        "O'Connor",
        4,
        "Orange Health Service",
        (
            "I volunteered with a youth sport club for three years and did a suicide-prevention workshop "
            "at school.",
            "I am in Orange for the whole year and free most weekday evenings and Saturday mornings; "
            "students here have few people to talk to.",
            "Peer support is not therapy. I would refer early and look after myself by keeping my own "
            "routines. Isolation on placement hit me hard in third year.",
        ),
        [(0, 18, 21), (2, 18, 21), (5, 9, 12)],
        submitted_days_ago=17,
        reviews=[DemoReview("supervisor2", (3, 5, 4), days_ago=9), DemoReview("reviewer")],
    ),
    DemoApplication(
        "fatima.yusuf",
        "Fatima",
        "Yusuf",
        4,
        "Liverpool Hospital",
        (
            "Accredited mental-health first aider, two years as a Lifeline online chat volunteer and a "
            "peer mentor in my faith community.",
            "Wednesday evenings, plus Sunday afternoons outside exam blocks.",
            "I would listen without trying to fix, know the crisis lines by heart and debrief after hard "
            "conversations. Several friends struggled alone in clinical years; I want that to change.",
        ),
        [(2, 18, 21), (6, 13, 17)],
        submitted_days_ago=6,
        reviews=[DemoReview("reviewer", (5, 3, 4), days_ago=3), DemoReview("coordinator")],
    ),
    DemoApplication(
        "jack.thompson",
        "Jack",
        "Thompson",
        5,
        "Blacktown Hospital",
        (
            "Paramedic for four years before medicine, with critical-incident peer support training from "
            "the ambulance service.",
            "Free Monday and Thursday evenings and most Saturday mornings; Blacktown takes students from "
            "every year.",
            "In the ambulance service I saw what good peer support is: listen, normalise, refer, follow "
            "up, and get your own debrief. I know where the line is.",
        ),
        [(0, 18, 21), (3, 18, 21), (5, 8, 12)],
        submitted_days_ago=12,
        reviews=[
            DemoReview("supervisor", (5, 4, 5), days_ago=6),
            DemoReview("supervisor2", (4, 4, 5), days_ago=4),
        ],
        academic_met=True,
    ),
    DemoApplication(
        "hana.takahashi",
        "Hana",
        "Takahashi",
        3,
        "Nepean Hospital",
        (
            "I ran the first-year study-buddy program for my cohort and did mental-health first aid in "
            "March.",
            "Tuesday evenings and Saturday afternoons, and I can do video calls from Nepean.",
            "I would always be available to a friend in trouble, and I would try to sort things out before "
            "involving anyone else. I know how lonely placement can be.",
        ),
        [(1, 18, 21), (5, 13, 17)],
        submitted_days_ago=10,
        reviews=[
            DemoReview(
                "coordinator",
                (4, 4, 5),
                days_ago=7,
                rationales={
                    BOUNDARIES: "Strong motivation from her own isolation on placement, and she names "
                    "mental-health first aid as the base for referring on."
                },
            ),
            DemoReview(
                "reviewer",
                (4, 3, 2),
                days_ago=5,
                rationales={
                    BOUNDARIES: "Says she would 'always be available' and handle things herself before "
                    "involving anyone: the opposite of the role's limits. Worth discussing at interview."
                },
            ),
        ],
        academic_met=True,
    ),
    DemoApplication(
        "daniel.okoro",
        "Daniel",
        "Okoro",
        4,
        "Dubbo Base Hospital",
        (
            "Residential adviser at my college for a year and a mental-health first aid refresher this year.",
            "I am based in Dubbo all year and free on Wednesday evenings and Sunday afternoons.",
            "My job would be to listen and connect people to help, not to be their counsellor. I want the "
            "rural students here to have someone nearby.",
        ),
        [(2, 18, 21), (6, 13, 17)],
        submitted_days_ago=14,
        reviews=[
            DemoReview("supervisor2", days_ago=13, conflict=True),
            DemoReview("supervisor", (4, 3, 4), days_ago=8),
            DemoReview("reviewer", (3, 3, 4), days_ago=5, assigned_days_ago=13),
        ],
    ),
    DemoApplication(
        "grace.williams",
        "Grace",
        "Williams",
        4,
        "Broken Hill Base Hospital",
        (
            "Mental-health first aid, and a year on Lifeline's phone line before my clinical years.",
            "I am on a year-long rural placement in Broken Hill, free every weekday evening and Saturday; "
            "no supporter currently reaches students out here.",
            "I would listen, follow the referral pathway and use supervision for anything heavy. Being far "
            "from home this year showed me how much one conversation can matter.",
        ),
        [(0, 18, 21), (2, 18, 21), (4, 18, 21), (5, 10, 14)],
        submitted_days_ago=19,
        reviews=[
            DemoReview("coordinator", (4, 5, 5), days_ago=12),
            DemoReview("supervisor", (4, 5, 4), days_ago=10),
        ],
        academic_met=True,
        decision=(
            Decision.OFFER,
            2,
            "Accessibility: both reviewers scored 5. Evenings and Saturdays free, and her year-long "
            "placement at Broken Hill reaches students no current supporter does. Every gate met, with "
            "4–5 on experience and role boundaries.",
        ),
    ),
    DemoApplication(
        "lucas.silva",
        "Lucas",
        "Silva",
        5,
        "Westmead Hospital",
        (
            "Peer tutor for two years and a volunteer at a homeless outreach van.",
            "Thursday evenings, and more after my final exams in October.",
            "I understand the role is to listen and refer. I would like to be for others what my tutor was "
            "for me.",
        ),
        [(3, 18, 21)],
        submitted_days_ago=18,
        reviews=[
            DemoReview("supervisor2", (3, 4, 4), days_ago=11),
            DemoReview("reviewer", (4, 3, 3), days_ago=9),
        ],
        academic_met=True,
        decision=(
            Decision.WAITLIST,
            1,
            "Meets every gate and scored 3–4 throughout, below the applicants offered so far; Westmead is "
            "already well covered. First in line if a place comes up.",
        ),
    ),
    DemoApplication(
        "zara.ahmed",
        "Zara",
        "Ahmed",
        2,
        "Campbelltown Hospital",
        (
            "I help run the medical society's wellbeing week and have done some online counselling courses.",
            "Monday evenings in term time.",
            "I would like to counsel students through their problems and be the person they can always "
            "rely on, whatever happens.",
        ),
        [(0, 18, 20)],
        submitted_days_ago=18,
        reviews=[
            DemoReview("coordinator", (3, 3, 2), days_ago=11),
            DemoReview("supervisor2", (4, 3, 2), days_ago=8),
        ],
        academic_met=True,
        decision=(
            Decision.DECLINE,
            5,
            "Role boundaries and motivation: both reviewers scored 2. The answer describes counselling "
            "peers and being always available, where the role is to listen and refer. Encouraged to "
            "reapply after the role-boundaries workshop.",
        ),
    ),
    DemoApplication(
        "oliver.bennett",
        "Oliver",
        "Bennett",
        3,
        "Bathurst Rural Clinical School",
        (
            "Surf life saving patrol captain and first aid trained.",
            "Saturday mornings.",
            "I would listen and point people to the right service.",
        ),
        [(5, 8, 12)],
        submitted_days_ago=15,
        reviews=[DemoReview("supervisor"), DemoReview("supervisor2")],
        withdrawn_days_ago=9,
    ),
)


def seed(program: Program, members: dict[str, Membership], today: date) -> None:
    opens_on = today - timedelta(days=21)
    name = f"{opens_on.year} supporter intake"
    if Intake.objects.filter(program=program, name=name).exists():
        return
    tz = ZoneInfo(program.timezone)
    coordinator = members["coordinator"].user
    password = coordinator.password  # the demo password's hash, shared by every demo login
    reviewers = {
        "coordinator": coordinator,
        "supervisor": members["supervisor"].user,
        "supervisor2": members["supervisor2"].user,
        "reviewer": _member(program, "reviewer", "Tomás", "Reyes", Role.REVIEWER, password, today),
    }
    intake = Intake.objects.create(
        program=program, name=name, opens_on=opens_on, closes_on=today + timedelta(days=14), target=4
    )
    Intake.objects.filter(pk=intake.pk).update(created_at=_at(tz, today, 28, 10))
    intake.reviewers.set(reviewers.values())
    Criterion.objects.bulk_create(
        [Criterion(intake=intake, order=order, **c) for order, c in enumerate(services.DEFAULT_RUBRIC, 1)]
    )
    criteria = list(intake.criteria.order_by("order"))
    scored = [c for c in criteria if c.kind == CriterionKind.SCORED]

    _abdul(intake, members["applicant"], scored, tz, today)
    _started_draft(program, intake, scored, password, tz, today)
    for spec in APPLICANTS:
        user = _member(program, spec.username, spec.first, spec.last, Role.APPLICANT, password, today, spec)
        application = services.save_application(
            intake,
            by=user,
            answers={c.pk: answer for c, answer in zip(scored, spec.answers, strict=True)},
            availability=[(d, time(s), time(e)) for d, s, e in spec.windows],
            year_level=spec.year,
            clinical_site=spec.site,
            expected_graduation=_graduation(today, spec.year),
            declares_no_current_vulnerability=True,
            agrees_to_role_boundaries=True,
        )
        _submit(application, spec, criteria, scored, reviewers, tz, today)

    # The rubric froze when the first review came in.
    submitted = Review.objects.filter(application__intake=intake, submitted_at__isnull=False)
    frozen = submitted.order_by("submitted_at").values_list("submitted_at", flat=True).first()
    Intake.objects.filter(pk=intake.pk).update(rubric_frozen_at=frozen)


def _at(tz: ZoneInfo, today: date, days_ago: int, hour: int, minute: int = 0) -> datetime:
    """A moment some days back in the program's time zone, never in the future."""
    moment = datetime.combine(today - timedelta(days=days_ago), time(hour, minute), tzinfo=tz)
    return min(moment, timezone.now())


def _graduation(today: date, year: int) -> date:
    return date(today.year + 7 - year, 11, 30)  # as seed_demo reckons it for students


def _member(
    program: Program,
    username: str,
    first: str,
    last: str,
    role: str,
    password: str,
    today: date,
    spec: DemoApplication | None = None,
) -> User:
    user_model = get_user_model()
    user = user_model.objects.filter(username=username).first()
    if user is None:
        user = user_model.objects.create(
            username=username,
            first_name=first,
            last_name=last,
            email=f"{username}@example.edu",
            password=password,
        )
    Membership.objects.get_or_create(
        user=user,
        program=program,
        role=role,
        defaults={
            "term_start": today - timedelta(days=30) if spec else today - timedelta(days=400),
            "expected_end": _graduation(today, spec.year) if spec else None,
            "year_level": spec.year if spec else None,
            "clinical_site": spec.site if spec else "",
        },
    )
    return user


def _abdul(
    intake: Intake, membership: Membership, scored: list[Criterion], tz: ZoneInfo, today: date
) -> None:
    """The demo applicant's complete draft: only the role-boundaries confirmation is left to submit."""
    application = services.save_application(
        intake,
        by=membership.user,
        answers={
            scored[EXPERIENCE].pk: "I did the university's mental-health first aid course in first year and "
            "I mentor two students in the Afghan students' association.",
            scored[ACCESSIBILITY].pk: "Monday and Wednesday evenings, and Sunday afternoons. I am at "
            "Campbelltown for my clinical placement from next term.",
            scored[BOUNDARIES].pk: "I would listen first, help my peer find the right service and tell my "
            "supervisor about anything worrying. I want to help students who feel they can't ask for help.",
        },
        availability=[(0, time(18), time(21)), (2, time(18), time(21)), (6, time(13), time(17))],
        year_level=membership.year_level or 2,
        clinical_site="Campbelltown Hospital",
        expected_graduation=membership.expected_end or _graduation(today, 2),
        declares_no_current_vulnerability=True,
    )
    saved = _at(tz, today, 2, 20, 15)
    Application.objects.filter(pk=application.pk).update(
        created_at=saved - timedelta(days=3), updated_at=saved
    )


def _started_draft(
    program: Program, intake: Intake, scored: list[Criterion], password: str, tz: ZoneInfo, today: date
) -> None:
    """A draft barely begun: a year level and one answer."""
    spec = DemoApplication("mei.chen", "Mei", "Chen", 3, "", ("", "", ""), [])
    user = _member(program, spec.username, spec.first, spec.last, Role.APPLICANT, password, today, spec)
    application = services.save_application(
        intake,
        by=user,
        year_level=3,
        answers={
            scored[EXPERIENCE].pk: "I have been a peer mentor in the Chinese students' society since "
            "second year."
        },
    )
    saved = _at(tz, today, 5, 22, 40)
    Application.objects.filter(pk=application.pk).update(created_at=saved, updated_at=saved)


def _submit(
    application: Application,
    spec: DemoApplication,
    criteria: list[Criterion],
    scored: list[Criterion],
    reviewers: dict[str, User],
    tz: ZoneInfo,
    today: date,
) -> None:
    """What submit_application, declare_conflict, submit_review, settle_gate and decide would have done
    over the past weeks."""
    submitted_at = _at(tz, today, spec.submitted_days_ago, 19, 30)
    coordinator = reviewers["coordinator"]
    declaration = next(c for c in criteria if c.gate_source == GateSource.DECLARATION)
    academic = next(c for c in criteria if c.gate_source == GateSource.COORDINATOR)
    Application.objects.filter(pk=application.pk).update(status=ApplicationStatus.SUBMITTED)
    GateResult.objects.create(
        application=application, criterion=declaration, met=True, settled_by=application.applicant
    )
    for demo_review in spec.reviews:
        review = Review.objects.create(application=application, reviewer=reviewers[demo_review.reviewer])
        if demo_review.conflict:
            Review.objects.filter(pk=review.pk).update(
                assigned_at=submitted_at, conflict_declared_at=_at(tz, today, demo_review.days_ago, 9)
            )
            continue
        if demo_review.scores is not None:
            Score.objects.bulk_create(
                [
                    Score(
                        review=review,
                        criterion=c,
                        score=score,
                        rationale=demo_review.rationales.get(index, RATIONALES[index][score]),
                    )
                    for index, (c, score) in enumerate(zip(scored, demo_review.scores, strict=True))
                ]
            )
            Application.objects.filter(pk=application.pk).update(status=ApplicationStatus.UNDER_REVIEW)
        assigned = demo_review.assigned_days_ago
        assigned_at = submitted_at if assigned is None else _at(tz, today, assigned, 9, 5)
        Review.objects.filter(pk=review.pk).update(
            assigned_at=assigned_at,
            submitted_at=_at(tz, today, demo_review.days_ago, 21) if demo_review.scores else None,
        )
        if demo_review.scores is None and spec.withdrawn_days_ago is None:
            _inbox(
                review.reviewer,
                application,
                "review_assigned",
                reverse("application-review", args=[application.intake.program_id, application.pk]),
                assigned_at,
            )
    settled_at = _at(tz, today, max(spec.submitted_days_ago - 3, 0), 11)
    GateResult.objects.filter(application=application).update(settled_at=submitted_at)
    if spec.academic_met is not None:
        GateResult.objects.create(
            application=application, criterion=academic, met=spec.academic_met, settled_by=coordinator
        )
        GateResult.objects.filter(application=application, criterion=academic).update(settled_at=settled_at)

    fields: dict[str, object] = {"submitted_at": submitted_at, "created_at": submitted_at - timedelta(days=2)}
    if spec.decision is not None:
        decision, order, reason = spec.decision
        decided_at = _at(tz, today, 2, 14)
        fields.update(
            status=ApplicationStatus.DECIDED,
            decision=decision,
            decision_criterion=next(c for c in criteria if c.order == order),
            decision_reason=reason,
            decided_by=coordinator,
            decided_at=decided_at,
            updated_at=decided_at,
        )
        _inbox(
            application.applicant,
            application,
            "application_decided",
            reverse("application-detail", args=[application.intake.program_id, application.pk]),
            decided_at,
        )
    elif spec.withdrawn_days_ago is not None:
        fields.update(
            status=ApplicationStatus.WITHDRAWN, updated_at=_at(tz, today, spec.withdrawn_days_ago, 8)
        )
    else:
        fields["updated_at"] = submitted_at
    Application.objects.filter(pk=application.pk).update(**fields)


def _inbox(user: User, application: Application, kind: str, link: str, at: datetime) -> None:
    """The in-app message the service would have sent (no email: seeding must not send mail)."""
    notes = notify([user], kind=kind, link=link, program=application.intake.program_id, email=False)
    Notification.objects.filter(pk__in=[note.pk for note in notes]).update(created_at=at)
