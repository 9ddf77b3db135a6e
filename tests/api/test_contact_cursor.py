"""GET /api/v1/contacts/ pages by keyset cursor: every visible contact exactly once, in order, with the
filters kept; no count; the last page runs the same queries as the first; a bad cursor is a 400."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from program.models import Membership, MembershipStatus, Role
from supervision.models import Contact
from tests.api.helpers import api_as, assert_error
from tests.conftest import World
from tests.factories import ContactFactory, MembershipFactory, SupervisorAssignmentFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/contacts/"
DAY = date(2026, 3, 2)


def log_contacts(supporter: Membership, count: int, *, start: int = 0) -> list[Contact]:
    """Submitted contacts three to a day (ties on the date, so the id must break them), every third one
    high-risk."""
    return [
        ContactFactory(
            supporter=supporter,
            contact_date=DAY - timedelta(days=(start + index) // 3),
            risk_level="high" if index % 3 == 0 else "low",
        )
        for index in range(count)
    ]


def drafts_of(supporter: Membership) -> list[Contact]:
    """Two drafts with no date yet (a NULL key: first or last by the database's rule) and one with."""
    undated = [
        ContactFactory(supporter=supporter, status="draft", submitted_at=None, contact_date=None)
        for _ in range(2)
    ]
    return [*undated, ContactFactory(supporter=supporter, status="draft", submitted_at=None)]


@pytest.fixture
def scene(world: World) -> dict[str, Any]:
    supporter = world.members[Role.SUPPORTER]
    second = MembershipFactory(program=world.program, role=Role.SUPPORTER)
    SupervisorAssignmentFactory(supporter=second, supervisor=world.members[Role.SUPERVISOR])
    own, own_drafts = log_contacts(supporter, 8), drafts_of(supporter)
    seconds, second_drafts = log_contacts(second, 5, start=2), drafts_of(second)
    unsupervised = log_contacts(world.unsupervised, 4)
    elsewhere = log_contacts(MembershipFactory(program=world.other_program, role=Role.SUPPORTER), 3)
    return {
        "supporter": {c.pk for c in own + own_drafts},
        "supervisor": {c.pk for c in own + seconds},
        "hidden_from_supervisor": {c.pk for c in own_drafts + second_drafts + unsupervised + elsewhere},
    }


def leave(membership: Membership) -> None:
    """End a membership as the program does (a save, whose signal takes its permissions away)."""
    membership.refresh_from_db()
    membership.status = MembershipStatus.ENDED
    membership.save()


def newest_first(ids: set[int]) -> list[int]:
    """The database's own newest-first order of these contacts (NULL dates where it sorts them)."""
    return list(
        Contact.objects.filter(pk__in=ids).order_by("-contact_date", "-id").values_list("pk", flat=True)
    )


def walk(client: APIClient, url: str) -> tuple[list[int], list[str]]:
    """Follow `next` from the first page to the end; the ids in the order shown, and each page's URL."""
    ids: list[int] = []
    urls = [url]
    while True:
        response = client.get(urls[-1])
        assert response.status_code == 200, response.content
        body = response.json()
        assert "count" not in body, body
        ids += [row["id"] for row in body["results"]]
        if body["next"] is None:
            return ids, urls
        # More pages than contacts: the cursor is going round in a loop.
        assert len(urls) <= Contact.objects.count(), urls
        urls.append(body["next"])


def walk_back(client: APIClient, url: str) -> list[int]:
    """Follow `previous` from a page to the first; the ids newest first."""
    pages: list[list[int]] = []
    while url is not None:
        body = client.get(url).json()
        pages.insert(0, [row["id"] for row in body["results"]])
        url = body["previous"]
    return [pk for page in pages for pk in page]


# A page of one puts a page boundary at every row, undated drafts included.
@pytest.mark.parametrize("page_size", [1, 3])
@pytest.mark.parametrize("role", ["supporter", "supervisor"])
def test_walking_every_page_shows_each_visible_contact_once_in_order(
    world: World, api_for: Any, scene: dict[str, Any], role: str, page_size: int
) -> None:
    client = api_for(role)
    ids, urls = walk(client, f"{URL}?page_size={page_size}")
    assert len(urls) > 3, "too few pages to test the walk"
    assert len(ids) == len(set(ids)), "a contact was shown twice"
    assert ids == newest_first(scene[role])
    if role == "supervisor":
        assert not set(ids) & scene["hidden_from_supervisor"]
    # And back again from the last page by `previous`, page for page.
    assert walk_back(client, urls[-1]) == ids


def test_an_ended_member_walks_no_contacts_not_even_their_own(world: World, scene: dict[str, Any]) -> None:
    supporter = world.members[Role.SUPPORTER]
    client = api_as(supporter.user)
    assert walk(client, f"{URL}?page_size=3")[0]  # while a member, their own
    leave(supporter)
    ids, urls = walk(client, f"{URL}?page_size=3")
    assert (ids, len(urls)) == ([], 1)


def test_a_cursor_from_before_leaving_reads_nothing_after(world: World, scene: dict[str, Any]) -> None:
    client = api_as(world.members[Role.SUPPORTER].user)
    second_page = client.get(f"{URL}?page_size=3").json()["next"]
    leave(world.members[Role.SUPPORTER])
    body = client.get(second_page).json()
    assert body["results"] == []


def test_filters_hold_on_every_page_and_the_links_keep_them(
    world: World, api_for: Any, scene: dict[str, Any]
) -> None:
    ids, urls = walk(api_for("supervisor"), f"{URL}?risk_level=high&page_size=2")
    high = set(
        Contact.objects.filter(pk__in=scene["supervisor"], risk_level="high").values_list("pk", flat=True)
    )
    assert len(high) > 2, "one page would hold them all"
    assert ids == newest_first(high)
    assert all("risk_level=high" in url for url in urls)


def test_a_cursor_carries_the_position_not_the_scope(
    world: World, api_for: Any, scene: dict[str, Any]
) -> None:
    """A supporter's cursor handed to their supervisor reads the supervisor's own scope from there."""
    deep = walk(api_for("supporter"), f"{URL}?page_size=3")[1][-1]
    shown = [row["id"] for row in api_for("supervisor").get(deep).json()["results"]]
    assert set(shown) <= scene["supervisor"]


@pytest.mark.parametrize(
    "cursor",
    [
        "nonsense",
        "",
        "%00",
        "WyIyMDI2LTAzLTAyIiwgMSwgMF0",  # base64 of a real-looking position, but unsigned
    ],
)
def test_a_bad_cursor_is_a_400_naming_it(world: World, api_for: Any, cursor: str) -> None:
    assert_error(api_for("supporter").get(f"{URL}?cursor={cursor}"), 400, "invalid", field="cursor")


def test_an_altered_cursor_is_a_400_naming_it(world: World, api_for: Any, scene: dict[str, Any]) -> None:
    client = api_for("supporter")
    following = client.get(URL, {"page_size": 3}).json()["next"]
    token = following.split("cursor=")[1].split("&")[0]
    altered = token[:-1] + ("A" if token[-1] != "A" else "B")
    assert_error(client.get(URL, {"cursor": altered, "page_size": 3}), 400, "invalid", field="cursor")


# --- cost: the same queries at any depth, and never a count ---------------------------------------


def queries_of(client: APIClient, url: str) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, response.content
    assert response.json()["results"], "an empty page proves nothing"
    return [query["sql"] for query in captured.captured_queries]


@pytest.mark.parametrize("role", ["supporter", "supervisor"])
def test_first_and_last_pages_run_the_same_queries_at_5_and_60_contacts_and_none_counts(
    world: World, api_for: Any, role: str
) -> None:
    client = api_for(role)
    client.get(URL)  # warms process-wide caches (content types), as in service
    supporter = world.members[Role.SUPPORTER]
    counts = {}
    log_contacts(supporter, 5)
    for size in (5, 60):
        if size == 60:
            log_contacts(supporter, 55, start=5)
        urls = walk(client, f"{URL}?page_size=4")[1]
        assert len(urls) == (size + 3) // 4
        first, last = queries_of(client, urls[0]), queries_of(client, urls[-1])
        for sql in first + last:
            assert "COUNT(" not in sql.upper(), sql
        counts[size] = (len(first), len(last))
    # 1 token and its user; the scope as id lists: 1 own supporter memberships (and debrief grants),
    # 1 supervisees, 1 coordinated programs; 1 page of contacts with peer codes, debriefs and advice
    # requests, 1 concerns of the page, 1 actions of the page; 1 whose private fields the caller may see
    assert counts == {5: (8, 8), 60: (8, 8)}, counts
