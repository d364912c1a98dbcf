"""Open and check the database file, set up connections, migrate and back up.

Opening is careful: the file is first inspected read-only (header, application id, schema
revision), and anything the program does not understand is refused and left byte-for-byte
unchanged. Alembic is imported only when a migration is actually due.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from stic_desktop.core.filenames import SQLITE_HEADER
from stic_desktop.core.private_files import create_private_file, make_private
from stic_desktop.errors import ChangedByOthers, DatabaseBusy, DatabaseRefused, DatabaseUnavailable

# Re-exported: the services reach backups, the constants and the read-only helpers through this module.
from stic_desktop.storage.backup import backup, backup_name, restore_into, verify_backup  # noqa: F401
from stic_desktop.storage.reading import (  # noqa: F401
    APPLICATION_ID,
    BUSY_TIMEOUT_MS,
    HEAD_REVISION,
    _helper_files,
    _read_only_uri,
    connect_read_only,
    explain_sqlite_error,
    make_read_only_engine,
    quick_check,
    revision_number,
)
from stic_desktop.storage.server_session import notify_changes, server_lost, server_write_error, vacuum_server

NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "afs", "9p", "fuse.sshfs", "ncpfs", "davfs", "fuse.davfs2"}


@dataclass(frozen=True)
class FileState:
    """What a read-only look at the file found."""

    path: Path
    revision: str | None  # None: a new or empty STIC database

    @property
    def is_current(self) -> bool:
        return self.revision == HEAD_REVISION


def _refuse(path: Path, reason: str) -> DatabaseRefused:
    return DatabaseRefused(f"Databasen {path} kan inte öppnas: {reason}")


def is_network_path(path: Path, mounts_file: str = "/proc/mounts") -> bool:
    """True for UNC paths, mapped network drives (Windows) and network file systems (Linux)."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":
        import ctypes

        drive = os.path.splitdrive(os.path.abspath(text))[0]
        drive_remote = 4
        return bool(drive) and ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote
    try:
        with open(mounts_file, encoding="utf-8") as mounts:
            entries = [line.split()[1:3] for line in mounts if len(line.split()) >= 3]
    except OSError:
        return False
    resolved = os.path.abspath(os.path.realpath(text))
    best_len, best_type = -1, ""
    for mount_point, fs_type in entries:
        mount_point = mount_point.replace("\\040", " ")
        inside = resolved == mount_point or resolved.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) > best_len:
            best_len, best_type = len(mount_point), fs_type
    return best_type in NETWORK_FILESYSTEMS


def inspect_file(path: Path, *, for_writing: bool = True) -> FileState:
    """Decide, without writing anything, whether the file can be opened (or created) here.

    ``for_writing=False`` is for checks and backups, which only read: a read-only file is fine.
    """
    path = Path(path)
    if is_network_path(path):
        raise _refuse(
            path,
            "filen ligger på en nätverksenhet. Databasen måste ligga på datorns egen disk, "
            "eftersom SQLite inte kan skydda den mot skador över nätverket.",
        )
    if path.is_dir():
        raise _refuse(path, "sökvägen är en mapp, inte en databasfil.")
    folder = path.parent if str(path.parent) else Path(".")
    if not path.exists():
        if not folder.is_dir():
            raise _refuse(path, f"mappen {folder} finns inte.")
        if not os.access(folder, os.W_OK):
            raise _refuse(path, f"mappen {folder} är skrivskyddad.")
        return FileState(path, None)
    if for_writing and (not (path.stat().st_mode & stat.S_IWUSR) or not os.access(path, os.W_OK)):
        raise _refuse(path, "filen är skrivskyddad. Ta bort skrivskyddet eller välj en annan fil.")
    if for_writing and not os.access(folder, os.W_OK):
        raise _refuse(path, f"mappen {folder} är skrivskyddad (SQLite behöver skriva sin loggfil där).")
    if for_writing:
        for helper in _helper_files(path):
            if helper.exists() and not os.access(helper, os.W_OK):
                raise _refuse(
                    path,
                    f"hjälpfilen {helper} är skrivskyddad (den kan ha lämnats kvar av ett program som bara läste "
                    "databasen). Filen är inte skadad: ta bort skrivskyddet på hjälpfilen, eller ta bort den när "
                    "inget program har databasen öppen.",
                )
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise _refuse(path, f"filen kan inte läsas ({exc.strerror}).") from None
    if not header:
        return FileState(path, None)  # an empty file: SQLite treats it as a new database
    if not header.startswith(SQLITE_HEADER) or len(header) < 100:
        raise _refuse(path, "filen är inte en STIC-databas (den är inte ens en SQLite-databas).")
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise _refuse(path, "filen är en SQLite-databas men inte en STIC-databas.")
    revision = _read_revision(path)
    if revision is not None:
        number = revision_number(revision)
        if number is None or number > int(HEAD_REVISION):
            raise _refuse(
                path,
                f"den har skapats av en nyare version av STIC Desktop (schema {revision}, "
                f"programmet känner till {HEAD_REVISION}). Uppdatera programmet.",
            )
    return FileState(path, revision)


