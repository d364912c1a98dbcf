"""The shared base of every PDF the program makes: font, safe text, page header and footer, styles, tables.

Each document module (member list, invitation, minutes, ...) builds a list of platypus flowables with the
helpers here and hands it to ``build_pdf``; the look of headers, footers and tables is decided once, here.
reportlab is imported with this module, which is only imported when a document is made.
"""

from __future__ import annotations

import io
import re
import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache, partial
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle

from stic_desktop.core import dates
from stic_desktop.documents.output import atomic_target
from stic_desktop.paths import resource

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 34 * mm  # room for the page header drawn above the frame
MARGIN_BOTTOM = 20 * mm
FOOTER_TEXT_Y = 10 * mm  # the footer's baseline ("Sida N av M"): nothing is drawn nearer the page's edge
FOOTER_RULE_Y = 14 * mm
SIGNATURE_BOX_WIDTH, SIGNATURE_BOX_HEIGHT = 62 * mm, 8 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b7a")
RULE = colors.HexColor("#9aa5b1")
HEADER_FILL = colors.HexColor("#dde6ee")
ZEBRA_FILL = colors.HexColor("#f3f6f9")
LOGO_MAX_WIDTH, LOGO_MAX_HEIGHT = 40 * mm, 15 * mm

_lock = threading.Lock()


@cache
def _coverage() -> frozenset[int]:
    """Registers DejaVu Sans (regular, bold, oblique, bold oblique as one family, so ``<b>`` and ``<i>`` work),
    makes it reportlab's default everywhere, and returns the code points regular and bold can both draw.
    Under a lock: PDFs are made on worker threads."""
    with _lock:
        faces = {name: TTFont(name, str(resource("fonts", f"{name}.ttf")))
                 for name in (FONT, FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC)}
        for face in faces.values():
            pdfmetrics.registerFont(face)
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC,
                                      boldItalic=FONT_BOLD_ITALIC)
        _make_default(FONT)
        return frozenset(faces[FONT].face.charToGlyph) & frozenset(faces[FONT_BOLD].face.charToGlyph)


def _make_default(name: str) -> None:
    """reportlab falls back to Helvetica (a font that is never embedded and lacks ł, ş, Cyrillic) wherever a
    canvas, table cell, paragraph style or chart names no font: a table without a FONT command, a bare canvas
    for a stamp, a chart's initial state. Every such default becomes the bundled font, so every PDF embeds all the fonts it uses."""
    from reportlab import rl_config
    from reportlab.platypus.tables import CellStyle

    rl_config.canvas_basefontname = name
    rl_config.defaultGraphicsFontName = name  # charts (reportlab.graphics) draw their state's font first
    CellStyle.fontname = name
    ParagraphStyle.defaults["fontName"] = name
    ParagraphStyle.defaults["bulletFontName"] = name


def register_fonts() -> None:
    """Makes the bundled font available to reportlab (idempotent)."""
    _coverage()


