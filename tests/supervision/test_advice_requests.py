"""Advice on demand (issue 13, parts 2, 3 and 7): paging, acknowledgement, the escalation chain and its
timing, the auto-opened request of a high-risk contact, and the pages. Every time is an explicit `now`."""

from __future__ import annotations

import importlib
import re
from datetime import datetime, timedelta
from itertools import pairwise

import pytest
from django.apps import apps
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.utils import timezone

from program.models import Membership, MembershipStatus, Notification, Role
from supervision import services as supervision_services
from supervision.advice import services as advice
from supervision.models import (
    AdvicePage,
    AdviceRequest,
    AdviceStatus,
    EscalationChain,
    EscalationTarget,
    RosterRole,
)
from supervision.pauses import services as pauses
from supervision.rosters import services as rosters
from tests.conftest import World
from tests.factories import MembershipFactory, ProgramFactory, StaffPhoneFactory
from tests.roster_helpers import publish, staff
from tests.supervision.test_contacts import complete

pytestmark = pytest.mark.django_db


def end(membership: Membership) -> None:
    """Leave the program the way the app does (save, so its signals take the permissions away)."""
    membership.refresh_from_db()
    membership.status = MembershipStatus.ENDED
    membership.save()


def paged_users(request: AdviceRequest, step: int | None = None) -> set[str]:
    pages = AdvicePage.objects.filter(request=request)
    if step is not None:
        pages = pages.filter(step=step)
    return set(pages.values_list("recipient__username", flat=True))


def ask(world: World, urgency: str = "urgent", now: datetime | None = None) -> AdviceRequest:
    supporter = world.members[Role.SUPPORTER]
    return advice.open_request(supporter.user, world.program, urgency, now=now or timezone.now())


def on_call_world(world: World) -> tuple[World, User]:
    """A published roster covering today: someone is on call now. Returns the supervisor on call."""
    staff(world, supervisors=2)
    today = world.program.today()
    publish(world, today - timedelta(days=1), today + timedelta(days=1))
    [shift] = rosters.on_call(world.program).now[RosterRole.SUPERVISOR]
    return world, shift.people[0].membership.user


# --- Chains --------------------------------------------------------------------------------------------


def test_every_new_program_starts_with_the_default_chain() -> None:
    program = ProgramFactory()
    chain, steps = advice.chain_steps(program)
    assert [s.target for s in steps] == [
        EscalationTarget.ON_CALL_SUPERVISOR,
        EscalationTarget.NEXT_SUPERVISOR,
        EscalationTarget.ALL_COORDINATORS,
    ]
    assert [(s.emergency_minutes, s.urgent_minutes, s.routine_minutes) for s in steps] == [(5, 10, 60)] * 3
    assert chain.repeat_minutes == 15


def test_the_migration_gives_existing_programs_a_chain() -> None:
    program = ProgramFactory()
    EscalationChain.objects.filter(program=program).delete()
    migration = importlib.import_module("supervision.migrations.0013_advice_requests_and_escalation_chains")
    migration.add_default_chains(apps, None)
    migration.add_default_chains(apps, None)  # twice: no second chain
    assert EscalationChain.objects.get(program=program).steps.count() == 3


def test_a_coordinator_saves_a_chain_and_it_replaces_the_old_one(world: World) -> None:
    steps = [
        {"target": "on_call_supervisor", "emergency_minutes": 3},
        {"target": "all_supervisors", "urgent_minutes": 20},
    ]
    advice.save_chain(world.program, by=world.user(Role.COORDINATOR), steps=steps, repeat_minutes=10)
    chain, saved = advice.chain_steps(world.program)
    assert [(s.target, s.emergency_minutes, s.urgent_minutes) for s in saved] == [
        ("on_call_supervisor", 3, 10),
        ("all_supervisors", 5, 20),
    ]
    assert chain.repeat_minutes == 10


