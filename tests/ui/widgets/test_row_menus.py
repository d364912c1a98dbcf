"""stic_desktop/ui/widgets/row_menu.py: every list and table has the one context menu (open, its own row
actions, copy, export) and Enter opens the row, on every page and in every record window."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QWidget

from stic_desktop.core import clock
from stic_desktop.services.agreements import agreements, parties, suppliers
from stic_desktop.services.agreements.agreements import AgreementInput
from stic_desktop.services.agreements.suppliers import SupplierInput
from stic_desktop.services.meetings import meetings
from stic_desktop.services.meetings.meetings import MeetingInput
from stic_desktop.services.meetings.records import STOCKHOLM
from stic_desktop.services.people import groups
from stic_desktop.services.procurement import procurements
from stic_desktop.services.procurement.procurements import ProcurementInput
from stic_desktop.ui.agreements.view import AgreementView
from stic_desktop.ui.main_window import MainWindow
from stic_desktop.ui.meetings.view import MeetingView
from stic_desktop.ui.procurement.view import ProcurementView
from stic_desktop.ui.widgets.row_menu import row_menu
from stic_desktop.ui.widgets.tables import make_table_view, on_open


def _model() -> QStandardItemModel:
    model = QStandardItemModel(3, 2)
    model.setHorizontalHeaderLabels(["Namn", "Ort"])
    for row, (name, place) in enumerate((("Anna", "Solna"), ("Bo", "Täby"), ("Cia", "Nacka"))):
        model.setItem(row, 0, QStandardItem(name))
        model.setItem(row, 1, QStandardItem(place))
    return model


def texts(view) -> list[str]:
    return [a.text() for a in row_menu(view).build().actions() if not a.isSeparator()]


def test_a_table_copies_its_selected_rows_and_opens_once(qtbot):
    table = make_table_view(_model(), selection="extended")
    qtbot.addWidget(table)
    opened: list[int] = []
    on_open(table, lambda index: opened.append(index.row()))
    table.show()
    table.selectRow(1)
    assert texts(table) == ["Öppna", "Kopiera", "Exportera till Excel…"]
    assert row_menu(table).copy_rows() == "Namn\tOrt\nBo\tTäby"
    assert QGuiApplication.clipboard().text() == "Namn\tOrt\nBo\tTäby"
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened == [1]
    table.doubleClicked.emit(table.model().index(2, 0))
    assert opened == [1, 2]  # a double-click opens once
    next(a for a in row_menu(table).build().actions() if a.text() == "Öppna").trigger()
    assert opened == [1, 2, 1]  # the current row


def test_a_table_exports_what_it_shows(qtbot, tmp_path):
    from openpyxl import load_workbook

    table = make_table_view(_model())
    qtbot.addWidget(table)
    row_menu(table).export_to(tmp_path / "lista", "Personer")
    qtbot.waitUntil(lambda: (tmp_path / "lista.xlsx").exists())
    sheet = load_workbook(tmp_path / "lista.xlsx").active
    assert [[c.value for c in row] for row in sheet.iter_rows()] == [["Namn", "Ort"], ["Anna", "Solna"], ["Bo", "Täby"],
                                                                     ["Cia", "Nacka"]]


def check_views(qtbot, widget, where: str, seen: dict[str, int]) -> None:
    """Every item view under ``widget``: a menu with Kopiera; one that opens does so on Enter and from the menu."""
    for view in widget.findChildren(QAbstractItemView):
        if isinstance(view, QHeaderView) or view.objectName() == "navigation":
            continue
        if isinstance(view.parent(), QWidget) and view.parent().metaObject().className() in (
                "QComboBoxPrivateContainer", "QCalendarWidget"):
            continue  # combo-box pop-ups and a date picker's grid are not lists of records
        menu = row_menu(view)
        name = f"{where}: {type(view).__name__} {view.objectName() or view.model().__class__.__name__}"
        if menu is None:
            seen.setdefault("missing", []).append(name)
            continue
        assert "Kopiera" in texts(view), name
        seen["views"] += 1
        if menu.open_slot is None or view.model() is None or view.model().rowCount() == 0:
            continue
        calls: list[int] = []
        menu.open_slot = lambda index, calls=calls: calls.append(index.row())
        view.setCurrentIndex(view.model().index(0, 0))
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_Return)
        assert calls == [0], f"{name}: Enter does not open"
        first = row_menu(view).build().actions()[0]
        assert first.isEnabled() and first.font().bold(), name
        first.trigger()
        assert calls == [0, 0], name
        seen["opening"] += 1


@pytest.fixture
def window(qtbot, context):
    steering = next(g.id for g in groups.list_groups(context.db) if g.kind == "steering")
    day = clock.today() + timedelta(days=7)
    meetings.create_meeting(context.db, MeetingInput(steering, "Styrgruppens möte",
                                                     datetime.combine(day, time(9), tzinfo=STOCKHOLM),
                                                     datetime.combine(day, time(11), tzinfo=STOCKHOLM)))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    return window


def test_every_page_and_record_window_has_the_menu_and_enter_opens(qtbot, window, context):
    seen = {"views": 0, "opening": 0}
    for row in range(window.pages.count()):
        window.navigation.setCurrentRow(row)
        page = window.pages.widget(row)
        QApplication.processEvents()
        if hasattr(page, "loading"):  # the overview reads in a worker: its tables fill when it is done
            qtbot.waitUntil(lambda page=page: not page.loading, timeout=10_000)
        check_views(qtbot, page, page.title, seen)
    list_pages = [window.page(p) for p in ("municipalities", "people", "meetings", "procurements", "agreements",
                                           "suppliers", "proposals", "workshops", "groups")]
    for page in list_pages:
        entries = texts(page.table)
        assert entries[0] == "Öppna" and "Ta bort" in entries and "Kopiera" in entries, page.title
        assert "Excel (det som visas)…" in entries and "Historik" in entries, page.title
    assert "Kopiera e-postadresser" in texts(window.page("people").table)
    assert "Ändra status" in texts(window.page("proposals").table)

    meeting_id = window.page("meetings").model.record(0).id
    procurement_id = procurements.create_procurement(context.db, ProcurementInput(title="Trygghetslarm",
                                                                                 case_number="V-2026-1")).id
    agreement = agreements.save_agreement(context.db, AgreementInput(
        agreement_number="ZZ-V", title="Städ", start_date=date(clock.today().year - 1, 1, 1),
        initial_end_date=date(clock.today().year, 12, 31), extension_count=2, extension_months=12))
    supplier = suppliers.save_supplier(context.db, SupplierInput(name="Städ AB", org_number="556036-0793"))
    parties.set_agreement_suppliers(context.db, agreement.id, [(supplier.id, 1, False)])
    agreement_id = agreement.id
    for record_window in (MeetingView(context, meeting_id), ProcurementView(context, procurement_id),
                          AgreementView(context, agreement_id)):
        qtbot.addWidget(record_window)
        record_window.show()
        for tab in range(record_window.tabs.count()):
            record_window.tabs.setCurrentIndex(tab)
            QApplication.processEvents()
            check_views(qtbot, record_window.tabs.widget(tab), record_window.tabs.tabText(tab), seen)
    assert "missing" not in seen, seen.get("missing")
    assert seen["views"] >= 40 and seen["opening"] >= 9, seen
