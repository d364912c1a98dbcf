"""Adds or changes one budget line (income or cost) of a year; the service checks and saves it."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from stic_desktop.core import money
from stic_desktop.services.commission import budget
from stic_desktop.services.commission.budget import BudgetInput, BudgetRecord
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.widgets.form import FormDialog
from stic_desktop.ui.widgets.labels import label


class BudgetLineDialog(FormDialog):
    def __init__(self, context: AppContext, year: int, record: BudgetRecord | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent, min_width=420)
        self.year = year
        self.record = record
        self.setWindowTitle(self.tr("Ny budgetrad %1").replace("%1", str(year)) if record is None
                            else self.tr("Ändra budgetrad %1").replace("%1", str(year)))
        self.kind_combo = QComboBox()
        for key, text in budget.KIND_LABELS.items():
            self.kind_combo.addItem(label(text), key)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.source_combo = QComboBox()
        for key, text in budget.SOURCE_LABELS.items():
            self.source_combo.addItem(label(text), key)
        self.budget_edit = QLineEdit()
        self.budget_edit.setPlaceholderText(self.tr("kronor, t.ex. 125000 eller 1234,50"))
        self.outcome_edit = QLineEdit()
        self.outcome_edit.setPlaceholderText(self.tr("tomt = inget utfall ännu"))
        self.errors.add_row("kind", self.tr("Typ"), self.kind_combo)
        self.errors.add_row("name", self.tr("Benämning"), self.name_edit)
        self.errors.add_row("source", self.tr("Utfall från"), self.source_combo)
        self.errors.add_row("budget", self.tr("Budget (kr)"), self.budget_edit)
        self.errors.add_row("outcome", self.tr("Utfall (kr)"), self.outcome_edit)
        self.hint = QLabel(self.tr("Utfallet för provisionen beräknas från försäljningsrapporterna."))
        self.hint.setWordWrap(True)
        layout = self.body
        layout.addWidget(self.hint)
        self.source_combo.currentIndexChanged.connect(self._source_changed)
        if record is not None:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(record.kind))
            self.name_edit.setText(record.name)
            self.source_combo.setCurrentIndex(self.source_combo.findData(record.source))
            self.budget_edit.setText(money.format_input(record.budget_ore))
            self.outcome_edit.setText("" if record.outcome_computed else money.format_input(record.outcome_ore))
        self._source_changed()

    def _source_changed(self, *_args) -> None:
        computed = self.source_combo.currentData() == "commission"
        self.outcome_edit.setEnabled(not computed)
        if computed:
            self.outcome_edit.clear()
            self.kind_combo.setCurrentIndex(self.kind_combo.findData("income"))
        self.hint.setVisible(computed)

    def data(self) -> BudgetInput:
        return BudgetInput(self.year, self.kind_combo.currentData(), self.name_edit.text(), self.budget_edit.text(),
                           self.outcome_edit.text(), self.source_combo.currentData())

    def store(self) -> BudgetRecord:
        return budget.save_budget_line(self.context.db, self.data(), None if self.record is None else self.record.id,
                                       expected_version=None if self.record is None else self.record.row_version)

    def stored(self) -> None:
        self.context.data_changed.emit(budget.ENTITY)
