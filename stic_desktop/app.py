"""Starting the window: open (or create) the database, ask who is working, show the main window."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from stic_desktop import APP_NAME, __version__
from stic_desktop.errors import UserError
from stic_desktop.paths import resource
from stic_desktop.services import database, demo


def create_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("STIC")
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app.setStyle("Fusion")
    app.setWindowIcon(QIcon(str(resource("icons", "stic.svg"))))
    app.setStyleSheet(resource("style", "app.qss").read_text(encoding="utf-8"))
    return app


def _open_or_ask(path: Path | None):
    """The database to work in; on refusal the user may pick another file or quit (None)."""
    while True:
        try:
            return database.open_database(path)
        except UserError as error:
            box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, error.message)
            box.setInformativeText(QCoreApplication.translate("app", "Vill du öppna en annan databasfil?"))
            box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close)
            if box.exec() != QMessageBox.StandardButton.Open:
                return None
            chosen, _ = QFileDialog.getOpenFileName(None, QCoreApplication.translate("app", "Öppna databas"))
            if not chosen:
                return None
            path = Path(chosen)


def run_gui(db_path: Path | None = None, demo_data: bool = False) -> int:
    """Opens the window; with ``demo_data`` a database that did not exist yet is filled with demo data."""
    app = create_application()
    if db_path is None:
        last = QSettings().value("database/last")
        db_path = Path(last) if last and Path(last).exists() else None
    db = _open_or_ask(db_path)
    if db is None:
        return 1
    if demo_data and db.created:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            demo.seed_demo(db, "small")
        finally:
            QGuiApplication.restoreOverrideCursor()
    from stic_desktop.ui.context import AppContext
    from stic_desktop.ui.main_window import MainWindow

    window = MainWindow(AppContext(db))
    window.show()
    if not window.restore_user():
        window.close()
        db.close()
        return 0
    QSettings().setValue("database/last", str(db.path))
    # Start-up objects live as long as the window: keeping them out of the collector's full passes
    # avoids 100 ms pauses of the event loop while a worker builds a meeting pack.
    gc.freeze()
    code = app.exec()
    window.context.db.close()
    return code
