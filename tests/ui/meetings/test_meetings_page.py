"""stic_desktop/ui/meetings/page.py: the list of meetings, its filters, and what the toolbar does."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QModelIndex, Qt

from stic_desktop.core import clock
from stic_desktop.models import Meeting
from stic_desktop.services.meetings import meetings, year_plan
from stic_desktop.services.meetings.meetings import MeetingInput
from stic_desktop.services.meetings.records import STOCKHOLM
from stic_desktop.services.people import groups
from stic_desktop.ui.meetings import dialog as meeting_dialog
from stic_desktop.ui.meetings import page as meetings_page
from stic_desktop.ui.meetings.page import MeetingsPage
from stic_desktop.ui.widgets import list_page, messages

TODAY = clock.today()


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=STOCKHOLM)


def group_id(db, kind: str) -> int:
    return next(g.id for g in groups.list_groups(db) if g.kind == kind)


def plan(db, title: str, days: int, kind: str = "steering", **extra):
    day = TODAY + timedelta(days=days)
    data = MeetingInput(group_id(db, kind) if kind else None, title, at(day, 9), at(day, 11), **extra)
    return meetings.create_meeting(db, data)


@pytest.fixture
def page(qtbot, context):
    db = context.db
    plan(db, "Styrgrupp i vår", 20, location="Stadshuset")
    plan(db, "Arbetsgrupp snart", 3, "working")
    plan(db, "Styrgrupp förra månaden", -30)
    plan(db, "Arbetsgrupp i fjol", -300, "working")
    page = MeetingsPage(context)
    qtbot.addWidget(page)
    page.reload()
    return page


def titles(page) -> list[str]:
    return [r.title for r in page.model.visible_records()]


def test_model_passes_qtmodeltester(qtmodeltester, page):
    qtmodeltester.check(page.model, force_py=True)
    page.period_combo.setCurrentIndex(page.period_combo.findData(meetings_page.ALL))
    qtmodeltester.check(page.model, force_py=True)


def test_columns_and_upcoming_meetings_first(page):
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert headers == ["Datum", "Tid", "Grupp", "Titel", "Typ", "Status", "Plats", "Kallade"]
    assert page.period_combo.currentText() == "Kommande"
    assert titles(page) == ["Arbetsgrupp snart", "Styrgrupp i vår"]
    row = titles(page).index("Styrgrupp i vår")
    cells = [page.model.index(row, c).data() for c in range(8)]
    assert cells[:7] == [(TODAY + timedelta(days=20)).isoformat(), "09.00–11.00", "Styrgruppen", "Styrgrupp i vår",
                         "Ordinarie", "Utkast", "Stadshuset"]
    assert int(cells[7]) == page.model.record(row).invitee_count > 0  # the group's members were called
    assert page.count_label.text() == "2 av 2 möten"


def test_past_newest_first_all_and_group_filter(page):
    page.period_combo.setCurrentIndex(page.period_combo.findData(meetings_page.PAST))
    assert titles(page) == ["Styrgrupp förra månaden", "Arbetsgrupp i fjol"]
    page.period_combo.setCurrentIndex(page.period_combo.findData(meetings_page.ALL))
    assert len(titles(page)) == 4 and titles(page)[0] == "Arbetsgrupp i fjol"
    page.group_combo.setCurrentIndex(page.group_combo.findText("Arbetsgruppen"))
    assert titles(page) == ["Arbetsgrupp i fjol", "Arbetsgrupp snart"]
    page.filter_edit.setText("snart")
    assert titles(page) == ["Arbetsgrupp snart"]


def test_new_meeting_is_saved_then_opened(page, monkeypatch):
    opened = []

    def fill_and_save(dialog):
        dialog.group_combo.setCurrentIndex(dialog.group_combo.findText("Arbetsgruppen"))
        dialog.date_edit.setDate(TODAY + timedelta(days=5))
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(meeting_dialog.MeetingDialog, "exec", fill_and_save)
    monkeypatch.setattr(MeetingsPage, "open_meeting", lambda self, meeting_id: opened.append(meeting_id))
    page.new_action.trigger()
    created = next(m for m in meetings.list_meetings(page.context.db) if m.meeting_date == TODAY + timedelta(days=5))
    house_title = year_plan.default_title("Arbetsgruppen", TODAY + timedelta(days=5))  # "Arbetsgruppen – mars 2027"
    assert created.title == house_title and opened == [created.id]
    assert page.selected_records()[0].id == created.id
    assert house_title in titles(page)


def test_open_shows_the_selected_meeting(page, monkeypatch):
    opened = []
    monkeypatch.setattr(MeetingsPage, "open_meeting", lambda self, meeting_id: opened.append(meeting_id))
    record = page.model.record(1)
    page.select_record(record.id)
    assert page.edit_action.text() == "Öppna" and page.edit_action.isEnabled()
    page.edit_action.trigger()
    assert opened == [record.id]


def test_delete_removes_a_draft_and_shows_why_a_called_meeting_stays(page, monkeypatch):
    db = page.context.db
    shown = []
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    monkeypatch.setattr(list_page.messages, "show_error", lambda parent, error: shown.append(error.message))
    draft, called = page.model.record(0), page.model.record(1)
    meetings.mark_invitation_sent(db, called.id)
    page.reload()
    page.select_record(draft.id)
    page.delete_action.trigger()
    assert draft.title not in titles(page) and shown == []
    page.select_record(called.id)
    page.delete_action.trigger()
    assert shown and "Bara utkast kan tas bort" in shown[0]
    assert called.title in titles(page)


def test_history_opens_for_the_selected_meeting(page, monkeypatch):
    seen = []

    class FakeHistory:
        def __init__(self, context, entity, entity_id, description, labels, parent):
            seen.append((entity, entity_id, description, labels["starts_at"]))

        def exec(self):
            return 0

    monkeypatch.setattr(list_page, "HistoryDialog", FakeHistory)
    record = page.model.record(0)
    page.select_record(record.id)
    page.history_action.trigger()
    assert seen == [("meeting", record.id, f"{record.title} {record.meeting_date.isoformat()}", "Börjar")]


def test_export_calendar_file_of_the_selected_meeting(qtbot, page, monkeypatch, tmp_path: Path):
    record = page.model.record(0)
    page.select_record(record.id)
    assert page.ics_action.isEnabled()
    monkeypatch.setattr(meetings_page, "save_file_name", lambda *args: tmp_path / "möte")
    with qtbot.waitSignal(page.status_message, timeout=10000) as blocker:
        page.ics_action.trigger()
    target = tmp_path / "möte.ics"
    assert blocker.args == [f"Sparade {target}."]
    text = target.read_text(encoding="utf-8")
    assert "BEGIN:VCALENDAR" in text and record.uid in text.replace("\r\n ", "")


def test_excel_export_writes_dates_and_times(qtbot, page, tmp_path: Path):
    target = tmp_path / "möten.xlsx"
    with qtbot.waitSignal(page.status_message, timeout=10000):
        page.export_to(target)
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0] == ("Datum", "Tid", "Grupp", "Titel", "Typ", "Status", "Plats", "Kallade")
    assert rows[1][0].date() == TODAY + timedelta(days=3) and rows[1][1:4] == ("09.00–11.00", "Arbetsgruppen",
                                                                                "Arbetsgrupp snart")


def test_five_thousand_meetings_load_in_batches(qtbot, context):
    db = context.db
    steering = group_id(db, "steering")
    first = clock.utcnow().replace(microsecond=0) + timedelta(days=1)
    with db.write() as session:  # test set-up only: the service's own speed is tested elsewhere
        session.add_all(Meeting(group_id=steering, title=f"Möte {n}", kind="regular", starts_at=first + timedelta(hours=n),
                                ends_at=first + timedelta(hours=n, minutes=50), status="draft", uid=f"{n}@test",
                                sequence=0) for n in range(5000))
    page = MeetingsPage(context)
    qtbot.addWidget(page)
    page.reload()
    assert page.model.total_count == 5000
    assert page.model.rowCount() == page.model.BATCH_SIZE  # the view gets rows as it scrolls
    assert page.model.canFetchMore(QModelIndex())
    page.filter_edit.setText("Möte 4999")
    assert titles(page) == ["Möte 4999"]
