"""Förslagslista: saved to a file, or attached to an agenda item for the meeting pack. The proposals are
read in one transaction; the file is written whole or not at all, and the attachment is the one write."""

from __future__ import annotations

from collections.abc import Collection, Generator
from datetime import date
from pathlib import Path

from stic_desktop.core import clock
from stic_desktop.operations import Outcome, Step
from stic_desktop.operations.files import write_file
from stic_desktop.services.proposals.proposals import OPEN_STATUSES


def export_proposal_list(db, target: Path, *, statuses: Collection[str] | None = None,
                         today: date | None = None) -> Generator[Step, None, Outcome]:
    """The proposal list (only ``statuses`` if given) written to ``target``."""
    from stic_desktop.documents.proposal_list import proposal_list_bytes
    from stic_desktop.services.proposals.document_data import proposal_list_data

    target = Path(target)
    yield 0, 2, "Läser förslagen"
    content = proposal_list_bytes(proposal_list_data(db, statuses=statuses), today=today)
    yield 1, 2, "Sparar förslagslistan"
    write_file(target, content)
    return Outcome(files=(target,), message=f"Sparade {target}.")


def attach_proposal_list(db, agenda_item_id: int, *, statuses: Collection[str] | None = OPEN_STATUSES,
                         today: date | None = None) -> Generator[Step, None, Outcome]:
    """Attaches today's list (open proposals unless told otherwise) to an agenda item, for the meeting pack."""
    from stic_desktop.documents.proposal_list import attachment_name, proposal_list_bytes
    from stic_desktop.services.meetings.attachments import add_attachment
    from stic_desktop.services.proposals.document_data import proposal_list_data

    day = today or clock.today()
    yield 0, 2, "Läser förslagen"
    content = proposal_list_bytes(proposal_list_data(db, statuses=statuses), today=day)
    yield 1, 2, "Bifogar förslagslistan"
    record = add_attachment(db, agenda_item_id, attachment_name(day), content)
    return Outcome(changed=frozenset({"meeting"}), record=record, message=f"{record.filename} bifogades.")
