"""stic_desktop/ui/agreements/blocks.py: the expiry alert on the start page and its "Starta ny upphandling"."""

from __future__ import annotations

from datetime import date

import pytest

from stic_desktop.services.agreements import agreements, terms
from stic_desktop.services.agreements.agreements import AgreementInput
from stic_desktop.services.proposals import proposals
from stic_desktop.services.workspace.overview import Overview
from stic_desktop.ui.agreements import blocks as agreement_blocks
from stic_desktop.ui.agreements.blocks import ExpiryBlock
from stic_desktop.ui.widgets import messages
from stic_desktop.ui.workspace import overview_page

TODAY = date(2026, 1, 15)


def snapshot() -> Overview:
    return Overview(today=TODAY, upcoming=[], invitations_not_sent=[], minutes_not_adjusted=[])


@pytest.fixture
def block(qtbot, context, monkeypatch):
    db = context.db
    for number, end in (("ZZ-1", date(2026, 3, 31)), ("ZZ-2", date(2026, 9, 30)), ("ZZ-3", date(2027, 6, 30))):
        agreements.save_agreement(db, AgreementInput(agreement_number=number, title=f"Zeta {number}",
                                                     start_date=date(2025, 1, 1), initial_end_date=end))
    monkeypatch.setattr(messages, "show_error", lambda parent, error: pytest.fail(error.message))
    block = ExpiryBlock(context)
    qtbot.addWidget(block)
    block.reload(snapshot())
    return block


def numbers(block) -> list[str]:
    return [r.agreement_number for r in block.model.visible_records() if r.agreement_number.startswith("ZZ")]


def test_registered_and_lists_what_ends_within_the_warning_time(block, qtmodeltester) -> None:
    assert ExpiryBlock in overview_page.BLOCKS
    qtmodeltester.check(block.model)
    assert numbers(block) == ["ZZ-1", "ZZ-2"] and block.months_spin.value() == 9
    assert block.model.index(0, 1).data() == "2 mån"
    assert block.model.index(0, 1).data(agreement_blocks.Qt.ItemDataRole.ForegroundRole) is not None
    assert block.title_label.text().startswith("Avtal som löper ut (")


def test_the_warning_time_is_an_organisation_setting(block) -> None:
    block.months_spin.setValue(24)
    block.months_spin.editingFinished.emit()
    assert terms.expiry_months(block.context.db) == 24
    block.reload(snapshot())
    assert numbers(block) == ["ZZ-1", "ZZ-2", "ZZ-3"]


def test_start_renewal_creates_the_proposal(block, monkeypatch) -> None:
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    told = []
    block.status_message.connect(told.append)
    assert not block.renew_button.isEnabled()
    row = next(i for i, r in enumerate(block.model.visible_records()) if r.agreement_number == "ZZ-1")
    block.table.selectRow(row)
    block.renew_button.click()
    assert any(p.title == "Förnyelse: Zeta ZZ-1" for p in proposals.list_proposals(block.context.db))
    assert told and "Förnyelse: Zeta ZZ-1" in told[0]


def test_enter_opens_the_agreement(block, monkeypatch) -> None:
    opened = []
    monkeypatch.setattr(agreement_blocks, "open_agreement", lambda context, aid, parent, status: opened.append(aid))
    block._activated(block.model.index(0, 0))
    assert opened == [block.model.record(0).id]


def test_the_block_lists_the_soonest_and_links_to_the_agreements_page(block) -> None:
    block.limit = 1
    block.reload(snapshot())
    assert numbers(block) == ["ZZ-1"]
    total = len(terms.expiring_agreements(block.context.db, today=TODAY))
    assert total >= 2 and block.title_label.text() == f"Avtal som löper ut ({total})"
    assert block.more_label.text().startswith(f"Visar 1 av {total} – ")
    asked = []
    block.open_page.connect(lambda *args: asked.append(args))
    block.show_all()
    assert asked == [("agreements", "", "")]
