"""Arkiv → "Anslut till teamdatabas…": server, port, database and user name, saved for next time (QSettings);
the password is asked for each time and never saved (left empty, libpq's ~/.pgpass or PGPASSWORD is used), or
"Använd inloggningen i Windows/Kerberos": no password at all, libpq logs in with the Windows (SSPI) or Kerberos
(GSSAPI) login where IT has set the server up for it."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from stic_desktop.errors import UserError, ValidationError
from stic_desktop.services.workspace import database, team
from stic_desktop.ui.widgets import messages
from stic_desktop.ui.widgets.form import FieldErrors

SETTINGS = {"host": "team/host", "port": "team/port", "database": "team/database", "user": "team/user"}
SINGLE_SIGN_ON = "team/single_sign_on"  # the Windows/Kerberos login was chosen last time


def saved_connection() -> dict[str, str] | None:
    """The connection saved last time (no password), or None."""
    settings = QSettings()
    values = {field: str(settings.value(key) or "") for field, key in SETTINGS.items()}
    return values if values["host"] and values["database"] else None


def forget_connection() -> None:
    settings = QSettings()
    for key in (*SETTINGS.values(), SINGLE_SIGN_ON):
        settings.remove(key)


class TeamConnectionDialog(QDialog):
    """Asks for the connection, opens the team database (``self.database``) or shows why not."""

    def __init__(self, parent: QWidget | None = None, reason: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Anslut till teamdatabas"))
        self.setMinimumWidth(460)
        self.database = None
        layout = QVBoxLayout(self)
        intro = QLabel(reason or self.tr("Teamdatabasen ligger på kontorets PostgreSQL-server. Logga in med ditt "
                                         "eget användarnamn och lösenord (IT ger dig dem), eller med inloggningen "
                                         "i Windows där IT har ordnat det."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.errors = FieldErrors(form)
        saved = saved_connection() or {}
        self.host_edit = self.errors.add_row("host", self.tr("Server:"), QLineEdit(saved.get("host", "")))
        self.port_edit = self.errors.add_row("port", self.tr("Port:"), QLineEdit(saved.get("port", "")))
        self.port_edit.setPlaceholderText("5432")
        self.database_edit = self.errors.add_row("database", self.tr("Databas:"),
                                                 QLineEdit(saved.get("database", "stic")))
        self.user_edit = self.errors.add_row("user", self.tr("Användarnamn:"), QLineEdit(saved.get("user", "")))
        self.password_edit = self.errors.add_row("password", self.tr("Lösenord:"), QLineEdit())
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self._password_hint = self.tr("tomt: ~/.pgpass eller Windows-inloggningen")
        self.password_edit.setPlaceholderText(self._password_hint)
        self.single_sign_on_check = QCheckBox(self.tr("Använd inloggningen i Windows/Kerberos (inget lösenord)"))
        self.single_sign_on_check.toggled.connect(self._single_sign_on_toggled)
        form.addRow("", self.single_sign_on_check)
        self.single_sign_on_check.setChecked(bool(saved) and QSettings().value(SINGLE_SIGN_ON, "false") == "true")
        layout.addLayout(form)
        self.save_check = QCheckBox(self.tr("Kom ihåg anslutningen (lösenordet sparas aldrig)"))
        self.save_check.setChecked(True)
        layout.addWidget(self.save_check)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Anslut"))
        buttons.accepted.connect(self.connect_to_server)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if not saved:
            self.host_edit.setFocus()
        elif not self.single_sign_on_check.isChecked():
            self.password_edit.setFocus()

    def _single_sign_on_toggled(self, checked: bool) -> None:
        """The Windows/Kerberos login: no password; the user name may be left empty (the Windows login's)."""
        if checked:
            self.password_edit.clear()
        self.password_edit.setEnabled(not checked)
        self.password_edit.setPlaceholderText("" if checked else self._password_hint)
        self.user_edit.setPlaceholderText(self.tr("tomt: din Windows-inloggning") if checked else "")

    def connect_to_server(self) -> None:
        single_sign_on = self.single_sign_on_check.isChecked()
        try:
            url = team.connection_url(self.host_edit.text(), self.port_edit.text(), self.database_edit.text(),
                                      self.user_edit.text(), self.password_edit.text(), single_sign_on)
            self.errors.clear()
            self.database = database.open_database(url)
        except ValidationError as error:
            rest = self.errors.show(error)
            if rest:
                messages.show_error(self, UserError(rest))
            return
        except UserError as error:  # server down, wrong password, newer schema: one message, the form stays
            messages.show_error(self, error)
            return
        settings = QSettings()
        if self.save_check.isChecked():
            for field, key in SETTINGS.items():
                if field != "password":
                    settings.setValue(key, getattr(self, f"{field}_edit").text().strip())
            settings.setValue(SINGLE_SIGN_ON, "true" if single_sign_on else "false")
        else:
            forget_connection()
        self.password_edit.clear()
        self.accept()
