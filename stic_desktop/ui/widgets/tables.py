"""The one set-up every record table shares: whole rows selected, read-only, alternating rows, no row numbers,
left-aligned headings, columns that fit their contents (or keep the widths given) and a title column that takes
the rest of the width."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Literal

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from stic_desktop.ui.widgets.row_menu import install_row_menu, set_open_slot

Selection = Literal["single", "extended"]
SELECTION_MODES = {
    "single": QAbstractItemView.SelectionMode.SingleSelection,
    "extended": QAbstractItemView.SelectionMode.ExtendedSelection,
}
READ_ONLY = QAbstractItemView.EditTrigger.NoEditTriggers


def make_table_view(model: QAbstractItemModel, *, selection: Selection = "single", sortable: bool = False,
                    stretch: Iterable[int] = (), widths: Iterable[int] = (), interactive: bool = False,
                    row_height: int | None = None,
                    edit_triggers: QAbstractItemView.EditTrigger = READ_ONLY,
                    parent: QWidget | None = None) -> QTableView:
    """A table over ``model``.

    Columns fit their contents, or with ``widths`` (or ``interactive``, for long lists where measuring every row
    is too slow) keep their width until the user drags them; the ``stretch`` columns (the title) share what is
    left, and with none the last column fills the row.
    """
    table = QTableView(parent)
    table.setModel(model)
    table.setSortingEnabled(sortable)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(SELECTION_MODES[selection])
    table.setEditTriggers(edit_triggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    if row_height is not None:
        table.verticalHeader().setDefaultSectionSize(row_height)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    widths = tuple(widths)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive if widths or interactive else QHeaderView.ResizeMode.ResizeToContents)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    stretch = tuple(stretch)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(not stretch)
    install_row_menu(table)  # copy and export; on_open and add_row_actions add the rest
    return table


def show_at_least(table: QTableView, rows: int) -> None:
    """The table never gets shorter than ``rows`` rows (and its heading): a splitter or layout keeps them."""
    table.ensurePolished()
    header = table.horizontalHeader().sizeHint().height() if not table.horizontalHeader().isHidden() else 0
    table.setMinimumHeight(header + rows * table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth() + 2)


class _EnterOpens(QObject):
    """Enter on the view opens the current row and goes no further (a dialog's default button must not see it)."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (watched is self.view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.view.state() != QAbstractItemView.State.EditingState):
            menu = install_row_menu(self.view)
            if self.view.currentIndex().isValid():
                menu.open_current()
            return True
        return False


def on_open(view: QAbstractItemView, slot: Callable[[QModelIndex], None]) -> None:
    """Calls ``slot(index)`` once when the user opens a row: a double-click or Enter.

    Connect this and nothing else: ``activated`` fires on a double-click as well, so a view that also
    listens to ``doubleClicked`` opens the record twice. The row menu's "Öppna" calls the same slot.
    """
    menu = set_open_slot(view, slot)
    view.doubleClicked.connect(lambda index: menu.open_slot(index) if menu.open_slot is not None else None)
    view.installEventFilter(_EnterOpens(view))
