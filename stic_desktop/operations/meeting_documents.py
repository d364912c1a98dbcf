"""Spara kallelse, dagordning, närvarolista, protokoll or kalenderfil: the meeting read in one transaction,
rendered, and written to the chosen file whole or not at all. Nothing is recorded."""

from __future__ import annotations

from collections.abc import Generator
from datetime import date
from pathlib import Path

from stic_desktop.errors import NotFound
from stic_desktop.operations import Outcome, Step
from stic_desktop.operations.files import write_file

KINDS = ("invitation", "invitation-letters", "agenda", "attendance", "minutes", "ics")


def render(data, kind: str, *, recipient: str | None = None, substitute: str = "",
           today: date | None = None) -> bytes:
    """One meeting document as bytes (the renderers load reportlab or icalendar on first use);
    "invitation-letters" is one invitation per invitee, each naming the recipient and their substitute."""
    if kind == "invitation":
        from stic_desktop.documents.invitation import invitation_bytes

        return invitation_bytes(data, recipient=recipient, substitute=substitute, today=today)
    if kind == "invitation-letters":
        from stic_desktop.documents.invitation import letters_bytes

        return letters_bytes(data, today=today)
    if kind == "agenda":
        from stic_desktop.documents.agenda_doc import agenda_bytes

        return agenda_bytes(data, today=today)
    if kind == "attendance":
        from stic_desktop.documents.attendance import attendance_bytes

        return attendance_bytes(data, today=today)
    if kind == "minutes":
        from stic_desktop.documents.minutes_doc import minutes_bytes

        return minutes_bytes(data, today=today)
    if kind == "ics":
        from stic_desktop.documents.ics import calendar_bytes

        return calendar_bytes(data)
    raise ValueError(f"unknown meeting document {kind!r}")


def export_meeting_document(db, meeting_id: int, kind: str, target: Path, *, invitee_id: int | None = None,
                            today: date | None = None) -> Generator[Step, None, Outcome]:
    """``kind`` (one of ``KINDS``) written to ``target``; an invitation with ``invitee_id`` is addressed
    to that invitee ("Till: <namn>")."""
    from stic_desktop.services.meetings.document_data import meeting_document_data, minutes_document_data

    if kind not in KINDS:
        raise ValueError(f"unknown meeting document {kind!r}")
    target = Path(target)
    yield 0, 3, "Läser mötet"
    data = (minutes_document_data if kind == "minutes" else meeting_document_data)(db, meeting_id)
    recipient, substitute = None, ""
    if invitee_id is not None:
        match = [i for i in data.invitees if i.id == invitee_id]
        if not match:
            raise NotFound(f"Mötet har ingen kallad person med id {invitee_id}.")
        recipient, substitute = match[0].person_name, data.substitute_for(match[0])
    yield 1, 3, "Skapar dokumentet"
    content = render(data, kind, recipient=recipient, substitute=substitute, today=today)
    yield 2, 3, "Sparar"
    write_file(target, content)
    return Outcome(files=(target,), message=f"Sparade {target}.")


def export_minutes_extract(db, meeting_id: int, paragraph: int, target: Path) -> Generator[Step, None, Outcome]:
    """Protokollsutdrag: § ``paragraph`` of the minutes with the certification (utdragsbestyrkande)."""
    from stic_desktop.documents.minutes_extract import extract_bytes
    from stic_desktop.services.meetings.document_data import minutes_extract_data

    target = Path(target)
    yield 0, 3, "Läser mötet"
    data, item = minutes_extract_data(db, meeting_id, paragraph)
    yield 1, 3, "Skapar utdraget"
    content = extract_bytes(data, item)
    yield 2, 3, "Sparar"
    write_file(target, content)
    return Outcome(files=(target,), message=f"Sparade {target}.")
