"""Opening a record in its own window: from the user's Enter to the window shown and painted, for the
biggest meeting, agreement and procurement in the demo (the most invitees and agenda items, the most sales
lines, the most tenders). Target (DESIGN.md, "Performance"): a record window ≤ 300 ms.

Each window is opened RUNS times (a fresh window each time, as a user would) and the median is shown.
"""

from __future__ import annotations

import sqlite3
import time
from contextlib import closing

from benchmarks.common import Context, Result, median

TITLE = "Postfönster"
TARGET_MS = 300
RUNS = 5

BIGGEST = {  # (label, SQL for the id of the biggest record of its kind)
    "meeting": ("Möte (flest kallade och punkter)",
                "SELECT m.id FROM meetings m ORDER BY (SELECT count(*) FROM meeting_invitees i WHERE i.meeting_id = m.id) "
                "+ (SELECT count(*) FROM agenda_items a WHERE a.meeting_id = m.id) DESC, m.id LIMIT 1"),
    "agreement": ("Ramavtal (flest försäljningsrader)",
                  "SELECT agreement_id FROM sales_reports GROUP BY agreement_id ORDER BY count(*) DESC, agreement_id "
                  "LIMIT 1"),
    "procurement": ("Upphandling (flest anbud)",
                    "SELECT procurement_id FROM tenders GROUP BY procurement_id ORDER BY count(*) DESC, procurement_id "
                    "LIMIT 1"),
}


def _window(kind: str, ui_context, record_id: int):
    if kind == "meeting":
        from stic_desktop.ui.meetings.view import MeetingView

        return MeetingView(ui_context, record_id)
    if kind == "agreement":
        from stic_desktop.ui.agreements.view import AgreementView

        return AgreementView(ui_context, record_id)
    from stic_desktop.ui.procurement.view import ProcurementView

    return ProcurementView(ui_context, record_id)


def open_ms(kind: str, ui_context, record_id: int, app) -> float:
    """Builds the window, shows it and lets it paint; the milliseconds that took."""
    started = time.perf_counter()
    window = _window(kind, ui_context, record_id)
    window.show()
    app.processEvents()
    elapsed = (time.perf_counter() - started) * 1000
    window.scratch.remove() if hasattr(window, "scratch") else None
    window.hide()
    window.deleteLater()
    app.processEvents()
    return elapsed


def run(context: Context) -> list[Result]:
    from PySide6.QtCore import QSettings

    from stic_desktop.ui.context import AppContext

    app = context.app()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(context.folder / "settings"))
    with closing(sqlite3.connect(context.db_path)) as conn:
        ids = {kind: (conn.execute(sql).fetchone() or (None,))[0] for kind, (_label, sql) in BIGGEST.items()}
    db = context.open_db()
    results: list[Result] = []
    try:
        ui_context = AppContext(db)
        for kind, (text, _sql) in BIGGEST.items():
            if ids[kind] is None:
                continue
            first = open_ms(kind, ui_context, ids[kind], app)  # the first also imports the window's modules
            timings = [open_ms(kind, ui_context, ids[kind], app) for _ in range(RUNS)]
            results.append(Result.info(f"{text}: första öppningen (med importer)", first, "ms"))
            results.append(Result.at_most(f"{text}: fönstret öppnas", median(timings), "ms", TARGET_MS))
    finally:
        db.close()
    return results
