"""The main window: navigation on the left, one page per area, menus and a status bar."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from stic_desktop import APP_NAME, __version__
from stic_desktop.errors import UserError
from stic_desktop.services.people import staff
from stic_desktop.services.workspace import backups, database

# imported to register their overview blocks
from stic_desktop.ui.agreements import blocks as agreement_blocks  # noqa: F401
from stic_desktop.ui.agreements.page import AgreementsPage
from stic_desktop.ui.agreements.suppliers_page import SuppliersPage
from stic_desktop.ui.commission import sales_blocks  # noqa: F401
from stic_desktop.ui.commission.page import CommissionPage
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.meetings.calendar_page import CalendarPage
from stic_desktop.ui.meetings.page import MeetingsPage
from stic_desktop.ui.municipalities.page import MunicipalitiesPage
from stic_desktop.ui.people.groups_page import GroupsPage
from stic_desktop.ui.people.people_page import PeoplePage
from stic_desktop.ui.people.staffing_page import StaffingPage
from stic_desktop.ui.people.user_dialog import UserDialog
from stic_desktop.ui.procurement import blocks as procurement_blocks  # noqa: F401
from stic_desktop.ui.procurement.page import ProcurementsPage
from stic_desktop.ui.proposals.proposals_page import ProposalsPage
from stic_desktop.ui.proposals.workshops_page import WorkshopsPage
from stic_desktop.ui.widgets import messages, pickers
from stic_desktop.ui.widgets.jobs import run_job
from stic_desktop.ui.widgets.screen import resize_to_fit
from stic_desktop.ui.workspace.backup_settings_dialog import backup_folder, backup_keep
from stic_desktop.ui.workspace.overview_page import OverviewPage
from stic_desktop.ui.workspace.restore_dialog import RestoreDialog
from stic_desktop.ui.workspace.search_dialog import SearchDialog, SearchIndexCache

# The areas that are built, in navigation order; later issues add theirs here.
PAGES: list[Callable[[AppContext], QWidget]] = [
    OverviewPage, MeetingsPage, CalendarPage, ProposalsPage, ProcurementsPage, AgreementsPage, SuppliersPage,
    CommissionPage, WorkshopsPage, MunicipalitiesPage, PeoplePage, GroupsPage, StaffingPage,
]
# Search hits open on these pages (an agenda item opens its meeting).
SEARCH_PAGES = {"municipality": "municipalities", "person": "people", "group": "groups", "meeting": "meetings",
                "agenda_item": "meetings", "workshop": "workshops", "proposal": "proposals",
                "procurement": "procurements", "supplier": "suppliers", "agreement": "agreements"}


def page_shortcut(row: int) -> str:
    """Every page has a key: Ctrl+1 … Ctrl+9 for the first nine, Ctrl+Shift+1 … for the rest."""
    return f"Ctrl+{row + 1}" if row < 9 else f"Ctrl+Shift+{row - 8}"


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle(APP_NAME)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setMinimumWidth(170)
        self.navigation.setMaximumWidth(260)
        self.pages = QStackedWidget()
        for factory in PAGES:
            page = factory(context)
            page.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            self.pages.addWidget(page)
            self.navigation.addItem(page.title)
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
        self._stale: set[QWidget] = set()  # pages not read since the database was opened
        context.database_changed.connect(self._database_changed)
        self._restore_state()
        self._database_changed()

    # -- menus ---------------------------------------------------------------------------
    def _menu_action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = menu.addAction(text)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Arkiv"))
        self._menu_action(file_menu, self.tr("Ny databas…"), self.new_database, "Ctrl+Shift+N")
        self._menu_action(file_menu, self.tr("Öppna databas…"), self.open_database, QKeySequence.StandardKey.Open)
        self._menu_action(file_menu, self.tr("Säkerhetskopiera…"), self.backup_database, "Ctrl+Shift+S")
        self._menu_action(file_menu, self.tr("Återställ från säkerhetskopia…"), self.restore_from_backup)
        file_menu.addSeparator()
        self._menu_action(file_menu, self.tr("Inställningar…"), self.edit_settings, "Ctrl+,")
        self._menu_action(file_menu, self.tr("Byt användare…"), self.choose_user)
        file_menu.addSeparator()
        self._menu_action(file_menu, self.tr("Avsluta"), self.close, QKeySequence.StandardKey.Quit)
        go_menu = self.menuBar().addMenu(self.tr("&Gå till"))
        self._menu_action(go_menu, self.tr("Sök överallt…"), self.open_search, "Ctrl+K")
        go_menu.addSeparator()
        for row in range(self.navigation.count()):
            shortcut = page_shortcut(row)
            self._menu_action(go_menu, self.navigation.item(row).text(),
                              lambda _checked=False, r=row: self.navigation.setCurrentRow(r), shortcut)
            text = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            self.navigation.item(row).setToolTip(f"{self.navigation.item(row).text()} ({text})")
        help_menu = self.menuBar().addMenu(self.tr("&Hjälp"))
        self._menu_action(help_menu, self.tr("Om STIC Desktop"), self.about)

    # -- pages ---------------------------------------------------------------------------
    def _show_page(self, row: int) -> None:
        if row >= 0:
            self.pages.setCurrentIndex(row)
            page = self.pages.currentWidget()
            self._load_if_stale(page)
            page.filter_edit.setFocus() if hasattr(page, "filter_edit") else None

    def _load_if_stale(self, page: QWidget) -> None:
        """Pages read their data when first shown, so start-up reads only the page the user sees."""
        if page in self._stale:
            self._stale.discard(page)
            page.reload()

    def page(self, page_id: str) -> QWidget:
        """The page, with its data read (it may not have been shown yet)."""
        for index in range(self.pages.count()):
            page = self.pages.widget(index)
            if getattr(page, "page_id", None) == page_id:
                self._load_if_stale(page)
                return page
        raise KeyError(page_id)

    # -- search everywhere ---------------------------------------------------------------
    def open_search(self) -> None:
        if not hasattr(self, "search_cache"):
            self.search_cache = SearchIndexCache(self.context)
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
        self.db_label.setText(self.tr("Databas: %1").replace("%1", str(db.path)))
        self.db_label.setToolTip(str(db.path))
        self._stale = {self.pages.widget(index) for index in range(self.pages.count())}
        self._load_if_stale(self.pages.currentWidget())
        if db.backup_path is not None:
            self.statusBar().showMessage(
                self.tr("Databasen uppgraderades. Säkerhetskopia av den gamla: %1").replace("%1", str(db.backup_path)), 15000
            )
        self._update_user_label()

    def _update_user_label(self) -> None:
        names = {m.id: m.name for m in staff.list_staff(self.context.db)}
        name = names.get(self.context.db.actor_id, self.tr("ingen vald"))
        self.user_label.setText(self.tr("Användare: %1").replace("%1", name))

    # -- current user --------------------------------------------------------------------
    def _user_key(self) -> str:
        digest = hashlib.sha1(str(Path(self.context.db.path).resolve()).encode()).hexdigest()[:16]
        return f"users/{digest}"

    def restore_user(self) -> bool:
        """Reuses the user chosen last time for this database, or asks. False if nobody was chosen."""
        remembered = QSettings().value(self._user_key())
        if remembered is not None:
            try:
                staff.set_current_user(self.context.db, int(remembered))
                self._update_user_label()
                return True
            except (UserError, ValueError):
                pass
        return self.choose_user()

    def choose_user(self) -> bool:
        dialog = UserDialog(self.context.db, self.context.db.actor_id, self)
        if not dialog.exec() or dialog.chosen is None:
            return False
        QSettings().setValue(self._user_key(), dialog.chosen.id)
        self._update_user_label()
        self.statusBar().showMessage(self.tr("Du arbetar som %1.").replace("%1", dialog.chosen.name), 5000)
        return True

    # -- database files ------------------------------------------------------------------
    def _switch_to(self, path: Path) -> None:
        try:
            db = database.open_database(path)
        except UserError as error:
            messages.show_error(self, error)
            return
        self.context.replace_database(db)
        QSettings().setValue("database/last", str(path))
        self.restore_user()

    def new_database(self) -> None:
        path = pickers.save_file_name(self, self.tr("Ny databas"), "stic.sqlite3", self.tr("STIC-databas (*.sqlite3)"),
                                      "database")
        if path is not None:
            if Path(path).exists():
                messages.show_error(self, UserError(self.tr("Filen %1 finns redan. Välj ”Öppna databas” för att öppna den.").replace("%1", path)))
                return
            self._switch_to(Path(path))

    def open_database(self) -> None:
        path = pickers.open_file_name(self, self.tr("Öppna databas"), self.tr("STIC-databas (*.sqlite3);;Alla filer (*)"),
                                      "database", Path(self.context.db.path).parent)
        if path is not None:
            self._switch_to(path)

    def backup_database(self) -> None:
        source = Path(self.context.db.path)
        suggested = database.backup_name(source)
        path = pickers.save_file_name(self, self.tr("Säkerhetskopiera"), suggested.name, "", "backup", suggested.parent)
        if path is not None:
            run_job(self, self.tr("Säkerhetskopierar…"), database.backup_database, source, path,
                    on_success=lambda target: self.statusBar().showMessage(self.tr("Säkerhetskopia sparad: %1").replace("%1", str(target)), 10000))

    def restore_from_backup(self) -> None:
        dialog = RestoreDialog(Path(self.context.db.path), backup_folder(), self)
        if dialog.exec() and dialog.chosen is not None:
            self.restore_from(dialog.chosen)

    def restore_from(self, source: Path):
        """Checks ``source``, keeps a copy of the current database, restores into the same file, reopens."""
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
        """The automatic backup, keeping the newest N; a failure is told but never stops the program closing."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = backups.automatic_backup(Path(self.context.db.path), backup_folder(), backup_keep())
        except Exception as error:  # noqa: BLE001 (a user error is told plainly, a bug with details)
            QGuiApplication.restoreOverrideCursor()
            messages.show_error(self, error)
            return None
        QGuiApplication.restoreOverrideCursor()
        return result.path if result is not None else None

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Om STIC Desktop"),
            self.tr("<h3>STIC Desktop %1</h3><p>Stockholms Inköpscentrals program för medlemskommuner, grupper, "
                    "möten, upphandlingar och ramavtal.</p><p>Databas: %2</p>").replace("%1", __version__).replace("%2", str(self.context.db.path)),
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
            self.setWindowState(Qt.WindowState.WindowMaximized)  # the first start uses the whole screen
        last = settings.value("window/page", "")
        ids = [getattr(self.pages.widget(i), "page_id", "") for i in range(self.pages.count())]
        self.navigation.setCurrentRow(ids.index(last) if last in ids else 0)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/page", getattr(self.pages.currentWidget(), "page_id", ""))
        self.backup_on_exit()
        super().closeEvent(event)
