"""stic_desktop/services/workspace/backups.py: restore with checks, and rotating automatic backups, on real files."""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from stic_desktop.errors import DatabaseRefused, UserError
from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.workspace import backups, database
from stic_desktop.storage import database as dbmod
from stic_desktop.storage import database as storage_database


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def settle(path: Path) -> str:
    """Checkpoint and empty the WAL so the main file holds everything, then its checksum."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return sha256(path)


def count(path: Path, table: str = "municipalities") -> int:
    with closing(sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.fixture
def current(tmp_path: Path) -> Path:
    """The database in use: the 26 county municipalities, closed."""
    path = tmp_path / "stic.sqlite3"
    opened = database.open_database(path)
    municipalities.import_county_municipalities(opened)
    opened.close()
    return path


@pytest.fixture
def good_backup(current: Path, tmp_path: Path) -> Path:
    return database.backup_database(current, tmp_path / "kopia.sqlite3")


def empty_the_register(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("DELETE FROM municipalities")
        conn.commit()


def before_restore_copies(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.before-restore-*"))


# --- restoring ------------------------------------------------------------------------------


def test_restore_replaces_contents_in_the_same_file_and_keeps_a_copy(current: Path, good_backup: Path):
    empty_the_register(current)
    inode = current.stat().st_ino
    result = backups.restore_database(good_backup, current)
    try:
        assert result.revision == storage_database.HEAD_REVISION and result.migration_backup is None
        assert len(municipalities.list_municipalities(result.database)) == 26
    finally:
        result.database.close()
    assert current.stat().st_ino == inode  # contents replaced inside the file, not a file swapped in
    [copy] = before_restore_copies(current)
    assert copy == result.safety_copy
    assert re.fullmatch(r"stic\.sqlite3\.before-restore-\d{8}-\d{6}", copy.name)
    assert count(copy) == 0  # the database as it was just before
    assert database.check_database(current).ok and database.check_database(copy).ok


def test_restore_into_a_database_that_is_open_in_wal_mode(current: Path, good_backup: Path):
    opened = database.open_database(current)
    try:
        empty_the_register(current)
        assert municipalities.list_municipalities(opened) == []  # a pooled connection is open on the WAL file
        backups.restore_database(good_backup, current, open_after=False)
        assert len(municipalities.list_municipalities(opened)) == 26  # the open handle sees the restored data
        with closing(sqlite3.connect(current)) as conn:
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        opened.close()


def test_a_backup_of_an_older_version_is_restored_and_migrated(current: Path, tmp_path: Path):
    older = tmp_path / "gammal.sqlite3"
    dbmod._create(older)
    dbmod.migrate(older, "0004")
    with closing(sqlite3.connect(older)) as conn:
        conn.execute("INSERT INTO municipalities (municipality_code, name, status, postal_address, invoicing_reference, "
                     "switchboard_phone, website, notes) VALUES ('0180', 'Stockholm', 'member', '', '', '', '', '')")
        conn.commit()
    result = backups.restore_database(older, current)
    try:
        assert result.revision == "0004"
        assert result.migration_backup is not None and ".bak-" in result.migration_backup.name
        assert [m.name for m in municipalities.list_municipalities(result.database)] == ["Stockholm"]
    finally:
        result.database.close()
    assert database.check_database(current).revision == storage_database.HEAD_REVISION


def test_a_failed_migration_puts_the_previous_database_back(current: Path, tmp_path: Path, monkeypatch):
    older = tmp_path / "gammal.sqlite3"
    dbmod._create(older)
    dbmod.migrate(older, "0004")

    def broken_migrate(path, target="head"):
        raise RuntimeError("the upgrade broke")

    monkeypatch.setattr(dbmod, "migrate", broken_migrate)
    with pytest.raises(DatabaseRefused, match="Den tidigare databasen har lagts tillbaka"):
        backups.restore_database(older, current)
    assert count(current) == 26
    assert database.check_database(current).revision == storage_database.HEAD_REVISION


def _text_file(path: Path) -> None:
    path.write_text("Mötesanteckningar, inte en databas.\n", encoding="utf-8")


def _empty_file(path: Path) -> None:
    path.write_bytes(b"")


def _plain_sqlite(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO recipes (name) VALUES ('kanelbulle')")
        conn.commit()


def _truncated(path: Path, good: Path) -> None:
    data = good.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _truncated_mid_page(path: Path, good: Path) -> None:
    data = good.read_bytes()
    path.write_bytes(data[: len(data) - 1000])


def _newer(path: Path, good: Path) -> None:
    path.write_bytes(good.read_bytes())
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()


def _corrupt(path: Path, good: Path) -> None:
    data = bytearray(good.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for page in range(1, len(data) // page_size):
        data[page * page_size : page * page_size + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))


BAD_BACKUPS = {
    "text-file": (lambda p, g: _text_file(p), "inte ens en SQLite-databas"),
    "empty-file": (lambda p, g: _empty_file(p), "filen är tom"),
    "plain-sqlite": (lambda p, g: _plain_sqlite(p), "ingen säkerhetskopia av en STIC-databas"),
    "truncated": (_truncated, "ofullständig"),
    "truncated-mid-page": (_truncated_mid_page, "ofullständig"),
    "newer-version": (_newer, "nyare version av STIC Desktop (schema 9999"),
    "corrupt": (_corrupt, "skadad"),
    "missing": (lambda p, g: None, "finns inte"),
}


@pytest.mark.parametrize("kind", BAD_BACKUPS)
def test_a_bad_backup_is_refused_and_the_database_is_untouched(current: Path, good_backup: Path, tmp_path: Path, kind: str):
    spoil, reason = BAD_BACKUPS[kind]
    offered = tmp_path / "erbjuden.sqlite3"
    spoil(offered, good_backup)
    checksum = settle(current)
    with pytest.raises(DatabaseRefused) as refused:
        backups.restore_database(offered, current)
    assert reason in refused.value.message
    assert "Den nuvarande databasen lämnades orörd." in refused.value.message
    assert sha256(current) == checksum
    assert before_restore_copies(current) == []


def test_a_file_that_is_not_a_stic_database_is_never_overwritten(good_backup: Path, tmp_path: Path):
    other = tmp_path / "recept.sqlite3"
    _plain_sqlite(other)
    checksum = sha256(other)
    with pytest.raises(DatabaseRefused, match="inte en STIC-databas"):
        backups.restore_database(good_backup, other)
    assert sha256(other) == checksum and before_restore_copies(other) == []


def test_restoring_the_open_database_onto_itself_is_refused(current: Path):
    checksum = settle(current)
    with pytest.raises(UserError, match="är den databas som är öppen nu"):
        backups.restore_database(current, current)
    assert sha256(current) == checksum


def test_restore_to_a_new_file(good_backup: Path, tmp_path: Path):
    target = tmp_path / "ny.sqlite3"
    result = backups.restore_database(good_backup, target)
    result.database.close()
    assert result.safety_copy is None and count(target) == 26


# --- automatic backups ----------------------------------------------------------------------


def test_automatic_backup_goes_to_the_default_folder_and_passes_check(current: Path):
    result = backups.automatic_backup(current)
    assert result.path.parent == Path(os.environ["STIC_DESKTOP_DATA_DIR"]) / "backups"
    assert re.fullmatch(r"stic-auto-\d{8}-\d{6}\.sqlite3", result.path.name)
    assert database.check_database(result.path).ok and count(result.path) == 26
    assert backups.verify_backup(result.path) == storage_database.HEAD_REVISION


def test_rotation_keeps_the_newest_and_only_touches_its_own_files(current: Path, tmp_path: Path):
    folder = tmp_path / "kopior"
    folder.mkdir()
    strangers = [folder / "anteckningar.txt", folder / "stic-auto-hemlig.sqlite3", folder / "annan-auto-20200101-120000.sqlite3",
                 folder / "stic.sqlite3.bak-20200101-120000"]
    for stranger in strangers:
        stranger.write_text("rör inte", encoding="utf-8")
    start = datetime(2024, 3, 1, 8, 0, 0)
    made = [backups.automatic_backup(current, folder, keep=3, now=start + timedelta(days=n)).path for n in range(5)]
    twin = backups.automatic_backup(current, folder, keep=3, now=start + timedelta(days=4))  # same second
    assert twin.path.name == "stic-auto-20240305-080000-1.sqlite3"
    kept = [b.path for b in backups.list_automatic_backups(folder, current)]
    assert kept == [twin.path, made[4], made[3]]
    assert not made[0].exists() and not made[2].exists()
    assert set(twin.removed) == {made[2]}
    assert all(s.read_text(encoding="utf-8") == "rör inte" for s in strangers)


def test_an_unwritable_backup_folder_is_reported_in_swedish_and_the_database_untouched(current: Path, tmp_path: Path):
    blocker = tmp_path / "inte-en-mapp"
    blocker.write_text("en vanlig fil", encoding="utf-8")  # its "subfolder" cannot be made, even by root
    checksum = settle(current)
    with pytest.raises(UserError) as failed:
        backups.automatic_backup(current, blocker / "kopior")
    assert "Den automatiska säkerhetskopian kunde inte sparas" in failed.value.message
    assert "går inte att skapa eller skriva i" in failed.value.message
    assert sha256(current) == checksum
    assert blocker.read_text(encoding="utf-8") == "en vanlig fil"


def test_no_backup_without_a_database_file(tmp_path: Path):
    assert backups.automatic_backup(tmp_path / "saknas.sqlite3", tmp_path / "kopior") is None
    assert not (tmp_path / "kopior").exists()


def test_check_backup_folder_creates_it_or_explains(tmp_path: Path):
    assert backups.check_backup_folder(tmp_path / "a" / "b").is_dir()
    (tmp_path / "fil").write_text("x", encoding="utf-8")
    with pytest.raises(UserError, match="går inte att skapa eller skriva i"):
        backups.check_backup_folder(tmp_path / "fil" / "kopior")
