"""``stic-desktop restore FILE --db PATH``: checks first, keeps a copy, refused files leave the database as it was."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from clitools import assert_one_error_line, listed, row_counts, sha256

# The database file itself (its bytes, header, helper files, permissions, locks, restore): SQLite only.
pytestmark = pytest.mark.sqlite_only


def settle(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return sha256(path)


@pytest.fixture
def backup_file(cli, demo_file: Path, tmp_path: Path) -> Path:
    target = tmp_path / "kopia.sqlite3"
    assert cli("backup", "--db", demo_file, "-o", target).returncode == 0
    return target


def test_restore_brings_back_the_backup_and_keeps_the_current_database(cli, demo_file: Path, backup_file: Path):
    with closing(sqlite3.connect(demo_file)) as conn:
        conn.execute("UPDATE municipalities SET notes = 'ändrad efter kopian'")
        conn.commit()
    changed = row_counts(demo_file)
    result = cli("restore", backup_file, "--db", demo_file)
    assert result.returncode == 0, result.stderr
    assert "återställdes från" in result.stdout and "Den tidigare databasen sparades som" in result.stdout
    [copy] = list(demo_file.parent.glob("demo.sqlite3.before-restore-*"))
    assert str(copy) in result.stdout
    assert row_counts(copy) == changed
    with closing(sqlite3.connect(copy)) as conn:
        assert conn.execute("SELECT count(*) FROM municipalities WHERE notes = 'ändrad efter kopian'").fetchone()[0] == 26
    with closing(sqlite3.connect(demo_file)) as conn:
        assert conn.execute("SELECT count(*) FROM municipalities WHERE notes = 'ändrad efter kopian'").fetchone()[0] == 0
    assert listed(demo_file) == listed(backup_file)
    assert cli("check", "--db", demo_file).returncode == 0


def test_restore_of_an_older_version_migrates_it(cli, demo_file: Path, tmp_path: Path):
    from stic_desktop.storage import database as dbmod

    older = tmp_path / "gammal.sqlite3"
    dbmod._create(older)
    dbmod.migrate(older, "0003")
    result = cli("restore", older, "--db", demo_file)
    assert result.returncode == 0, result.stderr
    assert "(schema 0003)" in result.stdout and "uppgraderades" in result.stdout
    assert cli("check", "--db", demo_file).returncode == 0


def _text(path: Path, good: Path) -> None:
    path.write_text("Det här är ingen säkerhetskopia.\n", encoding="utf-8")


def _empty(path: Path, good: Path) -> None:
    path.write_bytes(b"")


def _plain_sqlite(path: Path, good: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
        conn.commit()


def _truncated(path: Path, good: Path) -> None:
    data = good.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])


def _newer(path: Path, good: Path) -> None:
    path.write_bytes(good.read_bytes())
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()


BAD = {
    "text-file": (_text, "inte ens en SQLite-databas"),
    "empty-file": (_empty, "filen är tom"),
    "plain-sqlite": (_plain_sqlite, "ingen säkerhetskopia av en STIC-databas"),
    "truncated": (_truncated, "ofullständig"),
    "newer-version": (_newer, "nyare version"),
}


@pytest.mark.parametrize("kind", BAD)
def test_bad_backup_is_refused_with_one_line_and_the_database_untouched(cli, demo_file: Path, backup_file: Path, tmp_path: Path, kind: str):
    spoil, reason = BAD[kind]
    offered = tmp_path / "erbjuden.sqlite3"
    spoil(offered, backup_file)
    checksum = settle(demo_file)
    assert_one_error_line(cli("restore", offered, "--db", demo_file), reason, "orörd")
    assert sha256(demo_file) == checksum
    assert not list(demo_file.parent.glob("demo.sqlite3.before-restore-*"))


def test_restore_is_refused_while_a_window_has_the_database_open(cli, demo_file: Path, backup_file: Path, qapp):
    from PySide6.QtCore import QLockFile

    from stic_desktop.services.workspace.backups import lock_path

    lock = QLockFile(str(lock_path(demo_file)))
    assert lock.tryLock(0)
    try:
        checksum = settle(demo_file)
        assert_one_error_line(cli("restore", backup_file, "--db", demo_file), "är öppen i STIC Desktop")
        assert sha256(demo_file) == checksum
    finally:
        lock.unlock()
    assert cli("restore", backup_file, "--db", demo_file).returncode == 0


def test_restore_needs_a_file_argument(cli, demo_file: Path):
    result = cli("restore", "--db", demo_file)
    assert result.returncode == 2 and "användning:" in result.stderr
