"""Dokument: the meeting's documents saved as files or previewed (each built in a worker), and the
archive of what was sent out (the exact files), which can be opened or saved again."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from stic_desktop.core import filenames
from stic_desktop.errors import UserError
from stic_desktop.operations import mailing, meeting_documents, meeting_pack
from stic_desktop.services import archive
from stic_desktop.services.meetings.meetings import ENTITY, MeetingRecord
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.widgets import messages, rights
from stic_desktop.ui.widgets import pickers as meeting_widgets
from stic_desktop.ui.widgets.archive_box import ArchiveBox
from stic_desktop.ui.widgets.jobs import run_job
from stic_desktop.ui.widgets.pickers import ScratchFolder

# kind: (label, what it is); each is written by operations.meeting_documents.export_meeting_document.
# The label also names the file (the documents themselves are Swedish); the window shows it translated.
DOCUMENTS = {
    "invitation": (QT_TRANSLATE_NOOP("DocumentsPanel", "Kallelse"),
                   QT_TRANSLATE_NOOP("DocumentsPanel", "Brevet med tid, plats, länk och dagordningen i korthet.")),
    "invitation-letters": (QT_TRANSLATE_NOOP("DocumentsPanel", "Kallelsebrev"),
                           QT_TRANSLATE_NOOP("DocumentsPanel", "Ett brev per kallad, med namn, svarsdag och ersättare, "
                                                               "för utskrift.")),
    "agenda": (QT_TRANSLATE_NOOP("DocumentsPanel", "Dagordning"),
               QT_TRANSLATE_NOOP("DocumentsPanel", "Punkterna med tider, föredragande och förslag till beslut.")),
    "attendance": (QT_TRANSLATE_NOOP("DocumentsPanel", "Närvarolista"),
                   QT_TRANSLATE_NOOP("DocumentsPanel", "De kallade med en kolumn för namnteckning.")),
    "minutes": (QT_TRANSLATE_NOOP("DocumentsPanel", "Protokoll"),
                QT_TRANSLATE_NOOP("DocumentsPanel", "Anteckningar, beslut, åtgärder och rader för underskrifter.")),
}


def file_name(label: str, meeting: MeetingRecord, suffix: str = ".pdf") -> str:
    text = f"{label} {meeting.starts_at.date().isoformat()} {meeting.group_name or meeting.title}"
    return filenames.safe(text, suffix, fallback=label)


class DocumentsPanel(QWidget):
    changed = Signal()
    status_message = Signal(str)

    def __init__(self, context: AppContext, meeting_id: int, scratch: ScratchFolder, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.meeting_id = meeting_id
        self.scratch = scratch
        self.meeting: MeetingRecord | None = None
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.buttons: dict[str, QPushButton] = {}

        def add_row(row: int, label: str, text: str, *buttons: tuple[str, str, object]) -> None:
            name = QLabel(f"<b>{label}</b>")
            grid.addWidget(name, row, 0)
            hint = QLabel(text)
            hint.setObjectName("hint")
            hint.setWordWrap(True)
            grid.addWidget(hint, row, 1)
            for column, (key, caption, slot) in enumerate(buttons, start=2):
                button = QPushButton(caption)
                button.clicked.connect(slot)
                grid.addWidget(button, row, column)
                self.buttons[key] = button

        for row, (kind, (title, text)) in enumerate(DOCUMENTS.items()):
            add_row(row, self.tr(title), self.tr(text), (f"{kind}:save", self.tr("Spara som PDF…"), partial(self.save_document, kind)),
                    (f"{kind}:preview", self.tr("Förhandsgranska"), partial(self.preview_document, kind)))
        row = len(DOCUMENTS)
        add_row(row, self.tr("Mötespaket"), self.tr("Försättsblad, kallelse, dagordning, bilagor och närvarolista i en fil, "
                                           "med sidnummer på varje sida."),
                ("pack:save", self.tr("Spara som PDF…"), self.save_pack),
                ("pack:preview", self.tr("Förhandsgranska"), self.preview_pack),
                ("pack:each", self.tr("En per deltagare…"), self.save_packs_per_participant))
        add_row(row + 1, self.tr("Kalenderfil"), self.tr("En .ics-fil att öppna i Outlook eller någon annan kalender."),
                ("ics:save", self.tr("Spara som .ics…"), self.save_ics))
        self.buttons["pack:each"].setToolTip(self.tr("Ett mötespaket för varje kallad, med namnet på försättsbladet, i en mapp"))
        documents_box = QGroupBox(self.tr("Skapa dokument"))
        documents_box.setLayout(grid)

        self.archive_minutes_button = QPushButton(self.tr("Arkivera protokollet som skickat"))
        self.archive_minutes_button.setToolTip(self.tr("Sparar protokollet, som det ser ut nu, i arkivet (gör det när det "
                                                  "skickas ut)"))
        self.archive_minutes_button.clicked.connect(self.archive_minutes)
        rights.needs(rights.WRITE, self.archive_minutes_button)
        self.archive = ArchiveBox(
            self.context, self.tr("Arkiv: dokument som skickats ut"),
            self.tr("Inget har skickats ut ännu."), self._preview, self.scratch,
            how_to=self.tr("Kallelsen arkiveras när du väljer ”Förbered utskick…”."))
        self.archive.status_message.connect(self.status_message)
        self.archive.selection_changed.connect(self._update_buttons)
        self.archive.bar.addWidget(self.archive_minutes_button)
        layout = QVBoxLayout(self)
        layout.addWidget(documents_box)
        layout.addWidget(self.archive, 1)

    # -- state ---------------------------------------------------------------------------
    def refresh(self, meeting: MeetingRecord) -> None:
        self.meeting = meeting
        try:
            records = archive.archived_documents(self.context.db, ENTITY, self.meeting_id)
        except UserError as error:
            messages.show_error(self, error)
            records = []
        self.archive.set_records(records)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.archive_minutes_button.setEnabled(self.meeting is not None and self.meeting.status in ("held", "adjusted"))

    def _done(self, text: str):
        return lambda outcome: self.status_message.emit(text.replace("%1", str(outcome.files[0])))

    # -- documents -----------------------------------------------------------------------
    def _target(self, title: str, suggested: str, filter_text: str, suffix: str) -> Path | None:
        target = meeting_widgets.save_file_name(self, title, suggested, filter_text)
        if target is not None and target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        return target

    def save_document(self, kind: str) -> None:
        name, _text = DOCUMENTS[kind]
        shown = self.tr(name).lower()
        target = self._target(self.tr("Spara %1").replace("%1", shown), file_name(name, self.meeting),
                              self.tr("PDF (*.pdf)"), ".pdf")
        if target is not None:
            run_job(self, self.tr("Skapar %1…").replace("%1", shown), meeting_documents.export_meeting_document,
                    self.context.db, self.meeting_id, kind, target, on_success=self._done(self.tr("Sparade %1.")))

    def preview_document(self, kind: str) -> None:
        name, _text = DOCUMENTS[kind]
        target = self.scratch.file(file_name(name, self.meeting))
        run_job(self, self.tr("Skapar %1…").replace("%1", self.tr(name).lower()),
                meeting_documents.export_meeting_document, self.context.db, self.meeting_id, kind, target,
                on_success=lambda outcome: self._preview(outcome.files[0], self.tr(name)))

    def _preview(self, path: Path, title: str) -> None:
        from stic_desktop.ui.widgets.pdf_preview import show_preview

        show_preview(self, path, title)

    def save_pack(self) -> None:
        target = self._target(self.tr("Spara mötespaket"), file_name("Mötespaket", self.meeting), self.tr("PDF (*.pdf)"),
                              ".pdf")
        if target is not None:
            run_job(self, self.tr("Skapar mötespaket…"), meeting_pack.build_meeting_packs,
                    self.context.db, self.meeting_id, target, on_success=self._pack_saved)

    def save_packs_per_participant(self) -> None:
        folder = meeting_widgets.existing_folder(self, self.tr("Välj mapp för mötespaketen"))
        if folder is not None:
            build = partial(meeting_pack.build_meeting_packs, per_participant=True)
            run_job(self, self.tr("Skapar mötespaket…"), build, self.context.db, self.meeting_id, folder,
                    on_success=self._pack_saved)

    def _pack_saved(self, outcome) -> None:
        paths = outcome.files
        if len(paths) == 1:
            self.status_message.emit(self.tr("Sparade %1.").replace("%1", str(paths[0])))
        else:
            self.status_message.emit(self.tr("Sparade %1 mötespaket i %2.").replace("%1", str(len(paths)))
                                     .replace("%2", str(Path(paths[0]).parent) if paths else ""))

    def preview_pack(self) -> None:
        target = self.scratch.file(file_name("Mötespaket", self.meeting))
        run_job(self, self.tr("Skapar mötespaket…"), meeting_pack.build_meeting_packs,
                self.context.db, self.meeting_id, target,
                on_success=lambda outcome: self._preview(outcome.files[0], self.tr("Mötespaket")))

    def save_ics(self) -> None:
        prefix = self.tr("Inställt") if self.meeting.status == "cancelled" else self.tr("Möte")
        target = self._target(self.tr("Spara kalenderfil"), f"{prefix} {self.meeting.starts_at.date().isoformat()}.ics",
                              self.tr("Kalenderfil (*.ics)"), ".ics")
        if target is not None:
            run_job(self, self.tr("Skapar kalenderfil…"), meeting_documents.export_meeting_document, self.context.db,
                    self.meeting_id, "ics", target, on_success=self._done(self.tr("Sparade %1.")))

    # -- archive -------------------------------------------------------------------------
    def archive_minutes(self) -> None:
        def archived(outcome) -> None:
            record = outcome.record
            self.status_message.emit(self.tr("Protokollet arkiverades (%1).").replace("%1", record.filename))
            if self.meeting is not None:
                self.refresh(self.meeting)

        run_job(self, self.tr("Arkiverar protokollet…"), mailing.archive_minutes,
                self.context.db, self.meeting_id, on_success=archived)
