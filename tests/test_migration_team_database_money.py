"""Migration 0011 (team database: öre amounts BIGINT on PostgreSQL, audit_log.login, team_logins) on a filled
0007 file, and on PostgreSQL the column types it leaves."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from backend_tools import plain
from migration_tools import counts, counts_of_old_tables, filled_at, fresh_copy, revision, without_seeded

from stic_desktop.storage import database as dbmod


@pytest.fixture(scope="module")
def filled_0007(tmp_path_factory) -> Path:
    path = filled_at(tmp_path_factory.mktemp("rev0007") / "stic.sqlite3", "0007")
    assert revision(path) == "0007"
    return path


@pytest.fixture
def old_db(filled_0007, tmp_path) -> Path:
    return fresh_copy(filled_0007, tmp_path)


def test_filled_0007_file_keeps_every_row_and_gets_the_login_column_and_table(old_db):
    before = counts(old_db)
    assert before["procurements"] == 12 and before["sales_reports"] > 0 and before["audit_log"] > 0
    with closing(sqlite3.connect(old_db)) as conn:
        amounts = conn.execute("SELECT id, estimated_value_ore FROM procurements ORDER BY id").fetchall()

    dbmod.open_database(old_db).close()

    assert revision(old_db) == dbmod.HEAD_REVISION
    assert counts(old_db)["team_logins"] == 0  # the new table, empty in a file
    assert counts_of_old_tables(old_db, before) == without_seeded(before)
    with closing(sqlite3.connect(old_db)) as conn:
        assert "login" in {row[1] for row in conn.execute('PRAGMA table_info("audit_log")')}
        assert conn.execute("SELECT count(*) FROM audit_log WHERE login IS NOT NULL").fetchone()[0] == 0
        assert conn.execute("SELECT id, estimated_value_ore FROM procurements ORDER BY id").fetchall() == amounts
    assert dbmod.check(old_db).ok


def test_on_postgresql_amounts_are_bigint_and_the_server_records_the_login(pg_url):
    from stic_desktop.services.municipalities import municipalities
    from stic_desktop.services.workspace.database import open_database

    with plain(pg_url) as conn:
        types = dict(conn.execute(
            "SELECT table_name || '.' || column_name, data_type FROM information_schema.columns "
            "WHERE column_name LIKE '%\\_ore' OR (table_name = 'audit_log' AND column_name = 'login')").fetchall())
    assert types["procurements.estimated_value_ore"] == "bigint" and types["sales_reports.amount_ore"] == "bigint"
    assert set(types.values()) == {"bigint", "character varying"}
    db = open_database(pg_url)
    try:
        municipalities.import_county_municipalities(db)
    finally:
        db.close()
    with plain(pg_url) as conn:
        logins = {row[0] for row in conn.execute("SELECT DISTINCT login FROM audit_log").fetchall()}
    assert logins == {"postgres"}  # the server's current_user, not a name the program sent
