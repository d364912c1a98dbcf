"""Organisation settings shared by everyone: the name and logo printed in PDF headers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from stic_desktop.errors import ValidationError
from stic_desktop.services.workspace import organisation
from stic_desktop.services.workspace.organisation import OrganisationInfo
from stic_desktop.ui.widgets import pickers
from stic_desktop.ui.widgets.form import FormDialog

MAX_LOGO_BYTES = 2_000_000


class OrganisationDialog(FormDialog):
    def __init__(self, db, parent: QWidget | None = None) -> None:
        super().__init__(None, parent, min_width=500)  # needs the database only
        self.db = db
        self.setWindowTitle(self.tr("Organisationsinställningar"))
        info = organisation.get_organisation(db)
        self.logo: bytes | None = info.logo

        self.name_edit = self.errors.add_row("name", self.tr("Namn *:"), QLineEdit(info.name))
        self.place_edit = self.errors.add_row("default_place", self.tr("Standardplats för möten:"), QLineEdit(info.default_place))
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(180, 70)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setObjectName("logoPreview")
        choose = QPushButton(self.tr("Välj bild…"))
        choose.clicked.connect(self.choose_logo)
        remove = QPushButton(self.tr("Ta bort"))
        remove.clicked.connect(lambda: self.set_logo(None))
        logo_row = QWidget()
        row = QHBoxLayout(logo_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.logo_preview)
        row.addWidget(choose)
        row.addWidget(remove)
        row.addStretch(1)
        self.errors.add_row("logo", self.tr("Logotyp i PDF-huvud:"), logo_row)
        self.privacy_edit = QPlainTextEdit(info.privacy_contact)
        self.privacy_edit.setPlaceholderText(self.tr("Postadress, e-post och telefon för frågor om personuppgifter; "
                                                     "dataskyddsombudets kontaktuppgifter"))
        self.privacy_edit.setFixedHeight(80)
        self.errors.add_row("privacy_contact", self.tr("Personuppgiftsansvarig, kontakt:"), self.privacy_edit)
        self.set_logo(self.logo)

    def set_logo(self, data: bytes | None) -> None:
        self.logo = data
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo_preview.setPixmap(pixmap.scaled(self.logo_preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                      Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("(ingen logotyp)") if not data else self.tr("(kan inte visas)"))

    def choose_logo(self) -> None:
        path = pickers.open_file_name(self, self.tr("Välj logotyp"), self.tr("Bilder (*.png *.jpg *.jpeg)"), "logo")
        if path is not None:
            self.load_logo(path)

    def load_logo(self, path: Path) -> None:
        data = path.read_bytes()
        if len(data) > MAX_LOGO_BYTES:
            self.errors.show(ValidationError("logo", self.tr("Bilden är för stor (högst 2 MB).")))
            return
        self.set_logo(data)

    def store(self) -> None:
        organisation.save_organisation(self.db, OrganisationInfo(self.name_edit.text(), self.logo, self.place_edit.text(),
                                                                 self.privacy_edit.toPlainText()))
