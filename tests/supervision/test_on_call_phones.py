"""On call now shows staff phones for tap-to-call (issue 13, part 1), page and API alike, to the program's
own current supporters and staff only; a sponsor never meets a staff phone anywhere; the number of
queries stays constant however many people are on call."""

from __future__ import annotations

import io
import re
from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from program.models import Membership, MembershipStatus, Role, StaffPhone
from supervision.models import Roster, Shift, ShiftAssignment
from tests.conftest import World
from tests.factories import MembershipFactory, StaffPhoneFactory, UserFactory
from tests.roster_helpers import publish, staff
from tests.test_access_parity import list_endpoints, route_parameters

pytestmark = pytest.mark.django_db


def api_url(world: World) -> str:
    return f"/api/v1/programs/{world.program.pk}/on-call-now/"


def page_url(world: World) -> str:
    return reverse("on-call-now", args=[world.program.pk])


@pytest.fixture
def covered(world: World) -> Roster:
    """A supervisor on call round the clock (day and night shifts) plus an evening supporter shift, from
    yesterday on; every supervisor and coordinator keeps a number, and so, wrongly, does a supporter
    (a supervisor elsewhere once), whose number must still never show for a supporter shift."""
    staff(world, supervisors=3, supporters=2, with_evening=True)
    today = world.program.today()
    roster = publish(world, today - timedelta(days=1), today + timedelta(days=6))
    for membership in Membership.objects.filter(program=world.program).select_related("user"):
        if membership.role in (Role.SUPERVISOR, Role.COORDINATOR, Role.SUPPORTER):
            StaffPhone.objects.get_or_create(user=membership.user, defaults={"phone": next_phone()})
    return roster


_numbers = iter(range(100, 1000))


def next_phone() -> str:
    return f"+61491570{next(_numbers)}"


def supervisors_now(roster: Roster) -> set[int]:
    """Membership ids on the supervisor shift covering now (a shift change may fall in between: both)."""
    now = timezone.now()
    return set(
        ShiftAssignment.objects.filter(
            shift__roster=roster,
            shift__role=Role.SUPERVISOR,
            shift__starts_at__lte=now + timedelta(seconds=5),
            shift__ends_at__gt=now - timedelta(seconds=5),
            ended_at__isnull=True,
        ).values_list("membership_id", flat=True)
    )


def phone_of(membership_id: int) -> str:
    return Membership.objects.get(pk=membership_id).user.staff_phone.phone


# --- Role × outcome --------------------------------------------------------------------------------------

SEE = {"supporter", "supervisor", "coordinator"}


@pytest.mark.parametrize(
    "role",
    ["coordinator", "supervisor", "supporter", "applicant", "reviewer", "sponsor", "outsider", "stranger"],
)
def test_the_api_gives_phones_to_the_programs_own_supporters_and_staff_only(
    covered: Roster, world: World, api_for, role: str
) -> None:
    response = api_for(role).get(api_url(world))
    if role not in SEE:
        # Another program's coordinator (outsider), a sponsor, anyone not rostered here: nothing at all.
        assert response.status_code == 404
        assert "+61491570" not in response.content.decode()
        return
    assert response.status_code == 200
    body = response.json()
    [now] = body["supervisors_now"]
    [person] = now["people"]
    assert person["membership"] in supervisors_now(covered)
    assert person["phone"] == phone_of(person["membership"])
    assert re.fullmatch(r"\+[1-9]\d{6,14}", person["phone"])
    [person] = body["supervisor_next"]["people"]
    assert person["phone"] == phone_of(person["membership"])
    # Supporters on shift are listed but never with a number, even one kept from a staff role elsewhere.
    people = [p for item in body["supporters_now"] for p in item["people"]]
    people += body["supporter_next"]["people"] if body["supporter_next"] else []
    assert people and all(p["phone"] is None for p in people)


@pytest.mark.parametrize(
    "role",
    ["coordinator", "supervisor", "supporter", "applicant", "reviewer", "sponsor", "outsider", "stranger"],
)
def test_the_page_offers_tap_to_call_to_the_programs_own_supporters_and_staff_only(
    covered: Roster, world: World, client_for, role: str
) -> None:
    response = client_for(role).get(page_url(world))
    page = response.content.decode()
    if role not in SEE:
        assert response.status_code == 404 and "tel:+61491570" not in page
        return
    assert response.status_code == 200
    numbers = {phone_of(m) for m in supervisors_now(covered)}
    assert any(f'<a href="tel:{n}"' in page for n in numbers), page
    # Shown the way people read it, and only staff numbers are linked.
    assert any(f"</span>0491 570 {n[-3:]}</a>" in page for n in numbers)
    supporter_numbers = set(
        StaffPhone.objects.filter(user__memberships__role=Role.SUPPORTER).values_list("phone", flat=True)
    )
    assert supporter_numbers and not any(n in page for n in supporter_numbers)


@pytest.mark.parametrize("status", [MembershipStatus.ENDED, MembershipStatus.ALUMNUS])
@pytest.mark.parametrize("role", ["supporter", "supervisor", "coordinator"])
def test_a_member_who_left_gets_nothing(
    covered: Roster, world: World, api_for, client_for, role: str, status: str
) -> None:
    Membership.objects.filter(pk=world.members[role].pk).update(status=status)
    assert api_for(role).get(api_url(world)).status_code == 404
    assert client_for(role).get(page_url(world)).status_code == 404


