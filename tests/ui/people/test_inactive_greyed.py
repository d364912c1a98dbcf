"""Inactive people are drawn grey in the people list (ListPage.muted → RecordTableModel's foreground role),
with "Nej" in the Aktiv column so the colour is not the only sign."""

from __future__ import annotations

from PySide6.QtCore import Qt

from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.people import people, staff
from stic_desktop.services.people.people import PersonInput
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.people.people_page import PeoplePage
from stic_desktop.ui.widgets.table_model import MUTED_COLOUR


def test_inactive_people_are_grey_and_say_so(qtbot, db, qapp):
    municipalities.import_county_municipalities(db)
    staff.set_current_user(db, staff.add_staff_member(db, "Anna Lindqvist", "Regionchef", "anna@stic.se").id)
    solna = next(m.id for m in municipalities.list_municipalities(db) if m.name == "Solna")
    people.save_person(db, PersonInput(name="Kim Berg", municipality_id=solna, email="kim@solna.se", active=True))
    people.save_person(db, PersonInput(name="Per Lund", municipality_id=solna, email="per@solna.se", active=False))
    page = PeoplePage(AppContext(db))
    qtbot.addWidget(page)
    page.inactive_box.setChecked(True)
    page.reload()
    rows = {r.name: row for row, r in enumerate(page.model.visible_records())}
    for column in range(page.model.columnCount()):
        assert page.model.index(rows["Per Lund"], column).data(Qt.ItemDataRole.ForegroundRole) == MUTED_COLOUR
        assert page.model.index(rows["Kim Berg"], column).data(Qt.ItemDataRole.ForegroundRole) is None
    assert page.model.index(rows["Per Lund"], 6).data() == "Nej"
