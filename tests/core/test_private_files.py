"""Files with personal data are owner-only whatever the umask: database, its -wal/-shm, backups, logs, data folder."""

from __future__ import annotations

import os
import sqlite3
import stat
from contextlib import closing
from pathlib import Path

import pytest

from stic_desktop import logs
from stic_desktop.core.private_files import create_private_file, private_folder
from stic_desktop.errors import DatabaseUnavailable
from stic_desktop.services.workspace import backups
from stic_desktop.services.workspace.database import backup_database, open_database
from stic_desktop.storage import database as storage

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits (Windows keeps these in the profile)")


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture(params=[0o022, 0o000], ids=["umask-022", "umask-000"])
def permissive_umask(request):
    before = os.umask(request.param)
    yield
    os.umask(before)


def test_a_new_database_and_its_wal_and_shm_are_owner_only(permissive_umask, tmp_path: Path) -> None:
    path = tmp_path / "stic.sqlite3"
    database = open_database(path)
    with database.write() as session:  # something written: the -wal and -shm exist now
        session.connection().exec_driver_sql("CREATE TABLE scratch (x)")
    assert {p.name: mode(p) for p in tmp_path.iterdir()} == {
        "stic.sqlite3": 0o600, "stic.sqlite3-wal": 0o600, "stic.sqlite3-shm": 0o600}
    database.close()


def test_the_default_data_folder_is_owner_only(permissive_umask, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("STIC_DESKTOP_DATA_DIR", str(tmp_path / "data"))
    open_database().close()
    assert mode(tmp_path / "data") == 0o700 and mode(tmp_path / "data" / "stic.sqlite3") == 0o600


def test_backups_are_owner_only_and_complete_or_absent(permissive_umask, tmp_path: Path) -> None:
    source = tmp_path / "stic.sqlite3"
    open_database(source).close()
    manual = backup_database(source, tmp_path / "kopia.sqlite3")
    auto = backups.automatic_backup(source, tmp_path / "auto").path
    assert mode(manual) == 0o600 and mode(auto) == 0o600 and mode(tmp_path / "auto") == 0o700
    assert not [p for p in tmp_path.rglob(".*partial*")]


def test_a_failed_backup_leaves_no_file_that_looks_like_one(tmp_path: Path) -> None:
    not_a_database = tmp_path / "trasig.sqlite3"
    not_a_database.write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)
    with pytest.raises(DatabaseUnavailable, match="Ingen säkerhetskopia gjordes"):
        storage.backup(not_a_database, tmp_path / "kopia.sqlite3")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["trasig.sqlite3"]


def test_the_backup_before_a_migration_keeps_the_database_mode(tmp_path: Path) -> None:
    path = tmp_path / "stic.sqlite3"
    open_database(path).close()
    os.chmod(path, 0o640)
    target = storage.backup(path, storage.backup_name(path), keep_mode=True)
    assert mode(target) == 0o640
    with closing(sqlite3.connect(target)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_log_files_are_owner_only_also_after_rotation(permissive_umask, monkeypatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 500)
    try:
        logs.setup_logging()
        for n in range(50):
            logs.logger.info("event number %d", n)
        files = sorted(logs.log_dir().glob("stic-desktop.log*"))
        assert len(files) >= 2
        assert {f.name: mode(f) for f in files} == {f.name: 0o600 for f in files}
        assert mode(logs.log_dir()) == 0o700
    finally:
        logs.shutdown_logging()


def test_helpers_refuse_to_reuse_a_name_and_narrow_only_new_folders(permissive_umask, tmp_path: Path) -> None:
    target = create_private_file(tmp_path / "a")
    with pytest.raises(FileExistsError):
        create_private_file(target)
    shared = tmp_path / "delad"
    shared.mkdir(mode=0o755)
    os.chmod(shared, 0o755)
    private_folder(shared)  # a folder the user made is theirs to share
    assert mode(shared) == 0o755
    assert mode(private_folder(tmp_path / "ny" / "mapp")) == 0o700
