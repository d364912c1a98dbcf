"""stic_desktop/ui/workspace/overview_page.py: the start page's blocks, their empty texts, reloading and opening meetings."""

from __future__ import annotations

import sys
import types
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QDialog

from stic_desktop.core import clock
from stic_desktop.services.meetings import action_items, invitees, meetings
from stic_desktop.services.meetings.action_items import ActionItemInput
from stic_desktop.services.meetings.meetings import MeetingInput
from stic_desktop.services.meetings.records import STOCKHOLM
from stic_desktop.services.people import groups
from stic_desktop.ui import pages
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.meetings import calendar_page
from stic_desktop.ui.widgets import messages
from stic_desktop.ui.workspace import overview_page
from stic_desktop.ui.workspace.overview_page import OVERDUE_COLOUR, ActionTreeModel, OverviewBlock, OverviewPage

# The modules that register their blocks are imported now, into the real list: imported first inside a test,
# they would register into the narrowed list below and be missing from every overview page built afterwards.
pages.import_overview_modules()


@pytest.fixture(autouse=True)
def _meeting_blocks_only(monkeypatch):
    """This module's four blocks only: later issues register theirs when main_window is imported."""
    monkeypatch.setattr(overview_page, "BLOCKS", [overview_page.upcoming_block, overview_page.invitations_block,
                                                  overview_page.minutes_block, overview_page.ActionsBlock])

TODAY = clock.today()


def group_id(db, kind: str) -> int:
    return next(g.id for g in groups.list_groups(db) if g.kind == kind)


def make(db, title: str, days: int, status: str = "draft", *, kind: str = "steering", hour: int = 10) -> int:
    start = datetime.combine(TODAY + timedelta(days=days), time(hour), tzinfo=STOCKHOLM)
    mid = meetings.create_meeting(db, MeetingInput(group_id(db, kind), title, start, start + timedelta(hours=2))).id
    if status in ("invited", "held"):
        meetings.mark_invitation_sent(db, mid)
    if status == "held":
        meetings.mark_held(db, mid)
    if status == "cancelled":
        meetings.cancel_meeting(db, mid)
    return mid


def read(qtbot, page, change=None) -> None:
    """Reloads (or makes ``change``, which reloads) and waits: the page reads in a worker."""
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        (change or page.reload)()


@pytest.fixture
def page(qtbot, context):
    page = OverviewPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    read(qtbot, page)
    page.qtbot = qtbot
    return page


def titles(block) -> list[str]:
    return [record.title for record in block.model.visible_records()]


def test_empty_database_shows_an_empty_text_in_every_block(page) -> None:
    texts = {block.heading: (block.stack.currentWidget() is block.empty_label, block.empty_label.text())
             for block in page.blocks}
    assert texts == {
        "Kommande möten": (True, "Inga möten de kommande 30 dagarna."),
        "Kallelser att skicka": (True, "Alla kallelser till möten de kommande 60 dagarna är skickade."),
        "Protokoll att justera": (True, "Inga protokoll väntar på justering."),
        "Öppna åtgärder per person": (True, "Inga öppna åtgärder."),
    }
    assert page.block("Kommande möten").title_label.text() == "Kommande möten (0)"


def test_meeting_blocks_list_the_right_meetings(page, demo_db) -> None:
    soon = make(demo_db, "Om en vecka", 7, "invited")
    draft = make(demo_db, "Utkast om 40 dagar", 40)
    make(demo_db, "Om 31 dagar", 31, "invited")
    make(demo_db, "Inställt", 3, "cancelled")
    make(demo_db, "För sent för kallelselistan", 61)
    held = make(demo_db, "Genomfört", -5, "held")
    read(page.qtbot, page)
    upcoming = page.block("Kommande möten")
    assert titles(upcoming) == ["Om en vecka"]
    assert upcoming.title_label.text() == "Kommande möten (1)"
    assert upcoming.stack.currentWidget() is upcoming.table
    assert titles(page.block("Kallelser att skicka")) == ["Utkast om 40 dagar"]
    assert titles(page.block("Protokoll att justera")) == ["Genomfört"]
    model = upcoming.model
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    start = meetings.get_meeting(demo_db, soon).starts_at
    assert row == [overview_page.short_date(start.date()), "10.00–12.00", "Styrgruppen", "Om en vecka", "Kallad"]
    invitations = page.block("Kallelser att skicka").model
    assert invitations.data(invitations.index(0, 1)) == "om 40 dagar"
    assert [r.id for r in page.block("Kallelser att skicka").model.visible_records()] == [draft]
    assert [r.id for r in page.block("Protokoll att justera").model.visible_records()] == [held]


