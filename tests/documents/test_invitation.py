"""Kallelse (documents/invitation.py), read back with pypdf. Also home of ``build_office``, the meeting
the other meeting-document tests use (imported from here, as ``tests/documents`` has no conftest of its own).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select

from stic_desktop.core import dates
from stic_desktop.documents.invitation import reply_text
from stic_desktop.errors import NotFound
from stic_desktop.models import Group
from stic_desktop.operations import run_to_end
from stic_desktop.operations.meeting_documents import export_meeting_document
from stic_desktop.services.meetings import action_items, agenda, meetings
from stic_desktop.services.meetings import attachments as attachment_service
from stic_desktop.services.meetings import invitees as meeting_invitees
from stic_desktop.services.meetings.action_items import ActionItemInput
from stic_desktop.services.meetings.agenda import AgendaItemInput
from stic_desktop.services.meetings.document_data import Contact, reply_contact
from stic_desktop.services.meetings.document_data import meeting_document_data as load_meeting
from stic_desktop.services.meetings.meetings import MeetingInput
from stic_desktop.services.meetings.records import STOCKHOLM
from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.people import memberships, people, staff
from stic_desktop.services.people.memberships import MembershipInput
from stic_desktop.services.people.people import PersonInput

DAY = date(2026, 2, 3)  # a Tuesday
TODAY = date(2026, 1, 20)
TITLE = "Styrgruppsmöte & <b>budget</b>"
PLACE = "Stadshuset, sal <A> & B"
LINK = "https://meet.example.se/j/123?a=1&b=2"
BUDGET = "Budget 2027 & <b>prognos</b>"
BUDGET_TEXT = "Underlag från R&D <i>enheten</i>.\nAndra raden < 5 % & klar."
BUDGET_PROPOSAL = "Styrgruppen godkänner budgeten & <b>prognosen</b>."
# (name, municipality, role, e-mail)
SEATS = [
    ("Łukasz Żółć", "Södertälje", "chair", "lukasz.zolc@sodertalje.example.se"),
    ("Ayşe Yılmaz", "Botkyrka", "member", "ayse.yilmaz@botkyrka.example.se"),
    ("Олег Иванов", "Sundbyberg", "member", ""),  # no e-mail: gets no draft
    ("R&D <b>Bold</b> Berg", "Solna", "member", "rd@solna.example.se"),
]


def export(db, meeting_id: int, kind: str, target: Path, **options) -> Path:
    """A meeting document written to ``target`` the way the UI and the command line write it."""
    return run_to_end(export_meeting_document(db, meeting_id, kind, target, **options)).files[0]


def page_texts(source: Path | bytes) -> list[str]:
    """Each page's text with whitespace runs folded, so wrapped lines still match."""
    reader = PdfReader(io.BytesIO(source) if isinstance(source, bytes) else source)
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def at(day: date, hm: str) -> datetime:
    return datetime.fromisoformat(f"{day.isoformat()}T{hm}").replace(tzinfo=STOCKHOLM)


