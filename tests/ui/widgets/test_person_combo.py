"""ui/widgets/pickers.PersonCombo with choices read on first use (20,000 people in the huge demo), and the
source cache PySide6's import hook no longer fills."""

from __future__ import annotations

import linecache
import subprocess
import sys

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication

from stic_desktop.ui.widgets.pickers import PersonCombo

PEOPLE = [(1, "Anna Berg – Solna"), (2, "Björn Ek – Nacka"), (3, "Cecilia Ås – Täby")]


def focus(combo: PersonCombo) -> None:
    """What clicking into the combo does (offscreen windows never get the real focus)."""
    QApplication.sendEvent(combo, QFocusEvent(QEvent.Type.FocusIn))


def test_choices_are_read_on_first_use_and_the_shown_person_stays(qtbot) -> None:
    reads: list[int] = []

    def choices():
        reads.append(1)
        return PEOPLE

    combo = PersonCombo(choices, "(ingen)")
    qtbot.addWidget(combo)
    changes: list[int] = []
    combo.currentIndexChanged.connect(changes.append)
    combo.set_person(2, "Björn Ek – Nacka")  # shown by name, nothing read
    assert reads == [] and combo.count() == 2 and combo.person_id() == 2
    changes.clear()
    focus(combo)
    assert reads == [1] and combo.count() == 4  # (ingen) + everyone, the shown person once
    assert combo.person_id() == 2 and combo.currentText() == "Björn Ek – Nacka" and changes == []
    focus(combo)
    assert reads == [1]


def test_a_person_set_without_a_name_or_typed_is_found_among_everyone(qtbot) -> None:
    combo = PersonCombo(lambda: PEOPLE, "(ingen)")
    qtbot.addWidget(combo)
    combo.set_person(3)
    assert combo.person_id() == 3 and combo.currentText() == "Cecilia Ås – Täby"
    typed = PersonCombo(lambda: PEOPLE)
    qtbot.addWidget(typed)
    typed.setEditText("anna berg")
    assert typed.person_id() == 1
    someone_gone = PersonCombo(lambda: PEOPLE, "(ingen)")
    qtbot.addWidget(someone_gone)
    someone_gone.set_person(9, "Slutat Person")  # inactive: not among the choices, kept
    focus(someone_gone)
    assert someone_gone.person_id() == 9 and someone_gone.count() == 5


def test_modules_imported_after_the_ui_leave_no_source_in_linecache() -> None:
    import stic_desktop.ui  # noqa: F401  (installs the trimming)

    script = ("import linecache, stic_desktop.ui, stic_desktop.services.commission.sales, json; "
              "print(json.dumps(sorted(f for f in linecache.cache if 'stic_desktop' in f and f.endswith('.py'))))")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120)
    assert result.stdout.strip() == "[]"
    assert linecache.getline(stic_desktop.ui.__file__, 1).startswith('"""')  # a traceback still reads source
