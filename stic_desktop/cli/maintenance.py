"""``check``, ``backup`` and ``restore``.

``check`` and ``backup`` only read the database file and never create or change it. ``restore``
checks the backup first, keeps a copy of the current database and replaces its contents; it
refuses while a window has the database open.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from stic_desktop.cli.common import database_path, display_location, existing_database, writable_target
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
    restore = commands.add_parser(
        "restore", parents=[common], help="återställ databasen från en säkerhetskopia",
        description="Kontrollerar säkerhetskopian (integritet, STIC-databas, schemaversion), sparar en kopia av den "
                    "nuvarande databasen (NAMN.before-restore-ÅÅÅÅMMDD-TTMMSS) och ersätter sedan databasens innehåll. "
                    "En säkerhetskopia från en äldre version uppgraderas.",
    )
    restore.add_argument("file", metavar="FILE", type=Path, help="säkerhetskopian")
    restore.set_defaults(handler=_restore)


def _check(args: argparse.Namespace) -> int:
    from stic_desktop.services.workspace.database import check_database
    from stic_desktop.storage.database import HEAD_REVISION

    path = existing_database(args)
    report = check_database(path)
    print(f"Databas: {display_location(path)}")
    print(f"Schemaversion: {report.revision or '(ingen)'} (programmet: {HEAD_REVISION})")
    if not isinstance(path, str):  # a team database: the server keeps integrity and foreign keys itself
        print(f"integrity_check: {'ok' if report.integrity == ['ok'] else 'FEL'}")
    for line in [] if report.integrity == ["ok"] else report.integrity:
        print(f"  {line}")
    if not isinstance(path, str):
        print(f"foreign_key_check: {'FEL' if report.foreign_key_problems else 'ok'}")
    for line in report.foreign_key_problems:
        print(f"  {line}")
    if report.missing_tables:
        print(f"Tabeller som saknas: {', '.join(report.missing_tables)}")
    if report.revision != HEAD_REVISION:
        raise UserError(f"Databasen {display_location(path)} har en äldre schemaversion; öppna den en gång med programmet så uppgraderas den.")
    if not report.ok:
        raise UserError(f"Databasen {display_location(path)} är skadad (se ovan). Återställ den från en säkerhetskopia.")
    print("Databasen är i ordning.")
    return 0


def _backup(args: argparse.Namespace) -> int:
    from stic_desktop.services.workspace.database import backup_database

    target = backup_database(existing_database(args), writable_target(args.output))
    print(f"Säkerhetskopia sparad: {target}")
    return 0


@contextmanager
def _not_open_in_a_window(target: Path) -> Iterator[None]:
    """Holds the window's lock file while restoring, so a running window cannot be overwritten."""
    from PySide6.QtCore import QLockFile  # deferred: only this command needs Qt

    from stic_desktop.services.workspace.backups import lock_path

    lock = QLockFile(str(lock_path(target.absolute())))
    lock.setStaleLockTime(0)
    if not lock.tryLock(0):
        if lock.error() == QLockFile.LockError.LockFailedError:
            raise UserError(f"Databasen {target} är öppen i STIC Desktop. Stäng programmet och försök igen. Inget ändrades.")
        yield  # no lock file possible there; the restore itself says what is wrong
        return
    try:
        yield
    finally:
        lock.unlock()


def _restore(args: argparse.Namespace) -> int:
    from stic_desktop.services.workspace.backups import restore_database
    from stic_desktop.services.workspace.database import default_path

    target = database_path(args)
    if isinstance(target, str):
        raise UserError("En teamdatabas återställs inte med restore: IT återställer den med pg_restore, eller flyttar "
                        "in en SQLite-fil med 'stic-desktop server move-in'. Inget ändrades.")
    if getattr(args, "db", None) is None:
        default_path().parent.mkdir(parents=True, exist_ok=True)
    with _not_open_in_a_window(target):
        result = restore_database(args.file, target)
    if result.database is not None:
        result.database.close()
    print(f"Databasen {target} återställdes från {result.source} (schema {result.revision}).")
    if result.safety_copy is not None:
        print(f"Den tidigare databasen sparades som {result.safety_copy}")
    if result.migration_backup is not None:
        print(f"Säkerhetskopian var från en äldre version och uppgraderades (kopia före uppgraderingen: {result.migration_backup}).")
    return 0
