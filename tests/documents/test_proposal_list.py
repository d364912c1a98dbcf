"""stic_desktop/documents/proposal_list.py: the printed proposal list, read back with pypdf."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from stic_desktop.documents.proposal_list import proposal_list_bytes
from stic_desktop.errors import UserError
from stic_desktop.operations import run_to_end
from stic_desktop.operations.proposal_list import attach_proposal_list, export_proposal_list
from stic_desktop.services.meetings import agenda, attachments
from stic_desktop.services.meetings.agenda import AgendaItemInput
from stic_desktop.services.meetings.meetings import MeetingInput, create_meeting
from stic_desktop.services.meetings.records import STOCKHOLM
from stic_desktop.services.municipalities.municipalities import MunicipalityInput, save_municipality
from stic_desktop.services.people import staff
from stic_desktop.services.proposals import links, proposals, workshops
from stic_desktop.services.proposals.document_data import proposal_list_data
from stic_desktop.services.proposals.proposals import ProposalInput
from stic_desktop.services.proposals.workshops import WorkshopInput

TODAY = date(2026, 3, 4)


def text_of(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def filled(db):
    actor = staff.add_staff_member(db, "Anna Lindqvist", "Regionchef")
    staff.set_current_user(db, actor.id)
    solna = save_municipality(db, MunicipalityInput("0184", "Solna")).id
    ivan = save_municipality(db, MunicipalityInput("0180", "Иван Петров")).id
    workshop = workshops.create_workshop(db, WorkshopInput("Łukasz Żółć", date(2026, 3, 4), "social"))
    a = proposals.create_proposal(db, ProposalInput("R&D <b>", "technical", origin="municipality",
                                                    origin_municipality_id=ivan))
    b = proposals.create_proposal(db, ProposalInput("Trygghetslarm", "social", origin="workshop",
                                                    workshop_id=workshop.id))
    c = proposals.create_proposal(db, ProposalInput("Kontorsmaterial"))
    links.set_interests(db, a.id, [(solna, 1_250_000_00), (ivan, 300_000_50)])
    proposals.set_priority(db, b.id, 1)
    proposals.set_priority(db, a.id, 2)
    proposals.set_status(db, c.id, "rejected")
    return {"a": a.id, "b": b.id, "c": c.id}


def test_markup_and_non_latin_names_print_exactly_in_rank_order(filled, db):
    text = text_of(proposal_list_bytes(proposal_list_data(db), today=TODAY))
    assert "Förslagslista" in text and "Per 4 mars 2026: 3 förslag, varav 2 med rang" in flat(text)
    for expected in ("R&D <b>", "Kommun: Иван Петров", "Workshop 4 mars 2026: Łukasz Żółć", "Solna, Иван Петров",
                     "Avslagen", "Tekniskt", "Socialt", "Annat"):
        assert expected in flat(text), expected
    assert "&amp;" not in text and "&lt;" not in text
    assert flat(text).index("Trygghetslarm") < flat(text).index("R&D <b>") < flat(text).index("Kontorsmaterial")
    assert "1\u00a0550\u00a0000,50 kr" in text or "1 550 000,50 kr" in flat(text)
    assert "Sida 1 av 1" in text


def test_status_selection_and_an_empty_list(filled, db, tmp_path: Path):
    target, = run_to_end(export_proposal_list(db, tmp_path / "lista.pdf", statuses={"rejected"}, today=TODAY)).files
    text = flat(text_of(target.read_bytes()))
    assert "Kontorsmaterial" in text and "Trygghetslarm" not in text and "Urval: Avslagen." in text
    empty = flat(text_of(proposal_list_bytes(proposal_list_data(db, statuses={"dormant"}), today=TODAY)))
    assert "Inga förslag att visa." in empty


def test_a_procurement_case_number_is_printed_with_the_status(filled, db):
    from stic_desktop.models import Procurement

    proposals.set_status(db, filled["b"], "discussion")
    proposals.set_status(db, filled["b"], "decided")
    with db.write() as session:
        session.add(Procurement(case_number="STIC-2026-007", title="Larm", area="social", contract_kind="works",
                                procedure="open", proposal_id=filled["b"], created_on=TODAY))
    text = flat(text_of(proposal_list_bytes(proposal_list_data(db), today=TODAY)))
    assert "STIC-2026-007" in text


def test_many_proposals_make_pages_with_the_header_repeated(db):
    for number in range(80):
        proposals.create_proposal(db, ProposalInput(f"Förslag nummer {number:02d}"))
    reader = PdfReader(io.BytesIO(proposal_list_bytes(proposal_list_data(db), today=TODAY)))
    assert len(reader.pages) > 1
    for page in reader.pages:
        assert "Förslagslista" in page.extract_text() and "Rang" in page.extract_text()


def test_export_to_a_missing_folder_is_refused_and_writes_nothing(filled, db, tmp_path: Path):
    with pytest.raises(UserError, match="finns inte"):
        run_to_end(export_proposal_list(db, tmp_path / "saknas" / "lista.pdf"))
    assert not (tmp_path / "saknas").exists()
    folder = tmp_path / "ut"
    folder.mkdir()
    with pytest.raises(UserError, match="är en mapp"):
        run_to_end(export_proposal_list(db, folder))
    assert list(folder.iterdir()) == []


def test_attach_to_an_agenda_item(filled, db):
    from datetime import datetime

    start = datetime(2026, 4, 1, 9, tzinfo=STOCKHOLM)
    meeting = create_meeting(db, MeetingInput(None, "Arbetsgrupp", start, start.replace(hour=11)))
    item = agenda.add_item(db, meeting.id, AgendaItemInput("Förslagslistan"))
    run_to_end(attach_proposal_list(db, item.id, today=TODAY))
    attached = agenda.agenda(db, meeting.id).items[0].attachments
    assert [a.filename for a in attached] == ["Förslagslista 2026-03-04.pdf"]
    text = flat(text_of(attachments.attachment_bytes(db, attached[0].id)))
    assert "Trygghetslarm" in text and "Kontorsmaterial" not in text  # only open proposals by default
