"""Copying every row of one STIC database into another of the same schema revision: a SQLite copy of the
team database (``backup --db postgresql://...``) and moving a single-user file into the team database
(``server move-in``). Rows go table by table in foreign-key order, in batches, in ONE transaction on the
target; counts are compared before the commit, so a copy is complete or not there at all."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from sqlalchemy import Connection, Table, delete, func, select, text

from stic_desktop.core.private_files import create_private_file
from stic_desktop.errors import DatabaseUnavailable

BATCH = 2000
# Rows the migrations themselves put in an empty database (rule tables and the two standing groups):
# a database with only these is "empty" for move-in.
SEEDED_TABLES = frozenset({"deadline_rules", "procurement_thresholds", "groups", "agreement_clauses"})


def _tables() -> list[Table]:
    from stic_desktop.models import Base

    return list(Base.metadata.sorted_tables)


def row_counts(connection: Connection) -> dict[str, int]:
    """Rows per STIC table (what this connection may see)."""
    return {table.name: connection.execute(select(func.count()).select_from(table)).scalar_one() for table in _tables()}


def user_rows(counts: dict[str, int]) -> int:
    """Rows that users made (not the migrations' own rule tables and standing groups)."""
    return sum(count for name, count in counts.items() if name not in SEEDED_TABLES)


def copy_rows(source: Connection, target: Connection, progress: Callable[[str], None] | None = None) -> dict[str, int]:
    """Replaces every STIC row in ``target`` (inside its open transaction) with ``source``'s rows; returns the
    counts copied. Identity sequences on PostgreSQL continue after the highest copied id."""
    tables = _tables()
    for table in reversed(tables):
        target.execute(delete(table))
    copied: dict[str, int] = {}
    for table in tables:
        if progress is not None:
            progress(table.name)
        count = 0
        result = source.execution_options(yield_per=BATCH).execute(select(table))
        for rows in result.mappings().partitions(BATCH):
            target.execute(table.insert(), [dict(row) for row in rows])
            count += len(rows)
        copied[table.name] = count
    if target.dialect.name == "postgresql":
        reset_sequences(target)
    return copied


def reset_sequences(connection: Connection) -> None:
    """After rows were inserted with explicit ids, each table's id sequence continues after the highest id."""
    for table in _tables():
        if list(table.primary_key.columns.keys()) != ["id"]:
            continue
        connection.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
            f"coalesce((SELECT max(id) FROM \"{table.name}\"), 0) + 1, false)"))


def copy_to_file(database, target: Path) -> dict[str, int]:
    """A SQLite file (owner-only, written under a temporary name and renamed when complete) holding every row
    of ``database`` that its login may read; returns the row counts."""
    from stic_desktop.storage.database import _create, make_engine, migrate

    target = Path(target)
    if target.exists():
        raise DatabaseUnavailable(f"Filen {target} finns redan. Välj ett annat filnamn.")
    if not target.parent.is_dir() or not os.access(target.parent, os.W_OK):
        raise DatabaseUnavailable(f"Mappen {target.parent} finns inte eller är skrivskyddad. Ingen kopia gjordes.")
    partial = target.with_name(f".{target.name}.partial-{os.getpid()}")
    for leftover in (partial, *(partial.with_name(partial.name + s) for s in ("-wal", "-shm", "-journal"))):
        leftover.unlink(missing_ok=True)
    engine = None
    try:
        create_private_file(partial)
        _create(partial)
        migrate(partial)
        engine = make_engine(partial, foreign_keys=False)
        with database.engine.connect() as source, engine.connect() as sink:
            source = source.execution_options(isolation_level="REPEATABLE READ") \
                if source.dialect.name == "postgresql" else source
            with source.begin(), sink.execution_options(stic_write=True).begin():
                counts = copy_rows(source, sink)
                if row_counts(sink) != counts:
                    raise DatabaseUnavailable("Kopian blev inte fullständig. Ingen kopia gjordes.")
        engine.dispose()
        engine = None
        with closing(sqlite3.connect(partial)) as conn:  # one self-contained file, readable without -wal/-shm
            conn.execute("PRAGMA journal_mode = DELETE")
        os.replace(partial, target)
        return counts
    except BaseException:
        if engine is not None:
            engine.dispose()
        for leftover in (partial, *(partial.with_name(partial.name + s) for s in ("-wal", "-shm", "-journal"))):
            leftover.unlink(missing_ok=True)
        raise
