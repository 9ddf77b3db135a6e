"""Who a notification about a supervision record concerns, read through the selectors when the inbox is
shown (never stored: SPEC 3.7). A reader who may no longer see the record sees only the generic text."""

from __future__ import annotations

from django.contrib.auth.models import User

from program.notifications import names_of, register_concerns
from supervision.selectors import contacts_visible_to, pauses_visible_to, wellbeing_scope


def _pauses(reader: User, ids: list[int]) -> dict[int, str]:
    pauses = pauses_visible_to(reader).filter(pk__in=ids).select_related("membership__user")
    names = names_of(reader, [pause.membership for pause in pauses])
    return {pause.pk: names[pause.membership_id] for pause in pauses if pause.membership_id in names}


def _contacts(reader: User, ids: list[int]) -> dict[int, str]:
    contacts = contacts_visible_to(reader).filter(pk__in=ids).select_related("supporter__user")
    names = names_of(reader, [contact.supporter for contact in contacts])
    return {contact.pk: names[contact.supporter_id] for contact in contacts if contact.supporter_id in names}


def _supporters(reader: User, ids: list[int]) -> dict[int, str]:
    return names_of(reader, wellbeing_scope(reader).filter(pk__in=ids).select_related("user"))


register_concerns("pause-detail", _pauses)
register_concerns("contact-detail", _contacts)
register_concerns("supporter-wellbeing", _supporters)
