"""Edit one group: a new contract group, or the name, subject area and notes of any group."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from stic_desktop.services.people import groups, people
from stic_desktop.services.people.groups import FIELD_LABELS, GroupInput, GroupRecord
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.widgets.form import FormDialog
from stic_desktop.ui.widgets.history_dialog import HistoryDialog
from stic_desktop.ui.widgets.labels import label


class GroupDialog(FormDialog):
    def __init__(self, context: AppContext, record: GroupRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__(context, parent, min_width=500, grow=True, required_note=True)
        self.record = record
        self.setWindowTitle(self.tr("Ny avtalsgrupp") if record is None else self.tr("Grupp – %1").replace("%1", record.name))

        self.kind_label = QLabel(label(groups.KIND_LABELS["contract" if record is None else record.kind]))
        self.errors.add_row("kind", label(FIELD_LABELS["kind"]) + ":", self.kind_label)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("t.ex. Avtalsgrupp Livsmedel 2026"))
        self.errors.add_row("name", label(FIELD_LABELS["name"]) + " *:", self.name_edit)
        self.subject_edit = QLineEdit()
        self.subject_edit.setPlaceholderText(self.tr("t.ex. Livsmedel"))
        self.subject_edit.setToolTip(self.tr("Jämförs med personernas expertisområden när gruppen bemannas."))
        completer = QCompleter(people.list_expertise_tags(context.db), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.subject_edit.setCompleter(completer)
        self.errors.add_row("subject_area", label(FIELD_LABELS["subject_area"]) + ":", self.subject_edit)
        self.min_experts = QSpinBox()
        self.min_experts.setRange(0, 100)
        self.min_experts.setMaximumWidth(90)
        self.min_experts.setToolTip(self.tr("Bemanningsvyn markerar gruppen när den har färre experter än så."))
        self.errors.add_row("min_experts", label(FIELD_LABELS["min_experts"]) + ":", self.min_experts)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(84)
        self.errors.add_row("notes", label(FIELD_LABELS["notes"]) + ":", self.notes_edit)
        self.active_check = QCheckBox(self.tr("Gruppen är aktiv"))
        self.errors.add_row("active", "", self.active_check)
        if record is not None and record.standing:
            self.active_check.setEnabled(False)
            self.active_check.setToolTip(self.tr("Styrgruppen och arbetsgruppen är alltid aktiva."))
            self.min_experts.setEnabled(False)

        if record is not None:
            self.add_history_button(self.show_history)
        self._fill(record.as_input() if record else GroupInput())

    def _fill(self, data: GroupInput) -> None:
        self.name_edit.setText(data.name)
        self.subject_edit.setText(data.subject_area)
        self.min_experts.setValue(int(data.min_experts))
        self.notes_edit.setPlainText(data.notes)
        self.active_check.setChecked(data.active)

    def value(self) -> GroupInput:
        return GroupInput(
            name=self.name_edit.text(),
            kind="contract" if self.record is None else self.record.kind,
            subject_area=self.subject_edit.text(),
            min_experts=self.min_experts.value(),
            notes=self.notes_edit.toPlainText(),
            active=self.active_check.isChecked(),
        )

    def store(self):
        if self.record is None:
            return groups.save_group(self.context.db, self.value())
        return groups.save_group(self.context.db, self.value(), self.record.id, expected_version=self.record.row_version)

    def reload(self) -> bool:
        if self.record is None:
            return False
        self.record = groups.get_group(self.context.db, self.record.id)
        self._fill(self.record.as_input())
        return True

    def show_history(self) -> None:
        HistoryDialog(self.context, groups.ENTITY, self.record.id, self.record.name, FIELD_LABELS, self).exec()
