"""stic_desktop/ui/meetings/view.py and its tabs (attendance_panel, agenda_panel, minutes_panel,
documents_panel): one meeting from planning to adjusted minutes and the documents sent out."""

from __future__ import annotations

import io
import sqlite3
import threading
from contextlib import closing
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from pdf_tools import blank_pdf
from pypdf import PdfReader
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QPushButton, QStyleOptionViewItem

from stic_desktop.core import clock
from stic_desktop.errors import UserError
from stic_desktop.services import archive, audit
from stic_desktop.services.meetings import action_items, agenda, attachments, invitation, meetings
from stic_desktop.services.meetings import invitees as meeting_invitees
from stic_desktop.services.meetings.action_items import ActionItemInput
from stic_desktop.services.meetings.agenda import AgendaItemInput
from stic_desktop.services.meetings.meetings import MeetingInput
from stic_desktop.services.meetings.records import STOCKHOLM
from stic_desktop.services.people import groups, staff
from stic_desktop.ui.meetings.action_item_dialog import ActionItemDialog
from stic_desktop.ui.meetings.agenda_item_dialog import AgendaItemDialog
from stic_desktop.ui.meetings.attendance_panel import ADJUSTER, ATTENDANCE, RSVP
from stic_desktop.ui.meetings.view import MeetingView
from stic_desktop.ui.widgets import jobs, messages
from stic_desktop.ui.widgets import pickers as meeting_widgets
from stic_desktop.ui.widgets.pdf_preview import PdfPreviewDialog
from stic_desktop.workers import Cancelled, Job

DAY = clock.today() + timedelta(days=10)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=STOCKHOLM)


@pytest.fixture
def meeting(context):
    """A steering-group meeting 09.00–11.00 with the standard items, two more items and a follow-up."""
    db = context.db
    steering = next(g.id for g in groups.list_groups(db) if g.kind == "steering")
    earlier_day = clock.today() - timedelta(days=30)
    earlier = meetings.create_meeting(db, MeetingInput(steering, "Förra mötet", at(earlier_day, 9), at(earlier_day, 10)))
    meetings.mark_held(db, earlier.id)
    action_items.add_action_item(db, earlier.id, ActionItemInput("Utred provisionen", None, ""))
    record = meetings.create_meeting(db, MeetingInput(steering, "Styrgruppens möte", at(DAY, 9), at(DAY, 11),
                                                      location="Stadshuset", case_number="STIC 2026/3"))
    agenda.apply_template(db, record.id)  # 7 items of 5 minutes
    for title, length in (("Budget 2027", 40), ("Provision", 30)):
        agenda.add_item(db, record.id, AgendaItemInput(title, "decision", None, length, "", "Styrgruppen beslutar."), 4)
    return meetings.get_meeting(db, record.id)


@pytest.fixture
def view(qtbot, context, meeting):
    view = MeetingView(context, meeting.id)
    qtbot.addWidget(view)
    return view


@pytest.fixture
def shown(monkeypatch):
    """Errors that would have been shown in a dialog; confirmations answered yes."""
    errors: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, error: errors.append(
        error.message if isinstance(error, UserError) else repr(error)))
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    return errors


def visible_actions(view) -> set[str]:
    return {key for key, button in view.action_buttons.items() if not button.isHidden()}


def select_rows(table, rows) -> None:
    table.clearSelection()
    mode = table.selectionMode()
    table.setSelectionMode(table.SelectionMode.MultiSelection)
    for row in rows:
        table.selectRow(row)
    table.setSelectionMode(mode)


def make_adjustable(db, meeting_id: int) -> None:
    invitees = meeting_invitees.invitees(db, meeting_id)
    meetings.set_officers(db, meeting_id, invitees[0].person_id, staff.list_staff(db)[0].id)
    meeting_invitees.set_adjuster(db, invitees[1].id, True)


# --- header ---------------------------------------------------------------------------------------

def voting_members(db, meeting_id: int) -> list[int]:
    """Rows (in the attendance table's order) of the invitees who vote: not STIC's secretary (issue 16)."""
    return [row for row, i in enumerate(meeting_invitees.invitees(db, meeting_id)) if i.voting]


