"""The team database's set-up: schema and roles (``server init``), users, and moving a single-user file in."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from stic_desktop.errors import DatabaseRefused, DatabaseUnavailable, UserError
from stic_desktop.storage import database as _db
from stic_desktop.storage import transfer
from stic_desktop.storage.reading import HEAD_REVISION
from stic_desktop.storage.server import display_url, open_server

WRITING_GROUPS = ("regionchef", "handläggare")  # läsbehörig reads and prints only (as storage.roles)
RULE_GROUP = "regionchef"  # the rule tables and organisation settings (storage.roles.RULE_TABLES)


def head_revision() -> str:
    return HEAD_REVISION


def _require_team(db) -> None:
    if not db.is_team:
        raise UserError("Det här gäller bara teamdatabasen (--db postgresql://SERVER/DATABAS).")


def initialise(db) -> list[str]:
    """Roles and grants on the (already migrated) team database; returns the roles created now."""
    _require_team(db)
    from stic_desktop.storage import roles  # deferred: psycopg's SQL composition, only for the team database

    with db.engine.begin() as connection:
        return roles.set_up_roles(connection)


def add_user(db, name: str, role: str, password: str | None, person_id: int | None = None) -> bool:
    """Creates (or changes) the login; with ``person_id`` it is that staff member (audit log, tender secrecy)."""
    _require_team(db)
    from stic_desktop.storage import roles  # deferred: psycopg's SQL composition, only for the team database

    with db.engine.begin() as connection:
        created = roles.add_user(connection, name, role, password)
        if person_id is not None:
            roles.link_person(connection, name, person_id)
        return created


def remove_user(db, name: str) -> None:
    _require_team(db)
    from stic_desktop.storage import roles  # deferred: psycopg's SQL composition, only for the team database

    with db.engine.begin() as connection:
        roles.remove_user(connection, name)


def users(db) -> list[tuple[str, str]]:
    _require_team(db)
    from stic_desktop.storage import roles  # deferred: psycopg's SQL composition, only for the team database

    with db.engine.connect() as connection:
        return list(roles.users(connection))


@dataclass(frozen=True)
class MoveInResult:
    source: dict[str, int]
    target: dict[str, int]


def move_in(path: Path, url: str) -> MoveInResult:
    """Copies every row of the SQLite file into the empty team database in one transaction; the counts of both
    sides are compared before the commit. A corrupt or newer file, or a team database with data, is refused
    and nothing changes. An older file is upgraded in a temporary copy first (the file itself is not touched)."""
    path = Path(path)
    if not path.is_file():
        raise DatabaseRefused(f"Databasen {path} finns inte.")
    state = _db.inspect_file(path, for_writing=False)  # corrupt, foreign or newer: refused here
    if state.revision is None:
        raise DatabaseRefused(f"Databasen {path} är tom och är ingen STIC-databas. Inget flyttades.")
    with tempfile.TemporaryDirectory(prefix="stic-move-in-") as folder:
        source_path = path
        if not state.is_current:
            source_path = _db.backup(path, Path(folder) / "kopia.sqlite3")
            _db.open_database(source_path).close()  # upgrade the copy
        from stic_desktop.services.workspace.database import open_read_only  # refuses a file that lacks a table

        source = open_read_only(source_path)
        team = open_server(url)
        try:
            with team.engine.connect() as target, source.engine.connect() as reader:
                with target.begin():
                    existing = transfer.row_counts(target)
                    if transfer.user_rows(existing):
                        raise DatabaseRefused(
                            f"Teamdatabasen {display_url(url)} innehåller redan uppgifter "
                            f"({transfer.user_rows(existing)} rader). Flytta bara in i en tom teamdatabas. "
                            "Inget ändrades.")
                    with reader.begin():
                        source_counts = transfer.row_counts(reader)
                        transfer.copy_rows(reader, target)
                    target_counts = transfer.row_counts(target)
                    if target_counts != source_counts:
                        raise DatabaseRefused("Radantalen stämde inte efter kopieringen; inget flyttades in. "
                                              f"Fil: {source_counts}, team: {target_counts}")
                with target.begin():
                    # statistics for the planner now, not when autovacuum gets to it: without them the huge
                    # demo's meetings list took 230 ms instead of 100 (PostgreSQL's advice after a bulk load)
                    target.exec_driver_sql("ANALYZE")
        finally:
            team.close()
            source.close()
    return MoveInResult(source_counts, target_counts)


def connection_url(host: str, port: str, database: str, user: str, password: str = "",
                   single_sign_on: bool = False) -> str:
    """The team database's address from the connection dialog's fields; an empty password leaves it to libpq
    (~/.pgpass, PGPASSWORD, Kerberos/SSPI). With ``single_sign_on`` (the Windows/Kerberos login) no password is
    put in it at all and the user name may be left out: libpq then logs in as the computer's logged-in user."""
    from sqlalchemy.engine import URL

    from stic_desktop.errors import FieldError, ValidationError

    host, database, user, port = host.strip(), database.strip(), user.strip(), port.strip()
    errors = []
    if not host:
        errors.append(FieldError("host", "Ange servern (namn eller adress)."))
    if port and (not port.isdigit() or not 0 < int(port) < 65536):
        errors.append(FieldError("port", "Porten är ett tal mellan 1 och 65535 (oftast 5432)."))
    if not database:
        errors.append(FieldError("database", "Ange databasens namn."))
    if not user and not single_sign_on:
        errors.append(FieldError("user", "Ange ditt användarnamn (eller använd inloggningen i Windows/Kerberos)."))
    if errors:
        raise ValidationError.of(errors)
    password = "" if single_sign_on else password
    socket = host.startswith("/")  # a local server's socket folder (Linux): libpq's host parameter, not a name
    url = URL.create("postgresql", username=user or None, password=password or None, host=None if socket else host,
                     port=int(port) if port else None, database=database, query={"host": host} if socket else {})
    return url.render_as_string(hide_password=False)


