"""List pages at the demo size: each page opened (its rows loaded and shown) and the slowest filter
keystroke on each list page (start-up and the overview are in benchmarks/startup.py, the program's peak
memory in benchmarks/memory.py).

Targets: list page open ≤ 100 ms (≤ 150 ms at the huge size), filter keystroke ≤ 30 ms (≤ 50 ms at huge).
"""

from __future__ import annotations

import statistics
import time

from benchmarks.common import Context, Result

TITLE = "Listsidor"
TARGET_OPEN_MS = 100
TARGET_FILTER_MS = 30
TARGET_OPEN_MS_HUGE = 150
TARGET_FILTER_MS_HUGE = 50
RUNS = 3
TYPED = "stockholm 2025"


def run(context: Context) -> list[Result]:
    from PySide6.QtCore import QSettings

    from stic_desktop.ui.context import AppContext
    from stic_desktop.ui.main_window import PAGES
    from stic_desktop.ui.widgets.list_page import ListPage

    app = context.app()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(context.folder / "settings"))
    db = context.open_db()
    results: list[Result] = []
    open_target = context.target(TARGET_OPEN_MS, TARGET_OPEN_MS_HUGE)
    filter_target = context.target(TARGET_FILTER_MS, TARGET_FILTER_MS_HUGE)
    try:
        ui_context = AppContext(db)
        for factory in PAGES[1:]:  # the overview reads in a worker: benchmarks/startup.py measures it
            page = factory(ui_context)
            page.resize(1180, 700)
            page.show()
            app.processEvents()
            timings = []
            for _ in range(RUNS):
                started = time.perf_counter()
                page.reload()
                app.processEvents()
                timings.append((time.perf_counter() - started) * 1000)
            opened = statistics.median(timings)
            if isinstance(page, ListPage):  # the targets are for lists; the calendar is reported
                results.append(Result.at_most(f"{page.title}: listan öppnas", opened, "ms", open_target))
                keystrokes = []
                for end in range(1, len(TYPED) + 1):
                    started = time.perf_counter()
                    page.filter_edit.setText(TYPED[:end])
                    app.processEvents()
                    keystrokes.append((time.perf_counter() - started) * 1000)
                page.filter_edit.clear()
                results.append(Result.at_most(f"{page.title}: filtrering, längsta tangenttryckning", max(keystrokes),
                                              "ms", filter_target))
            else:
                results.append(Result.info(f"{page.title}: sidan öppnas", opened, "ms"))
            page.close()
            page.deleteLater()
    finally:
        db.close()
    return results
