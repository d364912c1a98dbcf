"""stic_desktop/ui/meetings/dialog.py: planning a meeting and changing its details."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox

from stic_desktop.core import clock
from stic_desktop.services.meetings import agenda, meetings
from stic_desktop.services.meetings.meetings import MeetingInput
from stic_desktop.services.meetings.records import STOCKHOLM
from stic_desktop.services.people import groups, memberships
from stic_desktop.services.workspace import organisation
from stic_desktop.services.workspace.organisation import OrganisationInfo
from stic_desktop.ui.meetings.dialog import MeetingDialog

DAY = clock.today() + timedelta(days=10)


def save_button(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)


def group(db, kind: str):
    return next(g for g in groups.list_groups(db) if g.kind == kind)


def test_new_meeting_defaults_place_from_settings_and_title_from_group(qtbot, context):
    db = context.db
    organisation.save_organisation(db, OrganisationInfo(default_place="Stadshuset, sal 3"))
    dialog = MeetingDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.inputs["location"].text() == "Stadshuset, sal 3"
    assert dialog.group_combo.itemText(0) == "(ingen grupp)" and dialog.group_combo.currentData() is None
    assert dialog.invite_check.isChecked() and dialog.template_check.isChecked()
    assert not dialog.invite_check.isEnabled()  # nobody to call without a group
    assert dialog.date_edit.calendarPopup()
    dialog.date_edit.setDate(date(2027, 1, 19))
    dialog.group_combo.setCurrentIndex(dialog.group_combo.findData(group(db, "steering").id))
    assert dialog.title_edit.text() == "Styrgruppen – januari 2027" and dialog.invite_check.isEnabled()
    dialog.group_combo.setCurrentIndex(dialog.group_combo.findData(group(db, "working").id))
    assert dialog.title_edit.text() == "Arbetsgruppen – januari 2027"  # still the automatic title: it follows
    dialog.date_edit.setDate(date(2027, 2, 16))
    assert dialog.title_edit.text() == "Arbetsgruppen – februari 2027"  # and names the month chosen
    assert dialog.start_edit.text() == "09.00" and dialog.end_edit.text() == "11.00"
    dialog.title_edit.setText("Budgetmöte")
    dialog.group_combo.setCurrentIndex(dialog.group_combo.findData(group(db, "steering").id))
    assert dialog.title_edit.text() == "Budgetmöte"  # typed by the user: kept


def test_saving_a_new_meeting_calls_the_members_and_adds_the_standard_items(qtbot, context):
    db = context.db
    steering = group(db, "steering")
    dialog = MeetingDialog(context)
    qtbot.addWidget(dialog)
    dialog.group_combo.setCurrentIndex(dialog.group_combo.findData(steering.id))
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("extra"))
    dialog.date_edit.setDate(QDate(DAY))
    dialog.start_edit.setTime(QTime(13, 15))
    dialog.end_edit.setTime(QTime(15, 45))
    qtbot.keyClicks(dialog.inputs["case_number"], "STIC 2026/7")
    dialog.inputs["notes"].insertPlainText("Łukasz Żółć & <b>")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    assert dialog.result() == dialog.DialogCode.Accepted
    saved = meetings.get_meeting(db, dialog.saved.id)
    assert saved.starts_at == datetime.combine(DAY, time(13, 15), tzinfo=STOCKHOLM)
    assert saved.ends_at == datetime.combine(DAY, time(15, 45), tzinfo=STOCKHOLM)
    assert saved.starts_at.utcoffset() == STOCKHOLM.utcoffset(datetime.combine(DAY, time(13, 15)))
    assert (saved.kind, saved.case_number, saved.notes, saved.status) == ("extra", "STIC 2026/7", "Łukasz Żółć & <b>",
                                                                          "draft")
    members = memberships.members(db, steering.id, DAY)
    assert saved.invitee_count == len({m.person_id for m in members}) > 0
    titles = [i.title for i in agenda.agenda(db, saved.id).items]
    assert titles[0] == "Mötets öppnande" and titles[-1] == "Mötets avslutande" and len(titles) == 7


def test_without_the_boxes_nobody_is_called_and_the_agenda_is_empty(qtbot, context):
    db = context.db
    dialog = MeetingDialog(context)
    qtbot.addWidget(dialog)
    dialog.group_combo.setCurrentIndex(dialog.group_combo.findData(group(db, "working").id))
    dialog.invite_check.setChecked(False)
    dialog.template_check.setChecked(False)
    dialog.save()
    saved = dialog.saved
    assert saved.invitee_count == 0 and agenda.agenda(db, saved.id).items == []


def test_end_before_start_is_shown_next_to_the_end_time_and_nothing_is_saved(qtbot, context):
    db = context.db
    before = len(meetings.list_meetings(db))
    dialog = MeetingDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title_edit.setText("")
    dialog.start_edit.setTime(QTime(14, 0))
    dialog.end_edit.setTime(QTime(13, 0))
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.saved is None
    assert dialog.errors.message("ends_at") == "Mötet kan inte sluta innan det börjar."
    assert "måste fyllas i" in dialog.errors.message("title")
    assert len(meetings.list_meetings(db)) == before


def test_editing_fills_the_fields_and_saves_the_change(qtbot, context):
    db = context.db
    steering = group(db, "steering")
    start = datetime.combine(DAY, time(9, 0), tzinfo=STOCKHOLM)
    record = meetings.create_meeting(db, MeetingInput(steering.id, "Styrgruppens möte", start, start + timedelta(hours=2),
                                                      location="Rum A", online_link="https://m.example/1"))
    meetings.mark_invitation_sent(db, record.id)
    record = meetings.get_meeting(db, record.id)
    dialog = MeetingDialog(context, record)
    qtbot.addWidget(dialog)
    assert dialog.invite_check.isHidden() and dialog.template_check.isHidden()
    assert dialog.title_edit.text() == "Styrgruppens möte" and dialog.inputs["location"].text() == "Rum A"
    assert dialog.inputs["online_link"].text() == "https://m.example/1"
    assert dialog.start_edit.time() == QTime(9, 0) and dialog.end_edit.time() == QTime(11, 0)
    assert not dialog.group_combo.isEnabled()  # called already: another group means a new meeting
    dialog.end_edit.setTime(QTime(12, 30))
    dialog.inputs["location"].setText("Rum B")
    dialog.save()
    saved = meetings.get_meeting(db, record.id)
    assert (saved.location, saved.ends_at.hour, saved.ends_at.minute) == ("Rum B", 12, 30)
    assert saved.sequence == record.sequence + 1  # calendars replace the event they have


def test_the_planned_send_day_of_the_invitation_is_edited_in_the_meeting_window(qtbot, context):
    """"Kallelsen skickas": a planned day until the invitation is sent, saved on the meeting (the kallelse is
    dated it); a day after the meeting is refused next to the field; once sent the field shows the day sent."""
    db = context.db
    start = datetime.combine(DAY, time(9, 0), tzinfo=STOCKHOLM)
    record = meetings.create_meeting(db, MeetingInput(group(db, "steering").id, "Styrgruppens möte", start,
                                                      start + timedelta(hours=2)))
    dialog = MeetingDialog(context, record)
    qtbot.addWidget(dialog)
    assert not dialog.planned_check.isChecked() and not dialog.planned_edit.isEnabled()
    dialog.planned_check.click()
    assert dialog.planned_edit.isEnabled()
    dialog.planned_edit.setDate(QDate(DAY + timedelta(days=1)))
    dialog.save()
    assert meetings.get_meeting(db, record.id).invitation_planned_on is None  # refused: after the meeting
    assert "efter mötesdagen" in dialog.errors.message("invitation_planned_on")
    planned = DAY - timedelta(days=5)
    dialog.planned_edit.setDate(QDate(planned))
    dialog.save()
    saved = meetings.get_meeting(db, record.id)
    assert saved.invitation_planned_on == planned and saved.sequence == record.sequence
    meetings.mark_invitation_sent(db, record.id)
    sent = MeetingDialog(context, meetings.get_meeting(db, record.id))
    qtbot.addWidget(sent)
    assert not sent.planned_check.isEnabled() and sent.sent_label.text() == f"Skickad {clock.today().isoformat()}"
    sent.inputs["location"].setText("Rum C")
    sent.save()
    assert meetings.get_meeting(db, record.id).invitation_planned_on == planned  # kept as it was
