"""Bar charts drawn server-side as SVG (no JavaScript, no CDN): the runway on the continuity dashboard
and in the handover pack, and the program report's charts — one drawing, `bar_chart`, for all of them.

Every piece of text is escaped before it goes into the markup; each SVG carries a one-sentence summary
as its accessible name, and pages pair it with a table of the figures.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from succession.runway import Runway

BAR = "#0b5cad"
BELOW = "#a4262c"
MUTED = "#505a6b"
GRID = "#d5dbe3"


@dataclass(frozen=True)
class Bar:
    label: str  # under the bar (every `label_every`-th) and in its tooltip
    value: int | None  # a solid bar's height; None: no solid bar
    text: str = ""  # the tooltip's figure; and, where there is no solid bar, the mark drawn above it
    outline_to: int | None = None  # a dashed outline up to this value ("fewer than 5": up to 5)
    colour: str = BAR


def bar_chart(
    bars: list[Bar],
    *,
    summary: str,
    minimum: int | None = None,
    label_every: int = 1,
    width: int = 640,
    height: int = 200,
) -> SafeString:
    """Bars on a grid (0, half, top), an optional dashed minimum line, and the summary as the name."""
    if not bars:
        return mark_safe("")
    left, right, top, bottom = 36, 10, 12, 28
    plot_w, plot_h = width - left - right, height - top - bottom
    largest = max([bar.value or 0 for bar in bars] + [bar.outline_to or 0 for bar in bars] + [minimum or 0])
    ceiling = max(5, -(-largest * 11 // 10 // 5) * 5)  # headroom, rounded up to a multiple of 5
    slot = plot_w / len(bars)

    def y(value: float) -> float:
        return top + plot_h * (1 - value / ceiling)

    parts = [
        f'<line x1="{left}" x2="{width - right}" y1="{y(t):.1f}" y2="{y(t):.1f}" stroke="{GRID}"/>'
        f'<text x="{left - 6}" y="{y(t) + 4:.1f}" font-size="10" text-anchor="end" fill="{MUTED}">{t}</text>'
        for t in sorted({0, ceiling // 2, ceiling})
    ]
    for index, bar in enumerate(bars):
        x, bar_w = left + index * slot + slot * 0.15, slot * 0.7
        tip = escape(f"{bar.label}: {bar.text or bar.value}")
        if bar.value is not None:
            parts.append(
                f'<rect x="{x:.1f}" y="{y(bar.value):.1f}" width="{bar_w:.1f}" '
                f'height="{y(0) - y(bar.value):.1f}" fill="{bar.colour}"><title>{tip}</title></rect>'
            )
        if bar.outline_to is not None:
            parts.append(
                f'<rect x="{x:.1f}" y="{y(bar.outline_to):.1f}" width="{bar_w:.1f}" '
                f'height="{y(0) - y(bar.outline_to):.1f}" fill="none" stroke="{MUTED}" '
                f'stroke-dasharray="3 2"><title>{tip}</title></rect>'
            )
        if bar.value is None and bar.text:
            mark_at = y(bar.outline_to or 0) - 3
            parts.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{mark_at:.1f}" font-size="9" text-anchor="middle" '
                f'fill="{MUTED}">{escape(bar.text)}</text>'
            )
        if index % label_every == 0:
            parts.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{height - 10}" font-size="9" text-anchor="middle" '
                f'fill="{MUTED}">{escape(bar.label)}</text>'
            )
    if minimum is not None:
        parts.append(
            f'<line x1="{left}" x2="{width - right}" y1="{y(minimum):.1f}" y2="{y(minimum):.1f}" '
            f'stroke="{BELOW}" stroke-width="2" stroke-dasharray="6 4"/>'
            f'<text x="{width - right}" y="{y(minimum) - 4:.1f}" font-size="10" text-anchor="end" '
            f'fill="{BELOW}">minimum {minimum}</text>'
        )
    name = escape(summary)
    return mark_safe(
        f'<svg class="chart" role="img" aria-label="{name}" viewBox="0 0 {width} {height}" width="{width}" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{name}</title>'
        f"{''.join(parts)}</svg>"
    )


def runway_summary(runway: Runway) -> str:
    """The chart in one sentence: where it starts and ends, and when it first falls below the minimum."""
    first, last = runway.points[0], runway.points[-1]
    text = (
        f"Expected active supporters over {len(runway.points)} months: {first.total} in "
        f"{first.month:%B %Y}, {last.total} in {last.month:%B %Y}; minimum {runway.minimum}."
    )
    if runway.runway_month is None:
        return f"{text} Never below the minimum in this period."
    return f"{text} First below the minimum in {runway.runway_month:%B %Y}."


def runway_chart(runway: Runway) -> SafeString:
    """Bars per month (red where below the minimum), the dashed minimum line, every third month labelled."""
    if not runway.points:
        return mark_safe("")
    return bar_chart(
        [Bar(f"{p.month:%b %y}", p.total, colour=BELOW if p.below_minimum else BAR) for p in runway.points],
        summary=runway_summary(runway),
        minimum=runway.minimum,
        label_every=3,
        height=220,
    )
