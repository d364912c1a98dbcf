"""Workshoppar: the workshops with the municipalities' services where proposals start, newest first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt

from stic_desktop.services.proposals import workshops
from stic_desktop.services.proposals.workshops import FIELD_LABELS, WorkshopRecord
from stic_desktop.ui.proposals.workshop_dialog import WorkshopDialog
from stic_desktop.ui.widgets.labels import labelled
from stic_desktop.ui.widgets.list_page import ListPage
from stic_desktop.ui.widgets.table_model import Column

RELATED_ENTITIES = {"proposal", "person"}


class WorkshopsPage(ListPage):
    title_column = 1  # the name or title takes the free width
    page_id = "workshops"
    entity = workshops.ENTITY
    field_labels = FIELD_LABELS

    def __init__(self, context, parent=None) -> None:
        self.title = self.tr("Workshoppar")
        self.empty_text = self.tr("Inga workshoppar är registrerade.\n\nVälj ”Ny workshop” för att registrera en "
                                  "workshop, dess deltagare och de förslag den gav.")
        self.count_text = self.tr("{visible} av {total} workshoppar")
        super().__init__(context, parent)
        self.new_action.setText(self.tr("Ny workshop"))
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)

    def columns(self) -> Sequence[Column]:
        return [
            Column(self.tr("Datum"), lambda r: r.held_on),
            Column(self.tr("Rubrik"), lambda r: r.title),
            Column(self.tr("Område"), labelled(lambda r: r.area_label)),
            Column(self.tr("Plats"), lambda r: r.place),
            Column(self.tr("Deltagare"), lambda r: r.participant_count, align_right=True),
            Column(self.tr("Förslag"), lambda r: r.proposal_count, align_right=True),
        ]

    def load(self) -> list[WorkshopRecord]:
        return workshops.list_workshops(self.context.db)

    def _on_data_changed(self, entity: str) -> None:
        if entity == self.entity or entity in RELATED_ENTITIES:
            self.reload()

    def edit(self, record: WorkshopRecord | None) -> int | None:
        dialog = WorkshopDialog(self.context, record, self)
        if dialog.exec() and dialog.saved is not None:
            self.status_message.emit(self.tr("%1 sparades.").replace("%1", dialog.saved.title))
            return dialog.saved.id
        return None

    def record_by_id(self, record_id: int) -> WorkshopRecord:
        return workshops.get_workshop(self.context.db, record_id)

    def delete(self, record: WorkshopRecord) -> None:
        workshops.delete_workshop(self.context.db, record.id)

    def describe(self, record: WorkshopRecord) -> str:
        return self.tr("workshoppen ”%1” %2").replace("%2", record.held_on.isoformat()).replace("%1", record.title)
