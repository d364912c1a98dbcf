"""Lägesrapport för upphandlingar: one row per running procurement for a steering-group meeting (case
number, title, stage, next deadline, participants, estimated value), with counts per stage on top.

Tender contents stay secret until the award decision is sent (OSL 19 kap. 3 §): a supplier is named only
for a procurement whose award decision has been sent, read through ``tenders.public_results``.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import BinaryIO

from stic_desktop.core import money
from stic_desktop.services.procurement import procurements, tenders
from stic_desktop.services.workspace.organisation import get_organisation
from stic_desktop.services.procurement.procurements import STAGE_LABELS, STAGES, ProcurementRecord

TITLE = "Lägesrapport – upphandlingar"
HEADERS = ("Upphandling", "Steg", "Nästa tidsfrist", "Kom\xadmuner", "Uppskattat värde", "Leverantör")
WIDTHS = (118, 85, 84, 42, 86, 78)  # points: "Tilldelningsbeslut" and "1 234 567 890 kr" fit on one line


def awarded_suppliers(db, running: list[ProcurementRecord]) -> dict[int, list[str]]:
    """Awarded supplier names, only for procurements whose award decision is sent."""
    return {p.id: [t.supplier_name for t in tenders.public_results(db, p.id) if t.awarded]
            for p in running if p.award_sent}


def deadline_text(record: ProcurementRecord) -> str:
    """``2026-12-01 Sista anbudsdag``, with "(försenad)" when the planned date has passed."""
    if record.next_deadline is None:
        return "–"
    text = f"{record.next_deadline.isoformat()}\n{record.next_deadline_label}"
    return f"{text} (försenad)" if record.overdue else text


def _order(record: ProcurementRecord) -> tuple:
    return (STAGES.index(record.stage) if record.stage in STAGES else len(STAGES), record.case_number)


def report_story(running: list[ProcurementRecord], suppliers: dict[int, list[str]], today: date) -> list:
    from reportlab.platypus import Paragraph

    from stic_desktop.documents.meeting_layout import WARNING_INK, facts, style, text
    from stic_desktop.core import dates
    from stic_desktop.documents.pdf import make_table, para_text, styles

    story = [text("Lägesrapport", "title"), text(f"Pågående upphandlingar den {dates.long_date(today)}", "heading")]
    if not running:
        return story + [text("Det finns inga pågående upphandlingar.")]
    counts = [(STAGE_LABELS[s], sum(1 for r in running if r.stage == s)) for s in STAGES]
    total = sum(r.estimated_value_ore for r in running)
    story.append(facts([(label, str(n)) for label, n in counts if n]
                       + [("Totalt", f"{len(running)} upphandlingar, uppskattat värde {money.format(total, decimals='never')}")]))
    story.append(text("Leverantörer anges först när tilldelningsbeslutet har skickats (19 kap. 3 § OSL).", "small"))
    late_style = style("report_late", parent="cell", textColor=WARNING_INK)
    rows = []
    for record in sorted(running, key=_order):
        deadline = (Paragraph(para_text(deadline_text(record)), late_style) if record.overdue
                    else deadline_text(record))
        title = Paragraph(f"<b>{para_text(record.case_number)}</b><br/>{para_text(record.title)}", styles().cell)
        rows.append((title, record.stage_label, deadline, str(record.participant_count),
                     money.format(record.estimated_value_ore, decimals="never"), "\n".join(suppliers.get(record.id, [])) or "–"))
    story += [text("Upphandlingar", "heading"), make_table(HEADERS, rows, WIDTHS, align_right=(3, 4))]
    return story


def write_procurement_report(target: Path | BinaryIO, db, *, today: date | None = None) -> None:
    from stic_desktop.documents.opening_record import write_document
    from stic_desktop.documents.pdf import PageHeader

    today = today or date.today()
    running = procurements.list_procurements(db, running_only=True)
    organisation = get_organisation(db)
    page_header = PageHeader(organisation=organisation.name, title=TITLE, document_date=today,
                             logo=organisation.logo)
    write_document(target, report_story(running, awarded_suppliers(db, running), today), page_header, secret=False)


def procurement_report_bytes(db, *, today: date | None = None) -> bytes:
    buffer = io.BytesIO()
    write_procurement_report(buffer, db, today=today)
    return buffer.getvalue()


def export_procurement_report(db, target: Path, *, today: date | None = None) -> Path:
    target = Path(target)
    write_procurement_report(target, db, today=today)
    return target