@pytest.mark.parametrize(
    ("steps", "field"),
    [
        ([], "steps"),
        ([{"target": "on_call_supervisor"}], "steps.0.target"),
        ([{"target": "on_call_supervisor"}, {"target": "next_supervisor"}], "steps.1.target"),
        ([{"target": "all_coordinators"}, {"target": "somebody"}], "steps.1.target"),
        ([{"target": "all_coordinators", "urgent_minutes": 0}], "steps.0.urgent_minutes"),
        ([{"target": "all_coordinators", "routine_minutes": "soon"}], "steps.0.routine_minutes"),
        ([{"target": "all_coordinators", "note": "ring Sam"}], "steps.0.note"),
    ],
)
def test_a_chain_that_could_end_in_nobody_is_refused_naming_the_step(
    world: World, steps: list, field: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        advice.save_chain(world.program, by=world.user(Role.COORDINATOR), steps=steps)
    assert field in refused.value.message_dict
    assert len(advice.chain_steps(world.program)[1]) == 3  # the old chain stands


def test_a_chain_ending_with_a_role_nobody_holds_is_refused(world: World) -> None:
    Membership.objects.filter(program=world.program, role=Role.SUPERVISOR).update(
        status=MembershipStatus.ENDED
    )
    with pytest.raises(ValidationError) as refused:
        advice.save_chain(
            world.program, by=world.user(Role.COORDINATOR), steps=[{"target": "all_supervisors"}]
        )
    assert "no active supervisor" in refused.value.message_dict["steps.0.target"][0]


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.SUPPORTER, Role.SPONSOR, "outsider"])
def test_only_coordinators_save_a_chain(world: World, role: str) -> None:
    with pytest.raises(EscalationChain.DoesNotExist):
        advice.save_chain(world.program, by=world.user(role), steps=[{"target": "all_coordinators"}])


# --- Paging --------------------------------------------------------------------------------------------


def test_a_request_pages_the_supervisor_on_call_now(world: World) -> None:
    world, on_call = on_call_world(world)
    now = timezone.now()
    asked = ask(world, "emergency", now)
    assert asked.status == AdviceStatus.PAGED
    assert paged_users(asked) == {on_call.username}
    assert asked.step == 0
    assert asked.next_escalation_at == now + timedelta(minutes=5)
    note = Notification.objects.get(recipient=on_call, kind="advice_request_emergency")
    assert note.link == f"/programs/{world.program.pk}/advice/{asked.pk}/"


def test_with_nobody_on_call_the_request_falls_back_along_the_chain(world: World) -> None:
    asked = ask(world, "urgent")
    # Nobody is rostered: the next step, the supporter's own supervisor and backup, is paged at once.
    assert asked.step == 1
    assert paged_users(asked) == {"supervisor", "supervisor2"}
    # An unsupervised supporter falls through to the coordinators.
    lonely = advice.open_request(world.unsupervised.user, world.program, "routine")
    assert lonely.step == 2 and paged_users(lonely) == {"coordinator"}


def test_escalation_follows_the_chain_at_each_urgency_deadline_then_repeats(world: World) -> None:
    t0 = timezone.now()
    asked = ask(world, "emergency", t0)
    assert paged_users(asked, step=1) == {"supervisor", "supervisor2"}

    assert advice.escalate_due(t0 + timedelta(minutes=4, seconds=59)) == 0
    assert advice.escalate_due(t0 + timedelta(minutes=5)) == 1
    assert paged_users(asked, step=2) == {"coordinator"}
    assert advice.escalate_due(t0 + timedelta(minutes=5)) == 0  # a second scheduler run pages nobody twice

    # After the last step, everyone in the chain again every 15 minutes.
    assert advice.escalate_due(t0 + timedelta(minutes=10)) == 1
    assert paged_users(asked, step=3) == {"supervisor", "supervisor2", "coordinator"}
    assert advice.escalate_due(t0 + timedelta(minutes=24)) == 0
    assert advice.escalate_due(t0 + timedelta(minutes=25)) == 1
    assert paged_users(asked, step=4) == {"supervisor", "supervisor2", "coordinator"}

    advice.acknowledge(asked, by=world.user(Role.COORDINATOR), now=t0 + timedelta(minutes=26))
    assert advice.escalate_due(t0 + timedelta(hours=3)) == 0
    assert AdvicePage.objects.filter(request=asked).count() == 3 + 3 + 3


def test_routine_requests_wait_an_hour_before_the_next_step(world: World) -> None:
    t0 = timezone.now()
    asked = ask(world, "routine", t0)
    assert advice.escalate_due(t0 + timedelta(minutes=59)) == 0
    assert advice.escalate_due(t0 + timedelta(minutes=60)) == 1
    asked.refresh_from_db()
    assert asked.step == 2