def _read_revision(path: Path) -> str | None:
    try:
        with closing(connect_read_only(path)) as conn:
            if not quick_check(conn, path):
                raise _refuse(path, "filen är skadad (SQLite:s kontroll misslyckades). Återställ från en säkerhetskopia.")
            has_table = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).fetchone()
            if not has_table:
                tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
                if tables:
                    raise _refuse(path, "filen saknar schemaversion och är inte en STIC-databas som programmet förstår.")
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if row is None:
                raise _refuse(
                    path,
                    "schemaversionen saknas (tabellen alembic_version är tom), så programmet kan inte veta vad filen "
                    "innehåller. Den har ändrats av ett annat program. Återställ från en säkerhetskopia.",
                )
            return row[0]
    except sqlite3.DatabaseError as exc:
        raise _refuse(path, explain_sqlite_error(path, exc)) from None


def _on_connect(foreign_keys: bool):
    def configure(dbapi_conn, _record) -> None:
        # Python's sqlite3 module would otherwise BEGIN on its own; we emit BEGIN ourselves.
        dbapi_conn.isolation_level = None
        dbapi_conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        dbapi_conn.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        dbapi_conn.execute("PRAGMA journal_mode = WAL")
        dbapi_conn.execute("PRAGMA synchronous = FULL")

    return configure


def _on_begin(conn) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("stic_write") else "BEGIN")


def make_engine(path: Path, *, foreign_keys: bool = True) -> Engine:
    engine = create_engine(URL.create("sqlite", database=str(Path(path))))
    event.listen(engine, "connect", _on_connect(foreign_keys))
    event.listen(engine, "begin", _on_begin)
    return engine


def _unavailable(exc: DBAPIError) -> DatabaseUnavailable | None:
    if not isinstance(exc, OperationalError):
        return None
    text = str(exc.orig).lower()
    if "locked" in text or "busy" in text:
        return DatabaseBusy("Databasen används just nu av ett annat program. Försök igen om en stund. Inget ändrades.")
    if "readonly" in text or "read-only" in text:
        return DatabaseUnavailable("Databasen är skrivskyddad. Inget ändrades.")
    if "disk is full" in text:
        return DatabaseUnavailable("Disken är full. Frigör utrymme och försök igen. Inget ändrades.")
    if "disk i/o" in text:
        return DatabaseUnavailable("Databasfilen kunde inte skrivas (diskfel). Inget ändrades.")
    return None


