"""Nobody is left without a debriefer (issue 13, 6a): a high or imminent risk contact from a supporter with
no current supervisor grants the supervisor on call that one contact — read it, record its debrief, sign
off a pending pause — audited, ending when a supervisor is assigned or a role ends, and failing closed."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from program import services as program_services
from program.models import AuditEvent, Membership, MembershipStatus, Notification, Role, SupervisorAssignment
from supervision import jobs, selectors, services
from supervision.models import Contact, DebriefDue, DebriefGrant, GrantEnd, Roster, SessionPurpose
from supervision.pauses import services as pauses
from tests.conftest import World
from tests.factories import ContactFactory
from tests.supervision.guard_helpers import NOW, Clock, clock, published_roster, shift  # noqa: F401
from tests.supervision.test_contacts import complete

pytestmark = pytest.mark.django_db

IMMINENT = {"risk_level": "imminent", "actions": ["escalated_on_call", "emergency_services"]}


@pytest.fixture
def on_call(world: World, clock: Clock) -> Membership:  # noqa: F811
    """supervisor2 is on call now (a shift from 20:00 to 08:00 Sydney); they do not supervise "lonely"."""
    roster = published_roster(world.program, world.members[Role.COORDINATOR])
    shift(roster, NOW - timedelta(hours=6), 12, [world.supervisor2])
    return world.supervisor2


@pytest.fixture
def earlier(world: World, clock: Clock) -> Contact:  # noqa: F811
    """Another contact of the unsupervised supporter's, before the risky one: never opened by the grant."""
    return ContactFactory(supporter=world.unsupervised, contact_date=NOW.date() - timedelta(days=3))


@pytest.fixture
def risky(world: World, on_call: Membership, earlier: Contact) -> Contact:
    lonely = world.unsupervised
    return services.submit_contact(lonely, by=lonely.user, **complete(**IMMINENT))


def kinds_for(user) -> set[tuple[str, str]]:
    return set(Notification.objects.filter(recipient=user).values_list("kind", "link"))


# --- Opening a grant ---------------------------------------------------------------------------------------


def test_high_risk_contact_of_unsupervised_supporter_grants_and_pages_the_on_call_supervisor(
    world: World, risky: Contact, on_call: Membership
) -> None:
    grant = DebriefGrant.objects.get()
    assert (grant.contact, grant.grantee, grant.supporter, grant.reason) == (
        risky,
        on_call,
        world.unsupervised,
        "no_supervisor",
    )
    assert grant.ended_at is None
    detail = reverse("contact-detail", args=[world.program.pk, risky.pk])
    assert ("debrief_granted", detail) in kinds_for(on_call.user)
    # Told once, as the grantee, not also as "someone may call you for advice".
    assert not Notification.objects.filter(recipient=on_call.user, kind="high_risk_on_call").exists()
    assign = reverse("member-assign", args=[world.program.pk, world.unsupervised.pk])
    assert ("supporter_unsupervised", assign) in kinds_for(world.user(Role.COORDINATOR))
    assert AuditEvent.objects.filter(
        object_type="supervision.debriefgrant", object_id=str(grant.pk), summary__contains="no supervisor"
    ).exists()


def test_a_supervised_supporters_risky_contact_opens_no_grant(world: World, on_call: Membership) -> None:
    supporter = world.members[Role.SUPPORTER]
    services.submit_contact(supporter, by=supporter.user, **complete(**IMMINENT))
    assert not DebriefGrant.objects.exists()


def test_a_moderate_contact_opens_no_grant(world: World, on_call: Membership) -> None:
    lonely = world.unsupervised
    services.submit_contact(lonely, by=lonely.user, **complete())
    assert not DebriefGrant.objects.exists()


def test_with_nobody_on_call_the_coordinators_are_still_paged(world: World, clock: Clock) -> None:  # noqa: F811
    lonely = world.unsupervised
    services.submit_contact(lonely, by=lonely.user, **complete(**IMMINENT))
    assert not DebriefGrant.objects.exists()
    kinds = {kind for kind, _ in kinds_for(world.user(Role.COORDINATOR))}
    assert {"supporter_unsupervised", "high_risk_contact"} <= kinds


# --- Grants follow the roster while the debrief is open -----------------------------------------------------


