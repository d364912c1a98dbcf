"""Registerutdrag (GDPR art. 15) for one person: as JSON (the complete machine-readable copy) or as a PDF
written for the person.

The PDF says what the organisation holds, grouped in plain Swedish with local times (long lists are counts
with date ranges), and then the information art. 15 requires: purposes, legal basis, recipients, retention,
the person's rights, the right to complain to IMY and the controller's contact. The content comes from
``services.people.document_data.register_extract_data``; this module only lays it out, into bytes.
"""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from stic_desktop.core import clock
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
    write_person_pdf(buffer, data, today or clock.today())
    return buffer.getvalue()


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
             "(artikel 15 i dataskyddsförordningen). Tider anges i svensk tid. Långa listor är sammanfattade med "
             "antal och datum; du kan begära ut varje enskild uppgift.", s.body),
        para("Kontaktuppgifter och uppgifter om dig", heading),
        make_table(("Uppgift", "Det vi har registrerat"), extract.contact, (1, 3)),
    ]
    for section in extract.sections:
        story += [para(section.title, heading), *(para(line, s.body) for line in section.lines)]
        if section.table is not None:
            widths = section.table.widths or tuple(1 for _ in section.table.headers)
            story.append(make_table(section.table.headers, section.table.rows, widths))
    if extract.empty:
        story.append(para("Inga uppgifter finns om", heading))
        story.append(para("; ".join(t.lower() for t in extract.empty) + ".", s.body))
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
