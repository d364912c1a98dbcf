"""Registerutdrag (GDPR art. 15) for one person: as JSON (the complete machine-readable copy) or as a PDF
written for the person.

The PDF says what the organisation holds, grouped in plain Swedish with local times (one row per group for
memberships, meeting counts and roles; every meeting date in a compact run per group, year and month, in
smaller type when there are thousands; other long lists are counts with date ranges), and then the
information art. 15 requires: purposes, legal basis, recipients, retention, the person's rights, the right
to complain to IMY and the controller's contact. The content comes from
``services.people.document_data.register_extract_data``; this module only lays it out, into bytes.
"""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from stic_desktop.errors import UserError

if TYPE_CHECKING:
    from stic_desktop.services.people.document_data import PersonData

TITLE = "Registerutdrag"
NO_CONTACT = ("Kontaktuppgifter för frågor om personuppgifter är inte ifyllda i programmet "
              "(Inställningar → Organisation). Kontakta organisationen via dess växel eller webbplats.")


def extract_suffix(target: Path) -> str:
    """".json" or ".pdf"; any other suffix is refused before anything is read or written."""
    suffix = Path(target).suffix.lower()
    if suffix not in (".json", ".pdf"):
        raise UserError(f"Registerutdraget kan sparas som .json eller .pdf, inte ”{target.suffix or target.name}”.")
    return suffix


def person_data_bytes(data: PersonData, *, suffix: str = ".pdf", today: date | None = None) -> bytes:
    """The register extract as .json (UTF-8, exactly the stored data) or as a readable .pdf."""
    if extract_suffix(Path(f"x{suffix}")) == ".json":
        return (json.dumps(data.extract, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    buffer = io.BytesIO()
    write_person_pdf(buffer, data, today or data.today)
    return buffer.getvalue()


def _dense_table(headers, rows, widths):
    """A long table in small type with tight rows: every row kept, a third of the pages."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from stic_desktop.documents.pdf import make_table, para_text, styles

    s = styles()
    cell = ParagraphStyle("extract_cell", parent=s.cell, fontSize=7, leading=8.4)
    table = make_table(headers, [[Paragraph(para_text(value), cell) for value in row] for row in rows], widths)
    table.setStyle([("TOPPADDING", (0, 1), (-1, -1), 1), ("BOTTOMPADDING", (0, 1), (-1, -1), 1.5),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)])
    return table


MONTHS = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
DENSE_DATES = 4000  # above this many meeting dates the runs are set in smaller type


def _run(group: str, dates, size: float) -> object:
    """One group's meeting dates as one paragraph: the group in bold, then per year and month the days of the
    month, each day's marks raised ("2024 jan 3 10<sup>f</sup> 17 · feb 7 ...")."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from stic_desktop.documents.pdf import para_text, styles

    style = ParagraphStyle(f"extract_run_{size}", parent=styles().body, fontSize=size, leading=size * 1.25,
                           spaceAfter=3)
    years: list[str] = []
    months: list[str] = []
    days: list[str] = []
    current: tuple[int, int] | None = None

    def close_month() -> None:
        if days:
            months.append(f"{MONTHS[current[1] - 1]} " + " ".join(days))
            days.clear()

    def close_year() -> None:
        close_month()
        if months:
            years.append(f"<b>{current[0]}</b> " + " · ".join(months))
            months.clear()

    for when, mark in dates:
        if current is None or (when.year, when.month) != current:
            if current is not None and when.year != current[0]:
                close_year()
            else:
                close_month()
            current = (when.year, when.month)
        days.append(str(when.day) + (f"<super>{para_text(mark)}</super>" if mark else ""))
    close_year()
    return Paragraph(f"<b>{para_text(group)}</b> – " + " &nbsp; ".join(years), style)


def write_person_pdf(output: BinaryIO, data: PersonData, today: date) -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import KeepTogether

    from stic_desktop.core import dates
    from stic_desktop.documents.pdf import PageHeader, build_pdf, make_table, para, styles

    if data.readable is None or data.information is None:
        raise ValueError("the PDF needs the readable extract (register_extract_data(..., readable=True))")
    s = styles()
    heading = ParagraphStyle("extract_heading", parent=s.heading, keepWithNext=1)
    bullet = ParagraphStyle("extract_bullet", parent=s.body, leftIndent=10, firstLineIndent=-8, spaceAfter=3)
    extract, info = data.readable, data.information

    story = [
        para(f"{TITLE} – {extract.person_name}", s.title),
        para(f"Det här är de personuppgifter som {info.controller} behandlar om dig, per {dates.long_date(today)} "
             "(artikel 15 i dataskyddsförordningen). Tider anges i svensk tid. Varje möte du har kallats till står "
             "med sitt datum under Mötesdatum. Roller vid möten och andra långa listor är sammanfattade med antal "
             "och datum, och vid varje sammanfattning står vad den omfattar. Varje enskild uppgift får du i den "
             "maskinläsbara kopian (JSON) om du begär den.", s.body),
        para("Kontaktuppgifter och uppgifter om dig", heading),
        make_table(("Uppgift", "Det vi har registrerat"), extract.contact, (1, 3)),
    ]
    for section in extract.sections:
        story += [para(section.title, heading), *(para(line, s.body) for line in section.lines)]
        if section.table is not None:
            widths = section.table.widths or tuple(1 for _ in section.table.headers)
            story.append(_dense_table(section.table.headers, section.table.rows, widths) if len(section.table.rows) > 8
                         else make_table(section.table.headers, section.table.rows, widths))
        size = 6.5 if sum(len(dates) for _, dates in section.runs) > DENSE_DATES else 8
        story += [_run(group, dates, size) for group, dates in section.runs]
        story += [para(text, ParagraphStyle("extract_small", parent=s.body, fontSize=7, leading=8.8))
                  for text in section.small]
    if extract.empty:
        story.append(para("Uppgifter som saknas", heading))
        story.append(para("Det finns inga uppgifter om dig under: " + "; ".join(t.lower() for t in extract.empty) + ".",
                          s.body))
    story.append(para("Information enligt artikel 15", ParagraphStyle("extract_part", parent=s.title, fontSize=14,
                                                                       leading=18, spaceBefore=14, keepWithNext=1)))
    contact = info.controller_contact.strip() or NO_CONTACT
    story.append(KeepTogether([para("Personuppgiftsansvarig", heading), para(info.controller, s.body),
                               para(contact, s.body)]))
    for title, lines in (("Ändamål", info.purposes), ("Rättslig grund", info.legal_basis),
                         ("Mottagare", info.recipients), ("Hur länge uppgifterna sparas", info.retention),
                         ("Varifrån uppgifterna kommer", (info.source,)), ("Dina rättigheter", info.rights),
                         ("Klagomål", (info.complaint,))):
        story += [para(title, heading), *(para(f"• {line}", bullet) for line in lines)]
    build_pdf(output, story, PageHeader(organisation=data.organisation.name, title=TITLE, document_date=today,
                                        logo=data.organisation.logo, reference=extract.person_name))