def test_header_shows_the_meeting_its_status_and_the_quorum(view, meeting, context):
    assert view.title_label.text() == "Styrgruppens möte"
    details = view.details_label.text()
    assert "Styrgruppen" in details and DAY.isoformat() in details and "09.00–11.00" in details
    assert "Stadshuset" in details and "Dnr STIC 2026/3" in details
    assert view.status_label.text() == "Status: Utkast"
    voting = len(voting_members(context.db, meeting.id))
    assert 0 < voting < meeting.invitee_count  # the demo's steering group has a secretary, who does not count
    assert view.quorum_label.text() == f"Beslutsför: nej (0 av {voting} närvarande)"
    assert visible_actions(view) == {"edit", "mailing", "held", "cancel", "history"}
    assert [view.tabs.tabText(i) for i in range(4)] == ["Deltagare", "Dagordning", "Protokoll", "Dokument"]


def test_the_window_is_resizable_and_remembers_its_size(qtbot, context, meeting, view):
    view.resize(760, 700)  # within the offscreen screen (800×800): a saved size is bounded by the screen
    view.accept()
    again = MeetingView(context, meeting.id)
    qtbot.addWidget(again)
    assert again.size() == QSize(760, 700) and again.isSizeGripEnabled()


def test_no_quorum_line_for_other_groups(qtbot, context):
    db = context.db
    working = next(g.id for g in groups.list_groups(db) if g.kind == "working")
    record = meetings.create_meeting(db, MeetingInput(working, "AG", at(DAY, 13), at(DAY, 14)))
    view = MeetingView(context, record.id)
    qtbot.addWidget(view)
    assert view.quorum_label.isHidden()


# --- Deltagare ------------------------------------------------------------------------------------

def test_invitee_model_passes_qtmodeltester(qtmodeltester, view):
    qtmodeltester.check(view.attendance.model, force_py=True)


def test_attendance_buttons_update_the_quorum(view, meeting, context):
    panel = view.attendance
    voting = voting_members(context.db, meeting.id)
    members = len(voting)
    needed = members // 2 + 1
    select_rows(panel.table, voting[:needed])
    panel.present_button.click()
    select_rows(panel.table, [voting[needed]])
    panel.absent_button.click()
    rows = meeting_invitees.invitees(context.db, meeting.id)
    assert [rows[i].attendance for i in voting[:needed + 1]] == ["present"] * needed + ["absent"]
    assert panel.model.index(0, ATTENDANCE).data() == "Närvarande"
    assert view.quorum_label.text() == f"Beslutsför: ja ({needed} av {members} närvarande)"


def test_reply_combo_delegate_saves_the_answer(qtbot, view, meeting, context):
    panel = view.attendance
    index = panel.model.index(0, RSVP)
    assert panel.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    delegate = panel.table.itemDelegateForColumn(RSVP)
    editor = delegate.createEditor(panel.table.viewport(), QStyleOptionViewItem(), index)
    delegate.setEditorData(editor, index)
    assert editor.currentData() == "pending"
    editor.setCurrentIndex(editor.findData("no"))
    delegate.setModelData(editor, panel.model, index)
    assert meeting_invitees.invitees(context.db, meeting.id)[0].rsvp == "no"
    assert panel.model.index(0, RSVP).data() == "Kommer inte"
    assert "1 kommer inte" in panel.summary_label.text()


def test_substitute_is_asked_for_and_shown(qtbot, view, meeting, context, monkeypatch):
    panel = view.attendance
    rows = meeting_invitees.invitees(context.db, meeting.id)
    offered = []
    monkeypatch.setattr(meeting_widgets, "choose_person",
                        lambda parent, title, label, choices, exclude: offered.append(exclude) or rows[1].person_id)
    select_rows(panel.table, [0])
    panel.rsvp_sub_button.click()
    assert offered == [{rows[0].person_id}]  # nobody substitutes for themselves
    assert panel.model.index(0, RSVP).data() == f"Ersättare: {rows[1].person_name}"
    index = panel.model.index(0, ATTENDANCE)  # the combo's "Ersättare…" asks after the editor closed
    delegate = panel.table.itemDelegateForColumn(ATTENDANCE)
    editor = delegate.createEditor(panel.table.viewport(), QStyleOptionViewItem(), index)
    editor.setCurrentIndex(editor.findData("substitute"))
    delegate.setModelData(editor, panel.model, index)
    qtbot.waitUntil(lambda: meeting_invitees.invitees(context.db, meeting.id)[0].attendance == "substitute")
    assert meeting_invitees.invitees(context.db, meeting.id)[0].attendance_substitute_id == rows[1].person_id


