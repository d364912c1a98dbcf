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


def _double_click(qtbot, table, row: int) -> None:
    from PySide6.QtCore import Qt

    pos = table.visualRect(table.model().index(row, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_a_double_click_or_enter_opens_the_row_once_and_enter_goes_no_further(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout

    from stic_desktop.ui.widgets.tables import on_open

    dialog = QDialog()
    qtbot.addWidget(dialog)
    table = make_table_view(_model())
    close = QPushButton("Stäng")
    close.setDefault(True)
    close.clicked.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(table)
    layout.addWidget(close)
    opened = []
    on_open(table, lambda index: opened.append(index.row()))
    dialog.show()
    qtbot.waitExposed(dialog)
    _double_click(qtbot, table, 1)
    assert opened == [1]
    table.setFocus()
    table.selectRow(2)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened == [1, 2]
    assert dialog.isVisible()  # the dialog's default button did not take the Enter as well


def test_windows_fit_the_screen_and_the_main_window_starts_maximised(qtbot, context, tmp_path, monkeypatch):
    """A 1100×760 record window or a 900×1000 preview never hangs off 1366×768 with a 40-pixel taskbar."""
    from PySide6.QtCore import QSize, Qt
    from reportlab.pdfgen import canvas

    from stic_desktop.services.procurement import procurements
    from stic_desktop.services.procurement.procurements import ProcurementInput
    from stic_desktop.ui.main_window import MainWindow
    from stic_desktop.ui.procurement.view import ProcurementView
    from stic_desktop.ui.widgets import screen
    from stic_desktop.ui.widgets.pdf_preview import PdfPreviewDialog

    room = QSize(1366, 768 - 40) - screen.FRAME
    monkeypatch.setattr(screen, "available", lambda widget=None: room)
    record = procurements.create_procurement(context.db, ProcurementInput(title="Skärm", case_number="V-2026-9"))
    view = ProcurementView(context, record.id)
    qtbot.addWidget(view)
    assert view.width() <= room.width() and view.height() <= room.height()
    pdf = tmp_path / "a.pdf"
    page = canvas.Canvas(str(pdf))
    page.showPage()
    page.save()
    preview = PdfPreviewDialog(pdf, "Förhandsvisning")
    qtbot.addWidget(preview)
    assert preview.height() <= room.height()
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    assert window.windowState() & Qt.WindowState.WindowMaximized
