"""Arkiv → Arkivexport…: choose where (a new folder is made there) and which year, then the export runs in a
worker with a progress bar (``operations.archive_export``)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMainWindow

from stic_desktop.core import clock
from stic_desktop.errors import UserError
from stic_desktop.operations.archive_export import export_archive
from stic_desktop.services import archive
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.widgets import messages, pickers
from stic_desktop.ui.widgets.jobs import run_job


def start_archive_export(window: QMainWindow, context: AppContext):
    try:
        years = archive.archived_years(context.db)
    except UserError as error:
        messages.show_error(window, error)
        return None
    if not years:
        messages.show_error(window, UserError(QCoreApplication.translate(
            "ArchiveExport", "Det finns inga arkiverade dokument att exportera.")))
        return None
    everything = QCoreApplication.translate("ArchiveExport", "Alla år")
    choice, ok = QInputDialog.getItem(
        window, QCoreApplication.translate("ArchiveExport", "Arkivexport"),
        QCoreApplication.translate("ArchiveExport", "Vilka dokument ska exporteras?"),
        [everything, *(str(y) for y in years)], 0, False)
    if not ok:
        return None
    year = None if choice == everything else int(choice)
    parent = pickers.existing_folder(
        window, QCoreApplication.translate("ArchiveExport", "Välj var exportmappen ska skapas"), "archive")
    if parent is None:
        return None
    name = f"Arkivexport {clock.today().isoformat()}" + (f" ({year})" if year else "")
    target, n = parent / name, 2
    while target.exists() and any(target.iterdir()):
        target, n = parent / f"{name} {n}", n + 1
    return run_job(window, QCoreApplication.translate("ArchiveExport", "Exporterar arkivet…"),
                   partial(export_archive, year=year), context.db, target,
                   on_success=lambda outcome: window.statusBar().showMessage(outcome.message, 20000))
