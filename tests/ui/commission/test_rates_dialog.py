"""RatesDialog: list, add (with a meeting's §), edit and delete rate decisions; bad input by its field."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from PySide6.QtCore import QDate
from sales_fixtures import build, count

from stic_desktop.services.commission import commission, sales
from stic_desktop.ui.commission.rates_dialog import RateEditDialog, RatesDialog
from stic_desktop.ui.widgets import messages


@pytest.fixture
def setup(db, qapp):
    from stic_desktop.models import AgendaItem, Group, Meeting
    from stic_desktop.ui.context import AppContext

    register = build(db)
    with db.write() as session:
        group = Group(name="Styrgruppen", kind="steering")
        session.add(group)
        session.flush()
        meeting = Meeting(group_id=group.id, title="Styrgruppen 4/2025", uid="rates-1",
                          starts_at=datetime(2025, 11, 12, 9, tzinfo=timezone.utc),
                          ends_at=datetime(2025, 11, 12, 11, tzinfo=timezone.utc))
        session.add(meeting)
        session.flush()
        item = AgendaItem(meeting_id=meeting.id, position=0, title="Provision 2026", kind="decision", paragraph=12)
        session.add(item)
        session.flush()
        item_id = item.id
    return AppContext(db), register, item_id


@pytest.fixture
def answers(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, error: shown.append(error.message))
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    return shown


def run_dialog(monkeypatch, fill):
    seen = []

    def exec_(dialog):
        seen.append(dialog)
        fill(dialog)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(RateEditDialog, "exec", exec_)
    return seen


def test_lists_every_decision_or_an_agreements_view(setup, qtbot) -> None:
    context, register, _ = setup
    dialog = RatesDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.model.total_count == 3
    texts = [dialog.model.data(dialog.model.index(row, 0)) for row in range(3)]
    assert texts == ["Grundsats", "Grundsats", "STIC-2025-002"]
    narrowed = RatesDialog(context, agreement_id=register.office)
    qtbot.addWidget(narrowed)
    assert narrowed.model.total_count == 2


def test_add_a_decision_linked_to_a_paragraph(setup, qtbot, monkeypatch, answers) -> None:
    context, register, item_id = setup
    dialog = RatesDialog(context, agreement_id=register.office)
    qtbot.addWidget(dialog)

    def fill(edit: RateEditDialog) -> None:
        assert edit.agreement_box.currentData() == register.office
        labels = [edit.item_box.itemText(i) for i in range(edit.item_box.count())]
        assert labels[1] == "2025-11-12 Styrgruppen 4/2025 § 12: Provision 2026"
        edit.rate_edit.setText("1,75")
        edit.valid_edit.setDate(QDate(2026, 1, 1))
        edit.decided_edit.setDate(QDate(2025, 11, 12))
        edit.item_box.setCurrentIndex(1)
        edit.note_edit.setText("Höjd för avtalet")

    run_dialog(monkeypatch, fill)
    dialog.add()
    [own] = commission.list_rates(context.db, agreement_id=register.office)
    assert (own.rate_bp, own.valid_from, own.paragraph, own.meeting_title) == (175, date(2026, 1, 1), 12,
                                                                                 "Styrgruppen 4/2025")
    assert dialog.model.total_count == 3 and answers == []


def test_same_valid_from_is_shown_by_the_field(setup, qtbot, monkeypatch, answers) -> None:
    context, _, _ = setup
    dialog = RatesDialog(context)
    qtbot.addWidget(dialog)

    def fill(edit: RateEditDialog) -> None:
        edit.agreement_box.setCurrentIndex(0)
        edit.rate_edit.setText("3")
        edit.valid_edit.setDate(QDate(2025, 1, 1))

    seen = run_dialog(monkeypatch, fill)
    before = count(context.db, "commission_rate_decisions")
    dialog.add()
    [edit] = seen
    assert "2025-01-01" in edit.errors.message("valid_from")
    assert count(context.db, "commission_rate_decisions") == before

    def fill_bad_rate(edit: RateEditDialog) -> None:
        edit.rate_edit.setText("1,234")

    seen = run_dialog(monkeypatch, fill_bad_rate)
    dialog.add()
    [edit] = seen
    assert "två decimaler" in edit.errors.message("rate_percent")


def test_edit_and_delete(setup, qtbot, monkeypatch, answers) -> None:
    context, register, _ = setup
    dialog = RatesDialog(context)
    qtbot.addWidget(dialog)
    own_row = dialog.model.row_of(lambda r: r.agreement_id == register.cleaning)
    dialog.table.selectRow(own_row)

    def fill(edit: RateEditDialog) -> None:
        assert edit.rate_edit.text() == "1,25"
        edit.rate_edit.setText("1,3")

    run_dialog(monkeypatch, fill)
    dialog.edit()
    assert commission.list_rates(context.db, agreement_id=register.cleaning)[0].rate_bp == 130
    # A decision used by a report line cannot go; the message says why.
    sales.save_sales(context.db, sales.SalesInput(register.office, register.office1,
                                                  register.municipalities["0114"], "2025-02", "10"))
    dialog.table.selectRow(dialog.model.row_of(lambda r: r.agreement_id is None and r.rate_bp == 150))
    dialog.delete()
    assert answers and "rapportrader" in answers[0]
    dialog.table.selectRow(dialog.model.row_of(lambda r: r.agreement_id == register.cleaning))
    dialog.delete()
    assert commission.list_rates(context.db, agreement_id=register.cleaning) == []
    assert dialog.model.total_count == 2
