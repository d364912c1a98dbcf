"""The agreement block of the start page (Översikt); importing this module registers it.

Avtal som löper ut: running agreements whose end date falls within the warning time (an organisation
setting, 9 months unless changed here). "Starta ny upphandling" creates the proposal to renew the chosen
agreement; a double-click or Enter opens the agreement.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from stic_desktop.core import clock
from stic_desktop.errors import UserError
from stic_desktop.services.agreements import agreements, terms
from stic_desktop.services.agreements.agreements import AgreementRecord
from stic_desktop.services.workspace.overview import LIMIT, Overview
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.widgets import messages, rights
from stic_desktop.ui.widgets.table_model import ROW_ROLE, Column, Index, RecordTableModel
from stic_desktop.ui.widgets.tables import make_table_view, on_open
from stic_desktop.ui.workspace.overview_page import OVERDUE_COLOUR, OverviewBlock, register_block, short_date

AGREEMENT_ENTITIES = frozenset({"agreement", "proposal"})
SOON_DAYS = 90  # ends within this: the "kvar" column in red


def open_agreement(context: AppContext, agreement_id: int, parent: QWidget, status=None) -> bool:
    """Opens the agreement in its own window; False when it could not (e.g. deleted meanwhile)."""
    from stic_desktop.ui.agreements.view import AgreementView

    try:
        view = AgreementView(context, agreement_id, parent)
    except UserError as error:
        messages.show_error(parent, error)
        return False
    if status is not None:
        view.status_message.connect(status)
    view.exec()
    return True


def _left(days: int) -> str:
    if days <= 0:
        return QCoreApplication.translate("agreement_blocks", "idag")
    if days < 62:
        return QCoreApplication.translate("agreement_blocks", "%1 dagar").replace("%1", str(days))
    return QCoreApplication.translate("agreement_blocks", "%1 mån").replace("%1", str(round(days / 30.4)))


class _ExpiryModel(RecordTableModel):
    """Rows of AgreementRecord; "kvar" in red when the end is near."""

    today = clock.today()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == 1:
            record = self.record(index.row())
            return OVERDUE_COLOUR if (record.current_end_date - self.today).days <= SOON_DAYS else None
        return super().data(index, role)


class ExpiryBlock(OverviewBlock):
    entities = AGREEMENT_ENTITIES
    all_page = ("agreements", "", "")  # "visa alla" opens Avtal
    limit: int | None = LIMIT  # the agreements ending soonest

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Avtal som löper ut"),
                         self.tr("Inga aktiva avtal löper ut inom varningstiden."), parent)
        self.today = clock.today()
        self.model = _ExpiryModel([
            Column(self.tr("Slutar"), lambda r: r.current_end_date,
                   lambda v: short_date(v, self.today, weekday=False)),
            Column(self.tr("Kvar"), lambda r: (r.current_end_date - self.today).days, _left),
            Column(self.tr("Avtal"), lambda r: r.agreement_number),
            Column(self.tr("Rubrik"), lambda r: r.title),
            Column(self.tr("Förlängningar kvar"), lambda r: r.extension_count - r.extensions_used, str),
        ], self)
        self.table = make_table_view(self.model, stretch=(3,), row_height=24)
        self.table.setToolTip(self.tr("Dubbelklicka för att öppna avtalet."))
        on_open(self.table, self._activated)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.renew_button = QPushButton(self.tr("Starta ny upphandling"))
        self.renew_button.setToolTip(self.tr("Skapar ett förslag om förnyelse med avtalets kommuner som intressenter"))
        self.renew_button.clicked.connect(self.start_renewal)
        self.months_spin = QSpinBox()
        self.months_spin.setAccessibleName(self.tr("Avtal som löper ut inom antal månader"))
        self.months_spin.setRange(1, 36)
        self.months_spin.setSuffix(self.tr(" månader"))
        self.months_spin.setToolTip(self.tr("Hur långt före slutdatumet avtalen visas här (gäller alla användare)"))
        self.months_spin.editingFinished.connect(self._months_changed)
        rights.needs(rights.WRITE, self.renew_button)
        rights.apply(self.renew_button, context)
        # the warning time is an organisation setting: the regional head's (storage.roles.RULE_TABLES)
        self.months_spin.setEnabled(rights.allows(context, rights.RULES))
        tools = QHBoxLayout()
        tools.addWidget(self.renew_button)
        tools.addStretch(1)
        tools.addWidget(QLabel(self.tr("Varna")))
        tools.addWidget(self.months_spin)
        tools.addWidget(QLabel(self.tr("före")))
        # the tools stay visible when the list is empty (the warning time can be changed then too)
        self.layout().addLayout(tools)
        self.set_body(self.table)
        self._update()

    def read(self, db: Any, today: date) -> tuple[int, list[AgreementRecord], int]:
        months = terms.expiry_months(db)
        return months, *terms.expiring_with_count(db, today=today, months=months, limit=self.limit)

    def present(self, snapshot: Overview, data: tuple[int, list[AgreementRecord], int]) -> None:
        months, records, total = data
        self.today = self.model.today = snapshot.today
        self.months_spin.blockSignals(True)
        self.months_spin.setValue(months)
        self.months_spin.blockSignals(False)
        self.months_spin.setEnabled(rights.allows(self.context, rights.RULES))
        self.model.set_rows(records)
        self.show_count(total, len(records))
        self._update()

    def selected(self) -> AgreementRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if len(rows) == 1 else None

    def _update(self) -> None:
        self.renew_button.setEnabled(self.selected() is not None)

    def _activated(self, index: QModelIndex) -> None:
        record = self.model.data(index, ROW_ROLE)
        if record is not None:
            open_agreement(self.context, record.id, self, self.status_message.emit)

    def _months_changed(self) -> None:
        value = self.months_spin.value()
        try:
            if value != terms.expiry_months(self.context.db):
                terms.set_expiry_months(self.context.db, value)
        except UserError as error:
            messages.show_error(self, error)
            return
        self.context.data_changed.emit(agreements.ENTITY)

    def start_renewal(self) -> None:
        record = self.selected()
        if record is None:
            return
        question = self.tr("Skapa ett förslag om att förnya ”%1”? De %2 kommunerna på avtalet blir intressenter.") \
            .replace("%1", record.title).replace("%2", str(record.participant_count))
        if not messages.confirm(self, self.tr("Starta ny upphandling"), question, self.tr("Skapa förslag")):
            return
        try:
            proposal_id = terms.start_renewal(self.context.db, record.id)
        except UserError as error:
            messages.show_error(self, error)
            return
        self.status_message.emit(self.tr("Förslaget ”%1” skapades (id %2); det finns under Förslag.")
                                 .replace("%1", terms.RENEWAL_PREFIX + record.title).replace("%2", str(proposal_id)))
        self.context.data_changed.emit("proposal")


register_block(ExpiryBlock)
