"""stic_desktop/ui/meetings/agenda_model.py: the agenda table, reordered by drag and drop and by keyboard."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from pdf_tools import blank_pdf
from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView

from stic_desktop.core import clock
from stic_desktop.services.meetings import agenda, attachments, meetings, minutes
from stic_desktop.services.meetings import invitees as meeting_invitees
from stic_desktop.services.meetings.agenda import AgendaItemInput
from stic_desktop.services.meetings.meetings import MeetingInput
from stic_desktop.services.meetings.records import STOCKHOLM
from stic_desktop.services.people import groups
from stic_desktop.ui.meetings.agenda_model import MIME_TYPE, AgendaModel

DAY = clock.today() + timedelta(days=14)


@pytest.fixture
def meeting(context):
    db = context.db
    steering = next(g.id for g in groups.list_groups(db) if g.kind == "steering")
    start = datetime.combine(DAY, time(9, 0), tzinfo=STOCKHOLM)
    record = meetings.create_meeting(db, MeetingInput(steering, "Styrgruppens möte", start, start + timedelta(hours=1)))
    for title, minutes_ in (("Budget", 20), ("Provision", 15), ("Rapport", 10), ("Övrigt", 5)):
        agenda.add_item(db, record.id, AgendaItemInput(title, "decision" if title == "Budget" else "information",
                                                       None, minutes_, f"Om {title.lower()}"))
    return record


@pytest.fixture
def model(qtbot, context, meeting):
    model = AgendaModel(context.db)
    model.set_agenda(agenda.agenda(context.db, meeting.id))
    return model


def titles(model) -> list[str]:
    return [model.index(row, 2).data() for row in range(model.rowCount())]


def stored_titles(db, meeting_id) -> list[str]:
    return [i.title for i in agenda.agenda(db, meeting_id).items]


def mime_for(model, row: int) -> QMimeData:
    return model.mimeData([model.index(row, column) for column in range(model.columnCount())])


def test_passes_qtmodeltester(qtmodeltester, model, context, meeting):
    qtmodeltester.check(model, force_py=True)
    model.set_agenda(None)
    qtmodeltester.check(model, force_py=True)


def test_columns_show_numbers_computed_start_times_and_files(model, context, meeting):
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["#", "Start", "Titel", "Typ", "Föredragande", "Minuter", "Bilagor"]
    attachments.add_attachment(context.db, model.item(0).id, "Budget.pdf", blank_pdf(3))
    model.set_agenda(agenda.agenda(context.db, meeting.id))
    rows = [[model.index(r, c).data() for c in range(7)] for r in range(model.rowCount())]
    assert rows[0] == ["1", "09.00", "Budget", "Beslut", "", "20", "1"]
    assert rows[1][:3] == ["2", "09.20", "Provision"] and rows[3][:2] == ["4", "09.45"]
    assert model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == "Om budget"
    assert model.index(0, 6).data(Qt.ItemDataRole.ToolTipRole) == "Budget.pdf"
    assert model.index(0, 5).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight


def test_drop_moves_the_item_in_the_database_and_the_row_follows(qtbot, model, context, meeting):
    assert model.supportedDropActions() == Qt.DropAction.MoveAction and model.mimeTypes() == [MIME_TYPE]
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    assert model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled
    budget = QPersistentModelIndex(model.index(0, 2))
    with qtbot.waitSignal(model.agenda_changed) as blocker:
        assert model.dropMimeData(mime_for(model, 0), Qt.DropAction.MoveAction, 3, 0, QModelIndex())  # gap before Övrigt
    assert titles(model) == ["Provision", "Rapport", "Budget", "Övrigt"]
    assert stored_titles(context.db, meeting.id) == titles(model)
    assert budget.row() == 2  # a move, not a reset: the selection goes along
    assert [model.index(r, 1).data() for r in range(4)] == ["09.00", "09.15", "09.25", "09.45"]
    assert [model.index(r, 0).data() for r in range(4)] == ["1", "2", "3", "4"]
    assert (blocker.args[0].expected_end.hour, blocker.args[0].expected_end.minute) == (9, 50)

    model.dropMimeData(mime_for(model, 3), Qt.DropAction.MoveAction, 0, 0, QModelIndex())  # Övrigt to the top
    assert stored_titles(context.db, meeting.id) == ["Övrigt", "Provision", "Rapport", "Budget"]
    model.dropMimeData(mime_for(model, 0), Qt.DropAction.MoveAction, -1, -1, QModelIndex())  # below the last row
    assert stored_titles(context.db, meeting.id) == ["Provision", "Rapport", "Budget", "Övrigt"]
    model.dropMimeData(mime_for(model, 2), Qt.DropAction.MoveAction, -1, -1, model.index(0, 0))  # onto a row
    assert stored_titles(context.db, meeting.id) == ["Budget", "Provision", "Rapport", "Övrigt"] == titles(model)


def test_foreign_or_pointless_drops_are_refused(model, context, meeting):
    other = QMimeData()
    other.setText("Budget")
    assert not model.canDropMimeData(other, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert not model.dropMimeData(other, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    unknown = QMimeData()
    unknown.setData(MIME_TYPE, b"999999")
    assert not model.dropMimeData(unknown, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert not model.dropMimeData(mime_for(model, 1), Qt.DropAction.MoveAction, 1, 0, QModelIndex())  # same place
    assert not model.dropMimeData(mime_for(model, 1), Qt.DropAction.CopyAction, 3, 0, QModelIndex())
    assert stored_titles(context.db, meeting.id) == ["Budget", "Provision", "Rapport", "Övrigt"]


def test_keyboard_move_row_and_its_limits(model, context, meeting):
    assert model.move_row(1, 0)
    assert titles(model) == ["Provision", "Budget", "Rapport", "Övrigt"] == stored_titles(context.db, meeting.id)
    assert not model.move_row(0, -1) and not model.move_row(3, 4)
    assert titles(model) == ["Provision", "Budget", "Rapport", "Övrigt"]


def test_adjusted_minutes_lock_the_order(qtbot, context, meeting):
    db = context.db
    meetings.mark_held(db, meeting.id)
    invitees = meeting_invitees.invitees(db, meeting.id)
    meetings.set_officers(db, meeting.id, invitees[0].person_id, invitees[1].person_id)
    meeting_invitees.set_adjuster(db, invitees[2].id, True)
    minutes.adjust_minutes(db, meeting.id)
    model = AgendaModel(db)
    model.set_agenda(agenda.agenda(db, meeting.id))
    assert model.locked
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    assert not model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled
    assert not model.dropMimeData(mime_for(model, 0), Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert not model.move_row(0, 1)
    assert stored_titles(db, meeting.id)[0] == "Budget"


def test_a_refused_move_is_reported_and_the_rows_are_read_again(qtbot, context, meeting):
    db = context.db
    model = AgendaModel(db)
    model.set_agenda(agenda.agenda(db, meeting.id))  # shown while still open ...
    meetings.mark_held(db, meeting.id)
    invitees = meeting_invitees.invitees(db, meeting.id)
    meetings.set_officers(db, meeting.id, invitees[0].person_id, invitees[1].person_id)
    meeting_invitees.set_adjuster(db, invitees[2].id, True)
    minutes.adjust_minutes(db, meeting.id)  # ... and adjusted elsewhere meanwhile
    with qtbot.waitSignal(model.move_failed) as blocker:
        assert not model.move_row(0, 2)
    assert "justerat" in blocker.args[0].message
    assert model.locked and titles(model) == ["Budget", "Provision", "Rapport", "Övrigt"]


def test_the_table_view_accepts_a_drop_between_rows(qtbot, model, context, meeting):
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)  # as the agenda tab sets it
    view.setDragDropOverwriteMode(False)
    view.setDefaultDropAction(Qt.DropAction.MoveAction)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.resize(600, 300)
    with qtbot.waitExposed(view):
        view.show()
    rect = view.visualRect(model.index(2, 2))  # the top edge of Rapport: the gap before it
    point = QPoint(rect.center().x(), rect.top() + 1)
    data = mime_for(model, 0)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event in (QDragEnterEvent(point, Qt.DropAction.MoveAction, data, buttons, keys),
                  QDragMoveEvent(point, Qt.DropAction.MoveAction, data, buttons, keys),
                  QDropEvent(point.toPointF(), Qt.DropAction.MoveAction, data, buttons, keys)):
        QApplication.sendEvent(view.viewport(), event)
    assert stored_titles(context.db, meeting.id) == ["Provision", "Budget", "Rapport", "Övrigt"] == titles(model)
