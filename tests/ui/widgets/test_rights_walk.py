"""ui/widgets/rights.py across the whole window (issue 14: "a role that may not do something does not see the
button"): with a reader's context every page, every record window and form (with all their tabs, lazily built
ones too), the row menus of a selected row and the dialogs behind Inställningar are walked, and nothing that
changes data shows; a handläggare sees no button of the rule tables; the regional head sees them all (so the
walk is known to find what it looks for)."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHeaderView,
    QRadioButton,
    QTabWidget,
    QWidget,
)

from stic_desktop.ui import pages
from stic_desktop.ui.main_window import MainWindow
from stic_desktop.ui.widgets.list_page import ListPage
from stic_desktop.ui.widgets.row_menu import row_menu

# What a button or menu entry that changes data begins with. Saving a file (Spara som PDF/Excel/.ics…, Spara
# kopia…), Öppna, Kopiera, Förhandsgranska and the exports change nothing and stay; "Save" is Qt's untranslated
# Spara of a QDialogButtonBox.
WRITE_TEXT = re.compile(
    r"^(Ny|Nytt|Nya|Lägg till|Lägg på|Ta bort|Ändra|Redigera|Spara(?! som( PDF| Excel| \.ics)?…| kopia)|Save|Importera|Registrera|"
    r"Skicka|Flytta|Koppla|Byt|Nästa steg|Återställ|Anonymisera|Arkivera|Markera|Avmarkera|Avsluta medlemskap|"
    r"Avbryt upphandling|Tillbaka|Starta|Skapa|Fyll i|Bemanna|Ställ in|Förbered|Utgå från|Ignorera|Visa igen|"
    r"Rang|Bevittnare|Säg upp|Förläng|Bifoga|Tilldela|Upprätta|Ange datum|Ersättare|Kommer|Närvarande|"
    r"Frånvarande|Justera|Öppna protokollet igen|Årsplan|Länets kommuner|Från fil|Personer från fil|"
    r"Avtalslista)(?=\W|$)")
# Menu entries about this computer's own files, not the shared data: a new or another database file.
LOCAL = {"Ny databas…", "Byt användare…"}
# What only the regional head may change (storage.roles.RULE_TABLES: thresholds, time limits, organisation
# settings), and where it shows.
RULE_TEXTS = {"Fyll i tröskelvärden…", "Ny period", "Ignorera", "Save"}
RULE_PLACES = ("procurement rules", "Inställningar › organisation_button", "Inställningar › deciding_button",
               "Inställningar › retention_button", "Inställningar › rules_button")


def write_buttons(walk) -> dict[str, set[str]]:
    return {text: where for text, where in walk.seen.items() if WRITE_TEXT.match(text) and text not in LOCAL}


def _text(item: QAbstractButton | QAction) -> str:
    return item.text().replace("&", "").strip()


class Walk:
    """Everything a user can see to press, by where it was seen."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.seen: dict[str, set[str]] = {}
        self.errors: list[str] = []
        self.skip: list[QWidget] = []  # this computer's own settings, not the shared data
        self.depth = 0  # how many dialogs are open: a record window's rows (tenders, members…) are opened too

    def note(self, where: str, text: str) -> None:
        if text:
            self.seen.setdefault(text, set()).add(where)

    def visible(self, root: QWidget, where: str) -> None:
        """Buttons shown now under ``root`` and the actions (toolbars, menus, shortcuts) it holds visibly."""
        QApplication.processEvents()
        for button in root.findChildren(QAbstractButton):
            if button.isVisible() and button not in self.skip and not isinstance(button, (QCheckBox, QRadioButton)):  # fields, not actions
                self.note(where, _text(button))
                menu = getattr(button, "menu", lambda: None)()
                if menu is not None:
                    for action in menu.actions():
                        if action.isVisible() and not action.isSeparator():
                            self.note(f"{where} ({_text(button)})", _text(action))
        for action in root.findChildren(QAction):
            if action.isVisible() and action.isEnabled() and action.text() and action.associatedObjects():
                self.note(where, _text(action))
        self.row_menus(root, where)

    def row_menus(self, root: QWidget, where: str) -> None:
        """Each list's row menu as it is built with its first row selected."""
        for view in root.findChildren(QAbstractItemView):
            if isinstance(view, QHeaderView) or not view.isVisible() or view.model() is None:
                continue
            menu = row_menu(view)
            if menu is None or view.model().rowCount() == 0:
                continue
            view.setCurrentIndex(view.model().index(0, 0))
            built = menu.build()
            for action in built.actions():
                if action.isVisible() and not action.isSeparator():
                    self.note(f"{where} (row menu)", _text(action))
                    if action.menu() is not None:
                        for sub in action.menu().actions():
                            self.note(f"{where} (row menu)", _text(sub))
            built.deleteLater()
            if self.depth == 1 and menu.open_slot is not None:  # what a row of a record window opens
                self.modal(menu.open_current, lambda dialog, where=where: self.tabs(dialog, f"{where} › Öppna"),
                           where)

    def tabs(self, root: QWidget, where: str) -> None:
        """Every tab under ``root`` shown in turn (a lazy tab is built when shown), nested tabs too."""
        self.visible(root, where)
        done: set[int] = set()
        while True:
            widgets = [t for t in root.findChildren(QTabWidget) if id(t) not in done and t.isVisible()]
            if not widgets:
                return
            tabs = widgets[0]
            done.add(id(tabs))
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
                self.visible(tabs.widget(index), f"{where} › {tabs.tabText(index)}")

    def modal(self, trigger: Callable[[], object], inspect: Callable[[QWidget], None], where: str) -> bool:
        """Runs ``trigger`` (which opens a modal dialog), inspects the dialog while it is open, then closes it.
        False when no dialog opened."""
        state = {"opened": False, "tries": 0}
        before = QApplication.activeModalWidget()  # the window it is opened from, if any

        def check() -> None:
            if state.get("done"):  # the trigger opened nothing and returned: not a later dialog's business
                return
            dialog = QApplication.activeModalWidget()
            if dialog is None or dialog is before:
                state["tries"] += 1
                if state["tries"] < 50:
                    QTimer.singleShot(20, check)
                return
            state["opened"] = True
            self.depth += 1
            try:
                inspect(dialog)
            except Exception as error:  # noqa: BLE001 - asserted after the dialog is closed
                self.errors.append(f"{where}: {error!r}")
            finally:
                self.depth -= 1
                dialog.reject()

        QTimer.singleShot(0, check)
        trigger()
        state["done"] = True
        return state["opened"]


