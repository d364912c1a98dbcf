"""The offline copy of the team database, written each time the window closes (issue 14): in a worker, once the
window is gone, so nobody waits for it, while the program waits for it before it ends."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop

from stic_desktop.ui.widgets import messages
from stic_desktop.workers import Job


def write_after_close(window) -> Path | None:
    """Writes the offline copy of the window's team database in a worker and returns its path once it is safely
    in place (None when it failed: told, never stopping the program closing).

    The window is hidden by then (app.py), and this waits in an event loop of its own, so the program is not
    frozen while the copy is made and does not end before it is complete. The window's ``offline_copy_started``
    tells who wants to know (the tests) which job it is."""
    from stic_desktop.services.workspace import team

    job = Job(team.write_offline_copy, window.context.db)
    outcome: dict[str, object] = {}
    loop = QEventLoop()
    job.succeeded.connect(lambda path: outcome.update(path=path))
    job.failed.connect(lambda error: outcome.update(error=error))
    job.succeeded.connect(loop.quit)  # queued from the worker: delivered only once the loop below runs
    job.failed.connect(loop.quit)
    window.offline_copy_started.emit(job)
    job.start()
    loop.exec()
    if "error" in outcome:
        messages.show_error(window, outcome["error"])
        return None
    return outcome.get("path")
