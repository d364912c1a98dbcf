"""Search everywhere: every kind is found, case and word order do not matter, ranking and limits hold."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from stic_desktop.services.meetings import agenda, meetings
from stic_desktop.services.meetings.agenda import AgendaItemInput
from stic_desktop.services.meetings.meetings import MeetingInput
from stic_desktop.services.people import people
from stic_desktop.services.people.people import PersonInput
from stic_desktop.services.workspace import search

STOCKHOLM = ZoneInfo("Europe/Stockholm")


@pytest.fixture
def filled(demo_db):
    people.save_person(demo_db, PersonInput(name="Åsa Öberg", organisation_kind="other", other_organisation="R&D <b>",
                                              email="asa.oberg@example.se"))
    starts = datetime(2026, 3, 4, 9, tzinfo=STOCKHOLM)
    meeting = meetings.create_meeting(demo_db, MeetingInput(title="Workshop livsmedel", starts_at=starts,
                                                            ends_at=starts + timedelta(hours=2), location="Solna stadshus"))
    agenda.add_item(demo_db, meeting.id, AgendaItemInput(title="Budget 2027", kind="decision"))
    return demo_db, meeting


def _titles(hits):
    return [(hit.kind, hit.title) for hit in hits]


def test_every_kind_of_record_is_found_without_regard_to_case(filled) -> None:
    db, meeting = filled
    index = search.build_index(db)
    assert ("municipality", "Solna") in _titles(index.search("SOLNA"))
    assert ("person", "Åsa Öberg") in _titles(index.search("åsa ÖBERG"))
    assert ("person", "Åsa Öberg") in _titles(index.search("oberg@example"))  # the e-mail address is searched too
    assert ("meeting", "Workshop livsmedel") in _titles(index.search("livsmedel"))
    item = [hit for hit in index.search("budget 2027") if hit.kind == "agenda_item"]
    assert item and item[0].open_id == meeting.id  # an agenda item opens its meeting
    groups = [hit for hit in index.search("styrgrupp") if hit.kind == "group"]
    assert groups


def test_all_words_must_match_in_any_order(filled) -> None:
    index = search.build_index(filled[0])
    assert ("meeting", "Workshop livsmedel") in _titles(index.search("solna livsmedel"))  # title + place
    assert ("meeting", "Workshop livsmedel") not in _titles(index.search("livsmedel göteborg"))
    assert index.search("   ") == []


def test_titles_starting_with_the_text_come_first_and_each_kind_is_capped(filled) -> None:
    db, _meeting = filled
    for n in range(12):
        people.save_person(db, PersonInput(name=f"Testperson {n:02}", organisation_kind="other", other_organisation="X"))
    people.save_person(db, PersonInput(name="Anna Testsson", organisation_kind="other", other_organisation="X"))
    index = search.build_index(db)
    hits = [hit for hit in index.search("test") if hit.kind == "person"]
    assert len(hits) == search.PER_KIND
    assert hits[0].title == "Testperson 00"  # prefix matches in title order before "Anna Testsson"
    assert "Anna Testsson" not in [hit.title for hit in hits]
    assert len(index.search("a", per_kind=100, limit=5)) == 5


def test_kinds_come_in_a_fixed_order(filled) -> None:
    hits = search.build_index(filled[0]).search("s")
    order = list(search.KIND_LABELS)
    positions = [order.index(hit.kind) for hit in hits]
    assert positions == sorted(positions)


def test_procurements_and_proposals_are_found_by_case_number_and_title(filled) -> None:
    from stic_desktop.services.procurement import procurements
    from stic_desktop.services.procurement.procurements import ProcurementInput
    from stic_desktop.services.proposals import proposals
    from stic_desktop.services.proposals.proposals import ProposalInput

    db, _meeting = filled
    procurement = procurements.create_procurement(db, ProcurementInput(title="Hemtjänst i Łódź-stil"))
    proposals.create_proposal(db, ProposalInput(title="Gemensam upphandling av elcyklar"))
    index = search.build_index(db)
    assert ("procurement", "Hemtjänst i Łódź-stil") in _titles(index.search(procurement.case_number.lower()))
    assert ("procurement", "Hemtjänst i Łódź-stil") in _titles(index.search("łódź"))
    assert ("proposal", "Gemensam upphandling av elcyklar") in _titles(index.search("ELCYKLAR"))


def test_a_change_made_through_a_service_is_found_after_an_update_without_a_rebuild(filled) -> None:
    from stic_desktop.services.municipalities import municipalities

    db, meeting = filled
    index = search.build_index(db)
    assert search.update_index(db, index) is index  # nothing changed: nothing is read again
    starts = meeting.starts_at
    meetings.update_meeting(db, meeting.id, MeetingInput(title="Workshop kaffe", starts_at=starts,
                                                         ends_at=starts + timedelta(hours=2), location="Solna stadshus"))
    solna = next(m for m in municipalities.list_municipalities(db) if m.name == "Solna")
    record = municipalities.get_municipality(db, solna.id)
    municipalities.save_municipality(db, municipalities.MunicipalityInput(
        municipality_code=record.municipality_code, name="Solna stad", org_number=record.org_number or "",
        status=record.status), solna.id)
    updated = search.update_index(db, index)
    assert ("meeting", "Workshop kaffe") in _titles(updated.search("kaffe"))
    assert ("meeting", "Workshop livsmedel") not in _titles(updated.search("livsmedel"))
    # the meeting's agenda item shows the meeting's new title; the municipality has its new name
    [item] = [hit for hit in updated.search("budget 2027") if hit.kind == "agenda_item"]
    assert "Workshop kaffe" in item.detail and item.open_id == meeting.id
    assert ("municipality", "Solna stad") in _titles(updated.search("solna stad"))
    # only the changed kinds and the rows showing their names were read again, into the same file
    assert updated.refreshed == {"meeting", "agenda_item", "municipality", "person"}
    assert updated.file is index.file
    assert updated.audit_mark > index.audit_mark
    assert len(updated) == len(index)
    # the same as a full rebuild would find
    rebuilt = search.build_index(db)
    for text in ("kaffe", "budget", "solna", "åsa"):
        assert _titles(updated.search(text)) == _titles(rebuilt.search(text))


def test_deleted_records_leave_the_index_on_update(filled) -> None:
    db, meeting = filled
    index = search.build_index(db)
    assert ("agenda_item", "Budget 2027") in _titles(index.search("budget 2027"))
    meetings.delete_meeting(db, meeting.id)
    updated = search.update_index(db, index)
    assert _titles(updated.search("workshop livsmedel")) == []
    assert ("agenda_item", "Budget 2027") not in _titles(updated.search("budget 2027"))
    assert len(updated) == len(search.build_index(db))


def test_a_change_committed_after_a_later_one_is_found_on_the_next_update(filled, backend) -> None:
    """On the team database a colleague's transaction may commit after one with a higher audit id was read: the
    meeting's change is made in a transaction held open while the person's is saved, read, and only then
    committed. (A SQLite file has one writer at a time: its audit rows commit in the order of their ids.)"""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from stic_desktop.models import AuditEntry, Meeting
    from stic_desktop.services import audit

    if backend == "sqlite":
        pytest.skip("one writer at a time: audit rows commit in id order")
    db, meeting = filled
    index = search.build_index(db)
    with db.engine.connect() as connection, connection.begin() as colleague:
        session = Session(bind=connection)
        row = session.get(Meeting, meeting.id)
        row.title = "Workshop kaffe"
        audit.record(session, db.actor_id, "meeting", meeting.id, "update", {"title": "Workshop livsmedel"},
                     {"title": "Workshop kaffe"})
        session.flush()  # its audit id is taken now
        held = session.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1))
        people.save_person(db, PersonInput(name="Bo Ek", organisation_kind="other", other_organisation="Kaffe AB"))
        first = search.update_index(db, index)
        assert ("person", "Bo Ek") in _titles(first.search("bo ek"))
        assert first.audit_mark > held and ("meeting", "Workshop kaffe") not in _titles(first.search("kaffe"))
        colleague.commit()
    second = search.update_index(db, first)
    assert ("meeting", "Workshop kaffe") in _titles(second.search("kaffe"))
    assert second.audit_mark == first.audit_mark
    assert search.update_index(db, second) is second  # taken once: nothing left to read
