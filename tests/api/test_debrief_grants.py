"""Debrief grants through the API (issue 13, 6a): the same selectors as the pages, so the on-call
supervisor granted an unsupervised supporter's risky contact reads and debriefs that one only; everyone
else answers as before; the grant ends when a supervisor is assigned."""

from __future__ import annotations

from datetime import timedelta

import pytest
from rest_framework.test import APIClient

from program import services as program_services
from program.models import AuditEvent, Membership, Role
from supervision import services
from supervision.models import Contact, DebriefDue
from supervision.pauses import services as pauses
from tests.conftest import World
from tests.factories import ContactFactory
from tests.supervision.guard_helpers import NOW, Clock, clock, published_roster, shift  # noqa: F401
from tests.supervision.test_contacts import complete

pytestmark = pytest.mark.django_db

IMMINENT = {"risk_level": "imminent", "actions": ["escalated_on_call", "emergency_services"]}


@pytest.fixture
def earlier(world: World, clock: Clock) -> Contact:  # noqa: F811
    return ContactFactory(supporter=world.unsupervised, contact_date=NOW.date() - timedelta(days=3))


@pytest.fixture
def risky(world: World, clock: Clock, earlier: Contact) -> Contact:  # noqa: F811
    roster = published_roster(world.program, world.members[Role.COORDINATOR])
    shift(roster, NOW - timedelta(hours=6), 12, [world.supervisor2])
    lonely = world.unsupervised
    return services.submit_contact(lonely, by=lonely.user, **complete(**IMMINENT))


def as_user(membership: Membership) -> APIClient:
    from rest_framework.authtoken.models import Token

    client = APIClient()
    token, _ = Token.objects.get_or_create(user=membership.user)
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client


def client(who: str, world: World, api_for) -> APIClient:
    if who == "on_call":
        return as_user(world.supervisor2)
    if who == "lonely":
        return as_user(world.unsupervised)
    return api_for(who)


# who → (status, narrative readable)
MATRIX = {
    "on_call": (200, True),
    "supervisor": (404, False),
    "coordinator": (200, False),
    "supporter": (404, False),
    "sponsor": (404, False),
    "lonely": (200, True),
    "outsider": (404, False),
    "stranger": (404, False),
}


@pytest.mark.parametrize("who", sorted(MATRIX))
def test_reading_the_granted_contact(world: World, risky: Contact, api_for, who: str) -> None:
    status, readable = MATRIX[who]
    response = client(who, world, api_for).get(f"/api/v1/contacts/{risky.pk}/")
    assert response.status_code == status
    if status == 200:
        assert (response.json()["narrative"] is not None) is readable


def test_the_grantee_lists_that_contact_and_not_the_supporters_others(
    world: World, risky: Contact, earlier: Contact, api_for
) -> None:
    on_call = client("on_call", world, api_for)
    ids = {row["id"] for row in on_call.get("/api/v1/contacts/").json()["results"]}
    assert risky.pk in ids and earlier.pk not in ids
    assert on_call.get(f"/api/v1/contacts/{earlier.pk}/").status_code == 404


def test_a_read_through_the_api_is_audited(world: World, risky: Contact, api_for) -> None:
    client("on_call", world, api_for).get(f"/api/v1/contacts/{risky.pk}/")
    assert AuditEvent.objects.filter(
        actor=world.supervisor2.user, object_id=str(risky.pk), summary="narrative read under a debrief grant"
    ).exists()


def debrief(world: World, contacts: list[int]) -> dict:
    return {
        "program": world.program.pk,
        "supporters": [world.unsupervised.pk],
        "purpose": "debrief",
        "held_on": NOW.date().isoformat(),
        "contacts": contacts,
    }


def test_the_grantee_records_the_debrief(world: World, risky: Contact, api_for) -> None:
    response = client("on_call", world, api_for).post(
        "/api/v1/supervision-sessions/", debrief(world, [risky.pk]), format="json"
    )
    assert response.status_code == 201, response.json()
    assert DebriefDue.objects.get(contact=risky).closed_at is not None


@pytest.mark.parametrize(
    ("who", "which", "field"),
    [
        ("supervisor", "risky", "supporters"),  # not on call, not theirs
        ("on_call", "earlier", "contacts"),  # the supporter's other contact
        ("on_call", "both", "contacts"),
    ],
)
def test_a_debrief_beyond_the_grant_is_refused_naming_the_field(
    world: World, risky: Contact, earlier: Contact, api_for, who: str, which: str, field: str
) -> None:
    ids = {"risky": [risky.pk], "earlier": [earlier.pk], "both": [risky.pk, earlier.pk]}[which]
    response = client(who, world, api_for).post(
        "/api/v1/supervision-sessions/", debrief(world, ids), format="json"
    )
    assert response.status_code == 400
    assert field in str(response.json())
    assert DebriefDue.objects.get(contact=risky).closed_at is None


@pytest.mark.parametrize(("who", "status"), [("on_call", 200), ("supervisor", 404), ("sponsor", 404)])
def test_signing_off_the_supporters_pause(
    world: World, risky: Contact, api_for, who: str, status: int
) -> None:
    pause = pauses.manual_pause(
        world.unsupervised, by=world.user(Role.COORDINATOR), reason="Exams this month."
    )
    response = client(who, world, api_for).post(
        f"/api/v1/pauses/{pause.pk}/resume/", {"note": "Talked it through; ready again."}, format="json"
    )
    assert response.status_code == status
    if who == "on_call":
        detail = client(who, world, api_for).get(f"/api/v1/pauses/{pause.pk}/").json()
        assert "Exams" not in str(detail)  # the reason stays the supporter's and their supervisors'


def test_once_a_supervisor_is_assigned_the_grantee_gets_404(world: World, risky: Contact, api_for) -> None:
    program_services.assign_supervisor(
        world.unsupervised,
        supervisor=world.members[Role.SUPERVISOR],
        backup=None,
        by=world.user("coordinator"),
    )
    assert client("on_call", world, api_for).get(f"/api/v1/contacts/{risky.pk}/").status_code == 404
    assert client("supervisor", world, api_for).get(f"/api/v1/contacts/{risky.pk}/").status_code == 200
