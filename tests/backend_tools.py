"""Plain SQL on the test's database, on either backend, without the program's SQLAlchemy layer: the
independent check that a service really wrote (or did not write) what it says.

``plain(db)`` is a DB-API connection with ``?`` placeholders on both backends (sqlite3 itself, or psycopg
with the placeholders translated); ``row_counts(db)`` counts the rows of every table.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from pathlib import Path


class _PlainPostgres:
    """The few sqlite3.Connection methods the tests use, on psycopg: execute (with ``?``), commit, close."""

    def __init__(self, url: str) -> None:
        import psycopg
        from sqlalchemy.engine import make_url

        url_obj = make_url(url)
        params = {k: (v[0] if isinstance(v, tuple) else v) for k, v in url_obj.query.items()}
        if url_obj.host:
            params["host"] = url_obj.host
        if url_obj.username:
            params["user"] = url_obj.username
        if url_obj.password:
            params["password"] = url_obj.password
        self._conn = psycopg.connect(dbname=url_obj.database, **params)

    def execute(self, sql: str, parameters: Sequence[object] = ()):
        if parameters:
            sql = sql.replace("%", "%%").replace("?", "%s")
        return self._conn.execute(sql, tuple(parameters) or None)

    def commit(self) -> None:
        self._conn.commit()

    def close(self) -> None:
        self._conn.close()


def connect_plain(location: Path | str):
    if isinstance(location, str) and location.startswith("postgresql"):
        return _PlainPostgres(location)
    return sqlite3.connect(location)


def location_of(db) -> Path | str:
    """A Database (or a path/URL already)."""
    if isinstance(db, (str, Path)):
        return db
    return db.path if db.path is not None else db.url


@contextmanager
def plain(db) -> Iterator:
    """``with plain(db) as conn: conn.execute("SELECT ... WHERE id = ?", (1,))`` on either backend."""
    with closing(connect_plain(location_of(db))) as conn:
        yield conn


def table_names(db) -> list[str]:
    location = location_of(db)
    with plain(location) as conn:
        if isinstance(location, str):
            sql = "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"
        else:
            sql = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        return sorted(row[0] for row in conn.execute(sql).fetchall())


def row_counts(db) -> dict[str, int]:
    """Rows per table (Alembic's own table included), with plain SQL."""
    names = table_names(db)
    with plain(db) as conn:
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in names}
