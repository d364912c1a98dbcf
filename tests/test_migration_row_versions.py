"""Migration 0009 (row versions, unique § numbers; issue 14) on a filled database of revision 0007."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from migration_tools import (
    alembic_for,
    columns,
    counts,
    counts_of_old_tables,
    filled_at,
    fresh_copy,
    revision,
    without_seeded,
)

from stic_desktop.models import Base
from stic_desktop.models.base import VERSIONED_TABLES, Versioned
from stic_desktop.storage import database as dbmod


@pytest.fixture(scope="module")
def filled_0007(tmp_path_factory) -> Path:
    """The small demo at 0007; two agenda items of one group and year share a § (possible before 0008)."""
    path = filled_at(tmp_path_factory.mktemp("rev0007") / "stic.sqlite3", "0007")
    with closing(sqlite3.connect(path)) as conn:
        first, second = conn.execute(
            "SELECT a.id, b.id FROM agenda_items a JOIN meetings ma ON ma.id = a.meeting_id "
            "JOIN agenda_items b ON b.id > a.id JOIN meetings mb ON mb.id = b.meeting_id "
            "WHERE a.paragraph IS NOT NULL AND b.paragraph IS NOT NULL AND ma.group_id = mb.group_id "
            "AND substr(ma.starts_at, 1, 4) = substr(mb.starts_at, 1, 4) AND substr(ma.starts_at, 6, 2) BETWEEN "
            "'02' AND '11' AND substr(mb.starts_at, 6, 2) BETWEEN '02' AND '11' LIMIT 1").fetchone()
        conn.execute("UPDATE agenda_items SET paragraph = (SELECT paragraph FROM agenda_items WHERE id = ?) "
                     "WHERE id = ?", (first, second))
        conn.commit()
    assert revision(path) == "0007"
    return path


@pytest.fixture
def old_db(filled_0007, tmp_path) -> Path:
    return fresh_copy(filled_0007, tmp_path)


def test_the_versioned_tables_are_the_versioned_models():
    versioned = {mapper.class_.__tablename__ for mapper in Base.registry.mappers if issubclass(mapper.class_, Versioned)}
    assert versioned == set(VERSIONED_TABLES)
    migration = (Path(__file__).parents[1] / "db" / "versions" / "0009_row_versions_and_unique_numbers.py").read_text()
    assert all(f'"{table}"' in migration for table in VERSIONED_TABLES)


def test_filled_0007_database_keeps_its_rows_and_gets_versions_and_scopes(old_db):
    before = counts(old_db)
    assert before["meetings"] > 0 and before["procurements"] > 0 and before["agenda_items"] > 0
    dbmod.open_database(old_db).close()
    assert revision(old_db) == dbmod.HEAD_REVISION
    assert counts_of_old_tables(old_db, before) == without_seeded(before)
    with closing(sqlite3.connect(old_db)) as conn:
        for table in VERSIONED_TABLES:
            assert conn.execute(f'SELECT DISTINCT row_version FROM "{table}"').fetchall() in ([(1,)], []), table
        numbered, scoped, duplicates = conn.execute(
            "SELECT count(paragraph), count(paragraph_scope), sum(paragraph_scope LIKE '%:dup%') FROM agenda_items"
        ).fetchone()
        assert numbered == scoped > 0 and duplicates == 1  # the § used twice keeps its number
        conn.execute("PRAGMA foreign_keys = ON")
        scope, paragraph = conn.execute(
            "SELECT paragraph_scope, paragraph FROM agenda_items WHERE paragraph IS NOT NULL LIMIT 1").fetchone()
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
            conn.execute("UPDATE agenda_items SET paragraph_scope = ?, paragraph = ? WHERE paragraph IS NULL "
                         "OR paragraph != ?", (scope, paragraph, paragraph))
    assert dbmod.check(old_db).ok
    backups = list(old_db.parent.glob(f"{old_db.name}.bak-*"))
    assert len(backups) == 1 and revision(backups[0]) == "0007" and counts(backups[0]) == before


def test_downgrade_to_0007_and_back(old_db):
    from alembic import command

    dbmod.open_database(old_db).close()
    upgraded = counts(old_db)
    config = alembic_for(old_db)
    command.downgrade(config, "0007")
    assert revision(old_db) == "0007" and "row_version" not in columns(old_db, "meetings")
    assert "paragraph_scope" not in columns(old_db, "agenda_items")
    command.upgrade(config, "head")
    assert counts(old_db) == upgraded and "row_version" in columns(old_db, "procurements")
