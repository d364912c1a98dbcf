"""Provision: the year's commission per agreement, supplier, municipality or month, the chart of commission
per month, the budget with its outcome, and the commission report and invoicing bases.

Every figure comes from the services as integer öre (sums of the stored, rounded report lines) and is only
formatted here. The totals are one aggregate query; documents are built in a worker.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from stic_desktop.core import clock
from stic_desktop.core.money import format as kronor
from stic_desktop.errors import UserError
from stic_desktop.operations.commission_documents import export_commission_report
from stic_desktop.services.commission import budget, commission
from stic_desktop.services.commission.commission import TotalRow
from stic_desktop.ui.commission.budget_panel import BudgetPanel, table_view
from stic_desktop.ui.commission.chart import CommissionChart
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.widgets import messages
from stic_desktop.ui.widgets import pickers as meeting_widgets
from stic_desktop.ui.widgets.jobs import run_job
from stic_desktop.ui.widgets.pickers import ScratchFolder
from stic_desktop.ui.widgets.table_model import ROW_ROLE, Column, RecordTableModel
from stic_desktop.ui.widgets.tables import on_open
from stic_desktop.ui.workspace import i18n

GROUPINGS = (("agreement", QT_TRANSLATE_NOOP("CommissionPage", "Avtal")),
             ("supplier", QT_TRANSLATE_NOOP("CommissionPage", "Leverantör")),
             ("municipality", QT_TRANSLATE_NOOP("CommissionPage", "Kommun")),
             ("month", QT_TRANSLATE_NOOP("CommissionPage", "Månad")))
# context.data_changed kinds after which the page reads its figures again
ENTITIES = frozenset({"sales_report", "sales_import", commission.ENTITY, budget.ENTITY, "agreement", "supplier"})


def month_label(key: str) -> str:
    """"2026-03" → "mars 2026"."""
    year, month = key.split("-")
    return f"{i18n.month_name(int(month))} {year}"


def percent_text(part: int, whole: int) -> str:
    """A share with one decimal, half up, from integers: "12,3 %"."""
    if whole <= 0:
        return ""
    tenths = (part * 2000 + whole) // (2 * whole)
    return f"{tenths // 10},{tenths % 10} %"


class CommissionPage(QWidget):
    page_id = "commission"
    status_message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.title = self.tr("Provision")
        self.scratch = ScratchFolder()
        scratch = self.scratch
        self.destroyed.connect(lambda *_: scratch.remove())
        self.year = clock.today().year
        self.commission_total = 0
        heading = QLabel(self.title)
        heading.setObjectName("pageTitle")
        self.year_combo = QComboBox()
        self.year_combo.setToolTip(self.tr("Året som visas"))
        self.grouping_combo = QComboBox()
        for key, text in GROUPINGS:
            self.grouping_combo.addItem(self.tr(text), key)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("countLabel")
        self.basis_button = QPushButton(self.tr("Fakturaunderlag…"))
        self.basis_button.clicked.connect(lambda: self.open_invoicing_basis())
        self.report_button = QToolButton()
        self.report_button.setText(self.tr("Provisionsrapport"))
        self.report_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.report_button)
        menu.addAction(self.tr("Förhandsgranska"), self.preview_report)
        menu.addAction(self.tr("Spara som PDF…"), lambda: self.save_report(".pdf"))
        menu.addAction(self.tr("Spara som Excel…"), lambda: self.save_report(".xlsx"))
        self.report_button.setMenu(menu)
        self.rates_button = QPushButton(self.tr("Provisionssatser…"))
        self.rates_button.clicked.connect(self.open_rates)
        refresh = QPushButton(self.tr("Uppdatera"))
        refresh.clicked.connect(self.reload)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.reload,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("År")))
        top.addWidget(self.year_combo)
        top.addSpacing(8)
        top.addWidget(self.summary_label, 1)
        for widget in (self.basis_button, self.report_button, self.rates_button, refresh):
            top.addWidget(widget)

        self.totals_model = RecordTableModel(self._total_columns(), self)
        self.totals_table = table_view(self.totals_model, sortable=True)
        self.totals_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.totals_table.setToolTip(self.tr("Dubbelklicka på en leverantör för dess fakturaunderlag, på ett avtal "
                                             "för att öppna det."))
        on_open(self.totals_table, self._total_activated)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filtrera…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.totals_model.set_filter)
        totals_box = QGroupBox(self.tr("Provision per"))
        bar = QHBoxLayout()
        bar.addWidget(self.grouping_combo)
        bar.addWidget(self.filter_edit, 1)
        totals_layout = QVBoxLayout(totals_box)
        totals_layout.addLayout(bar)
        totals_layout.addWidget(self.totals_table, 1)

        self.chart = CommissionChart()
        self.budget = BudgetPanel(context)
        self.budget.status_message.connect(self.status_message)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.chart)
        right.addWidget(self.budget)
        right.setSizes([380, 360])
        splitter = QSplitter()
        splitter.addWidget(totals_box)
        splitter.addWidget(right)
        splitter.setSizes([700, 560])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.year_combo.currentIndexChanged.connect(self._year_chosen)
        self.grouping_combo.currentIndexChanged.connect(lambda _i: self.reload_totals())
        context.database_changed.connect(self.reload)
        context.data_changed.connect(self._on_data_changed)

    # -- columns -------------------------------------------------------------------------
    def _total_columns(self) -> list[Column]:
        def name(row: TotalRow) -> str:  # a month sorts by its key "2026-03" and shows as "mars 2026"
            return row.key if self.grouping() == "month" and isinstance(row.key, str) else row.label

        def name_text(value: object) -> str:
            return month_label(value) if self.grouping() == "month" and isinstance(value, str) else str(value)

        return [Column(self.tr("Namn"), name, name_text),
                Column(self.tr("Försäljning exkl. moms"), lambda r: r.amount_ore, kronor, align_right=True),
                Column(self.tr("Provision"), lambda r: r.commission_ore, kronor, align_right=True),
                Column(self.tr("Andel"), lambda r: r.commission_ore,
                       lambda v: percent_text(v, self.commission_total), align_right=True),
                Column(self.tr("Rader"), lambda r: r.lines, align_right=True)]

    # -- loading -------------------------------------------------------------------------
    def grouping(self) -> str:
        return self.grouping_combo.currentData() or "agreement"

    def reload(self, *_args) -> None:
        try:
            years = sorted(set(budget.budget_years(self.context.db)) | {clock.today().year}, reverse=True)
        except UserError as error:
            messages.show_error(self, error)
            return
        wanted = self.year if self.year in years else clock.today().year
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in years:
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(self.year_combo.findData(wanted))
        self.year_combo.blockSignals(False)
        self.year = wanted
        self.reload_year()

    def _year_chosen(self, _index: int) -> None:
        year = self.year_combo.currentData()
        if year is not None and year != self.year:
            self.year = year
            self.reload_year()

    def reload_year(self) -> None:
        try:
            monthly = commission.monthly_commission(self.context.db, self.year)
            previous = commission.monthly_commission(self.context.db, self.year - 1)
            table = budget.budget_table(self.context.db, self.year)
        except UserError as error:
            messages.show_error(self, error)
            return
        self.chart.set_data(self.year, monthly, previous)
        self.budget.show_table(table)
        self.reload_totals()

    def reload_totals(self) -> None:
        try:
            rows = commission.totals(self.context.db, year=self.year, group_by=self.grouping())
        except UserError as error:
            messages.show_error(self, error)
            return
        self.commission_total = sum(row.commission_ore for row in rows)
        self.totals_model.set_rows(rows)
        amount = sum(row.amount_ore for row in rows)
        lines = sum(row.lines for row in rows)
        self.summary_label.setText(self.tr("Försäljning %1 · provision %2 · %3 rapportrader")
                                   .replace("%1", kronor(amount)).replace("%2", kronor(self.commission_total))
                                   .replace("%3", str(lines)))

    def _on_data_changed(self, entity: str) -> None:
        if entity in ENTITIES:
            self.reload()

    # -- totals --------------------------------------------------------------------------
    def _total_activated(self, index) -> None:
        row: TotalRow | None = self.totals_model.data(index, ROW_ROLE)
        if row is None or row.key is None:
            return
        grouping = self.grouping()
        if grouping == "supplier":
            self.open_invoicing_basis(row.key)
        elif grouping == "agreement":
            from stic_desktop.ui.commission.sales_blocks import open_agreement

            open_agreement(self.context, row.key, self)

    def open_invoicing_basis(self, supplier_id: int | None = None) -> None:
        from stic_desktop.ui.commission.invoicing_basis_dialog import InvoicingBasisDialog

        InvoicingBasisDialog(self.context, self.year, supplier_id, parent=self).exec()

    def open_rates(self) -> None:
        try:
            from stic_desktop.ui.commission.rates_dialog import RatesDialog
        except ImportError as error:
            if error.name != "stic_desktop.ui.commission.rates_dialog":
                raise
            messages.show_error(self, UserError(self.tr("Provisionssatserna kan inte visas i den här versionen.")))
            return
        RatesDialog(self.context, parent=self).exec()
        self.reload()

    # -- the commission report -----------------------------------------------------------
    def _report_name(self, suffix: str) -> str:
        return self.tr("Provisionsrapport %1").replace("%1", str(self.year)) + suffix

    def preview_report(self) -> None:
        from stic_desktop.ui.widgets.pdf_preview import show_preview

        target = self.scratch.file(self._report_name(".pdf"))
        run_job(self, self.tr("Skapar provisionsrapporten…"), export_commission_report, self.context.db, self.year,
                target, on_success=lambda outcome: show_preview(self, outcome.files[0], self.tr("Provisionsrapport")))

    def save_report(self, suffix: str) -> None:
        filter_text = self.tr("PDF (*.pdf)") if suffix == ".pdf" else self.tr("Excel (*.xlsx)")
        target = meeting_widgets.save_file_name(self, self.tr("Spara provisionsrapport"), self._report_name(suffix),
                                                filter_text)
        if target is None:
            return
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        run_job(self, self.tr("Skapar provisionsrapporten…"), export_commission_report, self.context.db, self.year,
                target, on_success=lambda outcome: self.status_message.emit(
                    self.tr("Sparade %1.").replace("%1", str(outcome.files[0]))))
