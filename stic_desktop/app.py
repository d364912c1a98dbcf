"""Starting the window: show the main window at once, then open (or create) the database in a worker,
read the start page and ask who is working.

Nothing the first paint does not need is imported before it: SQLAlchemy, the models, the services and
the page modules are imported by the worker that opens the database (tests/test_startup_imports.py).

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

from PySide6 import QtCore
from PySide6 import __version__ as qt_version
from PySide6.QtCore import QCoreApplication, QLockFile, QSettings, QThreadPool
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

import stic_desktop.pyside_check  # first of the program's own modules: the ones after it are imported quicker
from stic_desktop import APP_NAME, __version__, logs
from stic_desktop.errors import DatabaseUnavailable, UserError
from stic_desktop.paths import TEAM_URL_SCHEMES, default_database_path, lock_path, resource
from stic_desktop.ui.workspace import i18n, preferences
from stic_desktop.workers import Job

WORKERS_AT_EXIT_MS = 30_000  # how long the program waits at exit for workers still using the database


def create_application() -> QApplication:
    stic_desktop.pyside_check.install()  # in place before the worker imports SQLAlchemy, the models and the pages
    app = QApplication.instance()
    if app is None:
        # Fusion given to Qt in C++: QApplication.setStyle() would build Python's view of QStyle and its
        # enums before the first paint (~4 ms)
        app = QApplication([*sys.argv[:1], "-style", "fusion"])
    elif app.style().name() != "fusion":
        app.setStyle("Fusion")
    QCoreApplication.setOrganizationName("STIC")
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
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
        lock = QLockFile(str(lock_path(db_path)))
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
    from PySide6.QtWidgets import QMessageBox  # dialogs are imported when shown: their enums cost before the paint

    QMessageBox.warning(parent, APP_NAME, QCoreApplication.translate(
        "app", "Databasen %1 är öppen i ett annat STIC Desktop-fönster också. Ändringar "
               "i båda fönstren samtidigt kan förvirra; stäng det ena.").replace("%1", str(db_path)))


def _ask_for_another(message: str) -> Path | None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, message)
    box.setInformativeText(QCoreApplication.translate("app", "Vill du öppna en annan databasfil?"))
    box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close)
    if box.exec() != QMessageBox.StandardButton.Open:
        return None
    chosen, _ = QFileDialog.getOpenFileName(None, QCoreApplication.translate("app", "Öppna databas"))
    return Path(chosen) if chosen else None


def _offer_offline_copy(error: UserError):
    """The server cannot be reached: offer the offline copy written at the last exit (read-only), if there is one."""
    from PySide6.QtWidgets import QMessageBox

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


def _is_team(location: object) -> bool:
    """A team database: its address, or one already opened by the connection dialog (told without importing
    SQLAlchemy, which start-up leaves for after the first paint)."""
    if isinstance(location, str):
        return location.lower().startswith(TEAM_URL_SCHEMES)
    return location is not None and not isinstance(location, Path)


def _lock_or_ask(path, lock: InstanceLock):
    """The database to open, locked for this window; when another window has it the user may pick another file
    or quit (None). A team database is shared by design: no lock file."""
    while True:
        if _is_team(path):
            return path
        target = Path(path) if path is not None else default_database_path()
        if path is None:
            target.parent.mkdir(parents=True, exist_ok=True)
        if lock.acquire(target):
            return target
        logs.setup_logging()  # before the first paint: the log file is not set up yet
        logs.logger.warning("second instance: the database is already open in another window")
        path = tell_already_running(target)
        if path is None:
            return None


def open_in_worker(location, demo_data: bool):
    """Runs in a worker: imports what the pages need, opens (creating or migrating) the database, fills a new
    one with demo data when asked. Raises UserError when the file is refused or the server cannot be reached.
    ``location`` is a file, a team database's address, or a team database the connection dialog opened."""
    if isinstance(location, Path):
        from stic_desktop.storage import reading  # sqlite3 only

        reading.check_in_background(location)  # SQLite checks the file on another core while Python imports
    from stic_desktop.services.people import staff  # noqa: F401 - the GUI thread asks for the user next
    from stic_desktop.services.workspace import database  # SQLAlchemy and the models come with it
    from stic_desktop.ui import pages

    db = database.open_database(location) if isinstance(location, (str, Path)) else location
    database.prepare_models()
    if demo_data and db.created:
        from stic_desktop.demo import seed as demo

        demo.seed_demo(db, "small")
    pages.import_overview_modules()  # the start page is built on the GUI thread as soon as this returns
    # What the imports made lives as long as the program: out of the collector's full passes before the overview
    # is read, or its first reading pays for a full pass over all of it (~60 ms at the large size).
    gc.freeze()
    return db


