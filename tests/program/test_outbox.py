"""The outbox (issue 13, part 4): every e-mail is queued with its event and delivered by the worker, with
retries, against a real SMTP server on localhost (aiosmtpd) that the tests take down and bring back.

Time passes through the worker's `now` argument: "ten minutes" of outage is the clock stepped forward
in the worker's calls, never a sleep.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from random import Random

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.db import connection, transaction
from django.test import override_settings
from django.utils import timezone

from program import outbox
from program.models import DeliveryStatus, Notification, OutboundMessage, Program
from program.notifications import TEMPLATES, notify, render_email
from tests.conftest import World
from tests.factories import OutboundMessageFactory, ProgramFactory, UserFactory
from tests.smtp_server import Handler, SMTPServer

LINK = "/notifications/"


@pytest.fixture
def smtp() -> Iterator[SMTPServer]:
    """A running SMTP server that Django's SMTP backend sends to."""
    server = SMTPServer()
    server.start()
    try:
        with server.as_mail_server():
            yield server
    finally:
        server.stop()


def queue(program: Program, people: list[User], kind: str = "shift_reminder") -> list[OutboundMessage]:
    with transaction.atomic():
        notify(people, kind=kind, link=LINK, program=program)
    return list(OutboundMessage.objects.filter(recipient__in=people, kind=kind).order_by("pk"))


def people(n: int) -> list[User]:
    return [UserFactory(username=f"person{i}") for i in range(n)]


def run_clock(start: datetime, until: datetime, step: timedelta = timedelta(seconds=15)) -> datetime:
    """Call the worker at every step of the clock from start to until; return where the clock stopped."""
    now = start
    while now <= until:
        outbox.deliver_due(now)
        now += step
    return now


# --- Queued with the event, never sent inside it ----------------------------------------------------------


@pytest.mark.django_db
def test_a_notification_queues_its_email_with_no_content_and_sends_nothing(world: World) -> None:
    [message] = queue(world.program, [world.user("supervisor")], kind="high_risk_contact")

    assert mail.outbox == [], "nothing is sent inside the request"
    assert (message.channel, message.kind, message.link, message.program_id) == (
        "email",
        "high_risk_contact",
        LINK,
        world.program.pk,
    )
    assert (message.recipient_id, message.status, message.attempts, message.last_error) == (
        world.user("supervisor").pk,
        DeliveryStatus.QUEUED,
        0,
        "",
    )
    assert message.notification == Notification.objects.get(recipient=world.user("supervisor"))
    # The row has nowhere to keep text: its only free-text columns are the kind, the link and the error.
    text_columns = {
        f.name
        for f in OutboundMessage._meta.get_fields()
        if f.get_internal_type() in ("CharField", "TextField")
    }
    assert text_columns == {"channel", "kind", "link", "status", "last_error"}


@pytest.mark.django_db
def test_an_event_rolled_back_leaves_no_message(world: World) -> None:
    with pytest.raises(RuntimeError), transaction.atomic():
        notify([world.user("supervisor")], kind="high_risk_contact", link=LINK, program=world.program)
        raise RuntimeError("the event failed after notifying")

    assert not OutboundMessage.objects.exists() and not Notification.objects.exists()


@pytest.mark.django_db
def test_people_without_an_address_and_demo_seeding_queue_no_email(world: World) -> None:
    no_address = UserFactory(username="noaddress", email="")
    notify([no_address], kind="membership", link=LINK, program=world.program)
    notify([world.user("supporter")], kind="membership", link=LINK, program=world.program, email=False)

    assert Notification.objects.count() == 2
    assert not OutboundMessage.objects.exists()


