"""Shared fixtures: a real SQLite file in tmp_path, offscreen Qt, no touching the user's folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The default database and logs go to a temporary folder, never the developer's own."""
    monkeypatch.setenv("STIC_DESKTOP_DATA_DIR", str(tmp_path_factory.mktemp("userdata")))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "stic.sqlite3"


@pytest.fixture
def db(db_path: Path):
    from stic_desktop.services.database import open_database

    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def demo_db(db):
    """The small demo data, with the regional manager as the current user."""
    from stic_desktop.services import demo, staff

    demo.seed_demo(db, "small")
    staff.set_current_user(db, staff.list_staff(db)[0].id)
    return db