def escape(text: str) -> str:
    """User text made safe for reportlab's paragraph mini-markup: ``R&D <b>`` prints exactly as typed."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def printable(text: str) -> str:
    """Replaces what the bundled font cannot draw (most emoji, control characters) with a visible
    ``[U+1F44D]``, so nothing crashes and nothing disappears without a trace. Newlines are kept.

    Characters beyond U+FFFF are replaced even when DejaVu has a glyph (😀): reportlab writes their
    ToUnicode entry wrongly, so the glyph would print but copying, searching and reading the text back
    would lose it.
    """
    coverage = _coverage()
    out: list[str] = []
    for char in text.replace("\r\n", "\n").replace("\r", "\n"):
        code = ord(char)
        if char in "\n\t" or (code <= 0xFFFF and code in coverage and unicodedata.category(char) != "Cc"):
            out.append(char)
        else:
            out.append(f"[U+{code:04X}]")
    return "".join(out)


# Spaces a line must not break at: inside a number's digit groups and before its unit ("10 110 000 kr",
# "12,5 %") and after a paragraph sign ("§ 111", "§§ 36–48"). Not before a company form ("Städ AB"): in a
# narrow column reportlab then cuts the longer unbreakable word inside a letter run, which is worse.
_NO_BREAK = re.compile(r"(?<=\d) (?=\d{3}(?!\d))|(?<=\d) (?=(?:kr|öre|tkr|mnkr|mdkr)(?!\w)|%)|(?<=§) (?=\d)")


def keep_together(text: str) -> str:
    """``text`` with non-breaking spaces where a line break would split an amount from its unit or a §
    from its number."""
    return _NO_BREAK.sub("\u00a0", text)


def para_text(text: object) -> str:
    """Any user value as paragraph markup: printable, escaped, line breaks kept, amounts and § numbers kept
    on one line (``keep_together``). Use it for every value."""
    if text is None:
        return ""
    return escape(keep_together(printable(str(text)))).replace("\t", " ").replace("\n", "<br/>")


@dataclass(frozen=True)
class PageHeader:
    """What every page shows at the top: who (organisation, logo) at left, what and when at right."""

    organisation: str
    title: str
    document_date: date
    logo: bytes | None = field(default=None, repr=False)  # PNG or JPEG; an unreadable image is left out
    case_number: str | None = None  # diarienummer
    signature_label: str = ""  # e.g. "Justerandes signatur": a box to initial at the foot of every page
    reference: str | None = None  # the meeting or record the document is about, for the archival title

    def metadata_title(self) -> str:
        """The title kept in the file's metadata: the document's title with its case or meeting reference,
        so an archive (or a viewer's title bar) tells one minutes from another."""
        parts = [self.title]
        if self.reference and self.reference not in self.title:
            parts.append(self.reference)
        if self.case_number:
            parts.append(f"Dnr {self.case_number}")
        return " – ".join(parts)


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_header: ParagraphStyle


@cache
def styles() -> Styles:
    """The shared paragraph styles. Shared objects: copy one (``ParagraphStyle(name, parent=...)``) to vary it."""
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13.5, textColor=INK, spaceAfter=6)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0)
    return Styles(
        # Titles and headings keep with what follows: never alone at the foot of a page.
        title=ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=17, leading=21, spaceAfter=4,
                             keepWithNext=1),
        heading=ParagraphStyle("heading", parent=body, fontName=FONT_BOLD, fontSize=12, leading=15,
                               spaceBefore=10, spaceAfter=4, keepWithNext=1),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, textColor=MUTED),
        cell=cell,
        # Soft hyphens (\xad) in a heading such as "Organisations\xadnummer" let it break with a hyphen.
        cell_header=ParagraphStyle("cell_header", parent=cell, fontName=FONT_BOLD, embeddedHyphenation=1),
    )


