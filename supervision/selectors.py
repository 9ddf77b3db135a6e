"""Selectors for supervision records: fetching paired with authorisation (SPEC 3.2, 3.6).

- A supporter sees their own contacts, check-ins and sessions.
- A supervisor (primary or backup) sees those of the supporters they supervise.
- A coordinator sees the *structured* fields of their program's contacts and sessions
  (never narratives, annotations or check-in answers) — callers use `narrative_readable`.
- Sponsors, applicants and reviewers see none of it.
- All of it only through current memberships (`program.selectors.own_memberships`): once a
  membership ends, its records are out of scope in pages and API alike (SPEC 3.8).
"""

from __future__ import annotations

from django.db.models import Exists, IntegerField, OuterRef, Q, QuerySet, Value
from django.utils import timezone

from program.keyset import Keyset
from program.models import CURRENT_STATUSES, Membership, Role, SupervisorAssignment
from program.selectors import AnyUser, own_memberships, programs_with, supervised_memberships
from supervision.models import (
    BlackoutPeriod,
    CalendarFeed,
    CheckIn,
    Contact,
    ContactStatus,
    DebriefGrant,
    Pause,
    PauseRule,
    ProgramCalendarFeed,
    Roster,
    RosterStatus,
    SessionKind,
    Shift,
    ShiftAssignment,
    ShiftTemplate,
    SupervisionSession,
    SwapRequest,
)


def _own_supporter_memberships(user: AnyUser) -> QuerySet[Membership]:
    return own_memberships(user, Role.SUPPORTER)


def wellbeing_scope(user: AnyUser) -> QuerySet[Membership]:
    """Supporter memberships whose private records the user may read: their own and their supervisees'."""
    return Membership.objects.filter(
        Q(pk__in=_own_supporter_memberships(user).values("pk"))
        | Q(pk__in=supervised_memberships(user).values("pk"))
    )


def debrief_grants_held_by(user: AnyUser) -> QuerySet[DebriefGrant]:
    """Debrief grants the user may act on now: open, held through a current supervisor membership, on a
    current supporter who still has no supervisor. All three are checked here, not only recorded when a
    grant ends, so a grant whose ending was missed is not honoured (fail closed)."""
    assigned = SupervisorAssignment.objects.filter(supporter=OuterRef("supporter_id"), ended_on__isnull=True)
    return DebriefGrant.objects.filter(
        ended_at__isnull=True,
        grantee__in=own_memberships(user, Role.SUPERVISOR),
        supporter__status__in=CURRENT_STATUSES,
    ).exclude(Exists(assigned))


def debrief_grant_for(user: AnyUser, contact: Contact) -> DebriefGrant | None:
    """The user's honoured grant on this contact, if they hold one."""
    return debrief_grants_held_by(user).filter(contact=contact).first()


def _own_and_granted(user: AnyUser) -> tuple[list[int], list[int]]:
    """The user's own supporter memberships and the contacts their debrief grants open, in one query
    (a union, tagged by a constant) so granting costs the contact pages and endpoints no extra query."""
    own = (
        _own_supporter_memberships(user)
        .order_by()
        .annotate(kind=Value(0, output_field=IntegerField()))
        .values_list("pk", "kind")
    )
    granted = (
        debrief_grants_held_by(user)
        .order_by()
        .annotate(kind=Value(1, output_field=IntegerField()))
        .values_list("contact_id", "kind")
    )
    rows = list(own.union(granted, all=True))
    return [pk for pk, kind in rows if kind == 0], [pk for pk, kind in rows if kind == 1]


def contacts_visible_to(user: AnyUser) -> QuerySet[Contact]:
    """Own and supervisees' contacts (drafts to their owner only); coordinators' programs' submitted ones;
    the contacts a debrief grant opens to the on-call supervisor."""
    # The scope is resolved into id lists first (three small queries): an OR of subqueries keeps
    # the database from using the contact indexes and makes it scan every contact.
    own, granted = _own_and_granted(user)
    supervised = list(supervised_memberships(user).values_list("pk", flat=True))
    managed = list(programs_with(user, "manage_program").values_list("pk", flat=True))
    return Contact.objects.filter(
        Q(supporter_id__in=own)
        | Q(supporter_id__in=supervised, status=ContactStatus.SUBMITTED)
        | Q(program_id__in=managed, status=ContactStatus.SUBMITTED)
        | Q(pk__in=granted, status=ContactStatus.SUBMITTED)
    )


