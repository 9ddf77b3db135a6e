"""Issue 14, part 2: the navigation works on a phone, with and without JavaScript.

The markup is what a phone without JavaScript gets: an open list holding every destination, and a menu
button (hidden until static/js/nav.js shows it) that names the list it controls. A supporter also gets a
bottom bar with the three things needed in a hurry; others get none. The browser side (the button
folding the list, the keyboard) is in tests/browser/test_phone.py.
"""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from program.models import Role
from tests.conftest import World
from tests.factories import MembershipFactory


def nav_list(page: str) -> str:
    match = re.search(
        r'<ul class="govuk-service-navigation__list" id="site-nav-list">(.*?)</ul>\s*</nav>', page, re.S
    )
    assert match, "the navigation is one list with the id the menu button controls"
    return match.group(1)


def quick_bar(page: str) -> str | None:
    match = re.search(r'<nav class="quick-bar" aria-label="Quick actions">(.*?)</nav>', page, re.S)
    return match.group(1) if match else None


MEMBERS = ["supporter", "supervisor", "coordinator", "applicant", "reviewer", "sponsor"]


@pytest.mark.parametrize("role", MEMBERS)
def test_every_destination_is_in_the_one_list_the_menu_button_controls(
    world: World, client_for, role: str
) -> None:
    page = client_for(role).get("/").content.decode()

    # GOV.UK Frontend's service navigation toggle: hidden until its script runs, which adds aria-expanded.
    button = (
        '<button type="button" class="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"'
        ' aria-controls="site-nav-list" hidden>Menu</button>'
    )
    assert button in page
    items = nav_list(page)
    for label in ("Dashboard", "Inbox", "My details", "Sign out", "Who to call"):
        assert label in items
    assert 'src="/static/js/nav.js"' in page


def test_a_supporters_bottom_bar_holds_log_a_contact_get_advice_now_and_who_to_call(
    world: World, client_for
) -> None:
    page = client_for("supporter").get("/").content.decode()

    bar = quick_bar(page)
    assert bar is not None
    pk = world.program.pk
    for label, name in (
        ("Log a contact", "contact-new"),
        ("Get advice now", "advice-new"),
        ("Who to call", "directory"),
    ):
        assert f'<a href="{reverse(name, args=[pk])}">{label}</a>' in bar
    # Padding below the page, so the fixed bar never covers its end.
    assert '<body class="govuk-template__body has-quick-bar">' in page


@pytest.mark.parametrize("role", [*MEMBERS[1:], "stranger"])
def test_nobody_but_a_supporter_gets_the_bottom_bar(world: World, client_for, role: str) -> None:
    page = client_for(role).get("/").content.decode()

    assert quick_bar(page) is None
    assert "has-quick-bar" not in page


def test_the_bottom_bar_is_one_of_the_supporters_programs_when_they_support_in_two(
    world: World, client_for
) -> None:
    MembershipFactory(program=world.other_program, role=Role.SUPPORTER, user=world.user("supporter"))

    bar = quick_bar(client_for("supporter").get("/").content.decode())

    assert bar is not None and bar.count("<li>") == 3


def test_signed_out_pages_have_no_menu_or_bar(world: World, client_for) -> None:
    page = client_for("anonymous").get("/accounts/login/").content.decode()

    assert "govuk-service-navigation__toggle" not in page and quick_bar(page) is None
