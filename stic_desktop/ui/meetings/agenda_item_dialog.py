"""Add or change one agenda item: title, kind, presenter, minutes, description, proposed decision and who the
decision is sent to (expedieras)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from stic_desktop.errors import ValidationError
from stic_desktop.services.meetings import agenda
from stic_desktop.services.meetings.agenda import AgendaItemInput, AgendaItemRecord
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.widgets.form import FormDialog
from stic_desktop.ui.widgets.labels import label
from stic_desktop.ui.widgets.pickers import PersonCombo, person_choices


class AgendaItemDialog(FormDialog):
    def __init__(self, context: AppContext, meeting_id: int, record: AgendaItemRecord | None = None,
                 position: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(context, parent, min_width=560, grow=True)
        self.meeting_id = meeting_id
        self.record = record
        self.position = position
        self.setWindowTitle(self.tr("Ny punkt på dagordningen") if record is None
                            else self.tr("Dagordningspunkt – %1").replace("%1", record.title))
        self.title_edit = QLineEdit()
        self.errors.add_row("title", self.tr("Rubrik *:"), self.title_edit)
        self.kind_combo = QComboBox()
        for code, text in agenda.ITEM_KIND_LABELS.items():
            self.kind_combo.addItem(label(text), code)
        self.errors.add_row("kind", self.tr("Typ:"), self.kind_combo)
        self.presenter_combo = PersonCombo(person_choices(context.db), self.tr("(ingen)"))
        self.errors.add_row("presenter_id", self.tr("Föredragande:"), self.presenter_combo)
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(0, agenda.MAX_DURATION)
        self.duration_spin.setSingleStep(5)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.duration_spin.setMaximumWidth(110)
        self.errors.add_row("duration_minutes", self.tr("Tid:"), self.duration_spin)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMinimumHeight(90)
        self.errors.add_row("description", self.tr("Beskrivning:"), self.description_edit)
        self.decision_edit = QPlainTextEdit()
        self.decision_edit.setTabChangesFocus(True)
        self.decision_edit.setMinimumHeight(70)
        self.errors.add_row("proposed_decision", self.tr("Förslag till beslut:"), self.decision_edit)
        self.dispatch_edit = QLineEdit()
        self.dispatch_edit.setPlaceholderText(self.tr("t.ex. Kommunstyrelsen i respektive kommun, ekonomienheten"))
        self.dispatch_edit.setToolTip(self.tr("Vem beslutet skickas till (skrivs i protokollet som ”Expedieras”)"))
        self.errors.add_row("dispatch_to", self.tr("Expedieras till:"), self.dispatch_edit)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)

        self._fill(record.as_input() if record is not None else AgendaItemInput())
        if record is not None:
            self.presenter_combo.set_person(record.presenter_id, record.presenter_name)

    def _fill(self, data: AgendaItemInput) -> None:
        self.title_edit.setText(data.title)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(data.kind)))
        self.presenter_combo.set_person(data.presenter_id)
        self.duration_spin.setValue(int(data.duration_minutes))
        self.description_edit.setPlainText(data.description)
        self.decision_edit.setPlainText(data.proposed_decision)
        self.dispatch_edit.setText(data.dispatch_to)
        self._kind_changed()

    def _kind_changed(self, *_args) -> None:
        """A proposed decision belongs to a decision item; others may still have one from before."""
        is_decision = self.kind_combo.currentData() == "decision"
        self.decision_edit.setEnabled(is_decision or bool(self.decision_edit.toPlainText()))

    def value(self) -> AgendaItemInput:
        return AgendaItemInput(title=self.title_edit.text(), kind=self.kind_combo.currentData(),
                               presenter_id=self.presenter_combo.person_id(),
                               duration_minutes=self.duration_spin.value(),
                               description=self.description_edit.toPlainText(),
                               proposed_decision=self.decision_edit.toPlainText(),
                               dispatch_to=self.dispatch_edit.text())

    def store(self):
        db = self.context.db
        if self.presenter_combo.typed_unknown():
            raise ValidationError("presenter_id", self.tr("”%1” finns inte i listan. Välj en person i listan.")
                                  .replace("%1", self.presenter_combo.currentText().strip()))
        if self.record is None:
            return agenda.add_item(db, self.meeting_id, self.value(), self.position)
        else:
            return agenda.update_item(db, self.record.id, self.value(), expected_version=self.record.row_version)

    def reload(self) -> bool:
        if self.record is None:
            return False
        found = [i for i in agenda.agenda(self.context.db, self.record.meeting_id).items if i.id == self.record.id]
        if not found:
            return False
        self.record = found[0]
        self._fill(self.record.as_input())
        return True
