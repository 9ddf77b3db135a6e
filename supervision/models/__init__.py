"""Contacts, check-ins, supervision sessions, debriefs and burden weights (SPEC 4.3).

A contact is de-identified at entry: there is no field for the peer's identity, the
narrative is checked for identifiers before it is stored (supervision/contacts/deidentify.py) and
is stored only encrypted (supervision/contacts/crypto.py), for the program's retention period.
"""

from __future__ import annotations

import secrets
import uuid
from datetime import datetime, timedelta

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone

from program import dates
from program.models import Membership, Program, ReferralService
from supervision.rosters import recurrence

EDIT_WINDOW = timedelta(days=7)
DEBRIEF_WITHIN = timedelta(hours=24)


class TimeBand(models.TextChoices):
    DAY = "day", "Daytime (8am–6pm)"
    EVENING = "evening", "Evening (6pm–10pm)"
    NIGHT = "night", "Night (10pm–8am)"


AFTER_HOURS_BANDS = (TimeBand.EVENING, TimeBand.NIGHT)


class Channel(models.TextChoices):
    IN_PERSON = "in_person", "In person"
    PHONE = "phone", "Phone"
    VIDEO = "video", "Video"
    MESSAGE = "message", "Message"
    SOCIAL_MEDIA = "social_media", "Social media"


class Initiator(models.TextChoices):
    PEER = "peer", "The peer reached out"
    SUPPORTER = "supporter", "I reached out"


class Concern(models.TextChoices):
    ACADEMIC = "academic", "Academic"
    PLACEMENT = "placement", "Placement / clinical"
    ISOLATION = "isolation", "Isolation / loneliness"
    RELATIONSHIPS = "relationships", "Relationships"
    MENTAL_HEALTH = "mental_health", "Mental-health symptoms"
    SUBSTANCE_USE = "substance_use", "Substance use"
    SELF_HARM = "self_harm", "Self-harm or suicidal thoughts"
    OTHER = "other", "Other"


class RiskLevel(models.TextChoices):
    NONE = "none", "None"
    LOW = "low", "Low"
    MODERATE = "moderate", "Moderate"
    HIGH = "high", "High"
    IMMINENT = "imminent", "Imminent"


HIGH_RISK = (RiskLevel.HIGH, RiskLevel.IMMINENT)


class Action(models.TextChoices):
    LISTENED = "listened", "Listened"
    SHARED_RESOURCES = "shared_resources", "Shared resources"
    REFERRED = "referred", "Referred to a service"
    CASE_ADVICE = "case_advice", "Sought case advice"
    ESCALATED_ON_CALL = "escalated_on_call", "Escalated to on-call"
    EMERGENCY_SERVICES = "emergency_services", "Called emergency services"


# Actions that answer a high or imminent risk (listening alone does not).
RISK_RESPONSES = (Action.REFERRED, Action.CASE_ADVICE, Action.ESCALATED_ON_CALL, Action.EMERGENCY_SERVICES)


class ContactStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    SUBMITTED = "submitted", "Submitted"


def new_peer_code() -> str:
    # Random, never derived from identity; no look-alike characters, easy to read out.
    alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(6))


class PeerCode(models.Model):
    """A system-issued code linking repeat contacts with the same peer, known only to the supporter."""

    program = models.ForeignKey(Program, on_delete=models.PROTECT, related_name="+")
    supporter = models.ForeignKey(Membership, on_delete=models.PROTECT, related_name="peer_codes")
    code = models.CharField(max_length=8, default=new_peer_code)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["program", "code"], name="peer_code_unique_in_program")
        ]

    def __str__(self) -> str:
        return self.code


