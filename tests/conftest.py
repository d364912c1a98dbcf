"""Shared fixtures: a real SQLite file in tmp_path, offscreen Qt, no touching the user's folders."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The default database and logs go to a temporary folder, never the developer's own."""
    monkeypatch.setenv("STIC_DESKTOP_DATA_DIR", str(tmp_path_factory.mktemp("userdata")))


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """QSettings (window size, last page, current user) go to a per-test ini folder."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("STIC-tests")
    QCoreApplication.setApplicationName("STIC Desktop tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path_factory.mktemp("settings")))


def pytest_report_header() -> str | None:
    """A run pinned with STIC_DESKTOP_NOW (the program's clock, passed on to CLI subprocesses) says so."""
    pinned = os.environ.get("STIC_DESKTOP_NOW")
    return f"clock pinned: STIC_DESKTOP_NOW={pinned}" if pinned else None


@pytest.fixture
def pinned_clock() -> Iterator[Callable[[datetime | date | str], datetime]]:
    """``pinned_clock(date(2027, 6, 25))`` stops the program's clock there (a date alone: midday, Stockholm)
    for the rest of the test, in this process and its worker threads; returns the aware moment."""
    from stic_desktop.core import clock

    def pin(moment: datetime | date | str) -> datetime:
        clock.pin(moment)
        return clock.now()

    yield pin
    clock.unpin()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "stic.sqlite3"


@pytest.fixture
def db(db_path: Path):
    from stic_desktop.services.workspace.database import open_database

    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def demo_db(db):
    """The small demo data without meetings (tests make their own), with the regional manager as current user."""
    from stic_desktop.demo import seed as demo
    from stic_desktop.services.people import staff

    demo.seed_demo(db, "small", meetings=False)
    staff.set_current_user(db, staff.list_staff(db)[0].id)
    return db


@pytest.fixture
def context(demo_db, qapp):
    from stic_desktop.ui.context import AppContext

    return AppContext(demo_db)
