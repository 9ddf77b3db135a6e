"""The contact list page pages by keyset: "Older" and "Newer" links, no page numbers and no count;
every visible contact once; the filter kept; the last page as cheap as the first; a bad cursor lands on
the newest contacts."""

from __future__ import annotations

import re
from html import unescape
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from program.models import Role
from supervision import views
from supervision.models import Contact
from tests.api.test_contact_cursor import drafts_of, leave, log_contacts, newest_first
from tests.conftest import World
from tests.factories import MembershipFactory, SupervisorAssignmentFactory

pytestmark = pytest.mark.django_db

OLDER = re.compile(r'<a href="([^"]*)" rel="next">Older</a>')
NEWER = re.compile(r'<a href="([^"]*)" rel="prev">Newer</a>')


def contact_ids(html: str, program_id: int) -> list[int]:
    """Ids of the contacts listed, in order (a submitted one links to its page, a draft to its form)."""
    return [int(pk) for pk in re.findall(rf'href="/programs/{program_id}/contacts/(\d+)/(?:edit/)?"', html)]


def walk(client: Client, url: str, program_id: int) -> tuple[list[int], list[str]]:
    ids: list[int] = []
    urls = [url]
    while True:
        response = client.get(urls[-1])
        assert response.status_code == 200
        html = response.content.decode()
        assert "Page " not in html and " of " not in html.split("<nav", 1)[-1].split("</nav>")[0]
        ids += contact_ids(html, program_id)
        found = OLDER.search(html)
        if found is None:
            return ids, urls
        # More pages than contacts: the cursor is going round in a loop.
        assert len(urls) <= Contact.objects.count(), urls
        urls.append(url.split("?")[0] + unescape(found.group(1)))


@pytest.fixture
def scene(world: World, monkeypatch: pytest.MonkeyPatch) -> dict[str, set[int]]:
    # Small pages, so a handful of contacts spans many.
    monkeypatch.setattr(views, "CONTACTS_PER_PAGE", 3)
    supporter = world.members[Role.SUPPORTER]
    second = MembershipFactory(program=world.program, role=Role.SUPPORTER)
    SupervisorAssignmentFactory(supporter=second, supervisor=world.members[Role.SUPERVISOR])
    own, own_drafts = log_contacts(supporter, 7), drafts_of(supporter)
    seconds, second_drafts = log_contacts(second, 4, start=1), drafts_of(second)
    unsupervised = log_contacts(world.unsupervised, 3)
    return {
        "supporter": {c.pk for c in own + own_drafts},
        "supervisor": {c.pk for c in own + seconds},
        "hidden_from_supervisor": {c.pk for c in own_drafts + second_drafts + unsupervised},
    }


@pytest.mark.parametrize("role", ["supporter", "supervisor"])
def test_older_links_walk_every_visible_contact_once_and_newer_links_walk_back(
    world: World, client_for: Any, scene: dict[str, set[int]], role: str
) -> None:
    client = client_for(role)
    url = reverse("contacts", args=[world.program.pk])
    ids, urls = walk(client, url, world.program.pk)
    assert len(urls) > 3
    assert len(ids) == len(set(ids))
    assert ids == newest_first(scene[role])
    if role == "supervisor":
        assert not set(ids) & scene["hidden_from_supervisor"]
    # The last page links back with "Newer" and to nothing older; the first page to nothing newer.
    last = client.get(urls[-1]).content.decode()
    assert OLDER.search(last) is None
    back: list[list[int]] = []
    page = last
    while True:
        back.insert(0, contact_ids(page, world.program.pk))
        found = NEWER.search(page)
        if found is None:
            break
        page = client.get(url + unescape(found.group(1))).content.decode()
    assert [pk for ids_ in back for pk in ids_] == ids


def test_an_ended_member_gets_no_list_with_or_without_a_cursor(
    world: World, client_for: Any, scene: dict[str, set[int]]
) -> None:
    client = client_for("supporter")
    url = reverse("contacts", args=[world.program.pk])
    deeper = walk(client, url, world.program.pk)[1][1]
    leave(world.members[Role.SUPPORTER])
    assert client.get(url).status_code == 404
    assert client.get(deeper).status_code == 404


def test_the_risk_filter_holds_on_every_page(
    world: World, client_for: Any, scene: dict[str, set[int]]
) -> None:
    url = reverse("contacts", args=[world.program.pk]) + "?risk=high"
    ids, urls = walk(client_for("supervisor"), url, world.program.pk)

    high = set(
        Contact.objects.filter(pk__in=scene["supervisor"], risk_level="high").values_list("pk", flat=True)
    )
    assert len(urls) > 1
    assert ids == newest_first(high)
    assert all("risk=high" in page for page in urls)


@pytest.mark.parametrize("cursor", ["nonsense", "", "%00", "WyIyMDI2LTAzLTAyIiwgMSwgMF0"])
def test_a_bad_cursor_shows_the_newest_contacts(
    world: World, client_for: Any, scene: dict[str, set[int]], cursor: str
) -> None:
    client = client_for("supporter")
    url = reverse("contacts", args=[world.program.pk])
    first = contact_ids(client.get(url).content.decode(), world.program.pk)
    response = client.get(f"{url}?cursor={cursor}")
    assert response.status_code == 200
    assert contact_ids(response.content.decode(), world.program.pk) == first


@pytest.mark.parametrize("role", ["supporter", "supervisor"])
def test_first_and_last_pages_run_the_same_queries_at_5_and_60_contacts_and_none_counts(
    world: World, client_for: Any, monkeypatch: pytest.MonkeyPatch, role: str
) -> None:
    monkeypatch.setattr(views, "CONTACTS_PER_PAGE", 4)
    client = client_for(role)
    url = reverse("contacts", args=[world.program.pk])
    client.get(url)  # warms process-wide caches (content types), as in service
    supporter = world.members[Role.SUPPORTER]
    log_contacts(supporter, 5)
    counts = {}
    for size in (5, 60):
        if size == 60:
            log_contacts(supporter, 55, start=5)
        urls = walk(client, url, world.program.pk)[1]
        assert len(urls) == (size + 3) // 4
        measured = []
        for page in (urls[0], urls[-1]):
            with CaptureQueriesContext(connection) as captured:
                response = client.get(page)
            assert contact_ids(response.content.decode(), world.program.pk), "an empty page proves nothing"
            for query in captured.captured_queries:
                # The frame's unread-notifications badge counts (a handful of rows); the list counts nothing.
                sql = query["sql"].upper()
                assert not ("COUNT(" in sql and '"SUPERVISION_CONTACT"' in sql), query["sql"]
            measured.append(len(captured.captured_queries))
        counts[size] = tuple(measured)
    # The same at both depths and both sizes: 11, of which the list's own are the scope as 3 id lists,
    # 1 page of contacts with their supporters, 1 concerns of the page and 1 whether the caller logs
    # contacts; the rest is the page's frame (session, user, navigation, the unread badge).
    assert counts == {5: (11, 11), 60: (11, 11)}, counts
