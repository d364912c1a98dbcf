"""Closing the window on the team database (issue 14): the window goes at once, the read-only offline copy is
written afterwards in a worker and the program ends only once it is in place; a copy killed half-way leaves the
previous copy as it was."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

from backend_tools import plain
from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication
from team_fixtures import team_logins

from stic_desktop.app import run_gui
from stic_desktop.errors import DatabaseUnavailable
from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.workspace import database, team
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.main_window import MainWindow
from stic_desktop.ui.widgets import messages

CHECKOUT = Path(__file__).resolve().parents[3]


def officer_url(pg_server, pg_url: str) -> str:
    """The team database with the county's municipalities, roles and policies; an officer's login to it."""
    return team_logins(pg_server, pg_url, handläggare="handl")["handläggare"]


def let_go(qtbot, window) -> None:
    """The window's reads end and the window goes: nothing of it reads a database the test is about to close or
    drop (run_gui leaves its window to the process's end, which a test does not reach)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=30000)
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # its queued results go with it


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_closing_the_team_window_hides_it_at_once_and_the_offline_copy_is_written_after(qapp, qtbot, pg_server,
                                                                                         pg_url):
    url = officer_url(pg_server, pg_url)
    target = team.offline_copy_path()
    seen: dict[str, object] = {}

    def copy_started(job) -> None:  # the window is closed by now: what did the user see?
        seen["started"] = (window_of[0].isVisible(), target.exists())
        job.succeeded.connect(lambda path: seen.update(done=Path(path).is_file()),  # on the worker's thread, as
                              Qt.ConnectionType.DirectConnection)  # the program waits without an event loop

    window_of: list[MainWindow] = []

    def tick() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
                   and w.context.db is not None]
        if windows and QApplication.activeModalWidget() is None:
            window = windows[0]
            window_of.append(window)
            window.offline_copy_started.connect(copy_started)
            timer.stop()
            window.close()
            seen["closed"] = (window.isVisible(), target.exists())  # closing itself never waits for the copy
            qapp.quit()

    qapp.setQuitOnLastWindowClosed(False)
    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(50)
    try:
        assert run_gui(url) == 0
    finally:
        timer.stop()
        qapp.setStyleSheet("")
        qapp.setQuitOnLastWindowClosed(True)
        if window_of:
            let_go(qtbot, window_of[0])
    assert seen["closed"] == (False, False)  # gone at once, no copy yet
    assert seen["started"] == (False, False)  # the worker starts once the window is hidden
    assert seen["done"] is True  # and the program ended only after the copy was in place
    assert not any(target.parent.glob(f"*.{team.OFFLINE_NAME}.*"))  # nothing half-written left behind

    copy = team.open_offline_copy()  # what the program offers when the server cannot be reached
    try:
        assert copy is not None and copy.read_only and copy.offline_since is not None
        assert len(municipalities.list_municipalities(copy)) == 26
        window = MainWindow(AppContext(copy))
        assert "Offlinekopia från" in window.db_label.text() and "skrivskyddad" in window.db_label.text()
        assert window.backup_on_exit() is None  # the offline copy itself is never backed up nor copied
        let_go(qtbot, window)
    finally:
        copy.close()


def test_a_copy_killed_half_way_leaves_the_previous_copy_intact(pg_server, pg_url):
    url = officer_url(pg_server, pg_url)
    db = database.open_database(url)
    try:
        target = team.write_offline_copy(db)  # the copy of the last exit: 26 municipalities
        before = digest(target)
        municipalities.save_municipality(db, municipalities.MunicipalityInput("0001", "Nya kommunen"))
    finally:
        db.close()

    # Another exit's copy, in a program killed (as at a forced shutdown) while the copy is half-written.
    script = ("import sys\nfrom stic_desktop.services.workspace import database, team\n"
              "team.write_offline_copy(database.open_database(sys.argv[1]))\n")
    process = subprocess.Popen([sys.executable, "-c", script, url], cwd=CHECKOUT, env=dict(os.environ),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while not any(target.parent.glob(f"*.{team.OFFLINE_NAME}.*")):
            assert process.poll() is None, "the copy ended before it was seen half-written"
            assert time.monotonic() < deadline, "the copy never started"
            time.sleep(0.005)
    finally:
        process.kill()
        process.wait()
    leftovers = list(target.parent.glob(f"*.{team.OFFLINE_NAME}.*"))
    assert leftovers  # killed half-way: its partial file is still there ...
    assert digest(target) == before  # ... and the previous copy is exactly as it was
    copy = team.open_offline_copy()
    try:
        assert copy.read_only and len(municipalities.list_municipalities(copy)) == 26
    finally:
        copy.close()

    for leftover in leftovers:  # an hour later, the next exit removes what the killed copy left
        os.utime(leftover, (time.time() - 2 * team.STALE_AFTER_SECONDS,) * 2)
    db = database.open_database(url)
    try:
        assert team.write_offline_copy(db) == target
    finally:
        db.close()
    assert not any(target.parent.glob(f"*.{team.OFFLINE_NAME}.*"))
    copy = team.open_offline_copy()
    try:
        assert {m.name for m in municipalities.list_municipalities(copy)} >= {"Nya kommunen"}
    finally:
        copy.close()


def test_a_server_gone_at_exit_is_told_in_swedish_and_the_previous_copy_stays(qtbot, pg_server, pg_url, monkeypatch):
    told: list[BaseException] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, error: told.append(error))
    url = officer_url(pg_server, pg_url)
    login = url.split("user=")[1].split("&")[0]
    db = database.open_database(url)
    try:
        before = digest(team.write_offline_copy(db))  # the copy of the last exit
        window = MainWindow(AppContext(db))
        window.show()
        assert window.restore_user()
        overview = window.page("overview")
        qtbot.waitUntil(lambda: not overview.loading and QThreadPool.globalInstance().activeThreadCount() == 0,
                        timeout=30000)  # the window has read what it shows
        window.close()
        with plain(pg_url) as conn:  # meanwhile the server stops letting this login in (or goes down)
            conn.execute(f'ALTER ROLE "{login}" NOLOGIN')
            conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = ?", (login,))
            conn.commit()
        assert window.backup_on_exit() is None  # the program still ends ...
        let_go(qtbot, window)
    finally:
        db.close()
    assert len(told) == 1 and isinstance(told[0], DatabaseUnavailable)  # ... after one plain Swedish message
    assert told[0].message.startswith("Offlinekopian kunde inte uppdateras; den förra finns kvar.")
    assert digest(team.offline_copy_path()) == before
    assert not any(team.offline_copy_path().parent.glob(f"*.{team.OFFLINE_NAME}.*"))