# --- Delivered --------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_worker_delivers_each_message_once_rendered_from_the_catalogue(world: World, smtp) -> None:
    recipients = [world.user("supervisor"), world.user("coordinator")]
    messages = queue(world.program, recipients, kind="high_risk_contact")
    now = timezone.now()

    counts = outbox.deliver_due(now)
    again = outbox.deliver_due(now + timedelta(hours=1))

    assert (counts["sent"], again["claimed"]) == (2, 0)
    subject, body = render_email("high_risk_contact", LINK)
    assert smtp.handler.deliveries() == {(u.email, subject): 1 for u in recipients}
    assert [
        m.get_payload(decode=True).decode().replace("\r\n", "\n").strip() for m in smtp.handler.received
    ] == [body, body]
    assert body.startswith(TEMPLATES["high_risk_contact"].body) and body.endswith(f"{LINK}")
    for message in messages:
        message.refresh_from_db()
        assert (message.status, message.attempts, message.sent_at, message.last_error) == (
            DeliveryStatus.SENT,
            1,
            now,
            "",
        )
        assert message.claim_token is None and message.notification.emailed_at == now  # type: ignore[union-attr]


@pytest.mark.django_db
def test_the_address_is_read_when_sending_and_a_closed_account_is_not_mailed(world: World, smtp) -> None:
    moved, left = world.user("supervisor"), world.user("supporter")
    queue(world.program, [moved, left])
    User.objects.filter(pk=moved.pk).update(email="new.address@example.edu")
    User.objects.filter(pk=left.pk).update(is_active=False)

    outbox.deliver_due(timezone.now())

    assert [str(m["To"]) for m in smtp.handler.received] == ["new.address@example.edu"]
    failed = OutboundMessage.objects.get(recipient=left)
    assert (failed.status, failed.attempts, failed.last_error) == (
        DeliveryStatus.FAILED,
        1,
        outbox.NO_ADDRESS,
    )


# --- The server down for ten minutes, then up: nothing lost, nothing twice --------------------------------


@pytest.mark.django_db
def test_ten_minutes_without_a_mail_server_lose_nothing_and_duplicate_nothing(world: World) -> None:
    server = SMTPServer()  # its port is closed: every connection is refused
    recipients = people(7)
    with server.as_mail_server():
        messages = queue(world.program, recipients)
        start = timezone.now()
        outage_ends = start + timedelta(minutes=10)

        now = run_clock(start, outage_ends)

        during = {m.pk: m for m in OutboundMessage.objects.all()}
        assert server.handler.received == []
        for message in messages:
            row = during[message.pk]
            assert row.status == DeliveryStatus.QUEUED, "still waiting, not given up"
            # 15-30 s, 30-60 s, 60-120 s, … after each failure: four to six tries in ten minutes.
            assert 4 <= row.attempts <= 6, row.attempts
            assert row.last_error.startswith("ConnectionRefusedError"), row.last_error
            assert row.next_attempt_at > outage_ends - timedelta(minutes=1)
        # Jitter: messages that failed together do not all come back in the same second.
        assert len({row.next_attempt_at for row in during.values()}) > 1

        server.start()
        try:
            run_clock(now, outage_ends + timedelta(hours=1))
        finally:
            server.stop()

    subject, _ = render_email("shift_reminder", LINK)
    assert server.handler.deliveries() == {(u.email, subject): 1 for u in recipients}
    for row in OutboundMessage.objects.all():
        assert row.status == DeliveryStatus.SENT and row.sent_at is not None and row.sent_at > outage_ends
        assert row.attempts == during[row.pk].attempts + 1, "sent at its first try after the outage"
        # The last error stays as the record of why it was late.
        assert row.last_error.startswith("ConnectionRefusedError")


# --- Refused ----------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_permanent_refusal_fails_at_once_with_what_the_server_said(world: World) -> None:
    server = SMTPServer(Handler(refuse="550 5.1.1 Mailbox does not exist"))
    server.start()
    try:
        with server.as_mail_server():
            [message] = queue(world.program, [world.user("supervisor")])
            run_clock(timezone.now(), timezone.now() + timedelta(hours=3), step=timedelta(minutes=1))
    finally:
        server.stop()

    message.refresh_from_db()
    assert (message.status, message.attempts, server.handler.rcpt_attempts) == (DeliveryStatus.FAILED, 1, 1)
    assert message.last_error == "SMTP 550 5.1.1 Mailbox does not exist"
    assert message.sent_at is None and server.handler.received == []


