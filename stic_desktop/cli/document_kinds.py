"""Every kind of document the program writes, each made once from a demo database (used by ``selftest``).

A later document kind adds one ``Kind`` here, so the bundle test proves it works when frozen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stic_desktop.core import clock


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
    from stic_desktop.services.meetings.meetings import list_meetings

    return _first(list_meetings(db), "möten").id


def _group_id(db) -> int:
    from stic_desktop.services.people.groups import list_groups

    return _first(list_groups(db), "grupper").id


def _person_id(db) -> int:
    from stic_desktop.services.people.people import list_people

    return _first(list_people(db), "personer").id


def _held_meeting_id(db) -> int:
    """A meeting that has minutes (held or adjusted): a cancelled one may have none."""
    from stic_desktop.services.meetings.meetings import list_meetings

    return _first([m for m in list_meetings(db) if m.status in ("held", "adjusted")], "genomförda möten").id


def _meeting_document(kind: str) -> Callable[[Any, Path], Any]:
    def make(db, target: Path) -> Any:
        from stic_desktop.operations import run_to_end
        from stic_desktop.operations.meeting_documents import export_meeting_document

        meeting_id = _held_meeting_id(db) if kind == "minutes" else _meeting_id(db)
        return run_to_end(export_meeting_document(db, meeting_id, kind, target))

    return make


def _minutes_extract(db, target: Path) -> Any:
    from stic_desktop.operations import run_to_end
    from stic_desktop.operations.meeting_documents import export_minutes_extract
    from stic_desktop.services.meetings.agenda import agenda

    meeting_id = _held_meeting_id(db)
    paragraph = _first([i.paragraph for i in agenda(db, meeting_id).items if i.paragraph is not None], "paragrafer")
    return run_to_end(export_minutes_extract(db, meeting_id, paragraph, target))


def _meeting_pack(db, target: Path) -> Any:
    from stic_desktop.operations import run_to_end
    from stic_desktop.operations.meeting_pack import build_meeting_packs

    return run_to_end(build_meeting_packs(db, _meeting_id(db), target))


def _member_list(db, target: Path) -> Any:
    from stic_desktop.operations import run_to_end
    from stic_desktop.operations.register_exports import export_member_list

    return run_to_end(export_member_list(db, target))


def _group_roster(db, target: Path) -> Any:
    from stic_desktop.operations import run_to_end
    from stic_desktop.operations.register_exports import export_group_roster

    return run_to_end(export_group_roster(db, _group_id(db), target))


def _person_data(db, target: Path) -> Any:
    from stic_desktop.operations import run_to_end
    from stic_desktop.operations.person_data import export_person_data

    return run_to_end(export_person_data(db, _person_id(db), target))


def _people_xlsx(db, target: Path) -> Path:
    from stic_desktop.documents.xlsx import write_table
    from stic_desktop.services.people.people import list_people

    write_table(target, "Personer", ["Namn", "E-post"], [(p.name, p.email) for p in list_people(db)])
    return target


def _proposal_list(db, target: Path) -> Any:
    from stic_desktop.operations import run_to_end
    from stic_desktop.operations.proposal_list import export_proposal_list

    return run_to_end(export_proposal_list(db, target))


def _procurement_document(db, kind: str, procurement_id: int | None, target: Path) -> Any:
    from stic_desktop.operations import run_to_end
    from stic_desktop.operations.procurement_documents import export_procurement_document

    return run_to_end(export_procurement_document(db, kind, procurement_id, target))


def _procurement_report(db, target: Path) -> Any:
    return _procurement_document(db, "report", None, target)


def _procurement(db, wanted: Callable[[Any], bool], what: str) -> int:
    from stic_desktop.services.procurement.procurements import list_procurements

    return _first([p for p in list_procurements(db) if wanted(p)], what).id


def _opening_record(db, target: Path) -> Any:
    procurement_id = _procurement(db, lambda p: len(p.opening_attesters) >= 2, "en upphandling med bevittnare")
    return _procurement_document(db, "opening", procurement_id, target)


def _award_decision(db, target: Path) -> Any:
    procurement_id = _procurement(db, lambda p: p.award_sent, "ett skickat tilldelningsbeslut")
    return _procurement_document(db, "award", procurement_id, target)


def _individual_report(db, target: Path) -> Any:
    procurement_id = _procurement(db, lambda p: p.stage in ("signed", "closed"), "en upphandling med tecknat avtal")
    return _procurement_document(db, "individual_report", procurement_id, target)


def _cancellation_notice(db, target: Path) -> Any:
    procurement_id = _procurement(db, lambda p: p.stage == "cancelled", "en avbruten upphandling")
    return _procurement_document(db, "cancellation_notice", procurement_id, target)


def _agreement_id(db) -> int:
    from stic_desktop.services.agreements.agreements import list_agreements

    return _first([a for a in list_agreements(db) if a.status in ("active", "extended")], "aktiva avtal").id


def _agreement_document(kind: str) -> Callable[[Any, Path], Any]:
    def make(db, target: Path) -> Any:
        from stic_desktop.operations import run_to_end
        from stic_desktop.operations.agreement_documents import export_agreement_document

        return run_to_end(export_agreement_document(db, kind, _agreement_id(db), target))

    return make


_agreement = _agreement_document("agreement")
_agreement_summary = _agreement_document("summary")


def _supplier_id(db) -> int:
    from stic_desktop.services.agreements.suppliers import list_suppliers

    return _first([s for s in list_suppliers(db) if s.agreement_count], "leverantörer med avtal").id


def _commission_report(db, target: Path) -> Path:

    from stic_desktop.operations import run_to_end
    from stic_desktop.operations.commission_documents import export_commission_report

    return run_to_end(export_commission_report(db, clock.today().year, target))


def _invoicing_basis(db, target: Path) -> Path:

    from stic_desktop.operations import run_to_end
    from stic_desktop.operations.commission_documents import export_invoicing_basis

    return run_to_end(export_invoicing_basis(db, _supplier_id(db), clock.today().year, None, target))


def _sales_template(db, target: Path) -> Any:
    from stic_desktop.operations import run_to_end
    from stic_desktop.operations.sales_template import export_sales_template

    return run_to_end(export_sales_template(db, _supplier_id(db), clock.today().strftime("%Y-%m"), target))


KINDS: tuple[Kind, ...] = (
    Kind("medlemsforteckning.pdf", _member_list),
    Kind("gruppforteckning.pdf", _group_roster),
    Kind("registerutdrag.pdf", _person_data),
    Kind("personer.xlsx", _people_xlsx),
    Kind("kallelse.pdf", _meeting_document("invitation")),
    Kind("kallelsebrev.pdf", _meeting_document("invitation-letters")),
    Kind("dagordning.pdf", _meeting_document("agenda")),
    Kind("narvarolista.pdf", _meeting_document("attendance")),
    Kind("protokoll.pdf", _meeting_document("minutes")),
    Kind("protokollsutdrag.pdf", _minutes_extract),
    Kind("motespaket.pdf", _meeting_pack),
    Kind("mote.ics", _meeting_document("ics")),
    Kind("forslagslista.pdf", _proposal_list),
    Kind("lagesrapport.pdf", _procurement_report),
    Kind("anbudsoppningsprotokoll.pdf", _opening_record),
    Kind("tilldelningsbeslut.pdf", _award_decision),
    Kind("individuell_rapport.pdf", _individual_report),
    Kind("underrattelse_avbrytande.pdf", _cancellation_notice),
    Kind("ramavtal.pdf", _agreement),
    Kind("avtalssammanfattning.pdf", _agreement_summary),
    Kind("provisionsrapport.pdf", _commission_report),
    Kind("provisionsrapport.xlsx", _commission_report),
    Kind("fakturaunderlag.pdf", _invoicing_basis),
    Kind("fakturaunderlag.xlsx", _invoicing_basis),
    Kind("forsaljningsmall.xlsx", _sales_template),
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
