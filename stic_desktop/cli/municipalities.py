"""The member-municipality register on the command line: list columns, export and import."""

from __future__ import annotations

import argparse
from operator import attrgetter
from pathlib import Path

from stic_desktop.cli.common import Column, export_to_file, output_file

LIST_COLUMNS = (
    Column("Id", attrgetter("id")),
    Column("Kommunkod", attrgetter("municipality_code")),
    Column("Namn", attrgetter("name")),
    Column("Organisationsnummer", attrgetter("org_number")),
    Column("Status", attrgetter("status_label")),
    Column("Inträdesdatum", attrgetter("joined_on")),
    Column("Utträdesdatum", attrgetter("left_on")),
)


def load(db) -> list:
    from stic_desktop.services.municipalities.municipalities import list_municipalities

    return list_municipalities(db)


def import_file(db, path: Path, *, dry_run: bool):
    from stic_desktop.services.municipalities.municipalities import import_municipalities

    return import_municipalities(db, path, dry_run=dry_run)


def add_export_parser(kinds: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = kinds.add_parser(
        "municipalities", parents=[common], help="medlemsförteckning (.pdf) eller kommunregistret (.xlsx)",
        description="Skriver medlemsförteckningen som PDF, eller hela kommunregistret som Excel-fil.",
    )
    parser.add_argument("-o", "--output", required=True, metavar="FILE", type=output_file(".pdf", ".xlsx"))
    parser.set_defaults(handler=_export)


def _export(args: argparse.Namespace) -> int:
    return export_to_file(args, _write_pdf if args.output.suffix.lower() == ".pdf" else _write_xlsx)


def _write_pdf(db, target: Path) -> None:
    from stic_desktop.operations import run_to_end
    from stic_desktop.operations.register_exports import export_member_list

    run_to_end(export_member_list(db, target))


def _write_xlsx(db, target: Path) -> None:
    """Every stored field, headed like the import columns, so the file can be imported again."""
    from stic_desktop.documents.xlsx import write_table
    from stic_desktop.services.municipalities.municipalities import FIELD_LABELS, STORED_FIELDS

    def value(record, name: str) -> object:
        return record.status_label if name == "status" else getattr(record, name)

    rows = [[value(record, name) for name in STORED_FIELDS] for record in load(db)]
    write_table(target, "Medlemskommuner", [FIELD_LABELS[name] for name in STORED_FIELDS], rows)
