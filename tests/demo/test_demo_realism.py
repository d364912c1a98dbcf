"""The small demo looks like the office's year: the steering group ten times a year, the working group eleven,
contract groups a few times while they work; no sales reported in the future."""

from __future__ import annotations

import sqlite3
from collections import Counter
from contextlib import closing
from datetime import date, datetime, timezone

import pytest

from stic_desktop.demo import seed as demo


@pytest.mark.sqlite_only  # reads the file with plain sqlite3
@pytest.mark.parametrize("today", [date(2026, 12, 6), date(2027, 6, 25), date(2028, 2, 29)])
def test_meetings_per_group_and_year_are_the_offices_and_no_sales_from_the_future(db, pinned_clock, today):
    now = pinned_clock(today)
    demo.seed_demo(db, "small")
    with closing(sqlite3.connect(db.path)) as conn:
        meetings = conn.execute("SELECT g.kind, g.id, substr(m.starts_at, 1, 4) FROM meetings m "
                                "JOIN groups g ON g.id = m.group_id").fetchall()
        last_year = Counter(kind for (kind,) in conn.execute(
            "SELECT g.kind FROM meetings m JOIN groups g ON g.id = m.group_id WHERE m.starts_at >= ? AND m.starts_at < ?",
            (today.replace(year=today.year - 1, day=min(today.day, 28)).isoformat(), today.isoformat())))
        sales = conn.execute("SELECT period_start, reported_at FROM sales_reports").fetchall()
    per_year = Counter(meetings)
    steering = {year: n for (kind, _g, year), n in per_year.items() if kind == "steering"}
    working = {year: n for (kind, _g, year), n in per_year.items() if kind == "working"}
    assert max(steering.values()) <= 10 and max(working.values()) <= 11
    assert 9 <= last_year["steering"] <= 10 and 10 <= last_year["working"] <= 11  # the twelve months up to today
    contract = [n for (kind, _g, _y), n in per_year.items() if kind == "contract"]
    assert contract and max(contract) <= 9  # at most about every six weeks
    assert 30 <= len(meetings) <= 60
    assert sales
    for period, reported in sales:
        assert date.fromisoformat(period[:10]) < today.replace(day=1)  # only months that have ended
        reported_at = datetime.fromisoformat(reported).replace(tzinfo=timezone.utc)
        assert reported_at < now, (period, reported)
