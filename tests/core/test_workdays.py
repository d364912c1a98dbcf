"""stic_desktop/core/workdays.py: Swedish weekends, holidays and eves; the LOU period rule."""

from __future__ import annotations

from datetime import date

import pytest

from stic_desktop.core import workdays


@pytest.mark.parametrize(
    ("day", "reason"),
    [
        (date(2026, 4, 3), "Långfredagen"),
        (date(2026, 4, 5), "söndag"),  # Påskdagen: the weekend comes first
        (date(2026, 4, 6), "Annandag påsk"),
        (date(2026, 5, 14), "Kristi himmelsfärdsdag"),
        (date(2026, 6, 6), "lördag"),  # Nationaldagen falls on a Saturday in 2026
        (date(2026, 6, 19), "Midsommarafton"),
        (date(2026, 12, 24), "Julafton"),
        (date(2026, 12, 31), "Nyårsafton"),
        (date(2027, 1, 1), "Nyårsdagen"),
        (date(2026, 1, 6), "Trettondedag jul"),
        (date(2026, 5, 1), "Första maj"),
        (date(2025, 6, 6), "Nationaldagen"),  # a Friday
        (date(2026, 2, 7), "lördag"),
        (date(2026, 2, 8), "söndag"),
        # Working days: Annandag pingst (not a holiday since 2005), the days around the eves, an ordinary Tuesday.
        (date(2026, 5, 25), None),
        (date(2026, 4, 2), None),  # Skärtorsdagen
        (date(2026, 4, 7), None),
        (date(2026, 6, 18), None),
        (date(2026, 12, 23), None),
        (date(2026, 12, 30), None),
        (date(2026, 2, 3), None),
    ],
)
def test_non_working_reason(day: date, reason: str | None) -> None:
    assert workdays.non_working_reason(day) == reason
    assert workdays.is_working_day(day) is (reason is None)


def test_holiday_name_is_given_whatever_the_weekday() -> None:
    assert workdays.holiday_name(date(2026, 6, 6)) == "Nationaldagen"
    assert workdays.holiday_name(date(2026, 4, 5)) == "Påskdagen"
    assert workdays.holiday_name(date(2026, 2, 7)) is None


def test_names_are_swedish_whatever_the_process_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    workdays._holidays.cache_clear()
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.setenv(name, "en_US.UTF-8")
    assert workdays.non_working_reason(date(2030, 12, 24)) == "Julafton"


def test_a_year_is_built_once_and_other_years_do_not_leak_into_it() -> None:
    workdays._holidays.cache_clear()
    for _ in range(3):
        workdays.non_working_reason(date(2026, 12, 24))
    info = workdays._holidays.cache_info()
    assert (info.misses, info.hits) == (1, 2)
    assert date(2027, 1, 1) not in workdays._holidays(2026)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 2, 3), date(2026, 2, 3)),  # a working day stays
        (date(2026, 4, 3), date(2026, 4, 7)),  # Långfredagen → past Easter to Tuesday
        (date(2026, 6, 19), date(2026, 6, 22)),  # Midsommarafton → Monday
        (date(2026, 12, 24), date(2026, 12, 28)),  # Julafton, Juldagen, Annandag jul, Sunday
        (date(2026, 12, 31), date(2027, 1, 4)),  # Nyårsafton, Nyårsdagen, weekend
        (date(2026, 5, 14), date(2026, 5, 15)),  # Kristi himmelsfärdsdag → Friday
        (date(2026, 6, 6), date(2026, 6, 8)),
    ],
)
def test_next_working_day(day: date, expected: date) -> None:
    assert workdays.next_working_day(day) == expected


def test_previous_working_day() -> None:
    assert workdays.previous_working_day(date(2026, 12, 31)) == date(2026, 12, 30)
    assert workdays.previous_working_day(date(2026, 4, 6)) == date(2026, 4, 2)
    assert workdays.previous_working_day(date(2026, 2, 3)) == date(2026, 2, 3)


@pytest.mark.parametrize(
    ("start", "days", "end"),
    [
        (date(2019, 4, 18), 10, date(2019, 4, 29)),  # procurement_rules.md: day 10 is Sunday 28 April
        (date(2026, 3, 2), 10, date(2026, 3, 12)),  # day 10 a Thursday: unchanged
        (date(2026, 6, 9), 10, date(2026, 6, 22)),  # day 10 is Midsommarafton
        (date(2026, 12, 16), 15, date(2027, 1, 4)),  # day 15 is Nyårsafton
        (date(2026, 3, 2), 0, date(2026, 3, 2)),
    ],
)
def test_period_ending_on_a_non_working_day_runs_to_the_next_working_day(start: date, days: int, end: date) -> None:
    assert workdays.add_days_to_working_day(start, days) == end
