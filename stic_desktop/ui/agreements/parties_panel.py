"""The agreement window's Leverantörer and Kommuner tabs: who the agreement is with and who may call off from it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stic_desktop.errors import UserError, ValidationError
from stic_desktop.services.agreements import agreements, parties, suppliers
from stic_desktop.services.agreements.parties import SupplierOnAgreement
from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.procurement.parties import swedish_key
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.widgets import messages, rights
from stic_desktop.ui.widgets.form import FormDialog
from stic_desktop.ui.widgets.row_menu import add_row_actions
from stic_desktop.ui.widgets.table_model import Column, RecordTableModel
from stic_desktop.ui.widgets.tables import make_table_view, on_open


def record_table(model: RecordTableModel) -> QTableView:
    return make_table_view(model)


class SupplierPartyDialog(FormDialog):
    """Add a supplier to the agreement or change its ranking; the whole list is saved by the panel."""

    def __init__(self, context: AppContext, current: SupplierOnAgreement | None, taken: set[int],
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent, min_width=480)
        self.result_row: tuple[int, int | None, bool] | None = None
        self.setWindowTitle(self.tr("Leverantör på avtalet"))
        self.supplier_combo = QComboBox()
        if current is None:
            for s in suppliers.list_suppliers(context.db):
                if s.id not in taken:
                    self.supplier_combo.addItem(f"{s.name} ({s.org_number})", s.id)
            self.supplier_combo.setCurrentIndex(-1)
        else:
            self.supplier_combo.addItem(current.name, current.supplier_id)
            self.supplier_combo.setEnabled(False)
        self.errors.add_row("supplier", self.tr("Leverantör *:"), self.supplier_combo)
        self.rank_spin = QSpinBox()
        self.rank_spin.setRange(1, 99)
        self.rank_spin.setMaximumWidth(90)
        self.rank_spin.setValue(current.ranking if current and current.ranking else len(taken) + 1)
        self.errors.add_row("suppliers", self.tr("Rangordning:"), self.rank_spin)
        self.renewed_check = QCheckBox(self.tr("Förnyad konkurrensutsättning (ingen rangordning)"))
        self.renewed_check.toggled.connect(lambda on: self.rank_spin.setEnabled(not on))
        self.renewed_check.setChecked(bool(current and current.renewed_competition))
        self.form.addRow("", self.renewed_check)

    def store(self) -> tuple[int, int | None, bool]:
        supplier_id = self.supplier_combo.currentData()
        if supplier_id is None:
            raise ValidationError("supplier", self.tr("Välj en leverantör i listan (nya läggs till "
                                                      "under Leverantörer)."))
        renewed = self.renewed_check.isChecked()
        self.result_row = (supplier_id, None if renewed else self.rank_spin.value(), renewed)
        return self.result_row


class SuppliersPanel(QWidget):
    changed = Signal()

    def __init__(self, context: AppContext, agreement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.agreement_id = context, agreement_id
        self.model = RecordTableModel([
            Column(self.tr("Rangordning"), lambda r: r.ranking_text if not r.renewed_competition
                   else self.tr("Förnyad konkurrensutsättning")),
            Column(self.tr("Leverantör"), lambda r: r.name),
            Column(self.tr("Organisationsnummer"), lambda r: r.org_number),
        ], self)
        self.table = record_table(self.model)
        on_open(self.table, lambda *_: self.edit())
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, slot in (("add", self.tr("Lägg till leverantör…"), self.add),
                                ("edit", self.tr("Ändra rangordning…"), self.edit),
                                ("remove", self.tr("Ta bort från avtalet"), self.remove)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        add_row_actions(self.table, *(b for k, b in self.buttons.items() if k != "edit"))
        rights.needs(rights.WRITE, *self.buttons.values())  # a party opens read-only for a reader
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    def reload(self) -> None:
        try:
            self.model.set_rows(parties.agreement_suppliers(self.context.db, self.agreement_id))
        except UserError as error:
            messages.show_error(self, error)
        self._update_buttons()

    def selected(self) -> SupplierOnAgreement | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if len(rows) == 1 else None

    def _update_buttons(self) -> None:
        for key in ("edit", "remove"):
            self.buttons[key].setEnabled(self.selected() is not None)

    def _rows(self) -> list[tuple[int, int | None, bool]]:
        return [(r.supplier_id, r.ranking, r.renewed_competition) for r in self.model.visible_records()]

    def _save(self, rows: list[tuple[int, int | None, bool]]) -> None:
        try:
            parties.set_agreement_suppliers(self.context.db, self.agreement_id, rows)
        except UserError as error:
            messages.show_error(self, error)
            return
        self.reload()
        self.changed.emit()
        self.context.data_changed.emit(agreements.ENTITY)

    def add(self) -> None:
        rows = self._rows()
        dialog = SupplierPartyDialog(self.context, None, {r[0] for r in rows}, self)
        if dialog.exec() and dialog.result_row is not None:
            self._save([*rows, dialog.result_row])

    def edit(self) -> None:
        record = self.selected()
        if record is None:
            return
        dialog = SupplierPartyDialog(self.context, record, {r[0] for r in self._rows()} - {record.supplier_id}, self)
        if dialog.exec() and dialog.result_row is not None:
            self._save([dialog.result_row if r[0] == record.supplier_id else r for r in self._rows()])

    def remove(self) -> None:
        record = self.selected()
        if record is not None and messages.confirm(
                self, self.tr("Ta bort leverantör"),
                self.tr("Ta bort %1 från avtalet?").replace("%1", record.name), self.tr("Ta bort")):
            self._save([r for r in self._rows() if r[0] != record.supplier_id])


class MunicipalitiesPanel(QWidget):
    """The participating municipalities, chosen with check boxes."""

    changed = Signal()

    def __init__(self, context: AppContext, agreement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.agreement_id = context, agreement_id
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filtrera kommuner…"))
        self.filter_edit.setAccessibleName(self.tr("Filtrera kommuner"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.setAlternatingRowColors(True)
        self.save_button = QPushButton(self.tr("Spara kommuner"))
        self.save_button.clicked.connect(self.save)
        self.all_button = QPushButton(self.tr("Markera alla"))
        self.all_button.clicked.connect(lambda: self._check_all(True))
        add_row_actions(self.list, self.all_button, export=False)
        self.none_button = QPushButton(self.tr("Avmarkera alla"))
        self.none_button.clicked.connect(lambda: self._check_all(False))
        rights.needs(rights.WRITE, self.save_button, self.all_button, self.none_button)
        row = QHBoxLayout()
        for button in (self.all_button, self.none_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.list.itemChanged.connect(lambda *_: self._count())
        self.reload()

    def reload(self) -> None:
        try:
            chosen = {m for m, _n, _c in parties.agreement_participants(self.context.db, self.agreement_id)}
            every = municipalities.list_municipalities(self.context.db)
        except UserError as error:
            messages.show_error(self, error)
            return
        self.list.blockSignals(True)
        self.list.clear()
        for m in sorted(every, key=lambda m: swedish_key(m.name)):
            if m.status == "left" and m.id not in chosen:
                continue
            item = QListWidgetItem(f"{m.name} ({m.municipality_code})")
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            if rights.allows(self.context):  # a reader sees the ticks but cannot change them
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if m.id in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._saved = chosen
        self._filter(self.filter_edit.text())
        self._count()

    def checked(self) -> list[int]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def _count(self) -> None:
        chosen = self.checked()
        text = self.tr("%1 av %2 kommuner deltar i avtalet.").replace("%1", str(len(chosen))).replace(
            "%2", str(self.list.count()))
        if set(chosen) != self._saved:
            text += " " + self.tr("Ändringarna är inte sparade.")
        self.summary.setText(text)
        self.save_button.setEnabled(set(chosen) != self._saved)

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _check_all(self, on: bool) -> None:
        for i in range(self.list.count()):
            if not self.list.item(i).isHidden():
                self.list.item(i).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def save(self) -> None:
        try:
            parties.set_agreement_participants(self.context.db, self.agreement_id, self.checked())
        except UserError as error:
            messages.show_error(self, error)
            return
        self.reload()
        self.changed.emit()
        self.context.data_changed.emit(agreements.ENTITY)
