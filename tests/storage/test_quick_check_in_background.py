"""stic_desktop/storage/reading.py: the quick check started in the background is used by opening, once."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from stic_desktop.errors import DatabaseRefused
from stic_desktop.storage import database as dbmod
from stic_desktop.storage import reading


def test_a_check_made_in_the_background_is_not_made_again_for_the_same_file(tmp_path: Path):
    path = tmp_path / "stic.sqlite3"
    dbmod.open_database(path).close()
    reading.check_in_background(path)
    with closing(reading.connect_read_only(path)) as conn:
        assert reading.quick_check(conn, path)  # waits for the background check
    assert reading._file_state(path) in reading._passed
    db = dbmod.open_database(path)
    db.close()
    with closing(sqlite3.connect(path)) as conn:  # a change makes a new file state: checked again
        conn.execute("PRAGMA user_version = 7")
        conn.commit()
    assert reading._file_state(path) not in reading._passed


def test_a_damaged_file_is_refused_though_a_check_ran_in_the_background(tmp_path: Path):
    path = tmp_path / "stic.sqlite3"
    dbmod.open_database(path).close()
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 2:page * 2 + 200] = b"\xff" * 200  # a b-tree page overwritten
    path.write_bytes(bytes(data))
    reading.check_in_background(path)
    with pytest.raises(DatabaseRefused):
        dbmod.open_database(path)
    assert reading._file_state(path) not in reading._passed
