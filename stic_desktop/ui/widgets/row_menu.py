"""The context menu every list and table shares: open, the view's own row actions (edit, delete…), copy and
export, built once here and installed by ``make_table_view`` (or ``install_row_menu`` for other views).

A view's menu is read when the user asks for it (right-click or the menu key), so entries follow the enabled
state of the buttons and actions they stand for.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QEvent, QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QGroupBox,
    QMenu,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from stic_desktop.ui.widgets import rights

# An entry: a QAction, submenu or button the view already has, (text, slot), or None for a separator.
Entry = QAction | QMenu | QAbstractButton | tuple[str, Callable[[], object]] | None


class RowMenu(QObject):
    """Lives as a child of its view; ``open_slot`` is what a double-click, Enter and "Öppna" call."""

    def __init__(self, view: QAbstractItemView, *, copy: bool = True, export: bool = True) -> None:
        super().__init__(view)
        self.setObjectName("rowMenu")
        self.view = view
        self.open_slot: Callable[[QModelIndex], None] | None = None
        self.open_text = ""
        self.entries: list[Entry] = []
        self.last: list[Entry] = []  # after everything the page adds (delete)
        self.copy = copy
        self.export: Entry | bool = export
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._show)
        view.installEventFilter(self)  # names the view for screen readers when it is first shown
        if copy:  # Ctrl+C copies the selected rows, as the menu says
            shortcut = QAction(view)
            shortcut.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
            shortcut.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.triggered.connect(lambda _checked=False: self.copy_rows())
            view.addAction(shortcut)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.view and event.type() == QEvent.Type.Show and not self.view.accessibleName():
            self.view.setAccessibleName(context_name(self.view))
        return False

    # -- building ------------------------------------------------------------------------
    def build(self) -> QMenu:
        """The menu as it would show now (the tests read it)."""
        menu = QMenu(self.view)
        current = self.view.currentIndex()
        if self.open_slot is not None:
            action = menu.addAction(self.open_text or self.tr("Öppna"))
            action.setEnabled(current.isValid())
            action.triggered.connect(lambda _checked=False: self.open_current())
            font = action.font()
            font.setBold(True)
            action.setFont(font)
        if self.entries or self.last:
            if not menu.isEmpty():
                menu.addSeparator()
            for entry in [*self.entries, *([None] if self.entries and self.last else []), *self.last]:
                self._add_entry(menu, entry)
        tail: list[QAction] = []
        if self.copy:
            copy = QAction(self.tr("Kopiera"), menu)
            copy.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
            copy.setEnabled(bool(self.selected_rows()))
            copy.triggered.connect(lambda _checked=False: self.copy_rows())
            tail.append(copy)
        if self.export is True:
            export = QAction(self.tr("Exportera till Excel…"), menu)
            export.setEnabled(self._model() is not None and self._model().rowCount() > 0)
            export.triggered.connect(lambda _checked=False: self.export_excel())
            tail.append(export)
        if tail:
            if not menu.isEmpty():
                menu.addSeparator()
            menu.addActions(tail)
        if self.export not in (True, False):
            self._add_entry(menu, self.export)  # the page's own export
        return menu

    def _add_entry(self, menu: QMenu, entry: Entry) -> None:
        if entry is None:
            menu.addSeparator()
        elif isinstance(entry, QAction):
            if entry.isVisible():
                menu.addAction(entry)
        elif isinstance(entry, QMenu):
            if not rights.hidden(entry):
                menu.addMenu(entry)
        elif isinstance(entry, QAbstractButton):
            if rights.hidden(entry):  # the login may not use it (its window may not be shown yet)
                return
            if entry.isVisibleTo(entry.window()) or not entry.window().isVisible():
                action = menu.addAction(entry.text().replace("&", ""))
                action.setEnabled(entry.isEnabled())
                action.triggered.connect(lambda _checked=False, b=entry: b.click())
        else:
            text, slot = entry
            action = menu.addAction(text)
            action.triggered.connect(lambda _checked=False, s=slot: s())

    def _show(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        if index.isValid() and not self.view.selectionModel().isSelected(index):
            self.view.setCurrentIndex(index)  # right-click acts on the row under the mouse
        menu = self.build()
        if not menu.isEmpty():
            menu.exec(self.view.viewport().mapToGlobal(position))
        menu.deleteLater()

    # -- behaviour -----------------------------------------------------------------------
    def open_current(self) -> None:
        index = self.view.currentIndex()
        if self.open_slot is not None and index.isValid():
            self.open_slot(index)

    def _model(self) -> QAbstractItemModel | None:
        return self.view.model()

    def selected_rows(self) -> list[int]:
        selection = self.view.selectionModel()
        if selection is None:
            return []
        rows = sorted({index.row() for index in selection.selectedIndexes() if not index.parent().isValid()})
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        return rows

    def _columns(self) -> list[int]:
        model = self._model()
        header = getattr(self.view, "horizontalHeader", None) or getattr(self.view, "header", None)
        columns = range(model.columnCount()) if model is not None else range(0)
        if header is None:
            return list(columns)
        visible = [c for c in columns if not header().isSectionHidden(c)]
        return sorted(visible, key=header().visualIndex)

    def table(self, rows: list[int] | None = None) -> tuple[list[str], list[list[str]]]:
        """Headings and cell texts of ``rows`` (all rows when None), as the view shows them."""
        model = self._model()
        if model is None:
            return [], []
        columns = self._columns()
        headers = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
        rows = range(model.rowCount()) if rows is None else rows
        texts = [[str(model.index(r, c).data(Qt.ItemDataRole.DisplayRole) or "") for c in columns] for r in rows]
        return headers, texts

    def copy_rows(self) -> str:
        """Copies the selected rows as tab-separated text (Excel pastes it in columns), headings first."""
        headers, rows = self.table(self.selected_rows())
        lines = ([headers] if len(headers) > 1 else []) + rows
        text = "\n".join("\t".join(cell.replace("\t", " ").replace("\n", " ") for cell in line) for line in lines)
        QGuiApplication.clipboard().setText(text)
        return text

    def export_excel(self) -> None:
        from stic_desktop.ui.widgets import pickers

        window = self.view.window()
        title = (window.windowTitle() or self.tr("Lista")).split(" – ")[0]
        path = pickers.save_file_name(self.view, self.tr("Exportera till Excel"), f"{title}.xlsx",
                                      self.tr("Excel-fil (*.xlsx)"))
        if path is not None:
            self.export_to(path, title)

    def export_to(self, path: Path, title: str = "") -> None:
        from stic_desktop.documents.xlsx import write_table
        from stic_desktop.ui.widgets.jobs import run_job

        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        headers, rows = self.table()
        run_job(self.view, self.tr("Exporterar till Excel…"), write_table, path, title or self.tr("Lista"), headers, rows)


def context_name(view: QWidget) -> str:
    """What a screen reader calls a list: its group box's title, its tab's text, or its page's or window's title."""
    child, parent = view, view.parentWidget()
    while parent is not None:
        if isinstance(parent, QGroupBox) and parent.title():
            return parent.title().replace("&", "")
        if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
            tabs = parent.parentWidget()
            index = tabs.indexOf(child)
            if index >= 0:
                return tabs.tabText(index).replace("&&", "&")
        title = getattr(parent, "title", None)
        if isinstance(title, str) and title:
            return title
        if parent.isWindow() and parent.windowTitle():
            return parent.windowTitle()
        child, parent = parent, parent.parentWidget()
    return QCoreApplication.translate("RowMenu", "Lista")


def row_menu(view: QAbstractItemView) -> RowMenu | None:
    """The view's menu, if it has one."""
    for child in view.children():
        if isinstance(child, RowMenu):
            return child
    return None


def install_row_menu(view: QAbstractItemView, *, copy: bool = True, export: bool = True) -> RowMenu:
    """Gives ``view`` the shared menu (once; a second call returns the first)."""
    return row_menu(view) or RowMenu(view, copy=copy, export=export)


def add_row_actions(view: QAbstractItemView, *entries: Entry, export: Entry | bool | None = None,
                    open_text: str = "", last: tuple[Entry, ...] = ()) -> RowMenu:
    """Adds the view's own row actions (edit, delete, history…) to its menu, after "Öppna".

    ``export`` replaces the plain Excel export with the page's own (a QAction), or False for none.
    """
    menu = install_row_menu(view)
    menu.entries.extend(entries)
    menu.last.extend(last)
    if export is not None:
        menu.export = export
    if open_text:
        menu.open_text = open_text
    return menu


def set_open_slot(view: QAbstractItemView, slot: Callable[[QModelIndex], None]) -> RowMenu:
    menu = install_row_menu(view)
    menu.open_slot = slot
    return menu


def views_in(widget: QWidget) -> list[QAbstractItemView]:
    """Every item view under ``widget`` (the tests walk them)."""
    return widget.findChildren(QAbstractItemView)
