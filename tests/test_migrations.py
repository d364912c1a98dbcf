"""Migrations (db/versions) on filled databases of the previous revision: rows, references and backup survive."""

from __future__ import annotations

import re
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from migration_tools import alembic_for, revision

from stic_desktop.errors import DatabaseRefused
from stic_desktop.storage import database as dbmod

MUNICIPALITIES = [
    (1, "0114", "Upplands Väsby", "212000-0142", "member", "2012-01-01", None),
    (2, "0180", "Stockholm", None, "member", "2010-05-01", None),
    (3, "0187", "Vaxholm", None, "interested", None, None),
    (4, "0140", "Nykvarn", None, "left", "2011-01-01", "2020-12-31"),
]
PERSONS = [
    # id, name, kind, municipality_id
    (1, "Anna Lindqvist", "stic", None),
    (2, "Łukasz Żółć", "municipality", 1),
    (3, "Ayşe Yılmaz", "municipality", 1),
    (4, "Иван Петров", "municipality", 2),
    (5, "Kim Berg", "municipality", 3),
    (6, "Lo Ek", "municipality", 4),
]


def revision_0001(path: Path) -> Path:
    dbmod._create(path)
    dbmod.migrate(path, "0001")
    return path


def fill(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.executemany(
            "INSERT INTO municipalities (id, municipality_code, name, org_number, status, joined_on, left_on, "
            "postal_address, invoicing_reference, switchboard_phone, website, notes) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, 'Box 1, 111 11 Ort', 'Ref', '08-123', 'https://x.se', 'R&D <b>')",
            MUNICIPALITIES,
        )
        conn.executemany(
            "INSERT INTO persons (id, name, title, organisation_kind, municipality_id, email, phone, active) "
            "VALUES (?, ?, '', ?, ?, '', '', 1)",
            PERSONS,
        )
        conn.execute("INSERT INTO organisation_settings (key, text_value) VALUES ('name', 'STIC')")
        conn.commit()


def counts(path: Path, tables=("municipalities", "persons", "organisation_settings")) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def person_links(path: Path) -> list[tuple]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT id, name, municipality_id FROM persons ORDER BY id").fetchall()


def municipality_rows(path: Path) -> list[tuple]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(
            "SELECT id, municipality_code, name, org_number, status, joined_on, left_on, notes "
            "FROM municipalities ORDER BY id"
        ).fetchall()


def add_orphan(path: Path) -> None:
    """A person 'Föräldralös' whose municipality does not exist (foreign keys off): an upgrade must refuse it."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute(
            "INSERT INTO persons (name, title, organisation_kind, municipality_id, email, phone, active) "
            "VALUES ('Föräldralös', '', 'municipality', 999, '', '', 1)"
        )
        conn.commit()


@pytest.fixture
def old_db(tmp_path) -> Path:
    path = revision_0001(tmp_path / "stic.sqlite3")
    fill(path)
    assert revision(path) == "0001"
    return path


def test_filled_0001_database_is_upgraded_with_child_rows_intact(old_db):
    before_counts = counts(old_db)
    before_people = person_links(old_db)
    before_municipalities = municipality_rows(old_db)

    database = dbmod.open_database(old_db)
    database.close()

    assert revision(old_db) == dbmod.HEAD_REVISION
    assert counts(old_db) == before_counts == {"municipalities": 4, "persons": 6, "organisation_settings": 1}
    assert person_links(old_db) == before_people
    assert [p[2] for p in person_links(old_db)] == [None, 1, 1, 2, 3, 4]
    assert municipality_rows(old_db) == before_municipalities
    with closing(sqlite3.connect(old_db)) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 0
    assert dbmod.check(old_db).ok


def test_upgrade_adds_the_status_check_constraint(old_db):
    with closing(sqlite3.connect(old_db)) as conn:  # at 0001 anything goes
        conn.execute("UPDATE municipalities SET status = 'bogus' WHERE id = 1")
        conn.execute("UPDATE municipalities SET status = 'member' WHERE id = 1")
        conn.commit()
    dbmod.open_database(old_db).close()
    with closing(sqlite3.connect(old_db)) as conn:
        with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"):
            conn.execute(
                "INSERT INTO municipalities (municipality_code, name, status, postal_address, invoicing_reference, "
                "switchboard_phone, website, notes) VALUES ('0999', 'X', 'bogus', '', '', '', '', '')"
            )
        with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"):
            conn.execute("UPDATE municipalities SET status = 'bogus' WHERE id = 1")
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'municipalities'").fetchone()[0]
    assert "ck_municipalities_status" in sql


def test_backup_of_the_old_revision_is_made_next_to_it(old_db):
    before_people = person_links(old_db)
    database = dbmod.open_database(old_db)
    database.close()
    backups = list(old_db.parent.glob(f"{old_db.name}.bak-*"))
    assert len(backups) == 1
    backup = backups[0]
    assert database.backup_path == backup
    assert re.fullmatch(rf"{re.escape(old_db.name)}\.bak-\d{{8}}-\d{{6}}", backup.name)
    assert revision(backup) == "0001"
    assert int.from_bytes(backup.read_bytes()[68:72], "big") == dbmod.APPLICATION_ID
    assert counts(backup) == counts(old_db)
    assert person_links(backup) == before_people
    with closing(sqlite3.connect(backup)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'audit_log'").fetchall() == []


def test_migration_leaving_dangling_references_is_rolled_back(old_db):
    add_orphan(old_db)
    before = municipality_rows(old_db), person_links(old_db)
    with pytest.raises(DatabaseRefused, match="uppgraderingen från schema 0001 misslyckades"):
        dbmod.open_database(old_db)
    assert (municipality_rows(old_db), person_links(old_db)) == before
    with closing(sqlite3.connect(old_db)) as conn:
        assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'audit_log'").fetchall() == []
    assert revision(old_db) == "0001"


def test_dangling_reference_stops_the_upgrade_with_an_error(old_db):
    """The failure is not silent, and names the backup made before it."""
    add_orphan(old_db)
    with pytest.raises(DatabaseRefused, match="Säkerhetskopia") as refused:
        dbmod.open_database(old_db)
    backups = list(old_db.parent.glob(f"{old_db.name}.bak-*"))
    assert len(backups) == 1 and revision(backups[0]) == "0001"
    assert str(backups[0]) in refused.value.message


def test_failed_upgrades_again_and_again_leave_one_backup_until_the_contents_change(old_db, pinned_clock):
    """Every attempt backs up first; an identical earlier copy is reused, so the disk does not fill with
    copies of the same file. A committed change (same size, same revision) makes a new one."""
    add_orphan(old_db)
    paths = set()
    for _attempt in range(3):
        with pytest.raises(DatabaseRefused, match="Säkerhetskopia") as refused:
            dbmod.open_database(old_db)
        paths.add(next(p for p in old_db.parent.glob(f"{old_db.name}.bak-*") if str(p) in refused.value.message))
    assert len(paths) == 1 and list(old_db.parent.glob(f"{old_db.name}.bak-*")) == list(paths)
    assert not list(old_db.parent.glob(".*partial*"))
    with closing(sqlite3.connect(old_db)) as conn:
        conn.execute("UPDATE persons SET name = 'Föräldrafri' WHERE name = 'Föräldralös'")
        conn.commit()
    with pytest.raises(DatabaseRefused, match="Säkerhetskopia"):
        dbmod.open_database(old_db)
    backups = sorted(old_db.parent.glob(f"{old_db.name}.bak-*"))
    assert len(backups) == 2
    with closing(sqlite3.connect(backups[1])) as conn:
        assert conn.execute("SELECT count(*) FROM persons WHERE name = 'Föräldrafri'").fetchone() == (1,)


def _scratch_config(old_db: Path, tmp_path: Path):
    scratch = tmp_path / "scratch.sqlite3"
    shutil.copy(old_db, scratch)
    return scratch, alembic_for(scratch)


def test_alembic_command_upgrades_a_scratch_copy(old_db, tmp_path):
    from alembic import command

    scratch, config = _scratch_config(old_db, tmp_path)
    before_people = person_links(scratch)
    command.upgrade(config, "head")
    assert revision(scratch) == dbmod.HEAD_REVISION
    assert person_links(scratch) == before_people
    assert counts(scratch) == counts(old_db)
    assert revision(old_db) == "0001"


def test_upgrade_downgrade_upgrade_round_trip(old_db, tmp_path):
    from alembic import command

    scratch, config = _scratch_config(old_db, tmp_path)
    before_people = person_links(scratch)

    command.upgrade(config, "head")
    assert revision(scratch) == dbmod.HEAD_REVISION
    command.downgrade(config, "0001")
    assert revision(scratch) == "0001"
    with closing(sqlite3.connect(scratch)) as conn:
        assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'audit_log'").fetchall() == []
        conn.execute("UPDATE municipalities SET status = 'bogus' WHERE id = 2")  # constraint gone again
        conn.rollback()
    command.upgrade(config, "head")
    assert revision(scratch) == dbmod.HEAD_REVISION
    assert person_links(scratch) == before_people
    assert counts(scratch) == counts(old_db)
    assert dbmod.check(scratch).ok


def test_models_match_the_migrated_schema(tmp_path):
    """A model changed without a migration (or the reverse) shows up here."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from stic_desktop.models import Base

    database = dbmod.open_database(tmp_path / "schema.sqlite3")
    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    database.close()
    assert differences == []