def test_adjuster_check_box_and_officers(view, meeting, context, shown):
    panel = view.attendance
    rows = meeting_invitees.invitees(context.db, meeting.id)
    assert panel.model.setData(panel.model.index(2, ADJUSTER), Qt.CheckState.Checked.value,
                               Qt.ItemDataRole.CheckStateRole)
    assert meeting_invitees.invitees(context.db, meeting.id)[2].adjuster
    assert panel.model.index(2, ADJUSTER).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    panel.chair_combo.set_person(rows[0].person_id)
    assert meetings.get_meeting(context.db, meeting.id).chair_id == rows[0].person_id
    panel.secretary_combo.set_person(rows[0].person_id)  # the same person twice: refused, the choice goes back
    assert shown == ["Ordförande och sekreterare ska vara två olika personer."]
    assert panel.secretary_combo.person_id() is None
    assert meetings.get_meeting(context.db, meeting.id).secretary_id is None


def test_guest_added_and_removed_and_addresses_copied(view, meeting, context, monkeypatch, shown):
    panel = view.attendance
    invited = {r.person_id for r in meeting_invitees.invitees(context.db, meeting.id)}
    outsider = next(p for p in panel.choices if p[0] not in invited)
    monkeypatch.setattr(meeting_widgets, "choose_person", lambda *args: outsider[0])
    panel.guest_button.click()
    guests = [r for r in panel.model.records() if r.guest]
    assert [g.person_id for g in guests] == [outsider[0]] and guests[0].role_label == "Gäst"
    assert panel.model.rowCount() == meeting.invitee_count + 1
    panel.table.clearSelection()
    panel.copy_emails()
    expected = "; ".join(dict.fromkeys(r.email for r in panel.model.records() if r.email))
    assert QGuiApplication.clipboard().text() == expected and expected
    select_rows(panel.table, [panel.model.rowCount() - 1])
    panel.remove_button.click()
    assert outsider[0] not in {r.person_id for r in meeting_invitees.invitees(context.db, meeting.id)}
    assert panel.model.rowCount() == meeting.invitee_count and shown == []


# --- Dagordning -----------------------------------------------------------------------------------

def agenda_titles(db, meeting_id) -> list[str]:
    return [i.title for i in agenda.agenda(db, meeting_id).items]


def test_expected_end_and_the_overrun_warning(view, meeting, context):
    panel = view.agenda
    assert panel.end_label.text() == "Dagordningen slutar 10.45 (bokad sluttid 11.00)."
    budget = next(i for i in agenda.agenda(context.db, meeting.id).items if i.title == "Budget 2027")
    agenda.update_item(context.db, budget.id, AgendaItemInput("Budget 2027", "decision", None, 75))
    panel.refresh()
    assert panel.end_label.text() == "⚠ Dagordningen slutar 11.20, 20 minuter efter bokad sluttid (11.00)."
    assert "#b00020" in panel.end_label.styleSheet()


def test_keyboard_reordering_with_ctrl_arrows(qtbot, view, meeting, context):
    view.tabs.setCurrentWidget(view.agenda)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    panel = view.agenda
    before = agenda_titles(context.db, meeting.id)
    panel.table.selectRow(4)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    moved = before[:4] + [before[5], before[4]] + before[6:]
    assert agenda_titles(context.db, meeting.id) == moved
    assert panel.selected().title == before[4]  # the selection follows the item
    panel.up_button.click()
    assert agenda_titles(context.db, meeting.id) == before
    panel.table.selectRow(0)
    assert not panel.up_button.isEnabled() and panel.up_button.text() == "Flytta upp"


def test_enter_opens_the_agenda_item_and_leaves_the_window_open(qtbot, view, monkeypatch):
    opened = []
    monkeypatch.setattr(AgendaItemDialog, "exec", lambda dialog: opened.append(dialog.title_edit.text()) or 0)
    view.tabs.setCurrentWidget(view.agenda)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    table = view.agenda.table
    table.selectRow(4)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened == [view.agenda.selected().title]
    assert view.isVisible()


def test_new_item_goes_after_the_selected_one(view, meeting, context, monkeypatch):
    def fill(dialog):
        dialog.title_edit.setText("Łukasz Żółć & <b>IT</b>")
        dialog.duration_spin.setValue(15)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(AgendaItemDialog, "exec", fill)
    view.agenda.table.selectRow(1)
    view.agenda.add_button.click()
    titles = agenda_titles(context.db, meeting.id)
    assert titles[2] == "Łukasz Żółć & <b>IT</b>" and view.agenda.selected().title == titles[2]
    assert view.agenda.end_label.text().startswith("Dagordningen slutar 11.00")