# How contact lists page, on the pages and in the API alike: newest contact date first, then newest id
# (index `contact_newest_first`), by keyset so a deep page costs what the first does.
CONTACTS_NEWEST_FIRST = Keyset(Contact, "contact_date", salt="contacts")


def narrative_readable(user: AnyUser, contact: Contact) -> bool:
    """Narratives and annotations: the supporter who wrote it, their supervisors, and the holder of a
    debrief grant on this one contact."""
    if not (user.is_authenticated and user.is_active):
        return False
    if contact.supporter.user_id == user.pk:
        return contact.supporter.status in CURRENT_STATUSES
    if supervised_memberships(user).filter(pk=contact.supporter_id).exists():
        return True
    return debrief_grant_for(user, contact) is not None


def debrief_scope_in(user: AnyUser, program_id: int) -> QuerySet[Membership]:
    """Supporters the user may record a debrief with: their supervisees, and supporters whose contact
    a debrief grant opens to them (for that contact only; see `services.record_session`)."""
    granted = debrief_grants_held_by(user).filter(program_id=program_id).values("supporter_id")
    return Membership.objects.filter(
        Q(pk__in=supervised_memberships(user).filter(program_id=program_id).values("pk")) | Q(pk__in=granted)
    )


def may_annotate(user: AnyUser, contact: Contact) -> bool:
    return supervised_memberships(user).filter(pk=contact.supporter_id).exists()


def checkins_visible_to(user: AnyUser) -> QuerySet[CheckIn]:
    """Check-ins are the supporter's own wellbeing data: them and their supervisors only."""
    return CheckIn.objects.filter(supporter__in=wellbeing_scope(user))


def sessions_visible_to(user: AnyUser) -> QuerySet[SupervisionSession]:
    """Sessions the user led or attended, those of their supervisees, and all of programs they coordinate."""
    if not (user.is_authenticated and user.is_active):
        return SupervisionSession.objects.none()
    return SupervisionSession.objects.filter(
        Q(supervisor__in=own_memberships(user, Role.SUPERVISOR))
        | Q(supporters__in=wellbeing_scope(user))
        | Q(program__in=programs_with(user, "manage_program"))
    ).distinct()


def session_notes_readable(user: AnyUser, session: SupervisionSession) -> bool:
    """Advice and follow-ups: the supervisor who led it, attendees, and attendees' supervisors."""
    if not (user.is_authenticated and user.is_active):
        return False
    if session.supervisor.user_id == user.pk and session.supervisor.status in CURRENT_STATUSES:
        return True
    if session.kind == SessionKind.GROUP:
        # Group notes may touch several supporters' contacts: the leader and the attendees only.
        return session.supporters.filter(pk__in=_own_supporter_memberships(user).values("pk")).exists()
    return session.supporters.filter(pk__in=wellbeing_scope(user).values("pk")).exists()


def supporters_supervised_in(user: AnyUser, program_id: int) -> QuerySet[Membership]:
    return supervised_memberships(user).filter(program_id=program_id)


def pauses_visible_to(user: AnyUser) -> QuerySet[Pause]:
    """Own pauses, supervisees' pauses, and (status only — callers check `reason_readable`) the pauses
    in programs the user coordinates."""
    if not (user.is_authenticated and user.is_active):
        return Pause.objects.none()
    return Pause.objects.filter(
        Q(membership__in=_own_supporter_memberships(user))
        | Q(membership__in=supervised_memberships(user))
        | Q(program__in=programs_with(user, "manage_program"))
        # A debrief grant's holder may sign off the supporter's pending pause (status only, no reason).
        | Q(membership__in=debrief_grants_held_by(user).values("supporter_id"), ended_at__isnull=True)
    )


def pause_rules_visible_to(user: AnyUser) -> QuerySet[PauseRule]:
    """Rules of the programs the user coordinates or supervises in (supervisors read, coordinators edit)."""
    if not (user.is_authenticated and user.is_active):
        return PauseRule.objects.none()
    return PauseRule.objects.filter(
        Q(program__in=programs_with(user, "manage_program"))
        | Q(program__in=own_memberships(user, Role.SUPERVISOR).values("program_id"))
    )


