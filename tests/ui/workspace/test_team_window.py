"""The window on the team database: the login is the user (no "Vem arbetar?"), a läsbehörig login sees no
new/delete/import, and the status bar names the server database."""

from __future__ import annotations

import re

from backend_tools import plain
from team_fixtures import close_window, team_logins

from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.workspace import database
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.main_window import MainWindow


def test_a_reader_login_is_the_user_and_sees_no_write_buttons(qtbot, pg_server, pg_url):
    url = team_logins(pg_server, pg_url, läsbehörig="lasare")["läsbehörig"]
    reader = re.search(r"user=(lasare_\w+)", url).group(1)
    db = database.open_database(url)
    context = AppContext(db)
    window = MainWindow(context)
    window.show()
    assert window.restore_user()  # no dialog: the login is the user
    assert "Inloggad som" in window.user_label.text() and reader in window.user_label.text()
    assert "läsbehörig" in window.user_label.text() and "Teamdatabas" in window.db_label.text()
    assert "hemligt" not in window.db_label.text()  # never the password
    assert not window.choose_user_action.isVisible()
    page = window.page("municipalities")
    assert page.model.total_count == 26  # reads
    assert not page.new_action.isVisible() and not page.delete_action.isVisible()
    assert page.history_action.isVisible()
    close_window(qtbot, window, db)


def test_an_officer_sees_the_write_buttons_and_a_colleagues_change_arrives(qtbot, pg_server, pg_url):
    db = database.open_database(team_logins(pg_server, pg_url, county=False, handläggare="handl")["handläggare"])
    window = MainWindow(AppContext(db))
    window.show()
    assert window.restore_user()
    page = window.page("municipalities")
    assert page.new_action.isVisible() and page.delete_action.isVisible()
    assert page.model.total_count == 0

    def listening() -> bool:
        with plain(pg_url) as conn:
            return conn.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                "AND query LIKE 'LISTEN%'").fetchone()[0] == 1

    qtbot.waitUntil(listening, timeout=30000)
    colleague = database.open_database(pg_url)
    try:
        municipalities.import_county_municipalities(colleague)  # a colleague's commit ...
    finally:
        colleague.close()
    qtbot.waitUntil(lambda: page.model.total_count == 26, timeout=30000)  # ... refreshes this window's list
    close_window(qtbot, window, db)
