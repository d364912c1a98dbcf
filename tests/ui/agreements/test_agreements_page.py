"""stic_desktop/ui/agreements/page.py and agreement_dialog.py: the list of agreements, its status filter, the
editor with the four-year check, creation from a signed procurement and the import."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from PySide6.QtCore import Qt

from stic_desktop.core import clock
from stic_desktop.services.agreements import agreements, suppliers
from stic_desktop.services.agreements.agreements import AgreementInput
from stic_desktop.services.agreements.suppliers import SupplierInput
from stic_desktop.services.procurement import procurements
from stic_desktop.services.procurement.procurements import ProcurementInput
from stic_desktop.ui.agreements import create as agreement_create
from stic_desktop.ui.agreements import page as agreements_page
from stic_desktop.ui.agreements.dialog import AgreementDialog
from stic_desktop.ui.agreements.page import AgreementsPage
from stic_desktop.ui.widgets import list_page, messages

TODAY = clock.today()


def mine(db) -> dict[str, int]:
    running = agreements.save_agreement(db, AgreementInput(
        agreement_number="ZZ-1", title="Zeta kontorsmaterial", start_date=date(TODAY.year - 1, 1, 1),
        initial_end_date=date(TODAY.year + 1, 12, 31), extension_count=1, extension_months=12))
    old = agreements.save_agreement(db, AgreementInput(
        agreement_number="ZZ-2", title="Zeta skolmat", start_date=date(2019, 1, 1), initial_end_date=date(2020, 12, 31)))
    return {"running": running.id, "old": old.id}


@pytest.fixture
def page(qtbot, context):
    page = AgreementsPage(context)
    page.ids = mine(context.db)
    qtbot.addWidget(page)
    page.status_combo.setCurrentIndex(0)
    page.reload()
    page.filter_edit.setText("zeta")
    return page


def rows(page) -> dict[str, list[str]]:
    model = page.model
    return {model.index(r, 0).data(): [model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())}


def test_columns_and_status_filter(page, qtbot, context, qtmodeltester) -> None:
    qtmodeltester.check(page.model)
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert headers == ["Avtalsnummer", "Rubrik", "Status", "Start", "Slut", "Senast möjliga", "Förlängningar",
                       "Leverantörer", "Kommuner"]
    shown = rows(page)
    assert shown["ZZ-1"][2] == "Aktivt" and shown["ZZ-1"][6] == "0 av 1" and shown["ZZ-2"][2] == "Utgånget"
    assert shown["ZZ-2"][6] == "–"
    page.status_combo.setCurrentIndex(page.status_combo.findData(agreements_page.RUNNING))
    assert set(rows(page)) == {"ZZ-1"}
    page.status_combo.setCurrentIndex(page.status_combo.findData("expired"))
    assert set(rows(page)) == {"ZZ-2"}
    again = AgreementsPage(context)  # the filter is remembered
    qtbot.addWidget(again)
    assert again.status_combo.currentData() == "expired"


def test_dialog_shows_the_term_and_refuses_over_four_years_without_reason(page, qtbot) -> None:
    dialog = AgreementDialog(page.context, None, page)
    qtbot.addWidget(dialog)
    assert "48 månader" in dialog.term_label.text()
    dialog.number_edit.setText("ZZ-3")
    dialog.title_edit.setText("Zeta laddstolpar")
    dialog.months_spin.setValue(18)
    assert "60 månader" in dialog.term_label.text() and "LOU 7 kap. 2 §" in dialog.term_label.text()
    count = len(agreements.list_agreements(page.context.db))
    dialog.save()
    assert dialog.saved is None and "LOU 7 kap. 2 §" in dialog.errors.message("long_term_reason")
    assert len(agreements.list_agreements(page.context.db)) == count
    dialog.reason_edit.setPlainText("Investeringar i laddinfrastruktur")
    dialog.save()
    assert dialog.saved is not None and dialog.saved.term_months == 60


def test_duplicate_number_in_the_dialog(page, qtbot) -> None:
    dialog = AgreementDialog(page.context, None, page)
    qtbot.addWidget(dialog)
    dialog.number_edit.setText("zz-1")
    dialog.title_edit.setText("Zeta dubblett")
    dialog.save()
    assert "används redan" in dialog.errors.message("agreement_number") and dialog.saved is None


def test_new_agreement_is_saved_then_opened(page, monkeypatch) -> None:
    opened = []

    def fill(dialog):
        dialog.number_edit.setText("ZZ-9")
        dialog.title_edit.setText("Zeta nytt")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(AgreementDialog, "exec", fill)
    monkeypatch.setattr(AgreementsPage, "open_agreement", lambda self, aid: opened.append(aid))
    page.new_action.trigger()
    created = next(a for a in agreements.list_agreements(page.context.db) if a.agreement_number == "ZZ-9")
    assert opened == [created.id] and page.selected_records()[0].id == created.id


def test_enter_opens_and_delete(page, monkeypatch) -> None:
    opened = []
    monkeypatch.setattr(AgreementsPage, "open_agreement", lambda self, aid: opened.append(aid))
    page.select_record(page.ids["old"])
    page.edit_action.trigger()
    assert opened == [page.ids["old"]]
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    monkeypatch.setattr(list_page.messages, "show_error", lambda parent, error: pytest.fail(error.message))
    page.delete_action.trigger()
    assert set(rows(page)) == {"ZZ-1"}


def test_create_from_a_signed_procurement_links_tenders(page, qtbot, monkeypatch) -> None:
    from stic_desktop.models import Procurement, Tender

    db = page.context.db
    procurement = procurements.create_procurement(db, ProcurementInput(title="Zeta städ", case_number="ZZ-P-1"))
    with db.write() as session:
        session.get(Procurement, procurement.id).stage = "signed"
        session.add(Tender(procurement_id=procurement.id, supplier_name="Zeta Städ AB", qualified=True, ranking=1,
                           awarded=True, received_at=datetime(2025, 1, 1, tzinfo=timezone.utc)))
    supplier = suppliers.save_supplier(db, SupplierInput(name="Zeta Städ AB", org_number="556036-0793"))
    monkeypatch.setattr(agreement_create, "choose_procurement", lambda context, parent: procurement.id)
    opened = []
    monkeypatch.setattr(AgreementsPage, "open_agreement", lambda self, aid: opened.append(aid))

    def check_and_save(dialog):
        (combo,) = dialog.links.combos.values()
        assert combo.currentData() == supplier.id  # matched by name
        assert not dialog.procurement_combo.isEnabled()
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(AgreementDialog, "exec", check_and_save)
    page.create_action.trigger()
    created = next(a for a in agreements.list_agreements(db) if a.agreement_number == "ZZ-P-1")
    assert created.supplier_names == ("Zeta Städ AB",) and opened == [created.id]


def test_no_signed_procurement_says_so(page, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(agreement_create.messages, "show_error", lambda parent, error: shown.append(error.message))
    monkeypatch.setattr(agreement_create.procurements, "list_procurements", lambda db: [])
    assert agreement_create.choose_procurement(page.context, page) is None
    assert "Avtal tecknat" in shown[0]
