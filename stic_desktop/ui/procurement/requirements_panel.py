"""Kravspecifikation: the requirements documents the contract group writes, every version kept.

A new file under an existing name becomes its next version, so what was advertised can always be
found again."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stic_desktop.errors import UserError
from stic_desktop.services.procurement import parties as procurement_parties
from stic_desktop.services.procurement import tenders
from stic_desktop.services.procurement.parties import RequirementDocRecord
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.procurement import tender_dialog
from stic_desktop.ui.widgets import messages, rights
from stic_desktop.ui.widgets.form import FormDialog
from stic_desktop.ui.widgets.pickers import ScratchFolder
from stic_desktop.ui.widgets.row_menu import add_row_actions
from stic_desktop.ui.widgets.table_model import Column, RecordTableModel
from stic_desktop.ui.widgets.tables import make_table_view, on_open


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} kB"
    return f"{QLocale().toString(size / (1024 * 1024), 'f', 1)} MB"


class RequirementDialog(FormDialog):
    """A document: a new title gives version 1, an existing one its next version."""

    def __init__(self, context: AppContext, procurement_id: int, titles: list[str], title: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent, min_width=500, grow=True)
        self.procurement_id = procurement_id
        self.path = None
        self.setWindowTitle(self.tr("Ny version av %1").replace("%1", title) if title else self.tr("Nytt dokument"))
        self.title_combo = QComboBox()
        self.title_combo.setEditable(True)
        self.title_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.title_combo.addItems(titles)
        self.title_combo.setEditText(title or ("" if titles else self.tr("Kravspecifikation")))
        self.errors.add_row("title", self.tr("Dokument *:"), self.title_combo)
        file_row = QWidget()
        row = QHBoxLayout(file_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.file_label = QLabel(self.tr("(ingen fil vald)"))
        choose = QPushButton(self.tr("Välj fil…"))
        rights.needs(rights.WRITE, choose)
        choose.clicked.connect(self.choose)
        row.addWidget(self.file_label, 1)
        row.addWidget(choose)
        self.errors.add_row("file", self.tr("Fil *:"), file_row)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(60)
        self.errors.add_row("note", self.tr("Kommentar:"), self.note_edit)

    def choose(self) -> None:
        path = tender_dialog.choose_file(self, self.tr("Välj dokument"), self.tr("Alla filer (*)"))
        if path is not None:
            self.path = path
            self.file_label.setText(path.name)

    def store(self):
        name, data = tender_dialog.read_chosen(self.path, "file")
        return procurement_parties.add_requirement_document(
            self.context.db, self.procurement_id, self.title_combo.currentText(), name, data,
            self.note_edit.toPlainText())


class RequirementsPanel(QWidget):
    changed = Signal()

    def __init__(self, context: AppContext, procurement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.procurement_id = context, procurement_id
        self.ended = False
        self.scratch = ScratchFolder()
        scratch = self.scratch
        self.destroyed.connect(lambda *_: scratch.remove())
        self.model = RecordTableModel([
            Column(self.tr("Dokument"), lambda r: r.title),
            Column(self.tr("Version"), lambda r: r.version, align_right=True),
            Column(self.tr("Fil"), lambda r: r.filename),
            Column(self.tr("Storlek"), lambda r: r.size, size_text, align_right=True),
            Column(self.tr("Tillagd"), lambda r: r.added_at),
            Column(self.tr("Av"), lambda r: r.added_by_name),
            Column(self.tr("Kommentar"), lambda r: r.note),
        ], self)
        self.table = make_table_view(self.model)
        on_open(self.table, lambda *_: self.open_document())
        hint = QLabel(self.tr("Varje fil sparas som en ny version; tidigare versioner finns kvar."))
        hint.setObjectName("hint")
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Nytt dokument…"))
        self.add_button.clicked.connect(self.add)
        self.version_button = QPushButton(self.tr("Ny version…"))
        self.version_button.clicked.connect(self.add_version)
        self.open_button = QPushButton(self.tr("Öppna"))
        self.open_button.clicked.connect(self.open_document)
        add_row_actions(self.table, self.add_button, self.version_button)
        rights.needs(rights.WRITE, self.add_button, self.version_button, hint)
        for button in (self.add_button, self.version_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    def reload(self) -> None:
        try:
            rows = procurement_parties.requirement_documents(self.context.db, self.procurement_id)
            self.ended = tenders.procurement_state(self.context.db, self.procurement_id).stage in ("cancelled", "closed")
        except UserError as error:
            messages.show_error(self, error)
            return
        self.model.set_rows(rows)
        self._update_buttons()

    def selected(self) -> RequirementDocRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if len(rows) == 1 else None

    def _update_buttons(self) -> None:
        record = self.selected()
        self.add_button.setEnabled(not self.ended)
        self.version_button.setEnabled(record is not None and not self.ended)
        self.open_button.setEnabled(record is not None)

    def titles(self) -> list[str]:
        return list(dict.fromkeys(r.title for r in self.model.visible_records()))

    def add(self, title: str = "") -> None:
        dialog = RequirementDialog(self.context, self.procurement_id, self.titles(), title or "", self)
        if dialog.exec() and dialog.saved is not None:
            self.reload()
            self.changed.emit()
            self.context.data_changed.emit("procurement")

    def add_version(self) -> None:
        record = self.selected()
        if record is not None:
            self.add(record.title)

    def open_document(self) -> None:
        record = self.selected()
        if record is None:
            return
        try:
            name, data = procurement_parties.requirement_document_file(self.context.db, record.id)
        except UserError as error:
            messages.show_error(self, error)
            return
        tender_dialog.open_stored_file(self, self.scratch, name, data)
