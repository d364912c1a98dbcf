"""Swedish dates and times: month and weekday names, leap days, month and year boundaries, clock times."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from stic_desktop.core import dates

STOCKHOLM = ZoneInfo("Europe/Stockholm")


@pytest.mark.parametrize("day, long, with_weekday, short, iso", [
    (date(2026, 1, 1), "1 januari 2026", "torsdag 1 januari 2026", "1 jan. 2026", "2026-01-01"),
    (date(2026, 1, 31), "31 januari 2026", "lördag 31 januari 2026", "31 jan. 2026", "2026-01-31"),
    (date(2026, 2, 1), "1 februari 2026", "söndag 1 februari 2026", "1 feb. 2026", "2026-02-01"),
    (date(2026, 2, 3), "3 februari 2026", "tisdag 3 februari 2026", "3 feb. 2026", "2026-02-03"),
    (date(2026, 2, 28), "28 februari 2026", "lördag 28 februari 2026", "28 feb. 2026", "2026-02-28"),
    (date(2026, 3, 1), "1 mars 2026", "söndag 1 mars 2026", "1 mars 2026", "2026-03-01"),
    (date(2028, 2, 29), "29 februari 2028", "tisdag 29 februari 2028", "29 feb. 2028", "2028-02-29"),  # leap day
    (date(2024, 2, 29), "29 februari 2024", "torsdag 29 februari 2024", "29 feb. 2024", "2024-02-29"),
    (date(2000, 2, 29), "29 februari 2000", "tisdag 29 februari 2000", "29 feb. 2000", "2000-02-29"),
    (date(2026, 4, 30), "30 april 2026", "torsdag 30 april 2026", "30 apr. 2026", "2026-04-30"),
    (date(2026, 5, 1), "1 maj 2026", "fredag 1 maj 2026", "1 maj 2026", "2026-05-01"),
    (date(2026, 6, 19), "19 juni 2026", "fredag 19 juni 2026", "19 juni 2026", "2026-06-19"),  # Midsommarafton
    (date(2026, 7, 31), "31 juli 2026", "fredag 31 juli 2026", "31 juli 2026", "2026-07-31"),
    (date(2026, 8, 31), "31 augusti 2026", "måndag 31 augusti 2026", "31 aug. 2026", "2026-08-31"),
    (date(2026, 9, 9), "9 september 2026", "onsdag 9 september 2026", "9 sep. 2026", "2026-09-09"),
    (date(2026, 10, 10), "10 oktober 2026", "lördag 10 oktober 2026", "10 okt. 2026", "2026-10-10"),
    (date(2026, 11, 24), "24 november 2026", "tisdag 24 november 2026", "24 nov. 2026", "2026-11-24"),
    (date(2026, 12, 6), "6 december 2026", "söndag 6 december 2026", "6 dec. 2026", "2026-12-06"),
    (date(2026, 12, 28), "28 december 2026", "måndag 28 december 2026", "28 dec. 2026", "2026-12-28"),
    (date(2026, 12, 31), "31 december 2026", "torsdag 31 december 2026", "31 dec. 2026", "2026-12-31"),
    (date(2027, 1, 1), "1 januari 2027", "fredag 1 januari 2027", "1 jan. 2027", "2027-01-01"),
    (date(999, 1, 5), "5 januari 999", "lördag 5 januari 999", "5 jan. 999", "0999-01-05"),
])
def test_dates(day, long, with_weekday, short, iso):
    assert dates.long_date(day) == long
    assert dates.long_date(day, weekday=True) == with_weekday
    assert dates.short_date(day) == short
    assert dates.iso_date(day) == iso
    assert dates.iso_date(datetime.combine(day, datetime.min.time())) == iso


@pytest.mark.parametrize("month, name, short", [
    (1, "januari", "jan"), (2, "februari", "feb"), (3, "mars", "mar"), (4, "april", "apr"), (5, "maj", "maj"),
    (6, "juni", "jun"), (7, "juli", "jul"), (8, "augusti", "aug"), (9, "september", "sep"), (10, "oktober", "okt"),
    (11, "november", "nov"), (12, "december", "dec"),
])
def test_month_names(month, name, short):
    assert dates.month_name(month) == name == dates.MONTH_NAMES[month - 1]
    assert dates.month_name(month, short=True) == short
    assert dates.month_year(date(2026, month, 15)) == f"{name} 2026"
    assert dates.period_code(date(2026, month, 28)) == f"2026-{month:02d}"


@pytest.mark.parametrize("day, name, short", [
    (date(2026, 3, 2), "måndag", "mån"), (date(2026, 3, 3), "tisdag", "tis"), (date(2026, 3, 4), "onsdag", "ons"),
    (date(2026, 3, 5), "torsdag", "tor"), (date(2026, 3, 6), "fredag", "fre"), (date(2026, 3, 7), "lördag", "lör"),
    (date(2026, 3, 8), "söndag", "sön"),
])
def test_weekday_names(day, name, short):
    assert dates.weekday_name(day) == name == dates.weekday_name(day.weekday())
    assert dates.weekday_name(day, short=True) == short


@pytest.mark.parametrize("day, period, text", [
    (date(2026, 3, 1), "2026-03", "mars 2026"),
    (date(2026, 3, 31), "2026-03", "mars 2026"),
    (date(2028, 2, 29), "2028-02", "februari 2028"),
    (date(2026, 12, 31), "2026-12", "december 2026"),
    (date(2027, 1, 1), "2027-01", "januari 2027"),
])
def test_periods(day, period, text):
    assert dates.period_code(day) == period
    assert dates.month_year(day) == text


@pytest.mark.parametrize("moment, clock", [
    (datetime(2026, 12, 6, 0, 0), "00.00"),
    (datetime(2026, 12, 6, 9, 0), "09.00"),
    (datetime(2026, 12, 6, 9, 5, 7), "09.05"),
    (datetime(2026, 12, 6, 12, 30), "12.30"),
    (datetime(2026, 12, 6, 23, 59, 59), "23.59"),
    (datetime(2026, 3, 29, 3, 0, tzinfo=STOCKHOLM), "03.00"),  # the first hour of summer time
    (datetime(2026, 10, 25, 2, 30, tzinfo=STOCKHOLM), "02.30"),  # the hour that happens twice
])
def test_clock_times(moment, clock):
    assert dates.clock(moment) == clock
    assert dates.at(moment) == f"kl. {clock}"
    assert dates.date_time(moment) == f"{moment.date().isoformat()} {clock}"


def test_clock_shows_the_time_in_the_moments_own_zone():
    utc = datetime(2026, 7, 1, 7, 0, tzinfo=timezone.utc)
    assert dates.clock(utc) == "07.00" and dates.clock(utc.astimezone(STOCKHOLM)) == "09.00"


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=STOCKHOLM)


@pytest.mark.parametrize("start, end, span, text", [
    (at(date(2026, 2, 3), 9), at(date(2026, 2, 3), 12), "09.00–12.00", "tisdag 3 februari 2026 kl. 09.00–12.00"),
    (at(date(2028, 2, 29), 13, 15), at(date(2028, 2, 29), 14), "13.15–14.00",
     "tisdag 29 februari 2028 kl. 13.15–14.00"),
    (at(date(2026, 6, 19), 22, 30), at(date(2026, 6, 20), 1, 5), "22.30–01.05",
     "fredag 19 juni 2026 kl. 22.30 – lördag 20 juni 2026 kl. 01.05"),  # over midnight: both days
    (at(date(2026, 12, 31), 23), at(date(2027, 1, 1), 0, 30), "23.00–00.30",
     "torsdag 31 december 2026 kl. 23.00 – fredag 1 januari 2027 kl. 00.30"),  # over New Year
    (at(date(2028, 2, 28), 20), at(date(2028, 2, 29), 8), "20.00–08.00",
     "måndag 28 februari 2028 kl. 20.00 – tisdag 29 februari 2028 kl. 08.00"),
])
def test_meeting_times(start, end, span, text):
    assert dates.time_span(start, end) == span
    assert dates.meeting_time(start, end) == text


def test_every_day_of_a_leap_year_has_a_name():
    day, seen = date(2028, 1, 1), set()
    while day.year == 2028:
        text = dates.long_date(day, weekday=True)
        assert text.split()[1] == str(day.day) and text.endswith(" 2028")
        seen.add(text)
        day += timedelta(days=1)
    assert len(seen) == 366