def test_a_stale_claim_pages_nobody(world: World) -> None:
    """Two schedulers read the same due request; the one whose conditional UPDATE finds the step already
    moved on pages nobody."""
    t0 = timezone.now()
    asked = ask(world, "urgent", t0)
    due = t0 + timedelta(minutes=10)
    # The other scheduler moved it on after this one read it: the row no longer matches the read step.
    AdviceRequest.objects.filter(pk=asked.pk).update(step=2, next_escalation_at=due)
    pages = AdvicePage.objects.count()
    assert advice.escalate_due(due) == 1  # the fresh read claims step 2 -> 3 once
    assert advice.escalate_due(due) == 0
    assert AdvicePage.objects.count() == pages + 3


def test_a_second_tap_returns_the_waiting_request_raised_to_the_higher_urgency(world: World) -> None:
    t0 = timezone.now()
    first = ask(world, "routine", t0)
    again = ask(world, "emergency", t0 + timedelta(minutes=1))
    assert again.pk == first.pk and again.urgency == "emergency"
    assert again.next_escalation_at == t0 + timedelta(minutes=6)
    assert AdviceRequest.objects.count() == 1


def test_a_paused_supporter_may_still_ask(world: World) -> None:
    supporter = world.members[Role.SUPPORTER]
    pauses.self_pause(supporter, by=supporter.user, reason="")
    supporter.refresh_from_db()
    assert supporter.status == MembershipStatus.PAUSED
    assert ask(world).status == AdviceStatus.PAGED


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.COORDINATOR, Role.SPONSOR, "outsider", "stranger"])
def test_only_supporters_of_the_program_ask(world: World, role: str) -> None:
    with pytest.raises(AdviceRequest.DoesNotExist):
        advice.open_request(world.user(role), world.program, "urgent")


def test_a_supporter_who_has_left_cannot_ask(world: World) -> None:
    end(world.members[Role.SUPPORTER])
    with pytest.raises(AdviceRequest.DoesNotExist):
        ask(world)


def test_an_unknown_urgency_is_refused_naming_the_field(world: World) -> None:
    with pytest.raises(ValidationError) as refused:
        ask(world, "whenever")
    assert "urgency" in refused.value.message_dict


# --- Acknowledging and resolving -----------------------------------------------------------------------


def test_a_paged_person_acknowledges_and_the_requester_and_the_others_are_told(world: World) -> None:
    t0 = timezone.now()
    asked = ask(world, "urgent", t0)
    advice.acknowledge(asked, by=world.user(Role.SUPERVISOR), now=t0 + timedelta(minutes=4))
    asked.refresh_from_db()
    assert asked.status == AdviceStatus.ACKNOWLEDGED
    assert asked.acknowledged_by == world.user(Role.SUPERVISOR)
    assert asked.acknowledged_at == t0 + timedelta(minutes=4)
    assert asked.next_escalation_at is None
    told = set(
        Notification.objects.filter(kind="advice_acknowledged").values_list("recipient__username", flat=True)
    )
    assert told == {"supporter", "supervisor2"}
    # The second paged person taps too: the first acknowledgement stands.
    advice.acknowledge(asked, by=world.supervisor2.user, now=t0 + timedelta(minutes=5))
    asked.refresh_from_db()
    assert asked.acknowledged_by == world.user(Role.SUPERVISOR)


@pytest.mark.parametrize("who", ["coordinator", "supporter", "lonely", "sponsor", "outsider", "unpaged"])
def test_only_someone_paged_may_acknowledge(world: World, who: str) -> None:
    asked = ask(world)
    if who == "lonely":
        user = world.unsupervised.user
    elif who == "unpaged":
        user = MembershipFactory(program=world.program, role=Role.SUPERVISOR).user
    else:
        user = world.user(who)
    with pytest.raises(AdviceRequest.DoesNotExist):
        advice.acknowledge(asked, by=user)
    asked.refresh_from_db()
    assert asked.status == AdviceStatus.PAGED


def test_a_paged_supervisor_who_has_left_cannot_acknowledge(world: World) -> None:
    asked = ask(world)
    end(world.members[Role.SUPERVISOR])
    with pytest.raises(AdviceRequest.DoesNotExist):
        advice.acknowledge(asked, by=world.user(Role.SUPERVISOR))


