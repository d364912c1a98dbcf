"""stic_desktop/ui/meetings/calendar_page.py and calendar_widgets.py: periods, chips, warnings, navigation and opening."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QPointF, QSettings, Qt
from PySide6.QtGui import QColor

from stic_desktop.core import clock
from stic_desktop.services.meetings import invitees, meetings
from stic_desktop.services.meetings.meetings import MeetingInput
from stic_desktop.services.meetings.records import STOCKHOLM
from stic_desktop.services.people import groups
from stic_desktop.ui.meetings import calendar_page, year_plan_dialog
from stic_desktop.ui.meetings.calendar_page import CalendarPage, period_title
from stic_desktop.ui.meetings.calendar_widgets import (
    HOLIDAY_FILL,
    WARNING_MARK,
    WEEKEND_FILL,
    chip_label,
    meeting_tooltip,
)

JUNE = date(2026, 6, 1)  # a Monday; Midsommarafton is Friday 19 June


def group_id(db, kind: str = "steering", index: int = 0) -> int:
    return [g.id for g in groups.list_groups(db) if g.kind == kind][index]


def make(db, title: str, day: date, start: tuple[int, int] = (9, 0), end: tuple[int, int] = (10, 0), *,
         kind: str = "steering", index: int = 0, location: str = "", guests: tuple[int, ...] = ()) -> int:
    record = meetings.create_meeting(db, MeetingInput(
        group_id(db, kind, index), title, datetime.combine(day, time(*start), tzinfo=STOCKHOLM),
        datetime.combine(day, time(*end), tzinfo=STOCKHOLM), location=location))
    for person_id in guests:
        invitees.add_guest(db, record.id, person_id)
    return record.id


@pytest.fixture
def page(qtbot, context):
    page = CalendarPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.go_to(JUNE, "month")
    return page


def center(rect) -> QPointF:
    return rect.center()


def test_period_titles() -> None:
    assert period_title("month", date(2026, 11, 17)) == ("november 2026", "")
    assert period_title("week", date(2026, 11, 25)) == ("vecka 48, 2026", "23–29 november")
    assert period_title("week", date(2026, 12, 1)) == ("vecka 49, 2026", "30 november – 6 december")
    assert period_title("week", date(2027, 1, 1)) == ("vecka 53, 2026", "28 december – 3 januari")


def test_month_and_week_periods_and_navigation(page) -> None:
    assert page.period() == (date(2026, 6, 1), date(2026, 7, 12))  # six whole weeks
    page.go_to(date(2026, 1, 20))
    assert page.period() == (date(2025, 12, 29), date(2026, 2, 8))
    page.step(-1)
    assert (page.anchor, page.period_label.text()) == (date(2025, 12, 1), "december 2025")
    page.step(1)
    page.step(1)
    assert page.period_label.text() == "februari 2026"
    page.go_to(date(2026, 11, 25), "week")
    assert page.period() == (date(2026, 11, 23), date(2026, 11, 29))
    assert (page.period_label.text(), page.span_label.text()) == ("vecka 48, 2026", "23–29 november")
    assert page.stack.currentWidget() is page.week_view and page.week_button.isChecked()
    page.step(1)
    assert page.period() == (date(2026, 11, 30), date(2026, 12, 6))
    page.go_today()
    assert page.period()[0] == clock.today() - timedelta(days=clock.today().weekday())
    assert QSettings().value("calendar/mode") == "week"
    page.month_button.click()
    assert page.mode == "month" and page.stack.currentWidget() is page.month_view


def test_month_shows_each_meeting_as_a_chip_and_hides_other_periods(page, demo_db) -> None:
    first = make(demo_db, "Styrgrupp juni", date(2026, 6, 9), (13, 0), (16, 0))
    outside = make(demo_db, "Augusti", date(2026, 8, 20))
    late_may = make(demo_db, "Inte i rutnätet", date(2026, 5, 31))
    next_month = make(demo_db, "Juli, syns i rutnätet", date(2026, 7, 2), kind="working")
    page.reload()
    view = page.month_view
    assert set(view.shown_ids()) == {first, next_month}
    assert outside not in view.shown_ids() and late_may not in view.shown_ids()
    assert view.day_rect(date(2026, 6, 9)).contains(view.chip_rect(first))
    assert page.count_label.text() == "2 möten"
    record = meetings.get_meeting(demo_db, first)
    assert chip_label(record) == "Styrgruppen"
    text = view.tooltip_at(center(view.chip_rect(first)))
    assert text.startswith("Styrgrupp juni\ntisdag 9 juni 2026 13.00–16.00\nStyrgruppen")


def test_contract_group_chips_leave_out_the_common_prefix(page, demo_db) -> None:
    mid = make(demo_db, "Kravmöte", date(2026, 6, 10), kind="contract")
    record = meetings.get_meeting(demo_db, mid)
    assert record.group_name.startswith("Avtalsgrupp ")
    assert chip_label(record) == record.group_name.removeprefix("Avtalsgrupp ")


def test_holiday_and_overlap_warnings_are_listed_and_marked(page, demo_db) -> None:
    midsummer = make(demo_db, "Midsommarmöte", date(2026, 6, 19))
    a = make(demo_db, "A", date(2026, 6, 10), (9, 0), (11, 0), location="Sal 1")
    person = invitees.invitees(demo_db, a)[0]
    b = make(demo_db, "B", date(2026, 6, 10), (10, 0), (12, 0), kind="contract", guests=(person.person_id,))
    calm = make(demo_db, "Lugnt", date(2026, 6, 11))
    page.reload()
    assert page.warning_box.title() == "Varningar (3)"
    tree = page.warning_list
    rows = [tree.topLevelItem(r).text(0) for r in range(tree.topLevelItemCount())]  # one row per meeting
    assert all(row.startswith(WARNING_MARK) for row in rows)
    assert rows[0] == f"{WARNING_MARK} ons 10 jun 09.00 Styrgruppen: A (1 varning)"
    assert tree.topLevelItem(0).child(0).text(0).startswith(f"Dubbelbokad person: {person.person_name} är också kallad")
    assert "Midsommarafton" in tree.topLevelItem(2).child(0).text(0)
    view = page.month_view
    assert set(view.warnings) == {a, b, midsummer} and calm not in view.warnings
    assert "Midsommarafton" in view.tooltip_at(center(view.chip_rect(midsummer)))
    assert view.tooltip_at(center(view.day_rect(date(2026, 6, 6)))) == "lördag 6 juni 2026: Nationaldagen"
    assert view.tooltip_at(center(view.day_rect(date(2026, 6, 9)))) == ""


def test_no_warnings_says_so(page) -> None:
    assert page.warning_box.title() == "Varningar (0)"
    assert page.warning_list.topLevelItem(0).text(0) == "Inga varningar för perioden."
    assert page.warning_list.topLevelItem(0).flags() == Qt.ItemFlag.NoItemFlags


def test_a_full_day_shows_four_at_most_and_more_opens_the_week(qtbot, page, demo_db) -> None:
    busy = date(2026, 6, 16)
    ids = [make(demo_db, f"Möte {h}", busy, (h, 0), (h, 30), kind="contract", index=h % 3) for h in range(8, 14)]
    page.reload()
    view = page.month_view
    shown = [mid for mid in view.shown_ids() if mid in ids]
    assert 1 <= len(shown) <= 4 and shown == ids[:len(shown)]
    assert view.more_count(busy) == 6 - len(shown)
    page.show()
    qtbot.waitExposed(page)
    shown = [mid for mid in view.shown_ids() if mid in ids]  # laid out again for the size shown
    assert 2 <= len(shown) <= 4 and view.more_count(busy) == 6 - len(shown)
    more = next(rect for rect, day, _n in view._more if day == busy)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=more.center().toPoint())
    assert page.mode == "week" and page.period() == (date(2026, 6, 15), date(2026, 6, 21))
    assert set(page.week_view.shown_ids()) == set(ids)


def test_week_blocks_follow_the_clock_and_overlaps_sit_side_by_side(qtbot, page, demo_db) -> None:
    morning = make(demo_db, "Morgon", date(2026, 6, 10), (9, 0), (11, 0))
    clash = make(demo_db, "Krock", date(2026, 6, 10), (10, 0), (12, 0), kind="working")
    afternoon = make(demo_db, "Eftermiddag", date(2026, 6, 10), (13, 0), (14, 0))
    page.go_to(date(2026, 6, 10), "week")
    page.show()
    qtbot.waitExposed(page)
    view = page.week_view
    m, c, a = (view.chip_rect(i) for i in (morning, clash, afternoon))
    assert m.top() < c.top() < a.top()
    assert m.height() == pytest.approx(2 * a.height(), rel=0.1)  # two hours against one
    assert not m.intersects(c) and m.left() < c.left()  # side by side, not on top of each other
    assert a.width() > m.width()  # nothing beside it: the whole day's width
    assert view.day_rect(date(2026, 6, 10)).contains(m.center())


def test_painting_shades_weekends_and_holidays_only(qtbot, page) -> None:
    page.show()
    qtbot.waitExposed(page)
    view = page.month_view
    image = view.grab().toImage()

    def colour(day: date) -> QColor:
        rect = view.day_rect(day)
        return image.pixelColor(int(rect.center().x()), int(rect.bottom() - 6))

    assert colour(date(2026, 6, 13)) == WEEKEND_FILL  # a Saturday
    assert colour(date(2026, 6, 19)) == HOLIDAY_FILL  # Midsommarafton, a Friday
    assert colour(date(2026, 6, 10)) == QColor("#ffffff")  # an ordinary Wednesday
    assert colour(date(2026, 6, 11)) == QColor("#ffffff")


def test_painting_this_month_shades_every_day_by_its_kind(qtbot, page) -> None:
    """Today's badge must not leak its colour into the days drawn after it."""
    from stic_desktop.core import workdays
    from stic_desktop.ui.meetings.calendar_widgets import OUTSIDE_FILL

    page.go_today()
    page.show()
    qtbot.waitExposed(page)
    view = page.month_view
    image = view.grab().toImage()
    for day in view.period_days():
        rect = view.day_rect(day)
        expected = (HOLIDAY_FILL if workdays.holiday_name(day) else WEEKEND_FILL if day.weekday() >= 5
                    else OUTSIDE_FILL if day.month != page.anchor.month else QColor("#ffffff"))
        assert image.pixelColor(int(rect.center().x()), int(rect.bottom() - 6)) == expected, day


