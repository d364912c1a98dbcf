"""Every kind of document the program writes, each made once from a demo database (used by ``selftest``).

A later document kind adds one ``Kind`` here, so the bundle test proves it works when frozen.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable


@dataclass(frozen=True)
class Kind:
    filename: str
    make: Callable[[Any, Path], Any]  # (db, target) -> anything; writes target

    def write(self, db, folder: Path) -> Path:
        target = folder / self.filename
        self.make(db, target)
        return target


def _first(records: list, what: str):
    if not records:
        raise LookupError(f"demodatan saknar {what}")
    return records[0]


def _meeting_id(db) -> int:
    from stic_desktop.services.meetings import list_meetings

    return _first(list_meetings(db), "möten").id


def _group_id(db) -> int:
    from stic_desktop.services.groups import list_groups

    return _first(list_groups(db), "grupper").id


def _person_id(db) -> int:
    from stic_desktop.services.people import list_people

    return _first(list_people(db), "personer").id


def _meeting_document(module: str, function: str) -> Callable[[Any, Path], Any]:
    def make(db, target: Path) -> Any:
        import importlib

        return getattr(importlib.import_module(f"stic_desktop.documents.{module}"), function)(db, _meeting_id(db), target)

    return make


def _member_list(db, target: Path) -> Path:
    from stic_desktop.documents.member_list import export_member_list

    return export_member_list(db, target)


def _group_roster(db, target: Path) -> Path:
    from stic_desktop.documents.group_roster import export_group_roster

    return export_group_roster(db, _group_id(db), target)


def _person_data(db, target: Path) -> Path:
    from stic_desktop.documents.person_data import export_person_data

    return export_person_data(db, _person_id(db), target)


def _people_xlsx(db, target: Path) -> Path:
    from stic_desktop.documents.xlsx import write_table
    from stic_desktop.services.people import list_people

    write_table(target, "Personer", ["Namn", "E-post"], [(p.name, p.email) for p in list_people(db)])
    return target


KINDS: tuple[Kind, ...] = (
    Kind("medlemsforteckning.pdf", _member_list),
    Kind("gruppforteckning.pdf", _group_roster),
    Kind("registerutdrag.pdf", _person_data),
    Kind("personer.xlsx", _people_xlsx),
    Kind("kallelse.pdf", _meeting_document("invitation", "export_invitation")),
    Kind("dagordning.pdf", _meeting_document("agenda_doc", "export_agenda")),
    Kind("narvarolista.pdf", _meeting_document("attendance", "export_attendance")),
    Kind("protokoll.pdf", _meeting_document("minutes_doc", "export_minutes")),
    Kind("motespaket.pdf", _meeting_document("meeting_pack", "export_meeting_pack")),
    Kind("mote.ics", _meeting_document("ics", "export_ics")),
)


def verify(path: Path) -> None:
    """The file exists and opens as what its name says (a PDF with text, a workbook, a calendar)."""
    if not path.is_file() or path.stat().st_size == 0:
        raise FileNotFoundError(f"{path.name} skrevs inte")
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        from pypdf import PdfReader

        if not PdfReader(path).pages[0].extract_text().strip():
            raise ValueError(f"{path.name} saknar text")
    elif suffix == ".xlsx":
        from openpyxl import load_workbook

        load_workbook(path, read_only=True).close()
    elif suffix == ".ics":
        from icalendar import Calendar

        Calendar.from_ical(path.read_bytes())
