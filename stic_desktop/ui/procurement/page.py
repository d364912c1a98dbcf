"""Upphandlingar: every procurement with its stage, next date and gaps in the powers of attorney.

A procurement opens in its own window (``ProcurementView``); ``Regler…`` edits the thresholds and the
LOU time limits the checks use; ``Tidsfrister…`` is the deadline calculator.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QCheckBox

from stic_desktop.core import money
from stic_desktop.services.procurement import procurements
from stic_desktop.services.procurement.procurements import ProcurementRecord
from stic_desktop.services.procurement.records import FIELD_LABELS
from stic_desktop.ui.procurement.dialog import ProcurementDialog
from stic_desktop.ui.widgets.labels import label, labelled
from stic_desktop.ui.widgets.list_page import ListPage
from stic_desktop.ui.widgets.table_model import Column

RUNNING_KEY = "procurements/running_only"
RELATED_ENTITIES = {"procurement_participant", "participant", "tender", "requirement_document", "person", "group",
                    "proposal"}
TITLE_COLUMN = 1


def _deadline_text(value: object) -> str:
    if not value:
        return ""
    day, stage, overdue = value
    return f"{day.isoformat()} {stage}" + (QCoreApplication.translate("ProcurementsPage", " (försenat)") if overdue else "")


class ProcurementsPage(ListPage):
    title_column = TITLE_COLUMN
    page_id = "procurements"
    entity = procurements.ENTITY
    field_labels = FIELD_LABELS

    def __init__(self, context, parent=None) -> None:
        self.title = self.tr("Upphandlingar")
        self.empty_text = self.tr("Det finns inga upphandlingar att visa.\n\nVälj ”Ny upphandling”, eller skapa en "
                                  "från ett beslutat förslag under Förslag. Bocka ur ”Bara pågående” för att se "
                                  "avslutade och avbrutna.")
        self.count_text = self.tr("{visible} av {total} upphandlingar")
        settings_value = QSettings().value(RUNNING_KEY, True)
        self._running_only = settings_value not in (False, "false", "0", 0)
        super().__init__(context, parent)
        self.edit_action.setText(self.tr("Öppna"))
        self.new_action.setText(self.tr("Ny upphandling"))
        self.running_check = QCheckBox(self.tr("Bara pågående"))
        self.running_check.setToolTip(self.tr("Dölj avslutade och avbrutna upphandlingar"))
        self.running_check.setChecked(self._running_only)
        self.running_check.toggled.connect(self._running_toggled)
        self.rules_action = self._action(self.tr("Regler…"), self.open_rules)
        self.rules_action.setToolTip(self.tr("Tröskelvärden och tidsfrister (LOU) som kontrollerna använder"))
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.running_check)
        self.toolbar.addAction(self.rules_action)
        self.deadlines_action = self._action(self.tr("Tidsfrister…"), self.open_deadlines)
        self.deadlines_action.setToolTip(self.tr("Räkna ut sista dag för anbudsansökningar, anbud och avtalsspärr "
                                                 "(LOU 11 och 20 kap.)"))
        self.toolbar.addAction(self.deadlines_action)

    def columns(self) -> Sequence[Column]:
        return [
            Column(self.tr("Diarienummer"), lambda r: r.case_number, str),
            Column(self.tr("Rubrik"), lambda r: r.title, str),
            Column(self.tr("Steg"), labelled(lambda r: r.stage_label), str),
            Column(self.tr("Nästa datum"), lambda r: (r.next_deadline, label(r.next_deadline_label), r.overdue)
                   if r.next_deadline else None, _deadline_text),
            Column(self.tr("Ansvarig"), lambda r: r.responsible_name, str),
            Column(self.tr("Värde (kr)"), lambda r: r.estimated_value_ore,
                   lambda ore: money.format(ore, decimals="auto", unit=False), align_right=True),
            Column(self.tr("Deltagare"), lambda r: r.participant_count, str, align_right=True),
            Column(self.tr("Fullmakter saknas"), lambda r: r.missing_poa_count, lambda n: str(n) if n else "",
                   align_right=True),
        ]

    def load(self) -> list[ProcurementRecord]:
        return procurements.list_procurements(self.context.db, running_only=self._running_only)

    def _running_toggled(self, checked: bool) -> None:
        self._running_only = checked
        QSettings().setValue(RUNNING_KEY, checked)
        self.reload()

    def _on_data_changed(self, entity: str) -> None:
        if entity == self.entity or entity in RELATED_ENTITIES:
            self.reload()

    def edit(self, record: ProcurementRecord | None) -> int | None:
        """A new procurement is described in the dialog and then opens; an existing one opens at once."""
        if record is None:
            dialog = ProcurementDialog(self.context, None, self)
            if not dialog.exec() or dialog.saved is None:
                return None
            record = dialog.saved
            self.status_message.emit(self.tr("%1 skapades.").replace("%1", self.describe(record)))
            self.reload()
            self.select_record(record.id)
        self.open_procurement(record.id)
        return record.id

    def open_procurement(self, procurement_id: int) -> None:
        from stic_desktop.ui.procurement.view import ProcurementView  # the big window is built only when asked for

        view = ProcurementView(self.context, procurement_id, self)
        view.status_message.connect(self.status_message)
        view.exec()

    def open_rules(self) -> None:
        from stic_desktop.ui.procurement.rules_dialog import ProcurementRulesDialog

        ProcurementRulesDialog(self.context, self).exec()
        self.reload()

    def open_deadlines(self) -> None:
        from stic_desktop.ui.procurement.deadlines_dialog import DeadlinesDialog

        DeadlinesDialog(self.context, self).exec()

    def delete(self, record: ProcurementRecord) -> None:
        procurements.delete_procurement(self.context.db, record.id)

    def describe(self, record: ProcurementRecord) -> str:
        return f"{record.case_number} {record.title}"
