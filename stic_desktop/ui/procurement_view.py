"""One procurement in its own window: a header (case number, title, stage, first signing day) and six tabs.

The tabs are panels ``Panel(context, procurement_id, parent)`` with ``reload()`` and a ``changed`` signal,
imported when the window opens. A change in one panel refreshes the header at once; the other tabs are read
again when they are shown.
"""

from __future__ import annotations

import importlib
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stic_desktop.errors import UserError
from stic_desktop.services import audit, procurements
from stic_desktop.services.procurements import FIELD_LABELS, ProcurementRecord
from stic_desktop.ui import messages
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.labels import label
from stic_desktop.ui.procurement_dialog import ProcurementDialog, format_kronor

SIZE_KEY = "procurement_view/size"
STOCKHOLM = ZoneInfo("Europe/Stockholm")
STAGE_COLOURS = {"signed": "#2e7d32", "closed": "#2e7d32", "cancelled": "#b00020"}
# (key, module, class, tab label); the modules are imported when the window opens
PANELS = (
    ("participants", "stic_desktop.ui.participants_panel", "ParticipantsPanel",
     QT_TRANSLATE_NOOP("ProcurementView", "Deltagare och fullmakter")),
    ("requirements", "stic_desktop.ui.requirements_panel", "RequirementsPanel",
     QT_TRANSLATE_NOOP("ProcurementView", "Kravspecifikation")),
    ("tenders", "stic_desktop.ui.tenders_panel", "TendersPanel", QT_TRANSLATE_NOOP("ProcurementView", "Anbud")),
    ("documents", "stic_desktop.ui.procurement_documents_panel", "ProcurementDocumentsPanel",
     QT_TRANSLATE_NOOP("ProcurementView", "Dokument")),
)


def _value_text(value: object) -> str:
    return "–" if value in (None, "") else str(value)


class HistoryPanel(QWidget):
    """Historik: every audited change of the procurement, newest first, with readable field names."""

    changed = Signal()

    def __init__(self, context: AppContext, procurement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.procurement_id = procurement_id
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Tidpunkt"), self.tr("Vem"), self.tr("Ändring"), self.tr("Före"),
                                   self.tr("Efter")])
        self.tree.setAlternatingRowColors(True)
        for column, width in enumerate((150, 160, 220, 160)):
            self.tree.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        self.reload()

    def reload(self) -> None:
        self.tree.clear()
        try:
            entries = audit.history(self.context.db, procurements.ENTITY, self.procurement_id)
        except UserError as error:
            messages.show_error(self, error)
            return
        for entry in entries:
            when = entry.at.astimezone(STOCKHOLM).strftime("%Y-%m-%d %H:%M:%S")
            item = QTreeWidgetItem([when, entry.who, label(entry.action_label)])
            for change in entry.changes:
                name = label(FIELD_LABELS.get(change.field, change.field))
                item.addChild(QTreeWidgetItem(["", "", name, _value_text(change.old), _value_text(change.new)]))
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)