class Contact(models.Model):
    supporter = models.ForeignKey(Membership, on_delete=models.PROTECT, related_name="contacts")
    # Denormalised from the supporter for program-wide aggregates without a join.
    program = models.ForeignKey(Program, on_delete=models.PROTECT, related_name="contacts")
    status = models.CharField(max_length=10, choices=ContactStatus.choices, default=ContactStatus.DRAFT)
    contact_date = models.DateField(null=True, blank=True)
    time_band = models.CharField(max_length=10, choices=TimeBand.choices, blank=True)
    duration_minutes = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(600)]
    )
    channel = models.CharField(max_length=20, choices=Channel.choices, blank=True)
    initiated_by = models.CharField(max_length=10, choices=Initiator.choices, blank=True)
    risk_level = models.CharField(max_length=10, choices=RiskLevel.choices, blank=True)
    linked_to_crisis_service = models.BooleanField(default=False)
    follow_up_planned = models.BooleanField(default=False)
    supporter_distress = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MaxValueValidator(10)], help_text="0 (none) to 10 (extreme)."
    )
    narrative_encrypted = models.TextField(blank=True)
    narrative_erased_at = models.DateTimeField(null=True, blank=True)
    peer_code = models.ForeignKey(
        PeerCode, on_delete=models.PROTECT, null=True, blank=True, related_name="contacts"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-contact_date", "-id"]
        indexes = [
            models.Index(fields=["supporter", "contact_date"], name="contact_supporter_date"),
            models.Index(fields=["program", "contact_date"], name="contact_program_date"),
            # Lists show the newest first; this lets a page of them stop early.
            models.Index(fields=["-contact_date", "-id"], name="contact_newest_first"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status=ContactStatus.DRAFT)
                | Q(
                    contact_date__isnull=False,
                    duration_minutes__isnull=False,
                    supporter_distress__isnull=False,
                    submitted_at__isnull=False,
                )
                & ~Q(time_band="")
                & ~Q(channel="")
                & ~Q(initiated_by="")
                & ~Q(risk_level=""),
                name="submitted_contact_is_complete",
            )
        ]

    def __str__(self) -> str:
        return f"Contact #{self.pk} ({self.get_status_display()})"

    @property
    def is_high_risk(self) -> bool:
        return self.risk_level in HIGH_RISK

    @property
    def is_after_hours(self) -> bool:
        return self.time_band in AFTER_HOURS_BANDS

    @property
    def has_narrative(self) -> bool:
        return bool(self.narrative_encrypted)

    def locked(self, now: datetime | None = None) -> bool:
        """Submitted contacts can be edited by their owner for seven days, then they lock."""
        if self.submitted_at is None:
            return False
        return (now or timezone.now()) >= self.submitted_at + EDIT_WINDOW


class ContactConcern(models.Model):
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="concerns")
    category = models.CharField(max_length=20, choices=Concern.choices)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["contact", "category"], name="contact_concern_once")]
        indexes = [models.Index(fields=["category"], name="contact_concern_category")]

    def __str__(self) -> str:
        return self.get_category_display()


class ContactAction(models.Model):
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="actions")
    action = models.CharField(max_length=20, choices=Action.choices)
    referral_service = models.ForeignKey(
        ReferralService, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["contact", "action"], name="contact_action_once"),
            models.CheckConstraint(
                condition=~Q(action="referred") | Q(referral_service__isnull=False),
                name="referral_names_a_service",
            ),
        ]

    def __str__(self) -> str:
        return self.get_action_display()


class ContactAnnotation(models.Model):
    """A supervisor's note on a contact (checked for identifiers and encrypted like narratives)."""

    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="annotations")
    author = models.ForeignKey(Membership, on_delete=models.PROTECT, related_name="+")
    text_encrypted = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"Annotation on contact #{self.contact_id}"


class SessionKind(models.TextChoices):
    INDIVIDUAL = "individual", "Individual"
    GROUP = "group", "Group"


class SessionPurpose(models.TextChoices):
    SCHEDULED = "scheduled", "Scheduled"
    DEBRIEF = "debrief", "Debrief"
    AD_HOC = "ad_hoc", "Ad hoc"


class SupervisionSession(models.Model):
    program = models.ForeignKey(Program, on_delete=models.PROTECT, related_name="supervision_sessions")
    supervisor = models.ForeignKey(Membership, on_delete=models.PROTECT, related_name="sessions_led")
    supporters = models.ManyToManyField(Membership, related_name="supervision_sessions")
    kind = models.CharField(max_length=12, choices=SessionKind.choices, default=SessionKind.INDIVIDUAL)
    purpose = models.CharField(
        max_length=12, choices=SessionPurpose.choices, default=SessionPurpose.SCHEDULED
    )
    held_on = models.DateField()
    duration_minutes = models.PositiveSmallIntegerField(
        default=45, validators=[MinValueValidator(5), MaxValueValidator(480)]
    )
    contacts_discussed = models.ManyToManyField(Contact, blank=True, related_name="discussed_in")
    advice_encrypted = models.TextField(blank=True)
    follow_ups_encrypted = models.TextField(blank=True)
    next_due = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-held_on", "-id"]
        indexes = [
            models.Index(fields=["program", "held_on"], name="session_program_held"),
            # The burden index reads each supporter's latest session through the attendance table: with
            # held_on beside the key, PostgreSQL joins by an index-only scan instead of hashing every
            # session (docs/performance.md).
            models.Index(fields=["id", "held_on"], name="session_id_held_on"),
        ]

    def __str__(self) -> str:
        return f"{self.get_purpose_display()} session on {self.held_on}"


