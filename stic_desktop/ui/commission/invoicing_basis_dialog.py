"""Fakturaunderlag for one supplier and a month (or the whole year): preview, save as PDF or Excel, and
archive as sent; earlier archived bases of the supplier are listed and can be opened again.

Documents are built in a worker (``operations.commission_documents``), never on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from stic_desktop.core import filenames
from stic_desktop.core.money import format as kronor
from stic_desktop.errors import UserError
from stic_desktop.operations import commission_documents
from stic_desktop.services import archive
from stic_desktop.services.agreements import suppliers
from stic_desktop.services.commission import reports as commission_reports
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.widgets import messages, rights
from stic_desktop.ui.widgets import pickers as meeting_widgets
from stic_desktop.ui.widgets.jobs import run_job
from stic_desktop.ui.widgets.pickers import ScratchFolder
from stic_desktop.ui.widgets.table_model import Column, RecordTableModel, when_text
from stic_desktop.ui.widgets.tables import make_table_view, on_open
from stic_desktop.ui.workspace import i18n

KIND = "invoicing_basis"


class InvoicingBasisDialog(QDialog):
    def __init__(self, context: AppContext, year: int, supplier_id: int | None = None, month: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Fakturaunderlag"))
        self.setMinimumWidth(620)
        self.scratch = ScratchFolder()
        scratch = self.scratch
        self.destroyed.connect(lambda *_: scratch.remove())
        self.supplier_combo = QComboBox()
        for record in suppliers.list_suppliers(context.db):
            self.supplier_combo.addItem(f"{record.name} ({record.org_number})", record.id)
        if supplier_id is not None:
            self.supplier_combo.setCurrentIndex(max(0, self.supplier_combo.findData(supplier_id)))
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(year)
        self.month_combo = QComboBox()
        self.month_combo.addItem(self.tr("Hela året"), None)
        for number in range(1, 13):
            self.month_combo.addItem(i18n.month_name(number), number)
        self.month_combo.setCurrentIndex(self.month_combo.findData(month) if month else 0)
        form = QFormLayout()
        form.addRow(self.tr("Leverantör"), self.supplier_combo)
        period = QHBoxLayout()
        period.addWidget(self.month_combo)
        period.addWidget(self.year_spin)
        period.addStretch(1)
        form.addRow(self.tr("Period"), period)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        form.addRow(self.tr("Underlaget"), self.summary_label)
        self.preview_button = QPushButton(self.tr("Förhandsgranska"))
        self.pdf_button = QPushButton(self.tr("Spara som PDF…"))
        self.excel_button = QPushButton(self.tr("Spara som Excel…"))
        self.archive_button = QPushButton(self.tr("Arkivera som skickat"))
        self.archive_button.setToolTip(self.tr("Sparar PDF:en i arkivet exakt som den skickas till leverantören"))
        actions = QHBoxLayout()
        for button in (self.preview_button, self.pdf_button, self.excel_button, self.archive_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.preview_button.clicked.connect(self.preview)
        self.pdf_button.clicked.connect(lambda: self.save(".pdf"))
        self.excel_button.clicked.connect(lambda: self.save(".xlsx"))
        self.archive_button.clicked.connect(self.archive)
        rights.needs(rights.WRITE, self.archive_button)
        rights.guard(self, context)
        self.archive_model = RecordTableModel([
            Column(self.tr("Arkiverat"), lambda r: r.created_at, when_text),
            Column(self.tr("Fil"), lambda r: r.filename), Column(self.tr("Av"), lambda r: r.author_name),
            Column(self.tr("Anteckning"), lambda r: r.note), Column(self.tr("Gallring"), lambda r: r.retention)], self)
        self.archive_table = make_table_view(self.archive_model)
        on_open(self.archive_table, lambda _index: self.open_archived())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(actions)
        self.status_label = QLabel()
        self.status_label.setObjectName("countLabel")
        layout.addWidget(self.status_label)
        layout.addWidget(QLabel(self.tr("Arkiverade fakturaunderlag för leverantören (dubbelklicka för att öppna)")))
        layout.addWidget(self.archive_table, 1)
        layout.addWidget(close)
        for signal in (self.supplier_combo.currentIndexChanged, self.month_combo.currentIndexChanged,
                       self.year_spin.valueChanged):
            signal.connect(self.refresh)
        self.refresh()

    # -- state ---------------------------------------------------------------------------
    def choice(self) -> tuple[int | None, int, int | None]:
        return self.supplier_combo.currentData(), self.year_spin.value(), self.month_combo.currentData()

    def refresh(self, *_args) -> None:
        """The chosen basis' line count and sums, and the supplier's archived bases."""
        supplier_id, year, month = self.choice()
        enabled = supplier_id is not None
        lines = 0
        if enabled:
            try:
                basis = commission_reports.invoicing_basis(self.context.db, supplier_id, year, month)
            except UserError as error:
                self.summary_label.setText(error.message)
                enabled = False
            else:
                lines = basis.line_count
                self.summary_label.setText(
                    self.tr("%1 rader på %2 avtal · försäljning %3 · provision att fakturera %4")
                    .replace("%1", str(lines)).replace("%2", str(len(basis.groups)))
                    .replace("%3", kronor(basis.amount_ore)).replace("%4", kronor(basis.commission_ore))
                    if lines else self.tr("Inga försäljningsrapporter för perioden."))
            self.archive_model.set_rows([r for r in archive.archived_documents(self.context.db, "supplier", supplier_id)
                                         if r.kind == KIND])
        else:
            self.summary_label.setText(self.tr("Det finns inga leverantörer i registret."))
            self.archive_model.set_rows([])
        for button in (self.preview_button, self.pdf_button, self.excel_button):
            button.setEnabled(enabled)
        self.archive_button.setEnabled(enabled and lines > 0)

    def _file_name(self, suffix: str) -> str:
        supplier_id, year, month = self.choice()
        when = f"{year}-{month:02d}" if month else str(year)
        name = self.supplier_combo.currentText().rsplit(" (", 1)[0]
        return filenames.safe(f"Fakturaunderlag {when} {name}", suffix, fallback="Fakturaunderlag")

    # -- documents -----------------------------------------------------------------------
    def preview(self) -> None:
        supplier_id, year, month = self.choice()
        target = self.scratch.file(self._file_name(".pdf"))
        run_job(self, self.tr("Skapar fakturaunderlaget…"), commission_documents.export_invoicing_basis,
                self.context.db, supplier_id, year, month, target,
                on_success=lambda outcome: self._preview(outcome.files[0], self.tr("Fakturaunderlag")))

    def _preview(self, path: Path, title: str) -> None:
        from stic_desktop.ui.widgets.pdf_preview import show_preview

        show_preview(self, path, title)

    def save(self, suffix: str) -> None:
        supplier_id, year, month = self.choice()
        filter_text = self.tr("PDF (*.pdf)") if suffix == ".pdf" else self.tr("Excel (*.xlsx)")
        target = meeting_widgets.save_file_name(self, self.tr("Spara fakturaunderlag"), self._file_name(suffix),
                                                filter_text)
        if target is None:
            return
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        run_job(self, self.tr("Skapar fakturaunderlaget…"), commission_documents.export_invoicing_basis,
                self.context.db, supplier_id, year, month, target,
                on_success=lambda outcome: self._status(self.tr("Sparade %1.").replace("%1", str(outcome.files[0]))))

    def archive(self) -> None:
        supplier_id, year, month = self.choice()
        if not messages.confirm(self, self.tr("Arkivera fakturaunderlag"),
                                self.tr("Fakturaunderlaget sparas i arkivet som skickat, exakt som det ser ut nu. "
                                        "Fortsätta?"), self.tr("Arkivera")):
            return
        run_job(self, self.tr("Arkiverar fakturaunderlaget…"), commission_documents.archive_invoicing_basis,
                self.context.db, supplier_id, year, month, on_success=lambda outcome: self._archived(outcome.record))

    def _archived(self, record) -> None:
        self.refresh()
        self.context.data_changed.emit(archive.ENTITY)
        self._status(self.tr("Fakturaunderlaget arkiverades (%1).").replace("%1", record.filename))

    def _status(self, text: str) -> None:
        """Shown in the dialog and, through the page, in the window's status bar."""
        self.status_label.setText(text)
        parent = self.parent()
        if parent is not None and hasattr(parent, "status_message"):
            parent.status_message.emit(text)

    def open_archived(self) -> None:
        rows = self.archive_table.selectionModel().selectedRows()
        if len(rows) != 1:
            return
        record = self.archive_model.record(rows[0].row())
        try:
            data = archive.archived_bytes(self.context.db, record.id)
        except UserError as error:
            messages.show_error(self, error)
            return
        path = self.scratch.file(record.filename)
        path.write_bytes(data)
        if path.suffix.lower() == ".pdf":
            self._preview(path, record.filename)
        else:
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
