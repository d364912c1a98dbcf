"""Inställningar → Avtalsvillkor: the ramavtal's standard clauses, edited one at a time. Saving a changed
clause makes a new version; agreements already made keep the version they were made with."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stic_desktop.errors import UserError
from stic_desktop.services.agreements import clauses
from stic_desktop.services.agreements.clauses import ClauseRecord
from stic_desktop.ui.widgets import messages


class ClausesDialog(QDialog):
    def __init__(self, db, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Avtalsvillkor"))
        self.resize(900, 560)
        self.records: list[ClauseRecord] = []
        self.list = QListWidget()
        self.list.setMinimumWidth(360)
        self.list.setMaximumWidth(400)
        self.list.currentRowChanged.connect(self._show)
        self.title_edit = QLineEdit()
        self.body_edit = QPlainTextEdit()
        self.version_label = QLabel()
        self.version_label.setObjectName("hint")
        self.version_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Spara som ny version"))
        self.save_button.clicked.connect(self.save_current)
        intro = QLabel(self.tr("Villkoren skrivs i varje ramavtal i den här ordningen, efter provisionen. En ändring "
                               "blir en ny version som gäller avtal som görs från och med nu; avtal som redan är "
                               "gjorda behåller sin version."))
        intro.setWordWrap(True)
        editor = QVBoxLayout()
        editor.addWidget(QLabel(self.tr("Rubrik:")))
        editor.addWidget(self.title_edit)
        editor.addWidget(QLabel(self.tr("Text (en ny rad blir ett nytt stycke):")))
        editor.addWidget(self.body_edit, 1)
        editor.addWidget(self.version_label)
        editor.addWidget(self.error_label)
        editor.addWidget(self.save_button)
        row = QHBoxLayout()
        row.addWidget(self.list)
        row.addLayout(editor, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.reload()

    def reload(self, keep: int = 0) -> None:
        try:
            self.records = clauses.current_clauses(self.db)
        except UserError as error:
            messages.show_error(self, error)
            return
        self.list.blockSignals(True)
        self.list.clear()
        for number, record in enumerate(self.records, start=6):
            self.list.addItem(self.tr("%1. %2 (version %3)").replace("%1", str(number)).replace("%2", record.title)
                              .replace("%3", str(record.version)))
        self.list.blockSignals(False)
        if self.records:
            self.list.setCurrentRow(min(keep, len(self.records) - 1))
            self._show(self.list.currentRow())

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.records):
            return
        record = self.records[row]
        self.title_edit.setText(record.title)
        self.body_edit.setPlainText(record.body)
        self.version_label.setText(self.tr("Version %1, från %2.").replace("%1", str(record.version))
                                   .replace("%2", record.created_on.isoformat()))
        self.error_label.clear()

    def save_current(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.records):
            return
        try:
            saved = clauses.save_clause(self.db, self.records[row].key, self.title_edit.text(),
                                        self.body_edit.toPlainText())
        except UserError as error:
            self.error_label.setText(error.message)
            return
        self.reload(row)
        self.error_label.setText(self.tr("Sparad som version %1.").replace("%1", str(saved.version)))
