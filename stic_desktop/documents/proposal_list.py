"""Förslagslista: the proposals for coordinated procurements, in the working group's priority order.

Printed for the working group and attached to its agendas. It shows only what the proposal list itself
holds (rank, area, origin, status, interested municipalities and their yearly volumes): never anything from a
procurement's tenders, which stay secret until the award decision is sent.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO, Collection, Sequence

from stic_desktop.core import clock, money
from stic_desktop.services.workspace.organisation import OrganisationInfo, get_organisation
from stic_desktop.services.proposals.proposals import OPEN_STATUSES, STATUS_LABELS, ProposalRecord, list_proposals
from stic_desktop.services.proposals.links import InterestRecord, interest_records

TITLE = "Förslagslista"
EMPTY_TEXT = "Inga förslag att visa."
HEADERS = ("Rang", "Förslag", "Område", "Ursprung", "Status", "Intresserade kommuner", "Årsvolym")
WIDTHS = (0.07, 0.19, 0.1, 0.16, 0.16, 0.19, 0.13)


@dataclass(frozen=True)
class ProposalListData:
    proposals: list[ProposalRecord]
    interests: dict[int, list[InterestRecord]]
    organisation: OrganisationInfo
    statuses: tuple[str, ...] | None  # the selection printed, None for all


def load_proposal_list(db, *, statuses: Collection[str] | None = None) -> ProposalListData:
    records = list_proposals(db, statuses=statuses)
    with db.read() as session:
        found = interest_records(session, [p.id for p in records])
    chosen = None if statuses is None else tuple(s for s in STATUS_LABELS if s in set(statuses))
    return ProposalListData(records, found, get_organisation(db), chosen)


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


def _municipalities(items: list[InterestRecord]) -> str:
    return ", ".join(i.municipality_name for i in items)


def write_proposal_list(target: Path | BinaryIO, data: ProposalListData, today: date) -> None:
    from stic_desktop.documents.pdf import PageHeader, build_pdf, make_table, para, styles

    s = styles()
    story = [para(TITLE, s.title), para(summary(data.proposals, today), s.body)]
    if data.statuses is not None:
        story.append(para("Urval: " + ", ".join(STATUS_LABELS[x] for x in data.statuses) + ".", s.small))
    if data.proposals:
        rows = [
            ("" if p.priority_rank is None else str(p.priority_rank), p.title, p.area_label, p.origin_text, _status(p),
             _municipalities(data.interests.get(p.id, [])), money.format(p.total_yearly_volume_ore, decimals="auto")
             if p.interest_count else "")
            for p in data.proposals
        ]
        story.append(make_table(HEADERS, rows, WIDTHS, align_right=(0, 6)))
        total = sum(p.total_yearly_volume_ore for p in data.proposals)
        story.append(para(f"Sammanlagd uppskattad årsvolym: {money.format(total, decimals='auto')}.", s.small))
    header = PageHeader(organisation=data.organisation.name, title=TITLE, document_date=today,
                        logo=data.organisation.logo)
    build_pdf(target if not isinstance(target, (str, Path)) else Path(target), story, header)


def build_proposal_list(db, *, statuses: Collection[str] | None = None, today: date | None = None) -> bytes:
    buffer = io.BytesIO()
    write_proposal_list(buffer, load_proposal_list(db, statuses=statuses), today or clock.today())
    return buffer.getvalue()


def export_proposal_list(db, target: Path, *, statuses: Collection[str] | None = None,
                         today: date | None = None) -> Path:
    """The proposal list written to ``target`` (whole or not at all); returns the path written."""
    target = Path(target)
    write_proposal_list(target, load_proposal_list(db, statuses=statuses), today or clock.today())
    return target


def attach_proposal_list(db, agenda_item_id: int, *, statuses: Collection[str] | None = OPEN_STATUSES,
                         today: date | None = None) -> None:
    """Attaches today's list (open proposals unless told otherwise) to an agenda item, for the meeting pack."""
    from stic_desktop.services.meetings.attachments import add_attachment

    day = today or clock.today()
    data = build_proposal_list(db, statuses=statuses, today=day)
    add_attachment(db, agenda_item_id, f"{TITLE} {day.isoformat()}.pdf", data)
