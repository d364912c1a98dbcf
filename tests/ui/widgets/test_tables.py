"""The one table set-up: read-only rows, the title column stretched, widths kept when given."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView

from stic_desktop.ui.widgets.tables import make_table_view


def _model(rows: int = 3, columns: int = 4) -> QStandardItemModel:
    model = QStandardItemModel(rows, columns)
    for row in range(rows):
        for column in range(columns):
            model.setItem(row, column, QStandardItem(f"{row}:{column}"))
    return model


def test_a_record_table_selects_whole_rows_and_stretches_the_title(qtbot):
    model = _model()
    table = make_table_view(model, stretch=(1,), row_height=24)
    qtbot.addWidget(table)
    assert table.model() is model
    assert table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert table.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert not table.isSortingEnabled() and table.alternatingRowColors() and not table.wordWrap()
    assert table.verticalHeader().isHidden() and table.verticalHeader().defaultSectionSize() == 24
    header = table.horizontalHeader()
    assert header.sectionResizeMode(1) == QHeaderView.ResizeMode.Stretch
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.ResizeToContents
    assert not header.stretchLastSection()
    table.selectRow(2)
    assert [index.row() for index in table.selectionModel().selectedRows()] == [2]


def test_given_widths_are_kept_and_the_last_column_fills(qtbot):
    table = make_table_view(_model(), selection="extended", sortable=True, widths=(120, 80))
    qtbot.addWidget(table)
    header = table.horizontalHeader()
    assert table.selectionMode() == QAbstractItemView.SelectionMode.ExtendedSelection
    assert table.isSortingEnabled()
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Interactive
    assert (table.columnWidth(0), table.columnWidth(1)) == (120, 80)
    assert header.stretchLastSection()


def test_an_editable_table_keeps_its_edit_triggers(qtbot):
    triggers = QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
    table = make_table_view(_model(), edit_triggers=triggers)
    qtbot.addWidget(table)
    assert table.editTriggers() == triggers
