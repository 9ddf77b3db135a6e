"""In-app inbox plus e-mail, Web Push and SMS/voice, through one function (SPEC 3.7: messages leave
the building).

Stored and e-mailed text never pairs a person with a wellbeing fact. That is enforced by shape, not by
care at each call site: a caller names a *kind* from the fixed catalogue below and a link to the record;
the title and body are the kind's template, which takes no arguments, so no name, date, reason or score
can reach the text. Who a message concerns is shown only when the inbox is rendered, by reading the
linked record through the selectors under the reader's current permissions (see `concerning`).

Nothing is sent from here. `send` writes the inbox rows and, for each, an outbox row (kind, recipient,
link; no text) in the caller's transaction, so a message exists exactly when its event committed; the
outbox worker in the scheduler process renders the e-mail (`render_email`), the push payload
(`render_push`) or the SMS (`render_sms`) from the same catalogue text and delivers it with retries
(program/outbox.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from django.conf import settings
from django.contrib.auth.models import User
from django.db import transaction
from django.urls import Resolver404, resolve

from program import push, sms
from program.models import DeliveryChannel, Membership, Notification, OutboundMessage, Program, StaffPhone
from program.selectors import memberships_visible_to


@dataclass(frozen=True)
class Template:
    title: str
    body: str = ""


_OPEN = "Sign in and open the link to see it."

TEMPLATES: Mapping[str, Template] = MappingProxyType(
    {
        # program
        "invitation": Template(
            "You have been invited to a peer-support program",
            "Choose a password to sign in. The link works once and expires in a few days.",
        ),
        "membership": Template("You have a new role in a peer-support program", _OPEN),
        "assignment": Template(
            "A supporter has been assigned to you", "You are now their supervisor or backup supervisor."
        ),
        "training_expiry": Template(
            "A training record of yours expires soon",
            "Book a refresher before it expires so you can stay on the roster.",
        ),
        # selection
        "review_assigned": Template("An application to review", "Please review it by its due date."),
        "reviewers_short": Template(
            "An application needs more reviewers", "Add reviewers to the intake; the application is waiting."
        ),
        "review_overdue": Template(
            "A review is overdue", "Please submit it, or declare a conflict so someone else can."
        ),
        "application_decided": Template("A decision on your application", "Open your application to see it."),
        "waitlist_offer": Template(
            "A place has come up", "Open your application to accept or decline the offer."
        ),
        "offer_declined": Template(
            "An offer was declined", "If anyone is waitlisted, the next one can be offered the place."
        ),
        "offer_accepted": Template("An offer was accepted", "Assign a supervisor and record their training."),
        "welcome_supporter": Template(
            "Welcome to the program as a supporter",
            "Complete the training your program requires before your first shift.",
        ),
        # supervision: contacts, check-ins, pauses
        "high_risk_contact": Template(
            "A contact needs a debrief within 24 hours",
            "A supporter you supervise has logged a contact that needs a debrief. "
            "Open the record, check they and the peer are safe, and arrange a debrief.",
        ),
        "high_risk_on_call": Template(
            "A contact was logged that may need on-call advice",
            "A supporter in your program or their supervisor may call you for advice.",
        ),
        "debrief_granted": Template(
            "You are on call: a contact needs a debrief and its supporter has no supervisor",
            "You may read this one contact, record its debrief and sign off a pending pause until a "
            "supervisor is assigned. Sign in and open the link.",
        ),
        "debrief_overdue": Template("A debrief is overdue", "Please arrange it today."),
        # supervision: advice on demand (one kind per urgency: a template takes no arguments)
        "advice_request": Template(
            "A supporter would like advice (routine)", "Open the link to acknowledge with one tap."
        ),
        "advice_request_urgent": Template(
            "A supporter needs advice now (urgent)", "Open the link to acknowledge with one tap."
        ),
        "advice_request_emergency": Template(
            "A supporter needs advice now (emergency)",
            "Open the link to acknowledge with one tap, then call them back or take their call.",
        ),
        "advice_acknowledged": Template(
            "A request for advice has been acknowledged", "Open the link to see who has it and how to call."
        ),
        "checkin_reminder": Template(
            "Your weekly check-in", "A minute to note how you are. Only you and your supervisors see it."
        ),
        "checkin_request": Template(
            "A supporter's check-in asks for your attention", "Please get in touch with them soon."
        ),
        "supervisor_needed": Template(
            "A new supporter needs a supervisor",
            "Assign a supervisor and backup before their first contact, so someone can debrief them.",
        ),
        "supporter_unsupervised": Template(
            "A supporter needs a supervisor",
            "Assign a supervisor and backup so their requests and reviews reach someone.",
        ),
        "pause_review": Template(
            "A supporter's pause needs your review",
            "Check in with them and review it by its review date; resuming needs your sign-off.",
        ),
        "flag_review": Template(
            "A supporter's flag needs your review", "Review it with them and record what you decided."
        ),
        "pause_undone": Template(
            "A supporter undid their pause",
            "They took it back within minutes of asking, so nothing needs your sign-off.",
        ),
        "status_changed": Template(
            "Your supporter status has changed",
            "Open the link to see what changed and what support is there.",
        ),
        # supervision: rosters and swaps
        "roster_published": Template(
            "Your on-call shifts are published", "See them on your shifts page or in your calendar feed."
        ),
        "shift_reassigned": Template(
            "You have been given more on-call shifts",
            "See them on your shifts page or in your calendar feed.",
        ),
        "shift_added": Template("You have been put on an on-call shift", "See it on your shifts page."),
        "shift_removed": Template("You have been taken off an on-call shift", "See your shifts page."),
        "shift_reminder": Template(
            "Reminder: you're on call tomorrow",
            "The crisis lines and who else is on call are on the On call now page.",
        ),
        "shift_handover": Template(
            "Your on-call shift has started",
            "The crisis lines and who else is on call are on the On call now page.",
        ),
        "roster_gap": Template("On-call shifts now without anyone", "Open the roster to fill them."),
        "roster_left_open": Template(
            "A roster was published with shifts left open",
            "Some people on the draft could no longer take their shifts. Open the roster to fill them.",
        ),
        "on_call_empty": Template(
            "Urgent: nobody is on call as supervisor now or within hours",
            "A supervisor shift was left empty. Take it or find someone, and keep your phone near you.",
        ),
        "roster_gap_soon": Template(
            "An on-call shift in the next two weeks has nobody", "Open the roster to fill it."
        ),
        "roster_gap_urgent": Template(
            "Urgent: an on-call shift within three days has nobody", "Open the roster to fill it."
        ),
        "roster_gap_cover": Template(
            "Urgent: an on-call shift within a day has nobody — can you cover?", "Open the roster to see it."
        ),
        "swap_offered": Template("A shift is offered", "Open the roster to take it."),
        "swap_taken": Template("A shift swap awaits a coordinator's approval", "Open the roster to see it."),
        "swap_refused": Template("A shift swap was not approved", "Open the roster to see it."),
        "swap_done": Template("A shift swap is done", "See your shifts page."),
        "swap_withdrawn": Template(
            "A shift swap you took is off", "The shift is no longer offered. See the roster page."
        ),
        "swap_reopened": Template(
            "A shift you offered is open again",
            "The colleague who took it can no longer take it. Open the roster to see it.",
        ),
        # succession
        "continuity_risk": Template("New continuity risks in your program", "Open the continuity page."),
        "continuity_score": Template(
            "Your program's continuity score has changed", "The coordinators have the details."
        ),
    }
)

# The kinds that cannot wait: a page for advice that is urgent or an emergency, a possible call about a
# high-risk contact, and nobody on call. Only these go by SMS/voice (to staff with a phone number), and
# their pushes ask the push service to wake the phone at once (Urgency: high).
URGENT_KINDS: frozenset[str] = frozenset(
    {"advice_request_urgent", "advice_request_emergency", "high_risk_on_call", "on_call_empty"}
)

# What a row whose kind is not in the catalogue (or was written before it) shows.
GENERIC = Template("Something in a peer-support program needs your attention", _OPEN)


class UnknownKind(ValueError):
    """A notification kind that has no template: a programming error, raised before anything is stored."""


@dataclass(frozen=True)
class Message:
    """One message to one person: what kind of thing needs attention, and where it is."""

    recipient: User | int
    kind: str
    link: str = ""
    program: Program | int | None = None

    def __post_init__(self) -> None:
        if self.kind not in TEMPLATES:
            raise UnknownKind(f"No notification template for kind {self.kind!r}.")
        if self.link and not self.link.startswith("/"):
            raise ValueError("A notification links to a page of this site (a path starting with '/').")


def compose(message: Message) -> Notification:
    """The only place a notification's text is written: the kind's template, unsaved (bulk seeders that
    back-date rows use it directly; everything else goes through `send`)."""
    template = TEMPLATES[message.kind]
    program = message.program
    return Notification(
        recipient_id=_pk(message.recipient),
        program_id=program.pk if isinstance(program, Program) else program,
        kind=message.kind,
        title=template.title,
        body=template.body,
        link=message.link,
    )


def send(messages: Iterable[Message], *, email: bool = True) -> list[Notification]:
    """The one way to notify: store each message with its kind's fixed text and queue its deliveries.

    Messages to inactive accounts are dropped, and one person gets one copy of the same kind and link.
    Each inbox row gets an outbox row per channel it leaves by: e-mail (to people with an address), Web
    Push (one per active device subscription, while push is on) and SMS/voice (urgent kinds only, to
    staff with a phone number, while the webhook is configured). All are written together, in the
    caller's transaction when there is one, so an event rolled back leaves no message behind and a
    committed one cannot lose a delivery. At most five queries whatever the number of messages
    (addresses, subscriptions, phones, then one insert each). `email=False` is for demo seeding, which
    must deliver nothing on any channel."""
    pending = {(_pk(m.recipient), m.kind, m.link): m for m in messages}
    if not pending:
        return []
    addresses = dict(
        User.objects.filter(pk__in={key[0] for key in pending}, is_active=True).values_list("pk", "email")
    )
    notes = [compose(message) for (user_id, _, _), message in pending.items() if user_id in addresses]
    devices: dict[int, list[int]] = {}
    phones: set[int] = set()
    if email and notes:
        if push.enabled():
            devices = push.active_subscriptions(list(addresses))
        urgent_to = {note.recipient_id for note in notes if note.kind in URGENT_KINDS}
        if sms.enabled() and urgent_to:
            phones = set(StaffPhone.objects.filter(user_id__in=urgent_to).values_list("user_id", flat=True))
    with transaction.atomic():
        created = Notification.objects.bulk_create(notes, batch_size=500)
        if email:
            # No text and no address: the worker renders the kind's template and reads the recipient's
            # address (or device, or phone) when it sends, so neither is kept twice nor goes stale.
            OutboundMessage.objects.bulk_create(
                [
                    OutboundMessage(
                        channel=channel,
                        kind=note.kind,
                        recipient_id=note.recipient_id,
                        program_id=note.program_id,
                        link=note.link,
                        notification=note,
                        push_subscription_id=device,
                    )
                    for note in created
                    for channel, device in _channels(note, addresses, devices, phones)
                ],
                batch_size=500,
            )
    return created


def _channels(
    note: Notification, addresses: dict[int, str], devices: dict[int, list[int]], phones: set[int]
) -> list[tuple[str, int | None]]:
    """The (channel, device) pairs one inbox row is delivered by."""
    user = note.recipient_id
    found: list[tuple[str, int | None]] = [(DeliveryChannel.EMAIL, None)] if addresses[user] else []
    found += [(DeliveryChannel.PUSH, device) for device in devices.get(user, [])]
    if note.kind in URGENT_KINDS and user in phones:
        found.append((DeliveryChannel.SMS, None))
    return found


def notify(
    recipients: Iterable[User | int],
    *,
    kind: str,
    link: str = "",
    program: Program | int | None = None,
    email: bool = True,
) -> list[Notification]:
    """Send the same kind of message, with the same link, to several people."""
    return send((Message(recipient, kind, link, program) for recipient in recipients), email=email)


def _pk(recipient: User | int) -> int:
    return recipient if isinstance(recipient, int) else recipient.pk


def render_email(kind: str, link: str) -> tuple[str, str]:
    """The subject and body of a message's e-mail: the kind's catalogue text and the link, nothing else
    (a kind no longer in the catalogue gets the generic text)."""
    template = TEMPLATES.get(kind, GENERIC)
    url = f"{settings.SITE_URL}{link}" if link else ""
    body = "\n\n".join(part for part in (template.body, f"Open it here: {url}" if url else "") if part)
    return template.title, body


def absolute_link(link: str) -> str:
    return f"{settings.SITE_URL}{link}" if link else settings.SITE_URL + "/"


def render_push(kind: str, link: str) -> tuple[str, str, str]:
    """A push notification's title, body and the page it opens: the e-mail's catalogue text, nothing
    else."""
    template = TEMPLATES.get(kind, GENERIC)
    return template.title, template.body, absolute_link(link)


def render_sms(kind: str, link: str) -> tuple[str, str]:
    """An SMS (or the script of a call): the kind's title, then the link. Titles are short enough for one
    or two text messages; the link leads to the rest after signing in."""
    return TEMPLATES.get(kind, GENERIC).title, absolute_link(link)


# --- Who a message concerns, at render time only -----------------------------------------------------

# URL name -> function(reader, ids of the record named by the URL's last argument) -> {id: who}. Each
# app registers the pages whose records concern a person, reading them through its own selectors, so
# the answer follows the reader's permissions today rather than when the message was sent.
ConcernsLookup = Callable[[User, list[int]], dict[int, str]]
CONCERNS: dict[str, ConcernsLookup] = {}


def register_concerns(url_name: str, lookup: ConcernsLookup) -> None:
    CONCERNS[url_name] = lookup


def concerning(reader: User, notes: Iterable[Notification]) -> dict[int, str]:
    """Who each message concerns, as far as the reader may still see it (one query per kind of page)."""
    wanted: dict[str, dict[int, list[int]]] = {}
    for note in notes:
        if not note.link:
            continue
        try:
            match = resolve(note.link.split("?")[0])
        except Resolver404:
            continue
        if match.namespaces or match.url_name not in CONCERNS or not match.kwargs:
            continue
        record_id = list(match.kwargs.values())[-1]
        if isinstance(record_id, int):
            wanted.setdefault(match.url_name, {}).setdefault(record_id, []).append(note.pk)
    found: dict[int, str] = {}
    for url_name, by_record in wanted.items():
        for record_id, who in CONCERNS[url_name](reader, list(by_record)).items():
            for note_id in by_record.get(record_id, []):
                found[note_id] = who
    return found


def names_of(reader: User, members: Iterable[Membership]) -> dict[int, str]:
    """Display names of the given memberships, except the reader's own (a message about oneself needs
    no name)."""
    return {m.pk: m.display_name for m in members if m.user_id != reader.pk}


def _members(reader: User, ids: list[int]) -> dict[int, str]:
    return names_of(reader, memberships_visible_to(reader).filter(pk__in=ids).select_related("user"))


register_concerns("member-detail", _members)
register_concerns("member-assign", _members)