def test_whoever_comes_on_call_later_is_granted_the_open_debrief(
    world: World,
    risky: Contact,
    on_call: Membership,
    clock: Clock,  # noqa: F811
    client_for,
) -> None:
    """The night's supervisor goes off at 08:00; the day's supervisor (not supervising "lonely") is granted
    the still-open debrief by the job once on call, told once, and may read it; the night's grant stays."""
    day_supervisor = world.members[Role.SUPERVISOR]
    roster = Roster.objects.get(program=world.program)
    shift(roster, NOW + timedelta(hours=6), 12, [day_supervisor])
    assert jobs.debrief_grants_follow_on_call(clock()) == {"granted": 0}  # supervisor2 already holds it

    clock.advance(timedelta(hours=7))
    assert jobs.debrief_grants_follow_on_call(clock()) == {"granted": 1}
    assert jobs.debrief_grants_follow_on_call(clock()) == {"granted": 0}  # safe to repeat

    assert set(DebriefGrant.objects.filter(ended_at__isnull=True).values_list("grantee", flat=True)) == {
        on_call.pk,
        day_supervisor.pk,
    }
    link = reverse("contact-detail", args=[world.program.pk, risky.pk])
    assert list(
        Notification.objects.filter(recipient=day_supervisor.user, kind="debrief_granted").values_list(
            "link", flat=True
        )
    ) == [link]
    assert AuditEvent.objects.filter(summary="debrief grant: came on call").count() == 1
    assert client_as("supervisor", world, client_for).get(link).status_code == 200


def test_with_nobody_on_call_at_the_contact_the_first_to_come_on_call_is_granted_it(
    world: World,
    clock: Clock,  # noqa: F811
) -> None:
    lonely = world.unsupervised
    risky = services.submit_contact(lonely, by=lonely.user, **complete(**IMMINENT))
    assert not DebriefGrant.objects.exists()
    roster = published_roster(world.program, world.members[Role.COORDINATOR])
    shift(roster, NOW + timedelta(hours=1), 8, [world.supervisor2])

    clock.advance(timedelta(minutes=65))
    assert jobs.debrief_grants_follow_on_call(clock()) == {"granted": 1}
    grant = DebriefGrant.objects.get()
    assert (grant.contact, grant.grantee, grant.supporter) == (risky, world.supervisor2, lonely)


def test_a_debrief_closed_or_a_supporter_supervised_grants_nobody_new(
    world: World,
    risky: Contact,
    clock: Clock,  # noqa: F811
) -> None:
    roster = Roster.objects.get(program=world.program)
    shift(roster, NOW + timedelta(hours=6), 12, [world.members[Role.SUPERVISOR]])
    program_services.assign_supervisor(
        world.unsupervised, supervisor=world.supervisor2, backup=None, by=world.user("coordinator")
    )
    clock.advance(timedelta(hours=7))
    assert jobs.debrief_grants_follow_on_call(clock()) == {"granted": 0}
    assert not DebriefGrant.objects.filter(ended_at__isnull=True).exists()


# --- Role × outcome on the contact page ---------------------------------------------------------------------

# who → (status of the risky contact's page, narrative shown)
PAGE = {
    "on_call": (200, True),
    "supervisor": (404, False),  # a supervisor, but neither on call nor this supporter's
    "coordinator": (200, False),  # structured fields only, as for every contact
    "supporter": (404, False),
    "sponsor": (404, False),
    "lonely": (200, True),  # the supporter who wrote it
    "outsider": (404, False),
}


def client_as(who: str, world: World, client_for):
    if who == "on_call":
        from django.test import Client

        client = Client()
        client.force_login(world.supervisor2.user)
        return client
    if who == "lonely":
        from django.test import Client

        client = Client()
        client.force_login(world.unsupervised.user)
        return client
    return client_for(who)


@pytest.mark.parametrize("who", sorted(PAGE))
def test_the_contact_page_under_a_grant(world: World, risky: Contact, client_for, who: str) -> None:
    status, narrative = PAGE[who]
    response = client_as(who, world, client_for).get(
        reverse("contact-detail", args=[world.program.pk, risky.pk])
    )
    assert response.status_code == status
    if status == 200:
        assert ("rural placement" in response.content.decode()) is narrative


@pytest.mark.parametrize("who", ["on_call", "supervisor"])
def test_the_grant_opens_that_contact_only_not_the_supporters_others(
    world: World, risky: Contact, earlier: Contact, client_for, who: str
) -> None:
    response = client_as(who, world, client_for).get(
        reverse("contact-detail", args=[world.program.pk, earlier.pk])
    )
    assert response.status_code == 404
    visible = set(selectors.contacts_visible_to(world.supervisor2.user).values_list("pk", flat=True))
    assert risky.pk in visible and earlier.pk not in visible


