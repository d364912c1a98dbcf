"""Validation messages shown next to the field they are about."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from stic_desktop.core import money
from stic_desktop.errors import UserError, ValidationError
from stic_desktop.ui.widgets import messages


class FieldErrors:
    """Adds rows to a form with a hidden error label under each input; shows a service's errors."""

    def __init__(self, form: QFormLayout) -> None:
        self._form = form
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def add_row(self, field: str, label: str, widget: QWidget) -> QWidget:
        error = QLabel()
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.hide()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        self._form.addRow(label, box)
        self._fields[field] = (widget, error)
        return widget

    def clear(self) -> None:
        for widget, error in self._fields.values():
            error.hide()
            error.clear()
            widget.setProperty("invalid", False)
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def show(self, exc: ValidationError) -> str:
        """Shows each message by its field; returns the messages that have no field here."""
        self.clear()
        first: QWidget | None = None
        unplaced = []
        for item in exc.errors:
            if item.field not in self._fields:
                unplaced.append(item.message)
                continue
            widget, error = self._fields[item.field]
            error.setText((error.text() + " " if error.text() else "") + item.message)
            error.show()
            widget.setProperty("invalid", True)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
            first = first or widget
        if first is not None:
            first.setFocus()
        return " ".join(unplaced)

    def show_all(self, exc: ValidationError, general: QLabel) -> None:
        """Field messages by their fields; any others in the dialog's general error label."""
        rest = self.show(exc)
        general.setText(rest)
        general.setVisible(bool(rest))

    def message(self, field: str) -> str:
        return self._fields[field][1].text()


def general_error_label() -> QLabel:
    """Where a dialog shows validation messages that belong to no single field."""
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.hide()
    return label


def save_cancel_buttons(dialog: QDialog) -> QDialogButtonBox:
    """Spara runs ``dialog.save`` (which accepts on success); Avbryt rejects."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(QCoreApplication.translate("form", "Spara"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("form", "Avbryt"))
    buttons.accepted.connect(dialog.save)
    buttons.rejected.connect(dialog.reject)
    return buttons


def store_shown(dialog: QWidget, errors: FieldErrors, general: QLabel, store: Callable[[], object]) -> bool:
    """A dialog's save: True when ``store`` (the service call) went through; a ValidationError is shown beside
    its fields (and above the buttons), any other error the user can fix in one message box."""
    general.hide()
    try:
        store()
    except ValidationError as error:
        errors.show_all(error, general)
        return False
    except UserError as error:
        messages.show_error(dialog, error)
        return False
    return True


def typed_amount(text: str, field: str, message: str, *, decimals_message: str | None = None) -> int | None:
    """An amount field's text as öre, read by ``money.parse``; empty text is None. Text it refuses raises a
    ValidationError on ``field`` with the dialog's own translated ``message`` ("%1" becomes the text typed),
    or ``decimals_message`` when the only fault is more than two decimals."""
    try:
        return money.parse_optional(text, field=field)
    except money.AmountRefused as error:
        chosen = decimals_message if decimals_message and error.reason == "decimals" else message
        raise ValidationError(field, chosen.replace("%1", text.strip())) from None
