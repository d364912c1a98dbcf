"""Any record's history from the audit log: who changed what, when, from what to what.

Everything a user reads is in words and local time: codes ("advertised", "invited") are shown with the services'
labels, references with the names of what they refer to, times in Europe/Stockholm as "2026-03-04 10.15".
``HistoryDialog`` and the record windows' ``HistoryPanel`` fill their trees with ``add_history_items``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from stic_desktop.services import audit
from stic_desktop.services.commission import budget, sales
from stic_desktop.services.meetings import agenda
from stic_desktop.services.meetings import records as meeting_records
from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.people import groups, memberships, people
from stic_desktop.services.procurement import records as procurement_records
from stic_desktop.services.procurement import rules
from stic_desktop.services.proposals import proposals
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.widgets.labels import label
from stic_desktop.ui.widgets.row_menu import install_row_menu
from stic_desktop.ui.widgets.table_model import when_text

# (entity, field) → the service's labels for the codes stored in that field; (None, field) for any entity
VALUE_LABELS: dict[tuple[str | None, str], dict[Any, str]] = {
    ("municipality", "status"): municipalities.STATUS_LABELS,
    ("meeting", "status"): meeting_records.STATUS_LABELS,
    ("meeting", "kind"): meeting_records.KIND_LABELS,
    ("invitee", "rsvp"): meeting_records.RSVP_LABELS,
    ("invitee", "attendance"): meeting_records.ATTENDANCE_LABELS,
    ("agenda_item", "kind"): agenda.ITEM_KIND_LABELS,
    ("proposal", "status"): proposals.STATUS_LABELS,
    ("proposal", "origin"): proposals.ORIGIN_LABELS,
    ("group", "kind"): groups.KIND_LABELS,
    ("membership", "role"): memberships.ROLE_LABELS,
    ("person", "organisation_kind"): people.ORGANISATION_LABELS,
    ("budget_line", "kind"): budget.KIND_LABELS,
    ("budget_line", "source"): budget.SOURCE_LABELS,
    ("sales_report", "period_kind"): sales.PERIOD_KIND_LABELS,
    ("procurement_threshold", "kind"): rules.THRESHOLD_KIND_LABELS,
    (None, "stage"): procurement_records.STAGE_LABELS,
    (None, "stage_before_cancel"): procurement_records.STAGE_LABELS,
    (None, "area"): procurement_records.AREA_LABELS,  # procurements, proposals and workshops alike
    (None, "contract_kind"): procurement_records.CONTRACT_KIND_LABELS,
    (None, "procedure"): procurement_records.PROCEDURE_LABELS,
}


def _moment(value: str) -> datetime | None:
    """A time stamp the audit log stored as ISO text ("2026-03-04T09:15:00+00:00"), else None."""
    if len(value) < 16 or value[10:11] != "T":
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def value_text(entity: str, field: str, value: Any, name: str | None = None) -> str:
    """A stored value as a user reads it."""
    if name is not None:
        return name
    if value is None or value == "" or value == []:
        return "–"
    if isinstance(value, bool):
        return QCoreApplication.translate("HistoryDialog", "Ja") if value else QCoreApplication.translate("HistoryDialog", "Nej")
    labels = VALUE_LABELS.get((entity, field)) or VALUE_LABELS.get((None, field))
    if labels is not None and value in labels:
        return label(labels[value])
    if isinstance(value, str):
        moment = _moment(value)
        if moment is not None:
            return when_text(moment)
    if isinstance(value, (list, tuple)):
        return ", ".join(value_text(entity, field, v) for v in value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)


def field_text(field: str, field_labels: dict[str, str]) -> str:
    name = field_labels.get(field, field)
    shown = QCoreApplication.translate("HistoryDialog", name)  # the UI's own labels are marked under HistoryDialog
    return label(name) if shown == name else shown  # the services' under "labels"


def add_history_items(tree: QTreeWidget, entity: str, entries: Iterable[audit.HistoryEntry],
                      field_labels: dict[str, str]) -> None:
    for entry in entries:
        item = QTreeWidgetItem([when_text(entry.at), entry.who, label(entry.action_label)])
        for change in entry.changes:
            item.addChild(QTreeWidgetItem(["", "", field_text(change.field, field_labels),
                                           value_text(entity, change.field, change.old, change.old_name),
                                           value_text(entity, change.field, change.new, change.new_name)]))
        tree.addTopLevelItem(item)
        item.setExpanded(True)


class HistoryDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        entity: str,
        entity_id: int,
        description: str,
        field_labels: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Historik – %1").replace("%1", description))
        self.resize(760, 460)
        entries = audit.history(context.db, entity, entity_id)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Tidpunkt"), self.tr("Vem"), self.tr("Ändring"), self.tr("Före"), self.tr("Efter")])
        self.tree.setAlternatingRowColors(True)
        install_row_menu(self.tree)
        add_history_items(self.tree, entity, entries, field_labels)
        for column, width in enumerate((130, 160, 160, 140)):
            self.tree.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        if not entries:
            layout.addWidget(QLabel(self.tr("Ingen historik finns för den här posten.")))
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
