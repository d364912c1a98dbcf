"""List columns fit their texts and the title column takes the rest (ui.widgets.column_sizer); the minutes'
Åtgärder table always shows five rows (tables.show_at_least). Sized as on a 1366×768 screen."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QHeaderView

from stic_desktop.core import clock
from stic_desktop.services.meetings import meetings
from stic_desktop.services.meetings.meetings import MeetingInput
from stic_desktop.services.meetings.records import STOCKHOLM
from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.people import groups
from stic_desktop.services.procurement import procurements
from stic_desktop.services.procurement.procurements import ProcurementInput
from stic_desktop.ui.meetings.minutes_panel import MinutesPanel
from stic_desktop.ui.meetings.page import MeetingsPage
from stic_desktop.ui.procurement.page import ProcurementsPage

PAGE_WIDTH = 1366 - 210  # the screen less the navigation column


def fits(page, title_column: int) -> None:
    table, model = page.table, page.model
    header = table.horizontalHeader()
    cells = QFontMetrics(table.font())
    heading_font = QFont(header.font())
    heading_font.setWeight(QFont.Weight.DemiBold)
    headings = QFontMetrics(heading_font)
    assert header.sectionResizeMode(title_column) == QHeaderView.ResizeMode.Stretch
    assert sum(table.columnWidth(c) for c in range(model.columnCount())) <= table.viewport().width()
    for column in range(model.columnCount()):
        heading = str(model.headerData(column, Qt.Orientation.Horizontal))
        assert table.columnWidth(column) >= headings.horizontalAdvance(heading), heading
        if column == title_column:
            continue
        for row in range(model.rowCount()):
            text = str(model.index(row, column).data() or "")
            assert table.columnWidth(column) >= cells.horizontalAdvance(text) + 8, (heading, text)


def test_group_and_place_are_whole_in_the_meetings_list(qtbot, context):
    db = context.db
    contract = groups.list_groups(db)[0].id
    group = next(g for g in groups.list_groups(db) if g.kind == "working")
    day = clock.today() + timedelta(days=5)
    for group_id, place in ((group.id, "Huddinge kommunhus – Storsalen"), (contract, "Stadshuset, Sundbyberg – sal 2")):
        meetings.create_meeting(db, MeetingInput(group_id, "Ett möte med en ganska lång rubrik om ramavtalen",
                                                 datetime.combine(day, time(9), tzinfo=STOCKHOLM),
                                                 datetime.combine(day, time(11, 30), tzinfo=STOCKHOLM), location=place))
    page = MeetingsPage(context)
    qtbot.addWidget(page)
    page.resize(PAGE_WIDTH, 600)
    page.show()
    page.reload()
    QApplication.processEvents()
    fits(page, 3)
    assert page.table.columnWidth(3) >= 150  # the title keeps a useful width


def test_fullmakter_saknas_is_not_clipped(qtbot, context):
    for number in range(3):
        procurements.create_procurement(context.db, ProcurementInput(title=f"Trygghetslarm {number}",
                                                                     case_number=f"STIC-2026-00{number}"))
    page = ProcurementsPage(context)
    qtbot.addWidget(page)
    page.resize(PAGE_WIDTH, 600)
    page.show()
    page.reload()
    QApplication.processEvents()
    assert page.model.headerData(7, Qt.Orientation.Horizontal) == "Fullmakter saknas"
    fits(page, 1)


def test_the_actions_pane_shows_five_rows(qtbot, context):
    steering = next(g.id for g in groups.list_groups(context.db) if g.kind == "steering")
    day = clock.today()
    meeting = meetings.create_meeting(context.db, MeetingInput(steering, "Styrgruppen",
                                                               datetime.combine(day, time(9), tzinfo=STOCKHOLM),
                                                               datetime.combine(day, time(11), tzinfo=STOCKHOLM)))
    panel = MinutesPanel(context, meeting.id)
    qtbot.addWidget(panel)
    panel.resize(1300, 560)  # a meeting window's Protokoll tab on 1366×768
    panel.show()
    QApplication.processEvents()
    table = panel.actions_table
    visible_rows = table.viewport().height() / table.verticalHeader().defaultSectionSize()
    assert visible_rows >= 5


def test_wide_columns_give_way_to_the_title_but_keep_their_heading():
    from stic_desktop.ui.widgets.column_sizer import leave_room as _leave_room

    widths = [120, 80, 300, 400, 90]  # column 1 is the title
    fitted = _leave_room(widths, 1, 900, [100, 60, 110, 120, 80])
    assert fitted[1] == 80  # the title is given its room by the stretch, not a width
    assert sum(w for c, w in enumerate(fitted) if c != 1) + 80 <= 900
    assert fitted[0] == 120 and fitted[4] == 90  # narrow columns untouched
    assert fitted[3] < 400 and fitted[2] <= 300
    assert _leave_room(widths, 1, 2000, [0] * 5) == widths  # room enough: nothing changes


def _kommuner_page(qtbot, context):
    from stic_desktop.ui.municipalities.page import MunicipalitiesPage

    page = MunicipalitiesPage(context)
    qtbot.addWidget(page)
    page.resize(PAGE_WIDTH, 600)
    page.show()
    return page


def _set_status(db, record, status: str) -> None:
    data = replace(record.as_input(), status=status)
    municipalities.save_municipality(db, data, record.id, expected_version=record.row_version)


def test_a_reload_with_longer_texts_widens_the_column(qtbot, context):
    """A colleague's change (Medlem → Intresserad) reaches the page as a reload; the Status column then fits
    its longest text, where it used to stay as measured on the first load ("Intresser…")."""
    db = context.db
    for record in municipalities.list_municipalities(db):
        if record.status != "member":
            _set_status(db, record, "member")
    page = _kommuner_page(qtbot, context)
    page.reload()
    QApplication.processEvents()
    status = 2
    assert page.model.headerData(status, Qt.Orientation.Horizontal) == "Status"
    cells = QFontMetrics(page.table.font())
    assert page.table.columnWidth(status) < cells.horizontalAdvance("Intresserad") + 8  # sized for "Medlem"

    _set_status(db, municipalities.list_municipalities(db)[0], "interested")
    context.data_changed.emit(municipalities.ENTITY)  # what a colleague's change or a save sends
    QApplication.processEvents()
    assert "Intresserad" in {page.model.index(r, status).data() for r in range(page.model.rowCount())}
    fits(page, 1)


def test_a_column_the_user_dragged_keeps_its_width(qtbot, context):
    page = _kommuner_page(qtbot, context)
    page.reload()
    QApplication.processEvents()
    header = page.table.horizontalHeader()
    website = 7
    assert header.sectionResizeMode(website) == QHeaderView.ResizeMode.Interactive
    header.resizeSection(website, 77)  # as a drag on the heading's edge does
    kept = page.table.columnWidth(0)
    for record in municipalities.list_municipalities(context.db)[:2]:
        _set_status(context.db, record, "interested" if record.status != "interested" else "left")
    page.reload()
    page.filter_edit.setText("a")
    page.filter_edit.clear()
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    page.resize(PAGE_WIDTH - 100, 600)
    QApplication.processEvents()
    assert page.table.columnWidth(website) == 77
    assert page.table.columnWidth(0) == kept  # the code column was measured again, to the same width
    assert page.sizer.dragged == {website: 77}


def test_a_filter_only_widens(qtbot, context):
    """Typing in the filter never narrows a column (they would jump about with each letter)."""
    page = _kommuner_page(qtbot, context)
    page.reload()
    QApplication.processEvents()
    before = [page.table.columnWidth(c) for c in range(page.model.columnCount())]
    page.filter_edit.setText(page.model.index(0, 1).data())  # one municipality's name: one row
    QApplication.processEvents()
    assert page.model.rowCount() == 1
    after = [page.table.columnWidth(c) for c in range(page.model.columnCount())]
    assert all(a >= b for c, (a, b) in enumerate(zip(after, before, strict=True)) if c != 1)
