"""The crash dialog and the excepthook that leads to it: the user is told, the log has no personal data,
and the program keeps running."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from stic_desktop import app, logs
from stic_desktop.errors import UserError
from stic_desktop.ui.widgets import messages
from stic_desktop.ui.workspace import crash_dialog
from stic_desktop.ui.workspace.crash_dialog import CrashDialog

PERSON = "Ayşe Yılmaz"


@pytest.fixture(autouse=True)
def _closed_log():
    yield
    logs.shutdown_logging()


@pytest.fixture
def crash_handler(monkeypatch):
    """The program's excepthook, installed for this test only (pytest-qt's own is put back afterwards)."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    app.install_crash_handler()


@pytest.fixture
def shown(monkeypatch) -> list[CrashDialog]:
    dialogs: list[CrashDialog] = []

    def exec_(self) -> int:
        dialogs.append(self)
        return 1

    monkeypatch.setattr(crash_dialog.CrashDialog, "exec", exec_)
    return dialogs


def _raise_about_a_person() -> None:
    name = PERSON
    raise ValueError(f"Kunde inte spara {name}")


def error_with_traceback() -> ValueError:
    try:
        _raise_about_a_person()
    except ValueError as error:
        return error
    raise AssertionError("unreachable")


def test_dialog_says_what_happened_where_the_log_is_and_copies_details(qtbot, tmp_path: Path):
    log_path = tmp_path / "logs" / "stic-desktop.log"
    dialog = CrashDialog(error_with_traceback(), log_path)
    qtbot.addWidget(dialog)
    assert "ValueError" in dialog.message_label.text()
    assert "fortsätter att köra" in dialog.message_label.text()
    assert str(log_path) in dialog.log_label.text()
    assert not dialog.details_edit.isVisibleTo(dialog)
    dialog.show_button.click()
    assert dialog.details_edit.isVisibleTo(dialog) and dialog.show_button.text() == "Dölj detaljer"
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "STIC Desktop" in copied and "ValueError" in copied and "_raise_about_a_person" in copied
    assert dialog.copy_button.text() == "Kopierat"


def test_dialog_without_a_log_file_says_so(qtbot):
    dialog = CrashDialog(error_with_traceback(), None)
    qtbot.addWidget(dialog)
    assert "kunde inte skrivas" in dialog.log_label.text()
    assert not dialog.folder_button.isEnabled()


def test_an_exception_in_a_slot_shows_the_dialog_logs_no_name_and_the_program_goes_on(qtbot, crash_handler, shown):
    button = QPushButton("Spara")
    qtbot.addWidget(button)
    calls: list[str] = []

    def save() -> None:
        calls.append("clicked")
        _raise_about_a_person()

    button.clicked.connect(save)
    button.click()
    assert len(shown) == 1
    assert "ValueError" in shown[0].message_label.text()
    assert shown[0].log_path == logs.log_file()
    text = logs.log_file().read_text(encoding="utf-8")
    assert "unexpected exception ValueError" in text and "builtins.ValueError" in text
    assert PERSON not in text and "Kunde inte spara Ay" not in text
    button.click()  # still running: the next click is handled and reported the same way
    assert calls == ["clicked", "clicked"] and len(shown) == 2


def test_an_exception_from_the_event_loop_reaches_the_dialog(qtbot, crash_handler, shown):
    QTimer.singleShot(0, _raise_about_a_person)
    qtbot.waitUntil(lambda: len(shown) == 1)


def test_a_user_error_that_escaped_a_slot_is_shown_plainly(qtbot, crash_handler, shown, monkeypatch):
    told: list[BaseException] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, error: told.append(error))
    button = QPushButton()
    qtbot.addWidget(button)

    def refuse() -> None:
        raise UserError("Filen är skrivskyddad.")

    button.clicked.connect(refuse)
    button.click()
    assert [e.message for e in told] == ["Filen är skrivskyddad."] and shown == []


def test_a_failing_dialog_does_not_fail_again(qtbot, crash_handler, monkeypatch, capsys):
    def broken_exec(self) -> int:
        raise RuntimeError("the dialog itself broke")

    monkeypatch.setattr(crash_dialog.CrashDialog, "exec", broken_exec)
    app.report_exception(error_with_traceback())  # must return normally
    assert "ValueError" in capsys.readouterr().err
    assert "crash dialog" in logs.log_file().read_text(encoding="utf-8")