def para(text: object, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph of user text (escaped), in the body style unless told otherwise."""
    return Paragraph(para_text(text), style or styles().body)


def make_table(headers: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float],
               *, align_right: Sequence[int] = ()) -> Table:
    """A table in the house style: header row repeated on every page, zebra rows, wrapping cells.

    ``widths`` are fractions of the frame width (normalised, so ``(1, 3, 2)`` works too). Cells that are
    flowables are used as they are; anything else is user text and is escaped. ``align_right`` lists the
    columns (amounts, counts) to right-align.
    """
    s = styles()
    right = ParagraphStyle("cell_right", parent=s.cell, alignment=TA_RIGHT)
    right_header = ParagraphStyle("cell_header_right", parent=s.cell_header, alignment=TA_RIGHT)

    def cell(value: object, column: int, header: bool) -> Flowable:
        if isinstance(value, Flowable):
            return value
        style = (right_header if header else right) if column in align_right else (s.cell_header if header else s.cell)
        return Paragraph(para_text(value), style)

    data = [[cell(h, i, True) for i, h in enumerate(headers)]]
    data += [[cell(v, i, False) for i, v in enumerate(row)] for row in rows]
    total = float(sum(widths))
    table = Table(data, colWidths=[FRAME_WIDTH * w / total for w in widths], repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),  # else reportlab selects Helvetica, which lacks ł, ş, Cyrillic
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA_FILL]),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def _logo_reader(logo: bytes | None) -> ImageReader | None:
    """The logo decoded once, or None if there is none or it cannot be read (a bad logo must not stop a PDF)."""
    if not logo:
        return None
    try:
        reader = ImageReader(io.BytesIO(logo))
        width, height = reader.getSize()
        reader.getRGBData()  # forces a full decode: a truncated file fails here, not halfway through a page
        return reader if width > 0 and height > 0 else None
    except Exception:  # noqa: BLE001 - Pillow raises many kinds; any of them means "no logo"
        return None


def _lines(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """Wrapped header text, shortened with an ellipsis rather than running into the other half. Breaks only
    at ordinary spaces: a non-breaking space keeps "§ 1" and "10 000 kr" whole (simpleSplit breaks at it)."""
    lines: list[str] = []
    for word in printable(text).replace("\n", " ").split(" "):
        if lines and lines[-1] and pdfmetrics.stringWidth(f"{lines[-1]} {word}", font, size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        elif lines and not lines[-1]:
            lines[-1] = word
        else:
            lines.append(word)
    lines = lines or [""]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        while lines[-1] and pdfmetrics.stringWidth(lines[-1] + "…", font, size) > width:
            lines[-1] = lines[-1][:-1]
        lines[-1] += "…"
    return lines


def _draw_header(canvas: Canvas, header: PageHeader, logo: ImageReader | None) -> None:
    top = PAGE_HEIGHT - 10 * mm
    left, right = MARGIN_X, PAGE_WIDTH - MARGIN_X
    # Who at left (a little wider: logo plus name), what and when at right; a gap between them.
    left_width, right_width = FRAME_WIDTH * 0.55 - 3 * mm, FRAME_WIDTH * 0.45 - 3 * mm
    canvas.saveState()
    text_x = left
    if logo is not None:
        w, h = logo.getSize()
        scale = min(LOGO_MAX_WIDTH / w, LOGO_MAX_HEIGHT / h)
        canvas.drawImage(logo, left, top - h * scale, w * scale, h * scale, mask="auto")
        text_x = left + w * scale + 4 * mm
    canvas.setFillColor(INK)
    canvas.setFont(FONT_BOLD, 10)
    for i, line in enumerate(_lines(header.organisation, FONT_BOLD, 10, left + left_width - text_x, 3)):
        canvas.drawString(text_x, top - 9 - i * 12, line)
    canvas.setFont(FONT_BOLD, 11)
    title_lines = _lines(header.title, FONT_BOLD, 11, right_width, 2)
    for i, line in enumerate(title_lines):
        canvas.drawRightString(right, top - 9 - i * 13, line)
    y = top - 9 - len(title_lines) * 13
    canvas.setFont(FONT, 8.5)
    canvas.setFillColor(MUTED)
    details = ([f"Dnr {header.case_number}"] if header.case_number else []) + [dates.long_date(header.document_date)]
    for line in details:
        canvas.drawRightString(right, y, _lines(line, FONT, 8.5, right_width, 1)[0])
        y -= 10.5
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    rule_y = PAGE_HEIGHT - MARGIN_TOP + 5 * mm
    canvas.line(left, rule_y, right, rule_y)
    if header.signature_label:
        _draw_signature_box(canvas, header.signature_label)
    canvas.restoreState()


def footer_rule_y(header: PageHeader) -> float:
    """The footer's rule; above the signature box where the pages have one."""
    return FOOTER_TEXT_Y + SIGNATURE_BOX_HEIGHT + 2 * mm if header.signature_label else FOOTER_RULE_Y


def bottom_margin(header: PageHeader) -> float:
    """The body's bottom margin: as far above the footer's rule on every document."""
    return MARGIN_BOTTOM + footer_rule_y(header) - FOOTER_RULE_Y


def _draw_signature_box(canvas: Canvas, label: str) -> None:
    """A labelled box in the footer, left of the page number and within the page's margins (on the footer's
    baseline, under its rule), for initials (justerandes signatur)."""
    width, height, bottom = SIGNATURE_BOX_WIDTH, SIGNATURE_BOX_HEIGHT, FOOTER_TEXT_Y
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.rect(MARGIN_X, bottom, width, height, stroke=1, fill=0)
    canvas.setFont(FONT, 6.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN_X + 1.5 * mm, bottom + height - 2.8 * mm, label)


class _NumberedCanvas(Canvas):
    """Holds every page back until the end, so each footer can say "Sida N av M" (two-pass numbering)."""

    def __init__(self, *args, rule_y: float = FOOTER_RULE_Y, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._rule_y = rule_y

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._draw_footer(number, total)
            super().showPage()
        super().save()

    def _draw_footer(self, number: int, total: int) -> None:
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.4)
        self.line(MARGIN_X, self._rule_y, PAGE_WIDTH - MARGIN_X, self._rule_y)
        self.setFont(FONT, 8)
        self.setFillColor(MUTED)
        self.drawRightString(PAGE_WIDTH - MARGIN_X, FOOTER_TEXT_Y, f"Sida {number} av {total}")
        self.restoreState()


def build_pdf(target: Path | str | BinaryIO, story: list[Flowable], header: PageHeader, *,
              page_numbers: bool = True, archival: bool | None = None) -> None:
    """Writes an A4 PDF with the house header and footer on every page and title/author metadata.

    A path is written through a temporary file in the same folder, so a failure never leaves half a PDF
    where the user expects a whole one. ``page_numbers=False`` leaves out the "Sida N av M" footer, for a
    part of a larger file (the meeting pack) that numbers its pages once, over the whole file.

    ``archival`` finishes the file as PDF/A-2b (``documents.pdfa``): XMP with the PDF/A identification,
    sRGB output intent, language sv-SE and a title with the case or meeting reference. By default every
    whole document is finished; a part without page numbers is merged into a larger file that is finished
    once, as a whole (the meeting pack), so it is left as reportlab wrote it unless asked.
    """
    if archival is None:
        archival = page_numbers
    register_fonts()
    logo = _logo_reader(header.logo)

    def on_page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        _draw_header(canvas, header, logo)

    bottom = bottom_margin(header)

    def make(output: str | BinaryIO) -> None:
        doc = BaseDocTemplate(
            output, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
            bottomMargin=bottom, title=header.metadata_title(), author=header.organisation,
            subject=header.title, creator="STIC Desktop", lang="sv-SE", initialFontName=FONT,
        )
        # No frame padding: content lines up with the header rule and FRAME_WIDTH is exactly usable.
        frame = Frame(MARGIN_X, bottom, FRAME_WIDTH, PAGE_HEIGHT - MARGIN_TOP - bottom,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
        canvasmaker = partial(_NumberedCanvas, rule_y=footer_rule_y(header)) if page_numbers else Canvas
        doc.build(list(story) or [Paragraph("", styles().body)], canvasmaker=canvasmaker)

    if archival:
        from stic_desktop.documents.pdfa import archival_bytes

        buffer = io.BytesIO()
        make(buffer)
        data = archival_bytes(buffer.getvalue())
        if isinstance(target, (str, Path)):
            with atomic_target(Path(target)) as temporary:
                temporary.write_bytes(data)
        else:
            target.write(data)
        return
    if not isinstance(target, (str, Path)):
        make(target)
        return
    with atomic_target(Path(target)) as temporary:
        make(str(temporary))
