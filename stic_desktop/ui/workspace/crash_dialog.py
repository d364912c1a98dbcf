"""Shown when something unexpected goes wrong: what happened, where the log is; the program runs on."""

from __future__ import annotations

import html
import traceback
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from stic_desktop import APP_NAME, __version__


def error_details(error: BaseException) -> str:
    """What the user may copy for whoever helps them: version, exception and traceback."""
    return f"{APP_NAME} {__version__}\n\n" + "".join(traceback.format_exception(error))


class CrashDialog(QDialog):
    def __init__(self, error: BaseException, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ett oväntat fel inträffade"))
        self.setMinimumWidth(560)
        self.details = error_details(error)
        self.log_path = log_path

        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(40, 40))
        self.message_label = QLabel(
            self.tr("<b>Något gick fel i programmet (%1).</b><br>Programmet fortsätter att köra. Den åtgärd som "
                    "pågick kan ha avbrutits; en ändring som inte hann sparas helt sparades inte alls. Försök "
                    "igen, och kontakta den som ger er support om felet kommer tillbaka.")
            .replace("%1", type(error).__name__)
        )
        self.message_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(icon, 0)
        top.addWidget(self.message_label, 1)

        if log_path is not None:
            where = self.tr("Felet har skrivits i loggfilen <a href=\"%1\">%2</a> (utan personuppgifter).")
            folder_url = html.escape(QUrl.fromLocalFile(str(log_path.parent)).toString(), quote=True)
            self.log_label = QLabel(where.replace("%1", folder_url).replace("%2", html.escape(str(log_path))))
        else:
            self.log_label = QLabel(self.tr("Loggfilen kunde inte skrivas, så felet finns bara i detaljerna nedan."))
        self.log_label.setWordWrap(True)
        self.log_label.setOpenExternalLinks(True)

        self.details_edit = QPlainTextEdit(self.details)
        self.details_edit.setReadOnly(True)
        self.details_edit.setMinimumHeight(160)
        self.details_edit.setVisible(False)

        buttons = QDialogButtonBox()
        self.show_button = QPushButton(self.tr("Visa detaljer"))
        self.show_button.setCheckable(True)
        self.show_button.toggled.connect(self._toggle_details)
        self.copy_button = QPushButton(self.tr("Kopiera detaljer"))
        self.copy_button.clicked.connect(self.copy_details)
        self.folder_button = QPushButton(self.tr("Öppna loggmappen"))
        self.folder_button.setEnabled(log_path is not None)
        self.folder_button.clicked.connect(self.open_log_folder)
        close = buttons.addButton(self.tr("Fortsätt arbeta"), QDialogButtonBox.ButtonRole.AcceptRole)
        for button in (self.show_button, self.copy_button, self.folder_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        close.setDefault(True)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.log_label)
        layout.addWidget(self.details_edit, 1)
        layout.addWidget(buttons)

    def _toggle_details(self, shown: bool) -> None:
        self.details_edit.setVisible(shown)
        self.show_button.setText(self.tr("Dölj detaljer") if shown else self.tr("Visa detaljer"))
        self.adjustSize()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Kopierat"))

    def open_log_folder(self) -> None:
        if self.log_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))
