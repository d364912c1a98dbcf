"""Deltagare: who is called, their reply and attendance, the adjusters, chair and secretary.

Reply and attendance are edited per cell or for the selected rows; "ersättare" asks who substitutes.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from stic_desktop.errors import UserError
from stic_desktop.services.meetings import invitees, meetings
from stic_desktop.services.meetings.invitees import InviteeRecord
from stic_desktop.services.meetings.meetings import MeetingRecord
from stic_desktop.services.meetings.records import ATTENDANCE_LABELS, RSVP_LABELS
from stic_desktop.services.people import people
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.widgets import messages, rights
from stic_desktop.ui.widgets import pickers as meeting_widgets
from stic_desktop.ui.widgets.labels import label
from stic_desktop.ui.widgets.pickers import PersonCombo
from stic_desktop.ui.widgets.row_menu import add_row_actions
from stic_desktop.ui.widgets.table_model import ROW_ROLE, Index
from stic_desktop.ui.widgets.tables import make_table_view

NAME, ORGANISATION, ROLE, RSVP, ATTENDANCE, ADJUSTER = range(6)
CHOICES = {RSVP: RSVP_LABELS, ATTENDANCE: ATTENDANCE_LABELS}


class InviteeModel(QAbstractTableModel):
    """Invitees; setData saves through the service and shows the row as the service returns it."""

    failed = Signal(object)  # a UserError from the service
    changed = Signal()

    def __init__(self, db, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.locked = False
        self._rows: list[InviteeRecord] = []
        self._headers = [self.tr("Namn"), self.tr("Organisation"), self.tr("Roll"), self.tr("Svar"),
                         self.tr("Närvaro"), self.tr("Justerare")]

    def set_rows(self, rows: list[InviteeRecord], locked: bool) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.locked = locked
        self.endResetModel()

    def record(self, row: int) -> InviteeRecord:
        return self._rows[row]

    def records(self) -> list[InviteeRecord]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    @staticmethod
    def _text(record: InviteeRecord, column: int) -> str:
        if column == NAME:
            return record.person_name
        if column == ORGANISATION:
            return record.organisation
        if column == ROLE:
            return label(record.role_label)
        if column == RSVP:
            sub = record.rsvp_substitute_name
            return f"{label(record.rsvp_label)}: {sub}" if record.rsvp == "substitute" and sub else label(record.rsvp_label)
        if column == ATTENDANCE:
            sub = record.attendance_substitute_name
            return f"{label(record.attendance_label)}: {sub}" if record.attendance == "substitute" and sub \
                else label(record.attendance_label)
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole and column == NAME and record.email:
                return f"{record.person_name} <{record.email}>"
            return self._text(record, column)
        if role == Qt.ItemDataRole.EditRole and column in CHOICES:
            return record.rsvp if column == RSVP else record.attendance
        if role == Qt.ItemDataRole.CheckStateRole and column == ADJUSTER:
            return Qt.CheckState.Checked if record.adjuster else Qt.CheckState.Unchecked
        if role == ROW_ROLE:
            return record
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.locked and index.column() in CHOICES:
            flags |= Qt.ItemFlag.ItemIsEditable
        if index.column() == ADJUSTER:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
            if self.locked:
                flags &= ~Qt.ItemFlag.ItemIsEnabled
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """EditRole on Svar/Närvaro takes a code or (code, substitute id); CheckStateRole on Justerare."""
        if not index.isValid() or self.locked or not 0 <= index.row() < len(self._rows):
            return False
        record, column = self._rows[index.row()], index.column()
        try:
            if column == ADJUSTER and role == Qt.ItemDataRole.CheckStateRole:
                checked = Qt.CheckState(value) == Qt.CheckState.Checked
                updated = invitees.set_adjuster(self.db, record.id, checked)
            elif column in CHOICES and role == Qt.ItemDataRole.EditRole:
                code, substitute = value if isinstance(value, tuple) else (value, None)
                setter = invitees.set_rsvp if column == RSVP else invitees.set_attendance
                updated = setter(self.db, record.id, code, substitute)
            else:
                return False
        except UserError as error:
            self.failed.emit(error)
            return False
        self.replace(updated)
        self.changed.emit()
        return True

    def replace(self, record: InviteeRecord) -> None:
        for row, old in enumerate(self._rows):
            if old.id == record.id:
                self._rows[row] = record
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._headers) - 1))
                return


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of the labels; choosing "Ersättare" hands over to ``on_substitute(row, column)``."""

    def __init__(self, labels: dict[str, str], on_substitute: Callable[[int, int], None], parent=None) -> None:
        super().__init__(parent)
        self.labels = labels
        self.on_substitute = on_substitute

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        for code, text in self.labels.items():
            combo.addItem(label(text) + ("…" if code == "substitute" else ""), code)
        combo.activated.connect(lambda _i, c=combo: (self.commitData.emit(c), self.closeEditor.emit(c)))
        return combo

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QComboBox, model, index: QModelIndex) -> None:
        code = editor.currentData()
        if code == "substitute":  # asked after the editor has closed, not from inside it
            QTimer.singleShot(0, partial(self.on_substitute, index.row(), index.column()))
        elif code != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, (code, None), Qt.ItemDataRole.EditRole)