def who_am_i(db) -> tuple[str, str | None]:
    """The logged-in role and its STIC group (regionchef, handläggare, läsbehörig; None for another role)."""
    _require_team(db)
    from stic_desktop.storage import roles  # deferred: psycopg's SQL composition, only for the team database

    with db.engine.connect() as connection:
        return roles.current_login(connection), roles.current_group(connection)


def my_person_id(db) -> int | None:
    """The staff member the logged-in role is (``server add-user --person``), or None."""
    _require_team(db)
    from stic_desktop.storage import roles  # deferred: psycopg's SQL composition, only for the team database

    with db.engine.connect() as connection:
        return roles.my_person(connection)


def listen_for_changes(db, on_change, stop) -> None:
    """Blocks in a worker thread: ``on_change(kinds)`` with the kinds of record (audit entity names) each change
    another window commits touches, until ``stop`` (a threading.Event) is set."""
    _require_team(db)
    from stic_desktop.storage.server_session import listen

    listen(db.url, on_change, stop)


OFFLINE_NAME = "teamdatabas-offline.sqlite3"


def offline_copy_path() -> Path:
    from stic_desktop.paths import user_data_dir

    return user_data_dir() / OFFLINE_NAME


STALE_AFTER_SECONDS = 3600  # a half-written copy left this long by a program that was killed is removed


def write_offline_copy(db) -> Path:
    """The offline copy in the user's data folder, replaced whole (owner-only): every row this login may read, so
    tender rows it may not see are not in it.

    Written under a name of this process's own and renamed over the last copy only when complete, so a copy
    killed half-way (the computer shut down, the process ended) leaves the previous one as it was; what such a
    copy left behind is removed by a later one."""
    import os

    from sqlalchemy.exc import OperationalError

    from stic_desktop.core.private_files import private_folder

    _require_team(db)
    target = offline_copy_path()
    private_folder(target.parent)
    fresh = target.with_name(f".{OFFLINE_NAME}.{os.getpid()}.new")  # two windows may close at once
    for leftover in (fresh, *(fresh.with_name(fresh.name + s) for s in ("-wal", "-shm", "-journal"))):
        leftover.unlink(missing_ok=True)
    try:
        transfer.copy_to_file(db, fresh)
    except OperationalError as exc:  # the server went, or stopped letting this login in: one sentence
        from stic_desktop.storage.server import explain_connection_error, parse_url

        raise DatabaseUnavailable("Offlinekopian kunde inte uppdateras; den förra finns kvar. "
                                  + explain_connection_error(parse_url(db.url), exc)) from None
    os.replace(fresh, target)
    for helper in ("-wal", "-shm"):
        target.with_name(target.name + helper).unlink(missing_ok=True)
    _remove_stale_partial_copies(target)
    return target


def _remove_stale_partial_copies(target: Path) -> None:
    """Files a killed copy left (``.teamdatabas-offline.sqlite3.<pid>.new`` and its partial), once nothing has
    written them for an hour before the copy just written: a copy another window is writing right now is left
    alone. Ages are the file system's own (a network folder's clock may differ from this computer's)."""
    now = target.stat().st_mtime
    for leftover in target.parent.glob(f"*.{OFFLINE_NAME}.*"):
        try:
            if leftover.name.startswith(".") and now - leftover.stat().st_mtime > STALE_AFTER_SECONDS:
                leftover.unlink()
        except OSError:  # gone meanwhile, or not ours to remove: the copy is written all the same
            continue


def open_offline_copy():
    """The last offline copy, read-only, with ``offline_since`` (when it was written), or None if there is none."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from stic_desktop.services.workspace.database import open_read_only

    path = offline_copy_path()
    if not path.is_file():
        return None
    copy = open_read_only(path)
    copy.offline_since = datetime.fromtimestamp(path.stat().st_mtime, ZoneInfo("Europe/Stockholm"))
    return copy
