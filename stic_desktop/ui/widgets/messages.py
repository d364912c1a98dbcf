"""One way to tell the user about an error: a user error plainly, a bug with its details.

QMessageBox is imported where a box is shown: the main window imports this module before its first paint,
and Python's view of QMessageBox (its enums) costs a few milliseconds there."""

from __future__ import annotations

import traceback

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from stic_desktop.errors import ImportFailed, UserError
from stic_desktop.ui.widgets.service_text import error_text


def show_error(parent: QWidget | None, error: BaseException) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setWindowTitle("STIC Desktop")
    box.setTextFormat(QtCore.Qt.TextFormat.PlainText)  # messages quote what users typed (e.g. "R&D <b>")
    if isinstance(error, UserError):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(error_text(error))
        if isinstance(error, ImportFailed) and error.row_errors:
            box.setInformativeText(QCoreApplication.translate("messages", "Se detaljerna för varje felaktig rad."))
            box.setDetailedText("\n".join(str(e) for e in error.row_errors))
    else:
        box.setIcon(QMessageBox.Icon.Critical)
        box.setText(QCoreApplication.translate("messages", "Ett oväntat fel inträffade. Inget ändrades i den pågående åtgärden."))
        box.setDetailedText("".join(traceback.format_exception(error)))
    box.exec()


def confirm(parent: QWidget, title: str, text: str, accept_label: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
    accept = box.addButton(accept_label, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is accept


def ask_reload(parent: QWidget, text: str) -> bool:
    """Someone else saved the record first: the message (who, when) with "Läs in på nytt" (True) and
    "Fortsätt redigera" (False, the form keeps what the user typed)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, "STIC Desktop", text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
    reload = box.addButton(QCoreApplication.translate("messages", "Läs in på nytt"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(QCoreApplication.translate("messages", "Fortsätt redigera"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is reload
