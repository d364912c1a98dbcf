"""Mötespaket: one pack to a file, or one per invitee into a folder.

The meeting and its attached PDFs are read in one transaction; the shared parts are made once; each pack
is written under a temporary name (a set of per-participant packs into a temporary folder inside the
chosen one) and moved into place only when all are done. Cancelling leaves no pack behind. Nothing is
recorded in the database.
"""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path

from stic_desktop.errors import UserError
from stic_desktop.operations import Outcome, Step
from stic_desktop.operations.files import staged_files, temporary_folder_in


def build_meeting_pack(db, meeting_id: int, target: Path, *,
                       participant_id: int | None = None) -> Generator[Step, None, Outcome]:
    """One pack written to ``target``; ``participant_id`` (an invitee's id) puts "Till: <namn>" on the cover."""
    from stic_desktop.documents.meeting_pack import STEPS_PER_PACK, assemble_pack, prepare_parts, recipient_name
    from stic_desktop.services.meetings.document_data import meeting_pack_data

    target = Path(target)
    pack = meeting_pack_data(db, meeting_id)
    recipient = recipient_name(pack.data, participant_id)
    with staged_files() as staged:
        parts = yield from prepare_parts(pack.data, pack.files)
        total = 3 + len(parts.attachments) + STEPS_PER_PACK
        staged.add(target, (yield from assemble_pack(parts, recipient, total - STEPS_PER_PACK, total)))
        files = staged.commit()
    yield total, total, "Klart"
    return Outcome(files=files, message=f"Sparade {target}.")


def build_meeting_packs(db, meeting_id: int, target: Path, *,
                        per_participant: bool = False) -> Generator[Step, None, Outcome]:
    """One pack to ``target``, or one per invitee into the folder ``target``."""
    from stic_desktop.documents.meeting_pack import STEPS_PER_PACK, assemble_pack, pack_filename, prepare_parts
    from stic_desktop.services.meetings.document_data import meeting_pack_data

    target = Path(target)
    if not per_participant:
        return (yield from build_meeting_pack(db, meeting_id, target))
    if target.exists() and not target.is_dir():
        raise UserError(f"{target} är en fil. Ange en mapp för mötespaketen.")
    if not target.parent.is_dir():
        raise UserError(f"Mappen {target.parent} finns inte. Inget sparades.")
    pack = meeting_pack_data(db, meeting_id)
    invitees = pack.data.invitees
    if not invitees:
        raise UserError("Ingen är kallad till mötet, så det finns inga deltagare att göra mötespaket till.")
    created = not target.exists()
    target.mkdir(exist_ok=True)
    try:
        with staged_files(temporary_folder_in(target)) as staged:
            parts = yield from prepare_parts(pack.data, pack.files, extra_steps=STEPS_PER_PACK * len(invitees))
            total = 3 + len(parts.attachments) + STEPS_PER_PACK * len(invitees)
            taken: set[str] = set()
            day = pack.data.meeting.meeting_date.isoformat()
            for index, invitee in enumerate(invitees):
                path = target / pack_filename(day, invitee.person_name, taken)
                done = 3 + len(parts.attachments) + STEPS_PER_PACK * index
                staged.add(path, (yield from assemble_pack(parts, invitee.person_name, done, total)))
            files = staged.commit()
    except BaseException:  # cancelled (GeneratorExit) or failed: a folder made for the packs goes too
        if created:
            try:
                target.rmdir()
            except OSError:
                pass
        raise
    yield total, total, "Klart"
    return Outcome(files=files, message=f"Sparade {len(files)} mötespaket i {target}.")
