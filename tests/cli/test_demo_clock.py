"""``seed-demo`` dates its data relative to the clock, and a CLI subprocess follows STIC_DESKTOP_NOW.

The demo file of these tests is seeded by a subprocess, the expectations come from this process's clock:
when the suite runs pinned (test_pinned_dates.py) both must read the same pinned moment, or this fails.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

from clitools import assert_one_error_line, row_counts, run_cli

from stic_desktop.core import clock


def test_seed_demo_dates_meetings_around_the_clocks_today(demo_file: Path) -> None:
    result = run_cli("list", "meetings", "--db", demo_file, "--json")
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    now, today = clock.now(), clock.today()
    starts = {item["id"]: datetime.fromisoformat(item["starts_at"]) for item in items}
    ends = {item["id"]: datetime.fromisoformat(item["ends_at"]) for item in items}
    by_status: dict[str, list[int]] = {}
    for item in items:
        by_status.setdefault(item["status"], []).append(item["id"])
    assert by_status.get("adjusted") and by_status.get("draft")
    assert all(ends[i] < now for i in by_status["adjusted"] + by_status.get("held", []))  # minutes only afterwards
    assert all(starts[i] - now >= timedelta(days=21) for i in by_status["draft"])  # nearer ones are invited
    first, last = min(starts.values()).date(), max(starts.values()).date()
    assert today - timedelta(days=370) <= first < today < last <= today + timedelta(days=120)


def test_a_cli_subprocess_reads_the_pinned_clock(demo_file: Path, tmp_path: Path, monkeypatch) -> None:
    from pypdf import PdfReader

    monkeypatch.setenv(clock.ENV_VAR, "2028-02-29T23:59")
    target = tmp_path / "members.pdf"
    result = run_cli("export", "municipalities", "--db", demo_file, "-o", target)
    assert result.returncode == 0, result.stderr
    text = " ".join((page.extract_text() or "") for page in PdfReader(target).pages)
    assert "Per 29 februari 2028" in " ".join(text.split())


def test_a_wrong_pinned_clock_is_one_error_line(demo_file: Path, tmp_path: Path, monkeypatch) -> None:
    before = row_counts(demo_file)
    monkeypatch.setenv(clock.ENV_VAR, "midsommar")
    assert_one_error_line(run_cli("seed-demo", "--db", tmp_path / "new.sqlite3"), clock.ENV_VAR, "midsommar")
    target = tmp_path / "members.pdf"
    assert_one_error_line(run_cli("export", "municipalities", "--db", demo_file, "-o", target), clock.ENV_VAR)
    assert row_counts(demo_file) == before and not target.exists()
