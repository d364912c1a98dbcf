"""stic_desktop/ui/commission/sales_blocks.py: the start page's block of overdue sales reports."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from sales_fixtures import build

from stic_desktop.errors import UserError
from stic_desktop.services.commission import sales
from stic_desktop.services.commission.sales import SalesInput
from stic_desktop.services.workspace import overview
from stic_desktop.ui.widgets import messages
from stic_desktop.ui.widgets.table_model import ROW_ROLE
from stic_desktop.ui.workspace import overview_page
from stic_desktop.ui.workspace.overview_page import OVERDUE_COLOUR, OverviewPage

TODAY = date(2025, 3, 20)  # February was due on 15 March for STIC-2024-001


@pytest.fixture
def blocks():
    saved = list(overview_page.BLOCKS)
    from stic_desktop.ui.commission import sales_blocks

    overview_page.register_block(sales_blocks.OverdueSalesBlock)  # again, if an earlier test put the list back
    yield sales_blocks
    overview_page.BLOCKS[:] = saved


@pytest.fixture
def context(db, qapp):
    from stic_desktop.ui.context import AppContext

    return AppContext(db)


@pytest.fixture
def register(db):
    register = build(db)
    for month in range(1, 13):  # office1 reported all of 2024 and January 2025; office2 nothing in 2025
        for code in register.office_codes:
            sales.save_sales(db, SalesInput(register.office, register.office1, register.municipalities[code],
                                            f"2024-{month:02d}", "100"))
    sales.save_sales(db, SalesInput(register.office, register.office1, None, "2025-01", "0"))
    for month in range(3, 13):
        sales.save_sales(db, SalesInput(register.office, register.office2, None, f"2024-{month:02d}", "0"))
    return register


def make_block(qtbot, context, blocks, today: date = TODAY):
    block = blocks.OverdueSalesBlock(context)
    qtbot.addWidget(block)
    block.reload(overview.overview(context.db, today))
    return block


def test_registered_once_and_shown_on_the_overview(qtbot, context, blocks, register, pinned_clock) -> None:
    assert overview_page.BLOCKS.count(blocks.OverdueSalesBlock) == 1
    blocks.register_block(blocks.OverdueSalesBlock)
    assert overview_page.BLOCKS.count(blocks.OverdueSalesBlock) == 1
    pinned_clock(TODAY)
    page = OverviewPage(context)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):  # the page reads in a worker
        page.reload()
    block = page.block("Försäljningsrapporter saknas")
    assert block.title_label.text() == "Försäljningsrapporter saknas (3)"


def test_rows_most_late_first(qtbot, context, blocks, register, qtmodeltester) -> None:
    block = make_block(qtbot, context, blocks)
    model = block.model
    qtmodeltester.check(model)
    shown = [[model.index(row, column).data() for column in range(5)] for row in range(model.rowCount())]
    assert shown == [  # office2's January and February 2024 are more than twelve months back
        ["33 dagar", "STIC-2024-001", "Łukasz Żółć Handel AB", "2025-01", "15 februari 2025"],
        ["5 dagar", "STIC-2024-001", "Kontorsvaror i Norden AB", "2025-02", "15 mars 2025"],
        ["5 dagar", "STIC-2024-001", "Łukasz Żółć Handel AB", "2025-02", "15 mars 2025"],
    ]
    assert len(shown) == len(sales.overdue_reports(context.db, today=TODAY))
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOUR


def test_empty_state_and_opening_the_agreement(qtbot, context, blocks, register, monkeypatch) -> None:
    block = make_block(qtbot, context, blocks, date(2024, 2, 10))
    assert block.title_label.text() == "Försäljningsrapporter saknas (0)"
    assert block.stack.currentWidget() is block.empty_label
    opened: list[int] = []
    monkeypatch.setattr(blocks, "open_agreement", lambda _c, agreement_id, _p, _s=None: opened.append(agreement_id))
    block = make_block(qtbot, context, blocks)
    block.table.doubleClicked.emit(block.model.index(0, 1))
    assert opened == [block.model.index(0, 1).data(ROW_ROLE).agreement_id]


def test_open_agreement_that_is_gone_shows_the_error(qtbot, context, blocks, monkeypatch) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, error: shown.append(error))
    parent = blocks.QWidget()
    qtbot.addWidget(parent)
    assert blocks.open_agreement(context, 4242, parent) is False
    assert len(shown) == 1 and isinstance(shown[0], UserError)