def test_every_read_under_a_grant_is_audited(world: World, risky: Contact, client_for) -> None:
    client_as("on_call", world, client_for).get(reverse("contact-detail", args=[world.program.pk, risky.pk]))
    assert AuditEvent.objects.filter(
        actor=world.supervisor2.user,
        object_type="supervision.contact",
        object_id=str(risky.pk),
        summary="narrative read under a debrief grant",
    ).exists()


# --- Debriefing and pause sign-off --------------------------------------------------------------------------


def test_the_grantee_records_the_debrief_which_closes_it_and_is_audited(world: World, risky: Contact) -> None:
    session = services.record_session(
        world.program,
        by=world.supervisor2.user,
        supporters=[world.unsupervised],
        contacts=[risky],
        held_on=NOW.date(),
        purpose=SessionPurpose.DEBRIEF,
    )
    debrief = DebriefDue.objects.get(contact=risky)
    assert debrief.closed_by == session
    grant = DebriefGrant.objects.get()
    assert AuditEvent.objects.filter(
        actor=world.supervisor2.user, object_id=str(grant.pk), summary="debrief under a debrief grant"
    ).exists()


@pytest.mark.parametrize(
    "change",
    ["scheduled session", "another contact", "no contact", "not on call"],
)
def test_the_grant_allows_nothing_wider_than_that_debrief(
    world: World, risky: Contact, earlier: Contact, change: str
) -> None:
    by = world.members[Role.SUPERVISOR].user if change == "not on call" else world.supervisor2.user
    contacts = {"another contact": [risky, earlier], "no contact": []}.get(change, [risky])
    purpose = SessionPurpose.SCHEDULED if change == "scheduled session" else SessionPurpose.DEBRIEF
    with pytest.raises(ValidationError) as refused:
        services.record_session(
            world.program,
            by=by,
            supporters=[world.unsupervised],
            contacts=contacts,
            held_on=NOW.date(),
            purpose=purpose,
        )
    assert "supporters" in refused.value.message_dict
    assert DebriefDue.objects.get(contact=risky).closed_at is None


def test_the_grantee_may_sign_off_the_supporters_pause_but_not_read_its_reason(
    world: World, risky: Contact
) -> None:
    pause = pauses.manual_pause(
        world.unsupervised, by=world.user(Role.COORDINATOR), reason="Exams this month."
    )
    grantee = world.supervisor2.user
    assert selectors.pauses_visible_to(grantee).filter(pk=pause.pk).exists()
    assert pauses.may_resume(grantee, pause)
    assert not pauses.reason_readable(grantee, pause)
    pauses.resume(pause, by=grantee, note="We talked it through; ready to support again.")
    pause.refresh_from_db()
    assert pause.ended_by == grantee
    assert AuditEvent.objects.filter(
        actor=grantee, object_type="supervision.pause", summary__endswith="under a debrief grant"
    ).exists()


def test_another_supervisor_cannot_sign_off_the_pause(world: World, risky: Contact) -> None:
    pause = pauses.manual_pause(
        world.unsupervised, by=world.user(Role.COORDINATOR), reason="Exams this month."
    )
    other = world.members[Role.SUPERVISOR].user
    assert not pauses.may_resume(other, pause)
    with pytest.raises(type(pause).DoesNotExist):
        pauses.resume(pause, by=other, note="Fine to resume.")


# --- Ending ---------------------------------------------------------------------------------------------


def test_the_grant_ends_when_a_supervisor_is_assigned(world: World, risky: Contact, client_for) -> None:
    program_services.assign_supervisor(
        world.unsupervised,
        supervisor=world.members[Role.SUPERVISOR],
        backup=None,
        by=world.user("coordinator"),
    )
    grant = DebriefGrant.objects.get()
    assert grant.ended_at is not None and grant.end_reason == GrantEnd.SUPERVISOR_ASSIGNED
    page = client_as("on_call", world, client_for).get(
        reverse("contact-detail", args=[world.program.pk, risky.pk])
    )
    assert page.status_code == 404
    # The new supervisor reads it as any supervisor does.
    assert (
        client_as("supervisor", world, client_for)
        .get(reverse("contact-detail", args=[world.program.pk, risky.pk]))
        .status_code
        == 200
    )