def test_delete_asks_first(view, meeting, context, monkeypatch):
    answers = iter([False, True])
    monkeypatch.setattr(messages, "confirm", lambda *args: next(answers))
    view.agenda.table.selectRow(0)
    view.agenda.delete_button.click()
    assert agenda_titles(context.db, meeting.id)[0] == "Mötets öppnande"
    view.agenda.delete_button.click()
    assert "Mötets öppnande" not in agenda_titles(context.db, meeting.id)


def test_standard_items_are_not_added_twice(qtbot, view, meeting, context):
    with qtbot.waitSignal(view.status_message) as blocker:
        view.agenda.template_button.click()
    assert blocker.args == ["Standardpunkterna fanns redan."] and len(agenda_titles(context.db, meeting.id)) == 9


def test_attachments_are_added_refused_with_the_reason_and_previewed(qtbot, view, meeting, context, shown, tmp_path):
    panel = view.agenda
    good = tmp_path / "Budget.pdf"
    good.write_bytes(blank_pdf(2))
    bad = tmp_path / "Anteckningar.pdf"
    bad.write_text("inte en pdf", encoding="utf-8")
    panel.table.selectRow(5)
    item = panel.selected()
    panel.attach_paths(item, [good, bad])
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert shown == ["Anteckningar.pdf är ingen PDF-fil. Bara PDF-filer kan bifogas; spara om filen som PDF."]
    assert [a.filename for a in agenda.agenda(context.db, meeting.id).items[5].attachments] == ["Budget.pdf"]
    assert panel.files.count() == 1 and panel.files.item(0).text().startswith("Budget.pdf (2 sidor")
    assert panel.model.index(5, 6).data() == "1"
    panel.files.setCurrentRow(0)
    panel.open_attachment()
    previews = panel.findChildren(PdfPreviewDialog)
    assert len(previews) == 1 and previews[0].page_count == 2 and previews[0].isVisible()
    previews[0].close()
    panel.remove_file_button.click()
    assert agenda.agenda(context.db, meeting.id).items[5].attachments == ()


def test_follow_ups_from_earlier_meetings_can_be_marked_done(view, meeting, context):
    panel = view.agenda
    assert panel.follow_ups.count() == 1 and panel.follow_ups.item(0).text().startswith("Utred provisionen – ingen ansvarig")
    panel.follow_ups.setCurrentRow(0)
    panel.done_button.click()
    assert panel.follow_ups.count() == 0 and action_items.open_action_items(context.db) == []


# --- Protokoll ------------------------------------------------------------------------------------

def test_minutes_are_saved_when_another_item_is_chosen_and_with_the_button(qtbot, view, meeting, context):
    panel = view.minutes
    view.tabs.setCurrentWidget(panel)
    panel.item_list.setCurrentRow(0)
    qtbot.keyClicks(panel.notes_edit, "Ordforanden oppnade motet.")
    panel.decision_edit.insertPlainText("Mötet öppnades & <b>Łukasz</b>")
    assert panel.dirty and panel.save_button.isEnabled()
    panel.item_list.setCurrentRow(1)
    first = agenda.agenda(context.db, meeting.id).items[0]
    assert (first.minutes_notes, first.decision) == ("Ordforanden oppnade motet.", "Mötet öppnades & <b>Łukasz</b>")
    panel.decision_edit.setPlainText("Eva Berglund valdes.")
    panel.save_button.click()
    assert agenda.agenda(context.db, meeting.id).items[1].decision == "Eva Berglund valdes."
    assert panel.saved_label.text() == "Sparat" and not panel.dirty


def test_action_items_added_and_marked_done(view, meeting, context, monkeypatch):
    panel = view.minutes
    panel.item_list.setCurrentRow(7)

    def fill(dialog):
        dialog.description_edit.setPlainText("Skicka budgeten till kommunerna")
        dialog.due_check.setChecked(True)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(ActionItemDialog, "exec", fill)
    panel.add_action_button.click()
    saved = action_items.action_items(context.db, meeting.id)
    assert [a.description for a in saved] == ["Skicka budgeten till kommunerna"]
    assert saved[0].agenda_item_id == panel.items[7].id and saved[0].due_date is not None
    assert panel.actions_model.rowCount() == 1
    panel.actions_table.selectRow(0)
    panel.done_button.click()
    assert action_items.action_items(context.db, meeting.id)[0].done_on == clock.today()
    assert panel.done_button.text() == "Markera ej klar"


# --- the status flow --------------------------------------------------------------------------------

