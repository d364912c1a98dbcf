"""The agreement window's Uppgifter, Förlängningar and (stored files of the) Dokument tabs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stic_desktop.core import clock
from stic_desktop.errors import UserError
from stic_desktop.operations.files import write_file
from stic_desktop.services.agreements import agreements, records, terms
from stic_desktop.services.agreements.agreements import AgreementRecord
from stic_desktop.ui.agreements.parties_panel import record_table
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.people.membership_dialog import date_edit, to_date
from stic_desktop.ui.procurement import tender_dialog
from stic_desktop.ui.widgets import messages, pickers, rights
from stic_desktop.ui.widgets.form import FormDialog
from stic_desktop.ui.widgets.labels import label
from stic_desktop.ui.widgets.pickers import ScratchFolder
from stic_desktop.ui.widgets.row_menu import add_row_actions
from stic_desktop.ui.widgets.table_model import Column, RecordTableModel, when_text
from stic_desktop.ui.widgets.tables import on_open

READ_ONLY_KEYS = ("open", "save")  # opening a file and saving a copy of it change nothing


def _buttons(owner: QWidget, specs) -> tuple[QHBoxLayout, dict[str, QPushButton]]:
    row = QHBoxLayout()
    found: dict[str, QPushButton] = {}
    for key, text, slot in specs:
        button = QPushButton(text)
        button.clicked.connect(slot)
        row.addWidget(button)
        found[key] = button
        if key not in READ_ONLY_KEYS:
            rights.needs(rights.WRITE, button)
    row.addStretch(1)
    return row, found


class TerminateDialog(FormDialog):
    def __init__(self, context: AppContext, record: AgreementRecord, parent: QWidget | None = None) -> None:
        super().__init__(context, parent, min_width=480)
        self.record = record
        self.setWindowTitle(self.tr("Säg upp avtal %1").replace("%1", record.agreement_number))
        self.on_edit = date_edit(min(max(clock.today(), record.start_date), record.current_end_date))
        self.errors.add_row("terminated_on", self.tr("Avtalet upphör *:"), self.on_edit)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(72)
        self.errors.add_row("termination_reason", self.tr("Skäl *:"), self.reason_edit)

    def store(self):
        return terms.terminate_agreement(self.context.db, self.record.id, to_date(self.on_edit),
                                              self.reason_edit.toPlainText())


class DetailsPanel(QWidget):
    """Uppgifter: the agreement's own fields, read-only, with Ändra and Säg upp."""

    changed = Signal()

    def __init__(self, context: AppContext, agreement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.agreement_id = context, agreement_id
        self.form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for key, text in (("agreement_number", self.tr("Avtalsnummer:")), ("title", self.tr("Rubrik:")),
                          ("procurement", self.tr("Upphandling:")), ("status", self.tr("Status:")),
                          ("term", self.tr("Avtalstid:")), ("extensions", self.tr("Förlängningsoptioner:")),
                          ("latest", self.tr("Senast möjliga slutdatum:")), ("reason", self.tr("Särskilda skäl:")),
                          ("due", self.tr("Rapportdag:")), ("terminated", self.tr("Uppsägning:")),
                          ("notes", self.tr("Anteckningar:"))):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            self.form.addRow(text, value)
        row, self.buttons = _buttons(self, (("edit", self.tr("Ändra uppgifter…"), self.edit),
                                            ("terminate", self.tr("Säg upp…"), self.terminate)))
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addLayout(row)
        self.record: AgreementRecord | None = None
        self.reload()

    def reload(self) -> None:
        try:
            self.record = r = agreements.get_agreement(self.context.db, self.agreement_id)
        except UserError as error:
            messages.show_error(self, error)
            return
        v = self.values
        v["agreement_number"].setText(r.agreement_number)
        v["title"].setText(r.title)
        v["procurement"].setText(r.procurement_case_number or "–")
        v["status"].setText(label(r.status_label))
        v["term"].setText(f"{r.start_date.isoformat()} – {r.current_end_date.isoformat()}"
                          + (self.tr(" (ursprungligen till %1)").replace("%1", r.initial_end_date.isoformat())
                             if r.current_end_date != r.initial_end_date else ""))
        v["extensions"].setText(self.tr("%1 × %2 månader, %3 använda").replace("%1", str(r.extension_count)).replace(
            "%2", str(r.extension_months)).replace("%3", str(r.extensions_used)) if r.extension_count
            else self.tr("inga"))
        v["latest"].setText(self.tr("%1 (hela avtalstiden %2 månader)").replace("%1", r.latest_end_date.isoformat())
                            .replace("%2", str(r.term_months)))
        v["reason"].setText(r.long_term_reason or "–")
        v["due"].setText(self.tr("den %1 i månaden efter perioden").replace("%1", str(r.report_due_day)))
        v["terminated"].setText(f"{r.terminated_on.isoformat()}: {r.termination_reason}" if r.terminated_on else "–")
        v["notes"].setText(r.notes or "–")
        self.buttons["terminate"].setEnabled(r.terminated_on is None and r.status != "expired")

    def edit(self) -> None:
        from stic_desktop.ui.agreements.dialog import AgreementDialog

        if self.record is not None and AgreementDialog(self.context, self.record, self).exec():
            self.reload()
            self.changed.emit()

    def terminate(self) -> None:
        if self.record is not None and TerminateDialog(self.context, self.record, self).exec():
            self.reload()
            self.changed.emit()
            self.context.data_changed.emit(agreements.ENTITY)


class ExtensionDialog(FormDialog):
    def __init__(self, context: AppContext, record: AgreementRecord, parent: QWidget | None = None) -> None:
        super().__init__(context, parent, min_width=480)
        self.record = record
        self.setWindowTitle(self.tr("Förläng avtal %1").replace("%1", record.agreement_number))
        self.decided_edit = date_edit(min(clock.today(), record.current_end_date))
        self.errors.add_row("decided_on", self.tr("Beslutsdatum *:"), self.decided_edit)
        self.by_edit = QLineEdit()
        self.by_edit.setPlaceholderText(self.tr("t.ex. Styrgruppen, § 12"))
        self.errors.add_row("decided_by", self.tr("Beslutat av *:"), self.by_edit)
        proposed = min(records.add_months(record.current_end_date, record.extension_months), record.latest_end_date)
        self.end_edit = date_edit(proposed)
        self.errors.add_row("new_end_date", self.tr("Nytt slutdatum *:"), self.end_edit)
        hint = QLabel(self.tr("Nuvarande slutdatum %1; senast möjliga %2.").replace(
            "%1", record.current_end_date.isoformat()).replace("%2", record.latest_end_date.isoformat()))
        hint.setObjectName("hint")
        self.form.addRow("", hint)

    def store(self):
        return terms.record_extension(self.context.db, self.record.id, to_date(self.decided_edit),
                                           self.by_edit.text(), to_date(self.end_edit))


class ExtensionsPanel(QWidget):
    changed = Signal()

    def __init__(self, context: AppContext, agreement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.agreement_id = context, agreement_id
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = RecordTableModel([
            Column(self.tr("Beslutat"), lambda e: e.decided_on),
            Column(self.tr("Beslutat av"), lambda e: e.decided_by),
            Column(self.tr("Nytt slutdatum"), lambda e: e.new_end_date),
        ], self)
        self.table = record_table(self.model)
        row, self.buttons = _buttons(self, (("add", self.tr("Registrera förlängning…"), self.add),
                                            ("remove", self.tr("Ta bort senaste"), self.remove)))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.record: AgreementRecord | None = None
        self.reload()

    def reload(self) -> None:
        try:
            self.record = r = agreements.get_agreement(self.context.db, self.agreement_id)
            rows = terms.extensions(self.context.db, self.agreement_id)
        except UserError as error:
            messages.show_error(self, error)
            return
        self.model.set_rows(rows)
        self.summary.setText(self.tr("%1 av %2 förlängningsoptioner använda. Avtalet gäller till %3; senast möjliga "
                                     "slutdatum %4.").replace("%1", str(r.extensions_used)).replace(
            "%2", str(r.extension_count)).replace("%3", r.current_end_date.isoformat()).replace(
            "%4", r.latest_end_date.isoformat()))
        self.buttons["add"].setEnabled(r.extensions_used < r.extension_count and r.terminated_on is None)
        self.buttons["remove"].setEnabled(bool(rows))

    def add(self) -> None:
        if self.record is not None and ExtensionDialog(self.context, self.record, self).exec():
            self._changed()

    def remove(self) -> None:
        rows = self.model.visible_records()
        newest = max(rows, key=lambda e: (e.new_end_date, e.id)) if rows else None
        if newest is None or not messages.confirm(self, self.tr("Ta bort förlängning"), self.tr(
                "Ta bort förlängningen till %1?").replace("%1", newest.new_end_date.isoformat()), self.tr("Ta bort")):
            return
        try:
            terms.delete_extension(self.context.db, newest.id)
        except UserError as error:
            messages.show_error(self, error)
            return
        self._changed()

    def _changed(self) -> None:
        self.reload()
        self.changed.emit()
        self.context.data_changed.emit(agreements.ENTITY)


class FilesPanel(QWidget):
    """Files kept with the agreement: the signed agreement, appendices, price lists."""

    changed = Signal()

    def __init__(self, context: AppContext, agreement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.agreement_id = context, agreement_id
        self.scratch = ScratchFolder()
        scratch = self.scratch
        self.destroyed.connect(lambda *_: scratch.remove())
        self.model = RecordTableModel([
            Column(self.tr("Dokument"), lambda d: d.title),
            Column(self.tr("Fil"), lambda d: d.filename),
            Column(self.tr("Tillagt"), lambda d: d.added_at, when_text),
            Column(self.tr("Av"), lambda d: d.added_by_name or "–"),
        ], self)
        self.table = record_table(self.model)
        on_open(self.table, lambda *_: self.open())
        row, self.buttons = _buttons(self, (("add", self.tr("Lägg till fil…"), self.add),
                                            ("open", self.tr("Öppna"), self.open),
                                            ("save", self.tr("Spara kopia…"), self.save_copy),
                                            ("remove", self.tr("Ta bort"), self.remove)))
        add_row_actions(self.table, *(b for k, b in self.buttons.items() if k != "open"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.reload()

    def reload(self) -> None:
        try:
            self.model.set_rows(terms.agreement_documents(self.context.db, self.agreement_id))
        except UserError as error:
            messages.show_error(self, error)
        self._update()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if len(rows) == 1 else None

    def _update(self) -> None:
        for key in ("open", "save", "remove"):
            self.buttons[key].setEnabled(self.selected() is not None)

    def add(self) -> None:
        path = tender_dialog.choose_file(self, self.tr("Lägg till dokument"), self.tr("Alla filer (*)"))
        if path is None:
            return
        try:
            name, data = tender_dialog.read_chosen(path, "file")
            terms.add_agreement_document(self.context.db, self.agreement_id, path.stem, name, data)
        except UserError as error:
            messages.show_error(self, error)
            return
        self.reload()
        self.changed.emit()

    def _bytes(self) -> tuple[str, bytes] | None:
        record = self.selected()
        if record is None:
            return None
        try:
            return terms.agreement_document_file(self.context.db, record.id)
        except UserError as error:
            messages.show_error(self, error)
            return None

    def open(self) -> None:
        found = self._bytes()
        if found is not None:
            target = self.scratch.file(found[0])
            target.write_bytes(found[1])
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def save_copy(self) -> None:
        found = self._bytes()
        if found is None:
            return
        path = pickers.save_file_name(self, self.tr("Spara kopia"), found[0])
        if path is not None:
            try:
                write_file(Path(path), found[1])  # never over a database; a temporary name, renamed when complete
            except UserError as error:
                messages.show_error(self, error)

    def remove(self) -> None:
        record = self.selected()
        if record is None or not messages.confirm(self, self.tr("Ta bort dokument"), self.tr(
                "Ta bort %1?").replace("%1", record.title), self.tr("Ta bort")):
            return
        try:
            terms.delete_agreement_document(self.context.db, record.id)
        except UserError as error:
            messages.show_error(self, error)
            return
        self.reload()
        self.changed.emit()
