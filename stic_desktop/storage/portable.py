"""SQL that differs between SQLite and PostgreSQL, behind one name each, so services stay portable.

``year_month(column)`` is ``'YYYY-MM'`` and ``month_of(column)`` the month number (1-12) of a date
column on either backend; ``erase_on_delete(session)`` asks the backend to overwrite deleted values
(SQLite's secure_delete; PostgreSQL does it when the tables are vacuumed, see ``Database.compact``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import Integer, String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement


class year_month(FunctionElement):  # noqa: N801 - reads like the SQL function it stands for
    type = String()
    inherit_cache = True
    name = "year_month"


class month_of(FunctionElement):  # noqa: N801
    type = Integer()
    inherit_cache = True
    name = "month_of"


@compiles(year_month, "sqlite")
def _year_month_sqlite(element, compiler, **kw) -> str:
    return f"strftime('%Y-%m', {compiler.process(element.clauses, **kw)})"


@compiles(year_month, "postgresql")
def _year_month_postgresql(element, compiler, **kw) -> str:
    return f"to_char({compiler.process(element.clauses, **kw)}, 'YYYY-MM')"


@compiles(month_of, "sqlite")
def _month_of_sqlite(element, compiler, **kw) -> str:
    return f"CAST(strftime('%m', {compiler.process(element.clauses, **kw)}) AS INTEGER)"


@compiles(month_of, "postgresql")
def _month_of_postgresql(element, compiler, **kw) -> str:
    return f"CAST(EXTRACT(MONTH FROM {compiler.process(element.clauses, **kw)}) AS INTEGER)"


def erase_on_delete(session: Session) -> None:
    """Deleted and overwritten values are zeroed on disk, not just unreachable (GDPR anonymisation)."""
    if session.get_bind().dialect.name == "sqlite":
        session.connection().exec_driver_sql("PRAGMA secure_delete = ON")


def table_names(connection) -> set[str]:
    """The tables in the database (the current schema on PostgreSQL)."""
    from sqlalchemy import inspect

    return set(inspect(connection).get_table_names())


def insert_many(session: Session, table: str, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """Many rows at once on the session's own connection (the same transaction), bypassing SQLAlchemy's
    per-row work: SQLite's executemany, PostgreSQL's COPY. Values are as the database stores them
    (dates and times as ISO text are fine on both)."""
    names = ", ".join(columns)
    cursor = session.connection().connection.driver_connection.cursor()
    if session.get_bind().dialect.name == "sqlite":
        cursor.executemany(f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})", rows)
        return
    with cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def continue_sequences(session: Session) -> None:
    """After rows were inserted with explicit ids: on PostgreSQL each id sequence continues after the highest
    id (SQLite does so by itself)."""
    if session.get_bind().dialect.name == "postgresql":
        from stic_desktop.storage.transfer import reset_sequences

        reset_sequences(session.connection())