def test_held_adjusted_reopened(qtbot, view, meeting, context, shown, monkeypatch):
    db = context.db
    view.action_buttons["held"].click()
    assert view.status_label.text() == "Status: Genomförd" and visible_actions(view) == {"edit", "adjust", "history"}
    assert view.minutes.item_list.item(0).text() == "§ 1 Mötets öppnande"
    view.action_buttons["adjust"].click()  # no chair, secretary or adjuster yet
    assert shown and shown[0].startswith("Protokollet kan inte justeras: ordförande saknas.")
    assert meetings.get_meeting(db, meeting.id).status == "held"
    make_adjustable(db, meeting.id)
    view.minutes.notes_edit.setPlainText("Sista ändringen")  # unsaved text is saved before the lock
    view.action_buttons["adjust"].click()
    assert meetings.get_meeting(db, meeting.id).status == "adjusted"
    assert agenda.agenda(db, meeting.id).items[0].minutes_notes == "Sista ändringen"
    assert visible_actions(view) == {"reopen", "history"}
    assert view.minutes.notes_edit.isReadOnly() and not view.minutes.locked_label.isHidden()
    assert not view.attendance.present_button.isEnabled() and not view.agenda.add_button.isEnabled()
    assert not view.attendance.model.flags(view.attendance.model.index(0, RSVP)) & Qt.ItemFlag.ItemIsEditable

    monkeypatch.setattr(meeting_widgets, "ask_text", lambda *args: None)
    view.action_buttons["reopen"].click()  # cancelled: still adjusted
    assert meetings.get_meeting(db, meeting.id).status == "adjusted"
    monkeypatch.setattr(meeting_widgets, "ask_text", lambda *args: "Fel namn i § 2")
    view.action_buttons["reopen"].click()
    assert meetings.get_meeting(db, meeting.id).status == "held" and not view.minutes.notes_edit.isReadOnly()
    reopened = next(e for e in audit.history(db, "meeting", meeting.id) if e.action == "reopen")
    assert any(c.field == "reason" and c.new == "Fel namn i § 2" for c in reopened.changes)


def test_cancelling_asks_and_leaves_only_the_mailing(view, meeting, context, monkeypatch):
    answers = iter([False, True])
    monkeypatch.setattr(messages, "confirm", lambda *args: next(answers))
    view.action_buttons["cancel"].click()
    assert meetings.get_meeting(context.db, meeting.id).status == "draft"
    view.action_buttons["cancel"].click()
    assert meetings.get_meeting(context.db, meeting.id).status == "cancelled"
    assert view.status_label.text() == "Status: Inställd" and visible_actions(view) == {"mailing", "history"}


# --- Dokument -------------------------------------------------------------------------------------

def test_prepare_mailing_shows_what_it_writes_then_drafts_then_sent_on_confirmation(qtbot, view, meeting, context,
                                                                                     shown, monkeypatch, tmp_path):
    db = context.db
    asked: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text, button: asked.append(text) or True)
    monkeypatch.setattr(meeting_widgets, "existing_folder", lambda *args: tmp_path)
    with_email = [r for r in meeting_invitees.invitees(db, meeting.id) if r.email]
    assert not view.action_buttons["sent"].isVisibleTo(view)
    with qtbot.waitSignal(view.status_message, timeout=60000) as blocker:
        view.action_buttons["mailing"].click()
    assert f"för var och en av dessa {len(with_email)} mottagare" in asked[0]
    assert f"{with_email[0].person_name} <{with_email[0].email}>" in asked[0] and "Inget skickas" in asked[0]
    drafts = sorted(tmp_path.glob("*.eml"))
    assert len(drafts) == len(with_email) > 0 and shown == []
    assert blocker.args[0].startswith(f"{len(drafts)} e-postutkast sparades i {tmp_path}.")
    assert view.message_label.text() == blocker.args[0]
    # drafts only: the invitation is "utkast skapade", the meeting not yet invited
    assert meetings.get_meeting(db, meeting.id).status == "draft"
    assert invitation.invitation_state(db, meeting.id).label == "Utkast skapade"
    assert "utkast skapade" in view.status_label.text() and "inte skickade" in view.status_label.text()
    assert view.action_buttons["sent"].isVisibleTo(view) and view.isAncestorOf(view.action_buttons["sent"])
    view.action_buttons["sent"].click()  # the second action: the user confirms they sent them
    assert "Har du skickat utkasten" in asked[-1]
    assert invitation.invitation_state(db, meeting.id).label == "Skickad"
    assert meetings.get_meeting(db, meeting.id).status == "invited" and view.status_label.text().startswith("Status: Kallad")
    assert not view.action_buttons["sent"].isVisibleTo(view)
    assert b"X-Unsent: 1" in drafts[0].read_bytes()
    archived = archive.archived_documents(db, "meeting", meeting.id)
    assert [a.kind_label for a in archived] == ["Kallelse"]
    view.tabs.setCurrentWidget(view.documents)  # read again when shown
    assert view.documents.archive.model.rowCount() == 1 and view.documents.archive.empty_label.isHidden()
    assert view.documents.archive.model.index(0, 1).data() == "Kallelse"