@pytest.mark.parametrize(
    ("who", "allowed"),
    [("supporter", True), ("supervisor", True), ("coordinator", True), ("lonely", False), ("sponsor", False)],
)
def test_who_may_resolve(world: World, who: str, allowed: bool) -> None:
    asked = ask(world)
    user = world.unsupervised.user if who == "lonely" else world.user(who)
    if allowed:
        assert advice.resolve(asked, by=user).status == AdviceStatus.RESOLVED
        assert advice.escalate_due(timezone.now() + timedelta(days=1)) == 0
    else:
        with pytest.raises(AdviceRequest.DoesNotExist):
            advice.resolve(asked, by=user)


# --- A high-risk contact opens one ---------------------------------------------------------------------


@pytest.mark.parametrize(("risk", "urgency"), [("high", "urgent"), ("imminent", "emergency")])
def test_a_high_risk_contact_opens_a_request_automatically(world: World, risk: str, urgency: str) -> None:
    supporter = world.members[Role.SUPPORTER]
    contact = supervision_services.submit_contact(
        supporter, by=supporter.user, **complete(risk_level=risk, actions=["escalated_on_call"])
    )
    asked = AdviceRequest.objects.get(contact=contact)
    assert asked.urgency == urgency and asked.requester == supporter
    assert paged_users(asked) == {"supervisor", "supervisor2"}
    # The existing notices still go out.
    assert Notification.objects.filter(kind="high_risk_contact").count() == 2


def test_a_low_risk_contact_opens_none_and_raising_the_risk_opens_one_once(world: World) -> None:
    supporter = world.members[Role.SUPPORTER]
    contact = supervision_services.submit_contact(supporter, by=supporter.user, **complete(risk_level="low"))
    assert not AdviceRequest.objects.exists()
    supervision_services.update_contact(
        contact, by=supporter.user, risk_level="imminent", actions=["emergency_services"]
    )
    supervision_services.update_contact(contact, by=supporter.user, risk_level="high")
    assert AdviceRequest.objects.filter(contact=contact).count() == 1


# --- Reading -------------------------------------------------------------------------------------------


def test_the_timeline_records_every_page_and_the_acknowledger_s_phone(world: World) -> None:
    StaffPhoneFactory(user=world.user(Role.SUPERVISOR), phone="+61491570156")
    t0 = timezone.now()
    asked = ask(world, "urgent", t0)
    advice.escalate_due(t0 + timedelta(minutes=10))
    advice.acknowledge(asked, by=world.user(Role.SUPERVISOR), now=t0 + timedelta(minutes=12))
    events = advice.timeline(asked)
    assert [(e.kind, e.at - t0) for e in events] == [
        ("paged", timedelta(0)),
        ("paged", timedelta(0)),
        ("paged", timedelta(minutes=10)),
        ("acknowledged", timedelta(minutes=12)),
    ]
    assert [e.phone for e in advice.who_to_call(asked, events)] == ["+61491570156"]


@pytest.mark.parametrize(
    ("who", "sees"),
    [
        ("supporter", True),
        ("supervisor", True),
        ("coordinator", True),
        ("lonely", False),
        ("sponsor", False),
        ("unpaged", False),
        ("outsider", False),
    ],
)
def test_who_sees_a_request(world: World, who: str, sees: bool) -> None:
    asked = ask(world)
    if who == "lonely":
        user = world.unsupervised.user
    elif who == "unpaged":
        user = MembershipFactory(program=world.program, role=Role.SUPERVISOR).user
    else:
        user = world.user(who)
    assert advice.advice_requests_visible_to(user).filter(pk=asked.pk).exists() is sees


# --- Pages ---------------------------------------------------------------------------------------------


def page_client(client_for, world: World, who: str):  # type: ignore[no-untyped-def]
    from django.test import Client

    if who == "lonely":
        client = Client()
        client.force_login(world.unsupervised.user)
        return client
    if who == "unpaged":
        client = Client()
        client.force_login(MembershipFactory(program=world.program, role=Role.SUPERVISOR).user)
        return client
    return client_for(who)


