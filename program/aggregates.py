"""Small-cell suppression for anything a sponsor or a report shows."""

from __future__ import annotations


def suppressed(count: int, threshold: int = 5) -> str:
    """The count as text, or “<threshold” when it is small enough to identify someone (zero stays 0)."""
    if 0 < count < threshold:
        return f"<{threshold}"
    return str(count)
