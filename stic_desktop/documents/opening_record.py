"""Anbudsöppningsprotokoll: the tenders in order of receipt (time, supplier, late flag), attested by at
least two named persons, marked "Sekretess enligt 19 kap. 3 § OSL" on every page.

Also holds what the procurement documents share (the page header, money and time texts, the secrecy
stamp); ``evaluation``, ``award_decision`` and ``procurement_report`` import them. The data they print is
read by ``services.procurement.document_data``.
"""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO
from zoneinfo import ZoneInfo

from stic_desktop.documents.pdfa import archival_bytes
from stic_desktop.errors import UserError

if TYPE_CHECKING:
    from stic_desktop.services.procurement.document_data import ProcurementData
    from stic_desktop.services.procurement.procurements import ProcurementRecord

TITLE = "Anbudsöppningsprotokoll"
SECRECY = "Sekretess enligt 19 kap. 3 § OSL"
SECRECY_NOTE = ("Uppgifterna om anbuden omfattas av absolut sekretess till dess att tilldelningsbeslutet "
                "har skickats ut (19 kap. 3 § andra stycket offentlighets- och sekretesslagen).")
PUBLIC_NOTE = ("Sekretessen för uppgifterna om anbuden har upphört sedan tilldelningsbeslutet skickades eller "
               "upphandlingen avbröts (19 kap. 3 § andra stycket offentlighets- och sekretesslagen).")
LATE = "För sent inkommet"
STOCKHOLM = ZoneInfo("Europe/Stockholm")
MIN_ATTESTERS = 2


# --- texts ---------------------------------------------------------------------------------------

def received_text(moment: datetime, *, short: bool = False) -> str:
    """``2026-03-04 kl. 14.05`` in Swedish time, as the documents write a time (a tender is on time through the
    deadline's whole minute; a late one says "För sent inkommet" beside it); ``short``: ``2026-03-04 14.05``
    for a narrow column."""
    from stic_desktop.core import dates

    local = moment.astimezone(STOCKHOLM) if moment.tzinfo else moment
    if short:
        return dates.date_time(local)
    return f"{dates.iso_date(local)} {dates.at(local)}"


def date_text(day: date | None) -> str:
    from stic_desktop.core import dates

    return dates.long_date(day) if day else "–"


def attesters(record: ProcurementRecord) -> list[str]:
    """The distinct named attesters, in the order given."""
    names = [" ".join(name.split()) for name in record.opening_attesters]
    return list(dict.fromkeys(name for name in names if name))


# --- building ------------------------------------------------------------------------------------

def gap(height: float = 5):
    """A little air below a table, before the note under it."""
    from reportlab.platypus import Spacer

    return Spacer(1, height)


def header(data: ProcurementData, title: str, document_date: date):
    from stic_desktop.documents.pdf import PageHeader

    return PageHeader(organisation=data.organisation.name, title=title, document_date=document_date,
                      logo=data.organisation.logo, case_number=data.procurement.case_number or None)


def procurement_facts(data: ProcurementData, *extra: tuple[str, object], brief: bool = False):
    """Upphandling, Diarienummer, Förfarande, Avser and ``extra``; ``brief`` leaves out the title and the case
    number, which the heading above and the page header already give."""
    from stic_desktop.documents.meeting_layout import facts

    p = data.procurement
    known = [] if brief else [("Upphandling", p.title), ("Diarienummer", p.case_number)]
    return facts([*known, ("Förfarande", p.procedure_label), ("Avser", p.contract_kind_label), *extra])


def stamp_secrecy(pdf: bytes) -> bytes:
    """Writes the secrecy mark at the foot of every page (left of "Sida N av M"), in red."""
    from pypdf import PdfReader, PdfWriter
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from stic_desktop.documents.meeting_layout import WARNING_INK
    from stic_desktop.documents.pdf import FONT_BOLD, MARGIN_X, register_fonts

    register_fonts()
    reader = PdfReader(io.BytesIO(pdf))
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    for page in reader.pages:
        canvas.setPageSize((float(page.mediabox.width), float(page.mediabox.height)))
        canvas.setFillColor(WARNING_INK)
        canvas.setFont(FONT_BOLD, 8)
        canvas.drawString(MARGIN_X, 10 * mm, SECRECY)
        canvas.showPage()
    canvas.save()
    overlay = PdfReader(io.BytesIO(buffer.getvalue()))
    writer = PdfWriter(clone_from=reader)
    for page, stamp in zip(writer.pages, overlay.pages):
        page.merge_page(stamp, over=True)
        page.compress_content_streams()
    out = io.BytesIO()
    writer.write(out)
    return archival_bytes(out.getvalue())  # the stamp must not cost the PDF/A metadata


