"""Small server-side SVG charts (no JavaScript, no CDN): a sparkline and a labelled trend.

Values are numbers we computed; every piece of text is escaped before it goes into the markup.
"""

from __future__ import annotations

from datetime import date

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe


def _points(
    values: list[int], width: float, height: float, pad: float, top: int = 100
) -> list[tuple[float, float]]:
    if len(values) == 1:
        return [(width / 2, height - pad - (height - 2 * pad) * values[0] / top)]
    step = (width - 2 * pad) / (len(values) - 1)
    return [
        (pad + i * step, height - pad - (height - 2 * pad) * min(v, top) / top) for i, v in enumerate(values)
    ]


def sparkline(
    values: list[int], *, width: int = 120, height: int = 28, threshold: int | None = None
) -> SafeString:
    """A 0–100 sparkline with a text alternative giving first, last and highest values, and the review
    threshold as a faint dashed line if given."""
    if not values:
        return mark_safe("")
    points = " ".join(f"{x:.1f},{y:.1f}" for x, y in _points(values, width, height, 3))
    label = f"Trend over {len(values)} weeks: from {values[0]} to {values[-1]}, highest {max(values)}"
    review = ""
    if threshold is not None:
        label += f"; review line at {threshold}"
        line_y = height - 3 - (height - 6) * threshold / 100
        review = (
            f'<line class="threshold" x1="0" x2="{width}" y1="{line_y:.1f}" y2="{line_y:.1f}" '
            f'stroke="#a4262c" stroke-width="1" stroke-dasharray="3 3"/>'
        )
    label = escape(label)
    last_x, last_y = _points(values, width, height, 3)[-1]
    return mark_safe(
        f'<svg class="sparkline" role="img" aria-label="{label}" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}"><title>{label}</title>{review}'
        f'<polyline fill="none" stroke="#0b5cad" stroke-width="2" points="{points}"/>'
        f'<circle cx="{last_x:.1f}" cy="{last_y:.1f}" r="2.5" fill="#0b5cad"/></svg>'
    )


def trend(
    values: list[int],
    weeks: list[date],
    *,
    title: str,
    threshold: int | None = None,
    width: int = 400,
    height: int = 200,
) -> SafeString:
    """A 0–100 line chart by week, with gridlines at every 25, alternate weeks labelled and, if given, the
    review threshold as a dashed red line with its word. Drawn 400 wide so its text stays legible when a
    phone shrinks it to the screen."""
    if not values:
        return mark_safe("")
    left, right, top, bottom = 34, 26, 10, 24
    plot_w, plot_h = width - left - right, height - top - bottom
    step = plot_w / max(1, len(values) - 1)

    def y(value: float) -> float:
        return top + plot_h * (1 - min(value, 100) / 100)

    xs = [left + (i * step if len(values) > 1 else plot_w / 2) for i in range(len(values))]
    grid = "".join(
        f'<line x1="{left}" x2="{width - right}" y1="{y(g):.1f}" y2="{y(g):.1f}" stroke="#d5dbe3"/>'
        f'<text x="{left - 6}" y="{y(g) + 4:.1f}" font-size="11" text-anchor="end" fill="#505a6b">{g}</text>'
        for g in (0, 25, 50, 75, 100)
    )
    labels = "".join(
        f'<text x="{x:.1f}" y="{height - 6}" font-size="11" text-anchor="middle" fill="#505a6b">'
        f"{escape(week.strftime('%-d %b'))}</text>"
        for index, (x, week) in enumerate(zip(xs, weeks, strict=True))
        if (len(values) - 1 - index) % 2 == 0
    )
    line = " ".join(f"{x:.1f},{y(v):.1f}" for x, v in zip(xs, values, strict=True))
    dots = "".join(
        f'<circle cx="{x:.1f}" cy="{y(v):.1f}" r="3" fill="#0b5cad">'
        f"<title>{escape(week.strftime('%-d %b'))}: {v}</title></circle>"
        for x, week, v in zip(xs, weeks, values, strict=True)
    )
    summary = f"{title}: from {values[0]} to {values[-1]}, highest {max(values)}"
    review = ""
    if threshold is not None:
        weeks_over = sum(1 for v in values if v >= threshold)
        summary += f"; {weeks_over} of {len(values)} weeks at or above the review line of {threshold}"
        # Inline colours, like the rest of this chart: the PDF report draws it without the site's stylesheet.
        review = (
            f'<line class="threshold" x1="{left}" x2="{width - right}" y1="{y(threshold):.1f}" '
            f'y2="{y(threshold):.1f}" stroke="#a4262c" stroke-width="2" stroke-dasharray="6 4"/>'
            f'<text class="threshold-label" x="{left + 4}" y="{y(threshold) - 5:.1f}" font-size="11" '
            f'font-weight="700" fill="#a4262c">review at {threshold}</text>'
        )
    summary = escape(summary)
    return mark_safe(
        f'<svg class="chart trend" role="img" aria-label="{summary}" viewBox="0 0 {width} {height}" '
        f'width="{width}"><title>{summary}</title>{grid}{review}'
        f'<polyline fill="none" stroke="#0b5cad" stroke-width="2" points="{line}"/>{dots}{labels}</svg>'
    )


