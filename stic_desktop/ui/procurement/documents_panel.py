"""Dokument: the procurement's documents previewed (and printed from the preview) or saved, each built in a
worker; "Skicka tilldelningsbeslut…" records the award decision as sent and archives it; and the archive
of what was kept for the procurement (the exact files), which can be opened or saved again."""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stic_desktop.core import clock, filenames
from stic_desktop.errors import UserError
from stic_desktop.operations import procurement_documents
from stic_desktop.services.procurement import deadlines, procurements, stages
from stic_desktop.services.procurement import sending as procurement_sending
from stic_desktop.services.procurement.procurements import ProcurementRecord
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.widgets import messages, rights
from stic_desktop.ui.widgets import pickers as meeting_widgets
from stic_desktop.ui.widgets.archive_box import ArchiveBox
from stic_desktop.ui.widgets.jobs import run_job
from stic_desktop.ui.widgets.pickers import ScratchFolder

# kind: (label, what it is, per procurement); written by operations.procurement_documents
_CONTEXT = "ProcurementDocumentsPanel"
DOCUMENTS = {
    "opening": (QT_TRANSLATE_NOOP(_CONTEXT, "Anbudsöppningsprotokoll"),
                QT_TRANSLATE_NOOP(_CONTEXT, "Anbuden i den ordning de kom in, för sent inkomna markerade, med "
                                            "bevittnarnas namn. Sekretessmärkt."), True),
    "evaluation": (QT_TRANSLATE_NOOP(_CONTEXT, "Anbudsutvärdering"),
                   QT_TRANSLATE_NOOP(_CONTEXT, "Kvalificering, pris, poäng och rangordning. Sekretessmärkt."), True),
    "award": (QT_TRANSLATE_NOOP(_CONTEXT, "Tilldelningsbeslut"),
              QT_TRANSLATE_NOOP(_CONTEXT, "Antagna leverantörer, utvärderingens resultat och avtalsspärren."), True),
    "report": (QT_TRANSLATE_NOOP(_CONTEXT, "Lägesrapport"),
               QT_TRANSLATE_NOOP(_CONTEXT, "Alla pågående upphandlingar, för styrgruppen. Leverantörer bara där "
                                           "tilldelningsbeslutet är skickat."), False),
}


def file_name(label: str, record: ProcurementRecord | None) -> str:
    return filenames.safe(f"{label} {record.case_number}" if record is not None else label, ".pdf", fallback=label)