class ProcurementView(QDialog):
    status_message = Signal(str)

    def __init__(self, context: AppContext, procurement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.procurement_id = procurement_id
        self.record: ProcurementRecord = procurements.get_procurement(context.db, procurement_id)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setSizeGripEnabled(True)
        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")
        self.title_label.setWordWrap(True)
        self.details_label = QLabel()
        self.details_label.setWordWrap(True)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stage_label = QLabel()
        self.stage_label.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("Ändra uppgifter…"))
        self.edit_button.clicked.connect(self.edit_details)

        from stic_desktop.ui.stages_panel import StagesPanel

        self.stages = StagesPanel(context, procurement_id, self)
        self.panels: dict[str, QWidget] = {"stages": self.stages}
        self.tabs = QTabWidget()
        self.tabs.addTab(self.stages, self.tr("Steg och datum"))
        for key, module, name, label in PANELS:
            panel = getattr(importlib.import_module(module), name)(context, procurement_id, self)
            self.panels[key] = panel
            self.tabs.addTab(panel, self.tr(label))
        self.history = HistoryPanel(context, procurement_id, self)
        self.panels["history"] = self.history
        self.tabs.addTab(self.history, self.tr("Historik"))
        for panel in self.panels.values():
            panel.changed.connect(lambda p=panel: self._panel_changed(p))
            status = getattr(panel, "status_message", None)
            if status is not None:
                status.connect(self.show_message)
        self._stale: set[QWidget] = set()
        self.tabs.currentChanged.connect(self._tab_changed)

        self.message_label = QLabel()
        self.message_label.setObjectName("hint")
        self.message_label.setWordWrap(True)
        close = QPushButton(self.tr("Stäng"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.stage_label, 1)
        buttons.addWidget(self.edit_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message_label, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.details_label)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        size = QSettings().value(SIZE_KEY)
        self.resize(size if isinstance(size, QSize) else QSize(1100, 760))
        self._show_header()

    # -- state ---------------------------------------------------------------------------
    def _reread(self) -> bool:
        try:
            self.record = procurements.get_procurement(self.context.db, self.procurement_id)
        except UserError as error:  # removed meanwhile
            messages.show_error(self, error)
            self.reject()
            return False
        self._show_header()
        return True

    def _show_header(self) -> None:
        r = self.record
        self.setWindowTitle(f"{r.case_number} – {r.title}")
        self.title_label.setText(f"{r.case_number}  {r.title}")
        parts = [label(r.procedure_label), label(r.contract_kind_label), label(r.area_label)]
        if r.estimated_value_ore:
            parts.append(self.tr("uppskattat värde %1 kr").replace("%1", format_kronor(r.estimated_value_ore)))
        if r.responsible_name:
            parts.append(self.tr("ansvarig %1").replace("%1", r.responsible_name))
        if r.contract_group_name:
            parts.append(r.contract_group_name)
        if r.proposal_title:
            parts.append(self.tr("från förslaget ”%1”").replace("%1", r.proposal_title))
        self.details_label.setText(" · ".join(parts))
        stage = self.tr("Steg: %1").replace("%1", label(r.stage_label))
        if r.stage == "cancelled" and r.cancel_reason:
            stage += " – " + r.cancel_reason
        if r.next_deadline is not None:
            late = self.tr(" (försenat)") if r.overdue else ""
            stage += self.tr(" · nästa: %1 %2%3").replace("%1", label(r.next_deadline_label)).replace(
                "%2", r.next_deadline.isoformat()).replace("%3", late)
        try:
            period = procurements.standstill_for(self.context.db, self.procurement_id)
        except UserError:
            period = None
        if period is not None and r.running:
            stage += self.tr(" · avtal får tecknas tidigast %1").replace("%1", period.first_signing_day.isoformat())
        self.stage_label.setText(stage)
        self.stage_label.setStyleSheet(f"font-weight: 600; color: {STAGE_COLOURS.get(r.stage, '#1d4e89')};")
        self.edit_button.setEnabled(r.stage != "cancelled")

    def _panel_changed(self, source: QWidget) -> None:
        """The header follows at once; the other tabs are read again when they are shown."""
        if self._reread():
            self._stale.update(p for p in self.panels.values() if p is not source)
            current = self.tabs.currentWidget()
            if current in self._stale and current is not source:
                self._refresh(current)

    def _refresh(self, panel: QWidget) -> None:
        self._stale.discard(panel)
        panel.reload()

    def _tab_changed(self, index: int) -> None:
        panel = self.tabs.widget(index)
        if panel in self._stale:
            self._refresh(panel)

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.status_message.emit(text)

    # -- actions -------------------------------------------------------------------------
    def edit_details(self) -> None:
        dialog = ProcurementDialog(self.context, self.record, self)
        if dialog.exec() and dialog.saved is not None:
            self._panel_changed(self.edit_button)
            self.show_message(self.tr("Uppgifterna sparades."))

    def done(self, result: int) -> None:
        QSettings().setValue(SIZE_KEY, self.size())
        super().done(result)
