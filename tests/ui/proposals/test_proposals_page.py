"""stic_desktop/ui/proposals/proposals_page.py and proposal_dialog.py: the proposal list, its actions and the editor."""

from __future__ import annotations

import sys
import types
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from stic_desktop.core import clock
from stic_desktop.errors import ValidationError
from stic_desktop.services.meetings import agenda, meetings
from stic_desktop.services.meetings.meetings import MeetingInput
from stic_desktop.services.meetings.records import STOCKHOLM
from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.people import groups
from stic_desktop.services.proposals import links, proposals
from stic_desktop.services.proposals.proposals import ProposalInput
from stic_desktop.ui.proposals import proposals_page
from stic_desktop.ui.proposals.proposal_dialog import VOLUME_COLUMN, ProposalDialog, parse_volume
from stic_desktop.ui.proposals.proposals_page import ProposalsPage
from stic_desktop.ui.widgets import list_page, messages


def municipality_id(db, name: str) -> int:
    return next(m.id for m in municipalities.list_municipalities(db) if m.name == name)


@pytest.fixture
def page(qtbot, context):
    db = context.db
    lamps = proposals.create_proposal(db, ProposalInput("Gatubelysning LED", "technical"))
    alarms = proposals.create_proposal(db, ProposalInput("Trygghetslarm", "social"))
    paper = proposals.create_proposal(db, ProposalInput("Kopieringspapper"))
    proposals.set_priority(db, alarms.id, 1)
    links.set_interests(db, lamps.id, [(municipality_id(db, "Solna"), 1_250_000_00)])
    proposals.set_status(db, paper.id, "rejected")
    page = ProposalsPage(context)
    qtbot.addWidget(page)
    page.reload()
    return page


def titles(page) -> list[str]:
    return [r.title for r in page.model.visible_records()]


def select(page, title: str):
    record = next(r for r in page.model.visible_records() if r.title == title)
    page.select_record(record.id)
    return record


def no_errors(monkeypatch) -> None:
    fail = lambda parent, error: pytest.fail(getattr(error, "message", str(error)))  # noqa: E731
    monkeypatch.setattr(messages, "show_error", fail)


def test_model_passes_qtmodeltester(qtmodeltester, page):
    qtmodeltester.check(page.model, force_py=True)


def test_columns_open_proposals_and_the_status_filter(page):
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert headers == ["Rang", "Rubrik", "Område", "Ursprung", "Status", "Kommuner", "Årsvolym", "Upphandling",
                       "Registrerat"]
    assert "Trygghetslarm" in titles(page) and "Kopieringspapper" not in titles(page)  # rejected: not open
    assert titles(page).index("Trygghetslarm") < titles(page).index("Gatubelysning LED")  # ranked first
    row = titles(page).index("Gatubelysning LED")
    cells = [page.model.index(row, c).data() for c in range(6)] + [page.model.index(row, 6).data()]
    assert cells[1:6] == ["Gatubelysning LED", "Tekniskt", "Arbetsgruppen", "Ny", "1"]
    assert cells[6] == "1\u00a0250\u00a0000 kr"
    page.status_filter.setCurrentIndex(page.status_filter.findData("rejected"))
    assert "Kopieringspapper" in titles(page) and {r.status for r in page.model.visible_records()} == {"rejected"}
    page.status_filter.setCurrentIndex(page.status_filter.findData(proposals_page.ALL))
    assert {"Kopieringspapper", "Trygghetslarm"} <= set(titles(page))
    page.filter_edit.setText("trygghetslarm")
    assert "Trygghetslarm" in titles(page) and "Kopieringspapper" not in titles(page)


def test_status_actions_follow_the_flow(page, monkeypatch):
    no_errors(monkeypatch)
    record = select(page, "Gatubelysning LED")
    assert not page.status_actions["decided"].isEnabled()  # a new proposal is discussed first
    assert page.status_actions["discussion"].isEnabled() and not page.procurement_action.isEnabled()
    page.status_actions["discussion"].trigger()
    assert proposals.get_proposal(page.context.db, record.id).status == "discussion"
    select(page, "Gatubelysning LED")
    page.status_actions["rejected"].trigger()
    assert "Gatubelysning LED" not in titles(page)  # left the open proposals