def _richest(page_id: str, records: list, db):
    """The record whose window has the most to show: a procurement with tenders, an agreement with sales, a
    meeting with agenda items (the first row otherwise), so the walk does not depend on today's order."""
    from stic_desktop.services.commission import sales
    from stic_desktop.services.meetings import agenda
    from stic_desktop.services.procurement import tenders

    count = {"procurements": lambda r: len(tenders.tenders(db, r.id)),
             "agreements": lambda r: len(sales.list_sales(db, agreement_id=r.id)),
             "meetings": lambda r: len(agenda.agenda(db, r.id).items)}.get(page_id)
    return records[0] if count is None else max(records[:40], key=count)


def walk_window(window: MainWindow, context, qtbot) -> Walk:
    """Every page, the first record of each list opened (record windows with every tab, and what their first rows
    open: a tender, a sales line, an agenda item…), the dialogs behind the other pages' buttons, and the dialogs
    of Inställningar."""
    walk = Walk(qtbot)
    for action in window.menuBar().actions():
        for entry in action.menu().actions():
            if entry.isVisible() and not entry.isSeparator():
                walk.note("Meny", _text(entry))
    for row, spec in enumerate(pages.PAGES):
        window.navigation.setCurrentRow(row)
        page = window.page(spec.page_id)
        QApplication.processEvents()
        if hasattr(page, "loading"):
            qtbot.waitUntil(lambda page=page: not page.loading, timeout=10_000)
        walk.visible(page, spec.page_id)
        if isinstance(page, ListPage) and page.model.rowCount():
            page.table.clearSelection()
            page.table.selectRow(0)
            walk.visible(page, spec.page_id)
            record = _richest(spec.page_id, [page.model.record(r) for r in range(page.model.rowCount())], context.db)
            walk.modal(lambda page=page, record=record: page.open_record(record.id),
                       lambda dialog, spec=spec: walk.tabs(dialog, f"{spec.page_id} record"), spec.page_id)
    commission = window.page("commission")
    for button in (commission.rates_button, commission.basis_button):
        if button.isVisible():
            walk.modal(button.click, lambda dialog: walk.tabs(dialog, "commission dialog"), "commission")
    procurements_page = window.page("procurements")
    for action in (procurements_page.rules_action, procurements_page.deadlines_action):
        if action.isVisible():
            walk.modal(action.trigger, lambda dialog: walk.tabs(dialog, "procurement rules"), "procurements")
    staffing = window.page("staffing")
    if staffing.staff_button.isVisible() and staffing.staff_button.isEnabled():
        walk.modal(staffing.staff_button.click, lambda dialog: walk.tabs(dialog, "staffing dialog"), "staffing")

    def settings(dialog: QWidget) -> None:
        walk.skip += [dialog.backup_button, dialog.folder_button]  # "Bara för dig (sparas på den här datorn)"
        walk.tabs(dialog, "Inställningar")
        for name in ("organisation_button", "deciding_button", "clauses_button", "rules_button",
                     "retention_button"):
            button = getattr(dialog, name)
            if button.isVisible():
                walk.modal(button.click, lambda inner, name=name: walk.tabs(inner, f"Inställningar › {name}"), name)

    walk.modal(window.edit_settings, settings, "settings")
    assert not walk.errors, walk.errors
    return walk


