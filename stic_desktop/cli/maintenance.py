"""``check`` and ``backup``: both read the database file and never create or change it."""

from __future__ import annotations

import argparse
from pathlib import Path

from stic_desktop.cli.common import existing_database, writable_target
from stic_desktop.errors import UserError


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    check = commands.add_parser(
        "check", parents=[common], help="kontrollera databasfilen",
        description="Kör integrity_check och foreign_key_check och jämför schemaversionen med programmets.",
    )
    check.set_defaults(handler=_check)
    backup = commands.add_parser("backup", parents=[common], help="säkerhetskopiera databasen",
                                 description="Gör en säkerhetskopia med SQLite:s backup-funktion.")
    backup.add_argument("-o", "--output", required=True, metavar="FILE", type=Path)
    backup.set_defaults(handler=_backup)


def _check(args: argparse.Namespace) -> int:
    from stic_desktop.services.database import HEAD_REVISION, check_database

    path = existing_database(args)
    report = check_database(path)
    print(f"Databas: {path}")
    print(f"Schemaversion: {report.revision or '(ingen)'} (programmet: {HEAD_REVISION})")
    print(f"integrity_check: {'ok' if report.integrity == ['ok'] else 'FEL'}")
    for line in [] if report.integrity == ["ok"] else report.integrity:
        print(f"  {line}")
    print(f"foreign_key_check: {'FEL' if report.foreign_key_problems else 'ok'}")
    for line in report.foreign_key_problems:
        print(f"  {line}")
    if report.revision != HEAD_REVISION:
        raise UserError(f"Databasen {path} har en äldre schemaversion; öppna den en gång med programmet så uppgraderas den.")
    if not report.ok:
        raise UserError(f"Databasen {path} är skadad (se ovan). Återställ den från en säkerhetskopia.")
    print("Databasen är i ordning.")
    return 0


def _backup(args: argparse.Namespace) -> int:
    from stic_desktop.services.database import backup_database

    target = backup_database(existing_database(args), writable_target(args.output))
    print(f"Säkerhetskopia sparad: {target}")
    return 0