def test_get_advice_now_is_in_the_navigation_of_every_page_for_supporters(world: World, client_for) -> None:
    url = f"/programs/{world.program.pk}/advice/new/"
    for page in ("/", f"/programs/{world.program.pk}/contacts/", f"/programs/{world.program.pk}/checkin/"):
        assert url in client_for(Role.SUPPORTER).get(page).content.decode(), page
    assert url not in client_for(Role.SUPERVISOR).get("/").content.decode()


def nav_links(html: str) -> list[tuple[str, str]]:
    """(href, text) of the main navigation's links, in order."""
    nav = html[html.index('<nav class="site-nav') : html.index("</nav>")]
    return [
        (href, re.sub(r"<[^>]+>", "", text).strip())
        for href, text in re.findall(r'<a[^>]*href="([^"]+)"[^>]*>(.*?)</a>', nav)
    ]


def test_get_advice_now_leads_the_navigation_so_a_phone_shows_it_without_scrolling(
    world: World, client_for
) -> None:
    # On a phone the navigation is one scrolling row; after "Dashboard" and a program's long name the link
    # was off screen (the browser test at 2 a.m. found it showing two letters).
    url = f"/programs/{world.program.pk}/advice/new/"
    for page in ("/", f"/programs/{world.program.pk}/contacts/"):
        links = nav_links(client_for(Role.SUPPORTER).get(page).content.decode())
        assert links[0] == (url, "Get advice now"), page
        assert [href for href, _ in links].count(url) == 1
    assert url not in dict(nav_links(client_for(Role.SUPERVISOR).get("/").content.decode()))


def test_a_supporter_of_two_programs_gets_each_program_s_advice_link_named(world: World, client_for) -> None:
    MembershipFactory(program=world.other_program, role=Role.SUPPORTER, user=world.user(Role.SUPPORTER))

    links = nav_links(client_for(Role.SUPPORTER).get("/").content.decode())

    assert set(links[:2]) == {
        (f"/programs/{world.program.pk}/advice/new/", f"Get advice now · {world.program.name}"),
        (f"/programs/{world.other_program.pk}/advice/new/", f"Get advice now · {world.other_program.name}"),
    }
    assert links[2][1] == "Dashboard"


@pytest.mark.parametrize(
    ("who", "status"),
    [("supporter", 200), ("supervisor", 404), ("coordinator", 404), ("sponsor", 404), ("outsider", 404)],
)
def test_the_get_advice_page_is_for_supporters(world: World, client_for, who: str, status: int) -> None:
    response = client_for(who).get(f"/programs/{world.program.pk}/advice/new/")
    assert response.status_code == status
    if status == 200:
        assert response.content.decode().count('name="urgency"') == 3
    assert not AdviceRequest.objects.exists()  # GET changes nothing


def test_one_tap_pages_and_leads_to_the_request(world: World, client_for) -> None:
    supporter = world.members[Role.SUPPORTER]
    pauses.self_pause(supporter, by=supporter.user, reason="")  # paused, and still allowed
    response = client_for(Role.SUPPORTER).post(
        f"/programs/{world.program.pk}/advice/new/", {"urgency": "urgent"}
    )
    asked = AdviceRequest.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/programs/{world.program.pk}/advice/{asked.pk}/"
    assert (
        client_for(Role.SUPPORTER)
        .post(f"/programs/{world.program.pk}/advice/new/", {"urgency": "soonish"})
        .status_code
        == 400
    )


@pytest.mark.parametrize(
    ("who", "status", "acknowledge_button"),
    [
        ("supporter", 200, False),
        ("supervisor", 200, True),
        ("coordinator", 200, False),
        ("lonely", 404, False),
        ("unpaged", 404, False),
        ("sponsor", 404, False),
        ("outsider", 404, False),
    ],
)
def test_the_request_page_by_role(
    world: World, client_for, who: str, status: int, acknowledge_button: bool
) -> None:
    asked = ask(world)
    response = page_client(client_for, world, who).get(f"/programs/{world.program.pk}/advice/{asked.pk}/")
    assert response.status_code == status
    if status == 200:
        assert ("/acknowledge/" in response.content.decode()) is acknowledge_button


