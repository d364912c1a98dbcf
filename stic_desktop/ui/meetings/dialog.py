"""Plan one meeting, or change its details: group, title, kind, day and time, place, link, case number.

Times are entered as Swedish wall-clock times and handed to the service as Europe/Stockholm aware
datetimes; the service validates and its messages appear next to the fields.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QTimeEdit,
    QWidget,
)

from stic_desktop.core import clock
from stic_desktop.errors import UserError
from stic_desktop.services.meetings import agenda, meetings, year_plan
from stic_desktop.services.meetings.meetings import FIELD_LABELS, MeetingInput, MeetingRecord
from stic_desktop.services.meetings.records import STOCKHOLM
from stic_desktop.services.people import groups
from stic_desktop.services.workspace import organisation
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.widgets import messages
from stic_desktop.ui.widgets.form import FormDialog
from stic_desktop.ui.widgets.labels import label

DEFAULT_START = time(9, 0)
DEFAULT_LENGTH = timedelta(hours=2)


def default_title(group_name: str, day: date) -> str:
    """The house title, as the year plan gives it: ``Arbetsgruppen – januari 2027``."""
    return year_plan.default_title(group_name, day) if group_name else ""


def time_edit(value: time) -> QTimeEdit:
    edit = QTimeEdit(QTime(value.hour, value.minute))
    edit.setDisplayFormat("HH.mm")  # Swedish: 09.00, as the rest of the program writes times
    edit.setMaximumWidth(90)
    return edit


class MeetingDialog(FormDialog):
    def __init__(self, context: AppContext, record: MeetingRecord | None = None, parent: QWidget | None = None, *,
                 day: date | None = None, group_id: int | None = None) -> None:
        super().__init__(context, parent, min_width=560, grow=True)
        self.record = record
        self.template_error: UserError | None = None
        self.setWindowTitle(self.tr("Nytt möte") if record is None else self.tr("Möte – %1").replace("%1", record.title))

        self.group_combo = QComboBox()
        self.group_combo.addItem(self.tr("(ingen grupp)"), None)
        for group in groups.list_groups(context.db):
            if group.active or (record is not None and group.id == record.group_id):
                self.group_combo.addItem(group.name, group.id)
        self.group_combo.currentIndexChanged.connect(self._group_changed)
        self.errors.add_row("group_id", label(FIELD_LABELS["group_id"]) + ":", self.group_combo)
        self.title_edit = QLineEdit()
        self.errors.add_row("title", label(FIELD_LABELS["title"]) + " *:", self.title_edit)
        self.kind_combo = QComboBox()
        for code, text in meetings.KIND_LABELS.items():
            self.kind_combo.addItem(label(text), code)
        self.errors.add_row("kind", label(FIELD_LABELS["kind"]) + ":", self.kind_combo)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumWidth(130)
        self.errors.add_row("date", self.tr("Datum *:"), self.date_edit)
        self.start_edit = time_edit(DEFAULT_START)
        self.errors.add_row("starts_at", label(FIELD_LABELS["starts_at"]) + " *:", self.start_edit)
        self.end_edit = time_edit((datetime.combine(clock.today(), DEFAULT_START) + DEFAULT_LENGTH).time())
        self.errors.add_row("ends_at", label(FIELD_LABELS["ends_at"]) + " *:", self.end_edit)
        for edit in (self.date_edit, self.start_edit, self.end_edit):  # room for a message beside a narrow field
            edit.parentWidget().setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.inputs: dict[str, QLineEdit | QPlainTextEdit] = {}
        for field in ("location", "online_link", "case_number", "notes"):
            if field == "notes":
                self._add_planned_row()
            widget = QPlainTextEdit() if field == "notes" else QLineEdit()
            if field == "notes":
                widget.setTabChangesFocus(True)
                widget.setFixedHeight(72)
            widget.setObjectName(field)
            self.inputs[field] = widget
            self.errors.add_row(field, label(FIELD_LABELS[field]) + ":", widget)
        self.inputs["online_link"].setPlaceholderText("https://")

        self.invite_check = QCheckBox(self.tr("Kalla gruppens medlemmar"))
        self.invite_check.setToolTip(self.tr("Alla som är medlemmar i gruppen på mötesdagen kallas. Gäster läggs till i mötet."))
        self.template_check = QCheckBox(self.tr("Lägg in standardpunkter i dagordningen"))
        self.template_check.setToolTip(self.tr("Mötets öppnande, val av justerare, … mötets avslutande (gruppens mall)."))
        for check in (self.invite_check, self.template_check):
            check.setChecked(True)
            check.setVisible(record is None)
            if record is None:
                self.form.addRow("", check)

        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        note = QLabel(self.tr("* måste fyllas i. Tiderna är svensk tid."))
        note.setObjectName("hint")
        self.body.addWidget(note)
        self._auto_title = ""
        self._fill(record, day, group_id)
        self.date_edit.dateChanged.connect(self._group_changed)  # the title names the month

    def _add_planned_row(self) -> None:
        """"Kallelsen skickas": the day the invitation is planned to be sent (the kallelse's own date until
        it is sent), or, once sent, the day it was."""
        self.planned_check = QCheckBox(self.tr("Planerat"))
        self.planned_edit = QDateEdit()
        self.planned_edit.setCalendarPopup(True)
        self.planned_edit.setDisplayFormat("yyyy-MM-dd")
        self.planned_edit.setMaximumWidth(130)
        self.planned_edit.setEnabled(False)
        self.planned_edit.setAccessibleName(self.tr("Kallelsen skickas, planerat datum"))
        self.planned_check.toggled.connect(self.planned_edit.setEnabled)
        self.sent_label = QLabel()
        self.sent_label.setObjectName("hint")
        row_widget = QWidget()
        row = QHBoxLayout(row_widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.planned_check)
        row.addWidget(self.planned_edit)
        row.addWidget(self.sent_label)
        row.addStretch(1)
        row_widget.setToolTip(self.tr("Kallelsen dateras den dag den skickas; innan dess den planerade dagen."))
        self.errors.add_row("invitation_planned_on", label(FIELD_LABELS["invitation_planned_on"]) + ":", row_widget)

    def _fill_planned(self, record: MeetingRecord | None) -> None:
        meeting_day = self.date_edit.date().toPython()
        planned = record.invitation_planned_on if record is not None else None
        self.planned_edit.setDate(QDate(planned or min(meeting_day, max(clock.today(), meeting_day - timedelta(days=14)))))
        self.planned_check.setChecked(planned is not None)
        sent = record.invitation_sent_at if record is not None else None
        self.planned_check.setEnabled(sent is None)
        self.planned_edit.setEnabled(sent is None and planned is not None)
        for widget in (self.planned_check, self.planned_edit):  # sent: only the day it was sent is shown
            widget.setVisible(sent is None)
        self.sent_label.setText(self.tr("Skickad %1").replace("%1", sent.date().isoformat()) if sent else "")

    # -- values --------------------------------------------------------------------------
    def _fill(self, record: MeetingRecord | None, day: date | None, group_id: int | None) -> None:
        if record is None:
            self.date_edit.setDate(QDate(day or clock.today() + timedelta(days=7)))
            self.inputs["location"].setText(organisation.get_organisation(self.context.db).default_place)
            self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(group_id)))
            self._group_changed()
            self._fill_planned(None)
            return
        self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(record.group_id)))
        if record.status != "draft":
            self.group_combo.setEnabled(False)
            self.group_combo.setToolTip(self.tr("Gruppen kan bara bytas medan mötet är ett utkast."))
        self.title_edit.setText(record.title)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(record.kind)))
        self.date_edit.setDate(QDate(record.starts_at.date()))
        self.start_edit.setTime(QTime(record.starts_at.hour, record.starts_at.minute))
        self.end_edit.setTime(QTime(record.ends_at.hour, record.ends_at.minute))
        for field, widget in self.inputs.items():
            value = getattr(record, field)
            widget.setPlainText(value) if isinstance(widget, QPlainTextEdit) else widget.setText(value)
        self._fill_planned(record)

    def _group_changed(self, *_args) -> None:
        """A new meeting's title follows the group until the user types their own."""
        if self.record is not None:
            return
        title = default_title(self.group_combo.currentText() if self.group_combo.currentData() is not None else "",
                              self.date_edit.date().toPython())
        if self.title_edit.text() in ("", self._auto_title):
            self.title_edit.setText(title)
        self._auto_title = title
        self.invite_check.setEnabled(self.group_combo.currentData() is not None)

    def _moment(self, edit: QTimeEdit) -> datetime:
        day = self.date_edit.date().toPython()
        return datetime.combine(day, edit.time().toPython().replace(second=0, microsecond=0), tzinfo=STOCKHOLM)

    def value(self) -> MeetingInput:
        text = {f: (w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text()) for f, w in self.inputs.items()}
        return MeetingInput(group_id=self.group_combo.currentData(), title=self.title_edit.text(),
                            starts_at=self._moment(self.start_edit), ends_at=self._moment(self.end_edit),
                            kind=self.kind_combo.currentData(), invitation_planned_on=self._planned(), **text)

    def _planned(self) -> date | None:
        if not self.planned_check.isEnabled():  # sent: the planned day stays as it was
            return self.record.invitation_planned_on if self.record is not None else None
        return self.planned_edit.date().toPython() if self.planned_check.isChecked() else None

    # -- saving --------------------------------------------------------------------------
    def stored(self) -> None:
        if self.record is None and self.template_check.isChecked():
            try:
                agenda.apply_template(self.context.db, self.saved.id)
            except UserError as error:  # the meeting is saved; the agenda can be filled in later
                self.template_error = error
                messages.show_error(self, error)

    def store(self) -> MeetingRecord:
        db = self.context.db
        if self.record is None:
            invite = self.invite_check.isChecked() and self.group_combo.currentData() is not None
            return meetings.create_meeting(db, self.value(), invite_group_members=invite)
        return meetings.update_meeting(db, self.record.id, self.value(), expected_version=self.record.row_version)

    def reload(self) -> bool:
        if self.record is None:
            return False
        self.record = meetings.get_meeting(self.context.db, self.record.id)
        self._fill(self.record, None, None)
        return True