def test_meeting_block_model_passes_qtmodeltester(qtmodeltester, page, demo_db) -> None:
    make(demo_db, "Möte", 2)
    read(page.qtbot, page)
    qtmodeltester.check(page.block("Kommande möten").model, force_py=True)


def action_setup(db) -> tuple[int, list]:
    mid = make(db, "Styrgruppsmöte", -10, "held")
    people = invitees.invitees(db, mid)
    first, second = people[0], people[1]
    action_items.add_action_item(db, mid, ActionItemInput("Försenad uppgift", first.person_id,
                                                     (TODAY - timedelta(days=2)).isoformat()))
    action_items.add_action_item(db, mid, ActionItemInput("Kommande uppgift", first.person_id,
                                                     (TODAY + timedelta(days=5)).isoformat()))
    action_items.add_action_item(db, mid, ActionItemInput("Andras uppgift", second.person_id, ""))
    action_items.add_action_item(db, mid, ActionItemInput("Utan ansvarig", None, ""))
    done = action_items.add_action_item(db, mid, ActionItemInput("Klar uppgift", second.person_id, ""))
    action_items.mark_done(db, done.id)
    return mid, [first, second]


def test_open_actions_grouped_by_person_with_overdue_in_red(page, demo_db) -> None:
    _mid, (first, second) = action_setup(demo_db)
    read(page.qtbot, page)
    block = page.block("Öppna åtgärder per person")
    model = block.model
    assert block.title_label.text() == "Öppna åtgärder per person (4)"
    people = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    expected_people = sorted([first.person_name, second.person_name], key=groups.sort_key)
    assert people == [f"{name} ({2 if name == first.person_name else 1})" for name in expected_people] + ["Ingen ansvarig (1)"]
    person_row = expected_people.index(first.person_name)
    parent = model.index(person_row, 0)
    items = [(model.data(model.index(r, 0, parent)), model.data(model.index(r, 1, parent)))
             for r in range(model.rowCount(parent))]
    assert items == [("Försenad uppgift", (TODAY - timedelta(days=2)).isoformat()),
                     ("Kommande uppgift", (TODAY + timedelta(days=5)).isoformat())]
    assert model.data(model.index(0, 0, parent), Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOUR
    assert model.data(model.index(1, 0, parent), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(person_row, 1)) == "1 försenad"
    assert "Försenad" in model.data(model.index(0, 0, parent), Qt.ItemDataRole.ToolTipRole)
    assert block.tree.isExpanded(parent)


def test_action_tree_model_passes_qtmodeltester(qtmodeltester, qapp, demo_db) -> None:
    action_setup(demo_db)
    from stic_desktop.services.workspace import overview

    model = ActionTreeModel()
    snapshot = overview.overview(demo_db)
    model.set_groups(snapshot.open_actions_by_person, snapshot.today)
    assert model.rowCount() == 3
    qtmodeltester.check(model, force_py=True)


def double_click(qtbot, view, pos) -> None:
    """As a user does it: a view only takes a double-click on the item the first press hit."""
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


@pytest.fixture
def opened(monkeypatch) -> list[int]:
    calls: list[int] = []
    monkeypatch.setattr(overview_page, "open_meeting", lambda _context, meeting_id, _parent, _status=None:
                        calls.append(meeting_id))
    return calls


def test_double_click_on_a_meeting_opens_it(qtbot, page, demo_db, opened) -> None:
    first = make(demo_db, "Första", 1)
    second = make(demo_db, "Andra", 2)
    read(qtbot, page)
    page.show()
    qtbot.waitExposed(page)
    table = page.block("Kommande möten").table
    rect = table.visualRect(table.model().index(1, 3))
    double_click(qtbot, table, rect.center())
    assert opened == [second]
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened == [second, first]


def test_double_click_on_an_action_item_opens_its_meeting_but_not_on_a_person(qtbot, page, demo_db, opened) -> None:
    mid, _people = action_setup(demo_db)
    read(qtbot, page)
    page.show()
    qtbot.waitExposed(page)
    tree = page.block("Öppna åtgärder per person").tree
    model = tree.model()
    person = model.index(0, 0)
    double_click(qtbot, tree, tree.visualRect(person).center())
    assert opened == []
    assert not tree.isExpanded(person)  # a person row folds instead
    tree.expandAll()
    child = model.index(0, 0, person)
    double_click(qtbot, tree, tree.visualRect(child).center())
    assert opened == [mid]


def test_reloads_when_meeting_data_or_the_database_changes(page, context, demo_db) -> None:
    qtbot = page.qtbot
    make(demo_db, "Nytt möte", 3)
    context.data_changed.emit("municipality")
    assert not page.loading and titles(page.block("Kommande möten")) == []
    read(qtbot, page, lambda: context.data_changed.emit("meeting"))
    assert titles(page.block("Kommande möten")) == ["Nytt möte"]
    held = make(demo_db, "Genomfört", -3, "held")
    action_items.add_action_item(demo_db, held, ActionItemInput("Ny åtgärd", None, ""))
    read(qtbot, page, lambda: context.data_changed.emit("action_item"))
    assert page.block("Öppna åtgärder per person").title_label.text().endswith("(1)")
    make(demo_db, "Ännu ett", 4)
    read(qtbot, page, context.database_changed.emit)
    assert titles(page.block("Kommande möten")) == ["Nytt möte", "Ännu ett"]


def test_later_issues_can_register_their_own_blocks(qtbot, context, monkeypatch) -> None:
    monkeypatch.setattr(overview_page, "BLOCKS", list(overview_page.BLOCKS))
    seen = []

    class ProcurementBlock(OverviewBlock):
        entities = frozenset({"procurement"})

        def __init__(self, context: AppContext) -> None:
            super().__init__(context, "Upphandlingar", "Inga upphandlingar.")
            self.set_body(QDialog())

        def reload(self, snapshot) -> None:
            seen.append(snapshot.today)
            self.show_count(0)

    overview_page.register_block(ProcurementBlock, position=1)
    overview_page.register_block(ProcurementBlock)  # registering twice changes nothing
    page = OverviewPage(context)
    qtbot.addWidget(page)
    assert [b.heading for b in page.blocks] == ["Kommande möten", "Upphandlingar", "Kallelser att skicka",
                                                "Protokoll att justera", "Öppna åtgärder per person"]
    read(qtbot, page)
    read(qtbot, page, lambda: context.data_changed.emit("procurement"))
    assert seen == [TODAY, TODAY]
    assert page.block("Upphandlingar").empty_label.text() == "Inga upphandlingar."


def test_open_meeting_without_a_meeting_view_tells_the_user(qapp, context, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "stic_desktop.ui.meetings.view", None)
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, error: shown.append(error.message))
    assert calendar_page.open_meeting(context, 1, None) is False
    assert shown == ["Mötesvyn finns inte i den här versionen av programmet."]


