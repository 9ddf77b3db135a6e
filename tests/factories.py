"""factory-boy factories for the program module (later modules add their own beside them)."""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.utils import timezone

from program.models import (
    Institution,
    JobOutcome,
    JobRun,
    Membership,
    MembershipStatus,
    Notification,
    OutboundMessage,
    Program,
    ReferralService,
    Role,
    StaffPhone,
    SupervisorAssignment,
    TrainingModule,
    TrainingRecord,
    TrainingRequirement,
    Urgency,
)

PASSWORD = "correct horse battery staple"


@cache
def _password_hash() -> str:
    # Hash once (argon2 is deliberately slow) and share it across every factory user.
    return make_password(PASSWORD)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.edu")
    password = factory.LazyFunction(_password_hash)


class InstitutionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Institution

    name = factory.Sequence(lambda n: f"University {n}")


class ProgramFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Program

    institution = factory.SubFactory(InstitutionFactory)
    name = factory.Sequence(lambda n: f"Peer Support Program {n}")


class StaffPhoneFactory(factory.django.DjangoModelFactory):
    """A staff member's number (stored E.164; from the ACMA range reserved for fiction)."""

    class Meta:
        model = StaffPhone

    user = factory.SubFactory(UserFactory)
    phone = factory.Sequence(lambda n: f"+61491570{100 + n % 900:03d}")


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    program = factory.SubFactory(ProgramFactory)
    role = Role.SUPPORTER
    status = MembershipStatus.ACTIVE
    term_start = date(2026, 2, 1)
    expected_end = date(2028, 11, 30)
    year_level = 4
    clinical_site = "Westmead Hospital"


class SupervisorAssignmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SupervisorAssignment

    supporter = factory.SubFactory(MembershipFactory)
    program = factory.SelfAttribute("supporter.program")
    supervisor = factory.SubFactory(
        MembershipFactory, program=factory.SelfAttribute("..program"), role=Role.SUPERVISOR, year_level=None
    )
    backup = None


class TrainingModuleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TrainingModule
        skip_postgeneration_save = True

    program = factory.SubFactory(ProgramFactory)
    name = factory.Sequence(lambda n: f"Module {n}")
    validity_months = 36

    @factory.post_generation
    def required_for(self, create: bool, extracted: list[str] | None, **kwargs: object) -> None:
        for role in extracted or []:
            TrainingRequirement.objects.create(module=self, role=role)


class TrainingRecordFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TrainingRecord

    membership = factory.SubFactory(MembershipFactory)
    module = factory.SubFactory(TrainingModuleFactory, program=factory.SelfAttribute("..membership.program"))
    completed_on = date(2026, 3, 1)
    expires_on = factory.LazyAttribute(lambda r: r.module.expiry_for(r.completed_on))


class ReferralServiceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReferralService

    program = factory.SubFactory(ProgramFactory)
    name = factory.Sequence(lambda n: f"Service {n}")
    when_to_use = "When a peer needs routine counselling."
    phone = "02 9000 0000"
    hours = "9am–5pm weekdays"
    urgency = Urgency.ROUTINE


class NotificationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Notification

    recipient = factory.SubFactory(UserFactory)
    kind = "test"
    title = factory.Sequence(lambda n: f"Message {n}")


class OutboundMessageFactory(factory.django.DjangoModelFactory):
    """An outbox row as `program.notifications.send` writes it (queued, no attempt yet)."""

    class Meta:
        model = OutboundMessage

    recipient = factory.SubFactory(UserFactory)
    program = factory.SubFactory(ProgramFactory)
    kind = "shift_reminder"
    link = "/notifications/"


class JobRunFactory(factory.django.DjangoModelFactory):
    """A finished, successful run of a scheduled job."""

    class Meta:
        model = JobRun

    job = "swap_expiry"
    scheduled_for = factory.LazyFunction(timezone.now)
    finished_at = factory.LazyAttribute(lambda run: run.scheduled_for)
    outcome = JobOutcome.SUCCEEDED


# --- supervision ---------------------------------------------------------------------------------


def this_monday() -> date:
    today = timezone.localdate()
    return today - timedelta(days=today.weekday())


