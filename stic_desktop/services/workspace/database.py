"""Opening, checking and backing up database files, for the window and the command line alike."""

from __future__ import annotations

from pathlib import Path

from stic_desktop.storage import database as _db
from stic_desktop.storage.database import CheckReport, Database, HEAD_REVISION
from stic_desktop.core.private_files import private_folder
from stic_desktop.paths import default_database_path
from stic_desktop.services.workspace.backups import (
    DEFAULT_KEEP,
    AutoBackupResult,
    BackupFile,
    RestoreResult,
    automatic_backup,
    check_backup_folder,
    default_backup_folder,
    list_automatic_backups,
    lock_path,
    restore_database,
    verify_backup,
)

__all__ = [
    "Database", "CheckReport", "HEAD_REVISION", "open_database", "check_database", "backup_database", "backup_name",
    "default_path", "DEFAULT_KEEP", "AutoBackupResult", "BackupFile", "RestoreResult", "automatic_backup",
    "check_backup_folder", "default_backup_folder", "list_automatic_backups", "lock_path", "restore_database",
    "verify_backup",
]


def default_path() -> Path:
    return default_database_path()


def open_database(path: Path | None = None) -> Database:
    """Opens (creating or migrating as needed) the file, or raises DatabaseRefused with the reason."""
    if path is None:
        path = default_path()
        private_folder(path.parent)  # the user's data folder: owner-only
    return _db.open_database(Path(path))


def check_database(path: Path) -> CheckReport:
    return _db.check(Path(path))


def backup_database(source: Path, target: Path) -> Path:
    if not Path(source).is_file():
        raise _db.DatabaseRefused(f"Databasen {source} finns inte.")
    _db.inspect_file(Path(source), for_writing=False)
    return _db.backup(Path(source), Path(target))


def backup_name(source: Path) -> Path:
    """A free name next to the database: NAME.bak-YYYYmmdd-HHMMSS."""
    return _db.backup_name(Path(source))