def test_the_grant_ends_when_the_grantee_leaves(world: World, risky: Contact) -> None:
    program_services.update_membership(world.supervisor2, by=world.user("coordinator"), status="ended")
    grant = DebriefGrant.objects.get()
    assert grant.end_reason == GrantEnd.GRANTEE_LEFT
    assert not selectors.contacts_visible_to(world.supervisor2.user).filter(pk=risky.pk).exists()


def test_the_grant_ends_when_the_supporter_leaves(world: World, risky: Contact) -> None:
    program_services.update_membership(world.unsupervised, by=world.user("coordinator"), status="ended")
    assert DebriefGrant.objects.get().end_reason == GrantEnd.SUPPORTER_LEFT


@pytest.mark.parametrize("bypass", ["grantee ended", "supervisor assigned"])
def test_a_grant_whose_ending_was_missed_is_not_honoured(world: World, risky: Contact, bypass: str) -> None:
    # Changes written past the signals: the grant stays open in the table, but the selectors refuse it.
    if bypass == "grantee ended":
        Membership.objects.filter(pk=world.supervisor2.pk).update(status=MembershipStatus.ENDED)
    else:
        SupervisorAssignment.objects.bulk_create(
            [
                SupervisorAssignment(
                    program=world.program,
                    supporter=world.unsupervised,
                    supervisor=world.members[Role.SUPERVISOR],
                )
            ]
        )
    assert DebriefGrant.objects.get().ended_at is None
    grantee = world.supervisor2.user
    assert not selectors.debrief_grants_held_by(grantee).exists()
    assert not selectors.contacts_visible_to(grantee).filter(pk=risky.pk).exists()
    risky = Contact.objects.select_related("supporter").get(pk=risky.pk)
    assert not selectors.narrative_readable(grantee, risky)


# --- Accepting an offer asks for a supervisor; the coordinator's home leads with it -----------------------


def test_accepting_an_offer_asks_the_coordinators_to_assign_a_supervisor(world: World) -> None:
    from selection import services as selection_services
    from selection.models import Decision
    from tests.selection.builders import applicant, coordinator, open_intake, reviewed, reviewer

    intake = open_intake(world, [reviewer(world, "rev1"), reviewer(world, "rev2")])
    person = applicant(world)
    offered = selection_services.decide(
        reviewed(world, intake, person, 5, 4),
        by=coordinator(world),
        decision=Decision.OFFER,
        criterion=intake.criteria.get(order=1),
        reason="Strongest experience.",
    )
    selection_services.respond_to_offer(offered, by=person, accept=True)
    supporter = Membership.objects.get(user=person, program=world.program, role=Role.SUPPORTER)
    link = reverse("member-assign", args=[world.program.pk, supporter.pk])
    assert ("supervisor_needed", link) in kinds_for(world.user(Role.COORDINATOR))
    assert (
        not Notification.objects.filter(kind="supervisor_needed")
        .exclude(recipient=world.user(Role.COORDINATOR))
        .exists()
    )


def test_the_coordinators_home_leads_with_supporters_without_a_supervisor(world: World, client_for) -> None:
    page = client_for("coordinator").get(reverse("dashboard")).content.decode()
    section = page[page.index('data-role="coordinator"') :]
    panel = section.index("Supporters without a supervisor")
    assert panel < section.index("active supporters")  # before everything else in the section
    assign = reverse("member-assign", args=[world.program.pk, world.unsupervised.pk])
    assert assign in section[panel:]
    assert world.unsupervised.display_name in section[panel:]


def test_once_everyone_has_a_supervisor_the_panel_goes(world: World, client_for) -> None:
    program_services.assign_supervisor(
        world.unsupervised,
        supervisor=world.members[Role.SUPERVISOR],
        backup=None,
        by=world.user("coordinator"),
    )
    page = client_for("coordinator").get(reverse("dashboard")).content.decode()
    assert "Supporters without a supervisor" not in page


@pytest.mark.parametrize("role", ["supervisor", "supporter", "sponsor"])
def test_only_coordinators_see_the_panel(world: World, client_for, role: str) -> None:
    assert (
        "Supporters without a supervisor" not in client_for(role).get(reverse("dashboard")).content.decode()
    )


def test_signed_out_nobody_holds_a_grant(risky: Contact) -> None:
    from django.contrib.auth.models import AnonymousUser

    assert not selectors.debrief_grants_held_by(AnonymousUser()).exists()
    assert not selectors.contacts_visible_to(AnonymousUser()).exists()
