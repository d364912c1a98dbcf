"""Starting the window: open (or create) the database, ask who is working, show the main window.

Also the program's safety net: the log file, a crash dialog for unexpected exceptions (the
program keeps running), and one window per database file (a QLockFile next to it).
"""

from __future__ import annotations

import gc
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as qt_version
from PySide6.QtCore import QCoreApplication, QLockFile, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from stic_desktop import APP_NAME, __version__, logs
from stic_desktop.errors import DatabaseUnavailable, UserError
from stic_desktop.paths import resource
from stic_desktop.services.workspace import backups, database
from stic_desktop.ui.workspace import i18n, preferences


def create_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("STIC")
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app.setStyle("Fusion")
    app.setWindowIcon(QIcon(str(resource("icons", "stic.svg"))))
    app.setStyleSheet(resource("style", "app.qss").read_text(encoding="utf-8"))
    i18n.install_translators(app, i18n.current_language())
    return app


class InstanceLock:
    """Holds a QLockFile next to the open database, so a second window on the same file is noticed.

    A lock left by a program that crashed is stale (its process is gone) and is taken over.
    """

    def __init__(self) -> None:
        self._lock: QLockFile | None = None
        self.path: Path | None = None

    def acquire(self, db_path: Path) -> bool:
        """False only when another running program holds the lock on this database."""
        db_path = Path(db_path).absolute()
        if self._lock is not None and self.path == db_path:
            return True
        lock = QLockFile(str(backups.lock_path(db_path)))
        lock.setStaleLockTime(0)  # held for hours; staleness is judged by the owner's process alone
        if not lock.tryLock(100):
            if lock.error() == QLockFile.LockError.LockFailedError:
                return False
            return True  # no lock file possible here (e.g. a read-only folder): opening says what is wrong
        self.release()
        self._lock, self.path = lock, db_path
        return True

    def release(self) -> None:
        if self._lock is not None:
            self._lock.unlock()
        self._lock, self.path = None, None


def tell_already_running(db_path: Path) -> Path | None:
    """Tells the user another window has this database open; another file they chose, or None."""
    return _ask_for_another(QCoreApplication.translate(
        "app", "Databasen %1 är redan öppen i STIC Desktop, i ett annat fönster eller av en annan "
               "användare på den här datorn. Byt till det fönstret i stället.").replace("%1", str(db_path)))


def warn_already_open(db_path: Path, parent=None) -> None:
    """After switching database inside the window: the new file is also open elsewhere."""
    QMessageBox.warning(parent, APP_NAME, QCoreApplication.translate(
        "app", "Databasen %1 är öppen i ett annat STIC Desktop-fönster också. Ändringar "
               "i båda fönstren samtidigt kan förvirra; stäng det ena.").replace("%1", str(db_path)))


def _ask_for_another(message: str) -> Path | None:
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, message)
    box.setInformativeText(QCoreApplication.translate("app", "Vill du öppna en annan databasfil?"))
    box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close)
    if box.exec() != QMessageBox.StandardButton.Open:
        return None
    chosen, _ = QFileDialog.getOpenFileName(None, QCoreApplication.translate("app", "Öppna databas"))
    return Path(chosen) if chosen else None


def _offer_offline_copy(error: UserError):
    """The server cannot be reached: offer the offline copy written at the last exit (read-only), if there is one."""
    from stic_desktop.services.workspace import team

    if not team.offline_copy_path().is_file():
        return None
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, error.message)
    box.setInformativeText(QCoreApplication.translate(
        "app", "Vill du öppna offlinekopian från senaste avslutet? Den är skrivskyddad men du kan läsa och skriva ut."))
    box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
    if box.exec() != QMessageBox.StandardButton.Open:
        return None
    try:
        return team.open_offline_copy()
    except UserError as failure:
        logs.logger.warning("offline copy refused (%s)", type(failure).__name__)
        return None


def _ask_for_team_connection():
    """The saved team connection, asking for the password; the opened database (or None: cancelled)."""
    from stic_desktop.ui.workspace.team_connection import TeamConnectionDialog

    dialog = TeamConnectionDialog()
    return dialog.database if dialog.exec() else None


