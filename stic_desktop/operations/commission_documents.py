"""Fakturaunderlag and provisionsrapport: saved to a file (.pdf or .xlsx by its suffix), and an invoicing
basis archived as sent (the exact bytes, with the supplier). Each reads in one transaction; the archive row
is the one write, and a file saved with it holds exactly the archived bytes."""

from __future__ import annotations

from collections.abc import Generator
from datetime import date
from pathlib import Path

from stic_desktop.errors import UserError
from stic_desktop.operations import Outcome, Step
from stic_desktop.operations.files import staged_files, write_file


def export_commission_report(db, year: int, target: Path, *,
                             today: date | None = None) -> Generator[Step, None, Outcome]:
    """The year's report written to ``target``: .pdf or .xlsx by its suffix."""
    from stic_desktop.documents.commission_report import commission_report_bytes
    from stic_desktop.documents.invoicing_basis import suffix_of
    from stic_desktop.services.commission.document_data import commission_report_data

    target = Path(target)
    suffix = suffix_of(target)
    yield 0, 2, "Skapar provisionsrapporten"
    content = commission_report_bytes(commission_report_data(db, year, today=today), suffix=suffix, today=today)
    yield 1, 2, "Sparar"
    write_file(target, content)
    return Outcome(files=(target,), message=f"Sparade {target}.")


def export_invoicing_basis(db, supplier_id: int, year: int, month: int | None, target: Path, *,
                           today: date | None = None) -> Generator[Step, None, Outcome]:
    """Writes the basis to ``target``; .pdf or .xlsx by its suffix."""
    from stic_desktop.documents.invoicing_basis import invoicing_basis_bytes, suffix_of
    from stic_desktop.services.commission.document_data import invoicing_basis_data

    target = Path(target)
    suffix = suffix_of(target)
    yield 0, 2, "Skapar fakturaunderlaget"
    content = invoicing_basis_bytes(invoicing_basis_data(db, supplier_id, year, month), suffix=suffix, today=today)
    yield 1, 2, "Sparar"
    write_file(target, content)
    return Outcome(files=(target,), message=f"Sparade {target}.")


def archive_invoicing_basis(db, supplier_id: int, year: int, month: int | None = None, *, suffix: str = ".pdf",
                            target: Path | None = None, today: date | None = None) -> Generator[Step, None, Outcome]:
    """Builds the basis now and keeps the exact bytes in the archive (kind "invoicing_basis") as sent; with
    ``target`` the same bytes are saved there too (its suffix chooses the format)."""
    from stic_desktop.documents.invoicing_basis import KIND, archive_note, filename, invoicing_basis_bytes, suffix_of
    from stic_desktop.services import archive
    from stic_desktop.services.commission.document_data import invoicing_basis_data

    suffix = suffix_of(Path(target)) if target is not None else suffix_of(Path(f"x{suffix}"))
    yield 0, 2, "Skapar fakturaunderlaget"
    data = invoicing_basis_data(db, supplier_id, year, month)
    basis = data.basis
    if not basis.groups:
        raise UserError(f"{basis.supplier_name} har inga försäljningsrapporter för {basis.period_text}; det finns "
                        "inget att fakturera och inget arkiverades.")
    content = invoicing_basis_bytes(data, suffix=suffix, today=today)
    yield 1, 2, "Arkiverar"
    with staged_files() as staged:
        if target is not None:
            staged.add(Path(target), content)
        record = archive.archive_document(db, KIND, "supplier", supplier_id, filename(basis, suffix), content,
                                          note=archive_note(basis))
        files = staged.commit()
    return Outcome(changed=frozenset({"archive"}), files=files, record=record,
                   message=f"Fakturaunderlaget arkiverades ({record.filename}).")