class Database:
    """An open STIC database: sessions for reading and for one-transaction-per-action writes."""

    def __init__(self, path: Path | None, engine: Engine, *, backup_path: Path | None = None, created: bool = False,
                 read_only: bool = False, url: str | None = None) -> None:
        self.path = Path(path) if path is not None else None  # None: the team database on a server
        self.url = url  # the team database's address (postgresql://...), password included
        self.engine = engine
        self.backend = engine.dialect.name  # "sqlite" or "postgresql"
        self.read_only = read_only
        self.backup_path = backup_path
        self.created = created
        self.actor_id: int | None = None  # the STIC staff member working now; None on the command line
        self._read_sessions = sessionmaker(bind=engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(bind=engine.execution_options(stic_write=True), expire_on_commit=False)
        if self.backend == "postgresql":  # other windows hear of each committed change (LISTEN/NOTIFY)
            notify_changes(self._write_sessions)

    @property
    def is_team(self) -> bool:
        """True for the shared team database on a PostgreSQL server."""
        return self.backend == "postgresql"

    @property
    def location(self) -> str:
        """The file path, or the server address without its password: for titles and messages."""
        if self.path is not None:
            return str(self.path)
        from stic_desktop.storage.server import display_url

        return display_url(self.url or self.engine.url)

    @contextmanager
    def read(self) -> Iterator[Session]:
        try:
            with self._read_sessions() as session, session.begin():
                yield session
        except DBAPIError as exc:  # a team server gone mid-read is a message, not a crash dialog
            friendly = server_lost(exc) if self.backend != "sqlite" else None
            if friendly is None:
                raise
            raise friendly from exc

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One user action: BEGIN IMMEDIATE ... COMMIT, or nothing at all."""
        if self.read_only:
            raise DatabaseUnavailable(f"Databasen {self.location} är öppnad bara för läsning. Inget ändrades.")
        try:
            with self._write_sessions() as session, session.begin():
                yield session
        except DBAPIError as exc:
            friendly = _unavailable(exc) if self.backend == "sqlite" else server_write_error(exc)
            if friendly is None:
                raise
            raise friendly from exc
        except StaleDataError:  # a row changed between reading and writing it (caught by its row_version)
            raise ChangedByOthers("Posten ändrades av någon annan medan du sparade. Inget sparades. Läs in den på "
                                  "nytt och gör om ändringen.") from None

    def compact(self) -> bool:
        """Rewrites the file so overwritten and deleted values are gone from the disk, not just unreachable
        (GDPR anonymisation): checkpoint and empty the WAL, VACUUM, and again. Must run outside any
        transaction. False when another connection kept the WAL from being emptied.

        On PostgreSQL: VACUUM FULL of every table this role owns (it rewrites them without dead rows);
        False when some table could not be vacuumed (owned by another role)."""
        if self.backend != "sqlite":
            return vacuum_server(self.engine)
        raw = self.engine.raw_connection()
        try:
            conn = raw.driver_connection  # sqlite3, autocommit (isolation_level None, see _on_connect)
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("VACUUM")
            busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            return busy == 0
        except sqlite3.OperationalError as exc:
            text = str(exc).lower()
            if "locked" in text or "busy" in text or "in progress" in text:
                raise DatabaseUnavailable(
                    "Databasfilen kunde inte rensas just nu eftersom den används av ett annat program. "
                    "Stäng det och försök igen."
                ) from None
            raise
        finally:
            raw.close()

    def close(self) -> None:
        self.engine.dispose()


def _create(path: Path) -> None:
    if path.exists():
        make_private(path)  # an empty file that becomes a database
    else:
        create_private_file(path)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("PRAGMA journal_mode = WAL")


def migrate(path: Path, target: str = "head") -> None:
    """Upgrade with foreign keys off; the migration environment checks them before commit."""
    from alembic import command  # deferred: only needed when a migration is due

    from stic_desktop.storage.migrations import alembic_config

    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.connect() as connection:
            connection = connection.execution_options(stic_write=True)  # BEGIN IMMEDIATE
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, target)
    finally:
        engine.dispose()


def open_read_only(path: Path) -> Database:
    """Open an existing, current STIC database for commands that only read (list, export, check). Nothing
    is created, migrated or changed, and nothing is left next to the file."""
    path = Path(path)
    if not path.is_file():
        raise _refuse(path, "filen finns inte.")
    if path.stat().st_size == 0:
        raise _refuse(path, "filen är tom (0 byte) och är ingen STIC-databas. Den lämnades orörd.")
    state = inspect_file(path, for_writing=False)
    if state.revision is None:
        raise _refuse(path, "filen är en tom SQLite-databas utan STIC:s tabeller. Den lämnades orörd.")
    if not state.is_current:
        raise _refuse(
            path,
            f"den har en äldre schemaversion ({state.revision}, programmet: {HEAD_REVISION}) och måste uppgraderas "
            "först. Öppna den i programmet (eller kör ett kommando som ändrar den, t.ex. import) så uppgraderas den. "
            "Den lämnades orörd.",
        )
    return Database(path, make_read_only_engine(path), read_only=True)


def open_database(path: Path) -> Database:
    """Open (creating or migrating as needed) a database the program understands, or refuse."""
    path = Path(path)
    state = inspect_file(path)
    created = False
    backup_path = None
    if state.revision is None:
        created = not path.exists() or path.stat().st_size == 0
        _create(path)
        migrate(path)
    elif not state.is_current:
        backup_path = backup(path, backup_name(path), keep_mode=True, reuse_label="bak")
        try:
            migrate(path)
        except OperationalError as exc:
            friendly = _unavailable(exc)
            if friendly is None:
                raise _refuse(path, f"uppgraderingen från schema {state.revision} misslyckades ({exc.orig}). Databasen "
                                    f"lämnades oförändrad. Säkerhetskopia: {backup_path}") from exc
            raise friendly from exc
        except Exception as exc:  # the upgrade rolled back as a whole; say so instead of a traceback
            raise _refuse(
                path,
                f"uppgraderingen från schema {state.revision} misslyckades ({exc}). Databasen lämnades "
                f"oförändrad. Säkerhetskopia: {backup_path}",
            ) from exc
    return Database(path, make_engine(path), backup_path=backup_path, created=created)


@dataclass(frozen=True)
class CheckReport:
    revision: str | None
    integrity: list[str]
    foreign_key_problems: list[str]
    missing_tables: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return (self.revision == HEAD_REVISION and self.integrity == ["ok"] and not self.foreign_key_problems
                and not self.missing_tables)


def table_names(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def check(path: Path, expected_tables: frozenset[str] = frozenset()) -> CheckReport:
    """Full integrity, foreign-key and revision check of a database file, read-only; with
    ``expected_tables``, also the tables that are missing."""
    path = Path(path)
    if not path.is_file():
        raise _refuse(path, "filen finns inte.")
    state = inspect_file(path, for_writing=False)
    with closing(connect_read_only(path)) as conn:
        integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        problems = [
            f"{table} rad {rowid} pekar på saknad rad i {parent}"
            for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check")
        ] if integrity == ["ok"] else []
        missing = tuple(sorted(expected_tables - table_names(conn)))
    return CheckReport(state.revision, integrity, problems, missing)
