"""One procurement in its own window: a header (case number, title, stage, first signing day) and six tabs.

The tabs are panels ``Panel(context, procurement_id, parent)`` with ``reload()`` and a ``changed`` signal,
imported when the window opens. A change in one panel refreshes the header at once; the other tabs are read
again when they are shown.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize
from PySide6.QtWidgets import QPushButton, QWidget

from stic_desktop.core import money
from stic_desktop.errors import UserError
from stic_desktop.services.procurement import procurements, stages
from stic_desktop.services.procurement.procurements import ProcurementRecord
from stic_desktop.services.procurement.records import FIELD_LABELS
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.procurement.dialog import ProcurementDialog
from stic_desktop.ui.widgets import rights
from stic_desktop.ui.widgets.labels import label
from stic_desktop.ui.widgets.record_window import HistoryPanel, RecordWindow

STAGE_COLOURS = {"signed": "#2e7d32", "closed": "#2e7d32", "cancelled": "#b00020"}
# (key, module, class, tab label); the modules are imported when the window opens
def _panels() -> tuple:
    """(key, panel class, tab title); imported here, when a procurement is first opened."""
    from stic_desktop.ui.procurement.documents_panel import ProcurementDocumentsPanel
    from stic_desktop.ui.procurement.follow_up_panel import FollowUpPanel
    from stic_desktop.ui.procurement.participants_panel import ParticipantsPanel
    from stic_desktop.ui.procurement.requirements_panel import RequirementsPanel
    from stic_desktop.ui.procurement.tenders_panel import TendersPanel

    return (
        ("participants", ParticipantsPanel, QT_TRANSLATE_NOOP("ProcurementView", "Deltagare och fullmakter")),
        ("requirements", RequirementsPanel, QT_TRANSLATE_NOOP("ProcurementView", "Kravspecifikation")),
        ("tenders", TendersPanel, QT_TRANSLATE_NOOP("ProcurementView", "Anbud")),
        ("documents", ProcurementDocumentsPanel, QT_TRANSLATE_NOOP("ProcurementView", "Dokument")),
        ("follow_up", FollowUpPanel, QT_TRANSLATE_NOOP("ProcurementView", "Öppning och uppföljning")),
    )


class ProcurementView(RecordWindow):
    size_key = "procurement_view/size"
    default_size = QSize(1100, 760)

    def __init__(self, context: AppContext, procurement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.procurement_id = procurement_id
        self.record: ProcurementRecord = procurements.get_procurement(context.db, procurement_id)
        self.stage_label = self.status_label
        self.edit_button = QPushButton(self.tr("Ändra uppgifter…"))
        self.edit_button.clicked.connect(self.edit_details)
        rights.needs(rights.WRITE, self.edit_button)

        from stic_desktop.ui.procurement.stages_panel import StagesPanel

        self.stages = self.add_panel("stages", StagesPanel(context, procurement_id, self), self.tr("Steg och datum"))
        for key, panel_class, text in _panels():
            self.add_panel(key, panel_class(context, procurement_id, self), self.tr(text))
        self.history = self.add_panel("history", HistoryPanel(context, procurements.ENTITY, procurement_id,
                                                              FIELD_LABELS, self), self.tr("Historik"))
        self.finish(self.edit_button)

    # -- state ---------------------------------------------------------------------------
    def load_record(self) -> None:
        self.record = procurements.get_procurement(self.context.db, self.procurement_id)

    def show_header(self) -> None:
        r = self.record
        self.setWindowTitle(f"{r.case_number} – {r.title}")
        self.title_label.setText(f"{r.case_number}  {r.title}")
        parts = [label(r.procedure_label), label(r.contract_kind_label), label(r.area_label)]
        if r.estimated_value_ore:
            parts.append(self.tr("uppskattat värde %1 kr").replace("%1", money.format(r.estimated_value_ore, decimals="auto", unit=False)))
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
            period = stages.standstill_for(self.context.db, self.procurement_id)
        except UserError:
            period = None
        if period is not None and r.running:
            stage += self.tr(" · avtal får tecknas tidigast %1").replace("%1", period.first_signing_day.isoformat())
        self.stage_label.setText(stage)
        self.stage_label.setStyleSheet(f"font-weight: 600; color: {STAGE_COLOURS.get(r.stage, '#1d4e89')};")
        self.edit_button.setEnabled(r.stage != "cancelled")

    # -- actions -------------------------------------------------------------------------
    def edit_details(self) -> None:
        dialog = ProcurementDialog(self.context, self.record, self)
        if dialog.exec() and dialog.saved is not None:
            self._panel_changed(self.edit_button)
            self.show_message(self.tr("Uppgifterna sparades."))

