"""Grupper: the steering group, the working group and the contract groups, with their members."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter

from stic_desktop.services.people import groups, memberships
from stic_desktop.services.people.groups import FIELD_LABELS, KIND_ORDER, GroupRecord
from stic_desktop.ui.people.group_dialog import GroupDialog
from stic_desktop.ui.people.group_members import MembersPanel
from stic_desktop.ui.widgets.labels import label
from stic_desktop.ui.widgets.list_page import ListPage
from stic_desktop.ui.widgets.table_model import Column

RELATED_ENTITIES = {memberships.MEMBERSHIP_ENTITY, "person", "municipality"}


class KindText(str):
    """A kind's label that sorts in the groups' own order (styrgrupp, arbetsgrupp, avtalsgrupper)."""

    def __new__(cls, kind: str) -> KindText:
        text = super().__new__(cls, label(groups.KIND_LABELS[kind]))
        text.order = KIND_ORDER.index(kind)
        return text

    def casefold(self) -> str:
        return f"{self.order}{str.casefold(self)}"


class GroupsPage(ListPage):
    title_column = 1  # the name or title takes the free width
    page_id = "groups"
    entity = groups.ENTITY
    field_labels = FIELD_LABELS

    def __init__(self, context, parent=None) -> None:
        self.title = self.tr("Grupper")
        self.empty_text = self.tr("Det finns inga grupper. Välj ”Ny” för att lägga till en avtalsgrupp.")
        self.count_text = self.tr("{visible} av {total} grupper")
        super().__init__(context, parent)
        self.new_action.setText(self.tr("Ny avtalsgrupp"))
        self.members = MembersPanel(context, self)
        self.members.status_message.connect(self.status_message)
        layout = self.layout()
        layout.removeWidget(self.stack)
        self.splitter = QSplitter(Qt.Orientation.Vertical)  # below: the member table needs the full width
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.members)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([260, 400])
        layout.addWidget(self.splitter, 1)
        self.table.selectionModel().selectionChanged.connect(self._show_members)

    def columns(self) -> Sequence[Column]:
        return [
            Column(self.tr("Typ"), lambda r: KindText(r.kind)),
            Column(self.tr("Namn"), lambda r: r.name),
            Column(self.tr("Sakområde"), lambda r: r.subject_area),
            Column(self.tr("Medlemmar"), lambda r: r.member_count, align_right=True),
            Column(self.tr("Aktiv"), lambda r: r.active),
        ]

    def load(self) -> list[GroupRecord]:
        return groups.list_groups(self.context.db)

    def reload(self) -> None:
        super().reload()
        if not self.selected_records() and self.model.rowCount():
            self.table.selectRow(0)
        self._show_members()

    def _on_data_changed(self, entity: str) -> None:
        if entity == self.entity or entity in RELATED_ENTITIES:
            self.reload()

    def _show_members(self, *_args) -> None:
        if not hasattr(self, "members"):
            return  # selection signals can arrive while ListPage.__init__ builds the page
        records = self.selected_records()
        self.members.set_group(records[0] if len(records) == 1 else None)

    def _update_actions(self, *_args) -> None:
        super()._update_actions()
        records = self.selected_records()
        self.delete_action.setEnabled(len(records) == 1 and not records[0].standing)

    def edit(self, record: GroupRecord | None) -> int | None:
        dialog = GroupDialog(self.context, record, self)
        if dialog.exec() and dialog.saved is not None:
            self.status_message.emit(self.tr("%1 sparades.").replace("%1", dialog.saved.name))
            return dialog.saved.id
        return None

    def record_by_id(self, record_id: int) -> GroupRecord:
        return groups.get_group(self.context.db, record_id)

    def delete(self, record: GroupRecord) -> None:
        groups.delete_group(self.context.db, record.id)

    def describe(self, record: GroupRecord) -> str:
        return record.name
