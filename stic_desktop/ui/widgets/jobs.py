"""Runs a worker job behind a progress dialog and shows its outcome."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QProgressDialog, QWidget

from stic_desktop.ui.widgets import messages
from stic_desktop.workers import Cancelled, Job


def run_job(
    parent: QWidget,
    label: str,
    fn: Callable[..., Any],
    *args: Any,
    on_success: Callable[[Any], None] | None = None,
) -> Job:
    """Start ``fn(*args)`` in a worker; errors are shown in one dialog, success goes to ``on_success``."""
    dialog = QProgressDialog(label, QCoreApplication.translate("jobs", "Avbryt"), 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("jobs", "Arbetar…"))
    dialog.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    job = Job(fn, *args)

    def progress(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(done)
        if text:
            dialog.setLabelText(text)

    def succeeded(result: Any) -> None:
        dialog.close()
        if on_success is not None:
            on_success(result)

    def failed(error: BaseException) -> None:
        dialog.close()
        if not isinstance(error, Cancelled):
            messages.show_error(parent, error)

    job.progress.connect(progress)
    job.succeeded.connect(succeeded)
    job.failed.connect(failed)
    dialog.canceled.connect(job.cancel)
    return job.start()
