"""Backups of a database file with SQLite's backup API: making one (under a temporary name, renamed when
complete), checking a file offered for restoring, and restoring into a database that may be open."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

from stic_desktop.core import clock
from stic_desktop.core.filenames import SQLITE_HEADER
from stic_desktop.core.private_files import copy_mode, create_private_file
from stic_desktop.errors import DatabaseRefused, DatabaseUnavailable
from stic_desktop.storage.reading import (
    APPLICATION_ID,
    BUSY_TIMEOUT_MS,
    HEAD_REVISION,
    connect_read_only,
    explain_sqlite_error,
    revision_number,
)


def backup_name(path: Path, now: datetime | None = None, label: str = "bak") -> Path:
    """A free name next to the file: NAME.bak-YYYYmmdd-HHMMSS (or another label, e.g. before-restore)."""
    stamp = (now or clock.now()).strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.name}.{label}-{stamp}")
    counter = 1
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.{label}-{stamp}-{counter}")
        counter += 1
    return candidate


def backup(source: Path, target: Path, *, keep_mode: bool = False, reuse_label: str | None = None) -> Path:
    """A consistent copy made with SQLite's online backup API (safe while the program writes).

    Owner-only; with ``keep_mode`` (the copy before a migration) it gets the database's own mode instead.

    With ``reuse_label`` (``bak`` before a migration, ``before-restore`` before a restore) an earlier copy
    ``SOURCE.LABEL-*`` next to the database whose bytes are identical to the new copy is returned instead,
    and the new one is discarded: an upgrade or restore that fails (or is killed) again and again leaves one
    backup, not one per attempt. Identical bytes is the test because SQLite's backup API copies the pages
    verbatim, so two copies of unchanged contents are byte-identical, while any committed change (even one
    that keeps the size, the schema revision and the row counts) changes a page. Only earlier copies of the
    same size are hashed."""
    target = Path(target)
    if target.exists():
        raise DatabaseUnavailable(f"Säkerhetskopian {target} finns redan. Välj ett annat filnamn.")
    if not target.parent.is_dir() or not os.access(target.parent, os.W_OK):
        raise DatabaseUnavailable(f"Mappen {target.parent} finns inte eller är skrivskyddad. Ingen säkerhetskopia gjordes.")
    # Written under a temporary name and renamed when complete: a kill half-way never leaves a file that
    # looks like a backup. Owner-only from the first byte (it holds everything the database holds).
    partial = target.with_name(f".{target.name}.partial-{os.getpid()}")
    try:
        partial.unlink(missing_ok=True)
        create_private_file(partial)
        with closing(connect_read_only(Path(source))) as src, closing(sqlite3.connect(partial)) as dst:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, readable without -wal/-shm
        if keep_mode:
            copy_mode(source, partial)
        earlier = _identical_copy(partial, Path(source), reuse_label) if reuse_label else None
        if earlier is not None:
            partial.unlink()
            return earlier
        os.replace(partial, target)
    except (sqlite3.DatabaseError, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseUnavailable(f"Säkerhetskopieringen misslyckades ({exc}). Ingen säkerhetskopia gjordes.") from None
    finally:
        remove_stale_partials(target.parent)
    return target


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _identical_copy(fresh: Path, source: Path, label: str) -> Path | None:
    """An earlier, complete copy ``SOURCE.LABEL-*`` with the same bytes as ``fresh``, or None."""
    size = fresh.stat().st_size
    candidates = sorted(p for p in source.parent.glob(f"{glob_escape(source.name)}.{label}-*")
                        if p.is_file() and not p.name.endswith(("-wal", "-shm", "-journal")) and p.stat().st_size == size)
    if not candidates:
        return None
    wanted = _digest(fresh)
    return next((p for p in candidates if _digest(p) == wanted), None)


def glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def remove_stale_partials(folder: Path) -> None:
    """Removes ``.NAME.partial-PID`` copies (and their -wal/-shm) whose process is gone (killed half-way). POSIX only: Windows
    has no harmless way to ask whether a process id is alive, and there the hidden partial file is left."""
    if os.name != "posix":
        return
    for partial in folder.glob(".*.partial-*"):
        pid = partial.name.rsplit(".partial-", 1)[-1].removesuffix("-wal").removesuffix("-shm").removesuffix("-journal")
        if not pid.isdigit() or int(pid) == os.getpid():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            partial.unlink(missing_ok=True)
        except OSError:
            pass


def verify_backup(path: Path) -> str:
    """Reads (never writes) a file offered for restoring: a complete, intact STIC database whose schema
    is not newer than the program's. Returns its revision; an older one is migrated when opened."""
    path = Path(path)

    def refuse(reason: str) -> DatabaseRefused:
        return DatabaseRefused(f"Filen {path} kan inte återställas: {reason} Den nuvarande databasen lämnades orörd.")

    if not path.is_file():
        raise refuse("filen finns inte.")
    size = path.stat().st_size
    with open(path, "rb") as handle:
        header = handle.read(100)
    if size == 0:
        raise refuse("filen är tom.")
    if not header.startswith(SQLITE_HEADER) or len(header) < 100:
        raise refuse("den är ingen säkerhetskopia av en STIC-databas (inte ens en SQLite-databas).")
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise refuse("den är en SQLite-databas men ingen säkerhetskopia av en STIC-databas.")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages_in_header = int.from_bytes(header[28:32], "big") if header[24:28] == header[92:96] else 0
    if page_size < 512 or size % page_size or size < pages_in_header * page_size:
        raise refuse("den är ofullständig (filen har kortats av, till exempel vid en avbruten kopiering).")
    try:
        with closing(connect_read_only(path)) as conn:
            integrity = [row[0] for row in conn.execute("PRAGMA integrity_check(5)")]
            versioned = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").fetchone()
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone() if versioned else None
    except sqlite3.DatabaseError as exc:
        raise refuse(explain_sqlite_error(path, exc)) from None
    if integrity != ["ok"]:
        raise refuse("den är skadad (SQLite:s integritetskontroll hittade fel).")
    if row is None:
        raise refuse("den saknar schemaversion och är ingen säkerhetskopia som programmet förstår.")
    number = revision_number(row[0])
    if number is None or number > int(HEAD_REVISION):
        raise refuse(f"den har gjorts av en nyare version av STIC Desktop (schema {row[0]}, programmet känner till "
                     f"{HEAD_REVISION}). Uppdatera programmet.")
    return row[0]