class AttendancePanel(QWidget):
    changed = Signal()  # invitees, replies, attendance or officers changed (the panel shows it already)
    status_message = Signal(str)

    def __init__(self, context: AppContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id = meeting_id
        self.meeting: MeetingRecord | None = None
        self._filling = False
        self._choices: list[tuple[int, str]] | None = None  # every active person: read when first needed
        self.chair_combo = PersonCombo(lambda: self.choices, self.tr("(ingen)"))
        self.secretary_combo = PersonCombo(lambda: self.choices, self.tr("(ingen)"))
        for combo in (self.chair_combo, self.secretary_combo):
            combo.currentIndexChanged.connect(self._officers_changed)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("countLabel")

        self.model = InviteeModel(context.db, self)
        self.model.failed.connect(lambda error: messages.show_error(self, error))
        self.model.changed.connect(self._row_changed)
        self.table = make_table_view(
            self.model, selection="extended", stretch=(NAME,), widths=(220, 170, 130, 210, 210, 80), row_height=26,
            edit_triggers=QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.delegates = [ChoiceDelegate(CHOICES[c], self.choose_substitute, self) for c in (RSVP, ATTENDANCE)]
        self.table.setItemDelegateForColumn(RSVP, self.delegates[0])
        self.table.setItemDelegateForColumn(ATTENDANCE, self.delegates[1])
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        def button(text: str, slot, tip: str = "") -> QPushButton:
            widget = QPushButton(text)
            widget.clicked.connect(slot)
            widget.setToolTip(tip or text)
            return widget

        self.yes_button = button(self.tr("Kommer"), lambda: self.set_selected(RSVP, "yes"), self.tr("Svar för de markerade"))
        self.no_button = button(self.tr("Kommer inte"), lambda: self.set_selected(RSVP, "no"), self.tr("Svar för de markerade"))
        self.rsvp_sub_button = button(self.tr("Ersättare…"), lambda: self.choose_substitute(self._current_row(), RSVP),
                                      self.tr("Den markerade skickar en ersättare"))
        self.present_button = button(self.tr("Närvarande"), lambda: self.set_selected(ATTENDANCE, "present"),
                                     self.tr("Närvaro för de markerade"))
        self.absent_button = button(self.tr("Frånvarande"), lambda: self.set_selected(ATTENDANCE, "absent"),
                                    self.tr("Närvaro för de markerade"))
        self.attendance_sub_button = button(self.tr("Ersättare…"),
                                            lambda: self.choose_substitute(self._current_row(), ATTENDANCE),
                                            self.tr("En ersättare var där för den markerade"))
        self.guest_button = button(self.tr("Lägg till gäst…"), self.add_guest)
        self.remove_button = button(self.tr("Ta bort"), self.remove_selected, self.tr("Ta bort de markerade från mötet"))
        self.copy_button = button(self.tr("Kopiera e-postadresser"), self.copy_emails,
                                  self.tr("De markerades adresser, eller allas om ingen är markerad"))
        add_row_actions(self.table, self.yes_button, self.no_button, self.rsvp_sub_button, None, self.present_button,
                        self.absent_button, self.attendance_sub_button, None, self.copy_button, self.remove_button)

        officers = QHBoxLayout()
        officers.addWidget(QLabel(self.tr("Ordförande:")))
        officers.addWidget(self.chair_combo, 1)
        officers.addSpacing(12)
        officers.addWidget(QLabel(self.tr("Sekreterare:")))
        officers.addWidget(self.secretary_combo, 1)
        rsvp_label, attendance_label = QLabel(self.tr("Svar:")), QLabel(self.tr("Närvaro:"))
        rights.needs(rights.WRITE, rsvp_label, attendance_label, self.yes_button, self.no_button,
                     self.rsvp_sub_button, self.present_button, self.absent_button, self.attendance_sub_button,
                     self.guest_button, self.remove_button)
        replies = QHBoxLayout()
        replies.addWidget(rsvp_label)
        for widget in (self.yes_button, self.no_button, self.rsvp_sub_button):
            replies.addWidget(widget)
        replies.addSpacing(16)
        replies.addWidget(attendance_label)
        for widget in (self.present_button, self.absent_button, self.attendance_sub_button):
            replies.addWidget(widget)
        replies.addStretch(1)
        replies.addWidget(self.summary_label)
        others = QHBoxLayout()
        for widget in (self.guest_button, self.remove_button, self.copy_button):
            others.addWidget(widget)
        others.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(officers)
        layout.addLayout(replies)
        layout.addWidget(self.table, 1)
        layout.addLayout(others)

    @property
    def choices(self) -> list[tuple[int, str]]:
        """(id, text) of every active person, for the officers and the substitute and guest pickers."""
        if self._choices is None:
            self._choices = meeting_widgets.person_choices(self.context.db)
        return self._choices

    # -- state ---------------------------------------------------------------------------
    def refresh(self, meeting: MeetingRecord) -> None:
        self.meeting = meeting
        selected = {r.id for r in self.selected()}
        try:
            rows = invitees.invitees(self.context.db, self.meeting_id)
        except UserError as error:
            messages.show_error(self, error)
            rows = []
        self.model.set_rows(rows, meeting.locked or not rights.allows(self.context))  # a reader changes no cell
        for row, record in enumerate(rows):
            if record.id in selected:
                self.table.selectRow(row)
        self._filling = True
        self.chair_combo.set_person(meeting.chair_id, meeting.chair_name)
        self.secretary_combo.set_person(meeting.secretary_id, meeting.secretary_name)
        self._filling = False
        self._update_buttons()
        self._update_summary()

    def _update_summary(self) -> None:
        rows = self.model.records()
        coming = sum(1 for r in rows if r.rsvp in ("yes", "substitute"))
        declined = sum(1 for r in rows if r.rsvp == "no")
        present = sum(1 for r in rows if r.attendance in ("present", "substitute"))
        text = self.tr("%1 kallade · %2 kommer · %3 kommer inte").replace("%1", str(len(rows))) \
            .replace("%2", str(coming)).replace("%3", str(declined))
        if present:
            text += self.tr(" · %1 närvarande").replace("%1", str(present))
        self.summary_label.setText(text)

    def _update_buttons(self, *_args) -> None:
        editable = self.meeting is not None and not self.meeting.locked and rights.allows(self.context)
        count = len(self.selected())
        for widget in (self.yes_button, self.no_button, self.present_button, self.absent_button, self.remove_button):
            widget.setEnabled(editable and count > 0)
        for widget in (self.rsvp_sub_button, self.attendance_sub_button):
            widget.setEnabled(editable and count == 1)
        for widget in (self.guest_button, self.chair_combo, self.secretary_combo):
            widget.setEnabled(editable)
        self.copy_button.setEnabled(self.model.rowCount() > 0)

    def selected(self) -> list[InviteeRecord]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.record(r) for r in rows if r < self.model.rowCount()]

    def _current_row(self) -> int:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return rows[0] if len(rows) == 1 else -1

    def _row_changed(self) -> None:
        self._update_summary()
        self.changed.emit()

    # -- actions -------------------------------------------------------------------------
    def set_selected(self, column: int, code: str) -> None:
        for record in self.selected():
            row = self.model.records().index(record)
            if not self.model.setData(self.model.index(row, column), (code, None)):
                break

    def choose_substitute(self, row: int, column: int) -> None:
        if not 0 <= row < self.model.rowCount() or self.model.locked:
            return
        record = self.model.record(row)
        what = self.tr("Vem ersätter %1?") if column == RSVP else self.tr("Vem var där i stället för %1?")
        person_id = meeting_widgets.choose_person(self, self.tr("Ersättare"), what.replace("%1", record.person_name),
                                                  self.choices, {record.person_id})
        if person_id is not None:
            self.model.setData(self.model.index(row, column), ("substitute", person_id))

    def add_guest(self) -> None:
        invited = {r.person_id for r in self.model.records()}
        person_id = meeting_widgets.choose_person(self, self.tr("Lägg till gäst"),
                                                  self.tr("Vem ska också kallas till mötet?"), self.choices, invited)
        if person_id is None:
            return
        try:
            record = invitees.add_guest(self.context.db, self.meeting_id, person_id)
        except UserError as error:
            messages.show_error(self, error)
            return
        self.status_message.emit(self.tr("%1 kallades till mötet.").replace("%1", record.person_name))
        self._reload_and_tell()

    def remove_selected(self) -> None:
        records = self.selected()
        if not records:
            return
        names = ", ".join(r.person_name for r in records)
        if not messages.confirm(self, self.tr("Ta bort"), self.tr("Ta bort %1 från mötet?").replace("%1", names),
                                self.tr("Ta bort")):
            return
        try:
            for record in records:
                invitees.remove_invitee(self.context.db, record.id)
        except UserError as error:
            messages.show_error(self, error)
        self._reload_and_tell()

    def _reload_and_tell(self) -> None:
        if self.meeting is not None:
            self.refresh(self.meeting)
        self.changed.emit()

    def copy_emails(self) -> None:
        addresses = people.email_list(self.selected() or self.model.records())
        if not addresses:
            self.status_message.emit(self.tr("Ingen av de kallade har en e-postadress."))
            return
        QGuiApplication.clipboard().setText(addresses)
        count = len(addresses.split("; "))
        self.status_message.emit(self.tr("%1 e-postadresser kopierades till urklipp.").replace("%1", str(count)))

    def _officers_changed(self, *_args) -> None:
        if self._filling or self.meeting is None:
            return
        chair, secretary = self.chair_combo.person_id(), self.secretary_combo.person_id()
        if (chair, secretary) == (self.meeting.chair_id, self.meeting.secretary_id):
            return
        try:
            self.meeting = meetings.set_officers(self.context.db, self.meeting_id, chair, secretary)
        except UserError as error:
            messages.show_error(self, error)
            self._filling = True
            self.chair_combo.set_person(self.meeting.chair_id, self.meeting.chair_name)
            self.secretary_combo.set_person(self.meeting.secretary_id, self.meeting.secretary_name)
            self._filling = False
            return
        self.changed.emit()
