"""One way to tell the user about an error: a user error plainly, a bug with its details."""

from __future__ import annotations

import traceback

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from stic_desktop.errors import ImportFailed, UserError
from stic_desktop.ui.widgets.service_text import error_text


def show_error(parent: QWidget | None, error: BaseException) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle("STIC Desktop")
    box.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what users typed (e.g. "R&D <b>")
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
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    accept = box.addButton(accept_label, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is accept
