"""The clock: system time by default, pinned in-process or through STIC_DESKTOP_NOW, always Stockholm."""

from __future__ import annotations

import subprocess
import sys
import threading
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from stic_desktop.core import clock
from stic_desktop.core.clock import STOCKHOLM
from stic_desktop.errors import UserError

CHECKOUT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _no_pin_from_outside(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests decide for themselves whether the clock is pinned."""
    monkeypatch.delenv(clock.ENV_VAR, raising=False)
    clock.unpin()


def test_unpinned_clock_follows_the_system_in_stockholm_time():
    before = datetime.now(timezone.utc)
    moment = clock.now()
    after = datetime.now(timezone.utc)
    assert before <= moment <= after
    assert moment.tzinfo is STOCKHOLM
    assert clock.utcnow().utcoffset() == timedelta(0)
    assert clock.today() in {before.astimezone(STOCKHOLM).date(), after.astimezone(STOCKHOLM).date()}


def test_pinned_clock_stands_still_and_is_aware():
    with clock.pinned(datetime(2027, 6, 25, 10, 30)) as at:
        assert at == datetime(2027, 6, 25, 10, 30, tzinfo=STOCKHOLM)
        assert clock.now() == at and clock.now().tzinfo is STOCKHOLM
        assert clock.today() == date(2027, 6, 25)
        assert clock.utcnow() == datetime(2027, 6, 25, 8, 30, tzinfo=timezone.utc)  # summer time: UTC+2
    assert abs(clock.now() - datetime.now(timezone.utc)) < timedelta(minutes=1)  # released after the block


def test_a_date_alone_pins_midday_so_stockholm_and_utc_agree_on_the_day():
    with clock.pinned(date(2026, 12, 28)):
        assert clock.now() == datetime(2026, 12, 28, 12, tzinfo=STOCKHOLM)
        assert clock.utcnow().date() == clock.today() == date(2026, 12, 28)


def test_an_aware_moment_is_shown_in_stockholm_time_and_can_cross_midnight():
    with clock.pinned(datetime(2028, 2, 28, 23, 30, tzinfo=timezone.utc)):
        assert clock.today() == date(2028, 2, 29)  # 00:30 in Stockholm, leap day
        assert clock.now().hour == 0


def test_pins_nest_and_pin_unpin_work_without_a_block():
    clock.pin("2027-06-25")
    with clock.pinned("2028-02-29T09:00"):
        assert clock.today() == date(2028, 2, 29)
    assert clock.today() == date(2027, 6, 25)
    clock.unpin()
    assert abs(clock.now() - datetime.now(timezone.utc)) < timedelta(minutes=1)


def test_the_environment_variable_is_read_at_call_time(monkeypatch):
    monkeypatch.setenv(clock.ENV_VAR, "2027-06-25T10:00")
    assert clock.now() == datetime(2027, 6, 25, 10, tzinfo=STOCKHOLM)
    monkeypatch.setenv(clock.ENV_VAR, "2028-02-29")
    assert clock.today() == date(2028, 2, 29)
    with clock.pinned(date(2026, 12, 28)):  # a pin in the process wins over the environment
        assert clock.today() == date(2026, 12, 28)
    monkeypatch.setenv(clock.ENV_VAR, "2027-06-25T10:00+00:00")
    assert clock.now() == datetime(2027, 6, 25, 12, tzinfo=STOCKHOLM)


def test_a_bad_environment_value_names_the_variable(monkeypatch):
    monkeypatch.setenv(clock.ENV_VAR, "midsommar")
    with pytest.raises(UserError, match=clock.ENV_VAR):
        clock.today()


def test_a_worker_thread_sees_the_pin():
    seen = []
    with clock.pinned(date(2027, 6, 25)):
        thread = threading.Thread(target=lambda: seen.append(clock.today()))
        thread.start()
        thread.join()
    assert seen == [date(2027, 6, 25)]


def test_a_subprocess_is_pinned_through_the_environment(monkeypatch):
    monkeypatch.setenv(clock.ENV_VAR, "2028-02-29T08:15")
    code = "from stic_desktop.core import clock; print(clock.now().isoformat(), clock.today())"
    result = subprocess.run([sys.executable, "-c", code], cwd=CHECKOUT, capture_output=True, text=True, timeout=60)
    assert result.stdout.split() == ["2028-02-29T08:15:00+01:00", "2028-02-29"], result.stderr


def test_pinned_clock_fixture_pins_and_releases(pinned_clock):
    at = pinned_clock(date(2027, 6, 25))
    assert clock.today() == date(2027, 6, 25) and at == clock.now()
    pinned_clock(datetime(2026, 12, 28, 16, 45))
    assert clock.now() == datetime(2026, 12, 28, 16, 45, tzinfo=STOCKHOLM)
