"""Deltagare och fullmakter: the municipalities a procurement is for, their yearly volumes and the
signed powers of attorney (PDF) that allow STIC to procure for them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stic_desktop.core import clock, money
from stic_desktop.errors import UserError, ValidationError
from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.procurement import parties as procurement_parties
from stic_desktop.services.procurement import tenders
from stic_desktop.services.procurement.parties import ParticipantRecord
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.people.membership_dialog import date_edit, to_date
from stic_desktop.ui.procurement import tender_dialog
from stic_desktop.ui.procurement.tender_dialog import parse_kronor
from stic_desktop.ui.widgets import messages, rights
from stic_desktop.ui.widgets.form import FormDialog
from stic_desktop.ui.widgets.pickers import ScratchFolder
from stic_desktop.ui.widgets.row_menu import add_row_actions
from stic_desktop.ui.widgets.table_model import Column, Index, RecordTableModel
from stic_desktop.ui.widgets.tables import make_table_view, on_open

MISSING_COLOUR = QColor("#b00020")


class ParticipantModel(RecordTableModel):
    """Participants; a missing power of attorney is shown in red."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.row() < self.rowCount():
            return MISSING_COLOUR if not self.record(index.row()).has_poa else None
        return super().data(index, role)


class ParticipantDialog(FormDialog):
    """Add a municipality (record None) or change a participant's yearly volume."""

    def __init__(self, context: AppContext, procurement_id: int, record: ParticipantRecord | None = None,
                 taken: set[int] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(context, parent, min_width=440)
        self.procurement_id, self.record = procurement_id, record
        self.setWindowTitle(self.tr("Ny deltagare") if record is None else self.tr("Deltagare: %1").replace(
            "%1", record.municipality_name))
        self.municipality_combo = QComboBox()
        if record is None:
            choices = [m for m in municipalities.list_municipalities(context.db)
                       if m.id not in (taken or set()) and m.status != "left"]
            for m in sorted(choices, key=lambda m: procurement_parties.swedish_key(m.name)):
                self.municipality_combo.addItem(f"{m.name} ({m.municipality_code})", m.id)
            self.municipality_combo.setCurrentIndex(-1 if self.municipality_combo.count() != 1 else 0)
        else:
            self.municipality_combo.addItem(record.municipality_name, record.municipality_id)
            self.municipality_combo.setEnabled(False)
        self.errors.add_row("municipality_id", self.tr("Kommun *:"), self.municipality_combo)
        self.volume_edit = QLineEdit(money.format_input(record.estimated_volume_ore) if record else "")
        self.volume_edit.setPlaceholderText(self.tr("kronor per år"))
        self.errors.add_row("estimated_volume_ore", self.tr("Uppskattad volym per år:"), self.volume_edit)

    def store(self):
        db = self.context.db
        volume = parse_kronor(self.volume_edit.text(), "estimated_volume_ore", self.tr("Volymen")) or 0
        if self.record is not None:
            return procurement_parties.update_participant(db, self.record.id, volume)
        elif self.municipality_combo.currentData() is None:
            raise ValidationError("municipality_id", self.tr("Välj en kommun i listan."))
        else:
            return procurement_parties.add_participant(db, self.procurement_id,
                                                       self.municipality_combo.currentData(), volume)


class PowerOfAttorneyDialog(FormDialog):
    """Date received, who signed, and the scanned PDF."""

    def __init__(self, context: AppContext, record: ParticipantRecord, parent: QWidget | None = None) -> None:
        super().__init__(context, parent, min_width=480)
        self.record = record
        self.path = None
        self.setWindowTitle(self.tr("Fullmakt från %1").replace("%1", record.municipality_name))
        self.received_edit = date_edit(record.poa_received_on or clock.today())
        self.errors.add_row("poa_received_on", self.tr("Mottagen *:"), self.received_edit)
        self.signed_edit = QLineEdit(record.poa_signed_by)
        self.signed_edit.setPlaceholderText(self.tr("Namn och befattning"))
        self.errors.add_row("poa_signed_by", self.tr("Undertecknad av *:"), self.signed_edit)
        file_row = QWidget()
        row = QHBoxLayout(file_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.file_label = QLabel(self.tr("(ingen fil vald)"))
        choose = QPushButton(self.tr("Välj PDF…"))
        choose.clicked.connect(self.choose)
        rights.needs(rights.WRITE, choose)
        row.addWidget(self.file_label, 1)
        row.addWidget(choose)
        self.errors.add_row("poa_file", self.tr("Fil (PDF) *:"), file_row)

    def choose(self) -> None:
        path = tender_dialog.choose_file(self, self.tr("Välj fullmakt"), self.tr("PDF (*.pdf);;Alla filer (*)"))
        if path is not None:
            self.path = path
            self.file_label.setText(path.name)

    def store(self):
        name, data = tender_dialog.read_chosen(self.path, "poa_file")
        return procurement_parties.record_power_of_attorney(
            self.context.db, self.record.id, to_date(self.received_edit), self.signed_edit.text(), name, data)


class ParticipantsPanel(QWidget):
    changed = Signal()

    def __init__(self, context: AppContext, procurement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.procurement_id = context, procurement_id
        self.state = tenders.TenderState("needs_analysis", None, None)
        self.scratch = ScratchFolder()
        scratch = self.scratch
        self.destroyed.connect(lambda *_: scratch.remove())
        self.model = ParticipantModel([
            Column(self.tr("Kommun"), lambda r: r.municipality_name),
            Column(self.tr("Kommunkod"), lambda r: r.municipality_code),
            Column(self.tr("Volym per år"), lambda r: r.estimated_volume_ore,
                   lambda ore: money.format(ore, decimals="auto"), align_right=True),
            Column(self.tr("Fullmakt"), lambda r: self.tr("Finns") if r.has_poa else self.tr("Saknas")),
            Column(self.tr("Mottagen"), lambda r: r.poa_received_on),
            Column(self.tr("Undertecknad av"), lambda r: r.poa_signed_by),
            Column(self.tr("Fil"), lambda r: r.poa_filename),
        ], self)
        self.table = make_table_view(self.model)
        writable = rights.allows(context)  # a reader opens the power of attorney instead of registering one
        on_open(self.table, lambda *_: self.record_poa() if writable else self.open_poa())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (("add", self.tr("Lägg till kommun…"), self.add), ("edit", self.tr("Ändra volym…"), self.edit),
                                ("remove", self.tr("Ta bort"), self.remove), ("poa", self.tr("Registrera fullmakt…"), self.record_poa),
                                ("open", self.tr("Öppna fullmakt"), self.open_poa),
                                ("clear", self.tr("Ta bort fullmakt"), self.clear_poa)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        add_row_actions(self.table, *(b for k, b in self.buttons.items() if k not in ("poa", "open" * (not writable))),
                        open_text=self.tr("Registrera fullmakt…") if writable else self.tr("Öppna fullmakt"))
        rights.needs(rights.WRITE, *(b for k, b in self.buttons.items() if k != "open"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    def reload(self) -> None:
        selected = self.selected()
        try:
            rows = procurement_parties.participants(self.context.db, self.procurement_id)
            self.state = tenders.procurement_state(self.context.db, self.procurement_id)
        except UserError as error:
            messages.show_error(self, error)
            return
        self.model.set_rows(rows)
        missing = [r.municipality_name for r in rows if not r.has_poa]
        if not rows:
            text = self.tr("Inga deltagande kommuner ännu.")
        elif missing:
            text = self.tr("Fullmakt saknas för %1. Upphandlingen kan inte annonseras förrän alla fullmakter "
                           "finns.").replace("%1", ", ".join(missing))
        else:
            text = self.tr("Alla %1 deltagande kommuner har lämnat fullmakt.").replace("%1", str(len(rows)))
        self.summary.setText(text)
        self.summary.setObjectName("fieldError" if missing else "hint")
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)
        if selected is not None:
            row = self.model.row_of(lambda r: r.id == selected.id)
            if row is not None:
                self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> ParticipantRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if len(rows) == 1 else None

    def _update_buttons(self) -> None:
        record = self.selected()
        ended = self.state.stage in ("cancelled", "closed")
        for key in ("edit", "poa"):
            self.buttons[key].setEnabled(record is not None and not ended)
        self.buttons["add"].setEnabled(not ended)
        self.buttons["remove"].setEnabled(record is not None and not ended)
        self.buttons["open"].setEnabled(record is not None and bool(record.poa_filename))
        self.buttons["clear"].setEnabled(record is not None and bool(record.poa_filename) and not ended)

    def _changed(self) -> None:
        self.reload()
        self.changed.emit()
        self.context.data_changed.emit("procurement")

    def add(self) -> None:
        taken = {r.municipality_id for r in self.model.visible_records()}
        dialog = ParticipantDialog(self.context, self.procurement_id, None, taken, self)
        if dialog.exec() and dialog.saved is not None:
            self._changed()

    def edit(self) -> None:
        record = self.selected()
        if record is not None and ParticipantDialog(self.context, self.procurement_id, record, None, self).exec():
            self._changed()

    def remove(self) -> None:
        record = self.selected()
        if record is None or not messages.confirm(
                self, self.tr("Ta bort deltagare"),
                self.tr("Ta bort %1 som deltagare? En registrerad fullmakt tas också bort.")
                .replace("%1", record.municipality_name), self.tr("Ta bort")):
            return
        self._run(procurement_parties.remove_participant, record.id)

    def record_poa(self) -> None:
        record = self.selected()
        if record is not None and PowerOfAttorneyDialog(self.context, record, self).exec():
            self._changed()

    def clear_poa(self) -> None:
        record = self.selected()
        if record is None or not messages.confirm(
                self, self.tr("Ta bort fullmakt"),
                self.tr("Ta bort den registrerade fullmakten från %1?").replace("%1", record.municipality_name),
                self.tr("Ta bort")):
            return
        self._run(procurement_parties.clear_power_of_attorney, record.id)

    def open_poa(self) -> None:
        record = self.selected()
        if record is None:
            return
        try:
            name, data = procurement_parties.power_of_attorney_file(self.context.db, record.id)
        except UserError as error:
            messages.show_error(self, error)
            return
        tender_dialog.open_stored_file(self, self.scratch, name, data)

    def _run(self, action, *args) -> None:
        try:
            action(self.context.db, *args)
        except UserError as error:
            messages.show_error(self, error)
            return
        self._changed()