class SendAwardDialog(QDialog):
    """When and how the award decision is sent; shows the avtalsspärr that follows."""

    def __init__(self, record: ProcurementRecord, rules: dict[str, int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record, self.rules = record, rules
        self.setWindowTitle(self.tr("Skicka tilldelningsbeslut"))
        self.setMinimumWidth(460)
        intro = QLabel(self.tr("Tilldelningsbeslutet sparas i arkivet exakt som det skickas, och dagen det skickas "
                          "blir tilldelningsbeslutets datum. Från den dagen är anbuden offentliga och "
                          "avtalsspärren löper."))
        intro.setWordWrap(True)
        self.date_edit = QDateEdit(QDate(clock.today()))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumDate(QDate(clock.today()))
        self.date_edit.setMaximumWidth(130)
        self.electronic_box = QCheckBox(self.tr("Skickas elektroniskt (annars gäller en längre avtalsspärr)"))
        self.electronic_box.setChecked(record.award_sent_electronically)
        self.standstill_label = QLabel()
        self.standstill_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Skickas den:"), self.date_edit)
        form.addRow("", self.electronic_box)
        form.addRow(self.tr("Avtalsspärr:"), self.standstill_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Skicka och arkivera"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.date_edit.dateChanged.connect(lambda *_: self.update_standstill())
        self.electronic_box.toggled.connect(lambda *_: self.update_standstill())
        self.update_standstill()

    def sent_on(self) -> date:
        return self.date_edit.date().toPython()

    def electronically(self) -> bool:
        return self.electronic_box.isChecked()

    def update_standstill(self) -> None:
        if not deadlines.needs_standstill(self.record.procedure):
            self.standstill_label.setText(self.tr("Ingen avtalsspärr vid direktupphandling."))
            return
        try:
            period = deadlines.standstill(self.sent_on(), electronic=self.electronically(), rules=self.rules)
        except UserError as error:
            self.standstill_label.setText(error.message)
            return
        text = self.tr("%1 dagar, till och med %2; avtal får tecknas tidigast %3.").replace("%1", str(period.days)) \
            .replace("%2", period.last_day.isoformat()).replace("%3", period.first_signing_day.isoformat())
        if period.moved_because:
            text += " " + self.tr("(Förlängd eftersom %1.)").replace("%1", period.moved_because)
        self.standstill_label.setText(text)


class ProcurementDocumentsPanel(QWidget):
    changed = Signal()
    status_message = Signal(str)

    def __init__(self, context: AppContext, procurement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.procurement_id = procurement_id
        self.record: ProcurementRecord | None = None
        self._sent = False  # an award decision is archived and dated
        self.scratch = ScratchFolder()
        scratch = self.scratch
        self.destroyed.connect(lambda *_: scratch.remove())
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.buttons: dict[str, QPushButton] = {}
        for row, (kind, (title, text, _own)) in enumerate(DOCUMENTS.items()):
            grid.addWidget(QLabel(f"<b>{self.tr(title)}</b>"), row, 0)
            hint = QLabel(self.tr(text))
            hint.setObjectName("hint")
            hint.setWordWrap(True)
            grid.addWidget(hint, row, 1)
            buttons = [(f"{kind}:preview", self.tr("Förhandsgranska"), partial(self.preview_document, kind)),
                       (f"{kind}:save", self.tr("Spara som PDF…"), partial(self.save_document, kind))]
            if kind == "opening":
                buttons.append(("opening:archive", self.tr("Arkivera"), self.archive_opening))
            if kind == "award":
                buttons.append(("award:send", self.tr("Skicka tilldelningsbeslut…"), self.send_award))
            for column, (key, caption, slot) in enumerate(buttons, start=2):
                button = QPushButton(caption)
                button.clicked.connect(slot)
                grid.addWidget(button, row, column)
                self.buttons[key] = button
        self.buttons["opening:archive"].setToolTip(self.tr("Sparar protokollet, som det ser ut nu, i arkivet"))
        rights.needs(rights.WRITE, self.buttons["opening:archive"], self.buttons["award:send"])
        self.buttons["award:preview"].setToolTip(self.tr("Så som beslutet ser ut om det skickas i dag"))
        self.award_label = QLabel()
        self.award_label.setWordWrap(True)
        documents_box = QGroupBox(self.tr("Dokument"))
        box_layout = QVBoxLayout(documents_box)
        box_layout.addLayout(grid)
        box_layout.addWidget(self.award_label)

        self.archive = ArchiveBox(
            self.context, self.tr("Arkiv: dokument som skickats ut eller diarieförts"),
            self.tr("Inget är arkiverat ännu."), self._preview, self.scratch,
            how_to=self.tr("Tilldelningsbeslutet arkiveras när du väljer ”Skicka tilldelningsbeslut…”."))
        self.archive.status_message.connect(self.status_message)
        self.archive.selection_changed.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(documents_box)
        layout.addWidget(self.archive, 1)
        self.reload()

    # -- state ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Reads the procurement and its archive again."""
        try:
            self.record = procurements.get_procurement(self.context.db, self.procurement_id)
            records = procurement_sending.archived_documents(self.context.db, self.procurement_id)
            period = stages.standstill_for(self.context.db, self.procurement_id)
        except UserError as error:
            messages.show_error(self, error)
            return
        self.archive.set_records(records)
        self._sent = any(r.kind == procurement_sending.AWARD_KIND for r in records) and self.record.award_sent
        self.award_label.setText(self._award_text(period))
        self._update_buttons()

    def _award_text(self, period) -> str:
        record = self.record
        if record is None or not record.award_sent:
            return self.tr("Tilldelningsbeslutet är inte skickat. Anbuden omfattas av sekretess (19 kap. 3 § OSL).")
        if period is None:
            return self.tr("Tilldelningsbeslutet är skickat. Ingen avtalsspärr gäller.")
        return self.tr("Tilldelningsbeslutet skickades %1. Avtalsspärren löper till och med %2; avtal får tecknas "
                  "tidigast %3.").replace("%1", period.sent_on.isoformat()) \
            .replace("%2", period.last_day.isoformat()).replace("%3", period.first_signing_day.isoformat())

    def _update_buttons(self) -> None:
        record = self.record
        sendable = record is not None and (record.stage == "evaluation"
                                           or (record.stage == "award_decision" and not self._sent))
        self.buttons["award:send"].setEnabled(sendable)
        self.buttons["award:send"].setToolTip(
            self.tr("Markerar beslutet som skickat och sparar det i arkivet") if sendable
            else self.tr("Tilldelningsbeslutet kan skickas när upphandlingen är i steget Utvärdering"))

    def _done(self, text: str):
        return lambda outcome: self.status_message.emit(text.replace("%1", str(outcome.files[0])))

    # -- documents -----------------------------------------------------------------------
    def _args(self, kind: str, target: Path) -> tuple:
        own = DOCUMENTS[kind][2]
        return (procurement_documents.export_procurement_document, self.context.db, kind,
                self.procurement_id if own else None, target)

    def save_document(self, kind: str) -> None:
        name = DOCUMENTS[kind][0]  # the file is named in Swedish, like the document
        target = meeting_widgets.save_file_name(self, self.tr("Spara %1").replace("%1", self.tr(name).lower()),
                                                file_name(name, self.record if DOCUMENTS[kind][2] else None),
                                                self.tr("PDF (*.pdf)"))
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        run_job(self, self.tr("Skapar %1…").replace("%1", self.tr(name).lower()), *self._args(kind, target),
                on_success=self._done(self.tr("Sparade %1.")))

    def preview_document(self, kind: str) -> None:
        name = DOCUMENTS[kind][0]
        target = self.scratch.file(file_name(name, self.record if DOCUMENTS[kind][2] else None))
        run_job(self, self.tr("Skapar %1…").replace("%1", self.tr(name).lower()), *self._args(kind, target),
                on_success=lambda outcome: self._preview(outcome.files[0], self.tr(name)))

    def _preview(self, path: Path, title: str) -> None:
        from stic_desktop.ui.widgets.pdf_preview import show_preview

        show_preview(self, path, title)

    def archive_opening(self) -> None:
        def archived(outcome) -> None:
            record = outcome.record
            self.status_message.emit(self.tr("Anbudsöppningsprotokollet arkiverades (%1).")
                                     .replace("%1", record.filename))
            self.reload()
            self.changed.emit()

        run_job(self, self.tr("Arkiverar anbudsöppningsprotokollet…"), procurement_documents.archive_opening_record,
                self.context.db, self.procurement_id, on_success=archived)

    def send_award(self) -> None:
        if self.record is None:
            return
        try:
            rules = deadlines.rules_map(self.context.db)
        except UserError as error:
            messages.show_error(self, error)
            return
        dialog = SendAwardDialog(self.record, rules, self)
        if not dialog.exec():
            return
        sent_on = dialog.sent_on()
        run_job(self, self.tr("Skickar tilldelningsbeslutet…"), procurement_documents.send_award_decision,
                self.context.db, self.procurement_id, sent_on, dialog.electronically(),
                on_success=lambda outcome: self._award_sent(outcome.record, sent_on))

    def _award_sent(self, result, sent_on: date) -> None:
        text = self.tr("Tilldelningsbeslutet är arkiverat och markerat som skickat %1.").replace(
            "%1", sent_on.isoformat())
        if result.standstill is not None:
            text += " " + self.tr("Avtal får tecknas tidigast %1.").replace(
                "%1", result.standstill.first_signing_day.isoformat())
        self.status_message.emit(text)
        self.reload()
        self.changed.emit()
        self.context.data_changed.emit(procurements.ENTITY)

    # -- archive -------------------------------------------------------------------------