def write_document(target: Path | BinaryIO, story: list, page_header, *, secret: bool) -> None:
    """Builds the PDF; a secret one gets the secrecy mark on every page before it is written."""
    from stic_desktop.documents.output import atomic_target
    from stic_desktop.documents.pdf import build_pdf

    buffer = io.BytesIO()
    build_pdf(buffer, story, page_header)
    content = stamp_secrecy(buffer.getvalue()) if secret else buffer.getvalue()
    if isinstance(target, (str, Path)):
        with atomic_target(Path(target)) as temporary:
            temporary.write_bytes(content)
    else:
        target.write(content)


# --- the opening record ---------------------------------------------------------------------------

def clock_label(text: str, default: str = "") -> str:
    """``10:00`` → ``kl. 10.00``; "" → ``default``."""
    return f"kl. {text.replace(':', '.')}" if text else default


def deadline_text(data: ProcurementData) -> str:
    """The last tender day with its clock time (a tender is on time until the end of the day when none is set)."""
    day = data.stage_date("tender_deadline")
    if day is None:
        return "–"
    return f"{date_text(day)} {clock_label(data.procurement.tender_deadline_time, 'kl. 23.59')}"


def opening_text(data: ProcurementData) -> str:
    """``15 september 2026 kl. 10.00, Stadshuset, sal 3``."""
    p = data.procurement
    parts = [f"{date_text(data.stage_date('opening'))} {clock_label(p.opening_time)}".strip()]
    if p.opening_place:
        parts.append(p.opening_place)
    return ", ".join(parts)


def _tender_table(data: ProcurementData):
    from reportlab.platypus import Paragraph

    from stic_desktop.documents.meeting_layout import WARNING_INK, style
    from stic_desktop.documents.pdf import make_table, para_text

    late_style = style("late", parent="cell", textColor=WARNING_INK)
    rows = []
    for tender in data.tenders:
        note = Paragraph(f"<b>{para_text(LATE)}</b>", late_style) if tender.late else ""
        rows.append((str(tender.receipt_order), received_text(tender.received_at), tender.supplier_name,
                     data.org_number(tender) or "–", note))
    return make_table(("Nr", "Mottaget", "Anbudsgivare", "Org.nr", "Anmärkning"), rows, (0.6, 2.6, 4.2, 2, 2))


def opening_story(data: ProcurementData, names: list[str]) -> list:
    from stic_desktop.documents.meeting_layout import banner, keep, signature_grid, text

    p = data.procurement
    secret = not p.tenders_public
    late = sum(1 for t in data.tenders if t.late)
    count = f"{len(data.tenders)}" + (f", varav {late} för sent inkomna" if late else "")
    extra = [("Upphandlande organisation", data.organisation.deciding_text),
             ("Sista anbudstid", deadline_text(data)),
             ("Anbudsöppning", opening_text(data)),
             ("Öppnade anbuden", p.opened_by or "–")]
    if p.opening_witness:
        extra.append(("Vittne", p.opening_witness))
    extra.append(("Antal anbud", count))
    story = ([banner(SECRECY)] if secret else []) + [text(TITLE, "title"), text(p.title, "heading"),
                                                     procurement_facts(data, *extra)]
    story.append(text("Inkomna anbud i den ordning de kom in", "heading"))
    story += [_tender_table(data), gap()] if data.tenders else [text("Inga anbud har kommit in.")]
    if late:
        story.append(text("Anbud som kom in efter sista anbudstiden är markerade och prövas inte.", "small"))
    story.append(text(SECRECY_NOTE if secret else PUBLIC_NOTE, "small"))
    signers = [(name, "Närvarande vid anbudsöppningen (12 kap. 10 § LOU)") for name in names]
    if p.opening_witness and p.opening_witness.casefold() not in {n.casefold() for n in names}:
        signers.append((p.opening_witness, "Vittne"))
    story.append(keep(text("Intygas", "heading"),
                      text("Att anbuden öppnades vid ett och samma tillfälle och att förteckningen ovan är riktig "
                           "intygas av:", "small"),
                      signature_grid(signers)))
    return story


def checked_attesters(data: ProcurementData) -> list[str]:
    names = attesters(data.procurement)
    if len(names) < MIN_ATTESTERS:
        given = f" (nu {len(names)})" if names else ""
        raise UserError(f"Anbudsöppningen ska bevittnas av minst två namngivna personer{given}. Ange dem för "
                        f"upphandlingen {data.procurement.case_number} innan protokollet skrivs ut.")
    return names


def write_opening_record(target: Path | BinaryIO, data: ProcurementData, *, today: date | None = None) -> None:
    names = checked_attesters(data)
    day = today or data.stage_date("opening") or data.today
    write_document(target, opening_story(data, names), header(data, TITLE, day),
                   secret=not data.procurement.tenders_public)


def opening_record_bytes(data: ProcurementData, *, today: date | None = None) -> bytes:
    buffer = io.BytesIO()
    write_opening_record(buffer, data, today=today)
    return buffer.getvalue()


def opening_record_filename(record: ProcurementRecord) -> str:
    from stic_desktop.core import filenames

    return filenames.safe(f"{TITLE} {record.case_number}", ".pdf", fallback=TITLE)
