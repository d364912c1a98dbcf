"""Meetings on the command line: ``list meetings`` and the meeting documents,
``export invitation | invitation-letters | agenda | attendance | minutes | meeting-pack | ics MEETING_ID -o FILE``
and
``export minutes-extract MEETING_ID --paragraph N -o FILE``."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from datetime import datetime
from operator import attrgetter
from pathlib import Path

from stic_desktop.cli.common import Column, export_to_file, opened, output_file, writable_target
from stic_desktop.errors import UserError


@dataclass(frozen=True)
class MeetingRow:
    """One meeting as ``list meetings`` shows it; times are Swedish time with their UTC offset."""

    id: int
    starts_at: datetime
    ends_at: datetime
    group_id: int | None
    group: str
    title: str
    kind: str
    kind_label: str
    status: str
    status_label: str
    location: str
    online_link: str
    case_number: str
    invitees: int


LIST_COLUMNS = (
    Column("Id", attrgetter("id")),
    Column("Börjar", lambda row: row.starts_at.strftime("%Y-%m-%d %H:%M")),
    Column("Slutar", lambda row: row.ends_at.strftime("%H:%M" if row.ends_at.date() == row.starts_at.date()
                                                      else "%Y-%m-%d %H:%M")),
    Column("Grupp", attrgetter("group")),
    Column("Rubrik", attrgetter("title")),
    Column("Typ", attrgetter("kind_label")),
    Column("Status", attrgetter("status_label")),
    Column("Plats", attrgetter("location")),
    Column("Kallade", attrgetter("invitees")),
)


def load(db) -> list[MeetingRow]:
    from stic_desktop.services.meetings.meetings import list_meetings

    return [
        MeetingRow(m.id, m.starts_at, m.ends_at, m.group_id, m.group_name, m.title, m.kind, m.kind_label, m.status,
                   m.status_label, m.location, m.online_link, m.case_number, m.invitee_count)
        for m in list_meetings(db)
    ]


@dataclass(frozen=True)
class Document:
    kind: str  # the subcommand
    help: str
    suffix: str


DOCUMENTS = (
    Document("invitation", "kallelse till ett möte (.pdf)", ".pdf"),
    Document("invitation-letters", "kallelser, ett brev per kallad med namn och ersättare (.pdf)", ".pdf"),
    Document("agenda", "dagordning (.pdf)", ".pdf"),
    Document("attendance", "närvarolista med signaturkolumn (.pdf)", ".pdf"),
    Document("minutes", "protokoll med signaturrader (.pdf)", ".pdf"),
    Document("ics", "kalenderfil för Outlook och andra kalendrar (.ics)", ".ics"),
)


def _meeting_id(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("meeting_id", metavar="MEETING_ID", type=int, help="mötets id (se list meetings)")


def add_export_parser(kinds: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Every meeting document: one subcommand each, and ``meeting-pack``."""
    for document in DOCUMENTS:
        parser = kinds.add_parser(document.kind, parents=[common], help=document.help,
                                  description=f"Skriver mötets {document.help}.")
        _meeting_id(parser)
        parser.add_argument("-o", "--output", required=True, metavar="FILE", type=output_file(document.suffix))
        parser.set_defaults(handler=_export, document=document)
    pack = kinds.add_parser(
        "meeting-pack", parents=[common], help="mötespaket: kallelse, dagordning, bilagor och närvarolista (.pdf)",
        description="Skriver mötespaketet: försättsblad, kallelse, dagordning, varje punkts bilagor och "
                    "närvarolistan i en PDF med bokmärken och sidnummer. Med --per-participant skrivs ett paket "
                    "per kallad person, med namnet på försättsbladet, i mappen efter -o.",
    )
    _meeting_id(pack)
    pack.add_argument("-o", "--output", required=True, metavar="FILE", type=Path,
                      help="PDF-filen, eller mappen med --per-participant")
    pack.add_argument("--per-participant", action="store_true", help="ett paket per kallad person (i en mapp)")
    pack.set_defaults(handler=_export_pack, usage_error=pack.error)
    extract = kinds.add_parser(
        "minutes-extract", parents=[common], help="protokollsutdrag: en paragraf med utdragsbestyrkande (.pdf)",
        description="Skriver ett utdrag ur mötets protokoll: paragrafen med anteckningar, beslut och vem beslutet "
                    "expedieras till, och ett utdragsbestyrkande att skriva under.")
    _meeting_id(extract)
    extract.add_argument("--paragraph", required=True, type=int, metavar="N", help="paragrafens nummer (§ N)")
    extract.add_argument("-o", "--output", required=True, metavar="FILE", type=output_file(".pdf"))
    extract.set_defaults(handler=_export_extract)


def _saved(paths: list[Path]) -> None:
    for path in paths:
        print(f"Sparad: {path}")


def _export(args: argparse.Namespace) -> int:
    from stic_desktop.operations import run_to_end
    from stic_desktop.operations.meeting_documents import export_meeting_document

    document: Document = args.document
    return export_to_file(args, lambda db, target: run_to_end(export_meeting_document(db, args.meeting_id,
                                                                                     document.kind, target)))


def _export_extract(args: argparse.Namespace) -> int:
    from stic_desktop.operations import run_to_end
    from stic_desktop.operations.meeting_documents import export_minutes_extract

    return export_to_file(args, lambda db, target: run_to_end(export_minutes_extract(db, args.meeting_id,
                                                                                    args.paragraph, target)))


def _export_pack(args: argparse.Namespace) -> int:
    target: Path = args.output
    is_pdf = target.suffix.lower() == ".pdf"
    if args.per_participant and is_pdf:
        args.usage_error(f"med --per-participant ska -o vara en mapp, inte filen {target}")  # exits with 2
    if not args.per_participant:
        if not is_pdf:
            args.usage_error(f"filen {target} ska sluta på .pdf (eller ange --per-participant och en mapp)")
        writable_target(target)
    from stic_desktop.operations import run_to_end
    from stic_desktop.operations.meeting_pack import build_meeting_packs

    with opened(args, read_only=True) as db:
        try:
            written = run_to_end(build_meeting_packs(db, args.meeting_id, target,
                                                     per_participant=args.per_participant)).files
        except OSError as exc:
            raise UserError(f"{target} kunde inte sparas: {exc.strerror or exc}.") from None
    _saved(written)
    return 0
