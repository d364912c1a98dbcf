"""Arkiv → "Anslut till teamdatabas…" with "Använd inloggningen i Windows/Kerberos": no password is asked for or
sent, the choice is remembered (never a password). The throwaway server lets its superuser in without a password,
as a server set up for Windows (SSPI) or Kerberos (GSSAPI) logins lets the logged-in user in."""

from __future__ import annotations

from pg_server import SUPERUSER
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog

from stic_desktop.services.workspace import team
from stic_desktop.ui.workspace.team_connection import TeamConnectionDialog


def test_the_windows_login_connects_without_a_password_and_is_remembered(qtbot, pg_server, pg_url):
    name = pg_url.split("///")[1].split("?")[0]
    dialog = TeamConnectionDialog()
    qtbot.addWidget(dialog)
    dialog.host_edit.setText(str(pg_server.socket_dir))
    dialog.database_edit.setText(name)
    dialog.user_edit.setText(SUPERUSER)
    dialog.password_edit.setText("skrivet-i-onödan")
    dialog.single_sign_on_check.setChecked(True)
    assert not dialog.password_edit.isEnabled() and dialog.password_edit.text() == ""  # nothing to send
    dialog.connect_to_server()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.database is not None
    try:
        assert dialog.database.is_team and "password" not in dialog.database.url
        assert team.who_am_i(dialog.database)[0] == SUPERUSER
    finally:
        dialog.database.close()
    settings = QSettings()
    assert settings.value("team/single_sign_on") == "true"
    assert not any("skrivet" in str(settings.value(key)) for key in settings.allKeys())

    again = TeamConnectionDialog()  # the next start: the same choice, no password field to fill in
    qtbot.addWidget(again)
    assert again.single_sign_on_check.isChecked() and not again.password_edit.isEnabled()
    assert again.user_edit.text() == SUPERUSER and again.database_edit.text() == name
    again.single_sign_on_check.setChecked(False)  # a password login again
    assert again.password_edit.isEnabled()
