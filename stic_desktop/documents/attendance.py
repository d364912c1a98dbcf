"""Närvarolista: the invitees with organisation, role and reply, and a wide column to sign in.

A few empty rows at the end are for people who come without being on the list (substitutes, guests).
``write_attendance`` is pure; ``export_attendance`` reads the meeting and writes it.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from stic_desktop.services.meetings.document_data import MeetingData
    from stic_desktop.services.meetings.invitees import InviteeRecord

TITLE = "Närvarolista"
HEADERS = ("Namn", "Organisation", "Roll", "Anmälan", "Namnteckning")
WIDTHS = (2.9, 2.2, 1.5, 1.7, 3.7)
EMPTY_ROWS = 4


def reply_label(invitee: InviteeRecord) -> str:
    if invitee.rsvp == "substitute" and invitee.rsvp_substitute_name:
        return f"Ersättare: {invitee.rsvp_substitute_name}"
    return invitee.rsvp_label


def count_line(data: MeetingData) -> str:
    total = len(data.invitees)
    coming = sum(1 for i in data.invitees if i.rsvp in ("yes", "substitute"))
    return f"{total} {'kallad' if total == 1 else 'kallade'}, varav {coming} har anmält att de kommer."


def attendance_story(data: MeetingData) -> list:
    from reportlab.lib.units import mm

    from stic_desktop.documents.meeting_layout import SignatureLine, banner, meeting_facts, text
    from stic_desktop.documents.pdf import FRAME_WIDTH, make_table

    signature_width = FRAME_WIDTH * WIDTHS[-1] / sum(WIDTHS) - 8  # minus the cell padding
    story: list = []
    if data.cancelled:
        story.append(banner("INSTÄLLT – mötet blir inte av."))
    story += [text(TITLE, "title"), text(data.meeting.title, "heading"), meeting_facts(data, link=False)]
    story.append(text(count_line(data) if data.invitees else "Ingen är kallad till mötet ännu."))
    rows: list[tuple] = [
        (i.person_name, i.organisation, i.role_label, reply_label(i), SignatureLine(signature_width, 9 * mm))
        for i in data.invitees
    ]
    rows += [("", "", "", "", SignatureLine(signature_width, 9 * mm)) for _ in range(EMPTY_ROWS)]
    story.append(make_table(HEADERS, rows, WIDTHS))
    return story


def write_attendance(target: Path | BinaryIO, data: MeetingData, *, today: date | None = None,
                     page_numbers: bool = True) -> None:
    from stic_desktop.documents.meeting_layout import page_header
    from stic_desktop.documents.pdf import build_pdf

    title = f"{TITLE} – {data.meeting.group_name}" if data.meeting.group_name else TITLE
    header = page_header(data, title, today or data.meeting.meeting_date)
    build_pdf(target, attendance_story(data), header, page_numbers=page_numbers)


def attendance_bytes(data: MeetingData, **options) -> bytes:
    buffer = io.BytesIO()
    write_attendance(buffer, data, **options)
    return buffer.getvalue()
