"""stic_desktop/services/proposals/proposals.py (and proposal_links.py): the proposal list, status flow, ranks,
interested municipalities and the meetings that discussed a proposal."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta

import pytest
from backend_tools import plain
from proposal_fixtures import office, working_meeting

from stic_desktop.core import clock
from stic_desktop.errors import NotFound, ValidationError
from stic_desktop.models import Procurement
from stic_desktop.services.meetings import agenda, meetings
from stic_desktop.services.proposals import links, proposals, workshops
from stic_desktop.services.proposals.proposals import ProposalInput
from stic_desktop.services.proposals.workshops import WorkshopInput

TODAY = clock.today()


@pytest.fixture
def ids(db):
    return office(db)


def new(db, title: str, **changes) -> proposals.ProposalRecord:
    return proposals.create_proposal(db, replace(ProposalInput(title, "technical"), **changes))


def ranks(db) -> list[tuple[str, int | None]]:
    return [(p.title, p.priority_rank) for p in proposals.list_proposals(db)]


def audit_rows(db, entity_id: int) -> list[tuple[str, dict]]:
    with plain(db) as conn:
        rows = conn.execute("SELECT action, changes FROM audit_log WHERE entity = 'proposal' AND entity_id = ? "
                            "ORDER BY id", (entity_id,)).fetchall()
    return [(a, json.loads(c)) for a, c in rows]


def add_procurement(db, proposal_id: int, case_number: str = "STIC-2026-001") -> int:
    with db.write() as session:
        row = Procurement(case_number=case_number, title="Upphandling", area="technical",
                          contract_kind="supplies_services", procedure="open", estimated_value_ore=0,
                          proposal_id=proposal_id, stage="needs_analysis", created_on=TODAY)
        session.add(row)
        session.flush()
        return row.id


def test_create_with_each_origin_and_the_origin_text(db, ids):
    workshop = workshops.create_workshop(db, WorkshopInput("Hemtjänst", date(2026, 3, 4), "social"))
    a = new(db, "Trygghetslarm", area="social", origin="workshop", workshop_id=workshop.id,
            proposer_id=ids["Łukasz Żółć"], origin_municipality_id=ids["Solna"])
    b = new(db, "Gatubelysning", origin="municipality", origin_municipality_id=ids["Solna"], workshop_id=workshop.id)
    c = new(db, "Kontorsmaterial", area="other")
    assert a.origin_text == "Workshop 4 mars 2026: Hemtjänst" and a.origin_label == "Workshop"
    assert a.origin_municipality_id is None  # only the origin's own reference is kept
    assert a.proposer_name == "Łukasz Żółć" and a.area_label == "Socialt"
    assert b.origin_text == "Kommun: Solna" and b.workshop_id is None
    assert c.origin_text == "Arbetsgruppen" and c.area_label == "Annat"
    assert (a.status, a.status_label, a.priority_rank, a.created_on) == ("new", "Ny", None, TODAY)
    assert (a.procurement_id, a.procurement_case_number, a.interest_count, a.total_yearly_volume_ore) == (None, "", 0, 0)
    assert a.as_input() == ProposalInput("Trygghetslarm", "social", "", "workshop", workshop.id, None,
                                         ids["Łukasz Żółć"], "")
    assert [p.title for p in proposals.list_proposals(db)] == ["Kontorsmaterial", "Gatubelysning", "Trygghetslarm"]
    assert audit_rows(db, a.id)[0][0] == "create"


@pytest.mark.parametrize("data, field, fragment", [
    (ProposalInput(""), "title", "Rubriken måste fyllas i"),
    (ProposalInput(" \n "), "title", "Rubriken måste fyllas i"),
    (ProposalInput("x" * 301), "title", "högst 300 tecken"),
    (ProposalInput("Ok", area="health"), "area", "Okänt område"),
    (ProposalInput("Ok", origin="mayor"), "origin", "Okänt ursprung"),
    (ProposalInput("Ok", origin="workshop"), "workshop_id", "Välj vilken workshop"),
    (ProposalInput("Ok", origin="workshop", workshop_id=999), "workshop_id", "finns inte"),
    (ProposalInput("Ok", origin="municipality"), "origin_municipality_id", "Välj vilken kommun"),
    (ProposalInput("Ok", origin="municipality", origin_municipality_id=999), "origin_municipality_id", "finns inte"),
    (ProposalInput("Ok", proposer_id=999), "proposer_id", "Förslagsställaren finns inte"),
])
def test_bad_input_is_refused_in_swedish(db, ids, data, field, fragment):
    with pytest.raises(ValidationError) as caught:
        proposals.create_proposal(db, data)
    assert fragment in (caught.value.for_field(field) or "")
    assert proposals.list_proposals(db) == []


def test_update_with_bad_volumes_saves_nothing(db, ids):
    proposal = new(db, "Gatubelysning")
    links.set_interests(db, proposal.id, [(ids["Solna"], 100_00)])
    with pytest.raises(ValidationError) as caught:
        proposals.save_proposal(db, ProposalInput("Ny rubrik", "technical"), proposal.id,
                                volumes=[(ids["Solna"], -5), (ids["Stockholm"], 10**15)])
    messages = [e.message for e in caught.value.errors]
    assert messages[0] == "Årsvolymen för Solna kan inte vara negativ."
    assert "Årsvolymen för Stockholm är orimligt stor" in messages[1]
    assert all(e.field == "volumes" for e in caught.value.errors)
    assert proposals.get_proposal(db, proposal.id).title == "Gatubelysning"  # nothing half-saved
    assert [(i.municipality_name, i.yearly_volume_ore) for i in links.interests(db, proposal.id)] == [("Solna", 100_00)]


@pytest.mark.parametrize("volumes, fragment", [
    ([(1, -1)], "kan inte vara negativ"),
    ([(1, links.MAX_VOLUME_ORE + 1)], "orimligt stor"),
    ([(1, 12.5)], "hela ören"),
    ([(1, True)], "hela ören"),
    ([(1, "100")], "hela ören"),
    ([(1, 10), (1, 20)], "två gånger"),
    ([(999, 10)], "Kommunen med id 999 finns inte"),
    ([(1,)], "ingen kommun med årsvolym"),
])
def test_absurd_volumes(db, ids, volumes, fragment):
    proposal = new(db, "Gatubelysning")
    with pytest.raises(ValidationError, match=fragment):
        links.set_interests(db, proposal.id, volumes)
    assert links.interests(db, proposal.id) == []


def test_interests_are_replaced_totalled_and_logged(db, ids):
    proposal = new(db, "Gatubelysning")
    result = links.set_interests(db, proposal.id, [(ids["Stockholm"], 2_500_000_00), (ids["Solna"], 0),
                                                       (ids["Lidingö"], 400_000_00)])
    assert [r.municipality_name for r in result] == ["Lidingö", "Solna", "Stockholm"]
    record = proposals.get_proposal(db, proposal.id)
    assert (record.interest_count, record.total_yearly_volume_ore) == (3, 2_900_000_00)
    links.set_interests(db, proposal.id, [(ids["Solna"], 50_00)])
    assert [(r.municipality_code, r.yearly_volume_ore) for r in links.interests(db, proposal.id)] == [("0184", 50_00)]
    changes = [c["interests"] for a, c in audit_rows(db, proposal.id) if "interests" in c]
    assert changes[-1] == [{"Lidingö": 400_000_00, "Solna": 0, "Stockholm": 2_500_000_00}, {"Solna": 50_00}]


def test_status_flow_and_invalid_transitions(db, ids):
    proposal = new(db, "Gatubelysning")
    with pytest.raises(ValidationError, match="kan inte bli beslutad .*diskuteras innan") as caught:
        proposals.set_status(db, proposal.id, "decided")
    assert caught.value.errors[0].field == "status"
    with pytest.raises(ValidationError, match="har redan status ny"):
        proposals.set_status(db, proposal.id, "new")
    with pytest.raises(ValidationError, match="Okänd status"):
        proposals.set_status(db, proposal.id, "approved")
    with pytest.raises(ValidationError, match="före den dag"):
        proposals.set_status(db, proposal.id, "discussion", on=TODAY - timedelta(days=1))
    assert proposals.get_proposal(db, proposal.id).status == "new"
    record = proposals.set_status(db, proposal.id, "discussion", on=TODAY)
    assert (record.status_label, record.status_changed_on) == ("Under diskussion", TODAY)
    proposals.set_status(db, proposal.id, "rejected")
    with pytest.raises(ValidationError, match="avslagen kan inte bli prioriterad; det kan bli under diskussion"):
        proposals.set_status(db, proposal.id, "prioritised")
    proposals.set_status(db, proposal.id, "discussion")
    assert proposals.set_status(db, proposal.id, "decided").status_label == "Beslutad (blir upphandling)"
    statuses = [c["status"] for a, c in audit_rows(db, proposal.id) if a == "update" and "status" in c]
    assert statuses == [["new", "discussion"], ["discussion", "rejected"], ["rejected", "discussion"],
                        ["discussion", "decided"]]


def test_a_proposal_that_became_a_procurement_is_locked(db, ids):
    proposal = new(db, "Gatubelysning")
    proposals.set_status(db, proposal.id, "discussion")
    proposals.set_status(db, proposal.id, "decided")
    procurement_id = add_procurement(db, proposal.id)
    record = proposals.get_proposal(db, proposal.id)
    assert (record.procurement_id, record.procurement_case_number) == (procurement_id, "STIC-2026-001")
    with pytest.raises(ValidationError, match="blivit upphandling STIC-2026-001; dess status"):
        proposals.set_status(db, proposal.id, "discussion")
    with pytest.raises(ValidationError, match="har blivit upphandling STIC-2026-001 och kan inte tas bort"):
        proposals.delete_proposal(db, proposal.id)
    assert proposals.get_proposal(db, proposal.id).status == "decided"


def test_ranks_stay_one_to_n(db, ids):
    a, b, c, d = (new(db, title) for title in "ABCD")
    proposals.set_priority(db, a.id, 1)
    proposals.set_priority(db, b.id, 1)  # goes first, A moves down
    proposals.set_priority(db, c.id, 50)  # past the end: last
    assert ranks(db) == [("B", 1), ("A", 2), ("C", 3), ("D", None)]
    proposals.set_priority(db, c.id, 1)
    assert ranks(db) == [("C", 1), ("B", 2), ("A", 3), ("D", None)]
    proposals.set_priority(db, b.id, None)
    assert ranks(db) == [("C", 1), ("A", 2), ("D", None), ("B", None)]
    for bad in (0, -1, 1000, 1.5, True, "2"):
        with pytest.raises(ValidationError, match="Rangen ska vara ett heltal från 1 till 999"):
            proposals.set_priority(db, d.id, bad)
    proposals.set_status(db, a.id, "dormant")  # leaving the open statuses closes the gap
    assert ranks(db)[:2] == [("C", 1), ("D", None)]
    with pytest.raises(ValidationError, match="vilande kan inte prioriteras"):
        proposals.set_priority(db, a.id, 1)
    proposals.set_priority(db, d.id, 2)
    proposals.delete_proposal(db, c.id)
    assert ranks(db)[0] == ("D", 1)
    assert [c["priority_rank"] for _, c in audit_rows(db, d.id) if "priority_rank" in c] == [[None, 2], [2, 1]]


def test_list_filtered_by_status(db, ids):
    new(db, "A")
    b = new(db, "B")
    proposals.set_status(db, b.id, "dormant")
    assert [p.title for p in proposals.list_proposals(db, statuses={"new"})] == ["A"]
    assert [p.title for p in proposals.list_proposals(db, statuses=("dormant", "new"))] == ["B", "A"]
    with pytest.raises(ValidationError, match="Okänd status"):
        proposals.list_proposals(db, statuses=["gone"])


def test_add_to_agenda_puts_the_item_before_the_closing_items(db, ids):
    meeting_id = working_meeting(db)
    agenda.apply_template(db, meeting_id)
    proposal = new(db, "R&D <b> Gatubelysning", description="Bakgrund")
    link = links.add_to_agenda(db, proposal.id, meeting_id)
    titles = [i.title for i in agenda.agenda(db, meeting_id).items]
    assert titles[-4:] == ["Förslag: R&D <b> Gatubelysning", "Övriga frågor", "Nästa möte", "Mötets avslutande"]
    item = next(i for i in agenda.agenda(db, meeting_id).items if i.id == link.agenda_item_id)
    assert (item.kind, item.description) == ("discussion", "Bakgrund")
    assert (link.meeting_id, link.group_name, link.meeting_title, link.paragraph) == (
        meeting_id, "Arbetsgruppen", "Arbetsgruppsmöte", None)
    assert links.links(db, proposal.id) == [link]
    assert proposals.get_proposal(db, proposal.id).status == "discussion"  # a new proposal is now discussed
    with pytest.raises(ValidationError, match="redan kopplat"):
        links.link_agenda_item(db, proposal.id, link.agenda_item_id)
    links.unlink_agenda_item(db, proposal.id, link.agenda_item_id)
    assert links.links(db, proposal.id) == []
    assert link.agenda_item_id in [i.id for i in agenda.agenda(db, meeting_id).items]  # the item stays
    assert links.link_agenda_item(db, proposal.id, link.agenda_item_id) == link
    with pytest.raises(NotFound):
        links.link_agenda_item(db, proposal.id, 99999)
    logged = [c["agenda_item"] for _, c in audit_rows(db, proposal.id) if "agenda_item" in c]
    assert logged[0][0] is None and logged[0][1].endswith("Förslag: R&D <b> Gatubelysning")


def test_add_to_a_cancelled_meeting_is_refused(db, ids):
    meeting_id = working_meeting(db)
    meetings.cancel_meeting(db, meeting_id)
    proposal = new(db, "Gatubelysning")
    with pytest.raises(ValidationError, match="inställt"):
        links.add_to_agenda(db, proposal.id, meeting_id)
    assert proposals.get_proposal(db, proposal.id).status == "new"
    assert agenda.agenda(db, meeting_id).items == []


def test_deleting_removes_interests_and_links_not_the_agenda_item(db, ids):
    meeting_id = working_meeting(db)
    proposal = new(db, "Gatubelysning")
    links.set_interests(db, proposal.id, [(ids["Solna"], 1)])
    link = links.add_to_agenda(db, proposal.id, meeting_id)
    proposals.delete_proposal(db, proposal.id)
    with plain(db) as conn:
        counts = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("proposals", "proposal_interests", "proposal_agenda_links")]
    assert counts == [0, 0, 0]
    assert [i.id for i in agenda.agenda(db, meeting_id).items] == [link.agenda_item_id]
    with pytest.raises(NotFound, match="inget förslag med id"):
        proposals.get_proposal(db, proposal.id)
