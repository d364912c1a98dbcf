"""Helpers every command shares: the database argument, output formats and file arguments."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from stic_desktop.errors import DatabaseRefused, UserError
from stic_desktop.paths import TEAM_URL_SCHEMES


def database_location(text: str) -> Path | str:
    """The ``--db`` argument: a file path (SQLite), or the team database's address (``postgresql://...``),
    kept as text."""
    return text if text.lower().startswith(TEAM_URL_SCHEMES) else Path(text)


def is_team_database(location: object) -> bool:
    return isinstance(location, str)


def display_location(location: Path | str) -> str:
    """A path as it is; an address without its password."""
    if isinstance(location, str):
        from stic_desktop.storage.server import display_url

        return display_url(location)
    return str(location)


def database_path(args: argparse.Namespace) -> Path | str:
    from stic_desktop.services.workspace.database import default_path

    given: Path | str | None = getattr(args, "db", None)
    return given if given is not None else default_path()


def existing_database(args: argparse.Namespace) -> Path | str:
    """The database for a command that only reads: a missing file is refused, never created (a team
    database is checked when it is opened)."""
    path = database_path(args)
    if is_team_database(path):
        return path
    if path.is_dir():
        raise DatabaseRefused(f"Databasen {path} kan inte öppnas: sökvägen är en mapp, inte en databasfil.")
    if not path.exists():
        raise DatabaseRefused(f"Databasen {path} finns inte. Kontrollera sökvägen efter --db.")
    return path


@contextmanager
def opened(args: argparse.Namespace, *, create: bool = False, read_only: bool = False) -> Iterator[Any]:
    """The open database (created only when ``create``), closed afterwards; no current user is set.

    ``read_only`` (list and exports that only read): the file is opened read-only and never created,
    migrated or changed; nothing is left next to it."""
    from stic_desktop.services.workspace.database import open_database, open_read_only

    # With no --db, open_database(None) uses the default file and makes its folder.
    if read_only:
        db = open_read_only(existing_database(args))
    elif create:
        db = open_database(getattr(args, "db", None))
    else:
        db = open_database(existing_database(args))
    try:
        if db.backup_path is not None:
            print(f"Databasen uppgraderades; säkerhetskopia: {db.backup_path}", file=sys.stderr)
        yield db
    finally:
        db.close()


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="skriv ut resultatet som JSON")


def _json_default(value: object) -> object:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (Decimal, Path)):
        return str(value)
    raise TypeError(f"{type(value).__name__} kan inte skrivas som JSON")


def print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=_json_default))


@dataclass(frozen=True)
class Column:
    heading: str
    value: Callable[[Any], object]


def print_table(columns: Sequence[Column], records: Sequence[Any]) -> None:
    """An aligned text table: headings, a rule, one line per record."""
    cells = [[column.heading for column in columns]]
    cells += [["" if (v := column.value(r)) is None else str(v) for column in columns] for r in records]
    widths = [max(len(row[i]) for row in cells) for i in range(len(columns))]
    lines = ["  ".join(text.ljust(width) for text, width in zip(row, widths)).rstrip() for row in cells]
    lines.insert(1, "  ".join("-" * width for width in widths))
    print("\n".join(lines))


def output_file(*suffixes: str) -> Callable[[str], Path]:
    """An argparse type: a file name with one of the suffixes (anything else is bad usage, exit 2)."""

    def parse(text: str) -> Path:
        path = Path(text)
        if path.suffix.lower() not in suffixes:
            raise argparse.ArgumentTypeError(f"filen {text} ska sluta på {' eller '.join(suffixes)}")
        return path

    return parse


def writable_target(path: Path) -> Path:
    """An output file name checked before any work: not a folder, in a folder that exists."""
    if path.is_dir():
        raise UserError(f"{path} är en mapp. Ange ett filnamn efter -o.")
    if not path.parent.is_dir():
        raise UserError(f"Mappen {path.parent} finns inte. Inget sparades.")
    return path


@contextmanager
def saving(target: Path) -> Iterator[None]:
    """An OSError while writing ``target`` (e.g. no permission, or the file open in Excel on Windows) becomes a
    UserError naming the file."""
    try:
        yield
    except OSError as exc:
        raise UserError(f"Filen {target} kunde inte sparas: {exc.strerror or exc}.") from None


def export_to_file(args: argparse.Namespace, write: Callable[[Any, Path], object]) -> int:
    """An export command: the ``-o`` file checked before any work, ``write(db, target)`` on the database opened
    read-only, then where it went."""
    target = writable_target(args.output)
    with opened(args, read_only=True) as db, saving(target):
        write(db, target)
    print(f"Sparad: {target}")
    return 0
