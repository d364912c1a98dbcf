"""Dokument (agreement): the framework agreement and its one-page summary previewed (printed from the preview),
saved, or archived as sent — each built in a worker — and the archive of what was sent for the agreement
(the exact files), which can be opened or saved again."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stic_desktop.errors import UserError
from stic_desktop.services import agreements, archive
from stic_desktop.services.agreements import AgreementRecord
from stic_desktop.ui import meeting_widgets, messages
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.documents_panel import call_document
from stic_desktop.ui.jobs import run_job
from stic_desktop.ui.meeting_widgets import ScratchFolder
from stic_desktop.ui.table_model import Column, RecordTableModel

# key: (label, what it is, module, export function, archive function); called as f(db, agreement_id, ...)
_CONTEXT = "AgreementDocumentsPanel"
DOCUMENTS = {
    "agreement": (QT_TRANSLATE_NOOP(_CONTEXT, "Ramavtal"),
                  QT_TRANSLATE_NOOP(_CONTEXT, "Parter, avtalstid och förlängningar, deltagande kommuner, "
                                              "provisionsvillkor och underskrifter. Till leverantörerna."),
                  "agreement_doc", "export_agreement", "archive_agreement"),
    "summary": (QT_TRANSLATE_NOOP(_CONTEXT, "Avtalssammanfattning"),
                QT_TRANSLATE_NOOP(_CONTEXT, "En sida för kommunerna: vad avtalet gäller, leverantörer, avtalstid, "
                                            "hur man avropar och kontakt."),
                "agreement_summary", "export_agreement_summary", "archive_agreement_summary"),
}


def file_name(label: str, record: AgreementRecord | None) -> str:
    return f"{label} {record.agreement_number}.pdf" if record is not None else f"{label}.pdf"


class AgreementDocumentsPanel(QWidget):
    changed = Signal()
    status_message = Signal(str)

    def __init__(self, context: AppContext, agreement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.agreement_id = agreement_id
        self.record: AgreementRecord | None = None
        self.scratch = ScratchFolder()
        scratch = self.scratch
        self.destroyed.connect(lambda *_: scratch.remove())
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.buttons: dict[str, QPushButton] = {}
        for row, (kind, (label, text, *_functions)) in enumerate(DOCUMENTS.items()):
            grid.addWidget(QLabel(f"<b>{self.tr(label)}</b>"), row, 0)
            hint = QLabel(self.tr(text))
            hint.setObjectName("hint")
            hint.setWordWrap(True)
            grid.addWidget(hint, row, 1)
            buttons = [(f"{kind}:preview", self.tr("Förhandsgranska"), partial(self.preview_document, kind)),
                       (f"{kind}:save", self.tr("Spara som PDF…"), partial(self.save_document, kind)),
                       (f"{kind}:archive", self.tr("Arkivera som skickat"), partial(self.archive_document, kind))]
            for column, (key, caption, slot) in enumerate(buttons, start=2):
                button = QPushButton(caption)
                button.clicked.connect(slot)
                grid.addWidget(button, row, column)
                self.buttons[key] = button
        for kind in DOCUMENTS:
            self.buttons[f"{kind}:preview"].setToolTip(self.tr("Öppnar dokumentet; därifrån kan det skrivas ut"))
            self.buttons[f"{kind}:archive"].setToolTip(self.tr("Sparar dokumentet, så som det ser ut nu, i arkivet "
                                                               "med dagens datum"))
        documents_box = QGroupBox(self.tr("Dokument"))
        QVBoxLayout(documents_box).addLayout(grid)

        self.archive_model = RecordTableModel([
            Column(self.tr("Datum"), lambda r: r.created_at),
            Column(self.tr("Typ"), lambda r: r.kind_label),
            Column(self.tr("Av"), lambda r: r.author_name),
            Column(self.tr("Fil"), lambda r: r.filename),
            Column(self.tr("Anteckning"), lambda r: r.note),
        ], self)
        self.archive_table = QTableView()
        self.archive_table.setModel(self.archive_model)
        self.archive_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.archive_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.archive_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.archive_table.setAlternatingRowColors(True)
        self.archive_table.verticalHeader().hide()
        self.archive_table.horizontalHeader().setStretchLastSection(True)
        self.archive_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((130, 90, 150, 260)):
            self.archive_table.setColumnWidth(column, width)
        self.archive_table.doubleClicked.connect(lambda _index: self.open_archived())
        self.archive_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.open_button = QPushButton(self.tr("Öppna"))
        self.open_button.clicked.connect(self.open_archived)
        self.save_archived_button = QPushButton(self.tr("Spara som…"))
        self.save_archived_button.clicked.connect(self.save_archived)
        self.archive_empty = QLabel(self.tr("Inget är arkiverat ännu. Välj ”Arkivera som skickat” när avtalet "
                                            "eller sammanfattningen skickas."))
        self.archive_empty.setObjectName("hint")
        archive_box = QGroupBox(self.tr("Arkiv: dokument som skickats ut"))
        archive_layout = QVBoxLayout(archive_box)
        archive_layout.addWidget(self.archive_empty)
        archive_layout.addWidget(self.archive_table, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.open_button)
        bar.addWidget(self.save_archived_button)
        bar.addStretch(1)
        archive_layout.addLayout(bar)
        layout = QVBoxLayout(self)
        layout.addWidget(documents_box)
        layout.addWidget(archive_box, 1)
        self.reload()

    # -- state ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Reads the agreement and its archive again."""
        try:
            self.record = agreements.get_agreement(self.context.db, self.agreement_id)
            records = archive.archived_documents(self.context.db, agreements.ENTITY, self.agreement_id)
        except UserError as error:
            messages.show_error(self, error)
            return
        self.archive_model.set_rows(records)
        self.archive_empty.setVisible(not records)
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.selected_archived() is not None
        self.open_button.setEnabled(selected)
        self.save_archived_button.setEnabled(selected)

    # -- documents -----------------------------------------------------------------------
    def _label(self, kind: str) -> str:
        return DOCUMENTS[kind][0]

    def save_document(self, kind: str) -> None:
        label = self._label(kind)
        target = meeting_widgets.save_file_name(self, self.tr("Spara %1").replace("%1", self.tr(label).lower()),
                                                file_name(label, self.record), self.tr("PDF (*.pdf)"))
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        _label, _text, module, function, _archive = DOCUMENTS[kind]
        run_job(self, self.tr("Skapar %1…").replace("%1", self.tr(label).lower()), call_document, module, function,
                self.context.db, self.agreement_id, target,
                on_success=lambda path: self.status_message.emit(self.tr("Sparade %1.").replace("%1", str(path))))

    def preview_document(self, kind: str) -> None:
        label = self._label(kind)
        target = self.scratch.file(file_name(label, self.record))
        _label, _text, module, function, _archive = DOCUMENTS[kind]
        run_job(self, self.tr("Skapar %1…").replace("%1", self.tr(label).lower()), call_document, module, function,
                self.context.db, self.agreement_id, target,
                on_success=lambda path: self._preview(Path(path), self.tr(label)))

    def _preview(self, path: Path, title: str) -> None:
        from stic_desktop.ui.pdf_preview import show_preview

        show_preview(self, path, title)

    def archive_document(self, kind: str) -> None:
        label = self._label(kind)
        _label, _text, module, _function, archive_function = DOCUMENTS[kind]

        def archived(record) -> None:
            self.status_message.emit(self.tr("%1 arkiverades (%2).").replace("%1", self.tr(label))
                                     .replace("%2", record.filename))
            self.reload()
            self.changed.emit()

        run_job(self, self.tr("Arkiverar %1…").replace("%1", self.tr(label).lower()), call_document, module,
                archive_function, self.context.db, self.agreement_id, on_success=archived)

    # -- archive -------------------------------------------------------------------------
    def selected_archived(self):
        rows = self.archive_table.selectionModel().selectedRows()
        if len(rows) == 1 and rows[0].row() < self.archive_model.rowCount():
            return self.archive_model.record(rows[0].row())
        return None

    def _archived_bytes(self, record) -> bytes | None:
        try:
            return archive.archived_bytes(self.context.db, record.id)
        except UserError as error:
            messages.show_error(self, error)
            return None

    def open_archived(self) -> None:
        record = self.selected_archived()
        data = self._archived_bytes(record) if record is not None else None
        if data is None:
            return
        path = self.scratch.file(record.filename)
        path.write_bytes(data)
        self._preview(path, f"{record.filename} – {record.created_at.strftime('%Y-%m-%d %H:%M')}")

    def save_archived(self) -> None:
        record = self.selected_archived()
        if record is None:
            return
        target = meeting_widgets.save_file_name(self, self.tr("Spara arkiverat dokument"), record.filename,
                                                self.tr("PDF (*.pdf)"))
        data = self._archived_bytes(record) if target is not None else None
        if data is None:
            return
        try:
            target.write_bytes(data)
        except OSError as exc:
            messages.show_error(self, UserError(self.tr("Kunde inte spara %1: %2").replace("%1", str(target))
                                                .replace("%2", exc.strerror or str(exc))))
            return
        self.status_message.emit(self.tr("Sparade %1.").replace("%1", str(target)))
