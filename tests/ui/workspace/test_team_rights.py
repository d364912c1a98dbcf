"""What a login may change is decided in one place (ui/widgets/rights.py, from the login's role): a läsbehörig
login walks every page and every record form without a Spara; a handläggare writes but does not see the rule
tables' buttons; the regional head sees everything."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit
from team_fixtures import close_window, team_logins

from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.workspace import database
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.main_window import MainWindow
from stic_desktop.ui.widgets import rights

PASSWORD = "hemligt-123"


def _window(qtbot, pg_server, pg_url, role: str):
    db = database.open_database(team_logins(pg_server, pg_url, **{role: "u"})[role])
    window = MainWindow(AppContext(db))
    window.show()
    assert window.restore_user()
    return window, db


def test_a_reader_walks_every_page_and_form_without_a_way_to_save(qtbot, pg_server, pg_url):
    from stic_desktop.ui import pages
    from stic_desktop.ui.municipalities.dialog import MunicipalityDialog
    from stic_desktop.ui.widgets.list_page import ListPage
    from stic_desktop.ui.workspace.settings_dialog import SettingsDialog

    window, db = _window(qtbot, pg_server, pg_url, "läsbehörig")
    context = window.context
    try:
        assert not context.can_write and not context.can_edit_rules
        assert not rights.allows(context) and not rights.allows(context, rights.RULES)
        for spec in pages.PAGES:  # every page builds and reads as a reader
            page = window.page(spec.page_id)
            if isinstance(page, ListPage):
                assert not page.new_action.isVisible() and not page.delete_action.isVisible(), spec.page_id
        record = municipalities.list_municipalities(db)[0]
        dialog = MunicipalityDialog(context, record)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isHidden()
        assert all(edit.isReadOnly() for edit in dialog.findChildren(QLineEdit))
        assert "bara läsa" in dialog.general_error.text()
        dialog.inputs["name"].setText("Ändrat ändå")  # as if it were typed: Ctrl+S does nothing
        dialog.save()
        assert dialog.saved is None
        assert municipalities.list_municipalities(db)[0].name == record.name
        settings = SettingsDialog(context)
        qtbot.addWidget(settings)
        for button in (settings.organisation_button, settings.rules_button, settings.deciding_button,
                       settings.clauses_button, settings.retention_button):
            assert button.isHidden()
    finally:
        close_window(qtbot, window, db)


@pytest.mark.parametrize(("role", "rules"), [("handläggare", False), ("regionchef", True)])
def test_an_officer_writes_but_only_the_regional_head_sees_the_rule_tables(qtbot, pg_server, pg_url, role, rules):
    from stic_desktop.ui.municipalities.dialog import MunicipalityDialog
    from stic_desktop.ui.workspace.settings_dialog import SettingsDialog

    window, db = _window(qtbot, pg_server, pg_url, role)
    context = window.context
    try:
        assert context.can_write and context.can_edit_rules is rules
        dialog = MunicipalityDialog(context, municipalities.list_municipalities(db)[0])
        qtbot.addWidget(dialog)
        dialog.show()
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isHidden()
        settings = SettingsDialog(context)
        qtbot.addWidget(settings)
        assert settings.rules_button.isHidden() is not rules
        assert settings.organisation_button.isHidden() is not rules
        assert settings.deciding_button.isHidden() is not rules  # organisation settings: the database's grants
        assert settings.retention_button.isHidden() is not rules
        assert not settings.clauses_button.isHidden()
    finally:
        close_window(qtbot, window, db)
