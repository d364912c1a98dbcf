"""The PDF pieces the meeting documents share: header, fact table, banners, signature lines, page marks.

Built on ``documents.pdf`` (font, escaping, house colours); every user value goes through ``para_text``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from stic_desktop.core import dates
from stic_desktop.documents.pdf import FONT, FONT_BOLD, FRAME_WIDTH, INK, MUTED, PageHeader, para_text, styles

if TYPE_CHECKING:
    from stic_desktop.services.meetings.document_data import MeetingData

WARNING_INK = colors.HexColor("#b42318")
WARNING_FILL = colors.HexColor("#fdecea")
LABEL_WIDTH = 38 * mm


def page_header(data: MeetingData, title: str, document_date: date) -> PageHeader:
    """The house header with the meeting's case number (diarienummer) when it has one."""
    return PageHeader(organisation=data.organisation.name, title=title, document_date=document_date,
                      logo=data.organisation.logo, case_number=data.meeting.case_number or None,
                      reference=f"möte {data.meeting.starts_at:%Y-%m-%d}")


def style(name: str, **changes) -> ParagraphStyle:
    """A variant of a shared style (the shared ones must not be changed in place)."""
    base = getattr(styles(), changes.pop("parent", "body"))
    return ParagraphStyle(name, parent=base, **changes)


def text(value: object, style_name: str = "body") -> Paragraph:
    """User text in one of the shared styles, escaped."""
    return Paragraph(para_text(value), getattr(styles(), style_name))


def labelled(label: str, value: object, paragraph_style: ParagraphStyle | None = None) -> Paragraph:
    """``<b>Förslag till beslut:</b> user text``: our label in bold, the user's text escaped."""
    return Paragraph(f"<b>{para_text(label)}</b> {para_text(value)}", paragraph_style or styles().body)


def facts(rows: Sequence[tuple[str, object]]) -> Table:
    """Label/value lines (Grupp, Tid, Plats, ...) without a table look; empty values are left out."""
    label_style = style("fact_label", fontName=FONT_BOLD, textColor=MUTED, spaceAfter=0)
    value_style = style("fact_value", spaceAfter=0)
    data = [[Paragraph(para_text(label), label_style), Paragraph(para_text(value), value_style)]
            for label, value in rows if value not in (None, "")]
    table = Table(data or [["", ""]], colWidths=[LABEL_WIDTH, FRAME_WIDTH - LABEL_WIDTH], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    table.spaceAfter = 8
    return table


def meeting_facts(data: MeetingData, *, link: bool = True) -> Table:
    meeting = data.meeting
    return facts([
        ("Grupp", meeting.group_name),
        ("Mötestyp", meeting.kind_label),
        ("Tid", dates.meeting_time(meeting.starts_at, meeting.ends_at)),
        ("Plats", meeting.location),
        ("Digitalt deltagande", meeting.online_link if link else ""),
    ])


def banner(message: str) -> Table:
    """A boxed warning in red (UTKAST, INSTÄLLT) that cannot be missed on the page or in a copy."""
    paragraph = Paragraph(para_text(message), style("banner", fontName=FONT_BOLD, fontSize=13, leading=16,
                                                    textColor=WARNING_INK, spaceAfter=0))
    table = Table([[paragraph]], colWidths=[FRAME_WIDTH], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.2, WARNING_INK),
        ("BACKGROUND", (0, 0), (-1, -1), WARNING_FILL),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    table.spaceAfter = 10
    return table


class SignatureLine(Flowable):
    """Room to sign and the line to sign on (the närvarolista column, the minutes' signatures)."""

    def __init__(self, width: float, height: float = 11 * mm) -> None:
        super().__init__()
        self.width, self.height = width, height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.6)
        self.canv.line(0, 1.5, self.width, 1.5)
        self.canv.restoreState()


class PageMark(Flowable):
    """Takes no room; notes the page it lands on, so the meeting pack can bookmark an agenda item."""

    def __init__(self, key: object, record: Callable[[object, int], None]) -> None:
        super().__init__()
        self.key, self.record = key, record
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.record(self.key, self.canv.getPageNumber())


def signature_block(name: str, role: str, width: float) -> list[Flowable]:
    """A signature line with the printed name and the role under it."""
    return [
        Spacer(1, 9 * mm),
        SignatureLine(width, 2 * mm),
        Paragraph(para_text(name) or "&nbsp;", style("signature_name", spaceAfter=0)),
        Paragraph(para_text(role), style("signature_role", parent="small", spaceAfter=0)),
    ]


def signature_grid(people: Sequence[tuple[str, str]], columns: int = 2) -> Table:
    """Signature blocks two per row, kept together on one page."""
    gap = 12 * mm
    width = (FRAME_WIDTH - gap * (columns - 1)) / columns
    cells = [signature_block(name, role, width) for name, role in people]
    rows = [cells[i:i + columns] for i in range(0, len(cells), columns)]
    if rows and len(rows[-1]) < columns:
        rows[-1] += [""] * (columns - len(rows[-1]))
    widths = [w for i in range(columns) for w in ((width, gap) if i < columns - 1 else (width,))]
    spaced = [[c for i, cell in enumerate(row) for c in ((cell, "") if i < columns - 1 else (cell,))] for row in rows]
    table = Table(spaced or [[""]], colWidths=widths if spaced else [FRAME_WIDTH], hAlign="LEFT")
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return table


def keep(*flowables: Flowable) -> KeepTogether:
    """The flowables on one page. A KeepTogether among them is opened up: reportlab reports a nested one
    as infinitely tall, which pushes the whole group to a new page even when it would fit."""
    content: list[Flowable] = []
    for flowable in flowables:
        content += flowable._content if isinstance(flowable, KeepTogether) else [flowable]
    return KeepTogether(content)


def numbered(lines: Sequence[str], style_name: str = "body") -> list[Paragraph]:
    """``1. Mötets öppnande`` with the number hanging in the margin, so wrapped titles line up."""
    numbered_style = style(f"numbered_{style_name}", parent=style_name, leftIndent=8 * mm, bulletIndent=0,
                           bulletFontName=FONT, spaceAfter=1.5)
    return [Paragraph(para_text(line), numbered_style, bulletText=f"{index}.")
            for index, line in enumerate(lines, start=1)]