def test_open_meeting_runs_a_dialog_view(qapp, context, monkeypatch) -> None:
    made = []

    class FakeView(QDialog):
        def __init__(self, context, meeting_id, parent=None) -> None:
            super().__init__(parent)
            made.append((context, meeting_id))

        def exec(self) -> int:
            made.append("exec")
            return 0

    module = types.ModuleType("stic_desktop.ui.meetings.view")
    module.MeetingView = FakeView
    monkeypatch.setitem(sys.modules, "stic_desktop.ui.meetings.view", module)
    assert calendar_page.open_meeting(context, 42, None) is True
    assert made == [(context, 42), "exec"]


def test_open_meeting_passes_the_views_status_messages_on(qapp, context, monkeypatch) -> None:
    class FakeView(QDialog):
        status_message = Signal(str)

        def __init__(self, _context, _meeting_id, parent=None) -> None:
            super().__init__(parent)

        def exec(self) -> int:
            self.status_message.emit("Kallelsen skickades.")
            return 0

    module = types.ModuleType("stic_desktop.ui.meetings.view")
    module.MeetingView = FakeView
    monkeypatch.setitem(sys.modules, "stic_desktop.ui.meetings.view", module)
    received: list[str] = []
    calendar_page.open_meeting(context, 1, None, received.append)
    assert received == ["Kallelsen skickades."]


def test_open_meeting_reports_a_meeting_that_is_gone(qapp, context, monkeypatch) -> None:
    from stic_desktop.errors import NotFound

    class FakeView(QDialog):
        def __init__(self, _context, meeting_id, parent=None) -> None:
            raise NotFound(f"Det finns inget möte med id {meeting_id}.")

    module = types.ModuleType("stic_desktop.ui.meetings.view")
    module.MeetingView = FakeView
    monkeypatch.setitem(sys.modules, "stic_desktop.ui.meetings.view", module)
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, error: shown.append(error.message))
    assert calendar_page.open_meeting(context, 99, None) is False
    assert shown == ["Det finns inget möte med id 99."]


