"""Registerutdrag (GDPR art. 15) saved to a file: everything stored about one person, read in one
transaction and written as .json or .pdf, whole or not at all. Nothing is recorded."""

from __future__ import annotations

from collections.abc import Generator
from datetime import date
from pathlib import Path

from stic_desktop.operations import Outcome, Step
from stic_desktop.operations.files import write_file


def export_person_data(db, person_id: int, target: Path, *,
                       today: date | None = None) -> Generator[Step, None, Outcome]:
    """The register extract of one person written as .json (UTF-8) or .pdf, by the file's suffix."""
    from stic_desktop.documents.person_data import extract_suffix, person_data_bytes
    from stic_desktop.services.people.document_data import register_extract_data

    target = Path(target)
    suffix = extract_suffix(target)
    yield 0, 2, "Läser allt som finns lagrat om personen"
    content = person_data_bytes(register_extract_data(db, person_id, readable=suffix == ".pdf"), suffix=suffix, today=today)
    yield 1, 2, "Sparar registerutdraget"
    write_file(target, content)
    return Outcome(files=(target,), message=f"Sparade {target}.")