@pytest.fixture
def window(qtbot, db, qapp, monkeypatch):
    """The whole small demo (meetings, procurements with tenders, agreements with sales)."""
    from stic_desktop.demo import seed as demo
    from stic_desktop.services.people import staff
    from stic_desktop.ui.context import AppContext

    demo.seed_demo(db, "small")
    staff.set_current_user(db, staff.list_staff(db)[0].id)
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: True))  # files open in nothing
    window = MainWindow(AppContext(db))
    qtbot.addWidget(window)
    window.show()
    return window


def _set_rights(window: MainWindow, *, write: bool, rules: bool) -> None:
    """As the window does when it has asked the team database who is logged in."""
    window.context.can_write, window.context.can_edit_rules = write, rules
    window.context.database_changed.emit()


def test_a_reader_sees_nothing_that_changes_data(qtbot, window):
    _set_rights(window, write=False, rules=False)
    walk = walk_window(window, window.context, qtbot)
    assert write_buttons(walk) == {}
    # what a reader does: open, print, export, copy
    for text in ("Öppna", "Förhandsgranska", "Spara som PDF…", "Kopiera", "Exportera till Excel…",
                 "Utdrag ur protokollet…", "Öppna fullmakt", "Provisionssatser…", "Regler…"):
        assert text in walk.seen, text
    assert {"meetings record", "procurements record", "agreements record", "people record", "groups record",
            "municipalities record"} <= {where.split(" ›")[0].split(" (")[0] for places in walk.seen.values()
                                          for where in places}
    opened = {where for places in walk.seen.values() for where in places}
    assert {"procurements record › Anbud › Öppna", "meetings record › Dagordning › Öppna",
            "agreements record › Försäljning && provision › Öppna"} <= opened  # a tender, an item, a sales line


