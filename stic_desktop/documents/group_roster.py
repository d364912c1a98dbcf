"""Kontaktlista: the members of one group on a date, as an A4 PDF or an .xlsx with the same columns.

``export_group_roster`` is the one function the window and the command line call; the group's
members come from ``services.groups.members``, so "as of" means the same everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Sequence

from stic_desktop.errors import UserError
from stic_desktop.services.people import groups, people
from stic_desktop.services.people.memberships import sort_key
from stic_desktop.services.workspace.organisation import get_organisation

TITLE = "Kontaktlista"
HEADERS = ("Namn", "Roll", "Kommun", "E-post", "Telefon")
WIDTHS = (0.19, 0.17, 0.17, 0.325, 0.145)  # "Sammankallande" and most e-mail addresses fit on one line
# The order a contact list is read in: who leads, who convenes and writes, then the members.
ROLE_ORDER = ("chair", "vice_chair", "convener", "secretary", "member", "substitute", "expert", "adjunct")


@dataclass(frozen=True)
class RosterLine:
    name: str
    role: str
    role_label: str
    municipality: str  # the municipality represented, else the person's organisation (STIC, Adda, ...)
    email: str
    phone: str

    def cells(self) -> tuple[str, ...]:
        return (self.name, self.role_label, self.municipality, self.email, self.phone)


@dataclass(frozen=True)
class Roster:
    group: groups.GroupRecord
    as_of: date
    lines: tuple[RosterLine, ...]


def group_roster(db, group_id: int, as_of: date | None = None) -> Roster:
    """The group's members on ``as_of`` (today if None), by role order then name."""
    day = as_of or date.today()
    group = groups.get_group(db, group_id)
    lines = []
    for member in groups.members(db, group_id, day):
        where = member.municipality_name
        if not where:  # STIC staff, the Adda CEO, ...: their organisation says where they come from
            where = people.get_person(db, member.person_id).organisation
        lines.append(RosterLine(member.person_name, member.role, member.role_label, where or "", member.email, member.phone))
    lines.sort(key=lambda line: (ROLE_ORDER.index(line.role), sort_key(line.name), line.name))
    return Roster(group, day, tuple(lines))


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


def export_group_roster(db, group_id: int, target: Path, as_of: date | None = None, today: date | None = None) -> Path:
    """The contact list of one group written as .pdf or .xlsx, by the file's suffix; returns the path."""
    target = Path(target)
    suffix = target.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise UserError(f"Kontaktlistan kan sparas som .pdf eller .xlsx, inte ”{target.suffix or target.name}”.")
    roster = group_roster(db, group_id, as_of)
    if suffix == ".pdf":
        organisation = get_organisation(db)
        write_roster_pdf(target, roster, organisation.name, organisation.logo, today or date.today())
    else:
        write_roster_xlsx(target, roster)
    return target
