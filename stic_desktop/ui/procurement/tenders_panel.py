"""Anbud: the tenders in order of receipt, late ones in red, their qualification and evaluation, and
the award. Everything here is secret until the award decision is sent (OSL 19 kap. 3 §) and fixed
after that."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stic_desktop.core import money
from stic_desktop.errors import UserError
from stic_desktop.services.procurement import tenders
from stic_desktop.services.procurement.tenders import TenderRecord, TenderState
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.procurement.tender_dialog import QUALIFIED_CHOICES, TenderDialog
from stic_desktop.ui.widgets import messages, rights
from stic_desktop.ui.widgets.row_menu import add_row_actions
from stic_desktop.ui.widgets.table_model import Column, Index, RecordTableModel
from stic_desktop.ui.widgets.tables import make_table_view, on_open

LATE_COLOUR = QColor("#b00020")
QUALIFIED_LABELS = dict(QUALIFIED_CHOICES)


def _score(value: object) -> str:
    return "" if value is None else f"{value:g}".replace(".", ",")


class TenderModel(RecordTableModel):
    """Tenders; a late one is red and says so in its tooltip."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.row() < self.rowCount() and self.record(index.row()).late:
            if role == Qt.ItemDataRole.ForegroundRole:
                return LATE_COLOUR
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Inkommet efter sista anbudsdag; får inte kvalificeras.")
        return super().data(index, role)


class TendersPanel(QWidget):
    changed = Signal()

    def __init__(self, context: AppContext, procurement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.procurement_id = context, procurement_id
        self.state = TenderState("needs_analysis", None, None)
        self.model = TenderModel([
            Column(self.tr("Nr"), lambda r: r.receipt_order, align_right=True),
            Column(self.tr("Anbudsgivare"), lambda r: r.supplier_name),
            Column(self.tr("Mottaget"), lambda r: r.received_at),
            Column(self.tr("Sent"), lambda r: self.tr("Sent inkommet") if r.late else ""),
            Column(self.tr("Kvalificering"), lambda r: QCoreApplication.translate("TenderDialog", QUALIFIED_LABELS[r.qualified])),
            Column(self.tr("Pris"), lambda r: r.price_ore,
                   lambda ore: "" if ore is None else money.format(ore, decimals="auto"), align_right=True),
            Column(self.tr("Poäng"), lambda r: r.score, _score, align_right=True),
            Column(self.tr("Placering"), lambda r: r.ranking, align_right=True),
            Column(self.tr("Tilldelat"), lambda r: self.tr("Ja") if r.awarded else ""),
        ], self)
        self.table = make_table_view(self.model, selection="extended")
        on_open(self.table, lambda *_: self.edit())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("hint")
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (("add", self.tr("Registrera anbud…"), self.add), ("edit", self.tr("Ändra…"), self.edit),
                                ("delete", self.tr("Ta bort"), self.delete),
                                ("award", self.tr("Tilldela markerade"), self.award),
                                ("unaward", self.tr("Ta bort tilldelning"), self.clear_award)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        add_row_actions(self.table, *(b for k, b in self.buttons.items() if k != "edit"))
        rights.needs(rights.WRITE, *self.buttons.values())  # a tender opens read-only for a reader
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    def reload(self) -> None:
        try:
            self.state = tenders.procurement_state(self.context.db, self.procurement_id)
            rows = tenders.tenders(self.context.db, self.procurement_id)
        except UserError as error:
            messages.show_error(self, error)
            return
        self.model.set_rows(rows)
        parts = [self.tr("Sista anbudsdag: %1.").replace("%1", self.state.deadline.isoformat()) if self.state.deadline
                 else self.tr("Sista anbudsdag är inte satt.")]
        late = sum(r.late for r in rows)
        if late:
            parts.append(self.tr("%1 anbud kom in för sent.").replace("%1", str(late)))
        if self.state.locked_message:
            parts.append(self.tr(self.state.locked_message))
        else:
            parts.append(self.tr("Anbuden omfattas av sekretess tills tilldelningsbeslutet har skickats (19 kap. 3 § OSL)."))
        self.status.setText(" ".join(parts))
        self._update_buttons()

    def selected(self) -> list[TenderRecord]:
        return [self.model.record(i.row()) for i in self.table.selectionModel().selectedRows()]

    def _update_buttons(self) -> None:
        chosen = self.selected()
        open_ = not self.state.locked_message
        self.buttons["add"].setEnabled(open_)
        self.buttons["edit"].setEnabled(len(chosen) == 1)  # read-only view once locked
        self.buttons["delete"].setEnabled(open_ and len(chosen) == 1)
        self.buttons["award"].setEnabled(open_ and bool(chosen))
        self.buttons["unaward"].setEnabled(open_ and any(r.awarded for r in self.model.visible_records()))

    def _changed(self) -> None:
        self.reload()
        self.changed.emit()
        self.context.data_changed.emit("procurement")

    def add(self) -> None:
        dialog = TenderDialog(self.context, self.procurement_id, None, self.state.deadline, self,
                              deadline_time=self.state.deadline_time)
        if dialog.exec() and dialog.saved is not None:
            self._changed()

    def edit(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        dialog = TenderDialog(self.context, self.procurement_id, chosen[0], self.state.deadline, self,
                              deadline_time=self.state.deadline_time)
        if self.state.locked_message:
            dialog.setWindowTitle(self.tr("Anbud (kan inte ändras)"))
        if dialog.exec() and dialog.saved is not None:
            self._changed()

    def delete(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1 or not messages.confirm(
                self, self.tr("Ta bort anbud"),
                self.tr("Ta bort anbudet från %1? Gör det bara om det registrerades av misstag.")
                .replace("%1", chosen[0].supplier_name), self.tr("Ta bort")):
            return
        self._run(tenders.delete_tender, chosen[0].id)

    def award(self) -> None:
        """The selected tenders win; any earlier choice is replaced."""
        chosen = self.selected()
        if chosen:
            self._run(tenders.set_awarded, self.procurement_id, [r.id for r in chosen])

    def clear_award(self) -> None:
        self._run(tenders.set_awarded, self.procurement_id, [])

    def _run(self, action, *args) -> None:
        try:
            action(self.context.db, *args)
        except UserError as error:
            messages.show_error(self, error)
            return
        self._changed()
