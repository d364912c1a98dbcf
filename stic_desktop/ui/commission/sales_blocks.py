"""The sales block of the start page (Översikt): sales reports that are overdue; importing this module
registers it.

One service call (``sales.overdue_reports``): per agreement in force × supplier, each month whose due day
(the agreement's day of the next month) has passed without any report line, zero reports included.
A double-click or Enter opens the agreement.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QWidget

from stic_desktop.services.commission import sales
from stic_desktop.services.workspace.overview import Overview
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.widgets.table_model import ROW_ROLE, Column, Index, RecordTableModel
from stic_desktop.ui.widgets.tables import make_table_view, on_open
from stic_desktop.ui.workspace.overview_page import OVERDUE_COLOUR, OverviewBlock, register_block, short_date

# context.data_changed kinds after which the block reloads
SALES_ENTITIES = frozenset({sales.ENTITY, "sales_import", "agreement", "supplier"})


def open_agreement(context: AppContext, agreement_id: int, parent: QWidget,
                   status: Callable[[str], None] | None = None) -> bool:
    """Opens the agreement in its window; False when it could not (e.g. deleted meanwhile)."""
    from stic_desktop.ui.agreements.view import AgreementView  # the big window is built only when asked for
    from stic_desktop.ui.widgets.record_window import open_record_window  # not before the start page is shown

    return open_record_window(AgreementView, context, agreement_id, parent, status)


def _days(value: object) -> str:
    if not isinstance(value, int):
        return ""
    if value == 1:
        return QCoreApplication.translate("sales_blocks", "1 dag")
    return QCoreApplication.translate("sales_blocks", "%1 dagar").replace("%1", str(value))


class _LateModel(RecordTableModel):
    """The "days late" column in red."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == 0:
            return OVERDUE_COLOUR
        return super().data(index, role)


class OverdueSalesBlock(OverviewBlock):
    """Försäljningsrapporter saknas: who has not reported which month, most late first."""

    entities = SALES_ENTITIES

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, QCoreApplication.translate("sales_blocks", "Försäljningsrapporter saknas"),
                         QCoreApplication.translate("sales_blocks", "Alla leverantörer har rapporterat i tid."), parent)
        self.model = _LateModel([
            Column(self.tr("Försenad"), lambda r: r.days_late, _days),
            Column(self.tr("Avtal"), lambda r: r.agreement_number),
            Column(self.tr("Leverantör"), lambda r: r.supplier_name),
            Column(self.tr("Period"), lambda r: r.period_label),
            Column(self.tr("Skulle in"), lambda r: r.due_date, lambda v: short_date(v, weekday=False))], self)
        self.table = make_table_view(self.model, stretch=(2,), row_height=24)
        self.table.setToolTip(self.tr("Dubbelklicka för att öppna avtalet."))
        on_open(self.table, self._activated)
        self.set_body(self.table)

    def read(self, db: Any, today: date) -> list:
        return sales.overdue_reports(db, today=today)

    def present(self, snapshot: Overview, records: list) -> None:
        self.model.set_rows(records)
        self.show_count(len(records))

    def _activated(self, index: QModelIndex) -> None:
        record = self.model.data(index, ROW_ROLE)
        if record is not None:
            open_agreement(self.context, record.agreement_id, self, self.status_message.emit)


register_block(OverdueSalesBlock)
