from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from stic_desktop.core import clock
from stic_desktop.services.people import staff
from stic_desktop.services.workspace import database
from stic_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    return window


def menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_navigation_lists_only_built_areas_and_shows_the_page(window):
    assert [window.navigation.item(i).text() for i in range(window.navigation.count())] == [
        "Översikt", "Möten", "Kalender", "Förslag", "Upphandlingar", "Avtal", "Leverantörer", "Provision", "Workshoppar",
        "Kommuner", "Personer", "Grupper", "Bemanning"]
    assert window.pages.currentWidget() is window.page("overview")
    assert window.page("municipalities").model.total_count == 26
    assert menu_titles(window) == ["&Arkiv", "&Gå till", "&Hjälp"]
    file_actions = [a.text() for a in window.menuBar().actions()[0].menu().actions() if a.text()]
    assert file_actions[:2] == ["Ny databas…", "Öppna databas…"] and file_actions[-1] == "Avsluta"


def test_status_bar_names_database_and_user(window, context):
    assert str(context.db.path) in window.db_label.text()
    assert "Anna Lindqvist" in window.user_label.text()


def test_window_size_and_last_page_are_remembered(qtbot, context):
    first = MainWindow(context)
    qtbot.addWidget(first)
    hint = first.minimumSizeHint()
    first.resize(hint.width(), hint.height() + 7)
    first.show()
    first.close()
    assert QSettings().value("window/page") == "overview"
    second = MainWindow(context)
    qtbot.addWidget(second)
    # The offscreen screen is only 800x600, which clamps the width; the height shows the restore.
    assert second.height() == hint.height() + 7


def test_switching_database_reloads_pages_and_remembers_the_user_per_file(qtbot, window, tmp_path: Path, monkeypatch):
    other = tmp_path / "annan.sqlite3"
    chosen = []

    def choose_user() -> bool:  # the dialog itself is tested in test_user_dialog.py
        member = staff.add_staff_member(window.context.db, "Sara Nilsson", "Upplagd")
        staff.set_current_user(window.context.db, member.id)
        QSettings().setValue(window._user_key(), member.id)
        chosen.append(member.id)
        return True

    monkeypatch.setattr(window, "choose_user", choose_user)
    window._switch_to(other)
    assert window.context.db.path == other
    assert window.page("municipalities").model.total_count == 0
    assert str(other) in window.db_label.text()
    assert window.context.db.actor_id == chosen[0]
    # Opening the same file again restores the user without asking.
    window._switch_to(other)
    assert len(chosen) == 1 and window.context.db.actor_id == chosen[0]


def test_a_refused_database_keeps_the_current_one(qtbot, window, tmp_path: Path, monkeypatch):
    not_stic = tmp_path / "text.sqlite3"
    not_stic.write_text("hej")
    shown = []
    from stic_desktop.ui import main_window

    monkeypatch.setattr(main_window.messages, "show_error", lambda parent, error: shown.append(error.message))
    current = window.context.db
    window._switch_to(not_stic)
    assert shown and "inte en STIC-databas" in shown[0]
    assert window.context.db is current
    assert not_stic.read_text() == "hej"


def test_backup_from_the_menu_makes_a_checked_copy(qtbot, window, tmp_path: Path, monkeypatch):
    target = tmp_path / "kopia.sqlite3"
    monkeypatch.setattr("stic_desktop.ui.widgets.pickers.ask_save_file_name", lambda *a: str(target))
    window.backup_database()
    qtbot.waitUntil(target.exists, timeout=10000)
    qtbot.waitUntil(lambda: "Säkerhetskopia sparad" in window.statusBar().currentMessage(), timeout=10000)
    assert database.check_database(target).ok


def test_ctrl_k_search_opens_the_chosen_record_on_its_page(qtbot, window, monkeypatch):
    from stic_desktop.services.workspace import search
    from stic_desktop.ui.municipalities.dialog import MunicipalityDialog

    opened = []
    monkeypatch.setattr(MunicipalityDialog, "exec", lambda self: opened.append(self.windowTitle()) or 0)
    go_menu = window.menuBar().actions()[1].menu()
    assert [a.shortcut().toString() for a in go_menu.actions() if a.text() == "Sök överallt…"] == ["Ctrl+K"]
    index = search.build_index(window.context.db)
    (hit,) = [h for h in index.search("sollentuna") if h.kind == "municipality"]
    window.page("municipalities").filter_edit.setText("nacka")  # a filter that hides the record is cleared
    window.open_search_hit(hit)
    page = window.page("municipalities")
    assert window.pages.currentWidget() is page
    assert [r.name for r in page.selected_records()] == ["Sollentuna"]
    assert len(opened) == 1


