"""Upphandlingsregler: the threshold table and the LOU time limits, edited in place.

Every edited cell is saved at once (one transaction, audited) because the two tables are small
reference data that other windows read live. A refused value stays in its cell, marked red with the
service's message, so the user can correct it; the stored value is unchanged until then.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from stic_desktop.core import money
from stic_desktop.errors import UserError, ValidationError
from stic_desktop.services.procurement import rules as procurement_rules
from stic_desktop.services.procurement.rules import ThresholdInput, ThresholdRecord
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.widgets import messages, rights
from stic_desktop.ui.widgets.form import general_error_label
from stic_desktop.ui.widgets.labels import label

ENTITY = "procurement_rules"  # what data_changed announces
ERROR_COLOUR = QColor("#f8d0d0")
MISSING_COLOUR = QColor("#fff3c4")
ID_ROLE = Qt.ItemDataRole.UserRole
# Threshold table columns and the ThresholdInput field each edits (None: not editable in place).
THRESHOLD_COLUMNS = ("period_start", "period_end", "kind", "eur", "sek", "source")
RULE_DAYS_COLUMN = 1


def _amount_text(value: int | None) -> str:
    """A threshold (whole kronor or euro) as the cell shows it for editing: "2 389 585"."""
    return "" if value is None else money.group_digits(value, " ")


def _item(text: str, *, editable: bool = True, data=None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if data is not None:
        item.setData(ID_ROLE, data)
    return item


def _mark(item: QTableWidgetItem, message: str | None, colour: QColor = ERROR_COLOUR) -> None:
    item.setBackground(QBrush(colour) if message else QBrush())
    item.setToolTip(message or "")


class ProcurementRulesDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._loading = False
        self.setWindowTitle(self.tr("Upphandlingsregler"))
        self.resize(980, 560)

        intro = QLabel(self.tr("Ändringar sparas direkt. Tröskelvärdena i kronor kungörs av regeringen vartannat år: "
                          "fyll i det officiella beloppet när det finns, räkna aldrig om från euro själv. "
                          "Tidsfristerna är kalenderdagar (LOU 11 kap. och 20 kap. 1 §)."))
        intro.setWordWrap(True)
        self.error_label = general_error_label()

        self.tabs = QTabWidget()
        self.tabs.addTab(self._threshold_tab(), self.tr("Tröskelvärden"))
        self.tabs.addTab(self._rules_tab(), self.tr("Tidsfrister"))
        if not rights.allows(context, rights.RULES):  # the regional head's tables (storage.roles.RULE_TABLES)
            intro.setText(self.tr("Bara regionchefen kan ändra tröskelvärdena och tidsfristerna; här kan du läsa "
                                  "dem. Tidsfristerna är kalenderdagar (LOU 11 kap. och 20 kap. 1 §)."))
            for table in (self.threshold_table, self.rules_table):
                table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        rights.guard(self, context)
        self.reload()

    # --- building -----------------------------------------------------------------------------------------------

    def _threshold_tab(self) -> QWidget:
        self.threshold_table = QTableWidget(0, len(THRESHOLD_COLUMNS))
        self.threshold_table.setHorizontalHeaderLabels(
            [self.tr("Från"), self.tr("Till"), self.tr("Slag"), self.tr("Euro"), self.tr("Kronor"), self.tr("Källa")])
        self._setup_table(self.threshold_table, stretch=len(THRESHOLD_COLUMNS) - 1)
        self.threshold_table.itemChanged.connect(self._threshold_edited)
        self.kind_combo = QComboBox()
        for kind, text in procurement_rules.THRESHOLD_KIND_LABELS.items():
            self.kind_combo.addItem(label(text), kind)
        self.new_button = QPushButton(self.tr("Ny period"))
        self.new_button.setToolTip(self.tr("Lägger till nästa tvåårsperiod för det valda slaget; "
                                      "fyll sedan i beloppen."))
        self.new_button.clicked.connect(self.add_period)
        self.delete_button = QPushButton(self.tr("Ta bort…"))
        self.delete_button.clicked.connect(self.delete_selected)
        kind_label = QLabel(self.tr("Slag:"))
        rights.needs(rights.RULES, kind_label, self.kind_combo, self.new_button, self.delete_button)
        row = QHBoxLayout()
        row.addWidget(kind_label)
        row.addWidget(self.kind_combo)
        row.addWidget(self.new_button)
        row.addStretch(1)
        row.addWidget(self.delete_button)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addWidget(self.threshold_table, 1)
        layout.addLayout(row)
        return box

    def _rules_tab(self) -> QWidget:
        self.rules_table = QTableWidget(0, 3)
        self.rules_table.setHorizontalHeaderLabels([self.tr("Tidsfrist"), self.tr("Dagar"), self.tr("Lagrum")])
        self._setup_table(self.rules_table, stretch=0)
        self.rules_table.itemChanged.connect(self._rule_edited)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addWidget(self.rules_table)
        return box

    @staticmethod
    def _setup_table(table: QTableWidget, *, stretch: int) -> None:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                              | QAbstractItemView.EditTrigger.AnyKeyPressed)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    # --- loading ------------------------------------------------------------------------------------------------

    def reload(self) -> None:
        self._loading = True
        try:
            self._fill_thresholds(procurement_rules.list_thresholds(self.context.db))
            self._fill_rules(procurement_rules.list_rules(self.context.db))
        finally:
            self._loading = False

    def _fill_thresholds(self, records: list[ThresholdRecord]) -> None:
        table = self.threshold_table
        table.setRowCount(len(records))
        for row, record in enumerate(records):
            table.setItem(row, 0, _item(record.period_start.isoformat(), data=record.id))
            table.setItem(row, 1, _item(record.period_end.isoformat()))
            table.setItem(row, 2, _item(label(record.kind_label), editable=False, data=record.kind))
            table.setItem(row, 3, _item(_amount_text(record.eur)))
            sek = _item(_amount_text(record.sek))
            if record.sek is None:
                _mark(sek, self.tr("Beloppet i kronor saknas: fyll i det officiella värdet."), MISSING_COLOUR)
            table.setItem(row, 4, sek)
            table.setItem(row, 5, _item(record.source))
            for column in (3, 4):
                table.item(row, column).setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _fill_rules(self, records: list[procurement_rules.RuleRecord]) -> None:
        table = self.rules_table
        table.setRowCount(len(records))
        for row, record in enumerate(records):
            table.setItem(row, 0, _item(record.label, editable=False, data=record.key))
            days = _item(str(record.days))
            days.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, RULE_DAYS_COLUMN, days)
            table.setItem(row, 2, _item(record.reference, editable=False))

    # --- saving -------------------------------------------------------------------------------------------------

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def threshold_id(self, row: int) -> int:
        return self.threshold_table.item(row, 0).data(ID_ROLE)

    def _row_input(self, row: int) -> ThresholdInput:
        text = [self.threshold_table.item(row, column).text() for column in range(len(THRESHOLD_COLUMNS))]
        kind = self.threshold_table.item(row, 2).data(ID_ROLE)
        return ThresholdInput(text[0], text[1], kind, text[3], text[4], text[5])

    def _threshold_edited(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        row = item.row()
        try:
            procurement_rules.save_threshold(self.context.db, self._row_input(row), self.threshold_id(row))
        except ValidationError as error:
            self._loading = True
            try:
                for column, field in enumerate(THRESHOLD_COLUMNS):
                    cell = self.threshold_table.item(row, column)
                    if column != 2:
                        _mark(cell, error.for_field(field))
            finally:
                self._loading = False
            self._show_error(error.message)
            return
        except UserError as error:
            messages.show_error(self, error)
            self.reload()
            return
        self._saved()

    def _rule_edited(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() != RULE_DAYS_COLUMN:
            return
        key = self.rules_table.item(item.row(), 0).data(ID_ROLE)
        try:
            procurement_rules.set_rule_days(self.context.db, key, item.text())
        except ValidationError as error:
            self._loading = True
            try:
                _mark(item, error.message)
            finally:
                self._loading = False
            self._show_error(error.message)
            return
        except UserError as error:
            messages.show_error(self, error)
            self.reload()
            return
        self._saved()

    def _saved(self) -> None:
        """Redraws from the database (normalised numbers, new sort order) and tells the other windows."""
        self._show_error("")
        selected = self._selected_threshold_id()
        self.reload()
        self._select_threshold(selected)
        self.context.data_changed.emit(ENTITY)

    def _selected_threshold_id(self) -> int | None:
        row = self.threshold_table.currentRow()
        return self.threshold_id(row) if row >= 0 and self.threshold_table.item(row, 0) else None

    def _select_threshold(self, threshold_id: int | None, column: int = 0) -> None:
        for row in range(self.threshold_table.rowCount()):
            if self.threshold_id(row) == threshold_id:
                self.threshold_table.setCurrentCell(row, column)
                return

    def add_period(self) -> None:
        """The next two-year period of the chosen kind, saved at once with empty amounts for the user to fill in."""
        kind = self.kind_combo.currentData()
        try:
            record = procurement_rules.save_threshold(self.context.db,
                                                      procurement_rules.next_period(self.context.db, kind))
        except UserError as error:
            messages.show_error(self, error)
            return
        self._show_error("")
        self.reload()
        self._select_threshold(record.id, column=4)
        self.context.data_changed.emit(ENTITY)

    def delete_selected(self) -> None:
        threshold_id = self._selected_threshold_id()
        if threshold_id is None:
            return
        row = self.threshold_table.currentRow()
        what = (f"{self.threshold_table.item(row, 2).text()} {self.threshold_table.item(row, 0).text()}"
                f"–{self.threshold_table.item(row, 1).text()}")
        if not messages.confirm(self, self.tr("Ta bort tröskelvärde"),
                                self.tr("Ta bort {what}? Upphandlingar under perioden kan då inte "
                                        "klassas.").format(what=what), self.tr("Ta bort")):
            return
        try:
            procurement_rules.delete_threshold(self.context.db, threshold_id)
        except UserError as error:
            messages.show_error(self, error)
        self._show_error("")
        self.reload()
        self.context.data_changed.emit(ENTITY)


def open_rules(context: AppContext, parent: QWidget | None = None) -> None:
    """What the procurements page (Regler…) and the settings menu call."""
    ProcurementRulesDialog(context, parent).exec()
