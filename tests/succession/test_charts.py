"""The SVG bar charts: the runway's bars and minimum, and report charts that draw nothing a table hides."""

from __future__ import annotations

import re
from datetime import date

from succession import charts
from succession.program_report import cells_chart
from succession.runway import Runway, RunwayPoint
from succession.suppression import Cell, CellState


def test_the_runway_chart_has_a_bar_a_month_red_below_the_minimum_and_says_when() -> None:
    months = [date(2027, m, 1) for m in range(1, 13)] + [date(2028, m, 1) for m in range(1, 13)]
    points = [RunwayPoint(month, 12 if n < 5 else 4, 0, 8) for n, month in enumerate(months)]
    runway = Runway(points, 8, 16, date(2027, 1, 10), date(2027, 6, 1), date(2027, 2, 9))
    svg = str(charts.runway_chart(runway))
    bars = re.findall(r'<rect [^>]*fill="(#[0-9a-f]+)"', svg)
    assert len(bars) == 24 and bars.count(charts.BELOW) == 19 and bars.count(charts.BAR) == 5
    assert "minimum 8" in svg
    assert 'aria-label="Expected active supporters over 24 months' in svg
    assert "First below the minimum in June 2027." in svg


def test_a_report_chart_never_draws_a_hidden_count() -> None:
    cells = [
        Cell("Jan <b>", CellState.SHOWN, "12", 12, 60),
        Cell("Feb", CellState.SMALL, "<5"),
        Cell("Mar", CellState.COMPLEMENTARY, "—"),
    ]
    svg = str(cells_chart(cells, title="Contacts by month", threshold=5))
    assert svg.count("<rect") == 2  # a solid bar for January, a dashed outline up to 5 for February
    assert 'stroke-dasharray="3 2"><title>Feb: &lt;5</title>' in svg
    assert "<title>Mar: —</title>" not in svg and ">—</text>" in svg
    assert "Jan &lt;b&gt;" in svg and "<b>" not in svg  # labels are escaped
