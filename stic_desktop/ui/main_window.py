"""The main window: navigation on the left, one page per area, menus and a status bar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

# Qt's namespace (QtCore.Qt) is created on first use (~13 ms): not before the first paint, a bare window
# does without it.
from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QSettings, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from stic_desktop import APP_NAME, __version__
from stic_desktop.errors import UserError
from stic_desktop.ui import pages as registry
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.widgets import messages, rights
from stic_desktop.ui.widgets.jobs import run_job
from stic_desktop.ui.widgets.screen import resize_to_fit

# Kept for callers that build pages themselves (benchmarks): the factories, in navigation order.
PAGES: list[Callable[[AppContext], QWidget]] = [spec.factory() for spec in registry.PAGES]
# Search hits open on these pages (an agenda item opens its meeting).
SEARCH_PAGES = {"municipality": "municipalities", "person": "people", "group": "groups", "meeting": "meetings",
                "agenda_item": "meetings", "workshop": "workshops", "proposal": "proposals",
                "procurement": "procurements", "supplier": "suppliers", "agreement": "agreements"}


class PagePlaceholder(QWidget):
    """What a page shows until it is built: its title over an empty page (the overview's skeleton at start-up).
    The title is made when the placeholder is first shown: twelve of the thirteen never are before their
    page is built, and each label costs its share of the style sheet before the first paint."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self._heading: QLabel | None = None

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._heading is None:
            self._heading = QLabel(self.title)
            self._heading.setObjectName("pageTitle")
            layout = QVBoxLayout(self)
            layout.addWidget(self._heading)
            layout.addStretch(1)
        super().showEvent(event)


class MainWindow(QMainWindow):
    """Shown before the database is open (``context.db`` None): navigation and menus from the page
    registry, each page a placeholder until its first visit; ``database_changed`` fills it in."""

    first_painted = Signal()
    offline_copy_started = Signal(object)  # the Job writing the team database's offline copy after closing

    def __init__(self, context: AppContext) -> None:
        self._painted = False
        self._maximise = False
        self._closed = False  # closed and not shown again: nothing more is started in the background
        super().__init__()
        self.installEventFilter(self)  # until the first paint (eventFilter)
        self.context = context
        self.setWindowTitle(APP_NAME)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setMinimumWidth(170)
        self.navigation.setMaximumWidth(260)
        self.pages = QStackedWidget()
        self._built: set[QWidget] = set()
        for spec in registry.PAGES:
            self.pages.addWidget(PagePlaceholder(spec.title))
            self.navigation.addItem(spec.title)
        self.navigation.currentRowChanged.connect(self._show_page)
        splitter = QSplitter()
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([190, 1000])
        self.setCentralWidget(splitter)
        self.user_label = QLabel()
        self.db_label = QLabel()
        self.db_label.setContentsMargins(12, 0, 4, 0)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.db_label)
        self._build_menus()
        self._stale: set[QWidget] = set()  # built pages not read since the database was opened
        self.search_cache = None  # SearchIndexCache, made once a database is open
        self.change_listener = None  # ChangeListener, in the team database: colleagues' changes refresh pages
        context.database_changed.connect(self._database_changed)
        self._restore_state()
        if context.db is not None:
            self._database_changed()

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt's name
        if visible:
            self._closed = False
        if visible and self._maximise:
            self._maximise = False
            self.showMaximized()  # in C++: no Python enum of Qt's namespace is needed before the first paint
            return
        super().setVisible(visible)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Watches the window's own events until its next frame is drawn, then stops (no Python per event)."""
        if watched is self and event.type() == QEvent.Type.UpdateRequest:
            self.removeEventFilter(self)
            # the frame is drawn while Qt handles this event; the next turn of the loop finds it on the screen
            # Each timer names the window as its context: a window deleted before the timer fires (closed
            # right after it was first drawn) cancels it, instead of Qt emitting from a deleted object.
            if not self._painted:
                self._painted = True
                QTimer.singleShot(0, self, self.first_painted.emit)
            else:
                QTimer.singleShot(0, self, self._prepare_search)
        return False

    # -- menus ---------------------------------------------------------------------------
    def _menu_action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = menu.addAction(text)
        if shortcut is not None:  # setShortcuts: setShortcut's overloads would build Qt's namespace before the paint
            action.setShortcuts(QKeySequence.keyBindings(shortcut) if isinstance(shortcut, QKeySequence.StandardKey)
                                else [QKeySequence(shortcut)])
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Arkiv"))
        self._menu_action(file_menu, self.tr("Ny databas…"), self.new_database, "Ctrl+Shift+N")
        self._menu_action(file_menu, self.tr("Öppna databas…"), self.open_database, QKeySequence.StandardKey.Open)
        self._menu_action(file_menu, self.tr("Säkerhetskopiera…"), self.backup_database, "Ctrl+Shift+S")
        restore = self._menu_action(file_menu, self.tr("Återställ från säkerhetskopia…"), self.restore_from_backup)
        rights.needs(rights.WRITE, restore)
        self._menu_action(file_menu, self.tr("Arkivexport…"), self.export_archive)
        file_menu.addSeparator()
        self._menu_action(file_menu, self.tr("Anslut till teamdatabas…"), self.connect_to_team)
        file_menu.addSeparator()
        self._menu_action(file_menu, self.tr("Inställningar…"), self.edit_settings, "Ctrl+,")
        self.choose_user_action = self._menu_action(file_menu, self.tr("Byt användare…"), self.choose_user)
        file_menu.addSeparator()
        self._menu_action(file_menu, self.tr("Avsluta"), self.close, QKeySequence.StandardKey.Quit)
        go_menu = self.menuBar().addMenu(self.tr("&Gå till"))
        self._menu_action(go_menu, self.tr("Sök överallt…"), self.open_search, "Ctrl+K")
        go_menu.addSeparator()
        for row, spec in enumerate(registry.PAGES):  # Ctrl+1 … Ctrl+9, then Ctrl+Shift+1 …
            shortcut = registry.shortcut(row)
            self._menu_action(go_menu, spec.title, lambda _checked=False, r=row: self.navigation.setCurrentRow(r),
                              shortcut)
            text = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            self.navigation.item(row).setToolTip(f"{spec.title} ({text})")
        help_menu = self.menuBar().addMenu(self.tr("&Hjälp"))
        self._menu_action(help_menu, self.tr("Om STIC Desktop"), self.about)
        self._database_actions = file_menu.actions()[:-1] + go_menu.actions()[:1]  # all but Avsluta, and search
        self._enable_database_actions()

    def _enable_database_actions(self) -> None:
        """Until the database is open (start-up), only quitting and moving between pages."""
        for action in self._database_actions:
            if not action.isSeparator():
                action.setEnabled(self.context.db is not None)

    # -- pages ---------------------------------------------------------------------------
    def _show_page(self, row: int) -> None:
        if row >= 0:
            self.pages.setCurrentIndex(row)
            if self.context.db is None:
                return  # built and read once the database is open
            page = self._build(row)
            self._load_if_stale(page)
            page.filter_edit.setFocus() if hasattr(page, "filter_edit") else None

    def _build(self, row: int) -> QWidget:
        """The page at ``row``, built on its first visit (its module is imported then)."""
        current = self.pages.widget(row)
        if current in self._built:
            return current
        page = registry.PAGES[row].factory()(self.context)
        page.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        rights.apply(page, self.context)  # what a page offers that changes data follows the login
        if hasattr(page, "open_page"):  # the overview's "visa alla" links
            page.open_page.connect(self.open_page)
        showing = self.pages.currentIndex() == row
        self.pages.removeWidget(current)
        current.deleteLater()
        self.pages.insertWidget(row, page)
        if showing:
            self.pages.setCurrentIndex(row)
        self._built.add(page)
        self._stale.add(page)
        return page

    def _load_if_stale(self, page: QWidget) -> None:
        """Pages read their data when first shown, so start-up reads only the page the user sees."""
        if page in self._stale:
            self._stale.discard(page)
            page.reload()

    def open_page(self, page_id: str, period: str = "", filter_text: str = "") -> QWidget:
        """Shows a list page, with its period (a page's ``period_combo``: "upcoming", "all"…) and filter text
        when given: where an overview block's "visa alla" leads."""
        ids = [spec.page_id for spec in registry.PAGES]
        self.navigation.setCurrentRow(ids.index(page_id))
        page = self.page(page_id)
        combo = getattr(page, "period_combo", None)
        if period and combo is not None and combo.findData(period) >= 0:
            combo.setCurrentIndex(combo.findData(period))
        if hasattr(page, "filter_edit"):
            page.filter_edit.setText(filter_text)
        return page

    def page(self, page_id: str) -> QWidget:
        """The page, built and with its data read (it may not have been shown yet)."""
        ids = [spec.page_id for spec in registry.PAGES]
        if page_id not in ids:
            raise KeyError(page_id)
        page = self._build(ids.index(page_id))
        self._load_if_stale(page)
        return page

    # -- search everywhere ---------------------------------------------------------------
    def _prepare_search_after_paint(self) -> None:
        """The first page has its data: the index is built once they are drawn. Building it meanwhile would make
        the first layout of the page (its tables ask Python for every cell) wait for the worker, seconds at the
        large size. A window that is not drawn gets the index a second later."""
        if self._painted:
            self.installEventFilter(self)
        QTimer.singleShot(1000, self, self._prepare_search)

    def _prepare_search(self) -> None:
        """The search index is built in the background right after start-up, so Ctrl+K is instant."""
        if self.search_cache is None and self.context.db is not None and not self._closed:
            from stic_desktop.ui.workspace.search_dialog import SearchIndexCache

            self.search_cache = SearchIndexCache(self.context)
            self.search_cache.request()

    def open_search(self) -> None:
        from stic_desktop.ui.workspace.search_dialog import SearchDialog

        self._prepare_search()
        dialog = SearchDialog(self.search_cache, self)
        dialog.chosen.connect(self.open_search_hit)
        dialog.exec()

    def open_search_hit(self, hit) -> None:
        page = self.page(SEARCH_PAGES[hit.kind])
        self.navigation.setCurrentRow(self.pages.indexOf(page))
        if hit.kind in ("meeting", "agenda_item"):
            page.open_meeting(hit.open_id)
        elif hit.kind == "procurement":
            page.open_procurement(hit.open_id)
        else:
            page.open_record(hit.open_id)

    def _database_changed(self) -> None:
        db = self.context.db
        self._enable_database_actions()
        if getattr(db, "offline_since", None) is not None:
            from stic_desktop.core import dates

            label = self.tr("Offlinekopia från %1 – skrivskyddad").replace("%1", dates.date_time(db.offline_since))
        elif db.is_team:
            label = self.tr("Teamdatabas: %1").replace("%1", db.location)
        else:
            label = self.tr("Databas: %1").replace("%1", db.location)
        self.db_label.setText(label)
        self.db_label.setToolTip(db.location)
        if db.is_team and self.change_listener is None:
            from stic_desktop.ui.workspace.team_changes import ChangeListener

            self.change_listener = ChangeListener(self.context)  # follows the database from now on
        self._stale = set(self._built)
        row = max(self.navigation.currentRow(), 0)
        page = self._build(row)
        self._load_if_stale(page)
        if self.search_cache is None:  # the first database: the index is built once the first page has its data
            loaded = getattr(page, "loaded", None)
            if loaded is not None:
                loaded.connect(self._prepare_search_after_paint, QtCore.Qt.ConnectionType.SingleShotConnection)
            else:
                QTimer.singleShot(0, self, self._prepare_search)
        if db.backup_path is not None:
            self.statusBar().showMessage(
                self.tr("Databasen uppgraderades. Säkerhetskopia av den gamla: %1").replace("%1", str(db.backup_path)), 15000
            )
        self._update_user_label()
        self.apply_rights()  # a file after a team login: everything again

    def _update_user_label(self, name: str | None = None) -> None:
        """``name``: the user just chosen (no need to read it again)."""
        self.choose_user_action.setVisible(not self.context.db.is_team)
        if self.context.db.is_team:  # who you are is the login
            from stic_desktop.services.workspace import team

            login, group = team.who_am_i(self.context.db)
            writable, rules = group in team.WRITING_GROUPS, group == team.RULE_GROUP
            if (writable, rules) != (self.context.can_write, self.context.can_edit_rules):
                self.context.can_write, self.context.can_edit_rules = writable, rules
                self.context.database_changed.emit()  # pages show or hide what writes
            self.user_label.setText(self.tr("Inloggad som: %1 (%2)").replace("%1", login).replace(
                "%2", group or self.tr("ingen STIC-roll")))
            return
        if name is None and self.context.db.actor_id is not None:
            from stic_desktop.services.people import staff

            name = {m.id: m.name for m in staff.list_staff(self.context.db)}.get(self.context.db.actor_id)
        if name is None:
            name = self.tr("ingen vald")
        self.user_label.setText(self.tr("Användare: %1").replace("%1", name))

    def apply_rights(self) -> None:
        """The menus and every page built so far show what the login may use (widgets.rights)."""
        rights.apply(self.menuBar(), self.context)
        for page in self._built:
            rights.apply(page, self.context)

    # -- current user --------------------------------------------------------------------
    def _user_key(self) -> str:
        db = self.context.db
        where = db.location if db.path is None else str(Path(db.path).resolve())
        import hashlib  # after the first paint: it loads OpenSSL (~2 ms)

        digest = hashlib.sha1(where.encode()).hexdigest()[:16]
        return f"users/{digest}"

    def restore_user(self) -> bool:
        """Reuses the user chosen last time for this database, or asks. False if nobody was chosen. In the team
        database the login is the user: nobody is asked."""
        from stic_desktop.services.people import staff

        if self.context.db.is_team:
            from stic_desktop.services.workspace import team

            # the server records the login in the audit log; the person is the staff member linked to it
            self.context.db.actor_id = team.my_person_id(self.context.db)
            self._update_user_label()
            return True
        remembered = QSettings().value(self._user_key())
        if remembered is not None:
            try:
                member = staff.set_current_user(self.context.db, int(remembered))
                self._update_user_label(member.name)
                return True
            except (UserError, ValueError):
                pass
        return self.choose_user()

    def choose_user(self) -> bool:
        from stic_desktop.ui.people.user_dialog import UserDialog

        dialog = UserDialog(self.context.db, self.context.db.actor_id, self)
        if not dialog.exec() or dialog.chosen is None:
            return False
        QSettings().setValue(self._user_key(), dialog.chosen.id)
        self._update_user_label(dialog.chosen.name)
        self.statusBar().showMessage(self.tr("Du arbetar som %1.").replace("%1", dialog.chosen.name), 5000)
        return True

    # -- database files ------------------------------------------------------------------
    def _switch_to(self, path: Path) -> None:
        from stic_desktop.services.workspace import database

        try:
            db = database.open_database(path)
        except UserError as error:
            messages.show_error(self, error)
            return
        self.context.replace_database(db)
        QSettings().setValue("database/last", str(path))
        QSettings().setValue("database/last_kind", "file")
        self.restore_user()

    def connect_to_team(self) -> None:
        from stic_desktop.ui.workspace.team_connection import TeamConnectionDialog

        dialog = TeamConnectionDialog(self)
        if dialog.exec() and dialog.database is not None:
            self.context.replace_database(dialog.database)
            QSettings().setValue("database/last_kind", "team")
            self.restore_user()

    def new_database(self) -> None:
        from stic_desktop.ui.widgets import pickers

        path = pickers.save_file_name(self, self.tr("Ny databas"), "stic.sqlite3", self.tr("STIC-databas (*.sqlite3)"),
                                      "database")
        if path is not None:
            if Path(path).exists():
                messages.show_error(self, UserError(self.tr("Filen %1 finns redan. Välj ”Öppna databas” för att öppna den.").replace("%1", path)))
                return
            self._switch_to(Path(path))

    def open_database(self) -> None:
        from stic_desktop.ui.widgets import pickers

        path = pickers.open_file_name(self, self.tr("Öppna databas"), self.tr("STIC-databas (*.sqlite3);;Alla filer (*)"),
                                      "database", self._database_folder())
        if path is not None:
            self._switch_to(path)

    def _database_folder(self) -> Path | None:
        return Path(self.context.db.path).parent if self.context.db.path is not None else None

    def backup_database(self) -> None:
        from stic_desktop.services.workspace import database
        from stic_desktop.ui.widgets import pickers

        if self.context.db.is_team:  # a SQLite copy of the team database (the rows this login may read)
            source = self.context.db.url
            suggested = database.default_path().with_name("teamdatabas-kopia.sqlite3")
        else:
            source = Path(self.context.db.path)
            suggested = database.backup_name(source)
        path = pickers.save_file_name(self, self.tr("Säkerhetskopiera"), suggested.name, "", "backup", suggested.parent)
        if path is not None:
            run_job(self, self.tr("Säkerhetskopierar…"), database.backup_database, source, path,
                    on_success=lambda target: self.statusBar().showMessage(self.tr("Säkerhetskopia sparad: %1").replace("%1", str(target)), 10000))

    def export_archive(self):
        """Every archived document as PDF/A with metadata, a folder per year, for an e-archive."""
        from stic_desktop.ui.workspace.archive_export_action import start_archive_export

        return start_archive_export(self, self.context)

    def restore_from_backup(self) -> None:
        if self.context.db.is_team:
            messages.show_error(self, UserError(self.tr(
                "En teamdatabas återställs av IT på servern (pg_restore), inte härifrån. Inget ändrades.")))
            return
        from stic_desktop.ui.workspace.backup_settings_dialog import backup_folder
        from stic_desktop.ui.workspace.restore_dialog import RestoreDialog

        dialog = RestoreDialog(Path(self.context.db.path), backup_folder(), self)
        if dialog.exec() and dialog.chosen is not None:
            self.restore_from(dialog.chosen)

    def restore_from(self, source: Path):
        """Checks ``source``, keeps a copy of the current database, restores into the same file, reopens."""
        from stic_desktop.services.workspace import backups

        target = Path(self.context.db.path)
        self.context.db.close()  # idle connections go; if the restore is refused they reconnect as before
        return run_job(self, self.tr("Återställer från säkerhetskopia…"), backups.restore_database, source, target,
                       on_success=self._restored)

    def _restored(self, result) -> None:
        self.context.replace_database(result.database)
        self.restore_user()
        text = self.tr("Databasen återställdes från %1.").replace("%1", str(result.source))
        if result.safety_copy is not None:
            text += " " + self.tr("Databasen som den var före återställningen sparades som %1.").replace("%1", str(result.safety_copy))
        if result.migration_backup is not None:
            text += " " + self.tr("Säkerhetskopian var från en äldre version och uppgraderades.")
        self.statusBar().showMessage(text, 30000)

    def edit_settings(self) -> None:
        from stic_desktop.ui.workspace.settings_dialog import SettingsDialog  # built only when asked for

        SettingsDialog(self.context, self).exec()

    def backup_on_exit(self) -> Path | None:
        """The automatic backup, keeping the newest N, made only when the database changed since the last one.

        Called once the window is gone (app.py), so nobody waits for it; a failure is told but never stops
        the program closing."""
        if self.context.db is None:
            return None
        if getattr(self.context.db, "offline_since", None) is not None:  # the offline copy itself: read-only
            return None
        if self.context.db.is_team:  # the server is backed up by IT (pg_dump); this is the offline copy, in a worker
            from stic_desktop.ui.workspace.offline_copy import write_after_close

            return write_after_close(self)
        from stic_desktop.services.workspace import backups
        from stic_desktop.ui.workspace.backup_settings_dialog import backup_folder, backup_keep

        QGuiApplication.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)
        try:
            result = backups.automatic_backup_if_changed(Path(self.context.db.path), backup_folder(), backup_keep())
        except Exception as error:  # noqa: BLE001 (a user error is told plainly, a bug with details)
            QGuiApplication.restoreOverrideCursor()
            messages.show_error(self, error)
            return None
        QGuiApplication.restoreOverrideCursor()
        return result.path if result is not None else None

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # imported when shown (messages.py says why)

        QMessageBox.about(
            self,
            self.tr("Om STIC Desktop"),
            self.tr("<h3>STIC Desktop %1</h3><p>Stockholms Inköpscentrals program för medlemskommuner, grupper, "
                    "möten, upphandlingar och ramavtal.</p><p>Databas: %2</p>").replace("%1", __version__).replace("%2", self.context.db.location),
        )

    # -- window state --------------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)  # the last size, or maximised if it was
            if not self.isMaximized():
                resize_to_fit(self, self.size())  # saved on a larger screen
        else:
            resize_to_fit(self, QSize(1180, 740))  # when un-maximised
            self._maximise = True  # the first start uses the whole screen (setVisible)
        last = settings.value("window/page", "")
        ids = [spec.page_id for spec in registry.PAGES]
        self.navigation.setCurrentRow(ids.index(last) if last in ids else 0)  # built once the database is open

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        row = self.navigation.currentRow()
        settings.setValue("window/page", registry.PAGES[row].page_id if row >= 0 else "")
        if self.change_listener is not None:
            self.change_listener.stop()
        self._closed = True
        super().closeEvent(event)
