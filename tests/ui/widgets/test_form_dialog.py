"""The form dialog base: Enter saves, Escape cancels, errors beside their field, a refused save keeps it open."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit

from stic_desktop.errors import FieldError, ValidationError
from stic_desktop.ui.widgets.form import KEEP_OPEN, FormDialog


class NameDialog(FormDialog):
    """A form with one required field, stored in a list as a stand-in for a service."""

    def __init__(self, stored: list[str], answer=None) -> None:
        super().__init__(None, min_width=300, required_note=True)
        self.store_calls = stored
        self.answer = answer
        self.name_edit = self.add_row("name", "Namn *:", QLineEdit())
        self.code_edit = self.add_row("code", "Kod:", QLineEdit())

    def store(self):
        name = self.name_edit.text().strip()
        if not name:
            raise ValidationError.of([FieldError("name", "Namnet måste fyllas i."),
                                      FieldError("other", "Något annat är fel.")])
        if self.answer is not None:
            return self.answer
        self.store_calls.append(name)
        return name.upper()


def test_enter_saves_and_closes(qtbot):
    stored: list[str] = []
    dialog = NameDialog(stored)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText("Ida")
    dialog.name_edit.setFocus()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert stored == ["Ida"]
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.saved == "IDA"
    assert not dialog.isVisible()


def test_escape_cancels_without_storing(qtbot):
    stored: list[str] = []
    dialog = NameDialog(stored)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText("Ida")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    assert stored == [] and dialog.saved is None
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()


def test_a_refused_save_shows_the_error_beside_the_field_and_stays_open(qtbot):
    stored: list[str] = []
    dialog = NameDialog(stored)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and dialog.saved is None
    assert dialog.errors.message("name") == "Namnet måste fyllas i."
    assert dialog.errors.message("code") == ""
    # the message that belongs to no field here goes to the general label above the buttons
    assert dialog.general_error.isVisibleTo(dialog) and dialog.general_error.text() == "Något annat är fel."
    dialog.name_edit.setText("Ida")
    dialog.save()
    assert stored == ["Ida"] and not dialog.isVisible()


def test_a_store_called_off_keeps_the_dialog_open_quietly(qtbot):
    dialog = NameDialog([], answer=KEEP_OPEN)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText("Ida")
    dialog.save()
    assert dialog.isVisible() and dialog.saved is None
    assert not dialog.general_error.isVisibleTo(dialog)


def test_texts_and_the_remembered_size(qtbot):
    dialog = NameDialog([])
    qtbot.addWidget(dialog)
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save).text() == "Spara"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Avbryt"
    dialog.show()
    dialog.resize(640, 420)
    dialog.reject()
    assert QSettings().value("dialogs/NameDialog/size") == QSize(640, 420)
    again = NameDialog([])
    qtbot.addWidget(again)
    again.show()
    assert again.size() == QSize(640, 420)
