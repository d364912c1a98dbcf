"""Forms: validation messages shown next to the field they are about, and the dialog base every form uses."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings, QSize
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from stic_desktop.core import money
from stic_desktop.errors import ChangedByOthers, UserError, ValidationError
from stic_desktop.ui.widgets import messages, rights
from stic_desktop.ui.widgets.screen import resize_to_fit
from stic_desktop.ui.widgets.service_text import service_text


def accessible_label(label: str) -> str:
    """"&Namn: *" → "Namn": what a screen reader says for an input."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip("*").strip().rstrip(":").strip()


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
        caption = QLabel(label)
        caption.setBuddy(widget)  # Alt+letter of a "&" in the label moves here
        if not widget.accessibleName():  # Qt looks for a buddy label only beside the input, not around its box
            widget.setAccessibleName(accessible_label(label))
        self._form.addRow(caption, box)
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
                unplaced.append(service_text(item.message))
                continue
            widget, error = self._fields[item.field]
            error.setText((error.text() + " " if error.text() else "") + service_text(item.message))
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
    buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)  # Enter saves (Escape cancels)
    buttons.accepted.connect(dialog.save)
    buttons.rejected.connect(dialog.reject)
    return buttons


def store_shown(dialog: QWidget, errors: FieldErrors, general: QLabel, store: Callable[[], object],
                changed_by_others: Callable[[ChangedByOthers], None] | None = None) -> bool:
    """A dialog's save: True when ``store`` (the service call) went through; a ValidationError is shown beside
    its fields (and above the buttons), someone else's newer save goes to ``changed_by_others`` (the form keeps
    what was typed), any other error the user can fix in one message box."""
    general.hide()
    try:
        store()
    except ValidationError as error:
        errors.show_all(error, general)
        return False
    except ChangedByOthers as error:
        if changed_by_others is None:
            messages.show_error(dialog, error)
        else:
            changed_by_others(error)
        return False
    except UserError as error:
        messages.show_error(dialog, error)
        return False
    return True


KEEP_OPEN = object()  # what FormDialog.store returns when the user called the save off (nothing to show)


class FormDialog(QDialog):
    """A dialog that edits one record.

    Top to bottom: ``form`` (rows added with ``add_row`` get their error label beside the field), ``body`` for
    anything else, the general error label, the optional "* måste fyllas i" note, then Spara/Avbryt. Enter or
    Ctrl+S saves, Escape cancels. ``save`` calls ``store`` (the service call; what it returns lands in
    ``saved``): a ValidationError is shown beside its fields and the dialog stays open; on success ``stored``
    runs and the dialog closes. The size the user gives the dialog is remembered per dialog class.

    A login that may not save it (``needs``, see widgets.rights) sees the form read-only, without Spara.
    """

    needs = rights.WRITE  # what saving this form takes (rights.RULES for the rule tables)

    def __init__(self, context, parent: QWidget | None = None, *, min_width: int = 0,
                 required_note: bool = False, grow: bool = False) -> None:
        super().__init__(parent)
        self.context = context
        self.saved = None
        if min_width:
            self.setMinimumWidth(min_width)
        self.form = QFormLayout()
        if grow:
            self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.errors = FieldErrors(self.form)
        self.body = QVBoxLayout()
        self.general_error = general_error_label()
        self.buttons = save_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(self.body)
        layout.addWidget(self.general_error)
        if required_note:
            note = QLabel(QCoreApplication.translate("form", "* måste fyllas i"))
            note.setObjectName("hint")
            layout.addWidget(note)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self._size_restored = False
        rights.guard(self, context)  # the panels and buttons a form holds (a group's members) follow the login

    def add_row(self, field: str, label: str, widget: QWidget) -> QWidget:
        """A row whose errors (from a ValidationError on ``field``) show beside ``widget``."""
        return self.errors.add_row(field, label, widget)

    def add_history_button(self, show: Callable[[], object]) -> QPushButton:
        button = self.buttons.addButton(QCoreApplication.translate("form", "Historik…"),
                                        QDialogButtonBox.ButtonRole.HelpRole)
        button.clicked.connect(show)
        return button

    def store(self) -> object:
        """Calls the service with what the form holds; raises ValidationError / UserError when it refuses, returns
        KEEP_OPEN when the user called it off (e.g. answered No to a question)."""
        raise NotImplementedError

    def stored(self) -> None:
        """After a successful store, before the dialog closes (e.g. tell the pages what changed)."""

    def reload(self) -> bool:
        """Fills the form with the record as it is saved now (after someone else changed it) and keeps its new
        version for the next save; True when done. Dialogs that edit a stored record implement it."""
        return False

    def changed_by_others(self, error: ChangedByOthers) -> None:
        """Someone saved the record after the form was loaded: says who and when, keeps what the user typed,
        and offers to read the record in again."""
        if messages.ask_reload(self, error.message) and self.reload():
            self.errors.clear()
            self.general_error.setText(QCoreApplication.translate(
                "form", "Formuläret visar nu det som är sparat. Gör om din ändring och spara."))
            self.general_error.show()

    def save(self) -> None:
        if not self.may_save:  # Ctrl+S on a read-only form
            return
        self._kept_open = False
        if store_shown(self, self.errors, self.general_error, self._store, self.changed_by_others) \
                and not self._kept_open:
            self.stored()
            self.accept()

    def _store(self) -> None:
        result = self.store()
        self._kept_open = result is KEEP_OPEN
        if not self._kept_open:
            self.saved = result

    # the size the user gave this kind of dialog, next time it opens
    def _size_key(self) -> str:
        return f"dialogs/{type(self).__name__}/size"

    @property
    def may_save(self) -> bool:
        return rights.allows(self.context, self.needs)

    def _show_read_only(self) -> None:
        """No Spara, fields that cannot be changed, and a line saying why (the login may only read)."""
        from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit

        self.buttons.button(QDialogButtonBox.StandardButton.Save).hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("form", "Stäng"))
        for widget in self.findChildren(QWidget):
            if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)):
                widget.setReadOnly(True)
            elif isinstance(widget, QComboBox) or (isinstance(widget, QAbstractButton)
                                                   and widget.parent() is not self.buttons):
                widget.setEnabled(False)
        self.general_error.setText(QCoreApplication.translate("form", "Din inloggning får bara läsa här; inget kan "
                                                                      "sparas."))
        self.general_error.show()

    def showEvent(self, event: QShowEvent) -> None:
        if not self.may_save and not getattr(self, "_read_only_shown", False):
            self._read_only_shown = True
            self._show_read_only()
        if not self._size_restored:
            self._size_restored = True
            size = QSettings().value(self._size_key())
            if isinstance(size, QSize) and size.isValid():
                resize_to_fit(self, size.expandedTo(self.minimumSizeHint()))
        super().showEvent(event)

    def done(self, result: int) -> None:
        if self._size_restored:  # only a dialog that was shown has a size the user chose
            QSettings().setValue(self._size_key(), self.size())
        super().done(result)


def typed_amount(text: str, field: str, message: str, *, decimals_message: str | None = None) -> int | None:
    """An amount field's text as öre, read by ``money.parse``; empty text is None. Text it refuses raises a
    ValidationError on ``field`` with the dialog's own translated ``message`` ("%1" becomes the text typed),
    or ``decimals_message`` when the only fault is more than two decimals."""
    try:
        return money.parse_optional(text, field=field)
    except money.AmountRefused as error:
        chosen = decimals_message if decimals_message and error.reason == "decimals" else message
        raise ValidationError(field, chosen.replace("%1", text.strip())) from None
