"""The program's memory with every page opened and the search index built, in its own process (the benchmark
process also holds the demo it seeded): the peak resident size (what the operating system sees) and, in a
second run under ``tracemalloc``, the peak of Python's own allocations with the lines that hold the most.
The index is the one the window builds in the background (waited for here); a third run leaves it out: the
pages' own share.
The peak is the process's own high-water mark (``VmHWM`` on Linux): ``ru_maxrss`` survives fork and exec
there, so a child of the benchmark process reported the benchmark's own peak (the seeded demo) instead.

Targets (DESIGN.md, "Performance"): peak ≤ 200 MB at the large size, ≤ 300 MB at huge.
"""

from __future__ import annotations

import json
import subprocess
import sys

from benchmarks.common import Context, Result

TITLE = "Minne"
TARGET_MB = 200
TARGET_MB_HUGE = 300
TOP = 8  # allocation sites printed (stderr) from the tracemalloc run

SCRIPT = """
import json, os, resource, sys
TRACE = {trace!r}
INDEX = {index!r}
if TRACE:
    import tracemalloc
    tracemalloc.start(1)
from pathlib import Path
from PySide6.QtCore import QSettings
from stic_desktop.app import create_application
app = create_application()
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, {settings!r})
from stic_desktop.services.workspace.database import open_database
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.main_window import MainWindow
if not INDEX:  # the list pages' own share: the index the window builds in the background is left out
    MainWindow._prepare_search = lambda self: None
window = MainWindow(AppContext(open_database(Path({db!r}))))
window.show()
for row in range(window.navigation.count()):
    window.navigation.setCurrentRow(row)
    app.processEvents()
if INDEX:  # the index the window builds in the background (started while the pages opened, or now): one build,
    # as in the program; building a second one here as well measured two index builds the program never makes
    import time
    window._prepare_search()
    deadline = time.monotonic() + 600
    while window.search_cache.index is None:
        if time.monotonic() > deadline:
            raise SystemExit("the search index was not built (see the log)")
        app.processEvents()
        time.sleep(0.01)
    window.search_cache.index.search("stockholm")
    app.processEvents()
def peak_mb():
    # Linux: VmHWM is this program's own peak; ru_maxrss would include the benchmark process it was forked from
    # (Linux keeps ru_maxrss across fork and execve, so the seeded demo's 470 MB showed up here).
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) / 1024 for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
out = {{"rss_mb": peak_mb()}}
if TRACE:
    current, traced_peak = tracemalloc.get_traced_memory()
    out["python_now_mb"], out["python_peak_mb"] = current / 2**20, traced_peak / 2**20
    snapshot = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)])
    out["top"] = [(str(s.traceback[0]), s.size / 2**20, s.count) for s in snapshot.statistics("lineno")[:{top}]]
print(json.dumps(out))
"""


def measure(context: Context, trace: bool, index: bool = True) -> dict:
    script = SCRIPT.format(trace=trace, index=index, settings=str(context.folder / "settings"), db=str(context.db_path), top=TOP)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=900)
    return json.loads(result.stdout.strip().splitlines()[-1])


def run(context: Context) -> list[Result]:
    plain = measure(context, trace=False)
    pages = measure(context, trace=False, index=False)
    traced = measure(context, trace=True)
    for where, size, count in traced["top"]:
        print(f"  minne: {size:6.1f} MB i {count:7d} block  {where}", file=sys.stderr)
    return [
        Result.at_most("Programmets högsta minne (alla sidor öppnade, sökindex)", plain["rss_mb"], "MB",
                       context.target(TARGET_MB, TARGET_MB_HUGE)),
        Result.info("Programmets högsta minne utan sökindex (sidornas andel)", pages["rss_mb"], "MB"),
        Result.info("Pythons allokeringar, högsta (tracemalloc)", traced["python_peak_mb"], "MB"),
        Result.info("Pythons allokeringar kvar med alla sidor öppna (tracemalloc)", traced["python_now_mb"], "MB"),
    ]
