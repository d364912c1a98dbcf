"""Opening, checking and backing up database files, for the window and the command line alike."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from stic_desktop.core.private_files import private_folder
from stic_desktop.paths import default_database_path
from stic_desktop.storage import database as _db
from stic_desktop.storage.database import CheckReport, Database
from stic_desktop.storage.portable import table_names
from stic_desktop.storage.server import is_server_url, open_server

__all__ = [
    "Database", "CheckReport", "is_server_url", "open_database", "open_read_only", "check_database", "backup_database",
    "backup_name", "default_path", "all_or_nothing", "prepare_models",
]


def prepare_models() -> None:
    """Configures the ORM's mappers now, in the calling thread (~25 ms at start-up). Otherwise the first ORM
    query does it, and at start-up that is the GUI thread remembering who is working."""
    from sqlalchemy.orm import configure_mappers

    import stic_desktop.models  # noqa: F401 - every mapper is configured at once

    configure_mappers()


def default_path() -> Path:
    return default_database_path()


def _expected_tables() -> frozenset[str]:
    from stic_desktop.models import Base

    return frozenset(Base.metadata.tables) | {"alembic_version"}


def _refuse_missing_tables(database: Database) -> Database:
    """A file whose revision is current but which lacks a table (dropped by another program) is refused with
    the table's name, instead of failing later with an SQL error."""
    with database.engine.connect() as connection:
        present = table_names(connection)
    missing = sorted(_expected_tables() - present)
    if missing:
        database.close()
        raise _db.DatabaseRefused(
            f"Databasen {database.location} kan inte öppnas: tabellen {', '.join(missing)} saknas (den har tagits bort "
            "av ett annat program). Återställ från en säkerhetskopia. Filen lämnades orörd."
        )
    return database


def open_database(location: Path | str | None = None) -> Database:
    """Opens (creating or migrating as needed) the file or the team database (``postgresql://...``), or raises
    DatabaseRefused / DatabaseUnavailable with the reason."""
    if is_server_url(location):
        return _refuse_missing_tables(open_server(str(location)))
    if location is None:
        location = default_path()
        private_folder(location.parent)  # the user's data folder: owner-only
    return _refuse_missing_tables(_db.open_database(Path(location)))


def open_read_only(location: Path | str) -> Database:
    """Opens an existing, current database only for reading: nothing is created, migrated or changed."""
    if is_server_url(location):
        return _refuse_missing_tables(open_server(str(location), read_only=True))
    return _refuse_missing_tables(_db.open_read_only(Path(location)))


def check_database(location: Path | str) -> CheckReport:
    """Integrity, foreign keys, revision and tables of the file; on a team database the server guarantees
    integrity and foreign keys itself, so the revision and the tables are checked."""
    if is_server_url(location):
        database = open_server(str(location), read_only=True)
        try:
            with database.engine.connect() as connection:
                present = table_names(connection)
                revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        finally:
            database.close()
        return CheckReport(revision, ["ok"], [], tuple(sorted(_expected_tables() - present)))
    return _db.check(Path(location), _expected_tables())


def backup_database(source: Path | str, target: Path) -> Path:
    """A consistent SQLite copy: of the file (SQLite's backup API) or of the team database (every row)."""
    if is_server_url(source):
        from stic_desktop.storage.transfer import copy_to_file

        database = open_server(str(source), read_only=True)
        try:
            copy_to_file(database, Path(target))
        finally:
            database.close()
        return Path(target)
    if not Path(source).is_file():
        raise _db.DatabaseRefused(f"Databasen {source} finns inte.")
    state = _db.inspect_file(Path(source), for_writing=False)
    if state.revision is None:
        raise _db.DatabaseRefused(f"Databasen {source} är tom och är ingen STIC-databas. Ingen säkerhetskopia gjordes.")
    return _db.backup(Path(source), Path(target))


def backup_name(source: Path) -> Path:
    """A free name next to the database: NAME.bak-YYYYmmdd-HHMMSS."""
    return _db.backup_name(Path(source))


@contextmanager
def all_or_nothing(path: Path | str | None = None) -> Iterator[Database]:
    """Work of many transactions (seeding the demo) made all or nothing: it runs on a scratch copy next to the
    file, which replaces the file's contents in one step only when the work is done. If it fails, or the program
    is killed, the file is as it was (or still absent); a killed run's scratch copy is removed by the next one.
    A team database has no file to swap: there each transaction commits on its own."""
    from stic_desktop.storage import backup as _backup

    if is_server_url(path):
        database = open_database(path)
        try:
            yield database
        finally:
            database.close()
        return
    if path is None:
        path = default_path()
        private_folder(path.parent)
    path = Path(path)
    existing = path.exists() and path.stat().st_size > 0
    if existing:
        open_database(path).close()  # refused, or migrated, before anything else
    else:
        _db.inspect_file(path)  # a missing folder or a network path is refused as when opening
    _backup.remove_stale_partials(path.parent)
    scratch = _backup.scratch_name(path)
    _backup.remove_with_companions(scratch)
    try:
        if existing:
            _db.backup(path, scratch)
        database = open_database(scratch)
        try:
            yield database
        finally:
            database.close()
        _backup.install_scratch(scratch, path, replace_contents=existing)
    finally:
        _backup.remove_with_companions(scratch)
