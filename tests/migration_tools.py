"""What the migration tests share: reading a database file's revision and its row counts with plain sqlite3."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path


def revision(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def counts(path: Path) -> dict[str, int]:
    """Rows per table (Alembic's own table left out)."""
    with closing(sqlite3.connect(path)) as conn:
        tables = [name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version'")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
