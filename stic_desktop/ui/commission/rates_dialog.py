"""Provisionssatser: the steering group's rate decisions, the default rate and per-agreement overrides.

Each decision can cite the meeting's agenda item and its § in the minutes. A decision that report
lines were charged with cannot be deleted or have its rate changed (the service says why).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stic_desktop.core import clock
from stic_desktop.errors import UserError
from stic_desktop.services.agreements import agreements
from stic_desktop.services.commission import commission
from stic_desktop.services.commission.commission import RateInput, RateRecord
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.widgets import messages, rights
from stic_desktop.ui.widgets.form import FormDialog
from stic_desktop.ui.widgets.row_menu import add_row_actions
from stic_desktop.ui.widgets.table_model import Column, RecordTableModel
from stic_desktop.ui.widgets.tables import make_table_view, on_open


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


class RateEditDialog(FormDialog):
    """One decision: rate in percent, valid from, decided on, whose rate, the meeting's § and a note."""

    def __init__(self, context: AppContext, rate: RateRecord | None = None, agreement_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.rate = rate
        self.setWindowTitle(self.tr("Ändra provisionsbeslut") if rate else self.tr("Nytt provisionsbeslut"))
        self.rate_edit = QLineEdit()
        self.rate_edit.setPlaceholderText(self.tr("procent, t.ex. 1,5"))
        self.valid_edit = QDateEdit(_qdate(date(clock.today().year + 1, 1, 1)))
        self.decided_edit = QDateEdit(_qdate(clock.today()))
        for edit in (self.valid_edit, self.decided_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.agreement_box = QComboBox()
        self.agreement_box.addItem(self.tr("Grundsats (alla avtal utan egen sats)"), None)
        for record in agreements.list_agreements(context.db):
            self.agreement_box.addItem(f"{record.agreement_number} {record.title}", record.id)
        self.item_box = QComboBox()
        self.item_box.addItem(self.tr("(inget kopplat beslut)"), None)
        for item in commission.decision_items(context.db):
            paragraph = f" § {item.paragraph}" if item.paragraph else ""
            self.item_box.addItem(f"{item.meeting_day.isoformat()} {item.meeting_title}{paragraph}: {item.title}",
                                  item.agenda_item_id)
        self.note_edit = QLineEdit()
        self.errors.add_row("rate_percent", self.tr("Provisionssats (%)"), self.rate_edit)
        self.errors.add_row("valid_from", self.tr("Gäller från"), self.valid_edit)
        self.errors.add_row("decided_on", self.tr("Beslutsdatum"), self.decided_edit)
        self.errors.add_row("agreement_id", self.tr("Gäller"), self.agreement_box)
        self.errors.add_row("agenda_item_id", self.tr("Beslut (möte och §)"), self.item_box)
        self.errors.add_row("note", self.tr("Anteckning"), self.note_edit)
        chosen = rate.agreement_id if rate else agreement_id
        self.agreement_box.setCurrentIndex(max(self.agreement_box.findData(chosen), 0))
        if rate is not None:
            values = rate.as_input()
            self.rate_edit.setText(str(values.rate_percent))
            self.valid_edit.setDate(_qdate(rate.valid_from))
            self.decided_edit.setDate(_qdate(rate.decided_on))
            self.item_box.setCurrentIndex(max(self.item_box.findData(rate.agenda_item_id), 0))
            self.note_edit.setText(rate.note)

    def data(self) -> RateInput:
        item = self.item_box.currentData()
        meeting = None if item is not None or self.rate is None else self.rate.meeting_id
        return RateInput(self.rate_edit.text(), _day(self.valid_edit), _day(self.decided_edit),
                         self.agreement_box.currentData(), meeting, item, self.note_edit.text())

    def store(self) -> RateRecord:
        return commission.save_rate(self.context.db, self.data(), self.rate.id if self.rate else None,
                                    expected_version=self.rate.row_version if self.rate else None)


class RatesDialog(QDialog):
    """Every decision (or, from an agreement, the default rate's and that agreement's), newest first."""

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, agreement_id: int | None = None) -> None:
        super().__init__(parent)
        self.context, self.agreement_id = context, agreement_id
        self.setWindowTitle(self.tr("Provisionssatser"))
        self.resize(900, 480)
        self.model = RecordTableModel([
            Column(self.tr("Gäller"), lambda r: r.agreement_number or self.tr("Grundsats")),
            Column(self.tr("Sats"), lambda r: r.rate_text, align_right=True),
            Column(self.tr("Gäller från"), lambda r: r.valid_from),
            Column(self.tr("Beslutad"), lambda r: r.decided_on),
            Column(self.tr("Möte"), lambda r: r.meeting_title),
            Column(self.tr("§"), lambda r: r.paragraph, align_right=True),
            Column(self.tr("Anteckning"), lambda r: r.note),
        ], self)
        self.table = make_table_view(self.model)
        on_open(self.table, lambda *_: self.edit())
        hint = QLabel(self.tr("Satsen för en försäljningsperiod är beslutet som gäller periodens första dag: "
                              "avtalets egen sats om den finns, annars grundsatsen."))
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (("add", self.tr("Nytt beslut…"), self.add), ("edit", self.tr("Ändra…"), self.edit),
                                ("delete", self.tr("Ta bort"), self.delete)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        add_row_actions(self.table, *(b for k, b in self.buttons.items() if k != "edit"))
        rights.needs(rights.WRITE, *self.buttons.values())  # a decision opens read-only for a reader
        close = QPushButton(self.tr("Stäng"))
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        rights.guard(self, context)
        self.reload()

    def reload(self) -> None:
        try:
            rows = commission.list_rates(self.context.db)
        except UserError as error:
            messages.show_error(self, error)
            return
        if self.agreement_id is not None:
            rows = [r for r in rows if r.agreement_id in (None, self.agreement_id)]
        self.model.set_rows(rows)
        self._update_buttons()

    def selected(self) -> RateRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.buttons["edit"].setEnabled(chosen)
        self.buttons["delete"].setEnabled(chosen)

    def _changed(self) -> None:
        self.reload()
        self.context.data_changed.emit(commission.ENTITY)

    def add(self) -> None:
        dialog = RateEditDialog(self.context, None, self.agreement_id, self)
        if dialog.exec() and dialog.saved is not None:
            self._changed()

    def edit(self) -> None:
        rate = self.selected()
        if rate is None:
            return
        dialog = RateEditDialog(self.context, rate, None, self)
        if dialog.exec() and dialog.saved is not None:
            self._changed()

    def delete(self) -> None:
        rate = self.selected()
        if rate is None:
            return
        whose = rate.agreement_number or self.tr("grundsatsen")
        question = self.tr("Ta bort beslutet om %1 för %2 från %3?").replace("%1", rate.rate_text) \
            .replace("%2", whose).replace("%3", rate.valid_from.isoformat())
        if not messages.confirm(self, self.tr("Ta bort provisionsbeslut"), question, self.tr("Ta bort")):
            return
        try:
            commission.delete_rate(self.context.db, rate.id)
        except UserError as error:
            messages.show_error(self, error)
            return
        self._changed()
