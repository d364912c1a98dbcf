"""The shared list page: filter box, sortable table, toolbar, empty state and Excel export.

A concrete page subclasses ``ListPage`` and supplies its columns and a few hooks; everything a
user expects from a list (Enter to edit, Delete with confirmation, Ctrl+F, Ctrl+E, F5, history)
is written once here.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from stic_desktop.core import collector
from stic_desktop.errors import UserError
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.widgets import messages, pickers, rights
from stic_desktop.ui.widgets.column_sizer import ColumnSizer
from stic_desktop.ui.widgets.history_dialog import HistoryDialog
from stic_desktop.ui.widgets.jobs import run_job
from stic_desktop.ui.widgets.row_menu import add_row_actions
from stic_desktop.ui.widgets.table_model import Column, RecordTableModel
from stic_desktop.ui.widgets.tables import make_table_view, on_open


class ListPage(QWidget):
    """Subclasses set the class attributes and override ``load``, ``edit``, ``delete``."""

    page_id = ""
    title = ""
    title_column: int | None = None  # takes the free width; None: the widest column
    entity = ""  # audit entity name, for the history dialog
    field_labels: dict[str, str] = {}
    empty_text = ""
    count_text = QT_TRANSLATE_NOOP("ListPage", "{visible} av {total}")  # subclasses set their own, translated
    status_message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = RecordTableModel(self.columns(), self, muted=self.muted)
        self._build()
        context.database_changed.connect(self.reload)
        context.database_changed.connect(self.apply_rights)
        self.apply_rights()
        context.data_changed.connect(self._on_data_changed)

    # -- hooks ---------------------------------------------------------------------------
    def columns(self) -> Sequence[Column]:
        raise NotImplementedError

    def load(self) -> Sequence[Any]:
        raise NotImplementedError

    def edit(self, record: Any | None) -> int | None:
        """Open the editor (None: a new record); returns the id of the record saved, if any."""
        raise NotImplementedError

    def delete(self, record: Any) -> None:
        raise NotImplementedError

    def describe(self, record: Any) -> str:
        return str(record)

    def muted(self, record: Any) -> bool:
        """True draws the row grey (an inactive person, a municipality that left); a column says it in words."""
        return False

    def record_by_id(self, record_id: int) -> Any | None:
        """The record with this id, read afresh even when the page's own filter (status, inactive) hides it.

        The default looks among the rows loaded; pages with a filter that reads less than everything override it.
        """
        return self.model.find_record(lambda r: getattr(r, "id", None) == record_id)

    def import_actions(self) -> list[QAction]:
        return []

    def row_actions(self) -> list[QAction | None]:
        """The row menu after "Öppna"; pages add theirs, then come Ta bort, copy and the Excel export."""
        return [self.history_action]

    def export_actions(self) -> list[QAction]:
        """Documents beside the Excel export (PDFs and the like)."""
        return []

    def apply_rights(self) -> None:
        """A login that may only read sees no new, delete or import, nor the page's own actions that change
        something (marked with ``rights.needs``): the database would refuse them."""
        rights.apply(self, self.context)
        # a reader's form opens read-only: "Redigera" says "Öppna" (pages whose rows open a record window say
        # so already)
        if self.edit_action.text() == self.tr("Redigera") or getattr(self, "_edit_says_open", False):
            self._edit_says_open = not rights.allows(self.context)
            self.edit_action.setText(self.tr("Öppna") if self._edit_says_open else self.tr("Redigera"))

    # -- building ------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            tip = f"{tip or text} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        action.setToolTip(tip or text)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _add_menu_button(self, text: str, actions: list[QAction]) -> QToolButton:
        menu = QMenu(self)
        menu.addActions(actions)
        button = QToolButton()
        button.setText(text)
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # a widget in a toolbar is shown and hidden through its action (rights.needs marks both)
        button.toolbar_action = self.toolbar.addWidget(button)
        return button

    @staticmethod
    def needs(need: str, *items: QAction | QToolButton) -> None:
        """Marks actions and menu buttons (with their menu, their entries and their place in the toolbar) that
        change something: ``rights.apply`` hides them from a login that may not."""
        for item in items:
            rights.needs(need, item)
            if isinstance(item, QToolButton):
                menu = item.menu()
                rights.needs(need, item.toolbar_action, menu, menu.menuAction(), *menu.actions())

    def _build(self) -> None:
        heading = QLabel(self.title)
        heading.setObjectName("pageTitle")
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filtrera… (Ctrl+F)"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filtrera %1").replace("%1", self.title.lower()))
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        self.new_action = self._action(self.tr("Ny"), lambda: self._edit(None), QKeySequence.StandardKey.New)
        self.edit_action = self._action(self.tr("Redigera"), self.edit_selected, "Ctrl+Return")
        self.delete_action = self._action(self.tr("Ta bort"), self.delete_selected, QKeySequence.StandardKey.Delete)
        self.history_action = self._action(self.tr("Historik"), self.show_history, "Ctrl+H")
        self.export_action = self._action(self.tr("Excel (det som visas)…"), self.export_excel, "Ctrl+E")
        self._action(self.tr("Uppdatera"), self.reload, QKeySequence.StandardKey.Refresh)
        self._action(self.tr("Filtrera"), self._focus_filter, QKeySequence.StandardKey.Find)

        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_action, self.edit_action, self.delete_action, self.history_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        imports = self.import_actions()
        self.import_button = self._add_menu_button(self.tr("Importera"), imports) if imports else None
        self.needs(rights.WRITE, self.new_action, self.delete_action, *([self.import_button] if imports else []))
        self._add_menu_button(self.tr("Exportera"), [self.export_action, *self.export_actions()])

        # interactive: measuring every row of a long list to fit the columns is too slow
        self.table = make_table_view(self.model, selection="extended", sortable=True, interactive=True, row_height=26)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.sizer = ColumnSizer(self.table, self.model, self.title_column)
        on_open(self.table, lambda _index: self.edit_selected())  # double-click or Enter, once
        add_row_actions(self.table, *self.row_actions(), export=self.export_action, last=(self.delete_action,))
        self.table.selectionModel().selectionChanged.connect(self._update_actions)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.count_label)
        top.addWidget(self.filter_edit, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.stack, 1)
        self._update_actions()

    # -- behaviour -----------------------------------------------------------------------
    def reload(self) -> None:
        """Reads the rows again (a colleague's change, an import) and keeps what the user had: the selected rows
        and the row at the top of the view (found again by id, so rows added above do not shift it)."""
        selected = self.selected_records()
        top_row = self.table.rowAt(0)
        top = self.model.record(top_row) if 0 <= top_row < self.model.rowCount() else None
        left = self.table.horizontalScrollBar().value()
        # Reading tens of thousands of rows allocates hundreds of thousands of objects, none of them cyclic
        # garbage; the cycle collector would run dozens of times over the whole heap meanwhile (40 % of the
        # time at the huge demo size). It runs once, as usual, after the list is built.
        failure = None
        with collector.paused():
            try:
                rows = self.load()
            except UserError as error:
                failure, rows = error, []
            self.sizer.remeasure()  # the rows read afresh may be shorter as well as longer
            self.model.set_rows(rows)  # the sizer fits the columns to them
        if failure is not None:
            messages.show_error(self, failure)
        self._reselect(selected)
        self._scroll_back(getattr(top, "id", None), left)
        self._refresh_state()

    def _scroll_back(self, top_id: int | None, left: int) -> None:
        if top_id is not None:
            row = self.model.row_of(lambda r: getattr(r, "id", None) == top_id)
            if row is not None:
                self.table.doItemsLayout()  # the scroll range of the new rows, before scrolling in it
                self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        bar = self.table.horizontalScrollBar()
        if bar.value() != left:
            bar.setValue(left)

    def _on_data_changed(self, entity: str) -> None:
        if entity == self.entity:
            self.reload()

    def _apply_filter(self, text: str) -> None:
        self.model.set_filter(text)
        self._refresh_state()

    def _focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def showEvent(self, event) -> None:
        """Every toolbar button can be reached with Tab (Qt's toolbar buttons take no focus by default)."""
        for button in self.toolbar.findChildren(QToolButton):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            if not button.text() and not button.accessibleName():
                button.setAccessibleName(self.tr("Fler åtgärder"))
        super().showEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.filter_edit.text():
            self.filter_edit.clear()
            return
        super().keyPressEvent(event)

    def _refresh_state(self) -> None:
        total, visible = self.model.total_count, self.model.visible_count
        self.count_label.setText(QCoreApplication.translate("ListPage", self.count_text).format(visible=visible, total=total))
        if total == 0:
            self.empty_label.setText(self.empty_text)
            self.stack.setCurrentWidget(self.empty_label)
        elif visible == 0:
            self.empty_label.setText(self.tr("Inget matchar filtret ”%1”.").replace("%1", self.filter_edit.text()))
            self.stack.setCurrentWidget(self.empty_label)
        else:
            self.stack.setCurrentWidget(self.table)
        self.export_action.setEnabled(visible > 0)
        self._update_actions()

    def _update_actions(self, *_args) -> None:
        count = len(self.selected_records())
        self.edit_action.setEnabled(count == 1)
        self.history_action.setEnabled(count == 1 and bool(self.entity))
        self.delete_action.setEnabled(count == 1)

    def selected_records(self) -> list[Any]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.record(row) for row in rows if row < self.model.rowCount()]

    def select_record(self, record_id: int) -> None:
        row = self.model.row_of(lambda r: getattr(r, "id", None) == record_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def open_record(self, record_id: int) -> None:
        """Opens the record with this id, as Enter would, whatever the page shows.

        A record the text filter hides is shown by clearing it; one the page's own filter hides (status,
        inactive) opens all the same, without changing the user's choice. Never the row that was selected.
        """
        is_it = lambda r: getattr(r, "id", None) == record_id  # noqa: E731
        if self.model.row_of(is_it) is None and self.model.find_record(is_it) is not None:
            self.filter_edit.clear()
        self.table.clearSelection()
        self.select_record(record_id)
        try:
            record = self.record_by_id(record_id)
        except UserError as error:
            messages.show_error(self, error)
            return
        if record is not None:
            self._edit(record)

    def _reselect(self, records: list[Any]) -> None:
        """Selects the same records again (all of them, by id), the current one first."""
        for record in records[:1]:
            self.select_record(record.id)
        selection = self.table.selectionModel()
        for record in records[1:]:
            row = self.model.row_of(lambda r, wanted=record.id: getattr(r, "id", None) == wanted)
            if row is not None:
                selection.select(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)

    def _edit(self, record: Any | None) -> None:
        saved_id = self.edit(record)
        if saved_id is not None:
            self.context.data_changed.emit(self.entity)  # reloads every page showing this entity
            self.select_record(saved_id)

    def edit_selected(self) -> None:
        records = self.selected_records()
        if len(records) == 1:
            self._edit(records[0])

    def delete_selected(self) -> None:
        records = self.selected_records()
        if len(records) != 1:
            return
        record = records[0]
        question = self.tr("Vill du ta bort %1? Det går inte att ångra.").replace("%1", self.describe(record))
        if not messages.confirm(self, self.tr("Ta bort"), question, self.tr("Ta bort")):
            return
        try:
            self.delete(record)
        except UserError as error:
            messages.show_error(self, error)
            return
        self.status_message.emit(self.tr("%1 togs bort.").replace("%1", self.describe(record)))
        self.context.data_changed.emit(self.entity)

    def show_history(self) -> None:
        records = self.selected_records()
        if len(records) == 1 and self.entity:
            HistoryDialog(self.context, self.entity, records[0].id, self.describe(records[0]), self.field_labels, self).exec()

    def export_excel(self) -> None:
        path = pickers.save_file_name(self, self.tr("Exportera till Excel"), f"{self.title}.xlsx", self.tr("Excel-fil (*.xlsx)"))
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Writes exactly what the list shows (filter and sort order) in a worker."""
        from stic_desktop.documents.xlsx import write_table

        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        headers, rows = self.model.visible_table()
        def done(result) -> None:
            self.status_message.emit(self.tr("Exporterade %1 rader till %2.").replace("%1", str(len(rows)))
                                     .replace("%2", str(result)))

        run_job(self, self.tr("Exporterar till Excel…"), write_table, path, self.title, headers, rows, on_success=done)
