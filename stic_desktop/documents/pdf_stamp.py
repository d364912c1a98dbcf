""""Sida N av M" stamped on every page of a finished PDF, whatever each page's size and rotation.

Used for the meeting pack, where attachments of any origin sit between our own pages: the number is
drawn upright at the foot of the page as it is shown (after /Rotate). Our own pages leave their footer
empty for it. An attachment's page may have content right down in the corner, so it gets a blank strip
added below its foot (the page grows by ``STRIP`` as it is shown) and the number goes in the strip: nothing
is painted over the attachment's own content.
"""

from __future__ import annotations

import io
from collections.abc import Collection
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pypdf import PdfReader, PdfWriter

STRIP_MM = 9  # the blank strip added below an attachment's page for its number


def _displayed(page) -> tuple[float, float, float, float, float, float, int]:
    """(x0, y0, x1, y1, width, height) of the visible box, sizes as shown (after /Rotate), and the rotation."""
    box = page.cropbox
    x0, y0, x1, y1 = float(box.left), float(box.bottom), float(box.right), float(box.top)
    rotation = round(int(page.rotation) / 90) * 90 % 360  # a stray 45 counts as the nearest quarter turn
    width, height = (y1 - y0, x1 - x0) if rotation in (90, 270) else (x1 - x0, y1 - y0)
    return x0, y0, x1, y1, width, height, rotation


def _to_page(x0: float, y0: float, x1: float, y1: float, rotation: int) -> tuple[float, ...]:
    """The matrix that puts an upright overlay (drawn as the page is shown) onto the page's own coordinates."""
    return {0: (1, 0, 0, 1, x0, y0), 90: (0, 1, -1, 0, x1, y0),
            180: (-1, 0, 0, -1, x1, y1), 270: (0, -1, 1, 0, x0, y1)}[rotation]


def _add_strip(page, strip: float) -> None:
    """Grows the page by ``strip`` points below its foot as it is shown (after /Rotate), so the number can go
    there without covering anything; the content keeps its place, the media and crop boxes get larger."""
    from pypdf.generic import RectangleObject

    x0, y0, x1, y1, _width, _height, rotation = _displayed(page)
    if rotation == 0:
        y0 -= strip
    elif rotation == 90:
        x1 += strip
    elif rotation == 180:
        y1 += strip
    else:
        x0 -= strip
    media = page.mediabox
    page.mediabox = RectangleObject((min(x0, float(media.left)), min(y0, float(media.bottom)),
                                     max(x1, float(media.right)), max(y1, float(media.top))))
    page.cropbox = RectangleObject((x0, y0, x1, y1))


def _stamp_overlay(sizes: list[tuple[float, float, bool]]) -> PdfReader:
    """One overlay page per pack page, each the page's shown size, with "Sida N av M" at the foot (in the
    added strip where the page has one)."""
    from pypdf import PdfReader
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from stic_desktop.documents.pdf import FONT, MARGIN_X, MUTED, register_fonts

    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    total = len(sizes)
    for number, (width, height, stripped) in enumerate(sizes, start=1):
        canvas.setPageSize((width, height))
        label = f"Sida {number} av {total}"
        right = width - (MARGIN_X if width >= 120 * mm else 6 * mm)
        baseline = (STRIP_MM * mm - 8) / 2 + 1 if stripped else 10 * mm if height >= 120 * mm else 4 * mm
        canvas.setFillColor(MUTED)
        canvas.setFont(FONT, 8)
        canvas.drawRightString(right, baseline, label)
        canvas.showPage()
    canvas.save()
    return PdfReader(io.BytesIO(buffer.getvalue()))


def _content_ids(page) -> list[int]:
    """Object numbers of the page's content stream(s) and of its content array."""
    from pypdf.generic import ArrayObject, IndirectObject

    raw = page.get("/Contents")
    ids = [raw.idnum] if isinstance(raw, IndirectObject) else []
    contents = raw.get_object() if raw is not None else None
    if isinstance(contents, ArrayObject):
        ids += [part.idnum for part in contents if isinstance(part, IndirectObject)]
    return ids


def _unshare_contents(writer: PdfWriter) -> None:
    """Gives each page whose content stream another page also uses a copy of its own.

    pypdf merges a stamp by replacing the page's content object in place, so a shared stream (the same
    file attached to two items, or a PDF that reuses one stream for identical pages) would carry every
    page's number at once.
    """
    from pypdf.generic import NameObject

    ids = [_content_ids(page) for page in writer.pages]
    uses: dict[int, int] = {}
    for page_ids in ids:
        for number in set(page_ids):
            uses[number] = uses.get(number, 0) + 1
    for page, page_ids in zip(writer.pages, ids):
        if any(uses[number] > 1 for number in page_ids):
            content = page.get_contents()
            del page[NameObject("/Contents")]
            if content is not None:
                page.replace_contents(content)  # a new object, since the page has no /Contents now


def stamp_page_numbers(writer: PdfWriter, strip_pages: Collection[int] = ()) -> None:
    """Stamps "Sida N av M" on every page, upright at the foot as the page is shown, whatever its size and
    /Rotate. The pages in ``strip_pages`` (0-based: the attachments) first get a blank strip below their
    foot, which the number goes in; the others (our own pages) have their footer free for it."""
    from pypdf import Transformation
    from reportlab.lib.units import mm

    _unshare_contents(writer)
    stripped = set(strip_pages)
    for index in stripped:
        _add_strip(writer.pages[index], STRIP_MM * mm)
    shown = [_displayed(page) for page in writer.pages]
    overlay = _stamp_overlay([(width, height, index in stripped)
                              for index, (*_, width, height, _rotation) in enumerate(shown)])
    for page, stamp, (x0, y0, x1, y1, _w, _h, rotation) in zip(writer.pages, overlay.pages, shown):
        page.merge_transformed_page(stamp, Transformation(_to_page(x0, y0, x1, y1, rotation)), over=True)
        page.compress_content_streams()  # merging leaves the page's content decoded; keep the file small
