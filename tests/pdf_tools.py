"""PDF files for the tests that attach or store one."""

from __future__ import annotations

import io


def blank_pdf(pages: int = 1) -> bytes:
    """A valid PDF of ``pages`` blank A4 pages."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(595, 842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
