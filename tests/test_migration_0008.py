"""Migration 0008 (issue 17: the sales period index covers the overview's read) on a filled 0007 database."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from migration_tools import counts, filled_at, revision

from stic_desktop.storage import database as dbmod


def index_columns(path: Path, name: str) -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        return [row[2] for row in conn.execute(f'PRAGMA index_info("{name}")')]


def test_filled_0007_database_keeps_its_rows_and_gets_the_covering_index(tmp_path: Path):
    path = filled_at(tmp_path / "stic.sqlite3", "0007")
    assert revision(path) == "0007"
    before = counts(path)
    assert before["sales_reports"] > 0
    assert index_columns(path, "ix_sales_reports_period") == ["period_start", "agreement_id"]

    dbmod.open_database(path).close()

    assert revision(path) == dbmod.HEAD_REVISION  # 0008 and every later migration
    assert counts(path) == before
    assert index_columns(path, "ix_sales_reports_period") == ["period_start", "agreement_id", "supplier_id",
                                                              "period_kind"]
    with closing(sqlite3.connect(path)) as conn:
        plan = " ".join(row[3] for row in conn.execute(
            "EXPLAIN QUERY PLAN SELECT DISTINCT agreement_id, supplier_id, period_start, period_kind "
            "FROM sales_reports WHERE period_start >= '2025-01-01'"))
        assert "COVERING INDEX ix_sales_reports_period" in plan
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