def test_a_supporter_of_another_program_gets_404(covered: Roster, world: World, client_for) -> None:
    from django.test import Client
    from rest_framework.test import APIClient

    elsewhere = MembershipFactory(program=world.other_program, role=Role.SUPPORTER, user=UserFactory())
    page, api = Client(), APIClient()
    page.force_login(elsewhere.user)
    api.force_authenticate(elsewhere.user)
    assert page.get(page_url(world)).status_code == 404
    assert api.get(api_url(world)).status_code == 404


def test_staff_without_a_number_and_a_supervisor_who_left_show_null(covered: Roster, world: World, api_for):
    on_call = supervisors_now(covered)
    StaffPhone.objects.filter(user__memberships__in=on_call).delete()
    [person] = api_for("supporter").get(api_url(world)).json()["supervisors_now"][0]["people"]
    assert person["phone"] is None

    StaffPhoneFactory(user=Membership.objects.get(pk=person["membership"]).user)
    Membership.objects.filter(pk=person["membership"]).update(status=MembershipStatus.ENDED)
    body = api_for("supporter").get(api_url(world)).json()
    assert all(p["phone"] is None for p in body["supervisors_now"][0]["people"] if p["membership"] in on_call)


# --- Query counts ----------------------------------------------------------------------------------------


def count_queries(client: Any, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("kind", ["api", "page"])
def test_on_call_now_runs_a_constant_number_of_queries_however_many_are_on_call(
    covered: Roster, world: World, api_for, client_for, kind: str
) -> None:
    client = api_for("supporter") if kind == "api" else client_for("supporter")
    url = api_url(world) if kind == "api" else page_url(world)
    now = timezone.now()
    current = Shift.objects.get(roster=covered, role=Role.SUPERVISOR, starts_at__lte=now, ends_at__gt=now)
    few = count_queries(client, url)
    # Queries: the shifts running now and next with who holds them, their users and phones (one
    # statement), the fallback staff with their phones (one statement; the extra supervisors below join it
    # too), the crisis lines, plus the caller's roles (and the page's session, navigation).
    for n in range(6):
        extra = MembershipFactory(
            program=world.program, role=Role.SUPERVISOR, user=UserFactory(username=f"x{n}")
        )
        StaffPhoneFactory(user=extra.user)
        ShiftAssignment.objects.create(shift=current, membership=extra)
    assert count_queries(client, url) == few
    body = api_for("supporter").get(api_url(world)).json()
    assert len(body["supervisors_now"][0]["people"]) == 7
    assert all(p["phone"] for p in body["supervisors_now"][0]["people"])


# --- Sponsors never meet a staff phone --------------------------------------------------------------------


def _text(response: Any) -> str:
    if response.get("Content-Type", "").startswith("application/pdf"):
        return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(response.content)).pages)
    return response.content.decode(errors="replace")


def _forms(e164: str) -> list[str]:
    """The ways a number could show: E.164, its digits, national with and without spaces."""
    national = "0" + e164[3:]
    spaced = f"{national[:4]} {national[4:7]} {national[7:]}"
    return [e164, e164[1:], national, spaced]


def test_a_sponsor_never_meets_a_staff_phone(covered: Roster, world: World, api_for, client_for) -> None:
    from program.models import Program

    program_id = world.program.pk
    sponsor_page, sponsor_api = client_for("sponsor"), api_for("sponsor")
    phones = list(StaffPhone.objects.values_list("phone", flat=True))
    assert len(phones) >= 5
    answered: dict[str, str] = {}
    routes = route_parameters()
    # The report (page and PDF, page and API) is asked for the last whole month.
    month = world.program.today().replace(day=1)
    period = {
        "from": (month - timedelta(days=1)).replace(day=1).isoformat(),
        "to": (month - timedelta(days=1)).isoformat(),
    }
    pdfs = 0
    # Every page and endpoint that needs no more than the program (overview, dashboards, reports, PDFs,
    # exports, on call now, runway, continuity …), every list endpoint, and the sponsor's own pages.
    for name, params in routes.items():
        if params == {"program_id"}:
            url = reverse(name, kwargs={"program_id": program_id})
            client = sponsor_api if name.startswith("api:") else sponsor_page
            response = client.get(url, period)
            pdfs += response.get("Content-Type", "").startswith("application/pdf")
            answered[url] = _text(response)
    for name in list_endpoints():
        answered[reverse(name)] = _text(sponsor_api.get(reverse(name), {"program": program_id}))
    for url in (reverse("dashboard"), reverse("inbox"), reverse("my-details"), "/api/v1/me/"):
        client = sponsor_api if url.startswith("/api/") else sponsor_page
        answered[url] = _text(client.get(url))
    answered["program detail"] = _text(sponsor_api.get(f"/api/v1/programs/{program_id}/"))
    assert Program.objects.filter(pk=program_id).exists()
    # The sponsor did read something (their dashboard and the report), so the search is not of nothing.
    assert sum(1 for text in answered.values() if len(text) > 200) >= 3
    assert pdfs == 2, "the report PDF (page and API) was not read"
    leaks = {
        url: form
        for url, text in answered.items()
        for phone in phones
        for form in _forms(phone)
        if form in text
    }
    assert not leaks, leaks
