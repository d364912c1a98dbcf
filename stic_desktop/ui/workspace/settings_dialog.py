"""Inställningar: everything a user can set, in one place.

Organisation settings (name, logo, default meeting place) and the procurement rule tables are shared
by everyone and live in the database; they are shown here and edited in their own dialogs. Language,
data folder and automatic backups are per user (QSettings) and take effect as described next to them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stic_desktop import paths
from stic_desktop.errors import UserError
from stic_desktop.services import retention
from stic_desktop.services.agreements import clauses
from stic_desktop.services.procurement import rules as procurement_rules
from stic_desktop.services.workspace import organisation
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.procurement.rules_dialog import ProcurementRulesDialog
from stic_desktop.ui.widgets import messages, pickers, rights
from stic_desktop.ui.workspace import i18n, preferences
from stic_desktop.ui.workspace.backup_settings_dialog import BackupSettingsDialog, backup_folder, backup_keep
from stic_desktop.ui.workspace.clauses_dialog import ClausesDialog
from stic_desktop.ui.workspace.deciding_party_dialog import DecidingPartyDialog
from stic_desktop.ui.workspace.organisation_dialog import OrganisationDialog
from stic_desktop.ui.workspace.retention_dialog import RetentionDialog


def _section(title: str, body: QWidget, button: QPushButton | None = None) -> QGroupBox:
    box = QGroupBox(title)
    layout = QHBoxLayout(box)
    layout.addWidget(body, 1)
    if button is not None:
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    return box


class SettingsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Inställningar"))
        self.setMinimumWidth(640)

        self.organisation_label = QLabel()
        self.organisation_label.setWordWrap(True)
        self.logo_label = QLabel()
        self.logo_label.setFixedSize(140, 50)
        organisation_body = QWidget()
        row = QHBoxLayout(organisation_body)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.organisation_label, 1)
        row.addWidget(self.logo_label)
        self.organisation_button = QPushButton(self.tr("Ändra…"))
        self.organisation_button.clicked.connect(self.edit_organisation)

        self.deciding_label = QLabel()
        self.deciding_label.setWordWrap(True)
        self.deciding_button = QPushButton(self.tr("Ändra…"))
        self.deciding_button.clicked.connect(self.edit_deciding_party)

        self.clauses_label = QLabel()
        self.clauses_label.setWordWrap(True)
        self.clauses_button = QPushButton(self.tr("Öppna…"))
        self.clauses_button.clicked.connect(self.edit_clauses)

        self.rules_label = QLabel()
        self.rules_label.setWordWrap(True)
        self.rules_button = QPushButton(self.tr("Öppna…"))
        self.rules_button.clicked.connect(self.edit_rules)

        self.retention_label = QLabel()
        self.retention_label.setWordWrap(True)
        self.retention_button = QPushButton(self.tr("Ändra…"))
        self.retention_button.clicked.connect(self.edit_retention)

        # the organisation, the deciding party, retention (organisation settings) and the procurement rules are the
        # regional head's (storage.roles.RULE_TABLES); the clauses any writing login's
        rights.needs(rights.RULES, self.organisation_button, self.deciding_button, self.rules_button,
                     self.retention_button)
        rights.needs(rights.WRITE, self.clauses_button)

        self.backup_label = QLabel()
        self.backup_label.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("Ändra…"))
        self.backup_button.clicked.connect(self.edit_backups)

        self.language_combo = QComboBox()
        for code, name in i18n.LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(self.language_combo.findData(i18n.current_language()))
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self.language_note = QLabel()
        self.language_note.setObjectName("hint")
        language_body = QWidget()
        form = QFormLayout(language_body)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Språk i fönstret:"), self.language_combo)
        form.addRow("", self.language_note)

        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder_buttons = QWidget()
        column = QVBoxLayout(folder_buttons)
        column.setContentsMargins(0, 0, 0, 0)
        self.folder_button = QPushButton(self.tr("Välj…"))
        self.folder_button.clicked.connect(self.choose_data_folder)
        open_folder = QPushButton(self.tr("Öppna mappen"))
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.user_data_dir()))))
        column.addWidget(self.folder_button)
        column.addWidget(open_folder)
        folder_section = QGroupBox(self.tr("Datamapp (databas, loggar och säkerhetskopior som standard)"))
        folder_layout = QHBoxLayout(folder_section)
        folder_layout.addWidget(self.folder_label, 1)
        folder_layout.addWidget(folder_buttons)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Gemensamt för alla användare (sparas i databasen):")))
        layout.addWidget(_section(self.tr("Organisation"), organisation_body, self.organisation_button))
        layout.addWidget(_section(self.tr("Upphandlande organisation (beslut och avtal)"), self.deciding_label,
                                  self.deciding_button))
        layout.addWidget(_section(self.tr("Avtalsvillkor (standardvillkor i ramavtalen)"), self.clauses_label,
                                  self.clauses_button))
        layout.addWidget(_section(self.tr("Upphandlingsregler (tröskelvärden och tidsfrister)"), self.rules_label,
                                  self.rules_button))
        layout.addWidget(_section(self.tr("Gallring av arkiverade dokument"), self.retention_label, self.retention_button))
        layout.addWidget(QLabel(self.tr("Bara för dig (sparas på den här datorn):")))
        layout.addWidget(_section(self.tr("Säkerhetskopior"), self.backup_label, self.backup_button))
        layout.addWidget(_section(self.tr("Språk"), language_body))
        layout.addWidget(folder_section)
        layout.addWidget(buttons)
        self.refresh()
        rights.apply(self, context)

    def refresh(self) -> None:
        try:
            info = organisation.get_organisation(self.context.db)
            thresholds = procurement_rules.list_thresholds(self.context.db)
            rules = procurement_rules.list_rules(self.context.db)
            weeding = retention.list_rules(self.context.db)
            clause_list = clauses.current_clauses(self.context.db)
        except UserError as error:
            messages.show_error(self, error)
            return
        place = info.default_place or self.tr("(ingen angiven)")
        self.organisation_label.setText(self.tr("Namn: %1\nStandardplats för möten: %2").replace("%1", info.name)
                                        .replace("%2", place))
        self.clauses_label.setText(self.tr("%1 villkor: %2.").replace("%1", str(len(clause_list))).replace(
            "%2", ", ".join(c.title for c in clause_list[:4]) + (" …" if len(clause_list) > 4 else "")))
        party = info.deciding_party
        if party.name:
            self.deciding_label.setText(self.tr("%1, org.nr %2. Överprövning: %3. Provision högst %4 %, ändras med "
                                                "%5 månaders varsel.").replace("%1", party.name)
                                        .replace("%2", party.org_number).replace("%3", party.review_court)
                                        .replace("%4", party.commission_max_percent)
                                        .replace("%5", str(party.commission_notice_months)))
        else:
            self.deciding_label.setText(self.tr("Inte angiven: besluten och avtalen utfärdas då i organisationens "
                                                "namn. Ange den juridiska person som STIC tillhör."))
        pixmap = QPixmap()
        if info.logo and pixmap.loadFromData(info.logo):
            self.logo_label.setPixmap(pixmap.scaled(self.logo_label.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                    Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_label.setText(self.tr("(ingen logotyp)"))
        missing = sum(1 for t in thresholds if t.sek is None)
        text = self.tr("%1 tröskelvärden, %2 tidsfrister.").replace("%1", str(len(thresholds))).replace("%2", str(len(rules)))
        if missing:
            text += " " + self.tr("%1 tröskelvärden saknar belopp i kronor; fyll i dem när de har publicerats.").replace(
                "%1", str(missing))
        self.rules_label.setText(text)
        kept = sum(1 for rule in weeding if rule.keep)
        self.retention_label.setText(self.tr("%1 dokumenttyper bevaras, %2 gallras tidigast ett visst antal år efter "
                                             "dokumentets datum eller avtalets slut.").replace("%1", str(kept))
                                     .replace("%2", str(len(weeding) - kept)))
        self.backup_label.setText(self.tr("En kopia när programmet avslutas, i %1. De %2 senaste behålls.")
                                  .replace("%1", str(backup_folder())).replace("%2", str(backup_keep())))
        self.folder_label.setText(str(paths.user_data_dir()))
        chosen = self.language_combo.currentData()
        self.language_note.setText("" if chosen == i18n.applied_language() else
                                   self.tr("Språket byts när programmet startas om."))

    def edit_organisation(self) -> None:
        if OrganisationDialog(self.context.db, self).exec():
            self.refresh()

    def edit_deciding_party(self) -> None:
        if DecidingPartyDialog(self.context.db, self).exec():
            self.refresh()

    def edit_clauses(self) -> None:
        ClausesDialog(self.context.db, self).exec()
        self.refresh()

    def edit_rules(self) -> None:
        ProcurementRulesDialog(self.context, self).exec()
        self.refresh()

    def edit_retention(self) -> None:
        if RetentionDialog(self.context.db, self).exec():
            self.refresh()

    def edit_backups(self) -> None:
        if BackupSettingsDialog(self).exec():
            self.refresh()

    def _language_chosen(self, _index: int) -> None:
        i18n.set_language(self.language_combo.currentData())
        self.refresh()

    def choose_data_folder(self) -> None:
        chosen = pickers.existing_folder(self, self.tr("Välj datamapp"), "data", paths.user_data_dir())
        if chosen is not None:
            self.set_data_folder(chosen)

    def set_data_folder(self, folder: Path) -> None:
        try:
            preferences.save_data_folder(folder)
        except UserError as error:
            messages.show_error(self, error)
            return
        self.folder_label.setText(self.tr("%1\n(gäller när programmet startas om; databasen du har öppen nu ligger kvar "
                                          "där den är och öppnas som förut)").replace("%1", str(folder)))