@pytest.fixture
def opened(monkeypatch) -> list[int]:
    calls: list[int] = []
    monkeypatch.setattr(calendar_page, "open_meeting", lambda _context, meeting_id, _parent, _status=None:
                        calls.append(meeting_id))
    return calls


def test_double_click_or_enter_opens_a_meeting(qtbot, page, demo_db, opened) -> None:
    mid = make(demo_db, "Öppna mig", date(2026, 6, 10))
    other = make(demo_db, "Annat", date(2026, 6, 12))
    page.reload()
    page.show()
    qtbot.waitExposed(page)
    view = page.month_view
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=view.chip_rect(mid).center().toPoint())
    assert opened == [mid]
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selected_id == other
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened == [mid, other]


def test_a_warning_row_selects_and_opens_its_meeting(page, demo_db, opened) -> None:
    mid = make(demo_db, "Midsommar", date(2026, 6, 19))
    page.reload()
    item = page.warning_list.topLevelItem(0).child(0)
    page.warning_list.setCurrentItem(item)
    assert page.month_view.selected_id == mid
    page.warning_list.itemActivated.emit(item, 0)
    assert opened == [mid]


def test_double_click_on_an_empty_day_offers_a_new_meeting(qtbot, page, monkeypatch) -> None:
    asked = []
    monkeypatch.setattr(calendar_page, "new_meeting", lambda _context, day, _parent: asked.append(day))
    page.show()
    qtbot.waitExposed(page)
    view = page.month_view
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=view.day_rect(date(2026, 6, 17)).center().toPoint())
    assert asked == [date(2026, 6, 17)]


