"""stic_desktop/ui/procurement/blocks.py and ui/timeline.py: the procurement blocks on the start page."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from stic_desktop.core import clock
from stic_desktop.demo import procurements as demo_procurements
from stic_desktop.errors import UserError
from stic_desktop.services.procurement import overview as procurement_overview
from stic_desktop.services.procurement.overview import TimelineRow, TimelineSegment
from stic_desktop.ui.widgets import messages
from stic_desktop.ui.widgets.table_model import ROW_ROLE
from stic_desktop.ui.workspace import overview_page
from stic_desktop.ui.workspace.overview_page import OVERDUE_COLOUR, OverviewPage

TODAY = clock.today()
HEADINGS = ("Upphandlingar per steg", "Tidsfrister inom 30 dagar", "Försenade steg", "Fullmakter saknas",
            "Efter tilldelningen: att göra",
            "Tidslinje för pågående upphandlingar")


@pytest.fixture
def blocks(monkeypatch):
    """The module, imported (which registers its blocks); the block list is left as it was found."""
    saved = list(overview_page.BLOCKS)
    from stic_desktop.ui.procurement import blocks as procurement_blocks

    for factory in procurement_blocks.BLOCK_FACTORIES:  # again, when an earlier test put the list back
        overview_page.register_block(factory)
    yield procurement_blocks
    overview_page.BLOCKS[:] = saved


@pytest.fixture
def opened(blocks, monkeypatch) -> list[int]:
    calls: list[int] = []
    monkeypatch.setattr(blocks, "open_procurement", lambda _context, pid, _parent, _status=None: calls.append(pid))
    return calls


def make_page(qtbot, context) -> OverviewPage:
    page = OverviewPage(context)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    with qtbot.waitSignal(page.loaded, timeout=10_000):  # the page reads in a worker
        page.reload()
    return page


@pytest.fixture
def page(qtbot, context, blocks, demo_db):
    demo_procurements.seed_procurements(demo_db, "small")
    return make_page(qtbot, context)


def test_registering_adds_the_six_blocks_once(blocks):
    factories = [f for f in overview_page.BLOCKS if f in blocks.BLOCK_FACTORIES]
    assert factories == list(blocks.BLOCK_FACTORIES)
    blocks.register_block(blocks.TimelineBlock)
    assert overview_page.BLOCKS.count(blocks.TimelineBlock) == 1


def test_empty_database_shows_the_empty_texts(qtbot, context, blocks):
    page = make_page(qtbot, context)
    shown = {h: (page.block(h).stack.currentWidget() is page.block(h).empty_label, page.block(h).empty_label.text())
             for h in HEADINGS}
    assert shown == {
        "Upphandlingar per steg": (True, "Inga upphandlingar ännu."),
        "Tidsfrister inom 30 dagar": (True, "Inga planerade steg de kommande 30 dagarna."),
        "Försenade steg": (True, "Inga försenade steg: alla planerade datum som passerat har ett utfört datum."),
        "Fullmakter saknas": (True, "Alla deltagande kommuner har lämnat fullmakt."),
        "Efter tilldelningen: att göra": (True, "Inga skyldigheter väntar: efterannonser, dokumentation, "
                                                "individuella rapporter och underrättelser är klara."),
        "Tidslinje för pågående upphandlingar": (True, "Inga pågående upphandlingar."),
    }


def test_blocks_show_the_service_rows(page, demo_db):
    stages = page.block("Upphandlingar per steg")
    assert stages.title_label.text() == "Upphandlingar per steg (10 pågående)"
    assert [(c.stage, c.count) for c in stages.bars.counts] == [
        (c.stage, c.count) for c in procurement_overview.stage_counts(demo_db)]
    for heading, expected in (
            ("Tidsfrister inom 30 dagar", procurement_overview.upcoming_deadlines(demo_db, TODAY)),
            ("Försenade steg", procurement_overview.late_stages(demo_db, TODAY)),
            ("Fullmakter saknas", procurement_overview.missing_powers(demo_db))):
        block = page.block(heading)
        assert expected and block.model.visible_records() == expected
        assert block.title_label.text() == f"{heading} ({len(expected)})"
        assert block.stack.currentWidget() is block.table
    timeline = page.block("Tidslinje för pågående upphandlingar")
    assert [r.case_number for r in timeline.view.rows] == [
        r.case_number for r in procurement_overview.timeline(demo_db, TODAY)]


def texts(block, row: int) -> list[str]:
    return [block.model.data(block.model.index(row, c)) for c in range(block.model.columnCount())]


def test_columns_read_as_sentences(page):
    late = page.block("Försenade steg")
    record = late.model.record(0)
    row = texts(late, 0)
    assert row[1] == (f"{record.days} dagar" if record.days != 1 else "1 dag")
    assert row[2:5] == [record.case_number, record.title, record.stage_label]
    assert late.model.data(late.model.index(0, 1), Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOUR
    assert late.model.data(late.model.index(0, 2), Qt.ItemDataRole.ForegroundRole) is None
    deadlines = page.block("Tidsfrister inom 30 dagar")
    for index, record in enumerate(deadlines.model.visible_records()):
        left = texts(deadlines, index)[1]
        assert left == {0: "idag", 1: "i morgon"}.get(record.days, f"om {record.days} dagar")
    powers = page.block("Fullmakter saknas")
    record = powers.model.record(0)
    assert texts(powers, 0)[4:] == [f"{len(record.municipalities)} av {record.participant_count}",
                                    ", ".join(record.municipalities)]


def test_activating_a_row_opens_the_procurement(page, opened):
    block = page.block("Försenade steg")
    index = block.model.index(0, 2)
    block.table.doubleClicked.emit(index)
    assert opened == [block.model.data(index, ROW_ROLE).procurement_id]


def test_clicking_the_timeline_opens_the_procurement(page, opened, qtbot):
    view = page.block("Tidslinje för pågående upphandlingar").view
    page.show()
    qtbot.waitExposed(page)
    rect = view.row_rect(1)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(40, rect.center().y()))
    assert opened == [view.rows[1].procurement_id] and view.current == 1
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened[-1] == view.rows[2].procurement_id
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(40, 5))  # the month header
    assert len(opened) == 2


def test_data_changes_reload_the_blocks(qtbot, context, blocks, demo_db):
    page = make_page(qtbot, context)
    assert page.block("Upphandlingar per steg").stack.currentWidget() is page.block("Upphandlingar per steg").empty_label
    demo_procurements.seed_procurements(demo_db, "small")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        context.data_changed.emit("procurement")
    assert page.block("Upphandlingar per steg").title_label.text() == "Upphandlingar per steg (10 pågående)"
    assert page.block("Tidslinje för pågående upphandlingar").view.rows


def test_the_timeline_block_is_tall_and_asks_for_both_columns(page):
    block = page.block("Tidslinje för pågående upphandlingar")
    assert block.minimumHeight() >= 440 and block.column_span == 2
    assert page.block("Försenade steg").minimumHeight() == 200


def row(pid: int, case: str, title: str, *segments: tuple[str, int, int, str, bool]) -> TimelineRow:
    parts = tuple(TimelineSegment(stage, procurement_overview.stage_label(stage), TODAY + timedelta(days=a),
                                  TODAY + timedelta(days=b), state, late) for stage, a, b, state, late in segments)
    return TimelineRow(pid, case, title, parts[-1].stage if parts else "needs_analysis", "", "Erik", parts,
                       any(p.late for p in parts))


@pytest.fixture
def view(qtbot, blocks):
    from stic_desktop.ui.procurement.timeline import TimelineView

    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(900, 300)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_rows([
        row(7, "STIC-2026-001", "R&D <b> Łukasz", ("needs_analysis", -120, -60, "done", False),
            ("requirements", -60, 0, "current", False), ("advertised", 0, 40, "planned", True)),
        row(8, "STIC-2026-002", "Livsmedel", ("evaluation", -30, 10, "current", False)),
    ], TODAY)
    return widget


def test_timeline_draws_stage_colours_and_today(view):
    from stic_desktop.ui.procurement.timeline import STAGE_COLOURS, TODAY_COLOUR

    image = view.viewport().grab().toImage()
    y = view.row_rect(0).center().y()
    done_x = int(view._screen_x(TODAY - timedelta(days=90)))
    assert image.pixelColor(done_x, y) == QColor(STAGE_COLOURS["needs_analysis"])
    today_x = int(view._screen_x(TODAY) + view.day_width / 2)
    assert image.pixelColor(today_x, view.row_rect(1).bottom() + 20) == TODAY_COLOUR


def test_timeline_tooltip_names_the_stage_as_typed(view):
    x = int(view._screen_x(TODAY - timedelta(days=30)))
    text = view.tooltip_at(QPoint(x, view.row_rect(0).center().y()))
    assert text.splitlines()[0] == "STIC-2026-001 R&D <b> Łukasz"
    assert "Kravspecifikation:" in text and "(pågår)" in text and "Ansvarig: Erik" in text
    late = view.tooltip_at(QPoint(int(view._screen_x(TODAY + timedelta(days=20))), view.row_rect(0).center().y()))
    assert "Annonserad" in late and "Försenat" in late
    assert view.tooltip_at(QPoint(10, 5)) == ""


def test_timeline_zoom_is_bounded_and_today_stays_in_view(view, qtbot):
    before = view.day_width
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.day_width == pytest.approx(before * 1.5)
    for _ in range(30):
        view.set_zoom(view.day_width / 2)
    assert view.day_width == view.MIN_DAY_WIDTH
    view.set_zoom(100)
    assert view.day_width == view.MAX_DAY_WIDTH
    view.horizontalScrollBar().setValue(0)
    qtbot.keyClick(view, Qt.Key.Key_T)
    x = view._screen_x(TODAY)
    assert view.LABEL_WIDTH < x < view.viewport().width()


def test_timeline_keeps_the_selection_over_a_reload(view):
    view.select_row(1)
    view.set_rows(list(reversed(view.rows)), TODAY)
    assert view.rows[view.current].procurement_id == 8
    view.set_rows([], TODAY)
    assert view.current == -1


def test_opening_a_procurement_that_is_gone_says_so(blocks, context, qtbot, monkeypatch):
    shown: list[BaseException] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, error: shown.append(error))
    parent = QWidget()
    qtbot.addWidget(parent)
    assert blocks.open_procurement(context, 987654, parent) is False
    assert isinstance(shown[0], UserError) and "987654" in str(shown[0])


def test_open_procurement_opens_its_window(page, blocks, context, demo_db, qtbot, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from stic_desktop.ui.procurement.view import ProcurementView

    shown: list[BaseException] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, error: shown.append(error))
    pid = procurement_overview.timeline(demo_db, TODAY)[0].procurement_id
    seen: list[QWidget] = []

    def close() -> None:  # the view is a modal dialog: close it from inside its event loop
        window = QApplication.activeModalWidget()
        seen.append(window)
        if window is not None:
            window.reject()

    QTimer.singleShot(100, close)
    assert blocks.open_procurement(context, pid, page) is True
    assert isinstance(seen[0], ProcurementView) and seen[0].procurement_id == pid and not shown
    assert blocks.open_procurement(context, 99999, page) is False and shown  # deleted meanwhile: a message


def test_duties_after_the_award_are_listed_until_done(qtbot, context, blocks, demo_db):
    """Issue 15: a signed procurement's award notice, documentation and individual report (30 days from
    signing) and a cancelled one's notice to the tenderers show until each is done."""
    import sys
    from datetime import date
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "documents"))
    from test_individual_report import signed_procurement
    from test_opening_record import build_procurement

    from stic_desktop.services.procurement import after_award, stages

    signed = signed_procurement(demo_db)
    cancelled = build_procurement(demo_db, title="Avbruten")
    stages.cancel_procurement(demo_db, cancelled.procurement_id, "För få anbud.")
    after_award.record_duty(demo_db, signed.procurement_id, "award_notice_sent_on", date(2026, 10, 2))
    page = make_page(qtbot, context)
    block = page.block("Efter tilldelningen: att göra")
    rows = block.model.visible_records()
    assert rows == procurement_overview.open_duties(demo_db, TODAY)
    mine = [(r.case_number, r.key) for r in rows if r.procurement_id in (signed.procurement_id,
                                                                         cancelled.procurement_id)]
    assert sorted(mine) == sorted([(signed.case_number, "documentation_completed_on"),
                                   (signed.case_number, "individual_report_on"),
                                   (cancelled.case_number, "cancellation_notice_sent_on")])
    index = next(i for i, r in enumerate(rows) if r.procurement_id == signed.procurement_id)
    record = rows[index]
    assert record.due_on == date(2026, 10, 30)  # 30 days after signing on 30 September
    late = (TODAY - record.due_on).days
    assert texts(block, index)[1] == (f"försenad {late} dagar" if late > 1 else texts(block, index)[1])
    assert texts(block, index)[2:5] == [signed.case_number, record.title, "Dokumentationen komplett"]
    notice = next(i for i, r in enumerate(rows) if r.procurement_id == cancelled.procurement_id)
    assert texts(block, notice)[1] == "snarast"
    assert texts(block, notice)[4] == "Underrättelse om avbrytande till anbudsgivarna"


