"""stic_desktop/storage/database.py: opening, refusing, pragmas, transactions, check and backup on real files."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sqlite3
import time
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from stic_desktop.errors import DatabaseRefused, DatabaseUnavailable
from stic_desktop.models import Municipality
from stic_desktop.storage import database as dbmod


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path)


def row_counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def make_stic_file(path: Path, municipalities: int = 0) -> Path:
    database = dbmod.open_database(path)
    try:
        with database.write() as session:
            for n in range(municipalities):
                session.add(Municipality(municipality_code=f"{n + 1:04d}", name=f"Kommun {n + 1}"))
    finally:
        database.close()
    return path


# --- a new file ---------------------------------------------------------------------------


def test_new_file_gets_application_id_and_head_revision(db_path):
    database = dbmod.open_database(db_path)
    database.close()
    header = db_path.read_bytes()[:100]
    assert header.startswith(b"SQLite format 3\x00")
    assert int.from_bytes(header[68:72], "big") == dbmod.APPLICATION_ID == 0x53544943
    assert database.created is True
    with closing(raw(db_path)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(dbmod.HEAD_REVISION,)]


def test_head_revision_constant_is_alembics_head():
    from stic_desktop.storage.migrations import head_revision

    assert dbmod.HEAD_REVISION == head_revision()


def test_every_connection_has_wal_foreign_keys_and_busy_timeout(db):
    connections = [db.engine.connect() for _ in range(2)]  # two pooled connections, each configured
    try:
        for conn in connections:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == dbmod.BUSY_TIMEOUT_MS > 0
    finally:
        for conn in connections:
            conn.close()
    with db.read() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_foreign_keys_are_enforced_on_writes(db):
    with pytest.raises(IntegrityError, match="FOREIGN KEY"):
        with db.write() as session:
            session.execute(
                text(
                    "INSERT INTO persons (name, title, organisation_kind, municipality_id, email, phone, active) "
                    "VALUES ('x', '', 'other', 999, '', '', 1)"
                )
            )
    with closing(raw(db.path)) as conn:
        assert conn.execute("SELECT count(*) FROM persons").fetchone()[0] == 0


def test_empty_file_becomes_a_new_database(db_path):
    db_path.write_bytes(b"")
    database = dbmod.open_database(db_path)
    database.close()
    assert database.created is True
    assert int.from_bytes(db_path.read_bytes()[68:72], "big") == dbmod.APPLICATION_ID
    assert dbmod.check(db_path).ok


def test_reopening_a_current_file_neither_migrates_nor_backs_up(db_path):
    make_stic_file(db_path, municipalities=2)
    database = dbmod.open_database(db_path)
    database.close()
    assert database.created is False and database.backup_path is None
    assert not list(db_path.parent.glob("*.bak-*"))
    assert row_counts(db_path)["municipalities"] == 2


# --- refusals ------------------------------------------------------------------------------


def _text_file(path: Path) -> Path:
    path.write_text("Det här är ingen databas.\n" * 20, encoding="utf-8")
    return path


def _foreign_sqlite(path: Path) -> Path:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")
        conn.execute("INSERT INTO recipes (title) VALUES ('Kanelbullar')")
        conn.commit()
    return path


def _corrupt_stic(path: Path) -> Path:
    make_stic_file(path, municipalities=40)
    page_size = int.from_bytes(path.read_bytes()[16:18], "big")
    data = bytearray(path.read_bytes())
    assert len(data) >= 3 * page_size
    for i in range(page_size, len(data)):  # garbage over pages 2..N, header page intact
        data[i] = (i * 7 + 3) % 256
    path.write_bytes(bytes(data))
    with closing(sqlite3.connect(path)) as conn:  # make sure SQLite itself really sees the damage
        try:
            result = conn.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError:
            result = [("error",)]
    assert result != [("ok",)]
    return path


def _newer_stic(path: Path) -> Path:
    make_stic_file(path)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
    return path


def _read_only_stic(path: Path) -> Path:
    make_stic_file(path, municipalities=1)
    path.chmod(0o444)
    return path


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (_text_file, "inte ens en SQLite-databas"),
        (_foreign_sqlite, "inte en STIC-databas"),
        (_corrupt_stic, "skadad"),
        (_newer_stic, "nyare version"),
        (_read_only_stic, "skrivskyddad"),
    ],
    ids=["text-file", "foreign-sqlite", "corrupt", "newer-revision", "read-only"],
)
def test_refused_file_is_left_byte_for_byte_unchanged(tmp_path, make, reason):
    path = make(tmp_path / "target.sqlite3")
    before = sha256(path)
    with pytest.raises(DatabaseRefused) as caught:
        dbmod.open_database(path)
    message = caught.value.message
    assert message.startswith(f"Databasen {path} kan inte öppnas:")
    assert reason in message
    assert sha256(path) == before
    assert not list(tmp_path.glob("*.bak-*"))


def test_read_only_file_refused_by_owner_write_bit_even_for_root(tmp_path):
    path = _read_only_stic(tmp_path / "ro.sqlite3")
    with pytest.raises(DatabaseRefused, match="skrivskyddad"):
        dbmod.inspect_file(path)
    path.chmod(0o644)
    assert dbmod.inspect_file(path).is_current


def test_folder_refused(tmp_path):
    folder = tmp_path / "folder.sqlite3"
    folder.mkdir()
    with pytest.raises(DatabaseRefused, match="sökvägen är en mapp"):
        dbmod.open_database(folder)
    assert list(folder.iterdir()) == []


def test_missing_folder_refused_and_not_created(tmp_path):
    path = tmp_path / "nowhere" / "stic.sqlite3"
    with pytest.raises(DatabaseRefused, match=r"mappen .*nowhere finns inte"):
        dbmod.open_database(path)
    assert not path.parent.exists()


@pytest.mark.parametrize("path", ["\\\\server\\share\\x.db", "//server/share/x.db"])
def test_unc_paths_are_network_paths_and_refused(path):
    assert dbmod.is_network_path(Path(path))
    assert dbmod.is_network_path(path)
    with pytest.raises(DatabaseRefused, match="nätverksenhet"):
        dbmod.open_database(Path(path))


def test_network_mounts_from_mounts_file(tmp_path):
    nfs, cifs, local = tmp_path / "nfs", tmp_path / "my share", tmp_path / "nfs" / "local"
    for folder in (nfs, cifs, local):
        folder.mkdir(parents=True)
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/vda / ext4 rw 0 0\n"
        f"server:/export {nfs} nfs4 rw 0 0\n"
        f"//server/share {str(cifs).replace(' ', chr(92) + '040')} cifs rw 0 0\n"
        f"/dev/vdb {local} ext4 rw 0 0\n",
        encoding="utf-8",
    )
    assert dbmod.is_network_path(nfs / "stic.sqlite3", mounts_file=str(mounts))
    assert dbmod.is_network_path(nfs, mounts_file=str(mounts))
    assert dbmod.is_network_path(cifs / "stic.sqlite3", mounts_file=str(mounts))
    assert not dbmod.is_network_path(local / "stic.sqlite3", mounts_file=str(mounts))  # longest mount wins
    assert not dbmod.is_network_path(tmp_path / "nfsx" / "stic.sqlite3", mounts_file=str(mounts))
    assert not dbmod.is_network_path(tmp_path / "stic.sqlite3", mounts_file=str(mounts))


def test_local_tmp_path_is_not_a_network_path(tmp_path):
    assert not dbmod.is_network_path(tmp_path / "stic.sqlite3")
    assert not dbmod.is_network_path(tmp_path / "stic.sqlite3", mounts_file=str(tmp_path / "missing"))


# --- transactions ----------------------------------------------------------------------------


def test_write_is_one_transaction(db):
    class Boom(Exception):
        pass

    with pytest.raises(Boom):
        with db.write() as session:
            session.add(Municipality(municipality_code="0114", name="Upplands Väsby"))
            session.flush()
            session.add(Municipality(municipality_code="0115", name="Vallentuna"))
            session.flush()
            raise Boom
    with closing(raw(db.path)) as conn:
        assert conn.execute("SELECT count(*) FROM municipalities").fetchone()[0] == 0
    with db.write() as session:
        session.add(Municipality(municipality_code="0114", name="Upplands Väsby"))
    with closing(raw(db.path)) as conn:
        assert conn.execute("SELECT name FROM municipalities").fetchall() == [("Upplands Väsby",)]


def test_write_while_another_program_holds_the_lock_is_unavailable(db_path, monkeypatch):
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 100)
    database = dbmod.open_database(db_path)
    other = sqlite3.connect(db_path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("INSERT INTO organisation_settings (key, text_value) VALUES ('other', 'x')")
        started = time.monotonic()
        with pytest.raises(DatabaseUnavailable) as caught:
            with database.write() as session:
                session.add(Municipality(municipality_code="0114", name="Upplands Väsby"))
                session.flush()
        assert time.monotonic() - started < 3
        assert "används just nu av ett annat program" in caught.value.message
        assert "Inget ändrades" in caught.value.message
        other.execute("ROLLBACK")
    finally:
        other.close()
    with database.read() as session:
        assert session.execute(text("SELECT count(*) FROM municipalities")).scalar() == 0
    with database.write() as session:  # the lock is gone: writing works again
        session.add(Municipality(municipality_code="0114", name="Upplands Väsby"))
    database.close()
    assert row_counts(db_path)["municipalities"] == 1


# --- check and backup ----------------------------------------------------------------------


def test_check_on_a_good_file(db_path):
    make_stic_file(db_path, municipalities=3)
    report = dbmod.check(db_path)
    assert report.ok
    assert report.revision == dbmod.HEAD_REVISION
    assert report.integrity == ["ok"]
    assert report.foreign_key_problems == []


def test_check_reports_foreign_key_problems(db_path):
    make_stic_file(db_path, municipalities=1)
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute(
            "INSERT INTO persons (name, title, organisation_kind, municipality_id, email, phone, active) "
            "VALUES ('Föräldralös', '', 'municipality', 4242, '', '', 1)"
        )
        conn.commit()
    report = dbmod.check(db_path)
    assert not report.ok
    assert report.integrity == ["ok"]
    assert len(report.foreign_key_problems) == 1
    assert "persons" in report.foreign_key_problems[0] and "municipalities" in report.foreign_key_problems[0]


def test_check_reports_old_revision_and_refuses_missing_file(tmp_path):
    path = tmp_path / "old.sqlite3"
    dbmod._create(path)
    dbmod.migrate(path, "0001")
    report = dbmod.check(path)
    assert report.revision == "0001" and not report.ok
    with pytest.raises(DatabaseRefused, match="filen finns inte"):
        dbmod.check(tmp_path / "missing.sqlite3")


def test_backup_has_the_same_rows_and_refuses_an_existing_target(db_path, tmp_path):
    make_stic_file(db_path, municipalities=5)
    target = dbmod.backup(db_path, tmp_path / "copy.sqlite3")
    assert row_counts(target) == row_counts(db_path)
    assert row_counts(target)["municipalities"] == 5
    assert dbmod.check(target).ok
    before = sha256(target)
    with pytest.raises(DatabaseUnavailable, match="finns redan"):
        dbmod.backup(db_path, target)
    assert sha256(target) == before
    with pytest.raises(DatabaseUnavailable, match="finns inte eller är skrivskyddad"):
        dbmod.backup(db_path, tmp_path / "missing" / "copy.sqlite3")


def test_backup_name_pattern_and_no_overwrite(tmp_path):
    from datetime import datetime

    path = tmp_path / "stic.sqlite3"
    when = datetime(2026, 3, 5, 14, 7, 9)
    first = dbmod.backup_name(path, when)
    assert first.name == "stic.sqlite3.bak-20260305-140709"
    first.write_bytes(b"")
    second = dbmod.backup_name(path, when)
    assert second != first and re.fullmatch(r"stic\.sqlite3\.bak-20260305-140709-1", second.name)


def test_corrupt_fixture_really_damaged_yet_header_kept(tmp_path):
    path = _corrupt_stic(tmp_path / "c.sqlite3")
    assert int.from_bytes(path.read_bytes()[68:72], "big") == dbmod.APPLICATION_ID
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(path, copy)
    with pytest.raises(DatabaseRefused, match="skadad"):
        dbmod.check(copy)
    assert os.path.getsize(copy) == os.path.getsize(path)


@pytest.mark.parametrize(
    "folder",
    ["Åsa Öberg", "hash#1", "100%20procent", "fråga?ja"],
)
def test_folder_names_users_have(tmp_path, monkeypatch, folder):
    monkeypatch.chdir(tmp_path)  # a file opened by mistake would land here
    path = tmp_path / folder / "stic.sqlite3"
    path.parent.mkdir()
    try:
        database = dbmod.open_database(path)
        with database.write() as session:
            session.add(Municipality(municipality_code="0114", name="Upplands Väsby"))
        database.close()
    finally:
        stray = sorted(p.name for p in tmp_path.iterdir() if p.name != folder)
    assert stray == []
    assert dbmod.check(path).ok
    assert row_counts(path)["municipalities"] == 1