def test_rank_is_asked_and_set(page, monkeypatch):
    no_errors(monkeypatch)
    record = select(page, "Gatubelysning LED")
    monkeypatch.setattr(proposals_page, "ask_rank", lambda *args: (True, 1))
    page.rank_action.trigger()
    assert [r.title for r in page.model.visible_records()][:2] == ["Gatubelysning LED", "Trygghetslarm"]
    assert page.selected_records()[0].id == record.id and page.selected_records()[0].priority_rank == 1
    monkeypatch.setattr(proposals_page, "ask_rank", lambda *args: (True, None))
    page.rank_action.trigger()
    assert proposals.get_proposal(page.context.db, record.id).priority_rank is None


def test_add_to_agenda_of_a_coming_working_group_meeting(page, monkeypatch):
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda parent, error: shown.append(error.message))
    select(page, "Trygghetslarm")
    page.agenda_action.trigger()
    assert shown and "inget kommande möte med arbetsgruppen" in shown[0]
    db = page.context.db
    working = next(g.id for g in groups.list_groups(db) if g.kind == "working")
    start = datetime.combine(clock.today() + timedelta(days=7), time(9), tzinfo=STOCKHOLM)
    meeting = meetings.create_meeting(db, MeetingInput(working, "Arbetsgrupp i vår", start, start + timedelta(hours=2)))
    offered = []
    monkeypatch.setattr(proposals_page, "choose_meeting",
                        lambda parent, title, label, choices: offered.extend(choices) or meeting.id)
    record = select(page, "Trygghetslarm")
    page.agenda_action.trigger()
    assert (meeting.id, f"{start.date().isoformat()} Arbetsgrupp i vår") in offered
    assert [i.title for i in agenda.agenda(db, meeting.id).items] == ["Förslag: Trygghetslarm"]
    assert proposals.get_proposal(db, record.id).status == "discussion"


def test_create_procurement_opens_the_procurement_dialog_for_a_decided_proposal(page, monkeypatch):
    no_errors(monkeypatch)
    calls = []

    class FakeDialog:
        def __init__(self, context, record=None, parent=None, *, proposal_id=None):
            calls.append((record, parent, proposal_id))

        def exec(self):
            return 1

    monkeypatch.setitem(sys.modules, "stic_desktop.ui.procurement.dialog",
                        types.SimpleNamespace(ProcurementDialog=FakeDialog))
    db = page.context.db
    record = select(page, "Trygghetslarm")
    proposals.set_status(db, record.id, "discussion")
    proposals.set_status(db, record.id, "decided")
    page.status_filter.setCurrentIndex(page.status_filter.findData(proposals_page.ALL))
    select(page, "Trygghetslarm")
    assert page.procurement_action.isEnabled()
    page.procurement_action.trigger()
    assert calls == [(None, page, record.id)]


def test_new_proposal_with_interests_is_saved_in_one_go(page, monkeypatch):
    no_errors(monkeypatch)

    def fill_and_save(dialog):
        dialog.title_edit.setText("R&D <b> Łukasz Żółć")
        dialog.area_combo.setCurrentIndex(dialog.area_combo.findData("social"))
        dialog.origin_combo.setCurrentIndex(dialog.origin_combo.findData("municipality"))
        dialog.municipality_combo.setCurrentIndex(dialog.municipality_combo.findText("Solna"))
        table = dialog.interest_table
        row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Danderyd")
        table.item(row, VOLUME_COLUMN).setText("2 500 000,50")  # ticks the municipality too
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(ProposalDialog, "exec", fill_and_save)
    page.new_action.trigger()
    saved = page.selected_records()[0]
    assert (saved.title, saved.origin_text, saved.area_label) == ("R&D <b> Łukasz Żółć", "Kommun: Solna", "Socialt")
    found = links.interests(page.context.db, saved.id)
    assert [(i.municipality_name, i.yearly_volume_ore) for i in found] == [("Danderyd", 2_500_000_50)]


def test_dialog_bad_input_shows_swedish_messages_and_saves_nothing(qtbot, context):
    before = len(proposals.list_proposals(context.db))
    dialog = ProposalDialog(context)
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.errors.message("title") == "Rubriken måste fyllas i."
    dialog.title_edit.setText("Illa")
    dialog.origin_combo.setCurrentIndex(dialog.origin_combo.findData("workshop"))
    dialog.save()
    assert dialog.errors.message("workshop_id") == "Välj vilken workshop förslaget kommer från."
    dialog.origin_combo.setCurrentIndex(dialog.origin_combo.findData("working_group"))
    dialog.interest_table.item(0, VOLUME_COLUMN).setText("många")
    dialog.save()
    assert "inget belopp i kronor" in dialog.volume_error.text() and dialog.tabs.currentIndex() == 1
    dialog.interest_table.item(0, VOLUME_COLUMN).setText("-5")
    dialog.save()
    assert "kan inte vara negativ" in dialog.volume_error.text()
    dialog.interest_table.item(0, VOLUME_COLUMN).setText("99 999 999 999")
    dialog.save()
    assert "orimligt stor" in dialog.volume_error.text()
    assert not dialog.result() and len(proposals.list_proposals(context.db)) == before