class _PausingJob(Job):
    """The real worker job, held at its first progress step until the test has pressed Avbryt (so the
    cancel lands after exactly one step, with no timing involved); every step it reports is kept."""

    made: list[_PausingJob] = []

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.steps: list[tuple[int, int, str]] = []
        self.at_first_step = threading.Event()
        self.go_on = threading.Event()
        self.progress.connect(self._step, Qt.ConnectionType.DirectConnection)  # runs in the worker thread
        _PausingJob.made.append(self)

    def _step(self, done: int, total: int, text: str) -> None:
        self.steps.append((done, total, text))
        if len(self.steps) == 1:
            self.at_first_step.set()
            assert self.go_on.wait(60)


def test_prepare_mailing_shows_progress_and_its_cancel_leaves_nothing(qtbot, view, meeting, context, shown,
                                                                       monkeypatch, tmp_path):
    db = context.db
    folder = tmp_path / "utskick"
    folder.mkdir()
    monkeypatch.setattr(meeting_widgets, "existing_folder", lambda *args: folder)
    monkeypatch.setattr(jobs, "Job", _PausingJob)
    _PausingJob.made.clear()
    with_email = [r for r in meeting_invitees.invitees(db, meeting.id) if r.email]
    assert len(with_email) >= 2

    view.action_buttons["mailing"].click()
    job = _PausingJob.made[-1]
    assert job.at_first_step.wait(60)
    dialog = view.findChildren(QProgressDialog)[-1]
    failures: list[BaseException] = []
    job.failed.connect(failures.append)
    dialog.findChild(QPushButton).click()  # Avbryt
    with qtbot.waitSignal(job.failed, timeout=60000):
        job.go_on.set()
    assert len(failures) == 1 and isinstance(failures[0], Cancelled) and shown == []
    assert job.steps == [(0, len(with_email) + 2, f"Kallelse till {with_email[0].person_name}")]
    assert list(folder.iterdir()) == []  # no draft and no temporary file
    assert archive.archived_documents(db, "meeting", meeting.id) == []
    record = meetings.get_meeting(db, meeting.id)
    assert record.status == "draft" and record.invitation_sent_at is None

    with qtbot.waitSignal(view.status_message, timeout=60000) as blocker:
        view.action_buttons["mailing"].click()
        job = _PausingJob.made[-1]
        job.go_on.set()
    total = len(with_email) + 2
    assert job.steps == [(n, total, f"Kallelse till {r.person_name}") for n, r in enumerate(with_email)] + [
        (len(with_email), total, "Sparar utkasten och arkiverar kallelsen"), (total, total, "Klart")]
    assert len(sorted(folder.glob("*.eml"))) == len(with_email) == len(list(folder.iterdir()))
    assert blocker.args[0].startswith(f"{len(with_email)} e-postutkast sparades i {folder}.") and shown == []
    assert [a.kind_label for a in archive.archived_documents(db, "meeting", meeting.id)] == ["Kallelse"]
    assert meetings.get_meeting(db, meeting.id).status == "draft"  # drafts only, until the user confirms sending
    assert invitation.invitation_state(db, meeting.id).state == invitation.DRAFTED


def test_documents_are_saved_through_a_file_dialog_in_a_worker(qtbot, view, meeting, context, shown, monkeypatch,
                                                               tmp_path):
    panel = view.documents
    names = iter(["kallelse", "dagordning.pdf", "närvaro", "protokoll", "kalender"])
    monkeypatch.setattr(meeting_widgets, "save_file_name", lambda parent, title, suggested, filter_text:
                        tmp_path / next(names))
    for key in ("invitation:save", "agenda:save", "attendance:save", "minutes:save", "ics:save"):
        with qtbot.waitSignal(panel.status_message, timeout=60000):
            panel.buttons[key].click()
    assert shown == []
    for name in ("kallelse.pdf", "dagordning.pdf", "närvaro.pdf", "protokoll.pdf"):
        text = "".join(page.extract_text() for page in PdfReader(tmp_path / name).pages)
        assert "Styrgruppen" in text or "Styrgruppens möte" in text, name
    assert "Budget 2027" in "".join(p.extract_text() for p in PdfReader(tmp_path / "dagordning.pdf").pages)
    assert (tmp_path / "kalender.ics").read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")