def test_threshold_banner_until_the_sek_values_are_filled_in(qtbot, context, blocks, demo_db, pinned_clock):
    """Issue 15: a banner across the overview while the 2026–27 thresholds in kronor are empty, with the link to
    where they are published; gone once they are filled in under Upphandlingsregler."""
    from dataclasses import replace
    from datetime import date

    from stic_desktop.services.procurement import rules

    pinned_clock(date(2027, 3, 1))
    overview_page.register_block(blocks.ThresholdBanner, 0)
    page = make_page(qtbot, context)
    banner = next(b for b in page.blocks if isinstance(b, blocks.ThresholdBanner))
    assert not banner.isHidden()
    text = banner.text_label.text()
    assert "2026–2027" in text or "2026-01-01" in text
    assert "varor och tjänster" in text and "direktupphandlingsgräns, bilaga 2" in text
    assert rules.THRESHOLDS_LINK in text and "Upphandlingsregler" in text
    for threshold in rules.missing_sek_values(demo_db, date(2027, 3, 1)):
        rules.save_threshold(demo_db, replace(threshold.as_input(), sek=1_000_000 + threshold.id), threshold.id)
    with qtbot.waitSignal(page.loaded, timeout=10_000):  # the page reads in a worker
        page.reload()
    assert banner.isHidden()


