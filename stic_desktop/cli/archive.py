"""The archive on the command line: ``list archive`` (every archived document with its retention) and
``export archive -o FOLDER [--year YYYY]`` (Arkivexport: a folder per year with the PDF/A files and a
metadata file an e-archive can take in)."""

from __future__ import annotations

import argparse
from operator import attrgetter
from pathlib import Path

from stic_desktop.cli.common import Column, opened

LIST_COLUMNS = (
    Column("Id", attrgetter("id")),
    Column("Datum", lambda r: r.created_at.strftime("%Y-%m-%d %H:%M")),
    Column("Typ", attrgetter("kind_label")),
    Column("Fil", attrgetter("filename")),
    Column("Av", attrgetter("author_name")),
    Column("Gallring", attrgetter("retention")),
)


def load(db) -> list:
    """Every archived document, oldest first, with its retention from the settings' table."""
    from stic_desktop.services.archive import all_archived

    return all_archived(db)


def _year(text: str) -> int:
    if not (text.isdigit() and len(text) == 4):
        raise argparse.ArgumentTypeError(f"”{text}” är inget årtal (skriv till exempel 2026)")
    return int(text)


def add_export_parser(kinds: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = kinds.add_parser(
        "archive", parents=[common], help="arkivexport: alla arkiverade dokument som PDF/A med metadata, en mapp per år",
        description="Skriver de arkiverade dokumenten till en ny (eller tom) mapp: en undermapp per år med filerna "
                    "(PDF/A-2b) och arkivmetadata.xml/.csv (referens, titel, datum, typ, gallring, sha256).",
    )
    parser.add_argument("-o", "--output", required=True, metavar="FOLDER", type=Path, help="en ny eller tom mapp")
    parser.add_argument("--year", type=_year, metavar="YYYY", help="bara dokument arkiverade det året")
    parser.set_defaults(handler=_export)


def _export(args: argparse.Namespace) -> int:
    from stic_desktop.operations import run_to_end
    from stic_desktop.operations.archive_export import export_archive

    with opened(args, read_only=True) as db:
        outcome = run_to_end(export_archive(db, args.output, year=args.year))
    print(outcome.message)
    return 0
