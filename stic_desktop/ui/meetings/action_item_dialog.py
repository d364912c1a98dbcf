"""Add or change one action item (åtgärd): what, who is responsible, by when, under which §."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QPlainTextEdit,
    QWidget,
)

from stic_desktop.core import clock
from stic_desktop.errors import ValidationError
from stic_desktop.services.meetings import action_items
from stic_desktop.services.meetings.action_items import ActionItemInput, ActionItemRecord
from stic_desktop.services.meetings.agenda import AgendaItemRecord
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.widgets.form import FormDialog
from stic_desktop.ui.widgets.pickers import PersonCombo, person_choices


def item_label(item: AgendaItemRecord) -> str:
    return f"§ {item.paragraph} {item.title}" if item.paragraph else f"{item.position + 1}. {item.title}"


class ActionItemDialog(FormDialog):
    def __init__(self, context: AppContext, meeting_id: int, items: Sequence[AgendaItemRecord],
                 record: ActionItemRecord | None = None, agenda_item_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent, min_width=520, grow=True)
        self.meeting_id = meeting_id
        self.record = record
        self.setWindowTitle(self.tr("Ny åtgärd") if record is None else self.tr("Åtgärd"))
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(80)
        self.errors.add_row("description", self.tr("Vad ska göras *:"), self.description_edit)
        self.responsible_combo = PersonCombo(person_choices(context.db), self.tr("(ingen)"))
        self.errors.add_row("responsible_id", self.tr("Ansvarig:"), self.responsible_combo)
        self.due_check = QCheckBox(self.tr("Klart senast"))
        self.due_edit = QDateEdit(QDate(clock.today() + timedelta(days=30)))
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        self.due_edit.setMaximumWidth(130)
        self.due_edit.setEnabled(False)
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        due = QWidget()
        row = QHBoxLayout(due)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.due_check)
        row.addWidget(self.due_edit)
        self.due_edit.setAccessibleName(self.tr("Klart senast"))
        row.addStretch(1)
        self.errors.add_row("due_date", self.tr("Datum:"), due)
        self.item_combo = QComboBox()
        self.item_combo.addItem(self.tr("(ingen särskild punkt)"), None)
        for item in items:
            self.item_combo.addItem(item_label(item), item.id)
        self.errors.add_row("agenda_item_id", self.tr("Punkt:"), self.item_combo)

        if record is not None:
            self.description_edit.setPlainText(record.description)
            self.responsible_combo.set_person(record.responsible_id, record.responsible_name)
            if record.due_date is not None:
                self.due_check.setChecked(True)
                self.due_edit.setDate(QDate(record.due_date))
            agenda_item_id = record.agenda_item_id
            self.item_combo.setEnabled(False)  # the service keeps the § an item was decided under
        self.item_combo.setCurrentIndex(max(0, self.item_combo.findData(agenda_item_id)))

    def value(self) -> ActionItemInput:
        due = self.due_edit.date().toPython().isoformat() if self.due_check.isChecked() else ""
        return ActionItemInput(self.description_edit.toPlainText(), self.responsible_combo.person_id(), due)

    def store(self):
        db = self.context.db
        if self.responsible_combo.typed_unknown():
            raise ValidationError("responsible_id", self.tr("”%1” finns inte i listan. Välj en person i listan.")
                                  .replace("%1", self.responsible_combo.currentText().strip()))
        if self.record is None:
            return action_items.add_action_item(db, self.meeting_id, self.value(), self.item_combo.currentData())
        else:
            return action_items.update_action_item(db, self.record.id, self.value(),
                                                   expected_version=self.record.row_version)
