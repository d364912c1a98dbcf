"""The sales-report template for one supplier and month, saved to a file: the agreements and municipalities
read in one transaction, the workbook written whole or not at all. Nothing is recorded."""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path

from stic_desktop.operations import Outcome, Step
from stic_desktop.operations.files import write_file


def export_sales_template(db, supplier_id: int, period: str, target: Path) -> Generator[Step, None, Outcome]:
    """The template for one supplier and month (``YYYY-MM``) written to ``target``; UserError when nothing
    applies."""
    from stic_desktop.documents.sales_template import sales_template_bytes
    from stic_desktop.services.commission.document_data import sales_template_data

    target = Path(target)
    yield 0, 2, "Läser leverantörens avtal"
    content = sales_template_bytes(sales_template_data(db, supplier_id, period))
    yield 1, 2, "Sparar mallen"
    write_file(target, content)
    return Outcome(files=(target,), message=f"Sparade {target}.")
