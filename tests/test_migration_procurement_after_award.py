"""Migration 0012 (after the award and the ramavtal clauses, issues 15 and 16) on a filled database of
revision 0007."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from migration_tools import columns, counts, filled_at, fresh_copy, revision

from stic_desktop.storage import database as dbmod

NEW_COLUMNS = {"opening_time", "opening_place", "opened_by", "opening_witness", "tender_deadline_time",
               "decision_maker", "decision_delegation", "award_notice_sent_on", "documentation_completed_on",
               "individual_report_on", "cancellation_notice_sent_on"}
NEW_TABLES = {"procurement_declarations", "agreement_clauses", "agreement_clause_uses"}
CLAUSE_COUNT = 11


@pytest.fixture(scope="module")
def filled_0007(tmp_path_factory) -> Path:
    path = filled_at(tmp_path_factory.mktemp("rev0007") / "stic.sqlite3", "0007")
    with closing(sqlite3.connect(path)) as conn:  # one source the user has written: it is kept
        conn.execute("UPDATE procurement_thresholds SET source = 'Vår egen notering' "
                     "WHERE kind = 'works' AND period_start = '2024-01-01'")
        conn.commit()
    assert revision(path) == "0007"
    return path


@pytest.fixture
def old_db(filled_0007, tmp_path) -> Path:
    return fresh_copy(filled_0007, tmp_path)


def test_filled_0007_database_keeps_its_rows_and_every_agreement_gets_the_first_clauses(old_db):
    before = counts(old_db)
    assert before["procurements"] > 0 and before["framework_agreements"] > 0 and before["tenders"] > 0
    assert not NEW_TABLES & set(before) and not NEW_COLUMNS & columns(old_db, "procurements")

    dbmod.open_database(old_db).close()

    assert revision(old_db) == dbmod.HEAD_REVISION  # 0012 and every later migration
    after = counts(old_db)
    assert {t: n for t, n in after.items() if t in before and t != "procurement_thresholds"} == {
        t: n for t, n in before.items() if t != "procurement_thresholds"}
    assert after["procurement_thresholds"] == before["procurement_thresholds"] + 1  # bilaga 2 direct award 2026–27
    assert NEW_COLUMNS <= columns(old_db, "procurements")
    assert after["procurement_declarations"] == 0
    assert after["agreement_clauses"] == CLAUSE_COUNT
    assert after["agreement_clause_uses"] == CLAUSE_COUNT * before["framework_agreements"]
    with closing(sqlite3.connect(old_db)) as conn:
        defaults = conn.execute("SELECT DISTINCT opening_time, opened_by, decision_maker, award_notice_sent_on, "
                                "individual_report_on FROM procurements").fetchall()
        titles = [t for (t,) in conn.execute("SELECT title FROM agreement_clauses ORDER BY position")]
        sources = {(start, kind): (sek, source) for start, kind, sek, source in conn.execute(
            "SELECT period_start, kind, sek, source FROM procurement_thresholds")}
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert sources[("2024-01-01", "works")][1] == "Vår egen notering"
    assert sources[("2026-01-01", "direct_award_social")][0] is None
    assert sources[("2026-01-01", "direct_award_social")][1].startswith("LOU 19 a kap. 2 § andra meningen")
    assert sources[("2026-01-01", "supplies_services")][1].startswith("Euro: kommissionens delegerade förordning")
    assert not any("NOT FOUND" in source or "http" in source.split("(")[0] for _sek, source in sources.values())
    assert defaults == [("", "", "", None, None)]
    assert titles[0] == "Avtalshandlingar och deras inbördes ordning" and titles[-1] == "Kontaktpersoner"
    assert dbmod.check(old_db).ok
    backups = list(old_db.parent.glob(f"{old_db.name}.bak-*"))
    assert len(backups) == 1 and revision(backups[0]) == "0007" and counts(backups[0]) == before


def test_a_clause_version_is_unique_per_key(old_db):
    dbmod.open_database(old_db).close()
    with closing(sqlite3.connect(old_db)) as conn, pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO agreement_clauses (key, version, position, title, body, created_on) "
                     "VALUES ('prices', 1, 2, 'x', 'y', '2026-12-06')")
