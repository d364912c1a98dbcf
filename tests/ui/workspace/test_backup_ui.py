"""Backups in the window: restore from the Arkiv menu, the automatic backup on exit, and their settings."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from stic_desktop.errors import UserError
from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.workspace import backups, database
from stic_desktop.ui.main_window import MainWindow
from stic_desktop.ui.widgets import messages
from stic_desktop.ui.workspace import backup_settings_dialog
from stic_desktop.ui.workspace.backup_settings_dialog import BackupSettingsDialog
from stic_desktop.ui.workspace.restore_dialog import RestoreDialog


def settle(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rename_all(path: Path, name: str) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE municipalities SET name = ?", (name,))
        conn.commit()


@pytest.fixture
def window(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    QSettings().setValue(window._user_key(), context.db.actor_id)  # reopening finds the same user
    window.show()
    return window


@pytest.fixture
def told(monkeypatch) -> list[BaseException]:
    errors: list[BaseException] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, error: errors.append(error))
    return errors


def file_actions(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()[0].menu().actions() if a.text()]


def test_arkiv_menu_has_backup_restore_and_settings(window):
    actions = file_actions(window)
    assert actions.index("Säkerhetskopiera…") + 1 == actions.index("Återställ från säkerhetskopia…")
    assert "Inställningar…" in actions  # backup folder and count are set there (tests/ui/test_settings_dialog.py)


def test_restore_from_the_window_replaces_the_data_and_reopens(qtbot, window, context, tmp_path: Path):
    path = Path(context.db.path)
    copy = database.backup_database(path, tmp_path / "kopia.sqlite3")
    rename_all(path, "Fel namn")
    old_db = context.db
    window.restore_from(copy)
    qtbot.waitUntil(lambda: context.db is not old_db, timeout=10_000)
    assert "återställdes från" in window.statusBar().currentMessage()
    assert "Fel namn" not in {m.name for m in municipalities.list_municipalities(context.db)}
    assert window.page("municipalities").model.total_count == 26
    [safety] = list(path.parent.glob(f"{path.name}.before-restore-*"))
    assert str(safety) in window.statusBar().currentMessage()
    with closing(sqlite3.connect(safety)) as conn:
        assert {r[0] for r in conn.execute("SELECT name FROM municipalities")} == {"Fel namn"}
    assert "Anna Lindqvist" in window.user_label.text()


def test_a_refused_restore_in_the_window_leaves_the_database_and_keeps_working(qtbot, window, context, tmp_path: Path, told):
    offered = tmp_path / "anteckningar.sqlite3"
    offered.write_text("inte en säkerhetskopia", encoding="utf-8")
    path = Path(context.db.path)
    context.db.close()
    checksum = settle(path)
    window.restore_from(offered)
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert isinstance(told[0], UserError) and "kan inte återställas" in told[0].message
    assert hashlib.sha256(path.read_bytes()).hexdigest() == checksum
    assert len(municipalities.list_municipalities(context.db)) == 26  # the same handle still works


def test_after_closing_an_automatic_backup_is_made_only_when_something_changed(qtbot, window, context):
    folder = Path(os.environ["STIC_DESKTOP_DATA_DIR"]) / "backups"
    window.close()
    assert backups.list_automatic_backups(folder, Path(context.db.path)) == []  # closing itself never waits for it
    first = window.backup_on_exit()  # app.py calls this once the window is gone
    [made] = backups.list_automatic_backups(folder, Path(context.db.path))
    assert made.path == first and database.check_database(made.path).ok
    municipalities.list_municipalities(context.db)  # reading is no change
    assert window.backup_on_exit() is None
    assert len(backups.list_automatic_backups(folder, Path(context.db.path))) == 1
    municipalities.save_municipality(context.db, municipalities.MunicipalityInput(municipality_code="0999", name="Nyköping"))
    second = window.backup_on_exit()
    assert second is not None and second != first
    assert len(backups.list_automatic_backups(folder, Path(context.db.path))) == 2


def test_an_unwritable_backup_folder_is_told_in_swedish_and_the_window_still_closes(qtbot, window, context, tmp_path: Path, told):
    blocker = tmp_path / "vanlig-fil"
    blocker.write_text("x", encoding="utf-8")
    backup_settings_dialog.save_backup_settings(blocker / "kopior", 5)
    path = Path(context.db.path)
    context.db.close()
    checksum = settle(path)
    window.close()
    window.backup_on_exit()
    assert not window.isVisible()
    assert len(told) == 1 and "Den automatiska säkerhetskopian kunde inte sparas" in told[0].message
    assert hashlib.sha256(path.read_bytes()).hexdigest() == checksum
    backup_settings_dialog.save_backup_settings(tmp_path / "kopior", 5)  # a good folder for the teardown close


def test_backup_settings_defaults_validation_and_saving(qtbot, tmp_path: Path):
    assert backup_settings_dialog.backup_folder() == Path(os.environ["STIC_DESKTOP_DATA_DIR"]) / "backups"
    assert backup_settings_dialog.backup_keep() == 10
    dialog = BackupSettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.keep_spin.value() == 10
    (tmp_path / "fil").write_text("x", encoding="utf-8")
    dialog.folder_edit.setText(str(tmp_path / "fil" / "kopior"))
    dialog.save()
    assert dialog.result() == 0 and "går inte att skapa eller skriva i" in dialog.error_label.text()
    assert QSettings().value("backup/folder") is None
    dialog.folder_edit.setText(str(tmp_path / "kopior"))
    dialog.keep_spin.setValue(3)
    dialog.save()
    assert dialog.result() == 1
    assert QSettings().value("backup/folder") == str(tmp_path / "kopior") and int(QSettings().value("backup/keep")) == 3
    assert backup_settings_dialog.backup_keep() == 3 and (tmp_path / "kopior").is_dir()


def test_restore_dialog_lists_automatic_backups_newest_first_and_confirms(qtbot, db, tmp_path: Path, monkeypatch):
    from datetime import datetime

    folder = tmp_path / "kopior"
    for day in (1, 3, 2):
        backups.automatic_backup(db.path, folder, now=datetime(2024, 5, day, 12, 0, 0))
    asked: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text, label: asked.append(text) or True)
    dialog = RestoreDialog(db.path, folder)
    qtbot.addWidget(dialog)
    rows = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert [r[:10] for r in rows] == ["2024-05-03", "2024-05-02", "2024-05-01"]
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    assert dialog.chosen is not None and dialog.chosen.name == "stic-auto-20240503-120000.sqlite3"
    assert asked and str(db.path) in asked[0]


def test_restore_dialog_without_backups_says_so(qtbot, db, tmp_path: Path):
    dialog = RestoreDialog(db.path, tmp_path / "tom")
    qtbot.addWidget(dialog)
    assert "inga automatiska säkerhetskopior" in dialog.empty_label.text()
    assert not dialog.restore_button.isEnabled()
