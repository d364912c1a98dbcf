"""Any record's history from the audit log: who changed what, when, from what to what."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from stic_desktop.services import audit
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.widgets.labels import label

STOCKHOLM = ZoneInfo("Europe/Stockholm")


def _value_text(value: object) -> str:
    return "–" if value in (None, "") else str(value)


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
        for entry in entries:
            when = entry.at.astimezone(STOCKHOLM).strftime("%Y-%m-%d %H:%M:%S")
            item = QTreeWidgetItem([when, entry.who, label(entry.action_label)])
            for change in entry.changes:
                name = field_labels.get(change.field, change.field)
                shown = self.tr(name)  # the UI's own labels are marked under HistoryDialog, the services' under "labels"
                shown = label(name) if shown == name else shown
                item.addChild(QTreeWidgetItem(["", "", shown, _value_text(change.old), _value_text(change.new)]))
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
        for column, width in enumerate((150, 160, 160, 140)):
            self.tree.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        if not entries:
            layout.addWidget(QLabel(self.tr("Ingen historik finns för den här posten.")))
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