def test_the_requester_s_page_shows_who_acknowledged_with_a_number_to_tap(world: World, client_for) -> None:
    supervisor = world.user(Role.SUPERVISOR)
    supervisor.first_name, supervisor.last_name = "Ada", "Frost"
    supervisor.save()
    StaffPhoneFactory(user=supervisor, phone="+61491570156")
    asked = ask(world)
    url = f"/programs/{world.program.pk}/advice/{asked.pk}/"
    assert client_for(Role.SUPERVISOR).get(url + "acknowledge/").status_code == 405  # GET changes nothing
    response = client_for(Role.SUPERVISOR).post(url + "acknowledge/")
    assert response.status_code == 302 and response["Location"] == url
    page = client_for(Role.SUPPORTER).get(url).content.decode()
    assert "acknowledged by Ada Frost at" in page
    assert 'href="tel:+61491570156"' in page
    assert "Support for you" in page


@pytest.mark.parametrize("who", ["coordinator", "unpaged", "lonely", "supporter"])
def test_acknowledging_a_request_you_were_not_paged_for_answers_404(
    world: World, client_for, who: str
) -> None:
    asked = ask(world)
    response = page_client(client_for, world, who).post(
        f"/programs/{world.program.pk}/advice/{asked.pk}/acknowledge/"
    )
    assert response.status_code == 404
    asked.refresh_from_db()
    assert asked.status == AdviceStatus.PAGED


def test_the_requester_resolves_from_the_page_and_an_ended_requester_reads_nothing(
    world: World, client_for
) -> None:
    asked = ask(world)
    url = f"/programs/{world.program.pk}/advice/{asked.pk}/"
    assert client_for(Role.SUPPORTER).post(url + "resolve/").status_code == 302
    asked.refresh_from_db()
    assert asked.status == AdviceStatus.RESOLVED
    end(world.members[Role.SUPPORTER])
    assert client_for(Role.SUPPORTER).get(url).status_code == 404
    assert client_for(Role.SUPPORTER).get(f"/programs/{world.program.pk}/advice/").status_code == 404


@pytest.mark.parametrize(
    ("who", "rows"), [("supporter", 1), ("supervisor", 1), ("coordinator", 2), ("lonely", 1)]
)
def test_the_list_page_shows_the_requests_in_scope(world: World, client_for, who: str, rows: int) -> None:
    ask(world)
    advice.open_request(world.unsupervised.user, world.program, "routine")
    page = page_client(client_for, world, who).get(f"/programs/{world.program.pk}/advice/").content.decode()
    assert len(set(re.findall(r"/advice/(\d+)/", page))) == rows


@pytest.mark.parametrize(("who", "status"), [("coordinator", 200), ("supervisor", 404), ("supporter", 404)])
def test_the_chain_page_is_for_coordinators(world: World, client_for, who: str, status: int) -> None:
    assert client_for(who).get(f"/programs/{world.program.pk}/escalation-chain/").status_code == status


def test_the_chain_page_names_the_step_that_could_end_in_nobody(world: World, client_for) -> None:
    url = f"/programs/{world.program.pk}/escalation-chain/"
    refused = client_for(Role.COORDINATOR).post(
        url,
        {
            "steps.0.target": "all_coordinators",
            "steps.1.target": "on_call_supervisor",
            "repeat_minutes": "15",
        },
    )
    assert refused.status_code == 400
    assert "Step 2: a chain must end with every supervisor or every coordinator" in refused.content.decode()
    saved = client_for(Role.COORDINATOR).post(
        url,
        {
            "steps.0.target": "on_call_supervisor",
            "steps.0.emergency_minutes": "2",
            "steps.0.urgent_minutes": "10",
            "steps.0.routine_minutes": "30",
            "steps.1.target": "all_supervisors",
            "steps.1.emergency_minutes": "5",
            "steps.1.urgent_minutes": "10",
            "steps.1.routine_minutes": "60",
            "repeat_minutes": "15",
        },
    )
    assert saved.status_code == 302
    assert [s.target for s in advice.chain_steps(world.program)[1]] == [
        "on_call_supervisor",
        "all_supervisors",
    ]


