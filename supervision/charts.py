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


def sparkline(values: list[int], *, width: int = 120, height: int = 28) -> SafeString:
    """A 0–100 sparkline with a text alternative giving first, last and highest values."""
    if not values:
        return mark_safe("")
    points = " ".join(f"{x:.1f},{y:.1f}" for x, y in _points(values, width, height, 3))
    label = escape(f"Trend over {len(values)} weeks: from {values[0]} to {values[-1]}, highest {max(values)}")
    last_x, last_y = _points(values, width, height, 3)[-1]
    return mark_safe(
        f'<svg class="sparkline" role="img" aria-label="{label}" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}"><title>{label}</title>'
        f'<polyline fill="none" stroke="#0b5cad" stroke-width="2" points="{points}"/>'
        f'<circle cx="{last_x:.1f}" cy="{last_y:.1f}" r="2.5" fill="#0b5cad"/></svg>'
    )


def trend(
    values: list[int], weeks: list[date], *, title: str, width: int = 560, height: int = 180
) -> SafeString:
    """A 0–100 line chart by week, with gridlines at every 25 and alternate weeks labelled."""
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
        f'<text x="{left - 6}" y="{y(g) + 4:.1f}" font-size="10" text-anchor="end" fill="#505a6b">{g}</text>'
        for g in (0, 25, 50, 75, 100)
    )
    labels = "".join(
        f'<text x="{x:.1f}" y="{height - 6}" font-size="10" text-anchor="middle" fill="#505a6b">'
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
    summary = escape(f"{title}: from {values[0]} to {values[-1]}, highest {max(values)}")
    return mark_safe(
        f'<svg class="chart trend" role="img" aria-label="{summary}" viewBox="0 0 {width} {height}" '
        f'width="{width}"><title>{summary}</title>{grid}'
        f'<polyline fill="none" stroke="#0b5cad" stroke-width="2" points="{line}"/>{dots}{labels}</svg>'
    )
