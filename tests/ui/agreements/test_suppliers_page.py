"""stic_desktop/ui/agreements/suppliers_page.py and supplier_dialog.py: the supplier register in the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from stic_desktop.services.agreements import suppliers
from stic_desktop.services.agreements.suppliers import SupplierInput
from stic_desktop.ui.agreements.supplier_dialog import SupplierDialog
from stic_desktop.ui.agreements.suppliers_page import SuppliersPage
from stic_desktop.ui.widgets import list_page, messages


@pytest.fixture
def page(qtbot, context):
    suppliers.save_supplier(context.db, SupplierInput(name="Zeta Łukasz Żółć AB", org_number="556036-0793",
                                                      sales_contact_name="Иван", sales_contact_email="r@zeta.se"))
    page = SuppliersPage(context)
    qtbot.addWidget(page)
    page.reload()
    page.filter_edit.setText("zeta")
    return page


def test_columns(page, qtmodeltester) -> None:
    qtmodeltester.check(page.model)
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert headers == ["Namn", "Organisationsnummer", "Kontaktperson", "E-post", "Telefon", "Avtal"]
    assert [page.model.index(0, c).data() for c in (0, 1, 2, 5)] == ["Zeta Łukasz Żółć AB", "556036-0793", "Иван", "0"]
    assert page.page_id == "suppliers" and page.new_action.text() == "Ny leverantör"


def test_new_supplier_with_a_bad_org_number_shows_the_message_by_the_field(page, qtbot) -> None:
    dialog = SupplierDialog(page.context, None, page)
    qtbot.addWidget(dialog)
    count = len(suppliers.list_suppliers(page.context.db))
    dialog.inputs["name"].setText("Zeta Två AB")
    dialog.inputs["org_number"].setText("556036-0794")
    dialog.save()
    assert "kontrollsiffra" in dialog.errors.message("org_number") and dialog.saved is None
    assert len(suppliers.list_suppliers(page.context.db)) == count
    dialog.inputs["org_number"].setText("5560360801")
    dialog.save()
    assert dialog.saved is not None and dialog.saved.org_number == "556036-0801"
    page.reload()
    assert page.model.rowCount() == 2


def test_edit_through_the_page(page, monkeypatch) -> None:
    def change(dialog):
        dialog.inputs["notes"].setPlainText("R&D <b>")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(SupplierDialog, "exec", change)
    page.table.selectRow(0)
    page.edit_action.trigger()
    (record,) = [s for s in suppliers.list_suppliers(page.context.db) if s.name.startswith("Zeta")]
    assert record.notes == "R&D <b>"


def test_delete(page, monkeypatch) -> None:
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    monkeypatch.setattr(list_page.messages, "show_error", lambda parent, error: pytest.fail(error.message))
    page.table.selectRow(0)
    page.delete_action.trigger()
    assert page.model.rowCount() == 0
