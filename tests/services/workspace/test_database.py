"""stic_desktop/services/workspace/database.py: the open/check/backup entry points the window and CLI use."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from backend_tools import location_of

from stic_desktop.errors import DatabaseRefused
from stic_desktop.services.workspace import database
from stic_desktop.storage import database as storage_database


def test_open_without_path_creates_the_default_file_in_the_data_folder(tmp_path):
    data_dir = Path(os.environ["STIC_DESKTOP_DATA_DIR"])
    assert database.default_path() == data_dir / "stic.sqlite3"
    expected = data_dir / "stic.sqlite3"
    assert not expected.exists()
    opened = database.open_database(None)
    opened.close()
    assert opened.path == expected and opened.created
    assert database.check_database(expected).ok


def test_open_without_path_creates_a_missing_data_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("STIC_DESKTOP_DATA_DIR", str(tmp_path / "a" / "b"))
    database.open_database().close()
    assert (tmp_path / "a" / "b" / "stic.sqlite3").is_file()


def test_check_database(db_path):
    database.open_database(db_path).close()
    report = database.check_database(db_path)
    assert report.ok and report.revision == storage_database.HEAD_REVISION


def test_backup_database(db, tmp_path):
    from stic_desktop.services.municipalities import municipalities

    municipalities.import_county_municipalities(db)
    target = database.backup_database(location_of(db), tmp_path / "kopia.sqlite3")  # a file, or the team database
    assert target == tmp_path / "kopia.sqlite3"
    assert database.check_database(target).ok
    with closing(sqlite3.connect(target)) as conn:
        assert conn.execute("SELECT count(*) FROM municipalities").fetchone()[0] == 26


def test_backup_database_refuses_a_missing_source(tmp_path):
    with pytest.raises(DatabaseRefused, match="finns inte"):
        database.backup_database(tmp_path / "missing.sqlite3", tmp_path / "kopia.sqlite3")
    assert not (tmp_path / "kopia.sqlite3").exists()


def test_backup_database_refuses_a_non_stic_source(tmp_path):
    source = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(source)) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
    with pytest.raises(DatabaseRefused, match="inte en STIC-databas"):
        database.backup_database(source, tmp_path / "kopia.sqlite3")
    assert not (tmp_path / "kopia.sqlite3").exists()


@pytest.mark.sqlite_only  # a read-only file
def test_check_and_backup_only_read_so_a_read_only_file_is_fine(demo_db, tmp_path):
    from stic_desktop.services.workspace import database

    path = demo_db.path
    demo_db.close()
    path.chmod(0o444)
    try:
        assert database.check_database(path).ok
        copy = database.backup_database(path, tmp_path / "kopia.sqlite3")
        assert database.check_database(copy).ok
        with pytest.raises(DatabaseRefused, match="skrivskyddad"):
            database.open_database(path)
    finally:
        path.chmod(0o644)


def _names(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def test_all_or_nothing_replaces_the_contents_only_when_the_work_is_done(tmp_path):
    from stic_desktop.services.municipalities import municipalities

    path = tmp_path / "stic.sqlite3"
    database.open_database(path).close()
    with pytest.raises(RuntimeError), database.all_or_nothing(path) as db:
        municipalities.import_county_municipalities(db)  # one committed transaction of several
        raise RuntimeError("avbrutet")
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT count(*) FROM municipalities").fetchone() == (0,)
    assert _names(tmp_path) <= {"stic.sqlite3", "stic.sqlite3-wal", "stic.sqlite3-shm"}
    with database.all_or_nothing(path) as db:
        municipalities.import_county_municipalities(db)
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT count(*) FROM municipalities").fetchone() == (26,)
    assert database.check_database(path).ok


def test_all_or_nothing_creates_a_new_file_only_at_the_end(tmp_path):
    from stic_desktop.services.municipalities import municipalities

    path = tmp_path / "ny.sqlite3"
    with pytest.raises(RuntimeError), database.all_or_nothing(path) as db:
        municipalities.import_county_municipalities(db)
        assert not path.exists()
        raise RuntimeError("avbrutet")
    assert _names(tmp_path) == set()
    with database.all_or_nothing(path) as db:
        municipalities.import_county_municipalities(db)
    assert _names(tmp_path) == {"ny.sqlite3"} and database.check_database(path).ok
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600
