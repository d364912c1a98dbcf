"""The whole command-line suite passes with the clock pinned to awkward dates.

Each run is ``pytest tests/cli -m "not slow"`` in a subprocess with STIC_DESKTOP_NOW set: the clock reads it
in the test process (expected dates) and in every ``stic-desktop`` subprocess the tests start (the demo is
seeded relative to it). The three runs go in parallel, each in its own temporary folder, so on a runner
with several cores they cost about one run's time.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from clitools import CHECKOUT

pytestmark = pytest.mark.slow

AWKWARD_DATES = {
    "2027-06-25": "Midsommarafton, the Friday before Midsummer Day: no working day until Monday",
    "2026-12-28": "between Christmas and New Year: the year ends in three days, holidays on both sides",
    "2028-02-29T00:30": "a leap day, half past midnight: still 28 February in UTC; a year back or forward does "
                        "not exist",
}


def test_cli_suite_passes_with_the_clock_pinned_to_awkward_dates(tmp_path: Path) -> None:
    runs = {}
    for day in AWKWARD_DATES:
        env = {**os.environ, "STIC_DESKTOP_NOW": day, "QT_QPA_PLATFORM": "offscreen"}
        folder = tmp_path / day.replace(":", "")  # no colon in a Windows file name
        log = folder.with_suffix(".log").open("w", encoding="utf-8")
        command = [sys.executable, "-m", "pytest", "tests/cli", "-q", "-p", "no:cacheprovider", "-m", "not slow",
                   "--basetemp", str(folder)]
        runs[day] = (subprocess.Popen(command, cwd=CHECKOUT, env=env, stdout=log, stderr=subprocess.STDOUT), log)
    failed = {}
    try:
        for day, (process, log) in runs.items():
            code = process.wait(timeout=1800)
            log.close()
            if code != 0:
                failed[day] = "\n".join(Path(log.name).read_text(encoding="utf-8").splitlines()[-40:])
    finally:
        for process, log in runs.values():  # after a timeout: stop the runs still going
            if process.poll() is None:
                process.kill()
                process.wait()
            log.close()
    assert not failed, "\n\n".join(f"{day} ({AWKWARD_DATES[day]}):\n{tail}" for day, tail in failed.items())
