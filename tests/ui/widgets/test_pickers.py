"""The one file picker: every open/save dialog remembers the last folder per purpose in QSettings; preview
files are removed at exit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from stic_desktop.ui.widgets import pickers


def test_save_remembers_the_folder_per_purpose(qtbot, tmp_path: Path, monkeypatch):
    parent = QWidget()
    qtbot.addWidget(parent)
    asked: list[str] = []

    def ask(_parent, _title, path, _filter):
        asked.append(path)
        return str(tmp_path / "rapporter" / "Lista.xlsx")

    monkeypatch.setattr(pickers, "ask_save_file_name", ask)
    assert pickers.save_file_name(parent, "Spara", "Lista.xlsx", "Excel-fil (*.xlsx)") == tmp_path / "rapporter" / "Lista.xlsx"
    assert asked == [str(Path.home() / "Lista.xlsx")]  # nothing remembered yet
    assert QSettings().value("folders/export") == str(tmp_path / "rapporter")

    pickers.save_file_name(parent, "Spara", "Annan.pdf", "PDF (*.pdf)")
    assert asked[-1] == str(tmp_path / "rapporter" / "Annan.pdf")
    # another purpose keeps its own folder
    pickers.save_file_name(parent, "Ny databas", "stic.sqlite3", "", "database")
    assert asked[-1] == str(Path.home() / "stic.sqlite3")


def test_open_remembers_and_a_cancel_changes_nothing(qtbot, tmp_path: Path, monkeypatch):
    parent = QWidget()
    qtbot.addWidget(parent)
    folders: list[str] = []
    answers = [[str(tmp_path / "in" / "a.xlsx")], []]

    def ask(_parent, _title, folder, _filter, many):
        folders.append(folder)
        return answers.pop(0)

    monkeypatch.setattr(pickers, "ask_open_file_names", ask)
    assert pickers.open_file_name(parent, "Importera", "Kalkylblad (*.xlsx *.csv)") == tmp_path / "in" / "a.xlsx"
    assert pickers.open_file_names(parent, "Bifoga", "PDF (*.pdf)") == []  # cancelled
    assert folders == [str(Path.home()), str(tmp_path / "in")]
    assert pickers.remembered_folder(pickers.IMPORT) == tmp_path / "in"


def test_a_given_start_folder_wins_and_the_choice_is_still_remembered(qtbot, tmp_path: Path, monkeypatch):
    parent = QWidget()
    qtbot.addWidget(parent)
    pickers.remember_folder("backup", tmp_path / "gammal")
    seen: list[str] = []
    monkeypatch.setattr(pickers, "ask_existing_directory",
                        lambda _parent, _title, folder: seen.append(folder) or str(tmp_path / "ny"))
    assert pickers.existing_folder(parent, "Mapp", "backup", tmp_path / "nuvarande") == tmp_path / "ny"
    assert seen == [str(tmp_path / "nuvarande")]
    assert pickers.remembered_folder("backup") == tmp_path / "ny"


def test_folders_remembered_by_older_versions_are_used(qtbot, tmp_path: Path):
    QSettings().setValue("import/folder", str(tmp_path))
    assert pickers.remembered_folder(pickers.IMPORT) == tmp_path


def test_preview_files_are_gone_when_the_program_exits_even_if_never_closed(tmp_path) -> None:
    """A preview's scratch folder holds personal data: removed at exit even when its owner was never closed."""
    code = ("from stic_desktop.ui.widgets.pickers import ScratchFolder\n"
            "path = ScratchFolder().file('Protokoll.pdf')\n"
            "path.write_bytes(b'%PDF')\n"
            "print(path.parent.parent)\n")
    root = Path(__file__).resolve().parents[3]
    result = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=60,
                            env={**os.environ, "TMPDIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    folder = Path(result.stdout.strip())
    assert folder.parent == tmp_path and not folder.exists()
