"""What the migration tests share: a filled database at an older revision, copies of it, and reading a database
file's revision, columns and row counts with plain sqlite3."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path


def revision(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def columns(path: Path, table: str) -> set[str]:
    with closing(sqlite3.connect(path)) as conn:
        return {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}


def alembic_for(path: Path):
    """An Alembic config that works on the SQLite file ``path`` (for ``alembic.command`` up- and downgrades)."""
    from stic_desktop.storage.migrations import alembic_config

    config = alembic_config()
    config.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
    return config


def counts(path: Path) -> dict[str, int]:
    """Rows per table (Alembic's own table left out)."""
    with closing(sqlite3.connect(path)) as conn:
        tables = [name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version'")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def filled_at(path: Path, target: str) -> Path:
    """A database at revision ``target`` filled with the small demo (people, meetings, procurements, agreements
    and sales, as far as that revision has their tables).

    The demo writes through today's models, which know columns an older schema lacks, so it is seeded into a
    database at head and its rows are copied into the older schema, column by column where both have them.
    The rule tables keep the rows their own migrations seeded.
    """
    from stic_desktop.demo import seed as demo
    from stic_desktop.services.people import staff
    from stic_desktop.storage import database as dbmod

    source = path.with_name(f"{path.stem}-head{path.suffix}")
    database = dbmod.open_database(source)
    try:
        demo.seed_demo(database, "small")
        staff.set_current_user(database, staff.list_staff(database)[0].id)
    finally:
        database.close()
    dbmod._create(path)
    dbmod.migrate(path, target)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("ATTACH DATABASE ? AS head", (str(source),))
        tables = [name for (name,) in conn.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version'")]
        for table in tables:
            if table in _OWN_ROWS:
                continue
            conn.execute(f'DELETE FROM main."{table}"')
            old = [row[1] for row in conn.execute(f'PRAGMA main.table_info("{table}")')]
            new = {row[1] for row in conn.execute(f'PRAGMA head.table_info("{table}")')}
            # a reference to a table the old schema does not have yet (tenders → suppliers at 0005) stays empty
            dangling = {row[3] for row in conn.execute(f'PRAGMA head.foreign_key_list("{table}")')
                        if row[2] not in tables}
            shared = [c for c in old if c in new]
            values = ", ".join("NULL" if c in dangling else f'"{c}"' for c in shared)
            names = ", ".join(f'"{c}"' for c in shared)
            conn.execute(f'INSERT INTO main."{table}" ({names}) SELECT {values} FROM head."{table}"')
        conn.commit()
        conn.execute("DETACH DATABASE head")
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    source.unlink()
    for extra in source.parent.glob(f"{source.name}*"):
        extra.unlink()
    return path


def fresh_copy(filled: Path, folder: Path) -> Path:
    """A copy of the (module-wide) filled database in ``folder``, for one test to upgrade."""
    path = folder / "stic.sqlite3"
    shutil.copy(filled, path)
    return path


_OWN_ROWS = ("deadline_rules", "procurement_thresholds")  # as that revision's migrations seeded them


# Rule tables whose rows later migrations add or change (0007 the LOU rules, 0012 the bilaga 2 threshold row).
SEEDED = ("procurement_thresholds", "deadline_rules")


def counts_of_old_tables(path: Path, before: dict[str, int]) -> dict[str, int]:
    """Rows per table of the tables ``before`` had (a later migration may add tables of its own), the rule
    tables that migrations seed left out."""
    return {table: n for table, n in counts(path).items() if table in before and table not in SEEDED}


def without_seeded(before: dict[str, int]) -> dict[str, int]:
    """``before`` without the rule tables that migrations seed: what an upgrade must keep row for row."""
    return {table: n for table, n in before.items() if table not in SEEDED}