class DebriefDue(models.Model):
    """Opened by a high or imminent risk contact; closed by a debrief session."""

    contact = models.OneToOneField(Contact, on_delete=models.CASCADE, related_name="debrief")
    supporter = models.ForeignKey(Membership, on_delete=models.PROTECT, related_name="debriefs_due")
    due_at = models.DateTimeField()
    closed_at = models.DateTimeField(null=True, blank=True)
    closed_by = models.ForeignKey(
        SupervisionSession, on_delete=models.PROTECT, null=True, blank=True, related_name="debriefs_closed"
    )
    overdue_alerted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["due_at"]
        indexes = [
            models.Index(fields=["supporter", "closed_at"], name="debrief_open"),
            # The coordinator's dashboard counts a program's open debriefs: ~2% of them are open, and
            # without this PostgreSQL read every debrief ever due (docs/performance.md).
            models.Index(
                fields=["supporter"], condition=models.Q(closed_at__isnull=True), name="debrief_open_only"
            ),
        ]

    def __str__(self) -> str:
        return f"Debrief for contact #{self.contact_id}"

    @property
    def is_open(self) -> bool:
        return self.closed_at is None

    def is_overdue(self, now: datetime | None = None) -> bool:
        return self.closed_at is None and (now or timezone.now()) > self.due_at


class GrantReason(models.TextChoices):
    NO_SUPERVISOR = "no_supervisor", "The supporter had no supervisor when the risk was logged"


class GrantEnd(models.TextChoices):
    SUPERVISOR_ASSIGNED = "supervisor_assigned", "A supervisor was assigned"
    GRANTEE_LEFT = "grantee_left", "The grantee's role ended"
    SUPPORTER_LEFT = "supporter_left", "The supporter's role ended"


class DebriefGrant(models.Model):
    """Nobody is left without a debriefer: when a supporter with no current supervisor logs a high or
    imminent risk contact, the supervisor on call is granted that one contact — to read its narrative and
    close its debrief — and the supporter's pending pause sign-off. Honoured only while it is open, the
    grantee's membership is current and the supporter still has no supervisor (selectors check all three,
    so a missed ending fails closed); every read and debrief under it is audited."""

    program = models.ForeignKey(Program, on_delete=models.PROTECT, related_name="debrief_grants")
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="debrief_grants")
    supporter = models.ForeignKey(Membership, on_delete=models.PROTECT, related_name="debrief_grants_about")
    grantee = models.ForeignKey(Membership, on_delete=models.PROTECT, related_name="debrief_grants_held")
    reason = models.CharField(max_length=20, choices=GrantReason.choices, default=GrantReason.NO_SUPERVISOR)
    granted_at = models.DateTimeField(default=timezone.now)
    ended_at = models.DateTimeField(null=True, blank=True)
    end_reason = models.CharField(max_length=20, choices=GrantEnd.choices, blank=True)

    class Meta:
        ordering = ["-granted_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["contact", "grantee"],
                condition=Q(ended_at__isnull=True),
                name="one_open_grant_per_contact",
            )
        ]
        indexes = [models.Index(fields=["grantee", "ended_at"], name="debrief_grant_held")]

    def __str__(self) -> str:
        return f"Debrief grant on contact #{self.contact_id} to membership #{self.grantee_id}"


class CheckIn(models.Model):
    """The weekly wellbeing check-in. Answers are the supporter's own wellbeing data (SPEC 3.6)."""

    supporter = models.ForeignKey(Membership, on_delete=models.PROTECT, related_name="checkins")
    week_of = models.DateField(help_text="The Monday of the week checked in for.")
    # Adapted from the Copenhagen Burnout Inventory, personal burnout scale
    # (see supervision/wellbeing/checkin.py).
    tired = models.PositiveSmallIntegerField(validators=[MaxValueValidator(4)])
    worn_out = models.PositiveSmallIntegerField(validators=[MaxValueValidator(4)])
    emotionally_exhausted = models.PositiveSmallIntegerField(validators=[MaxValueValidator(4)])
    cant_take_it = models.PositiveSmallIntegerField(validators=[MaxValueValidator(4)])
    distress = models.PositiveSmallIntegerField(validators=[MaxValueValidator(10)])
    wants_pause = models.BooleanField(default=False)
    wants_to_talk = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    # Not stored: set by `record_checkin` when this check-in replaced one given earlier the same week,
    # so the page and the API can say so.
    replaced: bool = False

    class Meta:
        ordering = ["-week_of"]
        constraints = [models.UniqueConstraint(fields=["supporter", "week_of"], name="one_checkin_per_week")]

    def __str__(self) -> str:
        return f"Check-in for the week of {self.week_of}"

    @property
    def burnout_score(self) -> float:
        """0–100 like the CBI: the mean of the four items on a 0–4 scale, times 25."""
        return (self.tired + self.worn_out + self.emotionally_exhausted + self.cant_take_it) / 4 * 25


