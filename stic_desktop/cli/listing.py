"""``list KIND``: an aligned table, or with --json an array of objects each with an ``id``.

A later kind is one entry in KINDS: how to load its records and which columns the table shows.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from stic_desktop.cli import (
    agreements,
    archive,
    groups,
    meetings,
    municipalities,
    people,
    procurements,
    proposals,
    suppliers,
)
from stic_desktop.cli.common import Column, add_json_flag, opened, print_json, print_table


@dataclass(frozen=True)
class Listing:
    load: Callable[[Any], Sequence[Any]]  # db -> frozen dataclass records with an ``id``
    columns: Sequence[Column]


KINDS: dict[str, Listing] = {
    "municipalities": Listing(municipalities.load, municipalities.LIST_COLUMNS),
    "people": Listing(people.load, people.LIST_COLUMNS),
    "groups": Listing(groups.load, groups.LIST_COLUMNS),
    "meetings": Listing(meetings.load, meetings.LIST_COLUMNS),
    "proposals": Listing(proposals.load, proposals.LIST_COLUMNS),
    "procurements": Listing(procurements.load, procurements.LIST_COLUMNS),
    "suppliers": Listing(suppliers.load, suppliers.LIST_COLUMNS),
    "agreements": Listing(agreements.load, agreements.LIST_COLUMNS),
    "archive": Listing(archive.load, archive.LIST_COLUMNS),
}


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("list", parents=[common], help="lista poster", description="Listar poster ur databasen.")
    parser.add_argument("kind", metavar="KIND", choices=sorted(KINDS), help=f"vad som listas: {', '.join(sorted(KINDS))}")
    add_json_flag(parser)
    parser.set_defaults(handler=_list)


def _list(args: argparse.Namespace) -> int:
    listing = KINDS[args.kind]
    with opened(args, read_only=True) as db:
        records = listing.load(db)
    if args.json:
        # row_version is the services' guard against lost updates, not data: a listing leaves it out
        print_json([{k: v for k, v in asdict(record).items() if k != "row_version"} for record in records])
    else:
        print_table(listing.columns, records)
    return 0
