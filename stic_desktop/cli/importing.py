"""``import KIND FILE``: all or nothing; every bad row is reported and nothing is saved.

A later kind is one entry in KINDS: a function (db, path, dry_run=) returning a result with
``summary()``; it raises ImportFailed with row errors, which ``run`` prints. Kinds that can find
likely duplicates (people) also take ``allow_duplicates=`` and list them in ``result.duplicates``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from stic_desktop.cli import agreements, municipalities, people, sales
from stic_desktop.cli.common import add_json_flag, opened, print_json
from stic_desktop.errors import ImportFailed

KINDS: dict[str, Callable[..., Any]] = {
    "municipalities": municipalities.import_file,
    "people": people.import_file,
    "agreements": agreements.import_file,
    "sales": sales.import_file,
}
ALLOWS_DUPLICATES = {"people"}
ALLOWS_REPLACE = {"sales"}


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "import", parents=[common], help="importera en .csv- eller .xlsx-fil",
        description="Importerar en .csv- (med ; eller ,) eller .xlsx-fil. Allt eller inget: vid fel sparas ingenting.",
    )
    parser.add_argument("kind", metavar="KIND", choices=sorted(KINDS), help=f"vad som importeras: {', '.join(sorted(KINDS))}")
    parser.add_argument("file", metavar="FILE", type=Path)
    parser.add_argument("--dry-run", action="store_true", help="kontrollera filen och visa vad som skulle ändras, utan att spara")
    parser.add_argument("--allow-duplicates", action="store_true",
                        help="importera även rader som liknar personer som redan finns (bara people)")
    parser.add_argument("--replace", action="store_true",
                        help="ersätt perioder som redan är rapporterade (bara sales)")
    add_json_flag(parser)
    parser.set_defaults(handler=_import)


def _import(args: argparse.Namespace) -> int:
    options = {}
    if args.allow_duplicates:
        if args.kind not in ALLOWS_DUPLICATES:
            print(f"stic-desktop import: fel: --allow-duplicates gäller bara {', '.join(sorted(ALLOWS_DUPLICATES))}",
                  file=sys.stderr)
            return 2
        options["allow_duplicates"] = True
    if args.replace:
        if args.kind not in ALLOWS_REPLACE:
            print(f"stic-desktop import: fel: --replace gäller bara {', '.join(sorted(ALLOWS_REPLACE))}", file=sys.stderr)
            return 2
        options["replace"] = True
    if not args.file.is_file():  # before the database is opened, so a typo creates nothing
        raise ImportFailed(f"Filen {args.file} finns inte.")
    with opened(args, create=True) as db:
        result = KINDS[args.kind](db, args.file, dry_run=args.dry_run, **options)
    if args.json:
        print_json(asdict(result))
    else:
        print(result.summary())
        for line in getattr(result, "duplicates", ()):  # shown before anything is saved (--dry-run)
            print(f"Möjlig dubblett: {line}")
    return 0
