"""Swedish dates and times, written once: "6 december 2026", "6 dec. 2026", "söndag", "kl. 09.00", "mars 2026".

Our own month and weekday names, never the operating system's locale (it may be English, or missing on
a fresh Windows); clock times with a point between hours and minutes, as Swedish writing has them. The
window's English variants live in ``ui.workspace.i18n``, which asks this module for the Swedish ones.
"""

from __future__ import annotations

from datetime import date, datetime

MONTH_NAMES = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
               "november", "december")
# Abbreviations as Swedish print writes them; "maj", "juni" and "juli" are short already.
MONTH_ABBREVIATIONS = ("jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec.")
WEEKDAY_NAMES = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
WEEKDAY_ABBREVIATIONS = ("mån", "tis", "ons", "tor", "fre", "lör", "sön")


def month_name(month: int, *, short: bool = False) -> str:
    """3 → "mars"; ``short``: the three letters a chart axis or a narrow column has room for ("mar")."""
    name = MONTH_NAMES[month - 1]
    return name[:3] if short else name


def weekday_name(day: date | int, *, short: bool = False) -> str:
    """A date's (or a ``date.weekday()`` number's) day: "söndag", or "sön" when ``short``."""
    index = day if isinstance(day, int) else day.weekday()
    return (WEEKDAY_ABBREVIATIONS if short else WEEKDAY_NAMES)[index]


def long_date(day: date, *, weekday: bool = False) -> str:
    """"6 december 2026", or "söndag 6 december 2026" with ``weekday``."""
    text = f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
    return f"{WEEKDAY_NAMES[day.weekday()]} {text}" if weekday else text


def short_date(day: date) -> str:
    """"6 dec. 2026"."""
    return f"{day.day} {MONTH_ABBREVIATIONS[day.month - 1]} {day.year}"


def iso_date(day: date | datetime) -> str:
    """"2026-12-06" (the date of a datetime as it is, already in the zone the caller chose)."""
    return (day.date() if isinstance(day, datetime) else day).isoformat()


def clock(moment: datetime) -> str:
    """"09.00" (strftime is ten times slower and follows the locale)."""
    return f"{moment.hour:02d}.{moment.minute:02d}"


def at(moment: datetime) -> str:
    """"kl. 09.00"."""
    return f"kl. {clock(moment)}"


def time_span(start: datetime, end: datetime) -> str:
    """"09.00–12.00" (an en dash, no spaces)."""
    return f"{clock(start)}–{clock(end)}"


def date_time(moment: datetime) -> str:
    """"2026-12-06 09.00"."""
    return f"{iso_date(moment)} {clock(moment)}"


def meeting_time(start: datetime, end: datetime) -> str:
    """"tisdag 3 februari 2026 kl. 09.00–12.00"; a meeting over midnight names both days."""
    if start.date() == end.date():
        return f"{long_date(start.date(), weekday=True)} kl. {time_span(start, end)}"
    return f"{long_date(start.date(), weekday=True)} {at(start)} – {long_date(end.date(), weekday=True)} {at(end)}"


def period_code(day: date) -> str:
    """The month ``day`` falls in, as files and the command line write it: "2026-03"."""
    return f"{day.year:04d}-{day.month:02d}"


def month_year(day: date) -> str:
    """"mars 2026"."""
    return f"{MONTH_NAMES[day.month - 1]} {day.year}"
