"""Cell-key perturbation and small-cell suppression for anything a sponsor or a report shows (SPEC 3.5;
the method and why it holds across reports: docs/privacy.md, "Aggregates: suppression method").

Every record that can be counted gets a permanent secret key (`record_key`). A published count is the
true count moved by a little noise chosen by the *cell key*, the sum of its records' keys: the same
records always give the same noise, so asking again, or for a table that holds the same cell, shows the
same number, and subtracting two counts leaves the noise of both in the answer. Zero stays zero; no
count goes below zero. “<5” is decided on the perturbed count, so the mark says nothing the number
would not.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.utils.crypto import salted_hmac

# The noise is a whole number in [-BOUND, BOUND]: the true count behind a published one is any of up to
# 2·BOUND + 1 values (three at least), which is what keeps differencing from pinning a small count.
BOUND = 2
_SPREAD = 2 * BOUND + 1
_KEY_SPACE = 2**61 - 1


def record_key(kind: str, pk: int) -> int:
    """The permanent key of one record: a keyed hash of its table and id (secret while SECRET_KEY is)."""
    digest = salted_hmac("program.aggregates.record_key", f"{kind}:{pk}", algorithm="sha256").digest()
    return int.from_bytes(digest[:8], "big") % _KEY_SPACE


def perturbed(keys: Iterable[int]) -> int:
    """The published count of the records whose keys are `keys`: the true count plus the cell's noise."""
    keys = list(keys)
    if not keys:
        return 0
    noise = sum(keys) % _KEY_SPACE % _SPREAD - BOUND
    return max(0, len(keys) + noise)


def suppressed(count: int, threshold: int = 5) -> str:
    """A published (already perturbed) count as text: “<threshold” under it, zero included."""
    if count < threshold:
        return f"<{threshold}"
    return str(count)