def _open_or_ask(path, lock: InstanceLock):
    """The database to work in, locked for this window; on refusal the user may pick another file or quit (None).
    A team database (``postgresql://...``) is shared by design: no lock file; an unreachable server or a
    refused login is said in one dialog."""
    while True:
        if path is not None and not isinstance(path, (str, Path)):  # already open (the connection dialog)
            return path
        if database.is_server_url(path):
            try:
                db = database.open_database(path)
            except UserError as error:
                logs.logger.warning("team database refused (%s)", type(error).__name__)
                offline = _offer_offline_copy(error) if isinstance(error, DatabaseUnavailable) else None
                if offline is not None:
                    return offline
                path = _ask_for_another(error.message)
                if path is None:
                    return None
                continue
            logs.logger.info("team database opened")
            return db
        target = Path(path) if path is not None else database.default_path()
        if path is None:
            target.parent.mkdir(parents=True, exist_ok=True)
        if not lock.acquire(target):
            logs.logger.warning("second instance: the database is already open in another window")
            path = tell_already_running(target)
            if path is None:
                return None
            continue
        try:
            db = database.open_database(target)
        except UserError as error:
            logs.logger.warning("database refused (%s)", type(error).__name__)
            path = _ask_for_another(error.message)
            if path is None:
                return None
            continue
        logs.logger.info("database opened%s", " (new)" if db.created else " (migrated)" if db.backup_path else "")
        return db


# --- unexpected exceptions -------------------------------------------------------------------

_reporting = threading.Lock()


def report_exception(error: BaseException) -> None:
    """Logs an exception nobody caught and tells the user; the program keeps running."""
    log_path = logs.setup_logging()  # normally set up already; the path for the dialog
    logs.log_exception(error)
    if threading.current_thread() is not threading.main_thread() or QApplication.instance() is None:
        traceback.print_exception(error)
        return
    if not _reporting.acquire(blocking=False):  # an error while the dialog is up: logged, not stacked
        return
    try:
        parent = QApplication.activeWindow()
        if isinstance(error, UserError):  # a user error a slot forgot to catch: shown plainly
            from stic_desktop.ui.widgets import messages

            messages.show_error(parent, error)
        else:
            from stic_desktop.ui.workspace.crash_dialog import CrashDialog

            CrashDialog(error, log_path, parent).exec()
    except Exception as failure:  # the safety net must not fall through itself
        logs.log_exception(failure, "crash dialog")
        traceback.print_exception(error)
    finally:
        _reporting.release()


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    report_exception(error if error.__traceback__ is not None else error.with_traceback(tb))


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        logs.log_exception(args.exc_value, "thread")
    sys.__excepthook__(args.exc_type, args.exc_value, args.exc_traceback)


def install_crash_handler() -> tuple:
    """Unexpected exceptions (in slots and event handlers too) go to the log and the crash dialog.

    Returns the hooks it replaced, for ``uninstall_crash_handler``."""
    previous = (sys.excepthook, threading.excepthook)
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    return previous


def uninstall_crash_handler(previous: tuple) -> None:
    sys.excepthook, threading.excepthook = previous


def run_gui(db_path: Path | str | None = None, demo_data: bool = False) -> int:
    """Opens the window; with ``demo_data`` a database that did not exist yet is filled with demo data."""
    app = create_application()
    preferences.apply_data_folder()  # before the log and the default database are placed
    logs.setup_logging()
    logs.log_start(__version__, qt_version)
    previous_hooks = install_crash_handler()
    try:
        return _run(app, db_path, demo_data)
    finally:
        uninstall_crash_handler(previous_hooks)


def _run(app: QApplication, db_path: Path | str | None, demo_data: bool) -> int:
    if db_path is None and QSettings().value("database/last_kind") == "team":
        db_path = _ask_for_team_connection()  # the password is asked for at each start, never saved; cancel: the file
    if db_path is None:
        last = QSettings().value("database/last")
        db_path = Path(last) if last and Path(last).exists() else None
    lock = InstanceLock()
    try:
        db = _open_or_ask(db_path, lock)
        if db is None:
            return 1
        if demo_data and db.created:
            from stic_desktop.demo import seed as demo

            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                demo.seed_demo(db, "small")
            finally:
                QGuiApplication.restoreOverrideCursor()
        from stic_desktop.ui.context import AppContext
        from stic_desktop.ui.main_window import MainWindow

        context = AppContext(db)
        window = MainWindow(context)

        def follow_database() -> None:  # the window switched file: the lock moves with it
            if context.db.path is None:  # the team database: shared, no lock
                lock.release()
                return
            if not lock.acquire(Path(context.db.path)):
                warn_already_open(Path(context.db.path), window)

        context.database_changed.connect(follow_database)
        window.show()
        if not window.restore_user():
            window.close()
            db.close()
            return 0
        if db.path is not None:  # a team connection is remembered by its own dialog, never with a password
            QSettings().setValue("database/last", str(db.path))
        # Start-up objects live as long as the window: keeping them out of the collector's full passes
        # avoids 100 ms pauses of the event loop while a worker builds a meeting pack.
        gc.freeze()
        code = app.exec()
        window.context.db.close()
        logs.logger.info("exit (code %s)", code)
        return code
    finally:
        lock.release()