class BurdenWeights(models.Model):
    """Per-program weights of the burden index components (they sum to 100)."""

    program = models.OneToOneField(Program, on_delete=models.CASCADE, related_name="burden_weights")
    contact_hours = models.PositiveSmallIntegerField(default=10)
    contacts = models.PositiveSmallIntegerField(default=5)
    high_risk = models.PositiveSmallIntegerField(default=20)
    after_hours = models.PositiveSmallIntegerField(default=5)
    distress = models.PositiveSmallIntegerField(default=15)
    checkin = models.PositiveSmallIntegerField(default=20)
    supervision_gap = models.PositiveSmallIntegerField(default=10)
    open_debriefs = models.PositiveSmallIntegerField(default=10)
    on_call_hours = models.PositiveSmallIntegerField(default=5)

    COMPONENTS = (
        "contact_hours",
        "contacts",
        "high_risk",
        "after_hours",
        "distress",
        "checkin",
        "supervision_gap",
        "open_debriefs",
        "on_call_hours",
    )

    def __str__(self) -> str:
        return f"Burden weights for {self.program}"

    def as_dict(self) -> dict[str, int]:
        return {name: getattr(self, name) for name in self.COMPONENTS}


# --- Pauses (SPEC 4.3, pause-support triggers) ------------------------------------------------------


class PauseMetric(models.TextChoices):
    """What a pause rule measures. Event metrics count evidence newer than the rule's last resumption
    for the supporter; state metrics hold until fixed, so after a resumption they wait out the rule's
    review period before they may pause again."""

    CHECKIN_BURNOUT = "checkin_burnout", "Latest check-in burnout score (0–100)"
    OVERDUE_DEBRIEFS = "overdue_debriefs", "High-risk contacts not debriefed in time"
    WEEKS_OVER_HOURS = "weeks_over_hours", "Weeks over the weekly contact-hour limit"
    SUPERVISION_OVERDUE = "supervision_overdue", "Days supervision is overdue"
    TRAINING_MISSING = "training_missing", "Mandatory training modules missing or expired"
    ACADEMIC_AT_RISK = "academic_at_risk", "Academic standing marked at risk"
    BLACKOUT = "blackout", "Inside a blackout period"


class PauseAction(models.TextChoices):
    PAUSE = "pause", "Pause"
    FLAG = "flag", "Flag for review"


class PauseRule(models.Model):
    """A condition over a window on a metric the system computes, and what to do when it holds."""

    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="pause_rules")
    name = models.CharField(max_length=120)
    metric = models.CharField(max_length=24, choices=PauseMetric.choices)
    window_days = models.PositiveSmallIntegerField(
        help_text="How far back the condition looks, in days (0 for conditions without a window)."
    )
    threshold = models.PositiveSmallIntegerField(help_text="The condition holds at or above this value.")
    action = models.CharField(max_length=5, choices=PauseAction.choices)
    review_days = models.PositiveSmallIntegerField(
        default=14,
        validators=[MinValueValidator(1), MaxValueValidator(90)],
        help_text="Review after this many days.",
    )
    enabled = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["program", "pk"]
        constraints = [models.UniqueConstraint(fields=["program", "name"], name="pause_rule_name_unique")]

    def __str__(self) -> str:
        return self.name


class BlackoutPeriod(models.Model):
    """A program calendar entry (exams, say) during which a blackout rule pauses supporters."""

    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="blackout_periods")
    name = models.CharField(max_length=120)
    starts_on = models.DateField()
    ends_on = models.DateField(help_text="The last day of the period.")

    class Meta:
        ordering = ["program", "starts_on"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=models.F("starts_on")), name="blackout_ends_after_start"
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} ({dates.day(self.starts_on)} – {dates.day(self.ends_on)})"


class PauseTrigger(models.TextChoices):
    SELF = "self", "Asked to pause"
    MANUAL = "manual", "Paused by a supervisor or coordinator"
    RULE = "rule", "Pause rule"


class PauseEnd(models.TextChoices):
    RESUMED = "resumed", "Resumed with a supervisor's sign-off"
    REVIEWED = "reviewed", "Reviewed by a supervisor"
    BLACKOUT_OVER = "blackout_over", "The blackout period ended"
    LEFT = "left", "The supporter left the role"
    UNDONE = "undone", "Undone by the supporter"