@pytest.mark.django_db
@override_settings(OUTBOX_MAX_ATTEMPTS=4, OUTBOX_RETRY_BASE_SECONDS=30)
def test_a_temporary_refusal_is_retried_until_the_maximum_then_fails(world: World) -> None:
    server = SMTPServer(Handler(refuse="451 4.3.0 Try again later"))
    server.start()
    try:
        with server.as_mail_server():
            [message] = queue(world.program, [world.user("supervisor")])
            start = timezone.now()
            # Every minute through the first hour, which holds all four tries (waits of at most 30 s,
            # 60 s and 120 s), then every hour to the end of the day: a message that is due stays due as
            # the clock moves on, so a try too many shows at the next call whatever its step.
            later = run_clock(start, start + timedelta(hours=1), step=timedelta(minutes=1))
            run_clock(later, start + timedelta(days=1), step=timedelta(hours=1))
    finally:
        server.stop()

    message.refresh_from_db()
    assert (message.status, message.attempts, server.handler.rcpt_attempts) == (DeliveryStatus.FAILED, 4, 4)
    assert message.last_error == "SMTP 451 4.3.0 Try again later"


def test_the_backoff_doubles_is_capped_and_jittered() -> None:
    with override_settings(OUTBOX_RETRY_BASE_SECONDS=30, OUTBOX_RETRY_MAX_SECONDS=3600):
        rng = Random(7)
        delays = [[outbox.backoff(n, rng).total_seconds() for _ in range(50)] for n in range(1, 12)]
    for n, tries in enumerate(delays, start=1):
        ceiling = min(3600, 30 * 2 ** (n - 1))
        assert all(ceiling / 2 <= d <= ceiling for d in tries), (n, min(tries), max(tries))
        assert len(set(tries)) > 40, "jittered"
    assert max(delays[-1]) <= 3600


# --- Claims: two workers, and a worker that died ----------------------------------------------------------


@pytest.mark.django_db
def test_a_claimed_message_is_not_claimed_again_until_its_lease_lapses(world: World) -> None:
    messages = OutboundMessageFactory.create_batch(5, program=world.program)
    now = timezone.now()

    token_a, first = outbox.claim("email", now, limit=3)
    token_b, second = outbox.claim("email", now, limit=10)

    assert len(first) == 3 and len(second) == 2
    assert {m.pk for m in first}.isdisjoint({m.pk for m in second})
    assert {m.pk for m in first} | {m.pk for m in second} == {m.pk for m in messages}
    assert outbox.claim("email", now, limit=10)[1] == []
    for message in second:  # worker B finishes its batch
        assert outbox._record(message, token_b, outbox.SENT, now) == DeliveryStatus.SENT

    # Worker A died. After its lease another takes its messages over, and A's late word no longer counts.
    later = now + timedelta(seconds=outbox.settings.OUTBOX_LEASE_SECONDS + 1)
    token_c, taken_over = outbox.claim("email", later, limit=10)
    assert {m.pk for m in taken_over} == {m.pk for m in first}
    assert all(m.attempts == 2 for m in taken_over)
    assert outbox._record(first[0], token_a, outbox.SENT, later) == "lost_claim"
    assert outbox._record(taken_over[0], token_c, outbox.SENT, later) == DeliveryStatus.SENT


