"""The meeting pack's page numbers (documents/pdf_stamp.py) never cover an attachment's own content: an
attached page gets a blank strip below its foot, as it is shown, and the number goes there (issue 16: a
white box was painted over whatever the attachment had in that corner)."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from stic_desktop.documents.pdf_stamp import STRIP_MM, stamp_page_numbers

CORNER_TEXT = "Hörntext 12 345 kr"


def cornered_pdf(size=A4, rotate: int = 0) -> bytes:
    """A page with text in the bottom right corner, right where a page number would go."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=size)
    canvas.setFont("Helvetica", 9)
    canvas.drawRightString(size[0] - 20, 22, CORNER_TEXT)
    canvas.showPage()
    canvas.save()
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    writer = PdfWriter(clone_from=reader)
    if rotate:
        writer.pages[0].rotate(rotate)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def positions(page) -> dict[str, tuple[float, float]]:
    """Text → (x, y) as the page is shown (after /Rotate, from the crop box's shown lower left)."""
    found: dict[str, tuple[float, float]] = {}

    def visit(text, cm, tm, _font, _size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found[text.strip()] = (x, y)

    page.extract_text(visitor_text=visit)
    box = page.cropbox
    x0, y0, x1, y1 = float(box.left), float(box.bottom), float(box.right), float(box.top)
    rotation = page.rotation % 360
    shown = {0: lambda x, y: (x - x0, y - y0), 90: lambda x, y: (y - y0, x1 - x),
             180: lambda x, y: (x1 - x, y1 - y), 270: lambda x, y: (y1 - y, x - x0)}[rotation]
    return {text: shown(x, y) for text, (x, y) in found.items()}


def shown_size(page) -> tuple[float, float]:
    width, height = float(page.cropbox.width), float(page.cropbox.height)
    return (height, width) if page.rotation % 180 else (width, height)


def stamped(*pages: bytes, strip: bool = True) -> PdfReader:
    writer = PdfWriter()
    for data in pages:
        writer.append(PdfReader(io.BytesIO(data)))
    stamp_page_numbers(writer, range(len(writer.pages)) if strip else ())
    buffer = io.BytesIO()
    writer.write(buffer)
    return PdfReader(buffer)


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_the_number_goes_in_a_strip_below_the_attachments_content(rotation):
    original = PdfReader(io.BytesIO(cornered_pdf(rotate=rotation))).pages[0]
    page = stamped(cornered_pdf(rotate=rotation), cornered_pdf(landscape(A4), rotate=rotation)).pages[0]
    strip = STRIP_MM * mm
    width, height = shown_size(original)
    assert shown_size(page) == pytest.approx((width, height + strip)), "taller by the strip, as shown"
    where = positions(page)
    number_x, number_y = where["Sida 1 av 2"]
    corner_x, corner_y = where[CORNER_TEXT]
    assert 0 < number_y < strip - 4, "the number sits in the added strip"
    assert corner_y > strip + 10, "the attachment's corner text is above the strip, uncovered and unmoved"
    if rotation == 0:  # drawn 22 pt above the original foot, which is now the top of the strip
        assert abs(corner_y - strip - 22) < 1


def test_before_issue_16_the_number_was_drawn_over_the_corner():
    """Without a strip (our own pages) the number sits where the attachment had its corner text."""
    page = stamped(cornered_pdf(), strip=False).pages[0]
    where = positions(page)
    assert abs(where["Sida 1 av 1"][1] - where[CORNER_TEXT][1]) < 10  # same height: it would cover it


def test_our_own_pages_keep_their_size():
    page = stamped(cornered_pdf(), strip=False).pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(A4)