# --- Time lanes and bars --------------------------------------------------------------------------------
# These size with the screen: no viewBox, so positions are percentages of the width while heights (and any
# text) stay in CSS pixels — a day's bars fill a phone's width and the labels never shrink with them.


def _pct(fraction: float) -> str:
    return f"{max(0.0, min(1.0, fraction)) * 100:.2f}%"


def lane(
    bars: list[tuple[float, float]], *, label: str, css: str = "bar-shift", ticks: tuple[float, ...] = ()
) -> SafeString:
    """One row of bars across a period: each bar is (left, width) as fractions of the period."""
    label = escape(label)
    lines = "".join(
        f'<line class="lane-tick" x1="{_pct(t)}" x2="{_pct(t)}" y1="0" y2="100%"/>' for t in ticks
    )
    rects = "".join(
        f'<rect class="{escape(css)}" x="{_pct(left)}" y="0" width="{_pct(width)}" height="100%" rx="3"/>'
        for left, width in bars
        if width > 0
    )
    return mark_safe(
        f'<svg class="lane" role="img" aria-label="{label}" width="100%" height="20"><title>{label}</title>'
        f'<rect class="lane-track" x="0" y="0" width="100%" height="100%" rx="3"/>{lines}{rects}</svg>'
    )


def axis(ticks: list[tuple[float, str]]) -> SafeString:
    """The time labels under a set of lanes (hidden from screen readers: each lane says its own times)."""

    def anchor(fraction: float) -> str:
        return "start" if fraction <= 0.01 else "end" if fraction >= 0.99 else "middle"

    labels = "".join(
        f'<text x="{_pct(f)}" y="13" text-anchor="{anchor(f)}">{escape(text)}</text>' for f, text in ticks
    )
    return mark_safe(f'<svg class="lane-axis" aria-hidden="true" width="100%" height="16">{labels}</svg>')


def hbar(value: float, top: float, *, label: str, mark: float | None = None) -> SafeString:
    """A horizontal bar of value against top, with an optional marker line (the mean, say) at `mark`."""
    label = escape(label)
    width = value / top if top else 0.0
    marker = (
        f'<line class="bar-mark" x1="{_pct(mark / top)}" x2="{_pct(mark / top)}" y1="0" y2="100%"/>'
        if mark is not None and top
        else ""
    )
    return mark_safe(
        f'<svg class="lane hbar" role="img" aria-label="{label}" width="100%" height="20">'
        f"<title>{label}</title>"
        f'<rect class="lane-track" x="0" y="0" width="100%" height="100%" rx="3"/>'
        f'<rect class="bar-value" x="0" y="0" width="{_pct(width)}" height="100%" rx="3"/>{marker}</svg>'
    )