@pytest.mark.django_db
def test_a_worker_that_died_mid_batch_is_taken_over_and_the_message_delivered(world: World, smtp) -> None:
    [message] = queue(world.program, [world.user("supervisor")])
    now = timezone.now()
    outbox.claim("email", now, limit=10)  # ... and the worker is killed before sending

    assert outbox.deliver_due(now + timedelta(minutes=1))["claimed"] == 0, "its lease still holds"
    outbox.deliver_due(now + timedelta(seconds=outbox.settings.OUTBOX_LEASE_SECONDS + 1))

    message.refresh_from_db()
    assert (message.status, message.attempts) == (DeliveryStatus.SENT, 2)
    assert len(smtp.handler.received) == 1


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks (SKIP LOCKED) are PostgreSQL's")
@pytest.mark.django_db(transaction=True)
def test_two_workers_racing_deliver_every_message_exactly_once(smtp) -> None:
    program = ProgramFactory()
    recipients = people(120)
    queue(program, recipients)
    now = timezone.now()
    counts: dict[str, dict[str, int]] = {}
    go = threading.Barrier(2)

    def worker(name: str) -> None:
        try:
            go.wait()
            counts[name] = outbox.deliver_due(now, limit=10)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(name,)) for name in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    subject, _ = render_email("shift_reminder", LINK)
    assert smtp.handler.deliveries() == {(u.email, subject): 1 for u in recipients}
    assert counts["a"]["sent"] + counts["b"]["sent"] == 120
    assert counts["a"]["sent"] > 0 and counts["b"]["sent"] > 0, f"both workers competed: {counts}"
    assert counts["a"]["lost_claim"] == counts["b"]["lost_claim"] == 0
    assert set(OutboundMessage.objects.values_list("status", "attempts")) == {(DeliveryStatus.SENT, 1)}


# --- The worker loop of the scheduler process -------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_the_worker_thread_delivers_what_is_queued_while_it_runs(smtp) -> None:
    program = ProgramFactory()
    stop = threading.Event()
    thread = threading.Thread(target=outbox.run_worker, args=(stop, 0.05))
    thread.start()
    try:
        [message] = queue(program, people(1))
        deadline = time.monotonic() + 10
        while not smtp.handler.received and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        stop.set()
        thread.join(timeout=10)

    assert not thread.is_alive(), "the loop ends when told to"
    message.refresh_from_db()
    assert message.status == DeliveryStatus.SENT and len(smtp.handler.received) == 1


# --- Under a fixed clock -----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_message_queued_under_a_clock_fixed_in_the_past_is_due_at_that_clock(
    world: World, smtp, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `next_attempt_at` defaults to `timezone.now` captured at import: a clock fixed by patching only
    # `django.utils.timezone.now` left it at the real time, so a test delivering under a clock fixed
    # before today found nothing due (tests/program/test_notification_text.py failed once the real date
    # passed its fixed 8 December 2026). tests/clock.py reaches the field defaults too.
    from tests.clock import fix_clock

    past = timezone.now().replace(microsecond=0) - timedelta(days=400)
    clock = fix_clock(monkeypatch, past)
    [message] = queue(world.program, [world.user("supervisor")])

    assert (message.created_at, message.next_attempt_at) == (past, past)
    assert outbox.deliver_due()["sent"] == 1
    message.refresh_from_db()
    assert (message.status, message.sent_at) == (DeliveryStatus.SENT, clock())
    monkeypatch.undo()
    assert OutboundMessage._meta.get_field("next_attempt_at").get_default() > past  # the real clock again


# --- Throughput: commits, not clocks (bench/delivery.py times the drain) ----------------------------------


@pytest.mark.django_db(transaction=True)
def test_a_batch_s_outcomes_are_written_in_one_transaction(smtp) -> None:
    """One commit per batch, not per message: on SQLite every commit is a sync to disk, and a commit per
    message made 1,000 messages take 20 s to drain (bench/delivery.py; budget 30 s on 2 cores)."""
    program = ProgramFactory()
    queue(program, people(12))
    transactions_writing_outcomes: list[int] = []
    pending = False

    def committed() -> None:
        nonlocal pending
        pending = False
        transactions_writing_outcomes.append(1)

    def watch(execute, sql, params, many, context):
        nonlocal pending
        writes_outcome = sql.startswith('UPDATE "program_outboundmessage"') and '"sent_at"' in sql
        if writes_outcome and not pending:
            pending = True
            transaction.on_commit(committed)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(watch):
        counts = outbox.deliver_due(limit=5)

    assert counts["sent"] == 12 and counts["claimed"] == 12
    assert len(smtp.handler.received) == 12
    assert len(transactions_writing_outcomes) == 3, "one transaction per batch of 5, 5 and 2"
    assert set(OutboundMessage.objects.values_list("status", flat=True)) == {DeliveryStatus.SENT}
    assert Notification.objects.filter(emailed_at__isnull=True).count() == 0