def test_a_new_meeting_planned_on_a_day_is_saved_announced_and_opened(qtbot, page, context, monkeypatch, opened) -> None:
    from stic_desktop.ui.meetings.dialog import MeetingDialog

    def plan(dialog) -> int:
        assert dialog.date_edit.date().toPython() == date(2026, 6, 17)
        dialog.title_edit.setText("Planerat i kalendern")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(MeetingDialog, "exec", plan)
    with qtbot.waitSignal(page.status_message) as status:
        page._new_meeting(date(2026, 6, 17))
    assert status.args == ["Planerat i kalendern sparades."]
    made = [m for m in page.meetings if m.title == "Planerat i kalendern"]  # the page reloaded on data_changed
    assert [m.meeting_date for m in made] == [date(2026, 6, 17)]
    assert opened == [made[0].id]
    monkeypatch.setattr(MeetingDialog, "exec", lambda dialog: 0)
    assert calendar_page.new_meeting(context, date(2026, 6, 18), page) is None


def test_reloads_when_meetings_change(page, context, demo_db) -> None:
    mid = make(demo_db, "Ny", date(2026, 6, 3))
    assert mid not in page.month_view.shown_ids()
    context.data_changed.emit("person")
    assert mid not in page.month_view.shown_ids()
    context.data_changed.emit("meeting")
    assert mid in page.month_view.shown_ids()
    meetings.cancel_meeting(demo_db, mid)
    context.database_changed.emit()
    assert page.meetings[0].status == "cancelled" and page.count_label.text() == "0 möten"


