"""Migration 0005 (workshops, proposals, procurements, rule tables) on a filled database of revision 0004."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from migration_tools import alembic_for, counts, counts_of_old_tables, filled_at, fresh_copy, revision, without_seeded

from stic_desktop.storage import database as dbmod

NEW_TABLES = ("workshops", "workshop_participants", "proposals", "proposal_interests", "proposal_agenda_links",
              "procurements", "procurement_stages", "procurement_participants", "requirement_documents", "tenders",
              "procurement_thresholds", "deadline_rules")
HEAD_RULE_COUNT = 24  # 18 seeded by 0005; 0007 drops the 4 dialogue tender rows and adds 10 (LOU 11 kap., 20:3)


@pytest.fixture(scope="module")
def filled_0004(tmp_path_factory) -> Path:
    """The small demo with its meetings (people, groups, meetings, agendas, attachments) at revision 0004."""
    path = filled_at(tmp_path_factory.mktemp("rev0004") / "stic.sqlite3", "0004")
    assert revision(path) == "0004"
    return path


@pytest.fixture
def old_db(filled_0004, tmp_path) -> Path:
    return fresh_copy(filled_0004, tmp_path)


def test_filled_0004_database_keeps_its_rows_and_gets_the_rule_tables(old_db):
    before = counts(old_db)
    assert not set(NEW_TABLES) & set(before)
    assert before["meetings"] > 20 and before["persons"] > 100 and before["agenda_attachments"] > 0

    dbmod.open_database(old_db).close()

    assert revision(old_db) == dbmod.HEAD_REVISION  # 0005 and every later migration
    after = counts(old_db)
    assert counts_of_old_tables(old_db, before) == without_seeded(before)
    assert {t: after[t] for t in NEW_TABLES} == {
        **{t: 0 for t in NEW_TABLES}, "procurement_thresholds": 13, "deadline_rules": HEAD_RULE_COUNT}  # 0012: +1
    with closing(sqlite3.connect(old_db)) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert dbmod.check(old_db).ok
    backups = list(old_db.parent.glob(f"{old_db.name}.bak-*"))
    assert len(backups) == 1 and revision(backups[0]) == "0004" and counts(backups[0]) == before


def test_seeded_rules_and_thresholds(old_db):
    dbmod.migrate(old_db, "0005")  # the rules as 0005 seeded them (0007 adds and changes some)
    with closing(sqlite3.connect(old_db)) as conn:
        rules = dict(conn.execute("SELECT key, days FROM deadline_rules"))
        thresholds = {(start, kind): (eur, sek) for start, kind, eur, sek in conn.execute(
            "SELECT period_start, kind, eur, sek FROM procurement_thresholds")}
    procedures = ("open", "restricted", "negotiated", "competitive_dialogue")
    assert set(rules) == {f"tender.{p}.{v}" for p in procedures for v in ("base", "electronic", "pin", "urgent")} | {
        "standstill.electronic", "standstill.other"}
    assert (rules["tender.open.base"], rules["tender.open.electronic"], rules["tender.restricted.electronic"]) == (
        35, 30, 25)
    assert (rules["standstill.electronic"], rules["standstill.other"]) == (10, 15)
    assert thresholds[("2024-01-01", "supplies_services")] == (221000, 2389585)
    assert thresholds[("2024-01-01", "direct_award")] == (None, 700000)
    assert thresholds[("2026-01-01", "supplies_services")] == (216000, None)  # SEK left for the user to enter


def test_upgraded_database_takes_the_procurement_demo(old_db):
    from stic_desktop.demo import procurements as demo_procurements
    from stic_desktop.services.procurement import overview as procurement_overview

    database = dbmod.open_database(old_db)
    try:
        assert demo_procurements.seed_procurements(database, "small") == 12
        assert sum(c.count for c in procurement_overview.stage_counts(database)) == 12
    finally:
        database.close()
    assert dbmod.check(old_db).ok


def test_downgrade_to_0004_and_back(old_db, tmp_path):
    from alembic import command

    before = counts(old_db)
    config = alembic_for(old_db)
    command.upgrade(config, "head")
    command.downgrade(config, "0004")
    assert revision(old_db) == "0004" and counts(old_db) == before
    command.upgrade(config, "head")
    after = counts(old_db)
    assert (after["procurement_thresholds"], after["deadline_rules"]) == (13, HEAD_RULE_COUNT)  # 0012 adds bilaga 2's direct-award row for 2026-27
    assert {t: n for t, n in after.items() if t in before} == before
