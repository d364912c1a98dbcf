"""What every benchmark module shares: the ``Result`` shape, the run's ``Context`` (a demo database in a
temporary folder, the Qt application), the event-loop stall meter, a job runner and peak memory.

A benchmark module is a file in this package with ``TITLE`` and ``run(context) -> list[Result]``,
listed in ``benchmarks.MODULES``. Figures are measured, printed and compared with their targets;
nothing here fails a test (DESIGN.md, "Performance").
"""

from __future__ import annotations

import gc
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@dataclass(frozen=True)
class Result:
    name: str  # what was measured, in Swedish as the table shows it
    value: float
    unit: str  # "s", "ms", "MB", "×", "sidor", ...
    target: float | None = None  # upper limit (None: a figure shown for reference)
    ok: bool | None = None  # value <= target; None without a target

    @classmethod
    def at_most(cls, name: str, value: float, unit: str, target: float) -> Result:
        return cls(name, value, unit, target, value <= target)

    @classmethod
    def info(cls, name: str, value: float, unit: str) -> Result:
        return cls(name, value, unit)


@dataclass
class Context:
    size: str
    folder: Path  # a temporary folder, removed after the run
    db_path: Path  # the demo database (a copy the benchmarks may change)
    notes: dict[str, Any] = field(default_factory=dict)

    def target(self, large: float, huge: float) -> float:
        """The target that applies at this size: DESIGN.md allows more at ``huge`` (ten times large)."""
        return huge if self.size == "huge" else large

    def open_db(self):
        from stic_desktop.services.workspace.database import open_database

        return open_database(self.db_path)

    def app(self):
        """The one QApplication (offscreen unless QT_QPA_PLATFORM says otherwise)."""
        from PySide6.QtWidgets import QApplication

        return QApplication.instance() or QApplication([sys.argv[0]])


def as_after_start_up() -> None:
    """What ``stic_desktop.app.run_gui`` does once the window is shown (``gc.freeze()``): objects alive
    at start-up leave the collector's full passes, which otherwise stall the event loop ~100 ms when a
    worker's allocations trigger one. Call it when a benchmark's setup is done, before measuring."""
    gc.freeze()


class StallMeter:
    """A 10 ms timer on the GUI thread; ``longest_ms`` is the longest gap between two ticks.

    A responsive event loop ticks every ~10 ms; a gap of 100 ms is what a user notices as a stall.
    """

    def __init__(self, interval_ms: int = 10) -> None:
        from PySide6.QtCore import Qt, QTimer

        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.longest_ms = 0.0
        self.ticks = 0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest_ms = max(self.longest_ms, (now - self._last) * 1000)
        self._last = now
        self.ticks += 1

    def start(self) -> None:
        self.longest_ms, self.ticks = 0.0, 0
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        self._tick()  # the time since the last tick counts too
        self._timer.stop()
        return self.longest_ms


@dataclass(frozen=True)
class JobRun:
    result: Any
    seconds: float  # from start to the result arriving on the GUI thread
    longest_gap_ms: float


def run_job(fn: Callable[..., Any], *args: Any, timeout_s: float = 300) -> JobRun:
    """Runs ``fn`` as the app does (``stic_desktop.workers.Job``) while the stall meter ticks."""
    from PySide6.QtCore import QEventLoop, QTimer

    from stic_desktop.workers import Job

    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def finish(key: str, value: Any) -> None:
        outcome[key] = value
        loop.quit()

    meter = StallMeter()
    job = Job(fn, *args)
    job.succeeded.connect(lambda value: finish("result", value))
    job.failed.connect(lambda error: finish("error", error))
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    meter.start()
    started = time.perf_counter()
    job.start()
    loop.exec()
    seconds = time.perf_counter() - started
    gap = meter.stop()
    if "error" in outcome:
        raise outcome["error"]
    if "result" not in outcome:
        raise TimeoutError(f"{fn.__name__} did not finish within {timeout_s} s")
    return JobRun(outcome["result"], seconds, gap)


def idle_gap_ms(app, seconds: float = 0.3) -> float:
    """The longest tick gap with nothing running: the floor the stall figures are read against."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    meter = StallMeter()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    meter.start()
    loop.exec()
    return meter.stop()


def median(values: list[float]) -> float:
    return statistics.median(values)


def peak_memory_mb() -> float:
    """The process's peak resident memory so far (ru_maxrss: KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def format_value(value: float, unit: str) -> str:
    text = f"{value:.0f}" if unit in ("ms", "MB", "sidor", "st") or value >= 100 else f"{value:.2f}"
    return f"{text} {unit}".strip()


def table(results: list[Result]) -> str:
    rows = [("Mätning", "Värde", "Mål", "OK")]
    for r in results:
        target = "" if r.target is None else f"≤ {format_value(r.target, r.unit)}"
        rows.append((r.name, format_value(r.value, r.unit), target, "–" if r.ok is None else "ja" if r.ok else "NEJ"))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)
