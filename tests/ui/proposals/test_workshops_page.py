"""stic_desktop/ui/proposals/workshops_page.py and workshop_dialog.py: workshops, their participants and proposals."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from stic_desktop.services.people import memberships
from stic_desktop.services.proposals import proposals, workshops
from stic_desktop.services.proposals.proposals import ProposalInput
from stic_desktop.services.proposals.workshops import WorkshopInput
from stic_desktop.ui.proposals import workshop_dialog
from stic_desktop.ui.proposals.workshop_dialog import WorkshopDialog
from stic_desktop.ui.proposals.workshops_page import WorkshopsPage
from stic_desktop.ui.widgets import list_page, messages


@pytest.fixture
def page(qtbot, context):
    db = context.db
    workshops.create_workshop(db, WorkshopInput("Hemtjänst R&D <b>", date(2026, 3, 4), "social", "Solna"))
    workshops.create_workshop(db, WorkshopInput("Gatubelysning", date(2026, 5, 20), "technical"))
    page = WorkshopsPage(context)
    qtbot.addWidget(page)
    page.reload()
    return page


def titles(page) -> list[str]:
    return [r.title for r in page.model.visible_records()]


def people(db, count: int) -> list[tuple[int, str]]:
    return [(c.id, c.name) for c in memberships.person_choices(db)][:count]


def test_model_passes_qtmodeltester(qtmodeltester, page):
    qtmodeltester.check(page.model, force_py=True)


def test_columns_and_newest_first(page):
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert headers == ["Datum", "Rubrik", "Område", "Plats", "Deltagare", "Förslag"]
    mine = [t for t in titles(page) if t in ("Gatubelysning", "Hemtjänst R&D <b>")]
    assert mine == ["Gatubelysning", "Hemtjänst R&D <b>"]
    row = titles(page).index("Hemtjänst R&D <b>")
    assert [page.model.index(row, c).data() for c in range(6)] == ["2026-03-04", "Hemtjänst R&D <b>", "Socialt",
                                                                   "Solna", "0", "0"]


def test_new_workshop_with_participants(page, monkeypatch):
    monkeypatch.setattr(messages, "show_error", lambda parent, error: pytest.fail(error.message))
    chosen = people(page.context.db, 2)
    answers = iter(person_id for person_id, _ in chosen)
    monkeypatch.setattr(workshop_dialog, "choose_person", lambda *args, **kwargs: next(answers))

    def fill_and_save(dialog):
        dialog.title_edit.setText("Skolmåltider")
        dialog.date_edit.setDate(QDate(2026, 9, 1))
        dialog.add_participant()
        dialog.add_participant()
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(WorkshopDialog, "exec", fill_and_save)
    page.new_action.trigger()
    saved = page.selected_records()[0]
    assert (saved.title, saved.held_on, saved.participant_count) == ("Skolmåltider", date(2026, 9, 1), 2)
    assert {p.person_id for p in workshops.participants(page.context.db, saved.id)} == {i for i, _ in chosen}


def test_dialog_refuses_an_empty_title_and_saves_nothing(qtbot, page):
    before = len(workshops.list_workshops(page.context.db))
    dialog = WorkshopDialog(page.context)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("   ")
    dialog.save()
    assert dialog.errors.message("title") == "Rubriken måste fyllas i."
    assert not dialog.result() and len(workshops.list_workshops(page.context.db)) == before


def test_editing_shows_participants_and_the_proposals_it_produced(qtbot, page, monkeypatch):
    db = page.context.db
    record = next(r for r in page.model.visible_records() if r.title == "Hemtjänst R&D <b>")
    (first_id, first_name), (second_id, _) = people(db, 2)
    workshops.set_participants(db, record.id, [first_id, second_id])
    proposals.create_proposal(db, ProposalInput("Trygghetslarm", "social", origin="workshop", workshop_id=record.id))
    record = workshops.get_workshop(db, record.id)
    dialog = WorkshopDialog(page.context, record)
    qtbot.addWidget(dialog)
    assert dialog.participant_list.count() == 2
    assert [dialog.proposal_list.item(i).text() for i in range(dialog.proposal_list.count())] == ["Trygghetslarm (ny)"]
    dialog.participant_list.item(0).setSelected(True)
    dialog.remove_selected()
    dialog.save()
    assert dialog.result() and workshops.get_workshop(db, record.id).participant_count == 1


def test_delete_refused_while_proposals_come_from_it(page, monkeypatch):
    db = page.context.db
    record = next(r for r in page.model.visible_records() if r.title == "Gatubelysning")
    proposals.create_proposal(db, ProposalInput("LED", "technical", origin="workshop", workshop_id=record.id))
    page.reload()
    page.select_record(record.id)
    shown = []
    monkeypatch.setattr(list_page.messages, "confirm", lambda *args: True)
    monkeypatch.setattr(list_page.messages, "show_error", lambda parent, error: shown.append(error.message))
    page.delete_action.trigger()
    assert shown == ["Workshoppen ”Gatubelysning” kan inte tas bort: 1 förslag kommer från den. Ändra eller ta bort "
                     "förslagen först."]
    assert "Gatubelysning" in titles(page)
    other = next(r for r in page.model.visible_records() if r.title == "Hemtjänst R&D <b>")
    page.select_record(other.id)
    page.delete_action.trigger()
    assert "Hemtjänst R&D <b>" not in titles(page) and len(shown) == 1


def test_a_new_proposal_from_the_workshop_dialog(qtbot, page, monkeypatch):
    from stic_desktop.ui.proposals.proposal_dialog import ProposalDialog

    monkeypatch.setattr(messages, "show_error", lambda parent, error: pytest.fail(error.message))
    record = next(r for r in page.model.visible_records() if r.title == "Hemtjänst R&D <b>")
    dialog = WorkshopDialog(page.context, record)
    qtbot.addWidget(dialog)

    def fill_and_save(proposal_dialog):
        assert proposal_dialog.origin_combo.currentData() == "workshop"
        assert proposal_dialog.workshop_combo.currentData() == record.id
        proposal_dialog.title_edit.setText("Larm i hemtjänsten")
        proposal_dialog.save()
        return proposal_dialog.result()

    monkeypatch.setattr(ProposalDialog, "exec", fill_and_save)
    dialog.new_proposal()
    assert [dialog.proposal_list.item(i).text() for i in range(dialog.proposal_list.count())] == [
        "Larm i hemtjänsten (ny)"]
    made = next(p for p in proposals.list_proposals(page.context.db) if p.title == "Larm i hemtjänsten")
    assert made.origin_text == "Workshop 4 mars 2026: Hemtjänst R&D <b>"
    assert workshops.get_workshop(page.context.db, record.id).proposal_count == 1
    assert next(r for r in page.model.visible_records() if r.id == record.id).proposal_count == 1  # page reloaded
