"""Issue 14, item 5: the burden trend draws the review line, and every burden figure carries its level as a
coloured tag with words — for the supporter and their supervisors, nobody else."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from django.urls import reverse

from program.models import Role
from supervision.wellbeing import burden, charts
from supervision.wellbeing.burden import WeekBurden
from tests.conftest import World
from tests.factories import CheckInFactory

EVERYONE = [
    "coordinator",
    "supervisor",
    "supporter",
    "applicant",
    "reviewer",
    "sponsor",
    "outsider",
    "stranger",
]


def matrix(allowed: set[str]) -> list[tuple[str, int]]:
    return [(role, 200 if role in allowed else 404) for role in EVERYONE]


@pytest.mark.parametrize(
    ("index", "css", "words"),
    [
        (0, "low", "Low load"),
        (29, "low", "Low load"),
        (30, "moderate", "Moderate load"),
        (59, "moderate", "Moderate load"),
        (60, "high", "High load"),
        (100, "high", "High load"),
    ],
)
def test_each_index_has_a_level_in_words(index: int, css: str, words: str) -> None:
    assert WeekBurden(supporter_id=1, week_of=date(2026, 11, 30), index=index).level == (css, words)


def test_the_trend_draws_the_review_line_where_the_threshold_falls() -> None:
    weeks = [date(2026, 9, 7) + timedelta(weeks=n) for n in range(4)]
    svg = charts.trend([10, 70, 65, 20], weeks, title="Burden", threshold=60)
    line = re.search(r'<line class="threshold"[^>]*y1="([\d.]+)"', svg)
    assert line is not None
    # The plot runs from y=10 (100) to y=176 (0) in a 200-high chart: 60 sits 40% of 166 below the top.
    assert float(line.group(1)) == pytest.approx(10 + 166 * 0.4, abs=0.1)
    assert "review at 60" in svg
    assert "2 of 4 weeks at or above the review line of 60" in svg
    assert 'role="img"' in svg
    assert 'class="threshold"' not in charts.trend([10, 20], weeks[:2], title="Burden")


@pytest.mark.parametrize(("role", "status"), matrix({"supervisor", "supporter"}))
def test_the_wellbeing_trend_shows_the_review_line_and_the_level_tag(
    world: World, client_for, role: str, status: int
) -> None:
    supporter = world.members[Role.SUPPORTER]
    CheckInFactory(supporter=supporter)
    response = client_for(role).get(reverse("supporter-wellbeing", args=[world.program.pk, supporter.pk]))
    assert response.status_code == status
    if status == 200:
        page = response.content.decode()
        today = world.program.today()
        current = burden.weekly_burden([supporter], world.program, burden.last_weeks(today), today)[
            supporter.pk
        ][-1]
        css, words = current.level
        assert f'<span class="pill burden-{css}">{words}</span>' in page
        assert page.count('<line class="threshold"') == 1 and "review at 60" in page
        # The table alternative: one row per week.
        table = page.split("The 12 weeks as a table", 1)[1].split("</table>", 1)[0]
        assert table.count("<tr>") == 1 + len(burden.last_weeks(today))


def test_the_burden_overview_tags_each_supporter_with_words(world: World, client_for) -> None:
    page = client_for("supervisor").get(reverse("burden", args=[world.program.pk])).content.decode()
    tags = re.findall(r'<span class="pill burden-(low|moderate|high)">(Low|Moderate|High) load</span>', page)
    assert len(tags) == page.count('<svg class="sparkline"') >= 1
    # Every sparkline carries the review line, and says so.
    assert page.count('<line class="threshold"') == len(tags)
    assert page.count("review line at 60") == 2 * len(tags)  # aria-label and title
