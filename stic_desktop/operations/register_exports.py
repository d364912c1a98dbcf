"""The register documents saved to a file: the member list (medlemsförteckning) and a group's contact list
(kontaktlista, .pdf or .xlsx). Each reads in one transaction and writes the file whole or not at all;
nothing is recorded."""

from __future__ import annotations

from collections.abc import Generator
from datetime import date
from pathlib import Path

from stic_desktop.core import clock
from stic_desktop.operations import Outcome, Step


def export_member_list(db, target: Path, today: date | None = None) -> Generator[Step, None, Outcome]:
    """The member list of the open database written to ``target``."""
    from stic_desktop.documents.member_list import write_member_list
    from stic_desktop.services.municipalities.document_data import member_list_data

    target = Path(target)
    yield 0, 2, "Läser kommunregistret"
    data = member_list_data(db)
    yield 1, 2, "Skapar medlemsförteckningen"
    write_member_list(target, data.municipalities, data.organisation, today or clock.today())  # whole or not at all
    return Outcome(files=(target,), message=f"Sparade {target}.")


def export_group_roster(db, group_id: int, target: Path, as_of: date | None = None,
                        today: date | None = None) -> Generator[Step, None, Outcome]:
    """The contact list of one group written as .pdf or .xlsx, by the file's suffix."""
    from stic_desktop.documents.group_roster import roster_suffix, write_roster_pdf, write_roster_xlsx
    from stic_desktop.services.people.document_data import group_roster_data

    target = Path(target)
    suffix = roster_suffix(target)
    yield 0, 2, "Läser gruppen"
    data = group_roster_data(db, group_id, as_of)
    yield 1, 2, "Skapar kontaktlistan"
    if suffix == ".pdf":  # both writers replace the file only when it is whole
        write_roster_pdf(target, data.roster, data.organisation.name, data.organisation.logo, today or clock.today())
    else:
        write_roster_xlsx(target, data.roster)
    return Outcome(files=(target,), message=f"Sparade {target}.")
