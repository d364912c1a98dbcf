"""The clock: the one place in the package that asks the system what time it is.

Deadlines, "upcoming", "overdue", default dates in dialogs, audit stamps and the demo data all depend on
"now". Asking here, and nowhere else, lets a test, the demo or a whole command-line run be pinned to one
moment (a Friday before Midsummer, 28 December, 29 February) and give the same answer every time.

"Now" is Stockholm time: STIC works in Stockholm, so "today" is the Stockholm date whatever zone the
machine is set to (on the office workstations the two are the same). Pinning, strongest first:

- ``pin(moment)`` / ``with pinned(moment):`` in this process (tests; seen by worker threads too);
- the environment variable ``STIC_DESKTOP_NOW`` (``2027-06-25`` or ``2027-06-25T10:00``, Stockholm time
  unless an offset is given), read at every call, so subprocesses started by tests are pinned as well;
- otherwise the system clock.

A pinned clock stands still. Durations (how long something took) are not "now": use ``time.perf_counter``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo

from stic_desktop.errors import UserError

STOCKHOLM = ZoneInfo("Europe/Stockholm")
ENV_VAR = "STIC_DESKTOP_NOW"
# A pinned date alone means midday: the same date in Stockholm and UTC, and inside office hours.
_MIDDAY = time(12)

_pinned: datetime | None = None


def now() -> datetime:
    """The current moment, timezone-aware, in Europe/Stockholm."""
    return (_pinned or _from_environment() or datetime.now(timezone.utc)).astimezone(STOCKHOLM)


def utcnow() -> datetime:
    """The current moment, timezone-aware, in UTC: what the database stores (audit, sent, archived)."""
    return now().astimezone(timezone.utc)


def today() -> date:
    """Today's date in Stockholm."""
    return now().date()


def pin(moment: datetime | date | str) -> None:
    """Stop the clock at ``moment`` for this process until ``unpin()`` (naive means Stockholm time)."""
    global _pinned
    _pinned = _aware(moment)


def unpin() -> None:
    """Back to the environment variable or the system clock."""
    global _pinned
    _pinned = None


@contextmanager
def pinned(moment: datetime | date | str) -> Iterator[datetime]:
    """``with pinned(date(2027, 6, 25)) as at:`` runs the block with the clock stopped at ``at``."""
    global _pinned
    before = _pinned
    _pinned = _aware(moment)
    try:
        yield now()
    finally:
        _pinned = before


def _from_environment() -> datetime | None:
    value = os.environ.get(ENV_VAR, "").strip()
    return _parse(value) if value else None


@lru_cache(maxsize=8)
def _parse(value: str) -> datetime:
    """A wrong value is the user's to fix: one clear line, not a traceback."""
    try:
        return _aware(value)
    except ValueError:
        raise UserError(f"{ENV_VAR}={value!r} är inte ett datum (ÅÅÅÅ-MM-DD) eller en tidpunkt "
                        f"(ÅÅÅÅ-MM-DDTHH:MM).") from None


def _aware(moment: datetime | date | str) -> datetime:
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment) if "T" in moment or " " in moment else date.fromisoformat(moment)
    if not isinstance(moment, datetime):
        moment = datetime.combine(moment, _MIDDAY)
    return moment.replace(tzinfo=STOCKHOLM) if moment.tzinfo is None else moment.astimezone(STOCKHOLM)