def test_meeting_pack_for_everyone_per_participant_and_previewed(qtbot, view, meeting, context, shown,
                                                                 monkeypatch, tmp_path):
    db = context.db
    panel = view.documents
    budget = next(i for i in agenda.agenda(db, meeting.id).items if i.title == "Budget 2027")
    attachments.add_attachment(db, budget.id, "Budget.pdf", blank_pdf(3))
    monkeypatch.setattr(meeting_widgets, "save_file_name", lambda *args: tmp_path / "Mötespaket.pdf")
    with qtbot.waitSignal(panel.status_message, timeout=60000) as blocker:
        panel.buttons["pack:save"].click()
    assert blocker.args == [f"Sparade {tmp_path / 'Mötespaket.pdf'}."]
    pages = len(PdfReader(tmp_path / "Mötespaket.pdf").pages)
    assert pages >= 3 + 4  # cover, invitation, agenda, the three attached pages, attendance list

    folder = tmp_path / "paket"
    folder.mkdir()
    monkeypatch.setattr(meeting_widgets, "existing_folder", lambda *args: folder)
    with qtbot.waitSignal(panel.status_message, timeout=60000) as blocker:
        panel.buttons["pack:each"].click()
    assert len(list(folder.glob("*.pdf"))) == meeting.invitee_count
    assert blocker.args == [f"Sparade {meeting.invitee_count} mötespaket i {folder}."]

    panel.buttons["pack:preview"].click()
    qtbot.waitUntil(lambda: bool(panel.findChildren(PdfPreviewDialog)), timeout=60000)
    preview = panel.findChildren(PdfPreviewDialog)[0]
    assert preview.page_count == pages and preview.page_label.text() == f"Sida 1 av {pages}"
    preview.close()
    assert shown == []


def test_archived_documents_open_and_save_as_sent(qtbot, view, meeting, context, shown, monkeypatch, tmp_path):
    db = context.db
    panel = view.documents
    meetings.mark_held(db, meeting.id)
    view.refresh()
    assert panel.archive_minutes_button.isEnabled()
    with qtbot.waitSignal(panel.status_message, timeout=60000):
        panel.archive_minutes_button.click()
    assert panel.archive.model.rowCount() == 1 and panel.archive.model.index(0, 1).data() == "Protokoll"
    record = archive.archived_documents(db, "meeting", meeting.id)[0]
    panel.archive.table.selectRow(0)
    panel.archive.open_button.click()
    preview = panel.findChildren(PdfPreviewDialog)[0]
    assert preview.page_count == len(PdfReader(io.BytesIO(archive.archived_bytes(db, record.id))).pages)
    preview.close()
    target = tmp_path / "kopia.pdf"
    monkeypatch.setattr(meeting_widgets, "save_file_name", lambda *args: target)
    panel.archive.save_button.click()
    assert target.read_bytes() == archive.archived_bytes(db, record.id) and shown == []


def test_saving_an_archived_document_never_overwrites_a_database(qtbot, view, meeting, context, shown, monkeypatch,
                                                                 tmp_path):
    """Spara som… uses the same guard as the CLI exports: the open database, its -wal and any other SQLite file
    are refused with a message and left byte-for-byte as they were; an ordinary file is replaced whole, through
    a temporary name."""
    db = context.db
    meetings.mark_held(db, meeting.id)
    view.refresh()
    with qtbot.waitSignal(view.documents.status_message, timeout=60000):
        view.documents.archive_minutes_button.click()
    record = archive.archived_documents(db, "meeting", meeting.id)[0]
    view.documents.archive.table.selectRow(0)
    other = tmp_path / "annan.sqlite3"
    with closing(sqlite3.connect(other)) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
    for target in (p for p in (Path(db.path), Path(f"{db.path}-wal"), other) if p.exists()):
        before = target.read_bytes()
        monkeypatch.setattr(meeting_widgets, "save_file_name", lambda *args, target=target: target)
        view.documents.archive.save_button.click()
        assert target.read_bytes() == before
        assert "skrivs aldrig över" in shown.pop()
    ordinary = tmp_path / "protokoll.pdf"
    ordinary.write_bytes(b"gammal fil")
    monkeypatch.setattr(meeting_widgets, "save_file_name", lambda *args: ordinary)
    view.documents.archive.save_button.click()
    assert ordinary.read_bytes() == archive.archived_bytes(db, record.id) and shown == []
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_closing_removes_the_preview_files(qtbot, context, meeting, view):
    view.agenda.table.selectRow(0)
    path = view.scratch.file("prov.pdf")
    path.write_bytes(blank_pdf())
    preview = PdfPreviewDialog(path, "prov", view.agenda)
    preview.show()
    view.show()
    view.accept()
    assert not path.exists() and not preview.isVisible()


