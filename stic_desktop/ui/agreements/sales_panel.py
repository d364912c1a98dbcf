"""Försäljning & provision: an agreement's sales report lines with filter, totals and manual entry.

A tab of the agreement window (``ui.agreement_view`` imports it when the window opens). Lines are
added by hand here or imported from the suppliers' files (``SalesImportDialog``); the rates come
from the steering group's decisions (``RatesDialog``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
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
from stic_desktop.errors import UserError
from stic_desktop.services.agreements import parties
from stic_desktop.services.commission import commission, sales
from stic_desktop.services.commission.sales import SalesInput, SalesRecord
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.widgets import messages, rights
from stic_desktop.ui.widgets.form import KEEP_OPEN, FormDialog
from stic_desktop.ui.widgets.row_menu import add_row_actions
from stic_desktop.ui.widgets.table_model import Column, RecordTableModel
from stic_desktop.ui.widgets.tables import make_table_view, on_open


class SalesLineDialog(FormDialog):
    """One report line: supplier, municipality (or a zero report for the whole period), period and amount."""

    def __init__(self, context: AppContext, agreement_id: int, line: SalesRecord | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.agreement_id, self.line = agreement_id, line
        self.setWindowTitle(self.tr("Ändra försäljningsrad") if line else self.tr("Ny försäljningsrad"))
        self.supplier_box = QComboBox()
        for supplier in parties.agreement_suppliers(context.db, agreement_id):
            self.supplier_box.addItem(supplier.name, supplier.supplier_id)
        self.municipality_box = QComboBox()
        self.municipality_box.addItem(self.tr("Nollrapport för hela perioden"), None)
        for municipality_id, name, code in parties.agreement_participants(context.db, agreement_id):
            self.municipality_box.addItem(f"{name} ({code})", municipality_id)
        self.period_edit = QLineEdit()
        self.period_edit.setPlaceholderText(self.tr("ÅÅÅÅ-MM eller ÅÅÅÅ-Qn, t.ex. 2026-03"))
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(self.tr("kronor exkl. moms, t.ex. 12 345,67"))
        self.errors.add_row("supplier_id", self.tr("Leverantör"), self.supplier_box)
        self.errors.add_row("municipality_id", self.tr("Kommun"), self.municipality_box)
        self.errors.add_row("period", self.tr("Period"), self.period_edit)
        self.errors.add_row("amount", self.tr("Belopp exkl. moms"), self.amount_edit)
        if line is not None:
            values = line.as_input()
            self.supplier_box.setCurrentIndex(max(self.supplier_box.findData(values.supplier_id), 0))
            self.municipality_box.setCurrentIndex(max(self.municipality_box.findData(values.municipality_id), 0))
            self.period_edit.setText(values.period)
            self.amount_edit.setText(values.amount)
        elif self.municipality_box.count() > 1:
            self.municipality_box.setCurrentIndex(1)

    def data(self) -> SalesInput:
        return SalesInput(self.agreement_id, self.supplier_box.currentData(), self.municipality_box.currentData(),
                          self.period_edit.text(), self.amount_edit.text())

    def store(self):
        data = self.data()
        sales_id = self.line.id if self.line else None
        try:
            return sales.save_sales(self.context.db, data, sales_id=sales_id)
        except sales.AlreadyReported:
            question = self.tr("Perioden är redan rapporterad. Ersätta de rapporterade raderna med den här?")
            if not messages.confirm(self, self.tr("Ersätt rapporterad period"), question, self.tr("Ersätt")):
                return KEEP_OPEN
            return sales.save_sales(self.context.db, data, replace=True, sales_id=sales_id)


class AgreementSalesPanel(QWidget):
    changed = Signal()
    status_message = Signal(str)

    def __init__(self, context: AppContext, agreement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.agreement_id = context, agreement_id
        self.model = RecordTableModel([
            Column(self.tr("Period"), lambda r: r.period_label),
            Column(self.tr("Leverantör"), lambda r: r.supplier_name),
            Column(self.tr("Kommun"), lambda r: r.municipality_name or self.tr("Nollrapport (hela perioden)")),
            Column(self.tr("Belopp exkl. moms"), lambda r: r.amount_ore, money.format, align_right=True),
            Column(self.tr("Sats"), lambda r: r.rate_bp, lambda v: commission.rate_text(int(v)), align_right=True),
            Column(self.tr("Provision"), lambda r: r.commission_ore, money.format, align_right=True),
            Column(self.tr("Rapporterad"), lambda r: r.reported_at.astimezone(clock.STOCKHOLM).date()),
            Column(self.tr("Källa"), lambda r: r.import_id,
                   lambda v: QCoreApplication.translate("AgreementSalesPanel", "Manuell") if v is None else
                   QCoreApplication.translate("AgreementSalesPanel", "Import %1").replace("%1", str(v))),
        ], self)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filtrera på period, leverantör eller kommun…"))
        self.filter_edit.setAccessibleName(self.tr("Filtrera försäljningen"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
        self.year_box = QComboBox()
        self.year_box.currentIndexChanged.connect(lambda *_: self.reload())
        self.table = make_table_view(self.model, sortable=True)
        on_open(self.table, lambda *_: self.edit())
        self.totals_label = QLabel()
        self.totals_label.setObjectName("hint")
        self.rate_label = QLabel()
        self.rate_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(QLabel(self.tr("År")))
        top.addWidget(self.year_box)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (("add", self.tr("Ny rad…"), self.add), ("edit", self.tr("Ändra…"), self.edit),
                                ("delete", self.tr("Ta bort"), self.delete),
                                ("import", self.tr("Importera rapport…"), self.import_file),
                                ("rates", self.tr("Provisionssatser…"), self.rates)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        add_row_actions(self.table, *(b for k, b in self.buttons.items() if k != "edit"))
        rights.needs(rights.WRITE, *(b for k, b in self.buttons.items() if k != "rates"))  # the rates can be read
        layout = QVBoxLayout(self)
        layout.addWidget(self.rate_label)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals_label)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._fill_years()
        self.reload()

    def _fill_years(self) -> None:
        years = sales.sales_years(self.context.db, agreement_id=self.agreement_id)
        current = self.year_box.currentData()
        self.year_box.blockSignals(True)
        self.year_box.clear()
        self.year_box.addItem(self.tr("Alla år"), None)
        for year in years:
            self.year_box.addItem(str(year), year)
        self.year_box.setCurrentIndex(max(self.year_box.findData(current), 0))
        self.year_box.blockSignals(False)

    def reload(self) -> None:
        try:
            rows = sales.list_sales(self.context.db, agreement_id=self.agreement_id, year=self.year_box.currentData())
            rate = self._rate_text()
        except UserError as error:
            messages.show_error(self, error)
            return
        self.model.set_rows(rows)
        self.rate_label.setText(rate)
        self._show_totals()
        self._update_buttons()

    def _rate_text(self) -> str:
        try:
            rate = commission.rate_for(self.context.db, self.agreement_id, clock.today())
        except UserError:
            return self.tr("Ingen provisionssats gäller i dag. Registrera ett beslut under Provisionssatser.")
        whose = self.tr("avtalets egen sats") if rate.agreement_id else self.tr("grundsatsen")
        text = self.tr("Provision i dag: %1 (%2, gäller från %3)").replace("%1", rate.rate_text) \
            .replace("%2", whose).replace("%3", rate.valid_from.isoformat())
        if rate.meeting_title:
            paragraph = f" § {rate.paragraph}" if rate.paragraph else ""
            text += self.tr(", beslut: %1").replace("%1", rate.meeting_title + paragraph)
        return text + "."

    def _filter(self, text: str) -> None:
        self.model.set_filter(text)
        self._show_totals()

    def _show_totals(self) -> None:
        visible = self.model.visible_records()
        amount = sum(r.amount_ore for r in visible)
        paid = sum(r.commission_ore for r in visible)
        self.totals_label.setText(self.tr("%1 rader · försäljning %2 · provision %3").replace("%1", str(len(visible)))
                                  .replace("%2", money.format(amount)).replace("%3", money.format(paid)))

    def selected(self) -> SalesRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.buttons["edit"].setEnabled(chosen)
        self.buttons["delete"].setEnabled(chosen)

    def _changed(self, message: str = "") -> None:
        self._fill_years()
        self.reload()
        self.changed.emit()
        self.context.data_changed.emit(sales.ENTITY)
        if message:
            self.status_message.emit(message)

    def add(self) -> None:
        dialog = SalesLineDialog(self.context, self.agreement_id, None, self)
        if dialog.exec() and dialog.saved is not None:
            self._changed(self.tr("Raden för %1 sparades.").replace("%1", dialog.saved.period_label))

    def edit(self) -> None:
        line = self.selected()
        if line is None:
            return
        dialog = SalesLineDialog(self.context, self.agreement_id, line, self)
        if dialog.exec() and dialog.saved is not None:
            self._changed(self.tr("Raden för %1 ändrades.").replace("%1", dialog.saved.period_label))

    def delete(self) -> None:
        line = self.selected()
        if line is None:
            return
        question = self.tr("Ta bort raden för %1, %2 (%3)?").replace("%1", line.period_label) \
            .replace("%2", line.municipality_name or line.supplier_name).replace("%3", money.format(line.amount_ore))
        if not messages.confirm(self, self.tr("Ta bort försäljningsrad"), question, self.tr("Ta bort")):
            return
        try:
            sales.delete_sales(self.context.db, line.id)
        except UserError as error:
            messages.show_error(self, error)
            return
        self._changed(self.tr("Raden togs bort."))

    def import_file(self) -> None:
        from stic_desktop.ui.commission.sales_import_dialog import SalesImportDialog

        dialog = SalesImportDialog(self.context, self)
        dialog.exec()
        if dialog.imported is not None:
            self._changed(dialog.imported.summary())

    def rates(self) -> None:
        from stic_desktop.ui.commission.rates_dialog import RatesDialog

        RatesDialog(self.context, self, agreement_id=self.agreement_id).exec()
        self.reload()
