"""Groups on the command line: ``list groups`` (with today's members) and ``export group-roster``."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from datetime import date
from operator import attrgetter

from stic_desktop.cli.common import Column, export_to_file, output_file
from stic_desktop.core import clock


@dataclass(frozen=True)
class MemberRow:
    person_id: int
    name: str
    role: str
    role_label: str
    municipality: str | None
    from_date: date
    to_date: date | None


@dataclass(frozen=True)
class GroupRow:
    id: int
    kind: str
    kind_label: str
    name: str
    subject_area: str
    min_experts: int
    active: bool
    members: list[MemberRow]  # as of today


LIST_COLUMNS = (
    Column("Id", attrgetter("id")),
    Column("Typ", attrgetter("kind_label")),
    Column("Namn", attrgetter("name")),
    Column("Sakområde", attrgetter("subject_area")),
    Column("Minst experter", lambda g: g.min_experts if g.kind == "contract" else ""),
    Column("Medlemmar", lambda g: len(g.members)),
    Column("Aktiv", lambda g: "Ja" if g.active else "Nej"),
)


def load(db) -> list[GroupRow]:
    from stic_desktop.services.people.groups import list_groups
    from stic_desktop.services.people.memberships import members

    today = clock.today()
    return [
        GroupRow(g.id, g.kind, g.kind_label, g.name, g.subject_area, g.min_experts, g.active, [
            MemberRow(m.person_id, m.person_name, m.role, m.role_label, m.municipality_name, m.from_date, m.to_date)
            for m in members(db, g.id, today)
        ])
        for g in list_groups(db)
    ]


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text} är inget datum i formen ÅÅÅÅ-MM-DD") from None


def add_export_parser(kinds: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = kinds.add_parser(
        "group-roster", parents=[common], help="kontaktlista för en grupp, .pdf eller .xlsx",
        description="Skriver en grupps kontaktlista (namn, roll, kommun, e-post, telefon) som PDF eller Excel-fil.",
    )
    parser.add_argument("group_id", metavar="GROUP_ID", type=int, help="gruppens id (se list groups)")
    parser.add_argument("-o", "--output", required=True, metavar="FILE", type=output_file(".pdf", ".xlsx"))
    parser.add_argument("--as-of", metavar="ÅÅÅÅ-MM-DD", type=_iso_date, default=None,
                        help="medlemmarna ett visst datum (standard: i dag)")
    parser.set_defaults(handler=_export)


def _export(args: argparse.Namespace) -> int:
    from stic_desktop.operations import run_to_end
    from stic_desktop.operations.register_exports import export_group_roster

    return export_to_file(args, lambda db, target: run_to_end(export_group_roster(db, args.group_id, target, args.as_of)))