def test_editing_shows_interests_and_meeting_links(qtbot, page):
    record = select(page, "Gatubelysning LED")
    dialog = ProposalDialog(page.context, record)
    qtbot.addWidget(dialog)
    table = dialog.interest_table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Solna")
    assert table.item(row, 0).checkState() == Qt.CheckState.Checked
    assert table.item(row, VOLUME_COLUMN).text() == "1 250 000"
    assert dialog.total_label.text() == "1 kommun, sammanlagt 1\u00a0250\u00a0000 kr per år" and dialog.tabs.count() == 3
    assert dialog.link_table.rowCount() == 0 and not dialog.unlink_button.isEnabled()


def test_delete_refused_once_a_procurement_exists(page, monkeypatch):
    from stic_desktop.models import Procurement  # test set-up only; the page never sees models

    db = page.context.db
    record = select(page, "Trygghetslarm")
    with db.write() as session:
        session.add(Procurement(case_number="STIC-2026-099", title="Larm", area="social", contract_kind="works",
                                procedure="open", proposal_id=record.id, created_on=clock.today()))
    page.reload()
    select(page, "Trygghetslarm")
    assert not page.status_button.isEnabled() and not page.procurement_action.isEnabled()
    shown = []
    monkeypatch.setattr(list_page.messages, "confirm", lambda *args: True)
    monkeypatch.setattr(list_page.messages, "show_error", lambda parent, error: shown.append(error.message))
    page.delete_action.trigger()
    assert shown and "STIC-2026-099" in shown[0]
    assert "Trygghetslarm" in titles(page)


def test_export_proposal_list_pdf(qtbot, page, monkeypatch, tmp_path: Path):
    from pypdf import PdfReader

    monkeypatch.setattr(proposals_page, "save_file_name", lambda *args: tmp_path / "lista")
    with qtbot.waitSignal(page.status_message, timeout=20000) as blocker:
        next(a for a in page.actions() if a.text() == "Förslagslista (PDF)…").trigger()
    target = tmp_path / "lista.pdf"
    assert blocker.args == [f"Sparade {target}."]
    text = " ".join(p.extract_text() for p in PdfReader(target).pages)
    assert "Trygghetslarm" in text and "Kopieringspapper" not in text  # what the page shows: open proposals


def test_parse_volume():
    assert parse_volume("1 250 000") == 125_000_000 and parse_volume("12,5 kr") == 1250 and parse_volume("") == 0
    for bad, words in (("abc", "inget belopp"), ("1,234", "högst två decimaler"), ("1e40", "inget belopp")):
        with pytest.raises(ValidationError, match=words):
            parse_volume(bad)


def test_create_procurement_end_to_end_with_the_real_dialog(page, monkeypatch):
    """The decided proposal becomes a procurement; its interested municipalities become the participants."""
    procurement_dialog = pytest.importorskip("stic_desktop.ui.procurement.dialog")
    no_errors(monkeypatch)

    def save(dialog):
        if not dialog.title_edit.text():
            dialog.title_edit.setText("Gatubelysning LED")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(procurement_dialog.ProcurementDialog, "exec", save)
    db = page.context.db
    record = select(page, "Gatubelysning LED")
    proposals.set_status(db, record.id, "discussion")
    proposals.set_status(db, record.id, "decided")
    page.status_filter.setCurrentIndex(page.status_filter.findData(proposals_page.ALL))
    select(page, "Gatubelysning LED")
    page.procurement_action.trigger()
    made = proposals.get_proposal(db, record.id)
    assert made.procurement_case_number.startswith("STIC-") and made.procurement_id is not None
    shown = page.selected_records()[0]
    assert shown.id == record.id and shown.procurement_case_number == made.procurement_case_number
    assert not page.procurement_action.isEnabled() and not page.status_button.isEnabled()
