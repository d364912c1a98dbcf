"""Migration 0008 (issue 17: the sales period index covers the overview's overdue-report read and the yearly
totals) on a filled 0007 database."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from migration_tools import counts, counts_of_old_tables, filled_at, revision, without_seeded

from stic_desktop.storage import database as dbmod

OVERDUE = ("SELECT DISTINCT agreement_id, supplier_id, period_start, period_kind FROM sales_reports "
           "WHERE period_start >= '2025-01-01'")
TOTALS = ("SELECT agreement_id, sum(amount_ore), sum(commission_ore), count(*) FROM sales_reports "
          "WHERE period_start >= '2025-01-01' AND period_start <= '2025-12-31' GROUP BY agreement_id")


def index_columns(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        return [row[2] for row in conn.execute("PRAGMA index_info('ix_sales_reports_period')")]


def plan(path: Path, query: str) -> str:
    with closing(sqlite3.connect(path)) as conn:
        return " ".join(row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {query}"))


def totals(path: Path) -> list[tuple]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(TOTALS).fetchall()


def test_filled_0007_database_keeps_its_rows_and_reads_both_queries_from_the_index(tmp_path: Path) -> None:
    path = filled_at(tmp_path / "stic.sqlite3", "0007")
    before, sums = counts(path), totals(path)
    assert revision(path) == "0007" and before["sales_reports"] > 0
    assert index_columns(path) == ["period_start", "agreement_id"]
    assert "COVERING" not in plan(path, TOTALS) and "COVERING" not in plan(path, OVERDUE)

    dbmod.open_database(path).close()

    assert revision(path) == dbmod.HEAD_REVISION  # 0008 and every later migration
    assert counts_of_old_tables(path, before) == without_seeded(before) and totals(path) == sums
    assert index_columns(path) == ["period_start", "agreement_id", "supplier_id", "period_kind", "municipality_id",
                                   "amount_ore", "commission_ore"]
    assert "COVERING INDEX ix_sales_reports_period" in plan(path, TOTALS)
    assert "COVERING INDEX ix_sales_reports_period" in plan(path, OVERDUE)
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
