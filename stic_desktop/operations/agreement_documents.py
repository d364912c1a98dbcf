"""Ramavtal and avtalssammanfattning: saved to a file, or archived as sent (the exact bytes, with the
agreement). The agreement is read in one transaction; the archive row is the one write."""

from __future__ import annotations

from collections.abc import Generator
from datetime import date
from pathlib import Path

from stic_desktop.operations import Outcome, Step
from stic_desktop.operations.files import write_file

KINDS = ("agreement", "summary")


def render(db, kind: str, agreement_id: int, *, today: date | None = None) -> tuple[bytes, str, str]:
    """(PDF, archive file name, archive note) for ``kind`` as it reads on ``today`` (default: today)."""
    from stic_desktop.services.agreements.document_data import agreement_document_data, rate_in_force
    from stic_desktop.services.transaction import one_read

    if kind == "agreement":
        from stic_desktop.documents.agreement_doc import TITLE, agreement_bytes, filename

        with one_read(db) as snapshot:
            data = agreement_document_data(snapshot, agreement_id, today=today)
            rate = rate_in_force(snapshot, data)
        return (agreement_bytes(data, rate), filename(TITLE, data.agreement.agreement_number),
                f"Ramavtalet skickat {data.today.isoformat()}")
    if kind == "summary":
        from stic_desktop.documents.agreement_summary import agreement_summary_bytes, summary_filename

        data = agreement_document_data(db, agreement_id, today=today)
        return (agreement_summary_bytes(data), summary_filename(data),
                f"Avtalssammanfattningen skickad till kommunerna {data.today.isoformat()}")
    raise ValueError(f"unknown agreement document {kind!r}")


def export_agreement_document(db, kind: str, agreement_id: int, target: Path, *,
                              today: date | None = None) -> Generator[Step, None, Outcome]:
    """``kind`` ("agreement" or "summary") written to ``target``."""
    target = Path(target)
    yield 0, 2, "Skapar dokumentet"
    content, _name, _note = render(db, kind, agreement_id, today=today)
    yield 1, 2, "Sparar"
    write_file(target, content)
    return Outcome(files=(target,), message=f"Sparade {target}.")


def archive_agreement_document(db, kind: str, agreement_id: int, *,
                               today: date | None = None) -> Generator[Step, None, Outcome]:
    """Builds ``kind`` now and keeps the exact bytes in the archive as sent."""
    from stic_desktop.documents import agreement_doc, agreement_summary
    from stic_desktop.services import archive
    from stic_desktop.services.agreements import agreements

    archive_kind = agreement_doc.ARCHIVE_KIND if kind == "agreement" else agreement_summary.ARCHIVE_KIND
    yield 0, 2, "Skapar dokumentet"
    content, name, note = render(db, kind, agreement_id, today=today)
    yield 1, 2, "Arkiverar"
    record = archive.archive_document(db, archive_kind, agreements.ENTITY, agreement_id, name, content, note)
    return Outcome(changed=frozenset({"archive"}), record=record, message=f"{name} arkiverades.")
