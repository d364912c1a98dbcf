"""The archive of documents sent out for one record (meeting, procurement, agreement): a table of what was
archived, Öppna (PDFs in the preview, other files in their own program) and Spara som….

Every documents panel shows one; the panel adds its own buttons to ``bar`` and fills it with ``set_records``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stic_desktop.errors import UserError
from stic_desktop.operations.files import write_file
from stic_desktop.services import archive
from stic_desktop.services.archive import ArchivedRecord
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.widgets import messages, rights
from stic_desktop.ui.widgets import pickers as meeting_widgets
from stic_desktop.ui.widgets.labels import label, labelled
from stic_desktop.ui.widgets.row_menu import add_row_actions
from stic_desktop.ui.widgets.table_model import Column, RecordTableModel, when_text
from stic_desktop.ui.widgets.tables import make_table_view, on_open

Preview = Callable[[Path, str], None]  # (file, window title)


class ArchiveBox(QGroupBox):
    selection_changed = Signal()
    status_message = Signal(str)

    def __init__(self, context: AppContext, title: str, empty_text: str, preview: Preview,
                 scratch: meeting_widgets.ScratchFolder, parent: QWidget | None = None, *, how_to: str = "") -> None:
        """``how_to``: the sentence after ``empty_text`` that names the button which archives; left out for a
        login that may not change anything (the button is hidden from it)."""
        super().__init__(title, parent)
        self.context = context
        self._empty_text, self._how_to = empty_text, how_to
        self._preview = preview
        self._scratch = scratch
        self.model = RecordTableModel([
            Column(self.tr("Datum"), lambda r: r.created_at),
            Column(self.tr("Typ"), labelled(lambda r: r.kind_label)),
            Column(self.tr("Av"), lambda r: r.author_name),
            Column(self.tr("Fil"), lambda r: r.filename),
            Column(self.tr("Anteckning"), lambda r: r.note),
            Column(self.tr("Gallring"), lambda r: r.retention),
        ], self)
        self.table = make_table_view(self.model, widths=(130, 170, 150, 280, 120))
        on_open(self.table, lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.open_button = QPushButton(self.tr("Öppna"))
        self.open_button.clicked.connect(self.open_selected)
        self.save_button = QPushButton(self.tr("Spara som…"))
        self.save_button.clicked.connect(self.save_selected)
        add_row_actions(self.table, self.save_button)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("hint")
        self.empty_label.setWordWrap(True)
        self.bar = QHBoxLayout()
        self.bar.addWidget(self.open_button)
        self.bar.addWidget(self.save_button)
        self.bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.bar)
        self._selection_changed()
        self._show_empty_text()
        context.database_changed.connect(self._show_empty_text)  # a new login may have other rights

    def _show_empty_text(self) -> None:
        writes = self._how_to and rights.allows(self.context, rights.WRITE)
        self.empty_label.setText(f"{self._empty_text} {self._how_to}" if writes else self._empty_text)

    def set_records(self, records: list[ArchivedRecord]) -> None:
        self.model.set_rows(records)
        self.empty_label.setVisible(not records)
        self._selection_changed()

    def selected(self) -> ArchivedRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if len(rows) == 1 and rows[0].row() < self.model.rowCount():
            return self.model.record(rows[0].row())
        return None

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.save_button.setEnabled(chosen)
        self.selection_changed.emit()

    def _bytes(self, record: ArchivedRecord) -> bytes | None:
        try:
            return archive.archived_bytes(self.context.db, record.id)
        except UserError as error:
            messages.show_error(self, error)
            return None

    def open_selected(self) -> None:
        record = self.selected()
        data = self._bytes(record) if record is not None else None
        if data is None:
            return
        path = self._scratch.file(record.filename)
        path.write_bytes(data)
        if path.suffix.lower() == ".pdf":
            self._preview(path, f"{label(record.kind_label)} – {when_text(record.created_at)}")
        else:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def save_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        target = meeting_widgets.save_file_name(self, self.tr("Spara arkiverat dokument"), record.filename,
                                                self.tr("Alla filer (*)"))
        data = self._bytes(record) if target is not None else None
        if data is None:
            return
        try:
            write_file(target, data)  # never over a database; a temporary name, renamed when complete
        except UserError as error:
            messages.show_error(self, error)
            return
        self.status_message.emit(self.tr("Sparade %1.").replace("%1", str(target)))
