"""Edit one workshop: when, where and what about, who took part (a people picker), and the proposals it
produced. One Spara saves the workshop and its participants together."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stic_desktop.core import clock
from stic_desktop.errors import UserError
from stic_desktop.services.proposals import proposals, workshops
from stic_desktop.services.proposals.workshops import FIELD_LABELS, WorkshopInput, WorkshopRecord
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.widgets import messages, rights
from stic_desktop.ui.widgets.form import FormDialog
from stic_desktop.ui.widgets.history_dialog import HistoryDialog
from stic_desktop.ui.widgets.labels import label
from stic_desktop.ui.widgets.pickers import choose_person, person_choices


class WorkshopDialog(FormDialog):
    def __init__(self, context: AppContext, record: WorkshopRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__(context, parent, min_width=560, grow=True)
        self.record = record
        self.setWindowTitle(self.tr("Ny workshop") if record is None else self.tr("Workshop – %1").replace("%1", record.title))

        self.title_edit = QLineEdit()
        self.date_edit = QDateEdit(QDate(clock.today()))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumWidth(140)
        self.area_combo = QComboBox()
        for code, text in workshops.AREA_LABELS.items():
            self.area_combo.addItem(label(text), code)
        self.place_edit = QLineEdit()
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(70)
        self.participant_list = QListWidget()
        self.participant_list.setAccessibleName(self.tr("Deltagare"))
        self.participant_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.participant_list.setMinimumHeight(140)
        add = QPushButton(self.tr("Lägg till deltagare…"))
        add.clicked.connect(self.add_participant)
        self.remove_button = QPushButton(self.tr("Ta bort"))
        self.remove_button.clicked.connect(self.remove_selected)
        rights.needs(rights.WRITE, add, self.remove_button)
        self.participant_list.itemSelectionChanged.connect(self._update_buttons)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(add)
        buttons_row.addWidget(self.remove_button)
        buttons_row.addStretch(1)
        participants_box = QWidget()
        column = QVBoxLayout(participants_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.participant_list)
        column.addLayout(buttons_row)
        for field, widget, required in (("title", self.title_edit, True), ("held_on", self.date_edit, True),
                                        ("area", self.area_combo, False), ("place", self.place_edit, False),
                                        ("notes", self.notes_edit, False), ("participants", participants_box, False)):
            widget.setObjectName(field)
            self.errors.add_row(field, label(FIELD_LABELS[field]) + (" *" if required else "") + ":", widget)

        self.proposal_list = QListWidget()
        self.proposal_list.setAccessibleName(self.tr("Förslag från workshoppen"))
        self.proposal_list.setMaximumHeight(110)
        if record is not None:
            new_proposal = QPushButton(self.tr("Nytt förslag härifrån…"))
            new_proposal.clicked.connect(self.new_proposal)
            rights.needs(rights.WRITE, new_proposal)
            proposals_box = QWidget()
            column = QVBoxLayout(proposals_box)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(self.proposal_list)
            column.addWidget(new_proposal, 0, Qt.AlignmentFlag.AlignLeft)
            self.form.addRow(self.tr("Förslag härifrån:"), proposals_box)
            self._fill_proposals()

        if record is not None:
            self.add_history_button(self.show_history)
        self._fill()

    def _fill(self) -> None:
        data = self.record.as_input() if self.record else WorkshopInput()
        self.title_edit.setText(data.title)
        if data.held_on is not None:
            self.date_edit.setDate(QDate(data.held_on.year, data.held_on.month, data.held_on.day))
        self.area_combo.setCurrentIndex(max(0, self.area_combo.findData(data.area)))
        self.place_edit.setText(data.place)
        self.notes_edit.setPlainText(data.notes)
        if self.record is not None:
            for person in workshops.participants(self.context.db, self.record.id):
                text = f"{person.name} – {person.municipality_name}" if person.municipality_name else person.name
                self._add_item(person.person_id, text)
        self._update_buttons()

    def _fill_proposals(self) -> None:
        self.proposal_list.clear()
        produced = [p for p in proposals.list_proposals(self.context.db) if p.workshop_id == self.record.id]
        for p in produced:
            self.proposal_list.addItem(f"{p.title} ({label(p.status_label).lower()})")
        if not produced:
            self.proposal_list.addItem(self.tr("Inga förslag ännu."))

    def new_proposal(self) -> None:
        """A proposal with this workshop as its origin, saved at once (its own action, its own transaction)."""
        from stic_desktop.ui.proposals.proposal_dialog import ProposalDialog

        dialog = ProposalDialog(self.context, None, self, workshop_id=self.record.id)
        if dialog.exec() and dialog.saved is not None:
            self.context.data_changed.emit(proposals.ENTITY)
            self._fill_proposals()

    def _add_item(self, person_id: int, text: str) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, person_id)
        self.participant_list.addItem(item)

    def person_ids(self) -> list[int]:
        return [self.participant_list.item(row).data(Qt.ItemDataRole.UserRole)
                for row in range(self.participant_list.count())]

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.participant_list.selectedItems()))

    def add_participant(self) -> None:
        try:
            choices = person_choices(self.context.db)
        except UserError as error:
            messages.show_error(self, error)
            return
        person_id = choose_person(self, self.tr("Lägg till deltagare"), self.tr("Vem deltog i workshoppen?"), choices,
                                  exclude=set(self.person_ids()))
        if person_id is None:
            return
        self._add_item(person_id, dict(choices).get(person_id, str(person_id)))
        self.participant_list.sortItems()

    def remove_selected(self) -> None:
        for item in self.participant_list.selectedItems():
            self.participant_list.takeItem(self.participant_list.row(item))
        self._update_buttons()

    def value(self) -> WorkshopInput:
        day = self.date_edit.date()
        return WorkshopInput(self.title_edit.text(), date(day.year(), day.month(), day.day()),
                             self.area_combo.currentData(), self.place_edit.text(), self.notes_edit.toPlainText())

    def store(self):
        return workshops.save_workshop(self.context.db, self.value(),
                                       None if self.record is None else self.record.id,
                                       person_ids=self.person_ids(),
                                       expected_version=None if self.record is None else self.record.row_version)

    def reload(self) -> bool:
        if self.record is None:
            return False
        self.record = workshops.get_workshop(self.context.db, self.record.id)
        self.participant_list.clear()
        self._fill()
        return True

    def show_history(self) -> None:
        HistoryDialog(self.context, workshops.ENTITY, self.record.id, self.record.title, FIELD_LABELS, self).exec()
