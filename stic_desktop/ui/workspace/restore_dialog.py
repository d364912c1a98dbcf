"""Choosing a backup to restore: the automatic ones in the backup folder, or any file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stic_desktop.services.workspace import backups as backup_service
from stic_desktop.ui.widgets import messages, pickers


class RestoreDialog(QDialog):
    """``chosen`` is the backup file the user confirmed, after ``exec()`` returned true."""

    def __init__(self, current: Path, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current = Path(current)
        self.chosen: Path | None = None
        self.setWindowTitle(self.tr("Återställ från säkerhetskopia"))
        self.setMinimumSize(560, 380)
        intro = QLabel(self.tr(
            "Välj en säkerhetskopia. Den kontrolleras innan den används. Innan databasen ersätts sparas en kopia "
            "av den som den är nu bredvid databasfilen, så att återställningen går att ångra."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        backups = backup_service.list_automatic_backups(folder, self.current)
        locale = QLocale()
        for backup in backups:
            text = self.tr("%1   (%2)   %3").replace("%1", backup.made.strftime("%Y-%m-%d %H:%M:%S")) \
                .replace("%2", locale.formattedDataSize(backup.size)).replace("%3", backup.path.name)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            self.list.addItem(item)
        self.empty_label = QLabel(self.tr("Det finns inga automatiska säkerhetskopior av den här databasen i %1.")
                                  .replace("%1", str(folder)))
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(not backups)
        self.list.setVisible(bool(backups))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        self.restore_button = buttons.addButton(self.tr("Återställ"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        other = QPushButton(self.tr("Välj en annan fil…"))
        buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        other.clicked.connect(self.choose_file)
        buttons.accepted.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        self.list.currentRowChanged.connect(lambda row: self.restore_button.setEnabled(row >= 0))
        self.list.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        if backups:
            self.list.setCurrentRow(0)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Automatiska säkerhetskopior, nyaste först:")))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label)
        layout.addStretch(0)
        layout.addWidget(buttons)

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.confirm_and_accept(Path(item.data(Qt.ItemDataRole.UserRole)))

    def choose_file(self) -> None:
        path = pickers.open_file_name(
            self, self.tr("Välj säkerhetskopia"),
            self.tr("STIC-databaser (*.sqlite3 *.sqlite3.bak-* *.sqlite3.before-restore-*);;Alla filer (*)"),
            "backup", self.current.parent)
        if path is not None:
            self.confirm_and_accept(path)

    def confirm_and_accept(self, source: Path) -> None:
        text = self.tr("Databasen %1 ersätts med innehållet i säkerhetskopian %2.\n\nDen nuvarande databasen sparas "
                       "först som en kopia bredvid databasfilen.").replace("%1", str(self.current)).replace("%2", str(source))
        if messages.confirm(self, self.tr("Återställ från säkerhetskopia"), text, self.tr("Återställ")):
            self.chosen = source
            self.accept()
