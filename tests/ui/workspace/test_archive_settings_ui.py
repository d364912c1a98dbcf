"""Inställningar → Gallring edits the retention table, and Arkiv → Arkivexport… runs the export in a worker
with a progress bar and says what it wrote; both on a real database with qtbot."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog

from stic_desktop.services import archive, retention
from stic_desktop.ui.main_window import MainWindow
from stic_desktop.ui.workspace.retention_dialog import RetentionDialog
from stic_desktop.ui.workspace.settings_dialog import SettingsDialog


def test_the_retention_dialog_saves_a_changed_rule(qtbot, context):
    settings = SettingsDialog(context)
    qtbot.addWidget(settings)
    assert "dokumenttyper bevaras" in settings.retention_label.text()
    dialog = RetentionDialog(context.db)
    qtbot.addWidget(dialog)
    row = [r.kind for r in dialog.rules].index("invitation")
    assert dialog.year_boxes[row].isEnabled() and dialog.year_boxes[row].value() == 2
    dialog.year_boxes[row].setValue(5)
    minutes = [r.kind for r in dialog.rules].index("minutes")
    assert not dialog.year_boxes[minutes].isEnabled()  # kept: no years to choose
    dialog.keep_boxes[minutes].setCurrentIndex(1)
    assert dialog.year_boxes[minutes].isEnabled()
    dialog.keep_boxes[minutes].setCurrentIndex(0)
    dialog.accept()
    rules = {r.kind: r for r in retention.list_rules(context.db)}
    assert rules["invitation"].describe() == "gallras tidigast 5 år efter dokumentets datum"
    assert rules["minutes"].describe() == "bevaras"


@pytest.fixture
def window(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    return window


def test_archive_export_from_the_menu(qtbot, window, context, tmp_path: Path, monkeypatch):
    tmp_path = tmp_path / "export"
    tmp_path.mkdir()
    archive.archive_document(context.db, "minutes", "meeting", 1, "Protokoll.pdf", b"%PDF-1.4\n%%EOF\n")
    assert "Arkivexport…" in [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: (a[3][0], True)))  # "Alla år"
    monkeypatch.setattr("stic_desktop.ui.widgets.pickers.ask_existing_directory", lambda *a: str(tmp_path))
    window.export_archive()
    qtbot.waitUntil(lambda: "Arkivexport: 1 dokument" in window.statusBar().currentMessage(), timeout=20000)
    made, = tmp_path.iterdir()
    assert made.name.startswith("Arkivexport ")
    year, = made.iterdir()
    assert (year / "arkivmetadata.xml").is_file()


def test_archive_lists_show_each_documents_retention(qtbot, context):
    from PySide6.QtCore import Qt

    from stic_desktop.ui.widgets.archive_box import ArchiveBox
    from stic_desktop.ui.widgets.pickers import ScratchFolder

    archive.archive_document(context.db, "minutes", "meeting", 1, "Protokoll.pdf", b"%PDF-1.4\n%%EOF\n")
    archive.archive_document(context.db, "calendar", "meeting", 1, "möte.ics", b"BEGIN:VCALENDAR\r\n")
    box = ArchiveBox(context, "Arkiv", "Inget arkiverat", lambda *_: None, ScratchFolder())
    qtbot.addWidget(box)
    box.set_records(archive.archived_documents(context.db, "meeting", 1))
    headers = [box.model.headerData(c, Qt.Orientation.Horizontal) for c in range(box.model.columnCount())]
    column = headers.index("Gallring")
    shown = [box.model.data(box.model.index(row, column)) for row in range(box.model.rowCount())]
    assert shown[0].startswith("gallras tidigast ") and shown[1] == "bevaras"  # newest first: the calendar file
