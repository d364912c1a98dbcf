"""Every interactive control on every page, record window and dialog has an accessible name (its text, an
accessible name or a buddy label) that a screen reader reads through QAccessible, and can be reached with Tab."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTabBar,
    QTextEdit,
    QWidget,
)

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

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(QAccessible.Text.Name) if interface is not None else "").strip()


def problems_in(root: QWidget, where: str) -> list[str]:
    """Unnamed or Tab-unreachable interactive controls that are shown under ``root``."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root) or isinstance(widget, (QHeaderView, QTabBar)):
            continue
        if isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)) or type(widget).__name__ in (
                "QComboBoxListView", "QCalendarView") or widget.parent().metaObject().className() in (
                "QComboBoxPrivateContainer", "QCalendarWidget", "QDateTimeEdit", "QDateEdit", "QSpinBox"):
            continue  # parts of a combo box, spin box or date picker: the owner is checked
        if widget.objectName() == "qt_tableview_cornerbutton":
            continue  # Qt's select-all corner: Ctrl+A does the same from the keyboard
        what = f"{where}: {type(widget).__name__} {widget.objectName() or getattr(widget, 'text', lambda: '')()!r}"
        if not accessible_name(widget):
            found.append(f"{what} has no accessible name")
        if isinstance(widget, QRadioButton) and widget.autoExclusive() and any(
                r.focusPolicy() & Qt.FocusPolicy.TabFocus for r in widget.parentWidget().findChildren(QRadioButton)):
            continue  # Tab reaches the chosen radio button of a group; the arrow keys the others (Qt's model)
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(f"{what} cannot be reached with Tab ({widget.focusPolicy()})")
    return found


@pytest.fixture
def window(qtbot, context):
    db = context.db
    steering = next(g.id for g in groups.list_groups(db) if g.kind == "steering")
    day = clock.today() + timedelta(days=7)
    meetings.create_meeting(db, MeetingInput(steering, "Styrgruppens möte", datetime.combine(day, time(9), tzinfo=STOCKHOLM),
                                             datetime.combine(day, time(11), tzinfo=STOCKHOLM)))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    return window


def record_windows(context, window) -> list[QDialog]:
    db = context.db
    procurement = procurements.create_procurement(db, ProcurementInput(title="Trygghetslarm", case_number="V-2026-1"))
    agreement = agreements.save_agreement(db, AgreementInput(
        agreement_number="ZZ-V", title="Städ", start_date=date(clock.today().year - 1, 1, 1),
        initial_end_date=date(clock.today().year, 12, 31), extension_count=2, extension_months=12))
    supplier = suppliers.save_supplier(db, SupplierInput(name="Städ AB", org_number="556036-0793"))
    parties.set_agreement_suppliers(db, agreement.id, [(supplier.id, 1, False)])
    return [MeetingView(context, window.page("meetings").model.record(0).id), ProcurementView(context, procurement.id),
            AgreementView(context, agreement.id)]


def test_every_control_on_every_page_and_record_window_is_named_and_reachable(qtbot, window, context):
    problems: list[str] = []
    for row in range(window.pages.count()):
        window.navigation.setCurrentRow(row)
        QApplication.processEvents()
        page = window.pages.widget(row)
        problems += problems_in(page, page.title)
    for record_window in record_windows(context, window):
        qtbot.addWidget(record_window)
        record_window.show()
        for tab in range(record_window.tabs.count()):
            record_window.tabs.setCurrentIndex(tab)
            QApplication.processEvents()
            problems += problems_in(record_window, f"{record_window.windowTitle()} / {record_window.tabs.tabText(tab)}")
    assert problems == [], "\n".join(sorted(set(problems)))


def test_every_control_in_the_dialogs_is_named_and_reachable(qtbot, window, context, monkeypatch):
    """Each "Ny…" dialog of the list pages, the meeting window's item dialogs and the main window's own dialogs,
    checked as they open (and closed unanswered)."""
    from PySide6.QtWidgets import QMessageBox

    problems: list[str] = []
    seen: list[str] = []

    def checked_exec(dialog: QDialog) -> int:
        dialog.show()
        QApplication.processEvents()
        seen.append(type(dialog).__name__)
        problems.extend(problems_in(dialog, f"{type(dialog).__name__} {dialog.windowTitle()}"))
        dialog.hide()
        return 0

    monkeypatch.setattr(QDialog, "exec", checked_exec)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    for page_id in ("municipalities", "people", "groups", "meetings", "proposals", "workshops", "procurements",
                    "agreements", "suppliers"):
        window.page(page_id).new_action.trigger()
    window.edit_settings()
    window.choose_user()
    view = MeetingView(context, window.page("meetings").model.record(0).id)
    qtbot.addWidget(view)
    view.agenda.add_button.click()
    view.minutes.add_action_button.click()
    view.action_buttons["edit"].click()
    assert len(seen) >= 13, seen
    assert problems == [], "\n".join(sorted(set(problems)))