def test_the_timeline_draws_the_first_started_and_links_to_the_procurements_page(qtbot, page, demo_db):
    block = page.block("Tidslinje för pågående upphandlingar")
    every = procurement_overview.timeline(demo_db, TODAY)
    assert len(every) > 2 and block.more_label.isHidden()
    block.limit = 2
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.reload()
    assert [r.case_number for r in block.view.rows] == [r.case_number for r in every[:2]]
    assert block.title_label.text() == f"Tidslinje för pågående upphandlingar ({len(every)})"
    assert block.more_label.text().startswith(f"Visar 2 av {len(every)} – ")
    asked = []
    page.open_page.connect(lambda *args: asked.append(args))
    block.more_label.linkActivated.emit("all")
    assert asked == [("procurements", "", "")]


def test_missing_powers_with_a_limit_are_the_first_advertised_and_counted_in_all(qtbot, page, demo_db):
    every = procurement_overview.missing_powers(demo_db)
    assert len(every) >= 2
    assert procurement_overview.missing_powers(demo_db, 1) == every[:1]
    assert procurement_overview.missing_powers(demo_db, len(every) + 5) == every
    assert procurement_overview.missing_powers_count(demo_db) == len(every)
    block = page.block("Fullmakter saknas")
    block.limit = 1
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.reload()
    assert block.model.visible_records() == every[:1]
    assert block.title_label.text() == f"Fullmakter saknas ({len(every)})"
    assert block.more_label.text().startswith(f"Visar 1 av {len(every)} – ")


def test_deadlines_with_a_limit_are_the_soonest_and_counted_in_all(qtbot, page, demo_db):
    every = procurement_overview.upcoming_deadlines(demo_db, TODAY)
    assert len(every) >= 2
    assert procurement_overview.upcoming_deadlines(demo_db, TODAY, limit=1) == every[:1]
    assert procurement_overview.upcoming_deadlines(demo_db, TODAY, limit=len(every) + 5) == every
    assert procurement_overview.upcoming_deadlines_count(demo_db, TODAY) == len(every)
    block = page.block("Tidsfrister inom 30 dagar")
    block.limit = 1
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.reload()
    assert block.model.visible_records() == every[:1]
    assert block.title_label.text() == f"Tidsfrister inom 30 dagar ({len(every)})"
    assert block.more_label.text().startswith(f"Visar 1 av {len(every)} – ")
