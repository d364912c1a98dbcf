"""Dokument (agreement): the framework agreement and its one-page summary previewed (printed from the preview),
saved, or archived as sent — each built in a worker — and the archive of what was sent for the agreement
(the exact files), which can be opened or saved again."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from stic_desktop.core import filenames
from stic_desktop.errors import UserError
from stic_desktop.operations import agreement_documents
from stic_desktop.services import archive
from stic_desktop.services.agreements import agreements
from stic_desktop.services.agreements.agreements import AgreementRecord
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.widgets import messages, rights
from stic_desktop.ui.widgets import pickers as meeting_widgets
from stic_desktop.ui.widgets.archive_box import ArchiveBox
from stic_desktop.ui.widgets.jobs import run_job
from stic_desktop.ui.widgets.pickers import ScratchFolder

# key: (label, what it is, module, export function, archive function); called as f(db, agreement_id, ...)
_CONTEXT = "AgreementDocumentsPanel"
DOCUMENTS = {
    "agreement": (QT_TRANSLATE_NOOP(_CONTEXT, "Ramavtal"),
                  QT_TRANSLATE_NOOP(_CONTEXT, "Parter, avtalstid och förlängningar, deltagande kommuner, "
                                              "provisionsvillkor och underskrifter. Till leverantörerna.")),
    "summary": (QT_TRANSLATE_NOOP(_CONTEXT, "Avtalssammanfattning"),
                QT_TRANSLATE_NOOP(_CONTEXT, "En sida för kommunerna: vad avtalet gäller, leverantörer, avtalstid, "
                                            "hur man avropar och kontakt.")),
}


def file_name(label: str, record: AgreementRecord | None) -> str:
    return filenames.safe(f"{label} {record.agreement_number}" if record is not None else label, ".pdf", fallback=label)


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
        for row, (kind, (label, text)) in enumerate(DOCUMENTS.items()):
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
            rights.needs(rights.WRITE, self.buttons[f"{kind}:archive"])
            self.buttons[f"{kind}:preview"].setToolTip(self.tr("Öppnar dokumentet; därifrån kan det skrivas ut"))
            self.buttons[f"{kind}:archive"].setToolTip(self.tr("Sparar dokumentet, så som det ser ut nu, i arkivet "
                                                               "med dagens datum"))
        documents_box = QGroupBox(self.tr("Dokument"))
        QVBoxLayout(documents_box).addLayout(grid)

        self.archive = ArchiveBox(
            self.context, self.tr("Arkiv: dokument som skickats ut"),
            self.tr("Inget är arkiverat ännu."), self._preview, self.scratch,
            how_to=self.tr("Välj ”Arkivera som skickat” när avtalet eller sammanfattningen skickas."))
        self.archive.status_message.connect(self.status_message)
        layout = QVBoxLayout(self)
        layout.addWidget(documents_box)
        layout.addWidget(self.archive, 1)
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
        self.archive.set_records(records)

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
        run_job(self, self.tr("Skapar %1…").replace("%1", self.tr(label).lower()),
                agreement_documents.export_agreement_document, self.context.db, kind, self.agreement_id, target,
                on_success=lambda outcome: self.status_message.emit(
                    self.tr("Sparade %1.").replace("%1", str(outcome.files[0]))))

    def preview_document(self, kind: str) -> None:
        label = self._label(kind)
        target = self.scratch.file(file_name(label, self.record))
        run_job(self, self.tr("Skapar %1…").replace("%1", self.tr(label).lower()),
                agreement_documents.export_agreement_document, self.context.db, kind, self.agreement_id, target,
                on_success=lambda outcome: self._preview(outcome.files[0], self.tr(label)))

    def _preview(self, path: Path, title: str) -> None:
        from stic_desktop.ui.widgets.pdf_preview import show_preview

        show_preview(self, path, title)

    def archive_document(self, kind: str) -> None:
        label = self._label(kind)
        def archived(outcome) -> None:
            record = outcome.record
            self.status_message.emit(self.tr("%1 arkiverades (%2).").replace("%1", self.tr(label))
                                     .replace("%2", record.filename))
            self.reload()
            self.changed.emit()

        run_job(self, self.tr("Arkiverar %1…").replace("%1", self.tr(label).lower()),
                agreement_documents.archive_agreement_document, self.context.db, kind, self.agreement_id,
                on_success=archived)

    # -- archive -------------------------------------------------------------------------