def test_year_plan_button_jumps_to_the_first_new_meeting(page, demo_db, monkeypatch) -> None:
    made = make(demo_db, "Planerat", date(2027, 2, 2))
    monkeypatch.setattr(year_plan_dialog, "plan_year",
                        lambda _context, _parent, status=None: [meetings.get_meeting(demo_db, made)])
    page.year_plan_button.click()
    assert (page.mode, page.period_label.text()) == ("month", "februari 2027")
    assert made in page.month_view.shown_ids()


def test_tooltip_lists_the_warnings(demo_db) -> None:
    mid = make(demo_db, "Möte", date(2026, 6, 19), location="Sal 2")
    record = meetings.get_meeting(demo_db, mid)
    from stic_desktop.services.meetings import calendar as calendar_view

    _listed, found = calendar_view.calendar(demo_db, date(2026, 6, 19), date(2026, 6, 19))
    text = meeting_tooltip(record, found)
    assert text.splitlines() == ["Möte", "fredag 19 juni 2026 09.00–10.00", "Styrgruppen", "Sal 2", "Status: Utkast",
                                 f"{WARNING_MARK} {found[0].message}"]


def test_a_long_warning_list_is_cut_and_says_so(page, demo_db, monkeypatch) -> None:
    monkeypatch.setattr(calendar_page, "MAX_WARNING_ROWS", 1)
    make(demo_db, "Nationaldag", date(2026, 6, 6))
    make(demo_db, "Midsommar", date(2026, 6, 19))
    page.reload()
    assert page.warning_list.topLevelItemCount() == 1
    assert page.warning_box.title() == "Varningar (2) – de första 1 mötena visas; veckovyn visar färre åt gången"


def test_warnings_are_grouped_per_meeting_filtered_and_ignored_for_everyone(qtbot, page, context, demo_db) -> None:
    """Online places are no rooms; a meeting's warnings sit under it; "Ignorera" hides one and is remembered."""
    weekend = make(demo_db, "Lördagsmöte", date(2026, 6, 13), location="Sal 1")
    make(demo_db, "Krock i salen", date(2026, 6, 13), (9, 30), (10, 30), kind="working", location="sal 1")
    make(demo_db, "Teams 1", date(2026, 6, 10), location="Digitalt (Teams)", kind="contract", index=0)
    make(demo_db, "Teams 2", date(2026, 6, 10), location="Digitalt (Teams)", kind="contract", index=1)
    page.reload()
    tree = page.warning_list
    tops = {tree.topLevelItem(r).data(0, calendar_page.MEETING_ID_ROLE): tree.topLevelItem(r)
            for r in range(tree.topLevelItemCount())}
    assert weekend in tops and all("Teams" not in item.text(0) for item in tops.values())
    kinds = [tops[weekend].child(i).text(0).split(":")[0] for i in range(tops[weekend].childCount())]
    assert kinds[0] == "Helg" and "Dubbelbokad lokal" in kinds
    total = len(page.warnings)

    page.warning_kind.setCurrentIndex(page.warning_kind.findData("room_double_booked"))
    assert all(tree.topLevelItem(r).child(0).text(0).startswith("Dubbelbokad lokal")
               for r in range(tree.topLevelItemCount()))
    page.warning_kind.setCurrentIndex(page.warning_kind.findData("weekend"))
    (weekend_row,) = [tree.topLevelItem(r) for r in range(tree.topLevelItemCount())
                      if tree.topLevelItem(r).data(0, calendar_page.MEETING_ID_ROLE) == weekend]
    tree.setCurrentItem(weekend_row.child(0))
    assert page.ignore_button.text() == "Ignorera"
    page.ignore_button.click()
    assert page.warning_box.title() == f"Varningar ({total - 1}) · 1 ignorerade"
    assert weekend not in [tree.topLevelItem(r).data(0, calendar_page.MEETING_ID_ROLE)
                           for r in range(tree.topLevelItemCount())]

    other = CalendarPage(context)  # another window, or another user: the choice is in the database
    qtbot.addWidget(other)
    other.go_to(JUNE, "month")
    assert other.warning_box.title() == f"Varningar ({total - 1}) · 1 ignorerade"
    other.show_ignored.setChecked(True)
    other.warning_kind.setCurrentIndex(other.warning_kind.findData("weekend"))
    row = next(other.warning_list.topLevelItem(r) for r in range(other.warning_list.topLevelItemCount())
               if other.warning_list.topLevelItem(r).data(0, calendar_page.MEETING_ID_ROLE) == weekend)
    assert row.child(0).text(0).endswith("(ignorerad)")
    other.warning_list.setCurrentItem(row.child(0))
    assert other.ignore_button.text() == "Visa igen"
    other.ignore_button.click()
    assert other.warning_box.title() == f"Varningar ({total})"