def test_an_officer_sees_no_button_of_the_rule_tables(qtbot, window):
    _set_rights(window, write=True, rules=False)
    walk = walk_window(window, window.context, qtbot)
    seen = write_buttons(walk)
    assert not RULE_TEXTS & set(seen), RULE_TEXTS & set(seen)
    assert not {text: where for text, where in seen.items()
                if any(place.startswith(RULE_PLACES) for place in where)}
    assert {"Registrera anbud…", "Lägg till gäst…", "Spara som ny version"} <= set(seen)


def test_the_regional_head_sees_every_button(qtbot, window):
    """The positive control: the same walk finds the buttons a reader must not see."""
    walk = walk_window(window, window.context, qtbot)
    seen = write_buttons(walk)
    # buttons every record of its kind has, whatever its state or today's date (the state decides which of a
    # meeting's actions show, the date whether the thresholds banner does)
    for text in ("Ny punkt…", "Ta bort", "Lägg till gäst…", "Markera", "Nästa steg", "Registrera anbud…",
                 "Tilldela markerade", "Bevittnare vid anbudsöppningen…", "Registrera fullmakt…", "Nytt dokument…",
                 "Registrera förbindelse…", "Skicka tilldelningsbeslut…", "Lägg till leverantör…", "Spara kommuner",
                 "Registrera förlängning…", "Säg upp…", "Lägg till fil…", "Importera rapport…", "Arkivera som skickat",
                 "Ny rad…", "Utgå från föregående år", "Ändra status", "Lägg till medlem…", "Bemanna avtalsgrupp…",
                 "Nytt möte…", "Årsplan…", "Importera", "Återställ från säkerhetskopia…", "Starta ny upphandling",
                 "Ny period", "Save", "Spara som ny version"):
        assert any(seen_text.startswith(text) for seen_text in seen), text
    assert len(seen) >= 70, len(seen)



def test_an_open_record_window_follows_a_change_of_login(qtbot, window):
    """The guard re-applies the rights when the database (and so the login) changes, a lazily built tab included;
    a button whose visibility also follows the record's state stays hidden from a reader when the state shows it."""
    from stic_desktop.services.procurement import procurements, tenders
    from stic_desktop.ui.procurement.view import ProcurementView

    context = window.context
    _set_rights(window, write=False, rules=False)
    procurement = max(procurements.list_procurements(context.db), key=lambda p: len(tenders.tenders(context.db, p.id)))
    view = ProcurementView(context, procurement.id)
    qtbot.addWidget(view)
    view.show()
    view.tabs.setCurrentWidget(view.panels["tenders"])  # a row menu offers the buttons its tab shows
    register = view.panels["tenders"].buttons["add"]
    assert register.isHidden() and view.edit_button.isHidden()
    assert "Registrera anbud…" not in [a.text() for a in row_menu(view.panels["tenders"].table).build().actions()]
    _set_rights(window, write=True, rules=True)
    assert not register.isHidden() and not view.edit_button.isHidden()
    assert "Registrera anbud…" in [a.text() for a in row_menu(view.panels["tenders"].table).build().actions()]
    _set_rights(window, write=False, rules=False)
    assert register.isHidden()

    from stic_desktop.ui.meetings.view import MeetingView

    _set_rights(window, write=True, rules=True)
    from stic_desktop.services.meetings import meetings

    planned = next(m for m in meetings.list_meetings(context.db) if m.status in ("draft", "invited"))
    meeting = MeetingView(context, planned.id)
    qtbot.addWidget(meeting)
    meeting.show()
    offered = {k for k, b in meeting.action_buttons.items() if b.isVisible()}  # what the meeting's state offers
    assert "edit" in offered and len(offered) < len(meeting.action_buttons)
    _set_rights(window, write=False, rules=False)
    assert {k for k, b in meeting.action_buttons.items() if b.isVisible()} == {"history"}
    meeting.refresh()  # the state shows its actions again: not to a reader
    assert {k for k, b in meeting.action_buttons.items() if b.isVisible()} == {"history"}
    _set_rights(window, write=True, rules=True)  # back: what the state offers, not every action
    assert {k for k, b in meeting.action_buttons.items() if b.isVisible()} == offered