class Starter:
    """Opens the database for a window already shown: in a worker after the first paint, asking for another
    file when it is refused or already open elsewhere; then asks who is working. It closes the window with 1 when
    the user gave up, 0 when nobody was chosen (``code``)."""

    def __init__(self, app: QApplication, window, lock: InstanceLock, target: Path, demo_data: bool) -> None:
        self.app, self.window, self.lock, self.demo_data = app, window, lock, demo_data
        self.db = None
        self.ready = False  # the database is open and a user chosen
        self.code: int | None = None  # the exit code when start-up was given up
        self.job: Job | None = None
        self._target = target
        window.first_painted.connect(self._open)  # emitted once

    def _open(self) -> None:
        if self.job is None:  # the first time, right after the first paint: the log file (see run_gui)
            logs.setup_logging()
            logs.log_start(__version__, qt_version)
        if self.demo_data:
            QGuiApplication.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)
        self.job = Job(open_in_worker, self._target, self.demo_data)
        self.job.succeeded.connect(self._opened)
        self.job.failed.connect(self._refused)
        self.job.start()

    def _restore_cursor(self) -> None:
        if self.demo_data:
            QGuiApplication.restoreOverrideCursor()

    def _refused(self, error: BaseException) -> None:
        self._restore_cursor()
        gc.enable()  # dialogs from here on: start-up is no longer quick
        if not isinstance(error, UserError):
            report_exception(error)
            self._give_up(1)
            return
        logs.logger.warning("database refused (%s)", type(error).__name__)
        offline = _offer_offline_copy(error) if isinstance(error, DatabaseUnavailable) else None
        if offline is not None:
            self._opened(offline)
            return
        path = _ask_for_another(error.message)
        target = _lock_or_ask(path, self.lock) if path is not None else None
        if target is None:
            self._give_up(1)
            return
        self._target = target
        self._open()

    def _give_up(self, code: int) -> None:
        gc.enable()
        self.code = code
        self.window.close()
        if not self.app.quitOnLastWindowClosed():
            self.app.quit()

    def _opened(self, db) -> None:
        self._restore_cursor()
        self.db = db
        logs.logger.info("database opened%s", " (new)" if db.created else " (migrated)" if db.backup_path else "")
        context = self.window.context
        context.database_changed.connect(self._follow_database)
        context.replace_database(db)
        if not self.window.restore_user():
            self._give_up(0)
            return
        self.ready = True
        if db.path is not None:  # a team connection is remembered by its own dialog, never with a password
            QSettings().setValue("database/last", str(db.path))
        # Start-up objects live as long as the window: keeping them out of the collector's full passes
        # avoids 100 ms pauses of the event loop while a worker builds a meeting pack.
        gc.freeze()
        gc.enable()  # off since run_gui began

    def _follow_database(self) -> None:  # the window switched file: the lock moves with it
        if self.window.context.db.path is None:  # the team database: shared, no lock
            self.lock.release()
            return
        if not self.lock.acquire(Path(self.window.context.db.path)):
            warn_already_open(Path(self.window.context.db.path), self.window)


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
    """Opens the window; with ``demo_data`` a database that did not exist yet is filled with demo data.

    The log file is set up right after the first paint (Starter); anything reported earlier sets it up then."""
    # Start-up makes many objects and few cycles: with the collector on, its ~250 passes cost ~40 ms before the
    # start page is shown. It is on again once the database is open (Starter), or when start-up gives up.
    gc.disable()
    app = create_application()
    preferences.apply_data_folder()  # before the log and the default database are placed
    previous_hooks = install_crash_handler()
    try:
        return _run(app, db_path, demo_data)
    finally:
        gc.enable()
        uninstall_crash_handler(previous_hooks)


def _run(app: QApplication, db_path: Path | str | None, demo_data: bool) -> int:
    if db_path is None and QSettings().value("database/last_kind") == "team":
        db_path = _ask_for_team_connection()  # the password is asked for at each start, never saved; cancel: the file
    if db_path is None:
        last = QSettings().value("database/last")
        db_path = Path(last) if last and Path(last).exists() else None
    lock = InstanceLock()
    try:
        target = _lock_or_ask(db_path, lock)
        if target is None:
            return 1
        from stic_desktop.ui.context import AppContext
        from stic_desktop.ui.main_window import MainWindow

        window = MainWindow(AppContext(None))
        starter = Starter(app, window, lock, target, demo_data)
        window.show()
        code = app.exec()
        window.hide()
        if starter.code is not None:
            code = starter.code
        if starter.job is not None and starter.db is None:
            return code or 1  # closed while the database was opening: the worker ends on its own
        db = window.context.db
        if starter.ready:
            lock.release()  # a new window may start while the backup is made
            window.backup_on_exit()  # the window is gone: nobody waits for it (a team database: the offline copy)
        if db is not None:
            # a read the window started before it closed may still be running: its connection goes with close()
            QThreadPool.globalInstance().waitForDone(WORKERS_AT_EXIT_MS)
            db.close()
        logs.logger.info("exit (code %s)", code)
        return code
    finally:
        lock.release()
