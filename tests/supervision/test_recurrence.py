"""Recurrence rules in words (issue 14, part 6): the roster page and the API show "Every night,
20:00–08:00", never "FREQ=DAILY"; a rule the words do not cover is shown as written, never a crash."""

from __future__ import annotations

from datetime import time

import pytest
from django.urls import reverse

from program.models import Role
from supervision.models import ShiftTemplate
from supervision.rosters.recurrence import describe
from tests.conftest import World


@pytest.mark.parametrize(
    ("rule", "starts", "ends", "words"),
    [
        ("FREQ=DAILY", time(20), time(8), "Every night, 20:00–08:00"),
        ("FREQ=DAILY", time(8), time(20), "Every day, 08:00–20:00"),
        ("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", time(9), time(17), "Every weekday, 09:00–17:00"),
        ("FREQ=WEEKLY;BYDAY=SU,SA", None, None, "Every Saturday and Sunday"),
        ("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", None, None, "Every 2 weeks on Monday"),
        ("FREQ=WEEKLY;BYDAY=FR,SA", time(20), time(8), "Every Friday and Saturday night, 20:00–08:00"),
        ("FREQ=WEEKLY;BYDAY=MO,WE,FR", None, None, "Every Monday, Wednesday and Friday"),
        ("FREQ=DAILY;INTERVAL=3", None, None, "Every 3 days"),
        ("FREQ=MONTHLY;BYDAY=1MO", None, None, "Every month on the first Monday"),
        ("FREQ=MONTHLY;BYMONTHDAY=1,-1", None, None, "Every month on the 1st and the last day"),
        ("rrule:freq=daily", None, None, "Every day"),
    ],
)
def test_rules_read_as_words(rule: str, starts: time | None, ends: time | None, words: str) -> None:
    assert describe(rule, starts, ends) == words


@pytest.mark.parametrize(
    ("rule", "shown"),
    [
        ("FREQ=SOMETIMES", "FREQ=SOMETIMES, 09:00–17:00"),  # dateutil refuses it
        ("FREQ=DAILY;BYHOUR=3", "FREQ=DAILY;BYHOUR=3, 09:00–17:00"),  # valid, but beyond the words
        ("FREQ=YEARLY", "FREQ=YEARLY, 09:00–17:00"),
        ("", "09:00–17:00"),
    ],
)
def test_a_rule_beyond_the_words_is_shown_as_written(rule: str, shown: str) -> None:
    assert describe(rule, time(9), time(17)) == shown


def _template(world: World, name: str, rule: str, starts: time, ends: time) -> ShiftTemplate:
    return ShiftTemplate.objects.create(
        program=world.program, name=name, role="supervisor", rrule=rule, starts_at=starts, ends_at=ends
    )


def test_the_roster_page_shows_recurrence_in_words(world: World, client_for) -> None:
    _template(world, "Nights", "FREQ=DAILY", time(20), time(8))
    _template(world, "Office", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", time(9), time(17))
    _template(world, "Odd", "FREQ=DAILY;BYHOUR=3", time(6), time(7))

    response = client_for(Role.COORDINATOR).get(reverse("roster-home", args=[world.program.pk]))

    page = response.content.decode()
    assert response.status_code == 200
    assert "Every night, 20:00–08:00" in page
    assert "Every weekday, 09:00–17:00" in page
    assert "FREQ=DAILY;BYHOUR=3, 06:00–07:00" in page  # shown as written, the page still renders
    assert "FREQ=DAILY ·" not in page and "FREQ=WEEKLY" not in page


def test_the_api_gives_recurrence_text_beside_the_rule(world: World, api_for) -> None:
    template = _template(world, "Weekend", "FREQ=WEEKLY;BYDAY=SA,SU", time(8), time(20))

    data = api_for(Role.COORDINATOR).get(f"/api/v1/shift-templates/{template.pk}/").json()

    assert (data["rrule"], data["recurrence_text"]) == (
        "FREQ=WEEKLY;BYDAY=SA,SU",
        "Every Saturday and Sunday, 08:00–20:00",
    )
