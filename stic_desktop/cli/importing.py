"""``import KIND FILE``: all or nothing; every bad row is reported and nothing is saved.

A later kind is one entry in KINDS: a function (db, path, dry_run=) returning a result with
``summary()``; it raises ImportFailed with row errors, which ``run`` prints.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import Any, Callable

from stic_desktop.cli import municipalities
from stic_desktop.cli.common import add_json_flag, opened, print_json
from stic_desktop.errors import ImportFailed

KINDS: dict[str, Callable[..., Any]] = {
    "municipalities": municipalities.import_file,
}


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "import", parents=[common], help="importera en .csv- eller .xlsx-fil",
        description="Importerar en .csv- (med ; eller ,) eller .xlsx-fil. Allt eller inget: vid fel sparas ingenting.",
    )
    parser.add_argument("kind", metavar="KIND", choices=sorted(KINDS), help=f"vad som importeras: {', '.join(sorted(KINDS))}")
    parser.add_argument("file", metavar="FILE", type=Path)
    parser.add_argument("--dry-run", action="store_true", help="kontrollera filen och visa vad som skulle ändras, utan att spara")
    add_json_flag(parser)
    parser.set_defaults(handler=_import)


def _import(args: argparse.Namespace) -> int:
    if not args.file.is_file():  # before the database is opened, so a typo creates nothing
        raise ImportFailed(f"Filen {args.file} finns inte.")
    with opened(args, create=True) as db:
        result = KINDS[args.kind](db, args.file, dry_run=args.dry_run)
    if args.json:
        print_json(asdict(result))
    else:
        print(result.summary())
    return 0
