"""Reading a database file without changing anything next to it, and saying what an SQLite error when
opening it really means (locked, no permission, where) instead of calling every failure damage.

Also SQLite's quick check of a file, which can start in a thread of its own before SQLAlchemy is even
imported (the window's start-up: sqlite3 runs it without holding Python's lock, so it costs the start
nothing); opening the file then finds it done. This module imports SQLAlchemy only to make an engine.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine

APPLICATION_ID = 0x53544943  # "STIC"
HEAD_REVISION = "0013"  # pinned to Alembic's head by tests/test_db.py
BUSY_TIMEOUT_MS = 5000


def revision_number(revision: str) -> int | None:
    return int(revision) if revision.isdigit() else None


def _helper_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _read_only_uri(path: Path) -> str:
    """A URI that reads without creating or changing anything next to the file.

    ``mode=ro`` on a WAL database still creates ``-wal``/``-shm`` and leaves them behind (owned by the
    reader, with the database's mode: a read-only ``-shm`` then breaks every later write). When no
    ``-wal`` or ``-journal`` exists, no other connection is writing and the main file holds everything,
    so it is opened ``immutable`` (no locks, no helper files); otherwise ``mode=ro`` with the helper files
    that are already there."""
    uri = Path(path).resolve().as_uri()
    wal, _shm, journal = _helper_files(Path(path))
    if wal.exists() or journal.exists():
        return uri + "?mode=ro"
    return uri + "?mode=ro&immutable=1"


def connect_read_only(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(_read_only_uri(Path(path)), uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    return conn


def explain_sqlite_error(path: Path, exc: BaseException) -> str:
    """What an SQLite error opening ``path`` really means, as the end of a Swedish sentence.

    Only a file SQLite itself calls malformed (or not a database) is called damaged; a lock, a missing
    permission or a helper file that cannot be written are named as such, with where."""
    path = Path(path)
    text = str(exc).lower()
    folder = path.parent if str(path.parent) else Path(".")
    if "locked" in text or "busy" in text:
        return ("den är låst av ett annat program som skriver i den just nu. Filen är inte skadad: "
                "vänta en stund eller stäng det andra programmet och försök igen.")
    if "readonly" in text or "read-only" in text or "unable to open" in text or "cantopen" in text:
        if not os.access(path, os.R_OK):
            return "du saknar behörighet att läsa filen."
        if not os.access(folder, os.W_OK):
            return (f"du saknar skrivbehörighet i mappen {folder}, där SQLite måste skriva sina hjälpfiler "
                    f"({path.name}-wal och {path.name}-shm). Filen är inte skadad.")
        for helper in _helper_files(path):
            if helper.exists() and not os.access(helper, os.W_OK):
                return f"hjälpfilen {helper} är skrivskyddad. Filen är inte skadad: ta bort skrivskyddet på hjälpfilen."
        if not os.access(path, os.W_OK):
            return "filen är skrivskyddad. Filen är inte skadad: ta bort skrivskyddet eller välj en annan fil."
        return f"SQLite kunde inte öppna filen ({exc}). Kontrollera behörigheterna för filen och mappen {folder}."
    if "disk i/o" in text:
        return f"disken kunde inte läsas ({exc}). Kontrollera disken och försök igen."
    return f"filen är skadad eller oläslig ({exc}). Återställ från en säkerhetskopia."


def _on_begin(conn) -> None:
    conn.exec_driver_sql("BEGIN")


def _file_state(path: Path) -> tuple:
    """What a check of ``path`` holds for: the file and its write-ahead log, as they are now."""
    parts = []
    for file in (Path(path), Path(path).with_name(Path(path).name + "-wal")):
        try:
            stat = file.stat()
            parts += [stat.st_size, stat.st_mtime_ns]
        except OSError:
            parts += [None, None]
    return (str(Path(path).resolve()), *parts)


_passed: set[tuple] = set()  # file states whose quick check said "ok"
_checking: dict[tuple, threading.Event] = {}  # checks running in the background
_lock = threading.Lock()


def quick_check(conn: sqlite3.Connection, path: Path) -> bool:
    """SQLite's ``PRAGMA quick_check(1)`` of the open ``conn`` to ``path``: True for "ok". A check of the same
    file state that passed (or is running, see ``check_in_background``) is not made again."""
    state = _file_state(path)
    with _lock:
        running = _checking.get(state)
    if running is not None:
        running.wait()
    with _lock:
        if state in _passed:
            return True
    row = conn.execute("PRAGMA quick_check(1)").fetchone()
    passed = bool(row) and row[0] == "ok"
    if passed:
        with _lock:
            _passed.add(state)
    return passed


def check_in_background(path: Path) -> None:
    """Starts the quick check of an existing ``path`` in a thread; opening the file waits for it and uses it."""
    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        return
    state = _file_state(path)
    done = threading.Event()
    with _lock:
        if state in _checking or state in _passed:
            return
        _checking[state] = done

    def run() -> None:
        try:
            with closing(connect_read_only(path)) as conn:
                row = conn.execute("PRAGMA quick_check(1)").fetchone()
            if row and row[0] == "ok":
                with _lock:
                    _passed.add(state)
        except sqlite3.Error:
            pass  # opening checks again and says what is wrong
        finally:
            with _lock:
                _checking.pop(state, None)
            done.set()

    threading.Thread(target=run, name="quick-check", daemon=True).start()


def make_read_only_engine(path: Path) -> Engine:
    """An engine that can only read: every connection is read-only (see ``_read_only_uri``), and no pragma
    that writes (journal_mode) is sent."""
    path = Path(path)
    from sqlalchemy import create_engine, event

    engine = create_engine("sqlite://", creator=lambda: connect_read_only(path))

    def configure(dbapi_conn, _record) -> None:
        dbapi_conn.isolation_level = None
        dbapi_conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        dbapi_conn.execute("PRAGMA query_only = ON")

    event.listen(engine, "connect", configure)
    event.listen(engine, "begin", _on_begin)
    return engine
