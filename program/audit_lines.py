"""Audit events in words for people: "Dr Hale read a contact's narrative", "Grace accepted the offer".

One function, `sentence`, used by the dashboard's recent changes, the audit trail page and the API.
Privacy (SPEC 3): the only person a line names is the actor; the record is named by its kind ("a
contact", "a pause"), never by whose it is, and a line never repeats free text — the words come from
this catalogue, keyed by what the event's summary says happened, so no narrative, reason or score can
reach a line even if a summary ever held one. Model labels ("supervision.contact") never show.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.apps import apps

if TYPE_CHECKING:
    from program.models import AuditEvent

# (object kind, summary) → what the actor did. The summaries are the ones the services record.
BY_SUMMARY: dict[tuple[str, str], str] = {
    ("supervision.contact", "narrative read"): "read a contact's narrative",
    ("supervision.contact", "narrative read under a debrief grant"): (
        "read a contact's narrative under a debrief grant"
    ),
    ("supervision.contact", "draft saved"): "saved a draft contact",
    ("supervision.contact", "contact submitted"): "logged a contact",
    ("supervision.contact", "annotations read"): "read the notes on a contact",
    ("supervision.contactannotation", "annotation added"): "added a note to a contact",
    ("supervision.supervisionsession", "session notes read"): "read the notes of a supervision session",
    ("supervision.debriefgrant", "debrief grant: no supervisor"): (
        "opened a debrief grant for a supporter without a supervisor"
    ),
    ("supervision.debriefgrant", "debrief under a debrief grant"): "recorded a debrief under a debrief grant",
    ("program.membership", "check-ins read"): "read a supporter's check-ins",
    ("program.membership", "supervisor report PDF"): "downloaded a supervisor report",
    ("program.membership", "left: a supervisor shift is empty"): "left a supervisor shift empty",
    ("program.membership", "academic standing marked at risk"): "changed a member's academic standing",
    ("program.membership", "academic standing cleared"): "changed a member's academic standing",
    ("program.supervisorassignment", "supervisor assigned"): "assigned a supervisor",
    ("program.trainingassignment", "mandatory training to do"): "was given mandatory training to do",
    ("program.supervisorassignment", "ended"): "ended a supervisor assignment",
    ("auth.user", "phone number added"): "added their phone number",
    ("auth.user", "phone number changed"): "changed their phone number",
    ("auth.user", "phone number removed"): "removed their phone number",
    ("supervision.pause", "pause reason read"): "read a pause reason",
    ("supervision.pause", "undone by the supporter"): "undid a pause",
    ("supervision.pause", "blackout ended"): "ended a pause as a blackout period closed",
    ("supervision.roster", "roster PDF"): "downloaded a roster",
    ("supervision.roster", "published"): "published a roster",
    ("supervision.shift", "override"): "changed who is on a shift",
    ("supervision.shift", "override: left empty, everyone paged"): "left a shift empty and paged everyone",
    ("supervision.swaprequest", "swap offered"): "offered a shift swap",
    ("supervision.swaprequest", "swap taken"): "took a shift swap",
    ("supervision.swaprequest", "swap take undone"): "undid taking a shift swap",
    ("supervision.swaprequest", "swap withdrawn"): "withdrew a shift swap",
    ("supervision.swaprequest", "swap rejected"): "rejected a shift swap",
    ("supervision.swaprequest", "swap approved"): "approved a shift swap",
    ("supervision.swaprequest", "swap open again"): "opened a shift swap again",
    ("supervision.burdenweights", "burden weights changed"): "changed the burden weights",
    ("selection.application", "submitted"): "submitted an application",
    ("selection.application", "withdrawn"): "withdrew an application",
    ("selection.application", "vulnerability declaration read"): "read an applicant's declaration",
    ("selection.application", "decided: offer"): "offered an applicant a place",
    ("selection.application", "decided: waitlist"): "put an applicant on the waitlist",
    ("selection.application", "decided: decline"): "declined an application",
    ("selection.application", "offer accepted"): "accepted the offer",
    ("selection.application", "offer declined"): "declined the offer",
    ("selection.application", "offered from waitlist"): "offered a waitlisted applicant a place",
    ("selection.review", "review submitted"): "submitted a review",
    ("selection.review", "conflict of interest declared"): "declared a conflict of interest",
    ("selection.intake", "intake changed"): "changed an intake",
    ("selection.intake", "rubric changed"): "changed an intake's rubric",
    ("selection.intake", "ranking CSV"): "downloaded an intake's ranking",
    ("selection.intake", "selection report PDF"): "downloaded a selection report",
    ("program.program", "handover pack PDF"): "downloaded the handover pack",
    ("succession.continuitysettings", "continuity settings changed"): "changed the continuity settings",
    ("succession.keyrole", "handover checklist changed"): "changed a key role's handover checklist",
    ("succession.keyroleholder", "key role holding ended"): "ended a key role holding",
    ("succession.keyroleholder", "key role term changed"): "changed a key role term",
    ("succession.successor", "successor nominated"): "nominated a successor",
    ("succession.successor", "readiness changed"): "changed a successor's readiness",
    ("succession.successor", "successor removed"): "removed a successor",
    ("succession.developmentaction", "development action done"): "completed a development action",
    ("succession.document", "document reviewed"): "reviewed a document",
}

# Summaries that begin the same way and go on with counts or dates: matched by their start.
BY_PREFIX: dict[tuple[str, str], str] = {
    ("supervision.roster", "published;"): "published a roster with places left open",
    ("supervision.roster", "generated"): "generated a roster",
    ("selection.application", "gate"): "settled a gate on an application",
    ("program.membership", "added as"): "added a member",
    ("program.membership", "shifts handed on"): "handed on a member's shifts",
    ("supervision.shift", "given back"): "gave back shifts after a pause was undone",
    ("supervision.debriefgrant", "debrief grant ended"): "ended a debrief grant",
    ("program.program", "program report PDF"): "downloaded the program report",
    ("succession.handover", "handover started"): "started a handover",
}

# Kinds whose plain name is not how people in the program say it.
KIND_WORDS: dict[str, str] = {
    "program.program": "the program's settings",
    "program.membership": "a membership",
    "auth.user": "their account",
    "supervision.checkin": "a check-in",
    "supervision.supervisionsession": "a supervision session",
    "supervision.shifttemplate": "a shift",
    "supervision.unavailability": "time away",
    "program.availability": "an availability window",
    "supervision.pauserule": "a pause rule",
    "supervision.blackoutperiod": "a blackout period",
}

VERBS = {"create": "added", "update": "changed", "delete": "removed", "view": "read", "export": "downloaded"}


def _kind(label: str) -> str:
    """A record kind as people say it, from the model's verbose name: "a supervision session"."""
    if label in KIND_WORDS:
        return KIND_WORDS[label]
    try:
        name = str(apps.get_model(label)._meta.verbose_name)
    except (LookupError, ValueError):
        return "a record"
    return f"{'an' if name[:1] in 'aeiou' else 'a'} {name}"


def actor_name(event: AuditEvent) -> str:
    """Who did it, as the program knows them; changes the system makes on its own say so."""
    if event.actor is None:
        return "The system"
    return event.actor.get_full_name() or event.actor.get_username()


def what_happened(event: AuditEvent) -> str:
    """The deed without the doer: "read a contact's narrative"."""
    kind, summary = event.object_type, event.summary
    if (kind, summary) in BY_SUMMARY:
        return BY_SUMMARY[(kind, summary)]
    for (prefix_kind, prefix), words in BY_PREFIX.items():
        if prefix_kind == kind and summary.startswith(prefix):
            return words
    return f"{VERBS.get(event.action, 'changed')} {_kind(kind)}"


def sentence(event: AuditEvent) -> str:
    """One audit event as a sentence naming only the actor: "Grace accepted the offer"."""
    return f"{actor_name(event)} {what_happened(event)}"
