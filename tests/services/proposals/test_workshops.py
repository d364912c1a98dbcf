"""stic_desktop/services/proposals/workshops.py: workshops, their participants, and the delete rule."""

from __future__ import annotations

import json
from datetime import date

import pytest
from backend_tools import plain
from proposal_fixtures import office

from stic_desktop.errors import NotFound, ValidationError
from stic_desktop.services.proposals import proposals, workshops
from stic_desktop.services.proposals.proposals import ProposalInput
from stic_desktop.services.proposals.workshops import WorkshopInput


@pytest.fixture
def ids(db):
    return office(db)


def history(db, entity: str, entity_id: int) -> list[tuple[str, dict]]:
    with plain(db) as conn:
        rows = conn.execute("SELECT action, changes FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id",
                            (entity, entity_id)).fetchall()
    return [(action, json.loads(changes)) for action, changes in rows]


def test_create_list_newest_first_and_update(db, ids):
    older = workshops.create_workshop(db, WorkshopInput("Hemtjänst", date(2026, 3, 4), "social", "Solna stadshus"))
    newer = workshops.create_workshop(db, WorkshopInput(" Gatubelysning ", date(2026, 5, 20), "technical"))
    assert [w.title for w in workshops.list_workshops(db)] == ["Gatubelysning", "Hemtjänst"]
    assert older.area_label == "Socialt" and newer.area_label == "Tekniskt"
    assert (older.participant_count, older.proposal_count) == (0, 0)
    changed = workshops.update_workshop(db, older.id, WorkshopInput("Hemtjänst och LSS", date(2026, 3, 5), "social"))
    assert changed.title == "Hemtjänst och LSS" and changed.held_on == date(2026, 3, 5) and changed.place == ""
    assert changed.as_input() == WorkshopInput("Hemtjänst och LSS", date(2026, 3, 5), "social", "", "")
    actions = [a for a, _ in history(db, workshops.ENTITY, older.id)]
    assert actions == ["create", "update"]


@pytest.mark.parametrize("data, field, fragment", [
    (WorkshopInput("", date(2026, 1, 1)), "title", "Rubriken måste fyllas i"),
    (WorkshopInput("   ", date(2026, 1, 1)), "title", "Rubriken måste fyllas i"),
    (WorkshopInput("x" * 301, date(2026, 1, 1)), "title", "högst 300 tecken"),
    (WorkshopInput("Möte", None), "held_on", "Datumet för workshoppen måste fyllas i"),
    (WorkshopInput("Möte", date(1899, 1, 1)), "held_on", "mellan år 2000 och 2100"),
    (WorkshopInput("Möte", date(2026, 1, 1), "other"), "area", "Okänt område"),
])
def test_bad_input_is_refused_in_swedish_and_nothing_is_saved(db, ids, data, field, fragment):
    with pytest.raises(ValidationError) as caught:
        workshops.create_workshop(db, data)
    assert fragment in (caught.value.for_field(field) or "")
    assert workshops.list_workshops(db) == []


def test_participants_are_replaced_and_logged_by_name(db, ids):
    workshop = workshops.create_workshop(db, WorkshopInput("Hemtjänst", date(2026, 3, 4)))
    people = workshops.set_participants(db, workshop.id, [ids["Иван Петров"], ids["Łukasz Żółć"], ids["Иван Петров"]])
    assert [(p.name, p.municipality_name) for p in people] == [("Łukasz Żółć", "Solna"), ("Иван Петров", "Stockholm")]
    assert workshops.get_workshop(db, workshop.id).participant_count == 2
    people = workshops.set_participants(db, workshop.id, [ids["Åsa Berg"], ids["Łukasz Żółć"]])
    # Swedish order: å after z; ł is not a Swedish letter and comes after the alphabet
    assert [(p.name, p.municipality_name) for p in people] == [("Åsa Berg", ""), ("Łukasz Żółć", "Solna")]
    changes = [c for a, c in history(db, workshops.ENTITY, workshop.id) if "participants" in c]
    assert changes[-1]["participants"] == [["Łukasz Żółć", "Иван Петров"], ["Åsa Berg", "Łukasz Żółć"]]
    before = len(history(db, workshops.ENTITY, workshop.id))
    workshops.set_participants(db, workshop.id, [ids["Łukasz Żółć"], ids["Åsa Berg"]])  # no change, no row
    assert len(history(db, workshops.ENTITY, workshop.id)) == before


def test_an_unknown_person_refuses_the_whole_save(db, ids):
    workshop = workshops.create_workshop(db, WorkshopInput("Hemtjänst", date(2026, 3, 4)))
    with pytest.raises(ValidationError, match="finns inte") as caught:
        workshops.save_workshop(db, WorkshopInput("Ny rubrik", date(2026, 3, 4)), workshop.id,
                                person_ids=[ids["Åsa Berg"], 9999])
    assert caught.value.errors[0].field == "participants"
    assert workshops.get_workshop(db, workshop.id).title == "Hemtjänst"  # nothing half-saved
    assert workshops.participants(db, workshop.id) == []


def test_delete_is_refused_while_proposals_come_from_it(db, ids):
    workshop = workshops.create_workshop(db, WorkshopInput("Hemtjänst", date(2026, 3, 4)))
    workshops.set_participants(db, workshop.id, [ids["Åsa Berg"]])
    proposal = proposals.create_proposal(db, ProposalInput("Trygghetslarm", "social", origin="workshop",
                                                           workshop_id=workshop.id))
    assert workshops.get_workshop(db, workshop.id).proposal_count == 1
    with pytest.raises(ValidationError, match="1 förslag kommer från den"):
        workshops.delete_workshop(db, workshop.id)
    proposals.delete_proposal(db, proposal.id)
    workshops.delete_workshop(db, workshop.id)
    assert workshops.list_workshops(db) == []
    with plain(db) as conn:
        assert conn.execute("SELECT count(*) FROM workshop_participants").fetchone()[0] == 0
    assert history(db, workshops.ENTITY, workshop.id)[-1][0] == "delete"


def test_unknown_ids(db, ids):
    with pytest.raises(NotFound, match="ingen workshop med id 42"):
        workshops.get_workshop(db, 42)
    with pytest.raises(NotFound):
        workshops.participants(db, 42)
    with pytest.raises(NotFound):
        workshops.delete_workshop(db, 42)
