from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence

from stic_desktop.models import Group, Membership
from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.people import people, staff
from stic_desktop.services.people.people import PersonInput
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.people.people_page import PeoplePage
from stic_desktop.ui.widgets import list_page, messages

PEOPLE = [
    ("Kim Berg", "Solna", "kim@solna.se", ("IT",), True),
    ("Lo Ek", "Nacka", "lo@nacka.se", ("livsmedel", "hemtjänst"), True),
    ("Mo Ås", "Nacka", "", (), True),
    ("Per Lund", "Solna", "per@solna.se", (), False),
]


@pytest.fixture
def ctx(db, qapp):
    municipalities.import_county_municipalities(db)
    staff.set_current_user(db, staff.add_staff_member(db, "Anna Lindqvist", "Regionchef", "anna@stic.se").id)
    towns = {m.name: m.id for m in municipalities.list_municipalities(db)}
    for name, town, email, tags, active in PEOPLE:
        people.save_person(db, PersonInput(name=name, municipality_id=towns[town], email=email, expertise=tags, active=active))
    return AppContext(db)


@pytest.fixture
def page(qtbot, ctx):
    page = PeoplePage(ctx)
    qtbot.addWidget(page)
    page.reload()
    return page


def names(page) -> list[str]:
    return [r.name for r in page.model.visible_records()]


def select(page, *wanted: str) -> None:
    page.table.clearSelection()
    for row, record in enumerate(page.model.visible_records()):
        if record.name in wanted:
            page.table.selectionModel().select(
                page.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def test_model_passes_qtmodeltester(qtmodeltester, page):
    qtmodeltester.check(page.model, force_py=True)
    page.inactive_box.setChecked(True)
    qtmodeltester.check(page.model, force_py=True)


def test_lists_active_people_with_their_columns_and_inactive_on_request(qtbot, page):
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert headers == ["Namn", "Titel", "Organisation", "E-post", "Telefon", "Expertis", "Aktiv"]
    assert names(page) == ["Anna Lindqvist", "Kim Berg", "Lo Ek", "Mo Ås"]
    row = names(page).index("Lo Ek")
    assert [page.model.index(row, c).data() for c in (2, 3, 5, 6)] == ["Nacka", "lo@nacka.se", "hemtjänst, livsmedel", "Ja"]
    assert page.count_label.text() == "4 av 4 personer"
    page.inactive_box.setChecked(True)
    assert "Per Lund" in names(page) and page.count_label.text() == "5 av 5 personer"
    qtbot.keyClicks(page.filter_edit, "solna")
    assert names(page) == ["Kim Berg", "Per Lund"]


def test_copy_email_addresses_of_the_selection_or_of_everyone_shown(qtbot, page):
    assert page.copy_action.shortcut() == QKeySequence("Ctrl+Shift+C")
    select(page, "Kim Berg", "Mo Ås")
    with qtbot.waitSignal(page.status_message) as blocker:
        page.copy_action.trigger()
    assert QGuiApplication.clipboard().text() == "kim@solna.se"
    assert blocker.args == ["1 e-postadress kopierades till urklipp."]

    page.table.clearSelection()
    with qtbot.waitSignal(page.status_message) as blocker:
        page.copy_action.trigger()
    assert QGuiApplication.clipboard().text() == "anna@stic.se; kim@solna.se; lo@nacka.se"
    assert blocker.args == ["3 e-postadresser kopierades till urklipp."]

    page.filter_edit.setText("mo ås")
    QGuiApplication.clipboard().setText("orört")
    with qtbot.waitSignal(page.status_message) as blocker:
        page.copy_action.trigger()
    assert QGuiApplication.clipboard().text() == "orört" and "Ingen" in blocker.args[0]


def test_delete_refused_for_someone_in_a_group_shows_the_way_out(qtbot, page, monkeypatch):
    db = page.context.db
    kim = next(p for p in people.list_people(db) if p.name == "Kim Berg")
    with db.write() as session:  # test set-up only: a seat in the working group
        group = session.query(Group).filter_by(kind="working").one()
        session.add(Membership(person_id=kim.id, group_id=group.id, role="member", municipality_id=kim.municipality_id,
                               from_date=date(2024, 1, 1)))
    shown, asked = [], []
    monkeypatch.setattr(messages, "confirm", lambda *args: asked.append(args[2]) or True)
    monkeypatch.setattr(list_page.messages, "show_error", lambda parent, error: shown.append(error.message))
    page.select_record(kim.id)
    page.delete_action.trigger()
    assert asked and "Kim Berg (Solna)" in asked[0]
    assert shown and "inaktiv" in shown[0] and "anonymisera" in shown[0]
    assert "Kim Berg" in names(page)


def test_delete_of_a_free_person_removes_the_row(qtbot, page, monkeypatch):
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    mo = next(p for p in people.list_people(page.context.db) if p.name == "Mo Ås")
    page.select_record(mo.id)
    page.delete_action.trigger()
    assert "Mo Ås" not in names(page)
    assert mo.id not in {p.id for p in people.list_people(page.context.db)}


def test_empty_register_explains_what_to_do(qtbot, qapp, db):
    page = PeoplePage(AppContext(db))
    qtbot.addWidget(page)
    page.reload()
    assert page.stack.currentWidget() is page.empty_label
    assert "Personer från fil" in page.empty_label.text() and "Ny" in page.empty_label.text()


def test_export_to_excel_writes_what_is_shown(qtbot, page, tmp_path: Path):
    page.filter_edit.setText("nacka")
    target = tmp_path / "personer.xlsx"
    with qtbot.waitSignal(page.status_message, timeout=10000):
        page.export_to(target)
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0] == ("Namn", "Titel", "Organisation", "E-post", "Telefon", "Expertis", "Aktiv")
    assert [r[0] for r in rows[1:]] == ["Lo Ek", "Mo Ås"]


