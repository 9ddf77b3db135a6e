"""In-app inbox plus email. Titles and bodies carry no identifying content; they link to the record."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from django.conf import settings
from django.contrib.auth.models import User
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.utils import timezone

from program.models import Notification, Program

logger = logging.getLogger(__name__)


def notify(
    recipients: Iterable[User],
    *,
    kind: str,
    title: str,
    body: str = "",
    link: str = "",
    program: Program | None = None,
) -> list[Notification]:
    """Put a message in each recipient's inbox and email it once the transaction commits."""
    unique = {user.pk: user for user in recipients if user.is_active}
    created = Notification.objects.bulk_create(
        [
            Notification(recipient=user, program=program, kind=kind, title=title, body=body, link=link)
            for user in unique.values()
        ]
    )
    emails = {note.pk: note.recipient.email for note in created if note.recipient.email}
    if emails:
        transaction.on_commit(lambda: _send_emails(title, body, link, emails))
    return created


def _send_emails(title: str, body: str, link: str, emails: dict[int, str]) -> None:
    """Send one email per notification (keyed by notification id) and stamp them as emailed."""
    url = f"{settings.SITE_URL}{link}" if link.startswith("/") else link
    text = "\n\n".join(part for part in (body, f"Open it here: {url}" if url else "") if part)
    messages = [EmailMessage(subject=title, body=text, to=[address]) for address in emails.values()]
    try:
        get_connection().send_messages(messages)
    except OSError:
        # The inbox copy is already saved; a mail outage must not fail the action that notified.
        logger.exception("Notification email could not be sent (%s recipients)", len(messages))
        return
    Notification.objects.filter(pk__in=list(emails)).update(emailed_at=timezone.now())
