"""``export KIND ... -o FILE``: one subcommand per kind, each with its own arguments.

A later kind adds its ``add_export_parser`` to EXPORTS.
"""

from __future__ import annotations

import argparse

from stic_desktop.cli import (
    agreement_exports,
    archive,
    commission_exports,
    groups,
    meetings,
    municipalities,
    people,
    procurement_exports,
    proposals,
    sales,
)

EXPORTS = (
    municipalities.add_export_parser, groups.add_export_parser, people.add_export_parser, meetings.add_export_parser,
    proposals.add_export_parser, procurement_exports.add_export_parser, agreement_exports.add_export_parser,
    commission_exports.add_export_parser, sales.add_export_parser, archive.add_export_parser,
)


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("export", help="skriv ett dokument eller en tabell till fil",
                                 description="Skriver ett dokument (PDF) eller en tabell (.xlsx) till fil.")
    kinds = parser.add_subparsers(title="vad som exporteras", metavar="KIND", required=True)
    for add_export_parser in EXPORTS:
        add_export_parser(kinds, common)