def import_file(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "kontakter.csv"
    path.write_text("\n".join(["Namn;Organisation;E-post", *lines]) + "\n", encoding="utf-8")
    return path


def test_import_previews_then_imports_after_confirmation(qtbot, page, monkeypatch, tmp_path):
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text, accept: asked.append((text, accept)) or True)
    with qtbot.waitSignal(page.status_message, timeout=10000) as blocker:
        page.import_from(import_file(tmp_path, "Ida Ny;Huddinge;ida@huddinge.se", "Ola Å;Adda;"))
    assert asked == [("Förhandsgranskning: 2 nya, 0 ändrade, 0 oförändrade. Inget har sparats.\n\nVill du importera filen?",
                      "Importera")]
    assert blocker.args == ["Importerat: 2 nya, 0 ändrade, 0 oförändrade."]
    qtbot.waitUntil(lambda: "Ida Ny" in names(page))


def test_import_with_duplicates_lists_them_and_asks_to_import_anyway(qtbot, page, monkeypatch, tmp_path):
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text, accept: asked.append((text, accept)) or False)
    path = import_file(tmp_path, "kim berg;Solna;kim.b@gmail.com", "Ida Ny;Huddinge;")
    with qtbot.waitCallback(timeout=10000) as done:
        monkeypatch.setattr(page, "_imported", lambda result: pytest.fail("imported without consent"))
        original = page._confirm_import
        monkeypatch.setattr(page, "_confirm_import", lambda p, preview: (original(p, preview), done()))
        page.import_from(path)
    text, accept = asked[0]
    assert accept == "Importera ändå"
    assert "1 möjliga dubbletter" in text and "rad 2, kolumn namn: Samma namn och organisation som Kim Berg" in text
    assert "Ida Ny" not in {p.name for p in people.list_people(page.context.db)}

    monkeypatch.undo()
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    with qtbot.waitSignal(page.status_message, timeout=10000) as blocker:
        page.import_from(path)
    assert "2 nya" in blocker.args[0]
    assert sum(p.name.casefold() == "kim berg" for p in people.list_people(page.context.db)) == 2


def test_import_errors_are_shown_and_nothing_is_saved(qtbot, page, monkeypatch, tmp_path):
    from stic_desktop.ui.widgets import jobs

    shown = []
    monkeypatch.setattr(jobs.messages, "show_error", lambda parent, error: shown.append(error))
    page.import_from(import_file(tmp_path, "Ida Ny;Huddinge;ida@huddinge"))
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert [str(e) for e in shown[0].row_errors] == ["rad 2, kolumn e-post: ”ida@huddinge” är ingen giltig e-postadress."]
    assert "Ida Ny" not in {p.name for p in people.list_people(page.context.db)}
