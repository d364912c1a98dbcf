"""Budget och utfall: the year's budget lines with their outcome, sums per kind and the result, and adding,
changing, deleting or copying lines (part of the Provision page)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stic_desktop.core.money import format as kronor
from stic_desktop.errors import UserError
from stic_desktop.services.commission import budget
from stic_desktop.services.commission.budget import BudgetRecord, BudgetTable
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.widgets import messages, rights
from stic_desktop.ui.widgets.row_menu import add_row_actions
from stic_desktop.ui.widgets.table_model import ROW_ROLE, Column, Index, RecordTableModel
from stic_desktop.ui.widgets.tables import make_table_view, on_open

WORSE_COLOUR = QColor("#b00020")


@dataclass(frozen=True)
class BudgetRow:
    """One row of "Budget och utfall": a line, a kind's sum or the result."""

    name: str
    kind: str  # income/cost; "" for the result
    budget_ore: int
    outcome_ore: int | None
    record: BudgetRecord | None = None  # None on a sum row
    total: bool = False

    @property
    def difference_ore(self) -> int | None:
        return None if self.outcome_ore is None else self.outcome_ore - self.budget_ore

    @property
    def worse(self) -> bool:
        """Less income or more cost than budgeted (a worse result)."""
        difference = self.difference_ore
        if difference is None or not difference:
            return False
        return difference > 0 if self.kind == "cost" else difference < 0


def budget_rows(table: BudgetTable) -> list[BudgetRow]:
    rows: list[BudgetRow] = []
    computed = QCoreApplication.translate("BudgetPanel", "(beräknat)")
    for kind, title, budget_sum, outcome_sum in (
            ("income", QCoreApplication.translate("BudgetPanel", "Summa intäkter"), table.income_budget_ore,
             table.income_outcome_ore),
            ("cost", QCoreApplication.translate("BudgetPanel", "Summa kostnader"), table.cost_budget_ore,
             table.cost_outcome_ore)):
        for record in table.of_kind(kind):
            name = f"{record.name} {computed}" if record.outcome_computed else record.name
            rows.append(BudgetRow(name, kind, record.budget_ore, record.outcome_ore, record))
        rows.append(BudgetRow(title, kind, budget_sum, outcome_sum, total=True))
    rows.append(BudgetRow(QCoreApplication.translate("BudgetPanel", "Resultat"), "", table.result_budget_ore,
                          table.result_outcome_ore, total=True))
    return rows


class BudgetModel(RecordTableModel):
    """Sum rows in bold; a deviation that worsens the result in red."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole):
            row: BudgetRow = super().data(index, ROW_ROLE)
            if row is None:
                return None
            if role == Qt.ItemDataRole.FontRole and row.total:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3 and row.worse:
                return WORSE_COLOUR
            return None
        return super().data(index, role)


def table_view(model: RecordTableModel, *, sortable: bool) -> QTableView:
    return make_table_view(model, sortable=sortable, stretch=(0,), row_height=24)


class BudgetPanel(QGroupBox):
    status_message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.year = 0
        self.setTitle(self.tr("Budget och utfall"))
        self.budget_model = BudgetModel(self._budget_columns(), self)
        self.budget_table = table_view(self.budget_model, sortable=False)
        on_open(self.budget_table, lambda _index: self.edit_budget_line())
        buttons = QHBoxLayout()
        self.add_line_button = QPushButton(self.tr("Ny rad…"))
        self.edit_line_button = QPushButton(self.tr("Ändra…"))
        self.delete_line_button = QPushButton(self.tr("Ta bort"))
        self.copy_button = QPushButton(self.tr("Utgå från föregående år"))
        self.add_line_button.clicked.connect(lambda: self.edit_budget_line(new=True))
        self.edit_line_button.clicked.connect(lambda: self.edit_budget_line())
        self.delete_line_button.clicked.connect(self.delete_budget_line)
        self.copy_button.clicked.connect(self.copy_budget)
        add_row_actions(self.budget_table, self.add_line_button, self.copy_button, None, self.delete_line_button)
        rights.needs(rights.WRITE, self.add_line_button, self.edit_line_button, self.delete_line_button,
                     self.copy_button)
        for button in (self.add_line_button, self.edit_line_button, self.delete_line_button, self.copy_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.budget_table, 1)
        layout.addLayout(buttons)
        self.budget_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def _budget_columns(self) -> list[Column]:
        def money(value: int | None) -> str:
            return "–" if value is None else kronor(value)

        return [Column(self.tr("Post"), lambda r: r.name),
                Column(self.tr("Budget"), lambda r: r.budget_ore, money, align_right=True),
                Column(self.tr("Utfall"), lambda r: r.outcome_ore, money, align_right=True),
                Column(self.tr("Avvikelse"), lambda r: r.difference_ore, money, align_right=True)]

    def show_table(self, table: BudgetTable) -> None:
        self.year = table.year
        self.setTitle(self.tr("Budget och utfall %1").replace("%1", str(table.year)))
        self.budget_model.set_rows(budget_rows(table) if table.lines else [])
        self.copy_button.setEnabled(not table.lines)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        line = self.selected_budget_line()
        self.edit_line_button.setEnabled(line is not None)
        self.delete_line_button.setEnabled(line is not None)

    def selected_budget_line(self) -> BudgetRecord | None:
        rows = self.budget_table.selectionModel().selectedRows()
        if len(rows) != 1:
            return None
        row: BudgetRow = self.budget_model.record(rows[0].row())
        return row.record

    def edit_budget_line(self, *, new: bool = False) -> None:
        from stic_desktop.ui.commission.budget_dialog import BudgetLineDialog

        record = None if new else self.selected_budget_line()
        if not new and record is None:
            return
        dialog = BudgetLineDialog(self.context, self.year, record, self)
        if dialog.exec():
            self.status_message.emit(self.tr("Budgetraden sparades."))

    def delete_budget_line(self) -> None:
        record = self.selected_budget_line()
        if record is None or not messages.confirm(
                self, self.tr("Ta bort budgetrad"),
                self.tr("Ta bort budgetraden ”%1” för %2?").replace("%1", record.name).replace("%2", str(record.year)),
                self.tr("Ta bort")):
            return
        try:
            budget.delete_budget_line(self.context.db, record.id)
        except UserError as error:
            messages.show_error(self, error)
            return
        self.context.data_changed.emit(budget.ENTITY)
        self.status_message.emit(self.tr("Budgetraden togs bort."))

    def copy_budget(self) -> None:
        try:
            count = budget.copy_budget(self.context.db, self.year - 1, self.year)
        except UserError as error:
            messages.show_error(self, error)
            return
        self.context.data_changed.emit(budget.ENTITY)
        self.status_message.emit(self.tr("%1 budgetrader kopierades från %2.").replace("%1", str(count))
                                 .replace("%2", str(self.year - 1)))
