"""Dagordning: the numbered items with their computed start times, kind, presenter, duration, description,
proposed decision and attached files, then the open action items of earlier meetings ("Uppföljning").

``write_agenda`` is pure; ``export_agenda`` reads the meeting and writes it. Items are laid out as
flowing paragraphs, not table rows, so a long description can run over a page break.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from stic_desktop.core import dates
from stic_desktop.documents.meeting_common import pages_text

if TYPE_CHECKING:
    from stic_desktop.services.meetings.agenda import AgendaItemRecord
    from stic_desktop.services.meetings.document_data import MeetingData

TITLE = "Dagordning"
FOLLOW_UP_TITLE = "Uppföljning av åtgärder från tidigare möten"
FOLLOW_UP_HEADERS = ("Åtgärd", "Ansvarig", "Klart senast", "Beslutad")
FOLLOW_UP_WIDTHS = (5, 2.2, 1.6, 2.2)

PageRecorder = Callable[[object, int], None]


def attachment_list(item: AgendaItemRecord) -> str:
    return ", ".join(f"{a.filename} ({pages_text(a.page_count)})" for a in item.attachments)


def _item_flowables(number: int, item: AgendaItemRecord, record: PageRecorder | None) -> list:
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    from stic_desktop.documents.meeting_layout import PageMark, keep, labelled, style
    from stic_desktop.documents.pdf import FONT_BOLD, FRAME_WIDTH, MUTED, RULE, para_text

    indent = 16 * mm
    time_style = style("agenda_time", fontName=FONT_BOLD, spaceAfter=0)
    title_style = style("agenda_title", fontName=FONT_BOLD, fontSize=11, leading=14, spaceAfter=0)
    side_style = style("agenda_side", parent="small", alignment=TA_RIGHT, spaceAfter=0)
    body_style = style("agenda_body", leftIndent=indent, spaceAfter=3)
    meta_style = style("agenda_meta", parent="small", leftIndent=indent, spaceAfter=3, textColor=MUTED)
    side = f"{item.kind_label}<br/>{item.duration_minutes} min"
    head = Table([[Paragraph(dates.clock(item.starts_at), time_style),
                   Paragraph(f"{number}. {para_text(item.title)}", title_style), Paragraph(side, side_style)]],
                 colWidths=[indent, FRAME_WIDTH - indent - 28 * mm, 28 * mm], hAlign="LEFT")
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 5),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 3), ("LINEABOVE", (0, 0), (-1, 0), 0.4, RULE)]))
    first = [head]
    if record is not None:
        first.insert(0, PageMark(item.id, record))
    if item.presenter_name:
        first.append(labelled("Föredragande:", item.presenter_name, meta_style))
    rest = []
    if item.description:
        rest.append(Paragraph(para_text(item.description), body_style))
    if item.proposed_decision:
        rest.append(labelled("Förslag till beslut:", item.proposed_decision, body_style))
    if item.attachments:
        rest.append(labelled("Bilagor:", attachment_list(item), meta_style))
    # The heading never stays alone at the foot of a page: it keeps the first paragraph with it.
    return [keep(*first, *rest[:1]), *rest[1:]]


def follow_up_table(data: MeetingData):
    from stic_desktop.documents.pdf import make_table

    rows = []
    for action in data.follow_ups:
        # One date style per table (ISO, like the due date); "§ 12" never splits across lines.
        decided = action.meeting_date.isoformat() + (f", §\u00a0{action.paragraph}" if action.paragraph else "")
        rows.append((action.description, action.responsible_name or "–",
                     action.due_date.isoformat() if action.due_date else "–", decided))
    table = make_table(FOLLOW_UP_HEADERS, rows, FOLLOW_UP_WIDTHS)
    table.splitInRow = 1  # a very long description may continue on the next page
    return table


def agenda_story(data: MeetingData, record: PageRecorder | None = None) -> list:
    from stic_desktop.documents.meeting_layout import banner, keep, meeting_facts, text

    story: list = []
    if data.cancelled:
        story.append(banner("INSTÄLLT – mötet blir inte av."))
    story += [text(TITLE, "title"), text(data.meeting.title, "heading"), meeting_facts(data)]
    if not data.items:
        story.append(text("Dagordningen har inga punkter ännu."))
    for number, item in enumerate(data.items, start=1):
        story += _item_flowables(number, item, record)
    if data.items:
        # Never alone on a page: the expected end stays with the end of the last item.
        story.append(keep(story.pop(), text(f"Beräknat slut {dates.at(data.expected_end)}.", "small")))
    if data.follow_ups:
        story += [text(FOLLOW_UP_TITLE, "heading"), follow_up_table(data)]
    return story


def write_agenda(target: Path | BinaryIO, data: MeetingData, *, today: date | None = None,
                 page_numbers: bool = True, record: PageRecorder | None = None) -> None:
    """The agenda as an A4 PDF; ``record(item_id, page)`` is told the page each item starts on."""
    from stic_desktop.documents.meeting_layout import page_header
    from stic_desktop.documents.pdf import build_pdf

    title = f"{TITLE} – {data.meeting.group_name}" if data.meeting.group_name else TITLE
    header = page_header(data, title, today or data.meeting.meeting_date)
    build_pdf(target, agenda_story(data, record), header, page_numbers=page_numbers)


def agenda_bytes(data: MeetingData, **options) -> bytes:
    buffer = io.BytesIO()
    write_agenda(buffer, data, **options)
    return buffer.getvalue()