def test_search_opens_the_hit_the_target_page_hides_never_the_selected_row(qtbot, window, monkeypatch):
    """Ctrl+K → "zeta skolmat" → Enter opens that agreement though "Aktiva och förlängda" hides it."""
    from datetime import date

    from stic_desktop.services.agreements import agreements
    from stic_desktop.services.agreements.agreements import AgreementInput
    from stic_desktop.ui.agreements.page import AgreementsPage
    from stic_desktop.ui.workspace.search_dialog import SearchDialog, SearchIndexCache

    db = window.context.db
    running = agreements.save_agreement(db, AgreementInput(
        agreement_number="ZZ-1", title="Zeta kontorsmaterial", start_date=date(clock.today().year - 1, 1, 1),
        initial_end_date=date(clock.today().year + 1, 12, 31)))
    old = agreements.save_agreement(db, AgreementInput(
        agreement_number="ZZ-2", title="Zeta skolmat", start_date=date(2019, 1, 1), initial_end_date=date(2020, 12, 31)))
    page = window.page("agreements")
    page.status_combo.setCurrentIndex(page.status_combo.findData("running"))
    page.select_record(running.id)
    assert [r.id for r in page.selected_records()] == [running.id]  # the row a wrong open would take
    opened = []
    monkeypatch.setattr(AgreementsPage, "open_agreement", lambda self, agreement_id: opened.append(agreement_id))

    dialog = SearchDialog(SearchIndexCache(window.context), window)
    qtbot.addWidget(dialog)
    dialog.chosen.connect(window.open_search_hit)
    dialog.show()
    qtbot.keyClicks(dialog.edit, "zeta skolmat")
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0)
    assert (dialog.model.record(0).kind, dialog.model.record(0).id) == ("agreement", old.id)
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)

    assert opened == [old.id]
    assert window.pages.currentWidget() is page
    assert page.status_combo.currentData() == "running"  # the user's filter stays as it was


def test_the_search_index_is_built_in_the_background_after_start_up(qtbot, window):
    qtbot.waitUntil(lambda: window.search_cache is not None and window.search_cache.index is not None, timeout=10000)
    assert window.search_cache.index.search("sollentuna")


def test_pages_are_built_on_first_visit_and_ctrl_digits_go_to_them(qtbot, window):
    from stic_desktop.ui.main_window import PagePlaceholder

    assert isinstance(window.pages.widget(9), PagePlaceholder)  # Kommuner: not visited yet
    go_menu = window.menuBar().actions()[1].menu()
    [action] = [a for a in go_menu.actions() if a.shortcut().toString() == "Ctrl+9"]
    assert action.text() == "Workshoppar"
    next(a for a in go_menu.actions() if a.text() == "Kommuner").trigger()
    page = window.pages.currentWidget()
    assert page.page_id == "municipalities" and page.model.total_count == 26
    assert window.pages.widget(9) is page and window.page("municipalities") is page


def test_the_registry_names_each_page_as_the_page_itself_does(qtbot, window):
    from stic_desktop.ui import pages

    for spec in pages.PAGES:
        page = window.page(spec.page_id)
        assert (type(page).__name__, page.page_id, page.title) == (spec.context, spec.page_id, spec.title)


def test_visa_alla_on_the_overview_opens_the_meetings_page_filtered(qtbot, window, context):
    from datetime import datetime, time, timedelta

    from stic_desktop.services.meetings import meetings
    from stic_desktop.services.meetings.meetings import MeetingInput
    from stic_desktop.services.meetings.records import STOCKHOLM

    for day in (1, 2):
        start = datetime.combine(clock.today() + timedelta(days=day), time(10), tzinfo=STOCKHOLM)
        meetings.create_meeting(context.db, MeetingInput(None, f"Utkast {day}", start, start + timedelta(hours=1)))
    overview = window.page("overview")
    overview.limit = 1
    with qtbot.waitSignal(overview.loaded, timeout=10_000):
        overview.reload()
    block = overview.block("Kallelser att skicka")
    assert block.more_label.text().startswith("Visar 1 av 2")
    block.more_label.linkActivated.emit("all")
    meetings_page = window.page("meetings")
    assert window.pages.currentWidget() is meetings_page
    assert window.navigation.currentRow() == 1
    assert meetings_page.period == "upcoming" and meetings_page.filter_edit.text() == "Utkast"
    qtbot.waitUntil(lambda: {r.title for r in meetings_page.model.visible_records()} >= {"Utkast 1", "Utkast 2"},
                    timeout=10_000)
def test_a_window_deleted_right_after_its_first_frame_leaves_no_timer_behind(qtbot):
    """The first frame schedules ``first_painted`` (and later the search index) for the next turn of the loop; a
    window closed and deleted before that turn must take the timers with it, or Qt emits from a deleted object
    ("Signal source has been deleted", which the team window tests saw when a window closed right after it was
    first drawn). pytest-qt fails this test on any exception the event loop reports."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from stic_desktop.ui.context import AppContext

    painted: list[bool] = []
    window = MainWindow(AppContext(None))
    window.first_painted.connect(lambda: painted.append(True))
    window.eventFilter(window, QEvent(QEvent.Type.UpdateRequest))  # what the first frame does
    window._prepare_search_after_paint()  # and the search index a second later
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.wait(1200)  # both timers would have fired by now
    assert painted == []  # never emitted from the deleted window
