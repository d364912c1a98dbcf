from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from stic_desktop.services.municipalities import municipalities
from stic_desktop.ui.municipalities.page import MunicipalitiesPage
from stic_desktop.ui.widgets import list_page, messages


@pytest.fixture
def page(qtbot, context):
    page = MunicipalitiesPage(context)
    qtbot.addWidget(page)
    page.reload()
    return page


def test_lists_all_municipalities_and_filters_as_you_type(qtbot, page):
    assert page.model.rowCount() == 26
    assert page.count_label.text() == "26 av 26 kommuner"
    qtbot.keyClicks(page.filter_edit, "stock")
    assert [r.name for r in page.model.visible_records()] == ["Stockholm"]
    assert page.count_label.text() == "1 av 26 kommuner"
    page.filter_edit.setText("finns-inte")
    assert page.stack.currentWidget() is page.empty_label
    assert "finns-inte" in page.empty_label.text()


def test_empty_register_explains_what_to_do(qtbot, qapp, db):
    from stic_desktop.ui.context import AppContext

    page = MunicipalitiesPage(AppContext(db))
    qtbot.addWidget(page)
    page.reload()
    assert page.stack.currentWidget() is page.empty_label
    assert "Länets kommuner" in page.empty_label.text()
    assert not page.export_action.isEnabled()


def test_delete_asks_first_and_removes(qtbot, page, monkeypatch):
    db = page.context.db
    unused = municipalities.save_municipality(db, municipalities.MunicipalityInput(municipality_code="0999", name="Provkommun"))
    page.reload()
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda *args: asked.append(args[2]) or True)
    monkeypatch.setattr(list_page.messages, "show_error", lambda parent, error: pytest.fail(error.message))
    page.select_record(unused.id)
    page.delete_action.trigger()
    assert asked and "Provkommun (0999)" in asked[0]
    assert page.model.total_count == 26
    assert "0999" not in {m.municipality_code for m in municipalities.list_municipalities(db)}


def test_delete_declined_keeps_the_record(qtbot, page, monkeypatch):
    monkeypatch.setattr(messages, "confirm", lambda *args: False)
    page.select_record(municipalities.list_municipalities(page.context.db)[0].id)
    page.delete_action.trigger()
    assert page.model.total_count == 26


def test_delete_refused_when_referenced_shows_the_reason(qtbot, page, monkeypatch):
    db = page.context.db
    stockholm = next(m for m in municipalities.list_municipalities(db) if m.name == "Stockholm")
    from stic_desktop.models import Person  # test set-up only: a person from Stockholm

    with db.write() as session:
        session.add(Person(name="Kim Kontakt", organisation_kind="municipality", municipality_id=stockholm.id,
                           title="", email="", phone="", active=True))
    shown = []
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    monkeypatch.setattr(list_page.messages, "show_error", lambda parent, error: shown.append(error.message))
    page.select_record(stockholm.id)
    page.delete_action.trigger()
    assert shown and "person" in shown[0] and "utträdd" in shown[0]
    assert page.model.total_count == 26


def test_export_to_excel_writes_what_is_shown(qtbot, page, tmp_path: Path):
    page.filter_edit.setText("upplands")
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    target = tmp_path / "kommuner.xlsx"
    with qtbot.waitSignal(page.status_message, timeout=10000):
        page.export_to(target)
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0][:3] == ("Kod", "Namn", "Status")
    assert [r[1] for r in rows[1:]] == ["Upplands-Bro", "Upplands Väsby"]


def test_import_county_twice_adds_nothing_twice(qtbot, qapp, db):
    from stic_desktop.ui.context import AppContext

    page = MunicipalitiesPage(AppContext(db))
    qtbot.addWidget(page)
    page.reload()
    for expected in ("26 nya", "0 nya"):
        with qtbot.waitSignal(page.status_message, timeout=10000) as blocker:
            page.import_county()
        assert expected in blocker.args[0]
        qtbot.waitUntil(lambda: page.model.total_count == 26)


def test_a_double_click_opens_the_editor_once(qtbot, page, monkeypatch):
    """Cancelling the dialog must not bring it up again (doubleClicked and activated were both connected)."""
    from stic_desktop.ui.municipalities.dialog import MunicipalityDialog

    opened = []
    monkeypatch.setattr(MunicipalityDialog, "exec", lambda self: opened.append(self.windowTitle()) or 0)
    page.show()
    qtbot.waitExposed(page)
    pos = page.table.visualRect(page.model.index(0, 0)).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert len(opened) == 1
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert len(opened) == 2
