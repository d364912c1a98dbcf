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


# --- both backends ---------------------------------------------------------------------------
# Tests under these folders run on SQLite and on PostgreSQL (ids [sqlite] and [postgresql]) when they use the
# ``db`` fixture (directly or through demo_db/context) or the CLI's ``demo_file``; a test marked
# ``sqlite_only`` (file headers, WAL, integrity_check, old files) runs on SQLite alone.
BOTH_BACKENDS = frozenset({"services", "documents", "operations", "cli", "demo"})
BACKENDS = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    folder = Path(str(metafunc.definition.path)).resolve().relative_to(Path(__file__).resolve().parent).parts[0]
    if folder in BOTH_BACKENDS and metafunc.definition.get_closest_marker("sqlite_only") is None:
        metafunc.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """"sqlite" or "postgresql"; tests outside BOTH_BACKENDS (and sqlite_only ones) get "sqlite"."""
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def pg_server():
    """The session's throwaway PostgreSQL server; skipped where PostgreSQL is not installed, except on CI
    (CI=true), where a missing server is a failure."""
    from pg_server import Server, find_bindir

    bindir = find_bindir()
    if bindir is None:
        reason = ("PostgreSQL is not installed (no initdb/pg_ctl from `pg_config --bindir` or "
                  "/usr/lib/postgresql/*/bin): install Debian's postgresql package to run the [postgresql] tests")
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason + " (CI=true: required)", pytrace=False)
        pytest.skip(reason)
    server = Server(bindir).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server) -> str:
    """An empty STIC database at the head revision, migrated once; tests copy it."""
    from stic_desktop.services.workspace.database import open_database

    name = pg_server.create(name="stic_template")
    open_database(pg_server.url(name)).close()
    return name


@pytest.fixture
def pg_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh migrated team database of its own (postgresql://...), dropped afterwards."""
    server = request.getfixturevalue("pg_server")
    name = server.create(template=request.getfixturevalue("pg_template"))
    yield server.url(name)
    server.drop(name)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "stic.sqlite3"


@pytest.fixture
def db_location(backend: str, request: pytest.FixtureRequest) -> Path | str:
    """Where the test's database is: a file in tmp_path, or a team database URL."""
    if backend == "postgresql":
        return request.getfixturevalue("pg_url")
    return request.getfixturevalue("db_path")


@pytest.fixture
def db(db_location: Path | str):
    from stic_desktop.services.workspace.database import open_database

    database = open_database(db_location)
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
