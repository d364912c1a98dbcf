"""Kontaktlista: the members of one group on a date, as an A4 PDF or an .xlsx with the same columns.

The roster is read by ``services.people.document_data`` (the group's members from
``services.people.groups.members``, so "as of" means the same everywhere); ``operations.register_exports``
writes the file for the window and the command line.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from stic_desktop.errors import UserError

if TYPE_CHECKING:
    from stic_desktop.services.people.document_data import Roster

TITLE = "Kontaktlista"
HEADERS = ("Namn", "Roll", "Kommun", "E-post", "Telefon")
WIDTHS = (0.19, 0.17, 0.17, 0.325, 0.145)  # "Sammankallande" and most e-mail addresses fit on one line
def _description(roster: Roster) -> str:
    group = roster.group
    parts = [group.kind_label]
    if group.subject_area:
        parts.append(f"sakområde {group.subject_area}")
    count = len(roster.lines)
    return f"{', '.join(parts)}. {count} {'medlem' if count == 1 else 'medlemmar'}"


def _email_cell(email: str, width: float):
    """A long address breaks after the @ rather than anywhere in the middle."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Paragraph

    from stic_desktop.documents.pdf import FONT, para_text, styles

    cell = styles().cell
    local, at, domain = email.partition("@")
    if not at or stringWidth(email, FONT, cell.fontSize) <= width:
        return email
    return Paragraph(f"{para_text(local + at)}<br/>{para_text(domain)}", cell)


def write_roster_pdf(target: Path, roster: Roster, organisation: str, logo: bytes | None, today: date) -> None:
    from stic_desktop.core import dates
    from stic_desktop.documents.pdf import FRAME_WIDTH, PageHeader, build_pdf, make_table, para, styles

    s = styles()
    story = [
        para(f"{TITLE} – {roster.group.name}", s.title),
        para(f"{_description(roster)} per {dates.long_date(roster.as_of)}.", s.body),
    ]
    if roster.lines:
        email_width = FRAME_WIDTH * WIDTHS[3] / sum(WIDTHS) - 8  # minus the cell padding
        rows = [(*line.cells()[:3], _email_cell(line.email, email_width), line.phone) for line in roster.lines]
        story.append(make_table(HEADERS, rows, WIDTHS))
    else:
        story.append(para(f"Gruppen har inga medlemmar per {dates.long_date(roster.as_of)}.", s.body))
    header = PageHeader(organisation=organisation, title=f"{TITLE} – {roster.group.name}", document_date=today, logo=logo)
    build_pdf(Path(target), story, header)


def write_roster_xlsx(target: Path, roster: Roster) -> None:
    from stic_desktop.documents.xlsx import write_table

    rows: Sequence[Sequence[object]] = [line.cells() for line in roster.lines]
    write_table(Path(target), roster.group.name or TITLE, HEADERS, rows)


def roster_suffix(target: Path) -> str:
    """``.pdf`` or ``.xlsx``; anything else is refused with a Swedish message."""
    target = Path(target)
    suffix = target.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise UserError(f"Kontaktlistan kan sparas som .pdf eller .xlsx, inte ”{target.suffix or target.name}”.")
    return suffix
