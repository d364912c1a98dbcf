"""One window per database: a second program on the same file is noticed (QLockFile) and the user told."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLockFile

from stic_desktop import app
from stic_desktop.services.workspace import backups, database


def test_second_lock_on_the_same_database_is_refused(qapp, tmp_path: Path):
    path = tmp_path / "stic.sqlite3"
    first, second = app.InstanceLock(), app.InstanceLock()
    try:
        assert first.acquire(path)
        assert backups.lock_path(path).is_file() and backups.lock_path(path).name == "stic.sqlite3.lock"
        assert not second.acquire(path)
        raw = QLockFile(str(backups.lock_path(path)))
        assert not raw.tryLock(0) and raw.error() == QLockFile.LockError.LockFailedError
        assert second.acquire(tmp_path / "annan.sqlite3")  # another database is fine
        first.release()
        assert second.acquire(path)  # free again once the first window closed
    finally:
        first.release()
        second.release()


def test_a_second_start_on_the_same_database_tells_the_user_and_opens_nothing(qapp, tmp_path: Path, monkeypatch):
    path = tmp_path / "stic.sqlite3"
    database.open_database(path).close()
    running = app.InstanceLock()
    assert running.acquire(path)
    told: list[Path] = []

    def tell(db_path: Path):
        told.append(db_path)
        return None  # the user chose to close

    monkeypatch.setattr(app, "tell_already_running", tell)
    opened = []
    monkeypatch.setattr(database, "open_database", lambda p=None: opened.append(p))
    try:
        assert app.run_gui(path) == 1
    finally:
        running.release()
        qapp.setStyleSheet("")
    assert told == [path.absolute()] and opened == []


def test_a_second_start_may_choose_another_file(qapp, tmp_path: Path, monkeypatch):
    path, other = tmp_path / "stic.sqlite3", tmp_path / "annan.sqlite3"
    running = app.InstanceLock()
    assert running.acquire(path)
    monkeypatch.setattr(app, "tell_already_running", lambda db_path: other)
    lock = app.InstanceLock()
    try:
        assert app._lock_or_ask(path, lock) == other and lock.path == other.absolute()
    finally:
        lock.release()
        running.release()


def test_a_stale_lock_from_a_crashed_program_is_taken_over(qapp, tmp_path: Path):
    path = tmp_path / "stic.sqlite3"
    crash = (  # takes the lock and dies without releasing it, as a crashed program would
        "import os, sys\nfrom PySide6.QtCore import QLockFile\n"
        "lock = QLockFile(sys.argv[1]); lock.setStaleLockTime(0)\n"
        "assert lock.tryLock(0)\nos._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", crash, str(backups.lock_path(path))], check=True, timeout=60)
    assert backups.lock_path(path).is_file()
    lock = app.InstanceLock()
    try:
        assert lock.acquire(path)
    finally:
        lock.release()