class Pause(models.Model):
    """One pause (or flag for review) of a supporter: its trigger, private reason, review date and how
    it ended. Rows are never deleted; the membership is paused while any open pause-action row exists."""

    membership = models.ForeignKey(Membership, on_delete=models.PROTECT, related_name="pauses")
    program = models.ForeignKey(Program, on_delete=models.PROTECT, related_name="pauses")
    action = models.CharField(max_length=5, choices=PauseAction.choices, default=PauseAction.PAUSE)
    trigger = models.CharField(max_length=6, choices=PauseTrigger.choices)
    rule = models.ForeignKey(
        PauseRule, on_delete=models.PROTECT, null=True, blank=True, related_name="pauses"
    )
    # Private (the supporter and their supervisors; never coordinators): encrypted like narratives.
    reason_encrypted = models.TextField(blank=True)
    evidence_at = models.DateTimeField(
        null=True, blank=True, help_text="When the triggering condition arose."
    )
    started_at = models.DateTimeField(default=timezone.now)
    review_on = models.DateField()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    ended_at = models.DateTimeField(null=True, blank=True)
    ended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    end_kind = models.CharField(max_length=14, choices=PauseEnd.choices, blank=True)
    end_note_encrypted = models.TextField(blank=True)
    # Which evaluation inserted the row: a bulk insert that skips conflicts reads back its own rows by it.
    batch = models.UUIDField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-started_at", "-pk"]
        constraints = [
            # At most one open pause per supporter per rule, and one open self or manual pause: two
            # evaluations at once, or a double tap, settle on these.
            models.UniqueConstraint(
                fields=["membership", "rule"],
                condition=Q(ended_at__isnull=True, rule__isnull=False),
                name="one_open_pause_per_rule",
            ),
            models.UniqueConstraint(
                fields=["membership", "trigger"],
                condition=Q(ended_at__isnull=True, rule__isnull=True),
                name="one_open_pause_per_trigger",
            ),
            models.CheckConstraint(
                condition=Q(trigger="rule", rule__isnull=False) | (~Q(trigger="rule") & Q(rule__isnull=True)),
                name="pause_rule_matches_trigger",
            ),
            models.CheckConstraint(
                condition=Q(ended_at__isnull=True, end_kind="") | Q(ended_at__isnull=False) & ~Q(end_kind=""),
                name="pause_end_has_a_kind",
            ),
        ]
        indexes = [
            models.Index(fields=["membership", "ended_at"], name="pause_membership_open"),
            models.Index(fields=["program", "ended_at"], name="pause_program_open"),
        ]

    def __str__(self) -> str:
        return f"{self.get_action_display()} of {self.membership_id} ({self.get_trigger_display()})"

    @property
    def is_open(self) -> bool:
        return self.ended_at is None

    @property
    def trigger_label(self) -> str:
        return self.rule.name if self.rule_id and self.rule else self.get_trigger_display()


# --- On-call rosters (SPEC 4.3) ---------------------------------------------------------------------


class RosterRole(models.TextChoices):
    SUPPORTER = "supporter", "Supporter"
    SUPERVISOR = "supervisor", "Supervisor"


class RosterSettings(models.Model):
    """A program's rest rules and swap policy for its rosters."""

    program = models.OneToOneField(Program, on_delete=models.CASCADE, related_name="roster_settings")
    min_rest_hours = models.PositiveSmallIntegerField(
        default=10,
        validators=[MaxValueValidator(48)],
        help_text="Hours off between two shifts of one person.",
    )
    max_shifts_per_week = models.PositiveSmallIntegerField(
        default=3, validators=[MinValueValidator(1), MaxValueValidator(14)]
    )
    max_consecutive_nights = models.PositiveSmallIntegerField(
        default=2, validators=[MinValueValidator(1), MaxValueValidator(7)]
    )
    swaps_need_approval = models.BooleanField(default=True)

    def __str__(self) -> str:
        return f"Roster settings for {self.program}"


class ShiftTemplate(models.Model):
    """A recurring on-call shift: who, on which days (an RRULE), and from when to when in the program's
    time zone. The end is the next time the wall clock shows `ends_at` after the start — never the
    start plus a duration — so shifts that meet on the wall clock meet across daylight-saving changes."""

    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="shift_templates")
    name = models.CharField(max_length=120)
    role = models.CharField(max_length=10, choices=RosterRole.choices)
    rrule = models.CharField(
        max_length=500,
        help_text="Days the shift starts on, e.g. FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR or FREQ=DAILY.",
    )
    starts_at = models.TimeField()
    ends_at = models.TimeField(help_text="Earlier than the start means the next day.")
    min_people = models.PositiveSmallIntegerField(
        default=1, validators=[MinValueValidator(1), MaxValueValidator(20)]
    )
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["program", "role", "starts_at"]
        constraints = [
            models.UniqueConstraint(fields=["program", "name"], name="shift_template_name_unique"),
            models.CheckConstraint(
                condition=~Q(ends_at=models.F("starts_at")), name="shift_template_has_length"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.starts_at:%H:%M}–{self.ends_at:%H:%M})"

    @property
    def recurrence_text(self) -> str:
        """When the shift runs, in words: "Every night, 20:00–08:00"."""
        return recurrence.describe(self.rrule, self.starts_at, self.ends_at)


class RosterStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    PUBLISHED = "published", "Published"


class Roster(models.Model):
    """Shifts over a horizon [starts_on, ends_on], generated as a draft and then published."""

    program = models.ForeignKey(Program, on_delete=models.PROTECT, related_name="rosters")
    starts_on = models.DateField()
    ends_on = models.DateField(help_text="The last day of the horizon.")
    status = models.CharField(max_length=10, choices=RosterStatus.choices, default=RosterStatus.DRAFT)
    generated_at = models.DateTimeField(default=timezone.now)
    generated_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    published_at = models.DateTimeField(null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["program", "-starts_on"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=models.F("starts_on")), name="roster_ends_after_start"
            )
        ]

    def __str__(self) -> str:
        return f"Roster {self.starts_on}–{self.ends_on} ({self.get_status_display()})"


class Shift(models.Model):
    """One occurrence of a template. `uid`, `sequence` and `updated_at` feed the calendar (ICS) feeds."""

    program = models.ForeignKey(Program, on_delete=models.PROTECT, related_name="shifts")
    roster = models.ForeignKey(Roster, on_delete=models.CASCADE, related_name="shifts")
    template = models.ForeignKey(
        ShiftTemplate, on_delete=models.SET_NULL, null=True, blank=True, related_name="shifts"
    )
    name = models.CharField(max_length=120)
    role = models.CharField(max_length=10, choices=RosterRole.choices)
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    min_people = models.PositiveSmallIntegerField(default=1)
    is_night = models.BooleanField(default=False)
    is_weekend = models.BooleanField(default=False)
    # Why the shift has fewer people than it needs, as counts by reason (empty when filled).
    unfilled = models.JSONField(default=dict, blank=True)
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    sequence = models.PositiveIntegerField(default=0)
    # How far the gap alerts for a short shift have gone: 0 none, 1 at 14 days, 2 at 72 hours, 3 at 24.
    gap_alert_stage = models.PositiveSmallIntegerField(default=0)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["starts_at", "role", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")), name="shift_ends_after_start"
            )
        ]
        indexes = [
            models.Index(fields=["program", "starts_at"], name="shift_program_start"),
            models.Index(fields=["roster", "starts_at"], name="shift_roster_start"),
        ]

    def __str__(self) -> str:
        return f"{self.name} {self.starts_at:%Y-%m-%d %H:%M}"

    @property
    def hours(self) -> float:
        return (self.ends_at - self.starts_at).total_seconds() / 3600


class AssignmentSource(models.TextChoices):
    GENERATED = "generated", "Generated"
    SWAP = "swap", "Swap"
    OVERRIDE = "override", "Override"
    REASSIGNED = "reassigned", "Reassigned after a pause or departure"


class ShiftAssignment(models.Model):
    """A person on a shift. Ended rather than deleted, so fairness and the feeds keep the history."""

    shift = models.ForeignKey(Shift, on_delete=models.CASCADE, related_name="assignments")
    membership = models.ForeignKey(Membership, on_delete=models.PROTECT, related_name="shift_assignments")
    source = models.CharField(
        max_length=10, choices=AssignmentSource.choices, default=AssignmentSource.GENERATED
    )
    assigned_at = models.DateTimeField(default=timezone.now)
    ended_at = models.DateTimeField(null=True, blank=True)
    ended_reason = models.CharField(max_length=200, blank=True)
    # Ended when its draft was published because the person could no longer take the shift; the roster's
    # coordinators see these as the places left open at publishing.
    dropped_at_publishing = models.BooleanField(default=False)
    reminded_at = models.DateTimeField(null=True, blank=True, help_text="The day-before reminder.")
    handed_over_at = models.DateTimeField(null=True, blank=True, help_text="The notice at the shift's start.")

    class Meta:
        ordering = ["shift", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["shift", "membership"],
                condition=Q(ended_at__isnull=True),
                name="one_open_assignment_per_person",
            )
        ]
        indexes = [models.Index(fields=["membership", "ended_at"], name="assignment_member_open")]

    def __str__(self) -> str:
        return f"{self.membership_id} on {self.shift_id}"


