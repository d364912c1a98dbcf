"""The procurement's "Öppning och uppföljning" tab (ui/procurement/follow_up_panel.py): the opening's details,
the declarations with who is missing, the decision-maker, and the duties after signing done by a date or by a
document archived in a worker."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "documents"))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "services" / "procurement"))
from test_declarations import with_contract_group  # noqa: E402
from test_individual_report import signed_procurement  # noqa: E402
from test_opening_record import build_procurement  # noqa: E402

from stic_desktop.errors import UserError  # noqa: E402
from stic_desktop.services import archive  # noqa: E402
from stic_desktop.services.procurement import declarations, procurements, stages  # noqa: E402
from stic_desktop.ui.context import AppContext  # noqa: E402
from stic_desktop.ui.procurement import follow_up_panel  # noqa: E402
from stic_desktop.ui.procurement.follow_up_panel import FollowUpPanel  # noqa: E402
from stic_desktop.ui.widgets import messages  # noqa: E402


@pytest.fixture
def context(db, qapp):
    return AppContext(db)


@pytest.fixture
def shown(monkeypatch):
    errors: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, error: errors.append(
        error.message if isinstance(error, UserError) else repr(error)))
    return errors


def answering(monkeypatch, fill):
    """Each form dialog is filled by ``fill(dialog)`` and saved, as a user would."""
    def ask(dialog) -> bool:
        fill(dialog)
        dialog.save()
        return dialog.result() == dialog.DialogCode.Accepted
    monkeypatch.setattr(follow_up_panel, "ask_dialog", ask)


def test_opening_details_and_decision_maker_are_saved(qtbot, context, db, monkeypatch):
    built = build_procurement(db)
    panel = FollowUpPanel(context, built.procurement_id)
    qtbot.addWidget(panel)

    def fill(dialog):
        if isinstance(dialog, follow_up_panel.OpeningDetailsDialog):
            dialog.time_edit.setText("10.00")
            dialog.place_edit.setText("Stadshuset, sal 3")
            dialog.opened_edit.setText("Anna Lindqvist")
        else:
            dialog.maker_edit.setText("Karin Berg, regionchef")
            dialog.delegation_edit.setPlainText("Delegationsordning 2026, punkt 4.2")
    answering(monkeypatch, fill)
    panel.opening_button.click()
    panel.decision_button.click()
    record = procurements.get_procurement(db, built.procurement_id)
    assert (record.opening_time, record.opening_place, record.opened_by) == ("10:00", "Stadshuset, sal 3",
                                                                             "Anna Lindqvist")
    assert record.decision_maker == "Karin Berg, regionchef"
    assert "Öppning: kl. 10.00, Stadshuset, sal 3" in panel.opening_label.text()
    assert "Delegationsordning 2026, punkt 4.2" in panel.decision_label.text()


def test_declarations_list_who_is_missing_and_the_opening_is_refused(qtbot, context, db, monkeypatch, shown):
    built = build_procurement(db, stage="tender_deadline")
    with_contract_group(db, built.procurement_id)
    panel = FollowUpPanel(context, built.procurement_id)
    qtbot.addWidget(panel)
    assert panel.declaration_table.rowCount() == 2
    assert "Saknas för: Eva Ek, Olle Berg" in panel.missing_label.text()

    def fill(dialog):
        dialog.date_edit.setDate(QDate(2026, 9, 10))
    answering(monkeypatch, fill)
    panel.declare_button.click()  # nothing selected: the first who has not signed
    assert "Saknas för: Olle Berg" in panel.missing_label.text()
    assert panel.declaration_table.item(0, 1).text() == "2026-09-10"

    from stic_desktop.ui.procurement.stages_panel import StagesPanel

    stages_panel = StagesPanel(context, built.procurement_id)
    qtbot.addWidget(stages_panel)
    stages_panel.advance()
    assert shown and "Saknas för: Olle Berg" in shown[-1]
    assert procurements.get_procurement(db, built.procurement_id).stage == "tender_deadline"
    panel.declare_button.click()
    assert "Alla i avtalsgruppen har skrivit under." in panel.missing_label.text()
    assert all(d.signed for d in declarations.declarations(db, built.procurement_id))


def test_duties_done_by_a_date_and_by_an_archived_report(qtbot, context, db, monkeypatch, shown):
    built = signed_procurement(db)
    panel = FollowUpPanel(context, built.procurement_id)
    qtbot.addWidget(panel)
    assert set(panel.duty_widgets) == {"award_notice_sent_on", "documentation_completed_on", "individual_report_on"}
    state, buttons = panel.duty_widgets["award_notice_sent_on"]
    assert state.text().startswith(("Senast 2026-10-30", "Försenad: senast 2026-10-30"))

    answering(monkeypatch, lambda dialog: dialog.date_edit.setDate(QDate(2026, 10, 2)))
    buttons[0].click()
    assert procurements.get_procurement(db, built.procurement_id).award_notice_sent_on == date(2026, 10, 2)
    assert panel.duty_widgets["award_notice_sent_on"][0].text() == "Klar 2026-10-02"

    _state, report_buttons = panel.duty_widgets["individual_report_on"]
    assert [b.text() for b in report_buttons] == ["Förhandsgranska", "Spara som PDF…", "Upprätta och arkivera"]
    report_buttons[2].click()
    qtbot.waitUntil(lambda: procurements.get_procurement(db, built.procurement_id).individual_report_on is not None,
                    timeout=60000)
    qtbot.waitUntil(lambda: panel.duty_widgets["individual_report_on"][0].text().startswith("Klar"), timeout=60000)
    kinds = [r.kind for r in archive.archived_documents(db, procurements.ENTITY, built.procurement_id)]
    assert "individual_report" in kinds and not shown


def test_a_cancelled_procurement_sends_its_notice(qtbot, context, db, shown):
    built = build_procurement(db)
    stages.cancel_procurement(db, built.procurement_id, "För få anbud.")
    panel = FollowUpPanel(context, built.procurement_id)
    qtbot.addWidget(panel)
    state, buttons = panel.duty_widgets["cancellation_notice_sent_on"]
    assert state.text() == "Snarast" and buttons[2].text() == "Skicka och arkivera"
    buttons[2].click()
    qtbot.waitUntil(lambda: procurements.get_procurement(db, built.procurement_id).cancellation_notice_sent_on
                    is not None, timeout=60000)
    assert not shown
