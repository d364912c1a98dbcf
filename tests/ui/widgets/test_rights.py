"""stic_desktop/ui/widgets/rights.py: what a login may not use is hidden and shown again; the list of marked
items forgets the deleted ones."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from stic_desktop.ui.widgets import rights

READER = SimpleNamespace(can_write=False, can_edit_rules=False)
HEAD = SimpleNamespace(can_write=True, can_edit_rules=True)


def test_a_reader_loses_the_marked_buttons_below_the_root_and_a_head_gets_them_back(qtbot):
    page, other = QWidget(), QWidget()
    qtbot.addWidget(page)
    qtbot.addWidget(other)
    save, rule, look = QPushButton("Spara", page), QPushButton("Regler", page), QPushButton("Visa", page)
    elsewhere = QPushButton("Spara", other)
    rights.needs(rights.WRITE, save, elsewhere)
    rights.needs(rights.RULES, rule)
    rights.apply(page, READER)
    assert save.isHidden() and rule.isHidden() and not look.isHidden()
    assert not elsewhere.isHidden()  # not below the root
    rights.apply(page, HEAD)
    assert not save.isHidden() and not rule.isHidden()


def test_deleted_items_leave_the_list_of_marked_ones(qtbot):
    for _ in range(3):
        window = QWidget()
        layout = QVBoxLayout(window)
        for n in range(600):
            button = QPushButton(str(n))
            layout.addWidget(button)
            rights.needs(rights.WRITE, button)
        window.deleteLater()
        qtbot.wait(1)  # deleted with their window
    # 1,800 marked and deleted: the list is swept when it doubles, not kept growing
    assert len(rights._marked) < 1800
