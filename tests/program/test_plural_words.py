"""No "supporter(s)" and no "Published, published" (issue 14, part 6): counts take the right plural and a
status is said once."""

from __future__ import annotations

import re
from datetime import timedelta
from html import unescape

from django.urls import reverse
from django.utils.formats import date_format

from program.models import Membership, Role
from tests.conftest import World
from tests.factories import MembershipFactory, TrainingModuleFactory, TrainingRecordFactory
from tests.roster_helpers import publish, staff


def dashboard(client_for) -> str:
    response = client_for("coordinator").get(reverse("dashboard"))
    assert response.status_code == 200
    return re.sub(r"\s+", " ", unescape(response.content.decode()))


def supporters(world: World) -> list[Membership]:
    return list(Membership.objects.filter(program=world.program, role=Role.SUPPORTER).order_by("pk"))


def test_the_dashboard_counts_one_supporter_in_the_singular(world: World, client_for) -> None:
    module = TrainingModuleFactory(program=world.program, required_for=[Role.SUPPORTER])
    for trained in supporters(world)[1:]:
        TrainingRecordFactory(membership=trained, module=module)

    page = dashboard(client_for)

    assert "1 supporter missing mandatory training" in page
    assert "0 supporters with training expiring" in page
    assert "(s)" not in page


def test_the_dashboard_counts_two_supporters_in_the_plural(world: World, client_for) -> None:
    TrainingModuleFactory(program=world.program, required_for=[Role.SUPPORTER])
    MembershipFactory(program=world.program, role=Role.SUPPORTER)
    untrained = len(supporters(world))
    assert untrained > 1

    page = dashboard(client_for)

    assert f"{untrained} supporters missing mandatory training" in page
    assert "(s)" not in page


def test_a_published_roster_says_published_once(world: World, client_for) -> None:
    staff(world)
    today = world.program.today()
    roster = publish(world, today, today + timedelta(days=2))

    response = client_for("coordinator").get(reverse("roster-detail", args=[world.program.pk, roster.pk]))

    page = unescape(response.content.decode())
    assert response.status_code == 200
    when = date_format(roster.published_at.astimezone(world.program.tzinfo), "DATETIME_FORMAT")
    assert f"Published {when}." in page
    assert "Published, published" not in page