def restore_into(source: Path, target: Path) -> None:
    """Replaces the contents of ``target`` with ``source`` through SQLite's backup API, in one transaction,
    even while other connections have the (WAL) file open; they see the new contents at their next read."""
    try:
        with closing(connect_read_only(Path(source))) as src, \
                closing(sqlite3.connect(Path(target), isolation_level=None)) as dst:
            dst.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if src.execute("PRAGMA page_size").fetchone() != dst.execute("PRAGMA page_size").fetchone():
                dst.execute("PRAGMA journal_mode = DELETE")  # a WAL file cannot change page size
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = WAL")
            dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.DatabaseError as exc:
        raise DatabaseUnavailable(f"Återställningen misslyckades ({exc}).") from None


def scratch_name(path: Path) -> Path:
    """A hidden work file next to ``path`` that ``remove_stale_partials`` clears once its process is gone."""
    return path.with_name(f".{path.name}.scratch.partial-{os.getpid()}")


def remove_with_companions(path: Path) -> None:
    for candidate in (path, *(Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal"))):
        candidate.unlink(missing_ok=True)


def install_scratch(scratch: Path, target: Path, *, replace_contents: bool) -> None:
    """Puts finished work done on ``scratch`` in place of ``target`` in one step, then removes the scratch file:
    into an existing database through the backup API in one transaction (connections that have it open see the
    new contents), or, for a new database, by renaming the file once its WAL is folded into it (the file stays
    in WAL mode, as every STIC database is, so opening it later changes nothing)."""
    if replace_contents:
        restore_into(scratch, target)
    else:
        try:
            with closing(sqlite3.connect(scratch, isolation_level=None)) as conn:
                busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            wal = Path(f"{scratch}-wal")
            if busy or (wal.exists() and wal.stat().st_size):
                raise sqlite3.OperationalError("the work file is still in use")
            os.replace(scratch, target)
        except (sqlite3.DatabaseError, OSError) as exc:
            raise DatabaseUnavailable(f"Databasen {target} kunde inte skrivas ({exc}). Inget ändrades.") from None
    remove_with_companions(scratch)
