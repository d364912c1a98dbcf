"""Every page of the main window has a keyboard path: Ctrl+1 … Ctrl+9, then Ctrl+Shift+1 …, shown in the
navigation's tooltips and the Gå till menu."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from stic_desktop.ui.main_window import MainWindow
from stic_desktop.ui.pages import shortcut as page_shortcut


def test_every_page_is_reached_from_the_keyboard(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    go_menu = window.menuBar().actions()[1].menu()
    by_text = {a.text(): a for a in go_menu.actions() if a.text()}
    count = window.navigation.count()
    assert count == 13
    for row in reversed(range(count)):  # the last first, so each key really moves
        name = window.navigation.item(row).text()
        shortcut = QKeySequence(page_shortcut(row))
        native = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
        assert by_text[name].shortcut() == shortcut
        assert window.navigation.item(row).toolTip() == f"{name} ({native})"
        combination = shortcut[0]
        qtbot.keyClick(window, combination.key(), combination.keyboardModifiers())
        assert window.navigation.currentRow() == row, name
        assert window.pages.currentIndex() == row
    assert [page_shortcut(row) for row in (0, 8, 9, 12)] == ["Ctrl+1", "Ctrl+9", "Ctrl+Shift+1", "Ctrl+Shift+4"]
    assert len({page_shortcut(row) for row in range(count)}) == count
    assert Qt.KeyboardModifier.ShiftModifier in QKeySequence(page_shortcut(12))[0].keyboardModifiers()
