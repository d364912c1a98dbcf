"""Where the automatic backups go and how many are kept: per user, in QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from stic_desktop.errors import UserError
from stic_desktop.services.workspace import backups
from stic_desktop.ui.widgets import pickers
from stic_desktop.ui.widgets.form import general_error_label, save_cancel_buttons

FOLDER_KEY = "backup/folder"
KEEP_KEY = "backup/keep"
MAX_KEEP = 999


def backup_folder() -> Path:
    value = QSettings().value(FOLDER_KEY)
    return Path(value) if value else backups.default_backup_folder()


def backup_keep() -> int:
    try:
        keep = int(QSettings().value(KEEP_KEY, backups.DEFAULT_KEEP))
    except (TypeError, ValueError):
        return backups.DEFAULT_KEEP
    return min(max(keep, 1), MAX_KEEP)


def save_backup_settings(folder: Path, keep: int) -> None:
    settings = QSettings()
    settings.setValue(FOLDER_KEY, str(folder))
    settings.setValue(KEEP_KEY, int(keep))


class BackupSettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Inställningar för säkerhetskopior"))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr("När programmet avslutas sparas en säkerhetskopia av databasen i mappen nedan. "
                               "De senaste kopiorna behålls; äldre automatiska kopior tas bort. Andra filer i "
                               "mappen rörs aldrig."))
        intro.setWordWrap(True)
        self.folder_edit = QLineEdit(str(backup_folder()))
        browse = QPushButton(self.tr("Bläddra…"))
        browse.clicked.connect(self.browse)
        default = QPushButton(self.tr("Standard"))
        default.clicked.connect(lambda: self.folder_edit.setText(str(backups.default_backup_folder())))
        folder_row = QWidget()
        row = QHBoxLayout(folder_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)
        row.addWidget(default)
        self.keep_spin = QSpinBox()
        self.keep_spin.setRange(1, MAX_KEEP)
        self.keep_spin.setValue(backup_keep())
        self.keep_spin.setSuffix(self.tr(" kopior"))
        form = QFormLayout()
        form.addRow(self.tr("Mapp:"), folder_row)
        form.addRow(self.tr("Behåll de senaste:"), self.keep_spin)
        self.error_label = general_error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(save_cancel_buttons(self))

    def browse(self) -> None:
        chosen = pickers.existing_folder(self, self.tr("Mapp för säkerhetskopior"), "backup", Path(self.folder_edit.text()))
        if chosen is not None:
            self.folder_edit.setText(str(chosen))

    def save(self) -> None:
        text = self.folder_edit.text().strip()
        if not text:
            self._show(self.tr("Ange en mapp för säkerhetskopiorna."))
            return
        try:
            folder = backups.check_backup_folder(Path(text).expanduser())
        except UserError as error:
            self._show(error.message)
            return
        save_backup_settings(folder, self.keep_spin.value())
        self.accept()

    def _show(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
