"""Migration 0007 (procurement time limits and procedures, issue 15) on a filled database of revision 0006."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from migration_tools import SEEDED, alembic_for, columns, counts, filled_at, fresh_copy, revision

from stic_desktop.storage import database as dbmod

NEW_COLUMNS = {"procedure_grounds", "application_deadline_on", "invitation_sent_on", "tender_period_agreement",
               "documents_electronic", "standstill_days", "ex_ante_published_on"}
NEW_RULES = {"application.restricted.base", "application.negotiated.base", "application.competitive_dialogue.base",
             "application.innovation_partnership.base", "application.restricted.urgent",
             "application.negotiated.urgent", "tender.restricted.not_reached", "tender.negotiated.not_reached",
             "extension.documents_not_electronic", "standstill.ex_ante"}
DIALOGUE_TENDER_RULES = {f"tender.competitive_dialogue.{v}" for v in ("base", "electronic", "pin", "urgent")}


@pytest.fixture(scope="module")
def filled_0006(tmp_path_factory) -> Path:
    """The small demo (procurements, tenders, agreements, sales) at revision 0006, one rule edited by the user."""
    path = filled_at(tmp_path_factory.mktemp("rev0006") / "stic.sqlite3", "0006")
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE deadline_rules SET days = 40 WHERE key = 'tender.open.base'")
        conn.commit()
    assert revision(path) == "0006"
    return path


@pytest.fixture
def old_db(filled_0006, tmp_path) -> Path:
    return fresh_copy(filled_0006, tmp_path)


def test_filled_0006_database_keeps_its_rows_and_gets_the_new_rules(old_db):
    before = counts(old_db)
    assert before["procurements"] == 12 and before["tenders"] > 0 and before["framework_agreements"] > 0
    assert before["sales_reports"] > 0 and before["deadline_rules"] == 18
    assert not NEW_COLUMNS & columns(old_db, "procurements")

    dbmod.open_database(old_db).close()

    assert revision(old_db) == dbmod.HEAD_REVISION  # 0007 and every later migration
    after = counts(old_db)
    assert {t: n for t, n in after.items() if t not in SEEDED and t in before} == {  # later heads add tables
        t: n for t, n in before.items() if t not in SEEDED}  # procurements was copied whole
    assert after["deadline_rules"] == 18 - len(DIALOGUE_TENDER_RULES) + len(NEW_RULES)
    assert NEW_COLUMNS <= columns(old_db, "procurements")
    with closing(sqlite3.connect(old_db)) as conn:
        rules = {key: (days, reference) for key, days, reference in conn.execute(
            "SELECT key, days, reference FROM deadline_rules")}
        defaults = conn.execute("SELECT DISTINCT procedure_grounds, tender_period_agreement, documents_electronic, "
                                "standstill_days FROM procurements").fetchall()
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert NEW_RULES <= set(rules) and not DIALOGUE_TENDER_RULES & set(rules)
    assert rules["tender.open.base"] == (40, "LOU 11 kap. 2 §")  # the user's days kept, the paragraph made precise
    assert rules["tender.restricted.electronic"] == (25, "LOU 11 kap. 6 §")
    assert rules["standstill.ex_ante"] == (10, "LOU 20 kap. 3 §")
    assert defaults == [("", "", 1, None)]
    assert dbmod.check(old_db).ok
    backups = list(old_db.parent.glob(f"{old_db.name}.bak-*"))
    assert len(backups) == 1 and revision(backups[0]) == "0006" and counts(backups[0]) == before


def test_the_new_procedures_are_allowed_and_unknown_ones_still_refused(old_db):
    dbmod.open_database(old_db).close()
    with closing(sqlite3.connect(old_db)) as conn:
        conn.execute("UPDATE procurements SET procedure = 'innovation_partnership' WHERE id = 1")
        conn.execute("UPDATE procurements SET procedure = 'negotiated_without_notice' WHERE id = 2")
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("UPDATE procurements SET procedure = 'secret' WHERE id = 3")
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("UPDATE procurements SET tender_period_agreement = 'maybe' WHERE id = 3")
        conn.commit()


def test_downgrade_to_0006_and_back(old_db):
    from alembic import command

    dbmod.open_database(old_db).close()
    upgraded = counts(old_db)
    config = alembic_for(old_db)
    command.downgrade(config, "0006")
    assert revision(old_db) == "0006" and not NEW_COLUMNS & columns(old_db, "procurements")
    assert counts(old_db)["deadline_rules"] == 18
    command.upgrade(config, "head")
    assert counts(old_db) == upgraded