class UnavailabilityKind(models.TextChoices):
    EXAM = "exam", "Exam"
    PLACEMENT = "placement", "Placement"
    LEAVE = "leave", "Leave"
    OTHER = "other", "Other"


class Unavailability(models.Model):
    """A one-off time a member cannot take shifts (exams, placements, leave)."""

    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="unavailability")
    kind = models.CharField(
        max_length=10, choices=UnavailabilityKind.choices, default=UnavailabilityKind.OTHER
    )
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["membership", "starts_at"]
        verbose_name_plural = "unavailability"
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")), name="unavailability_ends_after_start"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.starts_at:%Y-%m-%d}–{self.ends_at:%Y-%m-%d}"


def _feed_token() -> str:
    return secrets.token_urlsafe(32)


class CalendarFeed(models.Model):
    """A person's private calendar-feed address. The token is the only key, so it can be revoked (and a
    new one made) at any time; a revoked token answers 404."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feeds"
    )
    token = models.CharField(max_length=64, unique=True, default=_feed_token, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["user", "-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user"], condition=Q(revoked_at__isnull=True), name="one_live_feed_per_user"
            )
        ]

    def __str__(self) -> str:
        return f"Calendar feed of {self.user_id}"


class ProgramCalendarFeed(models.Model):
    """A coordinator's or supervisor's private address for their program's whole roster, for a calendar
    app that cannot sign in. Like `CalendarFeed`, the token is the only key: it is kept as the person
    feeds keep theirs (so the page can show the address again), answers 404 once revoked, and closes
    by itself when its holder no longer coordinates or supervises in the program. One live per holder
    and program; making a new one revokes the old."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="program_calendar_feeds"
    )
    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="calendar_feeds")
    token = models.CharField(max_length=64, unique=True, default=_feed_token, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["program", "user", "-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "program"],
                condition=Q(revoked_at__isnull=True),
                name="one_live_program_feed_per_holder",
            )
        ]

    def __str__(self) -> str:
        return f"Roster feed of program {self.program_id} for {self.user_id}"


class SwapStatus(models.TextChoices):
    OPEN = "open", "Open"
    TAKEN = "taken", "Taken, awaiting approval"
    APPROVED = "approved", "Approved"
    REJECTED = "rejected", "Rejected"
    EXPIRED = "expired", "Expired"
    CANCELLED = "cancelled", "Withdrawn"


SWAP_PENDING = (SwapStatus.OPEN, SwapStatus.TAKEN)


class SwapRequest(models.Model):
    """Someone offers their place on a shift; a colleague of the same role takes it; a coordinator
    approves (where the program asks for approval) — or it is rejected, withdrawn, or expires when the
    shift starts. Every step re-checks rest rules and coverage."""

    assignment = models.ForeignKey(ShiftAssignment, on_delete=models.CASCADE, related_name="swap_requests")
    shift = models.ForeignKey(Shift, on_delete=models.CASCADE, related_name="swap_requests")
    offered_by = models.ForeignKey(Membership, on_delete=models.PROTECT, related_name="swaps_offered")
    taken_by = models.ForeignKey(
        Membership, on_delete=models.PROTECT, null=True, blank=True, related_name="swaps_taken"
    )
    status = models.CharField(max_length=10, choices=SwapStatus.choices, default=SwapStatus.OPEN)
    created_at = models.DateTimeField(auto_now_add=True)
    taken_at = models.DateTimeField(null=True, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["shift__starts_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["assignment"],
                condition=Q(status__in=["open", "taken"]),
                name="one_pending_swap_per_assignment",
            )
        ]

    def __str__(self) -> str:
        return f"Swap of {self.assignment_id} ({self.status})"


# --- Advice on demand: paging, acknowledgement, escalation (SPEC 4.3) ------------------------------------


class EscalationTarget(models.TextChoices):
    ON_CALL_SUPERVISOR = "on_call_supervisor", "The supervisor on call now"
    NEXT_SUPERVISOR = (
        "next_supervisor",
        "The next supervisor on the roster, and the supporter's own supervisors",
    )
    ALL_SUPERVISORS = "all_supervisors", "Every supervisor of the program"
    ALL_COORDINATORS = "all_coordinators", "Every coordinator of the program"


# Targets that reach everyone in a role, so they resolve to nobody only if the program has nobody in it: a
# chain must end with one of them (supervision/advice/services.py, `save_chain`).
CATCH_ALL_TARGETS = (EscalationTarget.ALL_SUPERVISORS, EscalationTarget.ALL_COORDINATORS)


