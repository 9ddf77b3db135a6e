"""Rewrite stored notifications to the fixed, non-identifying text of their kind (SPEC 3.7).

Rows written before the catalogue could pair a person with a wellbeing fact ("<name> is paused: High
burnout …"). Each row's kind is first made specific where the old kind was shared (the old text decides
which), then its title and body are replaced by that kind's text; a kind not in the catalogue gets the
generic text. One UPDATE per kind. The texts are a snapshot of program.notifications.TEMPLATES, so this
migration keeps working whatever later happens to that module. Not reversible: the old text is gone on
purpose.
"""

from django.db import migrations

TEXTS = {
    "invitation": (
        "You have been invited to a peer-support program",
        "Choose a password to sign in. The link works once and expires in a few days.",
    ),
    "membership": ("You have a new role in a peer-support program", "Sign in and open the link to see it."),
    "assignment": (
        "A supporter has been assigned to you",
        "You are now their supervisor or backup supervisor.",
    ),
    "training_expiry": (
        "A training record of yours expires soon",
        "Book a refresher before it expires so you can stay on the roster.",
    ),
    "review_assigned": ("An application to review", "Please review it by its due date."),
    "reviewers_short": (
        "An application needs more reviewers",
        "Add reviewers to the intake; the application is waiting.",
    ),
    "review_overdue": ("A review is overdue", "Please submit it, or declare a conflict so someone else can."),
    "application_decided": ("A decision on your application", "Open your application to see it."),
    "waitlist_offer": ("A place has come up", "Open your application to accept or decline the offer."),
    "offer_declined": (
        "An offer was declined",
        "If anyone is waitlisted, the next one can be offered the place.",
    ),
    "offer_accepted": ("An offer was accepted", "Assign a supervisor and record their training."),
    "welcome_supporter": (
        "Welcome to the program as a supporter",
        "Complete the training your program requires before your first shift.",
    ),
    "high_risk_contact": (
        "A contact needs a debrief within 24 hours",
        "A supporter you supervise has logged a contact that needs a debrief. Open the record, check they and the peer are safe, and arrange a debrief.",
    ),
    "high_risk_on_call": (
        "A contact was logged that may need on-call advice",
        "A supporter in your program or their supervisor may call you for advice.",
    ),
    "debrief_overdue": ("A debrief is overdue", "Please arrange it today."),
    "checkin_reminder": (
        "Your weekly check-in",
        "A minute to note how you are. Only you and your supervisors see it.",
    ),
    "checkin_request": (
        "A supporter's check-in asks for your attention",
        "Please get in touch with them soon.",
    ),
    "supporter_unsupervised": (
        "A supporter needs a supervisor",
        "Assign a supervisor and backup so their requests and reviews reach someone.",
    ),
    "pause_review": (
        "A supporter's pause needs your review",
        "Check in with them and review it by its review date; resuming needs your sign-off.",
    ),
    "flag_review": (
        "A supporter's flag needs your review",
        "Review it with them and record what you decided.",
    ),
    "status_changed": (
        "Your supporter status has changed",
        "Open the link to see what changed and what support is there.",
    ),
    "roster_published": (
        "Your on-call shifts are published",
        "See them on your shifts page or in your calendar feed.",
    ),
    "shift_reassigned": (
        "You have been given more on-call shifts",
        "See them on your shifts page or in your calendar feed.",
    ),
    "shift_added": ("You have been put on an on-call shift", "See it on your shifts page."),
    "shift_removed": ("You have been taken off an on-call shift", "See your shifts page."),
    "shift_reminder": (
        "Reminder: you're on call tomorrow",
        "The crisis lines and who else is on call are on the On call now page.",
    ),
    "shift_handover": (
        "Your on-call shift has started",
        "The crisis lines and who else is on call are on the On call now page.",
    ),
    "roster_gap": ("On-call shifts now without anyone", "Open the roster to fill them."),
    "roster_gap_soon": ("An on-call shift in the next two weeks has nobody", "Open the roster to fill it."),
    "roster_gap_urgent": (
        "Urgent: an on-call shift within three days has nobody",
        "Open the roster to fill it.",
    ),
    "roster_gap_cover": (
        "Urgent: an on-call shift within a day has nobody — can you cover?",
        "Open the roster to see it.",
    ),
    "swap_offered": ("A shift is offered", "Open the roster to take it."),
    "swap_taken": ("A shift swap awaits a coordinator's approval", "Open the roster to see it."),
    "swap_refused": ("A shift swap was not approved", "Open the roster to see it."),
    "swap_done": ("A shift swap is done", "See your shifts page."),
    "continuity_risk": ("New continuity risks in your program", "Open the continuity page."),
    "continuity_score": ("Your program's continuity score has changed", "The coordinators have the details."),
}
GENERIC = (
    "Something in a peer-support program needs your attention",
    "Sign in and open the link to see it.",
)

# (old kind, words in the old title or None for "any other", new kind), first match wins per row.
RECLASSIFY = [
    ("pause", "is flagged for review", "flag_review"),
    ("pause", "is paused:", "pause_review"),
    ("pause", None, "status_changed"),
    ("swap", "A shift is offered", "swap_offered"),
    ("swap", "once a coordinator approves", "swap_taken"),
    ("swap", "Swap not approved", "swap_refused"),
    ("swap", "Swap done", "swap_done"),
    ("shift_changed", "no longer on call", "shift_removed"),
    ("shift_changed", "put on call", "shift_added"),
    ("roster_gap", "next two weeks", "roster_gap_soon"),
    ("roster_gap", "within three days", "roster_gap_urgent"),
    ("roster_gap", "can you cover", "roster_gap_cover"),
    ("application_decided", "A place has come up", "waitlist_offer"),
    # Kinds the scale seeder used before the catalogue.
    ("training_expiring", None, "training_expiry"),
    ("supervisor_assigned", None, "assignment"),
    ("membership_changed", None, "membership"),
    ("check_in_due", None, "checkin_reminder"),
]


def rewrite(apps, schema_editor):
    Notification = apps.get_model("program", "Notification")
    # The sponsors' copy of a continuity alert carried the score and no link.
    Notification.objects.filter(kind="continuity_risk", link="").update(kind="continuity_score")
    for old, words, new in RECLASSIFY:
        rows = Notification.objects.filter(kind=old)
        if words is not None:
            rows = rows.filter(title__contains=words)
        rows.update(kind=new)
    for kind, (title, body) in TEXTS.items():
        Notification.objects.filter(kind=kind).update(title=title, body=body)
    Notification.objects.exclude(kind__in=list(TEXTS)).update(title=GENERIC[0], body=GENERIC[1])


class Migration(migrations.Migration):
    dependencies = [("program", "0004_membership_academic_standing")]

    operations = [migrations.RunPython(rewrite, migrations.RunPython.noop)]
