"""stic_desktop/ui/procurement/page.py and procurement_dialog.py: the list of procurements and its editor."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from stic_desktop.core import clock
from stic_desktop.errors import ValidationError
from stic_desktop.models import Municipality, ProcurementParticipant, Proposal, ProposalInterest
from stic_desktop.services.procurement import procurements, stages
from stic_desktop.services.procurement.procurements import ProcurementInput
from stic_desktop.ui.procurement.dialog import ProcurementDialog, parse_value
from stic_desktop.ui.procurement.page import ProcurementsPage
from stic_desktop.ui.widgets import list_page, messages

LATE = clock.today() - timedelta(days=5)


@pytest.fixture
def mine(context):
    """Three procurements of this test (the demo has its own): one late with a missing power of attorney,
    one advanced to Kravspecifikation, one cancelled."""
    db = context.db
    late = procurements.create_procurement(db, ProcurementInput(title="Zeta trygghetslarm", case_number="T-1",
                                                                estimated_value_ore=2_500_000_00))
    stages.set_stage_dates(db, late.id, "requirements", LATE, None)
    with db.write() as session:
        solna = session.scalar(select(Municipality.id).where(Municipality.name == "Solna"))
        session.add(ProcurementParticipant(procurement_id=late.id, municipality_id=solna, estimated_volume_ore=0))
    moved = procurements.create_procurement(db, ProcurementInput(title="Zeta skolmat", case_number="T-2"))
    stages.advance_stage(db, moved.id)
    gone = procurements.create_procurement(db, ProcurementInput(title="Zeta fordon", case_number="T-3"))
    stages.cancel_procurement(db, gone.id, "Inget intresse")
    return {"late": late.id, "moved": moved.id, "gone": gone.id}


@pytest.fixture
def page(qtbot, context, mine):
    page = ProcurementsPage(context)
    qtbot.addWidget(page)
    page.reload()
    page.filter_edit.setText("zeta")
    return page


def rows(page) -> dict[str, list[str]]:
    model = page.model
    return {model.index(r, 0).data(): [model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())}


def test_columns_show_stage_next_date_value_and_gaps(page, qtmodeltester):
    qtmodeltester.check(page.model)
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert headers == ["Diarienummer", "Rubrik", "Steg", "Nästa datum", "Ansvarig", "Värde (kr)", "Deltagare",
                       "Fullmakter saknas"]
    shown = rows(page)
    assert set(shown) == {"T-1", "T-2"}  # running only by default
    assert shown["T-1"][1:4] == ["Zeta trygghetslarm", "Behovsanalys", f"{LATE.isoformat()} Kravspecifikation (försenat)"]
    assert shown["T-1"][5:] == ["2\u00a0500\u00a0000", "1", "1"]
    assert shown["T-2"][2] == "Kravspecifikation" and shown["T-2"][7] == ""
    assert page.edit_action.text() == "Öppna" and page.new_action.text() == "Ny upphandling"


def test_running_only_toggle_shows_cancelled_and_is_remembered(page, qtbot, context):
    page.running_check.setChecked(False)
    assert set(rows(page)) == {"T-1", "T-2", "T-3"} and rows(page)["T-3"][2] == "Avbruten"
    again = ProcurementsPage(context)
    qtbot.addWidget(again)
    assert not again.running_check.isChecked()
    page.running_check.setChecked(True)
    assert set(rows(page)) == {"T-1", "T-2"}


def test_new_procurement_is_saved_then_opened(page, monkeypatch):
    opened = []

    def fill_and_save(dialog):
        assert "T-" not in dialog.case_edit.text()
        dialog.title_edit.setText("Zeta nytt avtal")
        dialog.value_edit.setText("3 000 000")
        dialog.procedure_combo.setCurrentIndex(dialog.procedure_combo.findData("below_threshold"))
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(ProcurementDialog, "exec", fill_and_save)
    monkeypatch.setattr(ProcurementsPage, "open_procurement", lambda self, pid: opened.append(pid))
    page.new_action.trigger()
    created = next(p for p in procurements.list_procurements(page.context.db) if p.title == "Zeta nytt avtal")
    assert created.estimated_value_ore == 3_000_000_00 and created.procedure == "below_threshold"
    assert created.case_number.startswith(f"STIC-{clock.today().year}-")
    assert opened == [created.id] and page.selected_records()[0].id == created.id


def test_enter_opens_the_selected_procurement(page, monkeypatch, mine):
    opened = []
    monkeypatch.setattr(ProcurementsPage, "open_procurement", lambda self, pid: opened.append(pid))
    page.select_record(mine["moved"])
    page.edit_action.trigger()
    assert opened == [mine["moved"]]


def test_delete_only_before_the_requirements(page, monkeypatch, mine):
    shown = []
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    monkeypatch.setattr(list_page.messages, "show_error", lambda parent, error: shown.append(error.message))
    page.select_record(mine["moved"])
    page.delete_action.trigger()
    assert shown and "Bara en upphandling i behovsanalysen" in shown[0] and "T-2" in rows(page)
    page.select_record(mine["late"])
    page.delete_action.trigger()
    assert "T-1" not in rows(page) and len(shown) == 1


def test_rules_opens_the_rules_dialog(page, monkeypatch):
    from stic_desktop.ui.procurement import rules_dialog as procurement_rules_dialog

    seen = []
    monkeypatch.setattr(procurement_rules_dialog.ProcurementRulesDialog, "exec", lambda self: seen.append(self) or 0)
    page.rules_action.trigger()
    assert len(seen) == 1


def test_amounts_in_kronor():
    assert parse_value("2 500 000") == 2_500_000_00 and parse_value("12 500,5 kr") == 12_500_50
    assert parse_value("") == 0
    with pytest.raises(ValidationError, match="inget belopp") as caught:
        parse_value("tio tusen")
    assert caught.value.for_field("estimated_value_ore")


def test_dialog_shows_errors_by_their_fields(qtbot, context, mine):
    dialog = ProcurementDialog(context)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("")
    dialog.value_edit.setText("mycket")
    dialog.save()
    assert "inget belopp" in dialog.errors.message("estimated_value_ore") and dialog.saved is None
    dialog.value_edit.setText("100")
    dialog.case_edit.setText("t-2")
    dialog.save()
    assert dialog.errors.message("title") == "Rubriken måste fyllas i."
    assert "T-2 används redan" in dialog.errors.message("case_number") and dialog.saved is None


def test_dialog_classifies_the_value_live(qtbot, context):
    dialog = ProcurementDialog(context)
    qtbot.addWidget(dialog)
    dialog.value_edit.setText("500 000")
    low = dialog.classification_label.text()
    dialog.value_edit.setText("90 000 000")
    high = dialog.classification_label.text()
    assert low and high and low != high
    dialog.value_edit.setText("x")
    assert "inget belopp" in dialog.classification_label.text()


def test_dialog_creates_from_a_decided_proposal(qtbot, context, monkeypatch):
    db = context.db
    with db.write() as session:
        proposal = Proposal(title="Zeta hjälpmedel", area="social", origin="working_group", status="decided",
                            created_on=date(2026, 1, 2))
        session.add(proposal)
        session.flush()
        nacka = session.scalar(select(Municipality.id).where(Municipality.name == "Nacka"))
        session.add(ProposalInterest(proposal_id=proposal.id, municipality_id=nacka, yearly_volume_ore=5_000_00))
        proposal_id = proposal.id
    emitted = []
    context.data_changed.connect(emitted.append)
    dialog = ProcurementDialog(context, proposal_id=proposal_id)
    qtbot.addWidget(dialog)
    assert dialog.title_edit.text() == "Zeta hjälpmedel" and dialog.proposal_label.text() == "Zeta hjälpmedel"
    dialog.area_combo.setCurrentIndex(dialog.area_combo.findData("social"))
    dialog.save()
    assert dialog.saved is not None and dialog.saved.proposal_id == proposal_id
    assert dialog.saved.participant_count == 1 and "procurement" in emitted
    # editing keeps the proposal and the case number
    edit = ProcurementDialog(context, dialog.saved)
    qtbot.addWidget(edit)
    assert edit.case_edit.text() == dialog.saved.case_number
    edit.notes_edit.setPlainText("Uppföljning i maj")
    edit.save()
    assert edit.saved.notes == "Uppföljning i maj" and edit.saved.proposal_id == proposal_id


def test_a_negotiated_procurement_needs_its_grounds_in_the_dialog(page, monkeypatch):
    refusals = []

    def fill_and_save(dialog):
        dialog.title_edit.setText("Zeta förhandlat")
        dialog.procedure_combo.setCurrentIndex(dialog.procedure_combo.findData("negotiated"))
        dialog.application_edit.setText("2027-04-01")
        dialog.invitation_edit.setText("2027-04-05")
        dialog.standstill_edit.setText("20")
        dialog.save()
        refusals.append((dialog.result(), dialog.errors._fields["procedure_grounds"][1].text()))
        dialog.grounds_edit.setPlainText("Anpassning av befintliga lösningar krävs (6 kap. 5 § 1).")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(ProcurementDialog, "exec", fill_and_save)
    monkeypatch.setattr(ProcurementsPage, "open_procurement", lambda self, pid: None)
    page.new_action.trigger()
    assert refusals[0][0] == 0 and "LOU 6 kap. 5–6 §§" in refusals[0][1]
    created = next(p for p in procurements.list_procurements(page.context.db) if p.title == "Zeta förhandlat")
    assert (created.procedure, created.application_deadline_on, created.invitation_sent_on, created.standstill_days,
            created.procedure_grounds) == ("negotiated", date(2027, 4, 1), date(2027, 4, 5), 20,
                                           "Anpassning av befintliga lösningar krävs (6 kap. 5 § 1).")