class ContactFactory(factory.django.DjangoModelFactory):
    """A submitted, complete, low-risk contact (pass status="draft" and fields for drafts)."""

    class Meta:
        model = "supervision.Contact"
        skip_postgeneration_save = True

    supporter = factory.SubFactory(MembershipFactory)
    program = factory.SelfAttribute("supporter.program")
    status = "submitted"
    contact_date = factory.LazyFunction(timezone.localdate)
    time_band = "day"
    duration_minutes = 30
    channel = "in_person"
    initiated_by = "peer"
    risk_level = "low"
    supporter_distress = 3
    submitted_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def concerns(self, create: bool, extracted: list[str] | None, **kwargs: object) -> None:
        from supervision.models import ContactConcern

        for category in extracted if extracted is not None else ["academic"]:
            ContactConcern.objects.create(contact=self, category=category)

    @factory.post_generation
    def actions(self, create: bool, extracted: list[str] | None, **kwargs: object) -> None:
        from supervision.models import ContactAction

        for action in extracted if extracted is not None else ["listened"]:
            ContactAction.objects.create(contact=self, action=action)


class CheckInFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "supervision.CheckIn"

    supporter = factory.SubFactory(MembershipFactory)
    week_of = factory.LazyFunction(lambda: this_monday())
    tired = 1
    worn_out = 1
    emotionally_exhausted = 1
    cant_take_it = 0
    distress = 2


class SupervisionSessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "supervision.SupervisionSession"
        skip_postgeneration_save = True

    supervisor = factory.SubFactory(MembershipFactory, role=Role.SUPERVISOR)
    program = factory.SelfAttribute("supervisor.program")
    held_on = factory.LazyFunction(timezone.localdate)

    @factory.post_generation
    def supporters(self, create: bool, extracted: list | None, **kwargs: object) -> None:
        if extracted:
            self.supporters.set(extracted)


class PauseFactory(factory.django.DjangoModelFactory):
    """An open manual pause (what a supervisor's pause writes), with an encrypted private reason."""

    class Meta:
        model = "supervision.Pause"
        skip_postgeneration_save = True

    membership = factory.SubFactory(MembershipFactory)
    program = factory.SelfAttribute("membership.program")
    action = "pause"
    trigger = "manual"
    reason_encrypted = factory.LazyFunction(
        lambda: _encrypt("Exam stress; agreed to step back for a fortnight.")
    )
    started_at = factory.LazyFunction(timezone.now)
    review_on = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=14))

    @factory.post_generation
    def status(self, create: bool, extracted: object, **kwargs: object) -> None:
        """The membership is paused while the pause is open, as the pause service keeps it."""
        from supervision.pauses.services import sync_status

        if create:
            sync_status([self.membership_id])


class BlackoutPeriodFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "supervision.BlackoutPeriod"

    program = factory.SubFactory(ProgramFactory)
    name = "End-of-year exams"
    starts_on = factory.LazyFunction(timezone.localdate)
    ends_on = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=10))


def _encrypt(text: str) -> str:
    from supervision.contacts import crypto

    return crypto.encrypt(text)


# --- Succession --------------------------------------------------------------------------------------


class KeyRoleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "succession.KeyRole"

    program = factory.SubFactory(ProgramFactory)
    kind = "other"
    name = factory.Sequence(lambda n: f"Key role {n}")


class KeyRoleHolderFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "succession.KeyRoleHolder"

    key_role = factory.SubFactory(KeyRoleFactory)
    membership = factory.SubFactory(
        MembershipFactory, program=factory.SelfAttribute("..key_role.program"), role="coordinator"
    )
    starts_on = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=200))
    term_ends_on = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=700))


class SuccessorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "succession.Successor"

    key_role = factory.SubFactory(KeyRoleFactory)
    membership = factory.SubFactory(
        MembershipFactory, program=factory.SelfAttribute("..key_role.program"), role="supporter"
    )
    readiness = "later"
    nominated_by = factory.SubFactory(UserFactory)


class DocumentFactory(factory.django.DjangoModelFactory):
    """A knowledge-base document with one text version."""

    class Meta:
        model = "succession.Document"
        skip_postgeneration_save = True

    program = factory.SubFactory(ProgramFactory)
    title = factory.Sequence(lambda n: f"Program handbook {n}")
    kind = "handbook"
    owner = factory.SubFactory(
        MembershipFactory, program=factory.SelfAttribute("..program"), role="coordinator"
    )
    last_reviewed_on = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=30))

    @factory.post_generation
    def versions(self, create: bool, extracted: int | None, **kwargs: object) -> None:
        from succession.models import DocumentVersion

        for number in range(1, (extracted or 1) + 1):
            content = f"Version {number} of {self.title}.\n".encode()
            DocumentVersion.objects.create(
                document=self,
                number=number,
                filename="handbook.md",
                content_type="text/markdown",
                size=len(content),
                content=content,
                uploaded_by=self.owner.user,
            )