def attachment_pdf(label: str, pages: int = 1, *, size=A4, rotate: int = 0) -> bytes:
    """A small PDF made with reportlab; every page says which file and page it is. ``rotate`` sets
    /Rotate afterwards, as a scanner or a "rotate page" command does: the content stays as drawn."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=size)
    for number in range(1, pages + 1):
        canvas.setFont("Helvetica", 14)
        canvas.drawString(60, size[1] - 80, f"{label} sidan {number}")
        canvas.showPage()
    canvas.save()
    if not rotate:
        return buffer.getvalue()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(buffer.getvalue())))
    for page in writer.pages:
        page.rotate(rotate)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@dataclass
class Office:
    """The ids of what ``build_office`` made."""

    meeting_id: int
    group_id: int
    staff_id: int
    people: dict[str, int]
    invitees: dict[str, int]
    items: dict[str, int] = field(default_factory=dict)


def build_office(db, *, attachments: bool = True) -> Office:
    """The steering group's meeting on 3 February 2026 with the standard agenda, two real items
    (one with a landscape and a rotated attachment), an open action item from January, and four
    members with Polish, Turkish, Cyrillic and markup-like names."""
    anna = staff.add_staff_member(db, "Anna Lindqvist", "Regionchef", "anna.lindqvist@stic.example.se")
    staff.set_current_user(db, anna.id)
    municipalities.import_county_municipalities(db)
    towns = {m.name: m.id for m in municipalities.list_municipalities(db)}
    with db.read() as session:
        gid = session.scalar(select(Group.id).where(Group.kind == "steering"))
    ids = {}
    for name, town, role, email in SEATS:
        ids[name] = people.save_person(db, PersonInput(name=name, municipality_id=towns[town], email=email)).id
        memberships.save_membership(db, MembershipInput(ids[name], gid, role, None, False, "2025-01-01"))
    earlier = meetings.create_meeting(db, MeetingInput(gid, "Januarimötet", at(date(2026, 1, 13), "09:00"),
                                                       at(date(2026, 1, 13), "11:00")))
    action_items.add_action_item(db, earlier.id, ActionItemInput("Ta fram underlag & <b>kalkyl</b>", ids["Ayşe Yılmaz"],
                                                            "2026-02-28"))
    meeting = meetings.create_meeting(db, MeetingInput(gid, TITLE, at(DAY, "09:00"), at(DAY, "12:00"), location=PLACE,
                                                       online_link=LINK, case_number="STIC 2026/7"))
    meetings.set_officers(db, meeting.id, ids["Łukasz Żółć"], anna.id)
    agenda.apply_template(db, meeting.id)
    budget = agenda.add_item(db, meeting.id, AgendaItemInput(BUDGET, "decision", ids["Ayşe Yılmaz"], 30, BUDGET_TEXT,
                                                             BUDGET_PROPOSAL), position=4)
    report = agenda.add_item(db, meeting.id, AgendaItemInput("Rapport från Олег Иванов", "information",
                                                             ids["Олег Иванов"], 15), position=5)
    if attachments:
        attachment_service.add_attachment(db, budget.id, "budget.pdf", attachment_pdf("Budgetbilaga", 2))
        attachment_service.add_attachment(db, budget.id, "liggande.pdf", attachment_pdf("Liggande", 1, size=landscape(A4)))
        attachment_service.add_attachment(db, report.id, "roterad.pdf", attachment_pdf("Roterad", 1, rotate=90))
    invited = {i.person_name: i.id for i in meeting_invitees.invitees(db, meeting.id)}
    return Office(meeting.id, gid, anna.id, ids, invited, {"budget": budget.id, "report": report.id})


@pytest.fixture
def office(db) -> Office:
    return build_office(db)


# --- shared helpers -----------------------------------------------------------------------------

def test_when_is_written_the_swedish_way():
    assert dates.meeting_time(at(DAY, "09:00"), at(DAY, "12:00")) == "tisdag 3 februari 2026 kl. 09.00–12.00"
    assert dates.meeting_time(at(date(2026, 6, 19), "22:30"), at(date(2026, 6, 20), "01:05")) == (
        "fredag 19 juni 2026 kl. 22.30 – lördag 20 juni 2026 kl. 01.05")


def test_reply_contact_prefers_the_secretary_then_the_regional_manager(db, office):
    data = load_meeting(db, office.meeting_id)
    assert data.contact == Contact("Anna Lindqvist", "anna.lindqvist@stic.example.se", "Regionchef")
    meetings.set_officers(db, office.meeting_id, office.people["Łukasz Żółć"], office.people["Ayşe Yılmaz"])
    assert reply_contact(db, meetings.get_meeting(db, office.meeting_id)).email == "ayse.yilmaz@botkyrka.example.se"
    # A secretary without an e-mail address: replies go to the regional manager.
    meetings.set_officers(db, office.meeting_id, None, office.people["Олег Иванов"])
    assert reply_contact(db, meetings.get_meeting(db, office.meeting_id)).name == "Anna Lindqvist"


# --- the invitation -----------------------------------------------------------------------------

def test_invitation_has_time_place_link_agenda_and_how_to_reply(db, office, tmp_path):
    target = export(db, office.meeting_id, "invitation", tmp_path / "kallelse.pdf", today=TODAY)
    texts = page_texts(target)
    assert len(texts) == 1
    text = texts[0]
    for expected in ("Kallelse – Styrgruppen", "Dnr STIC 2026/7", "20 januari 2026", "Sida 1 av 1",
                     "Du kallas till möte med Styrgruppen.", TITLE, "tisdag 3 februari 2026 kl. 09.00–12.00",
                     PLACE, LINK, "Dagordning i sammandrag", "Anmälan",
                     reply_text(Contact("Anna Lindqvist", "anna.lindqvist@stic.example.se")), "Välkommen!"):
        assert expected in text
    titles = ["Mötets öppnande", "Val av justerare", "Godkännande av dagordningen", "Föregående protokoll", BUDGET,
              "Rapport från Олег Иванов", "Övriga frågor", "Nästa möte", "Mötets avslutande"]
    for number, title in enumerate(titles, start=1):
        assert f"{number}. {title}" in text
    assert "Handlingarna till punkterna finns i mötespaketet." in text
    assert "Till:" not in text


def test_invitation_per_invitee_names_the_recipient(db, office, tmp_path):
    oleg = office.invitees["Олег Иванов"]
    text = page_texts(export(db, office.meeting_id, "invitation", tmp_path / "k.pdf", invitee_id=oleg))[0]
    assert "Till: Олег Иванов" in text and text.index("Till: Олег Иванов") < text.index("Du kallas")
    with pytest.raises(NotFound):
        export(db, office.meeting_id, "invitation", tmp_path / "x.pdf", invitee_id=99999)


def test_cancelled_invitation_says_so_and_asks_no_reply(db, office, tmp_path):
    meetings.cancel_meeting(db, office.meeting_id)
    text = page_texts(export(db, office.meeting_id, "invitation", tmp_path / "k.pdf"))[0]
    assert "INSTÄLLT" in text and "Anmälan" not in text


def test_invitation_without_agenda_or_contact(db, tmp_path):
    actor = staff.add_staff_member(db, "Utan Adress", "Handläggare")
    staff.set_current_user(db, actor.id)
    mid = meetings.create_meeting(db, MeetingInput(None, "Löst möte", at(DAY, "13:00"), at(DAY, "14:00"))).id
    text = page_texts(export(db, mid, "invitation", tmp_path / "k.pdf"))[0]
    assert "Dagordningen skickas ut senare." in text
    assert "till den som har kallat till mötet." in text
    assert "Du kallas till möte." in text