class AdviceUrgency(models.TextChoices):
    ROUTINE = "routine", "Routine"
    URGENT = "urgent", "Urgent"
    EMERGENCY = "emergency", "Emergency"


class AdviceStatus(models.TextChoices):
    PAGED = "paged", "Paged"
    ACKNOWLEDGED = "acknowledged", "Acknowledged"
    RESOLVED = "resolved", "Resolved"


# Minutes a step waits for an acknowledgement before the next is paged, by urgency.
DEFAULT_WAIT_MINUTES = {AdviceUrgency.EMERGENCY: 5, AdviceUrgency.URGENT: 10, AdviceUrgency.ROUTINE: 60}
DEFAULT_REPEAT_MINUTES = 15
# Every program starts with this chain: whoever is on call, then the next on the roster and the
# supporter's own supervisors, then every coordinator.
DEFAULT_CHAIN = (
    EscalationTarget.ON_CALL_SUPERVISOR,
    EscalationTarget.NEXT_SUPERVISOR,
    EscalationTarget.ALL_COORDINATORS,
)


class EscalationChain(models.Model):
    """Who a program's advice requests page, in order, until someone acknowledges. After the last step
    every target of the chain is paged again every `repeat_minutes`."""

    program = models.OneToOneField(Program, on_delete=models.CASCADE, related_name="escalation_chain")
    repeat_minutes = models.PositiveSmallIntegerField(
        default=DEFAULT_REPEAT_MINUTES, validators=[MinValueValidator(1), MaxValueValidator(240)]
    )
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    def __str__(self) -> str:
        return f"Escalation chain of {self.program}"


class EscalationStep(models.Model):
    chain = models.ForeignKey(EscalationChain, on_delete=models.CASCADE, related_name="steps")
    position = models.PositiveSmallIntegerField()
    target = models.CharField(max_length=20, choices=EscalationTarget.choices)
    emergency_minutes = models.PositiveSmallIntegerField(default=5)
    urgent_minutes = models.PositiveSmallIntegerField(default=10)
    routine_minutes = models.PositiveSmallIntegerField(default=60)

    class Meta:
        ordering = ["chain", "position"]
        constraints = [
            models.UniqueConstraint(fields=["chain", "position"], name="escalation_step_position_unique")
        ]

    def __str__(self) -> str:
        return f"Step {self.position + 1}: {self.get_target_display()}"

    def wait_minutes(self, urgency: str) -> int:
        return int(getattr(self, f"{urgency}_minutes"))


class AdviceRequest(models.Model):
    """A supporter asks for advice now. No free text: what happened is for the call, not the record."""

    program = models.ForeignKey(Program, on_delete=models.PROTECT, related_name="advice_requests")
    requester = models.ForeignKey(Membership, on_delete=models.PROTECT, related_name="advice_requests")
    urgency = models.CharField(max_length=10, choices=AdviceUrgency.choices)
    status = models.CharField(max_length=12, choices=AdviceStatus.choices, default=AdviceStatus.PAGED)
    # Opened by a high- or imminent-risk contact rather than by a tap.
    contact = models.OneToOneField(
        Contact, on_delete=models.SET_NULL, null=True, blank=True, related_name="advice_request"
    )
    created_at = models.DateTimeField(default=timezone.now)
    # Index of the chain step paged last; past the last step, each repeat adds one.
    step = models.PositiveSmallIntegerField(default=0)
    next_escalation_at = models.DateTimeField(null=True, blank=True)
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["status", "next_escalation_at"], name="advice_escalation_due"),
            models.Index(fields=["program", "-created_at"], name="advice_program_newest"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status="paged")
                | Q(status="acknowledged", acknowledged_at__isnull=False)
                | Q(status="resolved", resolved_at__isnull=False),
                name="advice_status_has_its_time",
            )
        ]

    def __str__(self) -> str:
        return f"Advice request #{self.pk} ({self.get_urgency_display()}, {self.get_status_display()})"


class AdvicePage(models.Model):
    """One page of one person for a request, with when: the record of who was asked and when."""

    request = models.ForeignKey(AdviceRequest, on_delete=models.CASCADE, related_name="pages")
    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    step = models.PositiveSmallIntegerField()
    target = models.CharField(max_length=20, choices=EscalationTarget.choices, blank=True)
    paged_at = models.DateTimeField()

    class Meta:
        ordering = ["paged_at", "pk"]
        indexes = [models.Index(fields=["recipient", "request"], name="advice_page_recipient")]

    def __str__(self) -> str:
        return f"Page of {self.recipient_id} for request #{self.request_id}"
