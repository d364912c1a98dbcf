"""A colleague's change reloads this window's list (LISTEN/NOTIFY, issue 14) without losing the user's place:
the selected rows stay selected and the row at the top of the view stays at the top, even when the colleague
added a row above it."""

from __future__ import annotations

from backend_tools import plain
from team_fixtures import close_window, team_logins

from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.workspace import database
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.main_window import MainWindow


def test_a_colleagues_save_refreshes_the_list_keeping_selection_and_scroll(qtbot, pg_server, pg_url):
    from PySide6.QtCore import QItemSelectionModel

    db = database.open_database(team_logins(pg_server, pg_url, handläggare="handl")["handläggare"])
    window = MainWindow(AppContext(db))
    window.show()
    assert window.restore_user()
    page = window.page("municipalities")
    window.navigation.setCurrentRow(window.pages.indexOf(page))
    qtbot.waitUntil(lambda: page.model.total_count == 26, timeout=30000)
    table, model = page.table, page.model
    table.setFixedHeight(300)  # whatever size the window restores: the 26 municipalities scroll
    table.selectRow(14)
    table.selectionModel().select(model.index(17, 0), QItemSelectionModel.SelectionFlag.Select
                                  | QItemSelectionModel.SelectionFlag.Rows)
    table.scrollTo(model.index(12, 0), table.ScrollHint.PositionAtTop)
    qtbot.waitUntil(lambda: table.rowAt(0) == 12)
    selected_ids = sorted(r.id for r in page.selected_records())
    top_id = model.record(12).id
    renamed = model.record(20)
    assert len(selected_ids) == 2 and table.verticalScrollBar().value() > 0

    def listening() -> bool:
        with plain(pg_url) as conn:
            return conn.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                "AND query LIKE 'LISTEN%'").fetchone()[0] == 1

    qtbot.waitUntil(listening, timeout=30000)
    colleague = database.open_database(pg_url)
    try:  # a new municipality sorted first (code 0001) and a renamed one: both a colleague's commits
        municipalities.save_municipality(colleague, municipalities.MunicipalityInput("0001", "Aaa-kommun"))
        data = renamed.as_input()
        municipalities.save_municipality(colleague, type(data)(**{**data.__dict__, "name": "Omdöpt av kollegan"}),
                                         renamed.id)
    finally:
        colleague.close()
    qtbot.waitUntil(lambda: model.total_count == 27 and any(
        model.record(row).name == "Omdöpt av kollegan" for row in range(model.rowCount())), timeout=30000)
    assert sorted(r.id for r in page.selected_records()) == selected_ids  # still the same two municipalities
    assert model.record(table.rowAt(0)).id == top_id  # the same row at the top (one row further down now)
    assert table.rowAt(0) == 13

    close_window(qtbot, window, db)