# --- issue 16: expedieras, protokollsutdrag, minutes of a cancelled meeting, kallelsebrev ----------

def test_dispatch_is_edited_with_the_minutes_and_an_extract_is_saved(qtbot, view, meeting, context, shown,
                                                                     monkeypatch, tmp_path):
    db = context.db
    panel = view.minutes
    view.tabs.setCurrentWidget(panel)
    assert not panel.extract_button.isEnabled()  # no § before the meeting is held
    view.action_buttons["held"].click()
    budget_row = next(i for i, item in enumerate(panel.items) if item.title == "Budget 2027")
    panel.item_list.setCurrentRow(budget_row)
    panel.decision_edit.setPlainText("Styrgruppen godkänner budgeten.")
    qtbot.keyClicks(panel.dispatch_edit, "Kommunstyrelserna")
    assert panel.dirty
    panel.save_button.click()
    item = next(i for i in agenda.agenda(db, meeting.id).items if i.title == "Budget 2027")
    assert item.dispatch_to == "Kommunstyrelserna" and item.paragraph is not None
    assert panel.extract_button.isEnabled()
    target = tmp_path / "utdrag"
    monkeypatch.setattr(meeting_widgets, "save_file_name", lambda *args: target)
    with qtbot.waitSignal(panel.status_message, timeout=60000) as blocker:
        panel.extract_button.click()
    saved = tmp_path / "utdrag.pdf"
    assert blocker.args == [f"Sparade {saved}."] and shown == []
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(saved).pages)
    assert f"§ {item.paragraph} Budget 2027" in text and "Expedieras: Kommunstyrelserna" in text
    assert "Utdragsbestyrkande" in text


def test_agenda_item_dialog_edits_who_the_decision_is_sent_to(qtbot, context, meeting):
    item = next(i for i in agenda.agenda(context.db, meeting.id).items if i.title == "Provision")
    dialog = AgendaItemDialog(context, meeting.id, item)
    qtbot.addWidget(dialog)
    dialog.dispatch_edit.setText("Leverantörerna på avtalet")
    assert dialog.store().dispatch_to == "Leverantörerna på avtalet"
    reopened = AgendaItemDialog(context, meeting.id, agenda.agenda(context.db, meeting.id).items[
        [i.id for i in agenda.agenda(context.db, meeting.id).items].index(item.id)])
    qtbot.addWidget(reopened)
    assert reopened.dispatch_edit.text() == "Leverantörerna på avtalet"


def test_minutes_of_a_cancelled_meeting_are_refused_with_a_message(qtbot, view, meeting, context, shown,
                                                                  monkeypatch, tmp_path):
    meetings.cancel_meeting(context.db, meeting.id)
    view.refresh()
    monkeypatch.setattr(meeting_widgets, "save_file_name", lambda *args: tmp_path / "protokoll.pdf")
    view.documents.buttons["minutes:save"].click()
    qtbot.waitUntil(lambda: bool(shown), timeout=60000)
    assert "är inställt och hölls aldrig" in shown[0] and not (tmp_path / "protokoll.pdf").exists()


def test_invitation_letters_one_per_invitee(qtbot, view, meeting, context, shown, monkeypatch, tmp_path):
    monkeypatch.setattr(meeting_widgets, "save_file_name", lambda *args: tmp_path / "brev.pdf")
    with qtbot.waitSignal(view.documents.status_message, timeout=60000):
        view.documents.buttons["invitation-letters:save"].click()
    texts = [" ".join(page.extract_text().split()) for page in PdfReader(tmp_path / "brev.pdf").pages]
    names = [i.person_name for i in meeting_invitees.invitees(context.db, meeting.id)]
    assert shown == [] and len(names) > 1
    assert [any(f"Till: {name}" in text for text in texts) for name in names] == [True] * len(names)
    assert all("Svar senast" in text for text in texts if "Till:" in text)
