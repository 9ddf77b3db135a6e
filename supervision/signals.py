"""Events of the supervision module that other parts react to, without importing each other.

- `supporter_activity(sender=<kind>, membership=..., instance=...)`: the supervision services send it
  after a check-in, a submitted contact or a supervision session; pause rules re-evaluate on it.
- `pause_started(sender=Pause, pause=...)` and `pause_ended(sender=Pause, pause=...)`: sent once per
  pause, inside the transaction that starts or ends it, so a receiver's changes commit or roll back
  with the pause.
- `pauses_started(sender=Pause, pauses=[...])`: sent once after the `pause_started` of each pause that
  started together (one rule's batch in an evaluation, or a single pause), in the same transaction;
  rosters take everyone it paused off the roster in one go, at a fixed number of queries.
- `pause_undone(sender=Pause, pause=...)`: sent (after `pause_ended`) when a supporter undoes their own
  pause within minutes; rosters give back the shifts nobody has taken since, and answer with them.
"""

from __future__ import annotations

from django.dispatch import Signal

supporter_activity = Signal()
pause_started = Signal()
pauses_started = Signal()
pause_ended = Signal()
pause_undone = Signal()
