"""Förslagslista: the proposals for coordinated procurements, in the working group's priority order.

Printed for the working group and attached to its agendas. It shows only what the proposal list itself
holds (rank, area, origin, status, interested municipalities and their yearly volumes): never anything from a
procurement's tenders, which stay secret until the award decision is sent.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, BinaryIO

from stic_desktop.core import money

if TYPE_CHECKING:
    from stic_desktop.services.proposals.document_data import ProposalListData
    from stic_desktop.services.proposals.links import InterestRecord
    from stic_desktop.services.proposals.proposals import ProposalRecord

TITLE = "Förslagslista"
EMPTY_TEXT = "Inga förslag att visa."
HEADERS = ("Rang", "Förslag", "Område", "Ursprung", "Status", "Intresserade kommuner", "Årsvolym")
WIDTHS = (0.07, 0.19, 0.1, 0.16, 0.16, 0.16, 0.16)  # the volume column holds "142 110 000 kr" whole


def summary(records: Sequence[ProposalRecord], today: date) -> str:
    """E.g. "Per 4 mars 2026: 12 förslag, varav 3 prioriterade"."""
    from stic_desktop.core import dates

    if not records:
        return EMPTY_TEXT
    ranked = sum(1 for p in records if p.priority_rank is not None)
    text = f"Per {dates.long_date(today)}: {len(records)} förslag"
    return text + (f", varav {ranked} med rang i arbetsgruppens prioritering." if ranked else ".")


def _status(record: ProposalRecord) -> str:
    if record.procurement_case_number:
        return f"{record.status_label}\n{record.procurement_case_number}"
    return record.status_label


def _municipalities(items: Sequence[InterestRecord]) -> str:
    return ", ".join(i.municipality_name for i in items)


def write_proposal_list(output: BinaryIO, data: ProposalListData, today: date) -> None:
    from stic_desktop.documents.pdf import PageHeader, build_pdf, make_table, para, styles

    s = styles()
    story = [para(TITLE, s.title), para(summary(data.proposals, today), s.body)]
    if data.selection is not None:
        story.append(para("Urval: " + ", ".join(data.selection) + ".", s.small))
    if data.proposals:
        rows = [
            ("" if p.priority_rank is None else str(p.priority_rank), p.title, p.area_label, p.origin_text, _status(p),
             _municipalities(data.interests.get(p.id, ())), money.format(p.total_yearly_volume_ore, decimals="auto")
             if p.interest_count else "")
            for p in data.proposals
        ]
        story.append(make_table(HEADERS, rows, WIDTHS, align_right=(0, 6)))
        total = sum(p.total_yearly_volume_ore for p in data.proposals)
        story.append(para(f"Sammanlagd uppskattad årsvolym: {money.format(total, decimals='auto')}.", s.small))
    header = PageHeader(organisation=data.organisation.name, title=TITLE, document_date=today,
                        logo=data.organisation.logo)
    build_pdf(output, story, header)


def proposal_list_bytes(data: ProposalListData, *, today: date | None = None) -> bytes:
    """The proposal list as a PDF."""
    buffer = io.BytesIO()
    write_proposal_list(buffer, data, today or data.today)
    return buffer.getvalue()


def attachment_name(today: date) -> str:
    """The list's file name on an agenda item, e.g. "Förslagslista 2026-03-04.pdf"."""
    return f"{TITLE} {today.isoformat()}.pdf"
