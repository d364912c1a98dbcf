"""Lägesrapport för upphandlingar: one row per running procurement for a steering-group meeting (case
number, title, stage, next deadline, participants, estimated value), with counts per stage on top.

Tender contents stay secret until the award decision is sent (OSL 19 kap. 3 §): a supplier is named only
for a procurement whose award decision has been sent (``services.procurement.document_data`` reads them
through ``tenders.public_results``).
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from stic_desktop.core import money

if TYPE_CHECKING:
    from stic_desktop.services.procurement.document_data import ProcurementReportData
    from stic_desktop.services.procurement.procurements import ProcurementRecord

TITLE = "Lägesrapport – upphandlingar"
HEADERS = ("Upphandling", "Steg", "Nästa tidsfrist", "Kom\xadmuner", "Uppskattat värde", "Leverantör")
WIDTHS = (100, 85, 84, 42, 86, 96)  # points: "Tilldelningsbeslut", "1 234 567 890 kr", "Läromedelsförlaget" fit whole


def deadline_text(record: ProcurementRecord) -> str:
    """``2026-12-01 Sista anbudsdag``, with "(försenad)" when the planned date has passed."""
    if record.next_deadline is None:
        return "–"
    text = f"{record.next_deadline.isoformat()}\n{record.next_deadline_label}"
    return f"{text} (försenad)" if record.overdue else text


def report_story(running: Sequence[ProcurementRecord], suppliers: Mapping[int, Sequence[str]],
                 stages: Sequence[tuple[str, str]], today: date) -> list:
    from reportlab.platypus import Paragraph

    from stic_desktop.core import dates
    from stic_desktop.documents.meeting_layout import WARNING_INK, facts, style, text
    from stic_desktop.documents.pdf import make_table, para_text, styles

    story = [text("Lägesrapport", "title"), text(f"Pågående upphandlingar den {dates.long_date(today)}", "heading")]
    if not running:
        return story + [text("Det finns inga pågående upphandlingar.")]
    order = [stage for stage, _label in stages]
    counts = [(label, sum(1 for r in running if r.stage == stage)) for stage, label in stages]
    total = sum(r.estimated_value_ore for r in running)
    story.append(facts([(label, str(n)) for label, n in counts if n]
                       + [("Totalt", f"{len(running)} upphandlingar, uppskattat värde {money.format(total, decimals='never')}")]))
    story.append(text("Leverantörer anges först när tilldelningsbeslutet har skickats (19 kap. 3 § OSL).", "small"))
    late_style = style("report_late", parent="cell", textColor=WARNING_INK)
    rows = []
    for record in sorted(running, key=lambda r: (order.index(r.stage) if r.stage in order else len(order),
                                                   r.case_number)):
        deadline = (Paragraph(para_text(deadline_text(record)), late_style) if record.overdue
                    else deadline_text(record))
        title = Paragraph(f"<b>{para_text(record.case_number)}</b><br/>{para_text(record.title)}", styles().cell)
        rows.append((title, record.stage_label, deadline, str(record.participant_count),
                     money.format(record.estimated_value_ore, decimals="never"), "\n".join(suppliers.get(record.id, [])) or "–"))
    story += [text("Upphandlingar", "heading"), make_table(HEADERS, rows, WIDTHS, align_right=(3, 4))]
    return story


def write_procurement_report(target: Path | BinaryIO, data: ProcurementReportData, *,
                             today: date | None = None) -> None:
    from stic_desktop.documents.opening_record import write_document
    from stic_desktop.documents.pdf import PageHeader

    today = today or data.today
    organisation = data.organisation
    page_header = PageHeader(organisation=organisation.name, title=TITLE, document_date=today,
                             logo=organisation.logo)
    write_document(target, report_story(data.running, data.suppliers, data.stages, today), page_header, secret=False)


def procurement_report_bytes(data: ProcurementReportData, *, today: date | None = None) -> bytes:
    buffer = io.BytesIO()
    write_procurement_report(buffer, data, today=today)
    return buffer.getvalue()
