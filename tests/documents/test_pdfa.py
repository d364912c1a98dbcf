"""documents.pdfa finishes a PDF as PDF/A-2b, or says in its metadata why it cannot (an attachment that does
not embed its fonts); read back with pikepdf. Also: italic text uses the shipped oblique face."""

from __future__ import annotations

import io
from datetime import date

import pikepdf
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from stic_desktop.documents import pdfa
from stic_desktop.documents.pdf import PageHeader, build_pdf, para


def helvetica_pdf() -> bytes:
    """A PDF as another program might write it: standard Helvetica, not embedded."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, initialFontName="Helvetica")
    canvas.setFont("Helvetica", 12)
    canvas.drawString(72, 720, "Bilaga från leverantören")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_a_file_with_an_unembedded_font_is_not_labelled_pdfa_and_says_why():
    finished = pdfa.finish(helvetica_pdf(), title="Mötespaket – Styrgruppen")
    assert not finished.conformant
    with pikepdf.open(io.BytesIO(finished.data)) as pdf:
        meta = pdf.open_metadata()
        assert "pdfaid:part" not in meta
        assert "Helvetica" in meta["dc:description"] and meta["dc:description"].startswith("Inte PDF/A")
        assert str(pdf.docinfo.Keywords).startswith("Inte PDF/A:")
        assert str(pdf.docinfo.Title) == "Mötespaket – Styrgruppen"
        assert str(pdf.Root.Lang) == "sv-SE"


def test_finishing_is_idempotent_and_keeps_the_label():
    buffer = io.BytesIO()
    header = PageHeader("STIC", "Tilldelningsbeslut", date(2026, 9, 17), case_number="STIC-2026-004")
    build_pdf(buffer, [para("Beslut <i>kursiv</i> & § – ÅÄÖ")], header)
    once = buffer.getvalue()
    twice = pdfa.archival_bytes(once)
    with pikepdf.open(io.BytesIO(twice)) as pdf:
        meta = pdf.open_metadata()
        assert (meta["pdfaid:part"], meta["pdfaid:conformance"]) == ("2", "B")
        assert len(pdf.Root.OutputIntents) == 1
        assert str(pdf.docinfo.Title) == "Tilldelningsbeslut – Dnr STIC-2026-004" == meta["dc:title"]
        assert "/Keywords" not in pdf.docinfo or "Inte PDF/A" not in str(pdf.docinfo.Keywords)


def test_italic_uses_the_oblique_face():
    from stic_desktop.documents.pdf import para_text

    buffer = io.BytesIO()
    story = [Paragraph(f"<i>{para_text('Åsa Öberg')}</i> <b><i>fet kursiv</i></b>")]
    build_pdf(buffer, story, PageHeader("STIC", "Test", date(2026, 1, 2)))
    with pikepdf.open(io.BytesIO(buffer.getvalue())) as pdf:
        names = {str(f.BaseFont).split("+")[-1] for f in pdf.pages[0].Resources.Font.values()}
    assert {"DejaVuSans-Oblique", "DejaVuSans-BoldOblique"} <= names
    assert not any("Helvetica" in n for n in names)


def test_a_meeting_pack_is_pdfa_only_when_its_attachments_allow(db, tmp_path):
    """The pack's attachments (user files, made here with unembedded Helvetica) stop the PDF/A label, and
    the pack's metadata says why; without attachments the same pack is PDF/A-2b."""
    import sys
    from pathlib import Path

    from stic_desktop.operations import run_to_end
    from stic_desktop.operations.meeting_pack import build_meeting_packs

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from test_invitation import build_office

    with_files = build_office(db)
    target, = run_to_end(build_meeting_packs(db, with_files.meeting_id, tmp_path / "paket.pdf")).files
    with pikepdf.open(target) as pdf:
        assert "pdfaid:part" not in pdf.open_metadata()
        keywords = str(pdf.docinfo.Keywords)
        assert keywords.startswith("Inte PDF/A:") and "Helvetica" in keywords and "bifogad fil" in keywords
        assert str(pdf.Root.Lang) == "sv-SE" and len(pdf.Root.OutputIntents) == 1
        assert pdf.Root.Outlines  # the bookmarks survive the finishing pass
    with db.write() as session:
        from stic_desktop.models import AgendaAttachment

        session.query(AgendaAttachment).delete()
    target, = run_to_end(build_meeting_packs(db, with_files.meeting_id, tmp_path / "utan.pdf")).files
    with pikepdf.open(target) as pdf:
        assert pdf.open_metadata()["pdfaid:part"] == "2"
        assert "/Keywords" not in pdf.docinfo or "Inte PDF/A" not in str(pdf.docinfo.Keywords)
