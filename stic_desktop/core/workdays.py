"""Swedish working days: the one place that knows weekends, public holidays and the three eves.

Meetings are planned on working days, and LOU periods (avtalsspärr) end on a working day
(lag 1930:173, 2 §), so both use these functions. Non-working days are Saturdays, Sundays and
``holidays.country_holidays("SE", categories=("public", "de_facto"))``: the public holidays plus
Midsummer Eve, Christmas Eve and New Year's Eve. Annandag pingst is an ordinary day since 2005.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import holidays

# Far more than any real search needs (the longest run of non-working days is about five).
_MAX_STEPS = 31


@lru_cache(maxsize=64)
def _holidays(year: int) -> holidays.HolidayBase:
    """One year's holidays, built once: constructing them is far slower than looking a day up.

    The language is explicit because the package otherwise follows the process locale (English under
    LANG=C), and ``expand=False`` keeps the cached object from growing when asked about other years.
    """
    import holidays  # deferred: ~30 ms of imports that start-up does not need

    return holidays.country_holidays("SE", years=year, categories=("public", "de_facto"), language="sv",
                                     expand=False)


def holiday_name(day: date) -> str | None:
    """The Swedish name of the holiday on ``day`` (e.g. "Midsommarafton"), whatever the weekday."""
    return _holidays(day.year).get(day)


def non_working_reason(day: date) -> str | None:
    """Why ``day`` is not a working day: "lördag", "söndag" or the holiday's name; None on a working day."""
    if day.weekday() == 5:
        return "lördag"
    if day.weekday() == 6:
        return "söndag"
    return holiday_name(day)


def is_working_day(day: date) -> bool:
    return non_working_reason(day) is None


def next_working_day(day: date) -> date:
    """``day`` itself when it is a working day, otherwise the first working day after it."""
    for _ in range(_MAX_STEPS):
        if is_working_day(day):
            return day
        day += timedelta(days=1)
    raise AssertionError(f"no working day within {_MAX_STEPS} days of {day}")  # a broken holiday table


def previous_working_day(day: date) -> date:
    """``day`` itself when it is a working day, otherwise the last working day before it."""
    for _ in range(_MAX_STEPS):
        if is_working_day(day):
            return day
        day -= timedelta(days=1)
    raise AssertionError(f"no working day within {_MAX_STEPS} days before {day}")


def add_days_to_working_day(start: date, days: int) -> date:
    """The last day of a period of ``days`` calendar days counted from ``start`` (day 0).

    A period whose last day is not a working day runs to and including the next working day
    (lag 1930:173, 2 §), as LOU's avtalsspärr does: sent 2019-04-18, 10 days → 2019-04-29.
    """
    return next_working_day(start + timedelta(days=days))
