"""Restoring a database from a backup, and the rotating automatic backups made when the program exits.

A restore checks the offered file first (SQLite header, completeness, integrity, application id,
schema revision), keeps a copy of the current database (NAME.before-restore-YYYYmmdd-HHMMSS),
and only then replaces the contents of the database file with SQLite's backup API, so the file
stays the same file (WAL and all) and a failure midway leaves the old contents. An older schema
is accepted: the restored database is migrated on opening, with the usual pre-migration backup.

Automatic backups are named STEM-auto-YYYYmmdd-HHMMSS.SUFFIX in the backup folder; rotation
only ever removes files matching that pattern for the same database.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from stic_desktop import paths
from stic_desktop.core import clock
from stic_desktop.core.private_files import private_folder
from stic_desktop.errors import DatabaseRefused, DatabaseUnavailable, UserError
from stic_desktop.paths import user_data_dir
from stic_desktop.storage import database as _db
from stic_desktop.storage.database import Database

DEFAULT_KEEP = 10
MAX_KEEP = 999
log = logging.getLogger(__name__)


def default_backup_folder() -> Path:
    return user_data_dir() / "backups"


def lock_path(database: Path) -> Path:
    """The lock file a running window keeps next to its database (NAME.lock)."""
    return paths.lock_path(database)


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made: datetime
    size: int


@dataclass(frozen=True)
class RestoreResult:
    source: Path
    target: Path
    revision: str  # the schema revision of the backup, before any migration
    safety_copy: Path | None  # the database as it was before the restore; None if there was none
    database: Database | None  # the restored database, opened (and migrated), when asked for

    @property
    def migration_backup(self) -> Path | None:
        return self.database.backup_path if self.database is not None else None


@dataclass(frozen=True)
class AutoBackupResult:
    path: Path
    removed: tuple[Path, ...]


# --- restore --------------------------------------------------------------------------------


def verify_backup(path: Path) -> str:
    """The schema revision of a file that may be restored, or DatabaseRefused saying why not."""
    return _db.verify_backup(Path(path))


def _check_target(target: Path) -> None:
    """The database to overwrite: a STIC database (even a damaged one), an empty file, or a new name."""
    def refuse(reason: str) -> DatabaseRefused:
        return DatabaseRefused(f"Databasen {target} kan inte ersättas: {reason} Inget ändrades.")

    if _db.is_network_path(target):
        raise refuse("den ligger på en nätverksenhet. Databasen måste ligga på datorns egen disk.")
    if target.is_dir():
        raise refuse("sökvägen är en mapp, inte en databasfil.")
    if not target.parent.is_dir():
        raise refuse(f"mappen {target.parent} finns inte.")
    if not os.access(target.parent, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise refuse("filen eller dess mapp är skrivskyddad.")
    if target.exists() and target.stat().st_size:
        with open(target, "rb") as handle:
            header = handle.read(100)
        if not header.startswith(_db.SQLITE_HEADER) or int.from_bytes(header[68:72], "big") != _db.APPLICATION_ID:
            raise refuse("filen är inte en STIC-databas, och andra filer skrivs aldrig över.")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def restore_database(source: Path, target: Path, *, open_after: bool = True) -> RestoreResult:
    """Replaces the database ``target`` with the backup ``source``; see the module docstring.

    With ``open_after`` the restored file is opened (migrated if older) and returned; if that fails,
    the previous contents are put back and the error says so.
    """
    source, target = Path(source), Path(target)
    if _same_file(source, target):
        raise UserError(f"Filen {source} är den databas som är öppen nu. Välj en säkerhetskopia. Inget ändrades.")
    revision = _db.verify_backup(source)
    _check_target(target)
    safety_copy = None
    if target.exists() and target.stat().st_size:
        try:
            safety_copy = _db.backup(target, _db.backup_name(target, label="before-restore"),
                                     reuse_label="before-restore")
        except UserError as error:
            raise DatabaseUnavailable(
                f"Den nuvarande databasen kunde inte kopieras före återställningen ({error.message}) "
                "Inget ändrades. Flytta undan filen och återställ till en ny fil i stället."
            ) from None
    try:
        _db.restore_into(source, target)
    except UserError as error:
        kept = f" En kopia av databasen som den var före försöket: {safety_copy}" if safety_copy else ""
        raise DatabaseUnavailable(f"{error.message}{kept}") from None
    log.info("restore: a backup of schema %s replaced the database contents", revision)
    database = None
    if open_after:
        try:
            database = _db.open_database(target)
        except UserError as error:
            if safety_copy is None:
                raise
            _db.restore_into(safety_copy, target)
            log.warning("restore: the restored database could not be opened; the previous contents were put back")
            raise DatabaseRefused(
                f"Den återställda databasen kunde inte öppnas: {error.message} Den tidigare databasen har lagts tillbaka."
            ) from None
        if database.backup_path is not None:
            log.info("restore: the restored database was migrated from schema %s", revision)
    return RestoreResult(source, target, revision, safety_copy, database)


# --- automatic backups ----------------------------------------------------------------------


def _pattern(database: Path) -> re.Pattern[str]:
    return re.compile(
        re.escape(database.stem) + r"-auto-(\d{8}-\d{6})(?:-(\d+))?" + re.escape(database.suffix) + r"\Z"
    )


def list_automatic_backups(folder: Path, database: Path) -> list[BackupFile]:
    """The automatic backups of ``database`` in ``folder``, newest first (other files are ignored)."""
    folder, pattern = Path(folder), _pattern(Path(database))
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        match = pattern.match(entry.name)
        if match and entry.is_file():
            made = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
            found.append((made, int(match.group(2) or 0), BackupFile(entry, made, entry.stat().st_size)))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [item[2] for item in found]


def check_backup_folder(folder: Path) -> Path:
    """Creates the folder if needed and proves a file can be written there (works even for root)."""
    folder = Path(folder)
    try:
        private_folder(folder)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".stic-write-test-"):
            pass
    except OSError:
        raise UserError(f"Mappen {folder} går inte att skapa eller skriva i. Välj en annan mapp för säkerhetskopiorna.") from None
    return folder


def _free_name(folder: Path, database: Path, now: datetime) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    candidate = folder / f"{database.stem}-auto-{stamp}{database.suffix}"
    counter = 1
    while candidate.exists():
        candidate = folder / f"{database.stem}-auto-{stamp}-{counter}{database.suffix}"
        counter += 1
    return candidate


def automatic_backup(
    database: Path, folder: Path | None = None, keep: int = DEFAULT_KEEP, now: datetime | None = None
) -> AutoBackupResult | None:
    """A backup of ``database`` into ``folder``, keeping the newest ``keep`` automatic ones.

    None when there is no database file to back up. Raises UserError (in Swedish) when the folder
    cannot be written; the database itself is only read.
    """
    database = Path(database)
    if not database.is_file() or database.stat().st_size == 0:
        return None
    keep = min(max(int(keep), 1), MAX_KEEP)
    folder = Path(folder) if folder is not None else default_backup_folder()
    try:
        check_backup_folder(folder)
    except UserError:
        log.warning("automatic backup: the backup folder cannot be written")
        raise UserError(
            f"Den automatiska säkerhetskopian kunde inte sparas: mappen {folder} går inte att skapa eller skriva i. "
            "Välj en annan mapp under Arkiv → Inställningar för säkerhetskopior. Databasen är oförändrad."
        ) from None
    try:
        target = _db.backup(database, _free_name(folder, database, now or clock.now()))
    except UserError as error:
        log.warning("automatic backup failed")
        raise UserError(f"Den automatiska säkerhetskopian kunde inte sparas. {error.message}") from None
    removed = []
    for old in list_automatic_backups(folder, database)[keep:]:
        try:
            old.path.unlink()
            for extra in ("-wal", "-shm"):
                old.path.with_name(old.path.name + extra).unlink(missing_ok=True)
            removed.append(old.path)
        except OSError as exc:
            log.warning("automatic backup: an old backup could not be removed (%s)", type(exc).__name__)
    log.info("automatic backup made; %d older automatic backups removed", len(removed))
    return AutoBackupResult(target, tuple(removed))


def changed_since_last_backup(database: Path, folder: Path | None = None) -> bool:
    """Whether ``database`` was written after its newest automatic backup in ``folder`` was made.

    A write changes the file or its write-ahead log; reading leaves both as they were (an empty log,
    made by merely opening the file, does not count). True when there is no automatic backup yet."""
    database = Path(database)
    folder = Path(folder) if folder is not None else default_backup_folder()
    made = [entry.path.stat().st_mtime_ns for entry in list_automatic_backups(folder, database)]
    if not made:
        return True
    wal = database.with_name(database.name + "-wal")
    written = [database.stat().st_mtime_ns] if database.is_file() else []
    if wal.is_file() and wal.stat().st_size > 0:
        written.append(wal.stat().st_mtime_ns)
    return any(moment > max(made) for moment in written)


def automatic_backup_if_changed(
    database: Path, folder: Path | None = None, keep: int = DEFAULT_KEEP, now: datetime | None = None
) -> AutoBackupResult | None:
    """``automatic_backup``, but only when the database changed since the last one (None otherwise)."""
    if not changed_since_last_backup(database, folder):
        log.info("automatic backup skipped: nothing changed since the last one")
        return None
    return automatic_backup(database, folder, keep, now)