def test_after_a_high_risk_contact_the_supporter_sees_who_was_paged_and_support_for_themselves(
    world: World, client_for
) -> None:
    supporter = world.members[Role.SUPPORTER]
    StaffPhoneFactory(user=world.user(Role.SUPERVISOR), phone="+61491570156")
    contact = supervision_services.submit_contact(
        supporter, by=supporter.user, **complete(risk_level="imminent", actions=["emergency_services"])
    )
    page = (
        client_for(Role.SUPPORTER)
        .get(f"/programs/{world.program.pk}/contacts/{contact.pk}/")
        .content.decode()
    )
    assert "Help is on its way" in page
    assert "Paged " in page and "waiting for an acknowledgement" in page
    assert 'href="tel:+61491570156"' in page  # call them now
    assert "Support for you" in page
    # Their supervisor reading the contact sees the contact, not the supporter's care box.
    other = (
        client_for(Role.SUPERVISOR)
        .get(f"/programs/{world.program.pk}/contacts/{contact.pk}/")
        .content.decode()
    )
    assert "Help is on its way" not in other


def test_the_inbox_names_the_requester_only_to_those_who_may_read_the_request(world: World) -> None:
    from program.notifications import concerning

    asked = ask(world)
    note = Notification.objects.get(recipient=world.user(Role.SUPERVISOR), kind="advice_request_urgent")
    name = world.members[Role.SUPPORTER].display_name
    assert name not in note.title + note.body
    assert concerning(world.user(Role.SUPERVISOR), [note]) == {note.pk: name}
    end(world.members[Role.SUPERVISOR])
    assert concerning(world.user(Role.SUPERVISOR), [note]) == {}
    assert asked.pk


def test_escalation_runs_every_15_seconds_in_the_scheduler(world: World) -> None:
    """A step fires within 60 s of its deadline with room to spare: at most 15 s of waiting for the
    next run, even for a deadline just after a whole minute (bench/delivery.py times it for real)."""
    from program.scheduler import REGISTRY, scheduled_time
    from supervision.jobs import advice_escalation

    job = REGISTRY["advice_escalation"]
    t0 = timezone.now().replace(second=0, microsecond=0)
    assert job.trigger.get_next_fire_time(None, t0) == t0
    fires = [t0]
    for _ in range(8):
        fires.append(job.trigger.get_next_fire_time(fires[-1], fires[-1] + timedelta(microseconds=1)))
    assert {b - a for a, b in pairwise(fires)} == {timedelta(seconds=15)}
    # Each run claims its own 15-second slot (exactly once per slot, as for the minute jobs).
    assert scheduled_time(job, t0 + timedelta(seconds=16)) == t0 + timedelta(seconds=15)
    ask(world, "emergency", t0)
    assert advice_escalation(t0 + timedelta(minutes=5)) == {"escalated": 1}


def test_the_e_mail_links_to_the_page_where_acknowledging_is_one_tap(
    world: World, client_for, django_capture_on_commit_callbacks, settings
) -> None:
    from django.core import mail

    from program import outbox

    with django_capture_on_commit_callbacks(execute=True):
        asked = ask(world, "emergency")
    outbox.deliver_due()
    [message] = [m for m in mail.outbox if world.user(Role.SUPERVISOR).email in m.to]
    assert message.subject == "A supporter needs advice now (emergency)"
    path = f"/programs/{world.program.pk}/advice/{asked.pk}/"
    assert f"{settings.SITE_URL}{path}" in message.body
    assert world.members[Role.SUPPORTER].display_name not in message.subject + message.body
    page = client_for(Role.SUPERVISOR).get(path).content.decode()
    assert f'action="{path}acknowledge/"' in page
    assert client_for(Role.SUPERVISOR).post(f"{path}acknowledge/").status_code == 302
    asked.refresh_from_db()
    assert asked.status == AdviceStatus.ACKNOWLEDGED


def test_a_step_reaching_only_people_already_paged_is_passed_over(world: World) -> None:
    """The chain's second step names the same people as the first: the coordinators are next."""
    advice.save_chain(
        world.program,
        by=world.user(Role.COORDINATOR),
        steps=[{"target": "next_supervisor"}, {"target": "all_supervisors"}, {"target": "all_coordinators"}],
    )
    t0 = timezone.now()
    asked = ask(world, "urgent", t0)
    assert paged_users(asked, step=0) == {"supervisor", "supervisor2"}
    assert advice.escalate_due(t0 + timedelta(minutes=10)) == 1
    assert paged_users(asked, step=1) == set()
    assert paged_users(asked, step=2) == {"coordinator"}
