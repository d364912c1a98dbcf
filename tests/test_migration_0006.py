"""Migration 0006 (suppliers, agreements, commission, sales) on a filled database of revision 0005."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from migration_tools import counts, filled_at, fresh_copy, revision, without_seeded

from stic_desktop.storage import database as dbmod

NEW_TABLES = ("suppliers", "framework_agreements", "agreement_suppliers", "agreement_participants",
              "agreement_extensions", "agreement_documents", "commission_rate_decisions", "sales_imports",
              "sales_reports", "budget_lines")


@pytest.fixture(scope="module")
def filled_0005(tmp_path_factory) -> Path:
    """The small demo with meetings and procurements (tenders included) at revision 0005."""
    path = filled_at(tmp_path_factory.mktemp("rev0005") / "stic.sqlite3", "0005")
    assert revision(path) == "0005"
    return path


@pytest.fixture
def old_db(filled_0005, tmp_path) -> Path:
    return fresh_copy(filled_0005, tmp_path)


def test_filled_0005_database_keeps_its_rows_and_tenders_get_their_supplier_link(old_db):
    before = counts(old_db)
    assert not set(NEW_TABLES) & set(before)
    assert before["tenders"] > 0 and before["procurements"] == 12 and before["meetings"] > 20

    dbmod.open_database(old_db).close()

    assert revision(old_db) == dbmod.HEAD_REVISION  # 0006 and every later migration
    after = counts(old_db)
    kept = without_seeded(before)  # later migrations change the rule rows
    assert {t: n for t, n in after.items() if t in kept} == kept  # the tenders table was copied whole
    assert {t: after[t] for t in NEW_TABLES} == {t: 0 for t in NEW_TABLES}
    with closing(sqlite3.connect(old_db)) as conn:
        links = {(row[2], row[3]) for row in conn.execute("PRAGMA foreign_key_list(tenders)")}
        assert ("suppliers", "supplier_id") in links
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert dbmod.check(old_db).ok
    backups = list(old_db.parent.glob(f"{old_db.name}.bak-*"))
    assert len(backups) == 1 and revision(backups[0]) == "0005" and counts(backups[0]) == before


def test_upgraded_database_takes_the_agreement_demo(old_db):
    from stic_desktop.demo import agreements as demo_agreements

    database = dbmod.open_database(old_db)
    try:
        demo_agreements.seed_agreements(database, "small")
    finally:
        database.close()
    after = counts(old_db)
    assert after["framework_agreements"] > 0 and after["sales_reports"] > 0 and after["suppliers"] > 0
    assert dbmod.check(old_db).ok
