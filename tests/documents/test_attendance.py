"""Närvarolista (documents/attendance.py), read back with pypdf, signature lines counted in the page."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream
from test_invitation import PLACE, build_office, export, page_texts

from stic_desktop.documents.attendance import EMPTY_ROWS, HEADERS, WIDTHS, attendance_bytes
from stic_desktop.documents.pdf import FRAME_WIDTH
from stic_desktop.services.meetings import invitees
from stic_desktop.services.meetings.document_data import meeting_document_data as load_meeting


@pytest.fixture
def office(db):
    return build_office(db, attachments=False)


def signature_lines(pdf: bytes) -> int:
    """Horizontal lines as wide as the signature column, on the first page."""
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    width = FRAME_WIDTH * WIDTHS[-1] / sum(WIDTHS) - 8
    count, start = 0, None
    for operands, operator in ContentStream(page.get_contents(), page.pdf).operations:
        if operator == b"m":
            start = [float(v) for v in operands]
        elif operator == b"l" and start is not None:
            x, y = (float(v) for v in operands)
            count += abs(x - start[0] - width) < 0.5 and abs(y - start[1]) < 0.01
    return count


def test_lists_invitees_with_organisation_role_and_reply(db, office, tmp_path):
    invitees.set_rsvp(db, office.invitees["Ayşe Yılmaz"], "yes")
    invitees.set_rsvp(db, office.invitees["Олег Иванов"], "substitute", office.people["R&D <b>Bold</b> Berg"])
    invitees.set_rsvp(db, office.invitees["R&D <b>Bold</b> Berg"], "no")
    texts = page_texts(export(db, office.meeting_id, "attendance", tmp_path / "narvaro.pdf"))
    assert len(texts) == 1
    text = texts[0]
    for expected in ("Närvarolista – Styrgruppen", "Dnr STIC 2026/7", "Sida 1 av 1", PLACE, " ".join(HEADERS),
                     "4 kallade, varav 2 har anmält att de kommer.",
                     "Łukasz Żółć Södertälje Ordförande Ej svarat",
                     "Ayşe Yılmaz Botkyrka Ledamot Kommer",
                     "R&D <b>Bold</b> Berg Solna Ledamot Kommer inte",
                     "Олег Иванов Sundbyberg Ledamot Ersättare: R&D <b>Bold</b> Berg"):
        assert expected in text
    assert "Digitalt deltagande" not in text  # a list to sign in the room


def test_every_row_has_a_line_to_sign_on_including_the_empty_rows(db, office):
    pdf = attendance_bytes(load_meeting(db, office.meeting_id))
    assert signature_lines(pdf) == 4 + EMPTY_ROWS
    guest = invitees.add_guest(db, office.meeting_id, office.staff_id)
    pdf = attendance_bytes(load_meeting(db, office.meeting_id))
    assert signature_lines(pdf) == 5 + EMPTY_ROWS
    assert f"{guest.person_name} STIC Gäst Ej svarat" in page_texts(pdf)[0]


def test_a_long_list_repeats_the_header_on_every_page(db, office):
    from stic_desktop.services.people import people
    from stic_desktop.services.people.people import PersonInput

    for n in range(40):
        person = people.save_person(db, PersonInput(name=f"Gäst Nummer {n:02d}", organisation_kind="other",
                                                    other_organisation="Konsult & <b>Co</b>"))
        invitees.add_guest(db, office.meeting_id, person.id)
    texts = page_texts(attendance_bytes(load_meeting(db, office.meeting_id)))
    assert len(texts) >= 3
    for number, text in enumerate(texts, start=1):
        assert " ".join(HEADERS) in text and f"Sida {number} av {len(texts)}" in text
    assert "Gäst Nummer 39 Konsult & <b>Co</b> Gäst" in " ".join(texts)