def blackouts_visible_to(user: AnyUser) -> QuerySet[BlackoutPeriod]:
    """The program calendar: every current member of the program may see when blackouts are."""
    if not (user.is_authenticated and user.is_active):
        return BlackoutPeriod.objects.none()
    return BlackoutPeriod.objects.filter(program__in=own_memberships(user).values("program_id"))


ROSTER_ROLES = (Role.COORDINATOR, Role.SUPERVISOR, Role.SUPPORTER)


def roster_program_ids(user: AnyUser) -> list[int]:
    """Programs where the user is a current coordinator, supervisor or supporter (who rosters concern)."""
    return list(own_memberships(user, *ROSTER_ROLES).values_list("program_id", flat=True).distinct())


def live_calendar_feeds() -> QuerySet[CalendarFeed]:
    """Private calendar feeds that still open: not revoked, and their owner still holds a current role that
    rosters concern. The token is the only key, so leaving must close it like every other read (SPEC 3.8)."""
    rostered = Membership.objects.filter(role__in=ROSTER_ROLES, status__in=CURRENT_STATUSES).values("user_id")
    return CalendarFeed.objects.filter(revoked_at__isnull=True, user__is_active=True, user_id__in=rostered)


PROGRAM_FEED_ROLES = (Role.COORDINATOR, Role.SUPERVISOR)


def may_hold_program_feed(user: AnyUser, program_id: int) -> bool:
    """Coordinators and supervisors of the program may have a private address for its whole roster."""
    return own_memberships(user, *PROGRAM_FEED_ROLES).filter(program_id=program_id).exists()


def live_program_calendar_feeds() -> QuerySet[ProgramCalendarFeed]:
    """Program roster feeds that still open: not revoked, and their holder still an active user with a
    current coordinator or supervisor role in that program (leaving closes the address, SPEC 3.8)."""
    holding = Membership.objects.filter(
        user_id=OuterRef("user_id"),
        program_id=OuterRef("program_id"),
        role__in=PROGRAM_FEED_ROLES,
        status__in=CURRENT_STATUSES,
    )
    return ProgramCalendarFeed.objects.filter(revoked_at__isnull=True, user__is_active=True).filter(
        Exists(holding)
    )


def rosters_visible_to(user: AnyUser) -> QuerySet[Roster]:
    """Published rosters of the user's rostered programs; drafts too where they coordinate."""
    return Roster.objects.filter(
        Q(program_id__in=roster_program_ids(user), status=RosterStatus.PUBLISHED)
        | Q(program__in=programs_with(user, "manage_program"))
    )


def shifts_visible_to(user: AnyUser) -> QuerySet[Shift]:
    return Shift.objects.filter(
        Q(program_id__in=roster_program_ids(user), roster__status=RosterStatus.PUBLISHED)
        | Q(program__in=programs_with(user, "manage_program"))
    )


def places_dropped_at_publishing_visible_to(user: AnyUser) -> QuerySet[ShiftAssignment]:
    """Places left open when a draft was published, for the coordinators of its program only: why a
    colleague could no longer take a shift (a pause, say) is theirs to see, not the roster's readers'."""
    return ShiftAssignment.objects.filter(
        dropped_at_publishing=True, shift__program__in=programs_with(user, "manage_program")
    )


def shift_templates_visible_to(user: AnyUser) -> QuerySet[ShiftTemplate]:
    return ShiftTemplate.objects.filter(program_id__in=roster_program_ids(user))


def swaps_visible_to(user: AnyUser) -> QuerySet[SwapRequest]:
    """Swap requests in the user's rostered programs (offers are shown to colleagues, who may take them)."""
    return SwapRequest.objects.filter(shift__program_id__in=roster_program_ids(user))


def own_shift_places(user: AnyUser) -> QuerySet[ShiftAssignment]:
    """The user's own current places on published, not cancelled shifts, through their current
    memberships (SPEC 3.8): what they may offer for a swap."""
    return ShiftAssignment.objects.filter(
        membership__in=own_memberships(user, *ROSTER_ROLES),
        ended_at__isnull=True,
        shift__roster__status=RosterStatus.PUBLISHED,
        shift__cancelled_at__isnull=True,
    )


def upcoming_shifts_held_by(membership: Membership) -> int:
    """How many future published shifts this member holds: what a pause would hand on."""
    return ShiftAssignment.objects.filter(
        membership=membership,
        ended_at__isnull=True,
        shift__starts_at__gt=timezone.now(),
        shift__cancelled_at__isnull=True,
        shift__roster__status="published",
    ).count()
