"""The README's first command ends in ``stic-desktop --demo``: this drives that start-up for real."""

import gc
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from stic_desktop.app import run_gui
from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.workspace import database
from stic_desktop.ui.main_window import MainWindow
from stic_desktop.ui.people.user_dialog import UserDialog


def drive(qapp, steps: list) -> QTimer:
    """Every 50 ms: pick the first staff member when asked, then note what the window shows and close it."""

    def tick() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, UserDialog):
            modal.choose()
            return
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
                   and w.context.db is not None]  # the window shows first; the database opens in a worker
        if windows and modal is None:
            window = windows[0]
            steps.append((window.page("municipalities").model.total_count, window.user_label.text(), gc.isenabled()))
            timer.stop()
            window.close()
            qapp.quit()

    qapp.setQuitOnLastWindowClosed(False)  # exactly one quit, so no stray quit event ends a later loop
    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(50)
    return timer


def test_first_start_with_demo_creates_fills_and_opens(qapp, tmp_path: Path):
    path = tmp_path / "ny.sqlite3"
    steps: list = []
    timer = drive(qapp, steps)
    try:
        assert run_gui(path, demo_data=True) == 0
    finally:
        timer.stop()
        qapp.setStyleSheet("")
        qapp.setQuitOnLastWindowClosed(True)
    assert steps and steps[0][0] == 26
    assert "Användare: " in steps[0][1] and "ingen vald" not in steps[0][1]
    assert steps[0][2] and gc.isenabled()  # off only while starting (run_gui), on once the database is open
    db = database.open_database(path)
    assert len(municipalities.list_municipalities(db)) == 26
    db.close()


def test_demo_flag_never_touches_an_existing_database(qapp, tmp_path: Path):
    path = tmp_path / "befintlig.sqlite3"
    database.open_database(path).close()  # exists, empty register, no staff
    steps: list = []

    def add_user_then_drive() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, UserDialog) and not modal.name_edit.text():
            modal.name_edit.setText("Erik Johansson")

    helper = QTimer()
    helper.timeout.connect(add_user_then_drive)
    helper.start(20)
    timer = drive(qapp, steps)
    try:
        assert run_gui(path, demo_data=True) == 0
    finally:
        timer.stop()
        helper.stop()
        qapp.setStyleSheet("")
        qapp.setQuitOnLastWindowClosed(True)
    assert steps[0][0] == 0
    assert "Erik Johansson" in steps[0][1]


def test_the_quicker_pyside_import_check_answers_as_pysides_own(qapp):
    import sys

    import stic_desktop.services.workspace.overview as plain_module
    import stic_desktop.ui.main_window as qt_module
    from stic_desktop.pyside_check import install as quicker_pyside_import_check

    assert quicker_pyside_import_check()  # in place (create_application puts it there too)
    feature = sys.modules["shibokensupport.feature"]
    assert feature._mod_uses_pyside.stic_quick
    assert feature._mod_uses_pyside(qt_module) is True
    assert feature._mod_uses_pyside(plain_module) is False
    assert feature._mod_uses_pyside(sys) is False  # built in: PySide's own check answers