def test_short_date_adds_the_year_only_for_other_years() -> None:
    assert overview_page.short_date(date(2026, 3, 3), date(2026, 1, 1)) == "tis 3 mars"
    assert overview_page.short_date(date(2025, 12, 30), date(2026, 1, 1)) == "tis 30 december 2025"
    assert overview_page.short_date(date(2026, 3, 3), date(2026, 1, 1), weekday=False) == "3 mars"


def test_index_of_an_invalid_parent_row_is_invalid(qapp) -> None:
    model = ActionTreeModel()
    assert model.index(0, 0) == QModelIndex()


def test_the_overview_and_every_block_read_in_one_transaction(qtbot, context) -> None:
    """read_everything (the worker's job) begins one transaction for the meeting overview and all the blocks of
    the page (those of the later issues too): one snapshot, one BEGIN."""
    from sqlalchemy import event

    from stic_desktop.ui.agreements.blocks import ExpiryBlock
    from stic_desktop.ui.commission.sales_blocks import OverdueSalesBlock
    from stic_desktop.ui.procurement.blocks import BLOCK_FACTORIES, ThresholdBanner

    make(context.db, "Styrgruppsmöte", 3)
    blocks = [factory(context) for factory in (*overview_page.BLOCKS, ThresholdBanner, *BLOCK_FACTORIES, ExpiryBlock,
                                                OverdueSalesBlock)]
    for block in blocks:
        qtbot.addWidget(block)
    begun: list[object] = []

    def count(connection) -> None:
        begun.append(connection)

    event.listen(context.db.engine, "begin", count)
    try:
        snapshot, data = overview_page.read_everything(context.db, TODAY, blocks)
    finally:
        event.remove(context.db.engine, "begin", count)
    assert len(begun) == 1
    assert "Styrgruppsmöte" in [m.title for m in snapshot.upcoming]
    assert len(data) == len(blocks) and isinstance(data[-1], list)  # the sales block's overdue reports


def test_a_block_shows_at_most_the_limit_and_says_how_many_there_are(page, demo_db) -> None:
    made = [make(demo_db, f"Möte {day}", day, "invited") for day in (1, 2, 3)]
    page.limit = 2
    read(page.qtbot, page)
    upcoming = page.block("Kommande möten")
    assert [r.id for r in upcoming.model.visible_records()] == made[:2]
    assert upcoming.title_label.text() == "Kommande möten (3)"  # the count from SQL, not from the shown rows
    assert not upcoming.more_label.isHidden()
    assert upcoming.more_label.text() == "Visar 2 av 3 – <a href='all'>visa alla</a>"
    assert page.block("Kallelser att skicka").more_label.isHidden()  # no drafts: nothing left out
    page.limit = 3
    read(page.qtbot, page)
    assert upcoming.more_label.isHidden() and upcoming.title_label.text() == "Kommande möten (3)"


def test_large_numbers_are_grouped_in_the_more_line(page) -> None:
    block = page.block("Kommande möten")
    block.show_count(2800, 50)
    assert block.title_label.text() == "Kommande möten (2\u00a0800)"
    assert block.more_label.text().startswith("Visar 50 av 2\u00a0800 – ")


def test_visa_alla_asks_for_the_list_page_filtered_as_the_block(page, demo_db) -> None:
    make(demo_db, "Utkast 1", 1)
    make(demo_db, "Utkast 2", 2)
    page.limit = 1
    read(page.qtbot, page)
    asked = []
    page.open_page.connect(lambda *args: asked.append(args))
    page.block("Kallelser att skicka").more_label.linkActivated.emit("all")
    page.block("Protokoll att justera").show_all()
    assert asked == [("meetings", "upcoming", "Utkast"), ("meetings", "all", "Genomförd")]


def test_visa_alla_under_the_action_items_reads_every_one_with_each_persons_count(page, demo_db) -> None:
    _mid, (first, second) = action_setup(demo_db)
    page.limit = 1
    read(page.qtbot, page)
    block = page.block("Öppna åtgärder per person")
    model = block.model
    assert block.title_label.text() == "Öppna åtgärder per person (4)"
    assert model.rowCount() == 1  # the most overdue item's person
    assert model.data(model.index(0, 0)) == f"{first.person_name} (1 av 2)"
    assert model.data(model.index(0, 1)) == "1 försenad"
    assert block.more_label.text().startswith("Visar 1 av 4")
    read(page.qtbot, page, lambda: block.more_label.linkActivated.emit("all"))
    assert model.rowCount() == 3 and block.more_label.isHidden()
    assert sum(model.rowCount(model.index(row, 0)) for row in range(3)) == 4
