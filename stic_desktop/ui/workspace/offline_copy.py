"""The offline copy of the team database, written each time the window closes (issue 14): in a worker, once the
window is gone, so nobody waits for it, while the program waits for it before it ends."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6 import QtCore

from stic_desktop.ui.widgets import messages
from stic_desktop.workers import Job


def write_after_close(window) -> Path | None:
    """Writes the offline copy of the window's team database in a worker and returns its path once it is safely
    in place (None when it failed: told, never stopping the program closing).

    The window is hidden by then (app.py). This thread waits for the worker without running the event loop: what
    the closed window still had queued (a page's reload, a late result) must not start reading the database
    again while it is copied and closed. The outcome therefore comes by direct connection, on the worker's
    thread; the window's ``offline_copy_started`` hands the job to whoever wants to listen the same way (tests)."""
    from stic_desktop.services.workspace import team

    job = Job(team.write_offline_copy, window.context.db)
    outcome: dict[str, object] = {}
    finished = threading.Event()

    def succeeded(path: Path) -> None:  # on the worker's thread
        outcome["path"] = path
        finished.set()

    def failed(error: BaseException) -> None:  # on the worker's thread
        outcome["error"] = error
        finished.set()

    window.offline_copy_started.emit(job)
    job.succeeded.connect(succeeded, QtCore.Qt.ConnectionType.DirectConnection)
    job.failed.connect(failed, QtCore.Qt.ConnectionType.DirectConnection)
    job.start()
    finished.wait()
    if "error" in outcome:
        messages.show_error(window, outcome["error"])
        return None
    return outcome.get("path")
