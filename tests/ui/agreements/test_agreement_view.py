"""stic_desktop/ui/agreements/view.py with its panels: header, tabs, parties, extensions, files, history."""

from __future__ import annotations

from datetime import date

import pytest

from stic_desktop.core import clock
from stic_desktop.services.agreements import agreements, parties, suppliers
from stic_desktop.services.agreements.agreements import AgreementInput
from stic_desktop.services.agreements.suppliers import SupplierInput
from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.proposals import proposals
from stic_desktop.ui.agreements import panels as agreement_panels
from stic_desktop.ui.agreements import parties_panel as agreement_parties_panel
from stic_desktop.ui.agreements.panels import ExtensionDialog, TerminateDialog
from stic_desktop.ui.agreements.parties_panel import SupplierPartyDialog
from stic_desktop.ui.agreements.view import AgreementView
from stic_desktop.ui.widgets import messages

TODAY = clock.today()


@pytest.fixture
def view(qtbot, context, monkeypatch):
    db = context.db
    record = agreements.save_agreement(db, AgreementInput(
        agreement_number="ZZ-V", title="Zeta R&D <b>", start_date=date(TODAY.year - 1, 1, 1),
        initial_end_date=date(TODAY.year, 12, 31), extension_count=2, extension_months=12))
    first = suppliers.save_supplier(db, SupplierInput(name="Łukasz Żółć AB", org_number="556036-0793"))
    parties.set_agreement_suppliers(db, record.id, [(first.id, 1, False)])
    monkeypatch.setattr(messages, "show_error", lambda parent, error: pytest.fail(error.message))
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    view = AgreementView(context, record.id)
    qtbot.addWidget(view)
    return view


def test_header_and_tabs(view) -> None:
    tabs = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert tabs == ["Uppgifter", "Leverantörer", "Kommuner", "Förlängningar", "Dokument",
                    "Försäljning && provision", "Historik"]
    assert view.title_label.text() == "ZZ-V  Zeta R&D <b>" and view.windowTitle() == "ZZ-V – Zeta R&D <b>"
    assert "Łukasz Żółć AB" in view.details_label.text() and view.status_label.text().startswith("Aktivt")
    assert view.panels["details"].values["latest"].text().startswith(f"{TODAY.year + 2}-12-31")


def test_add_a_supplier_under_renewed_competition(view, monkeypatch) -> None:
    db = view.context.db
    other = suppliers.save_supplier(db, SupplierInput(name="Иван AB", org_number="556036-0801"))

    def choose(dialog):
        dialog.supplier_combo.setCurrentIndex(dialog.supplier_combo.findData(other.id))
        dialog.renewed_check.setChecked(True)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(SupplierPartyDialog, "exec", choose)
    panel = view.panels["suppliers"]
    panel.buttons["add"].click()
    assert [(r.name, r.renewed_competition) for r in panel.model.visible_records()] == [
        ("Łukasz Żółć AB", False), ("Иван AB", True)]
    assert "Иван AB" in view.details_label.text()  # the header followed


def test_choose_municipalities(view) -> None:
    panel = view.panels["municipalities"]
    assert not panel.save_button.isEnabled()
    panel.filter_edit.setText("solna")
    panel._check_all(True)
    panel.save()
    names = [n for _i, n, _c in parties.agreement_participants(view.context.db, view.agreement_id)]
    assert names == ["Solna"] and "1 kommuner" in view.details_label.text()
    assert len(municipalities.list_municipalities(view.context.db)) == panel.list.count()


def test_record_an_extension_and_terminate(view, monkeypatch) -> None:
    def extend(dialog):
        dialog.by_edit.setText("Styrgruppen § 4")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(ExtensionDialog, "exec", extend)
    panel = view.panels["extensions"]
    view.tabs.setCurrentWidget(panel)
    panel.buttons["add"].click()
    assert panel.model.rowCount() == 1 and "1 av 2" in panel.summary.text()
    assert view.status_label.text().startswith("Förlängt")

    def terminate(dialog):
        dialog.reason_edit.setPlainText("Leverantören gick i konkurs")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(TerminateDialog, "exec", terminate)
    details = view.panels["details"]
    view.tabs.setCurrentWidget(details)
    details.buttons["terminate"].click()
    assert "konkurs" in details.values["terminated"].text()
    assert not details.buttons["terminate"].isEnabled()


def test_files_and_history(view, monkeypatch, tmp_path) -> None:
    source = tmp_path / "Undertecknat avtal.pdf"
    source.write_bytes(b"%PDF-1.4 avtal")
    monkeypatch.setattr(agreement_panels.tender_dialog, "choose_file", lambda *args: source)
    files = view.panels["documents"].files
    files.buttons["add"].click()
    assert [d.filename for d in files.model.visible_records()] == ["Undertecknat avtal.pdf"]
    history = view.panels["history"]
    view.tabs.setCurrentWidget(history)
    changes = [history.tree.topLevelItem(i).child(j).text(2) for i in range(history.tree.topLevelItemCount())
               for j in range(history.tree.topLevelItem(i).childCount())]
    assert "Dokument: Undertecknat avtal" in changes and "Leverantörer" in changes


def test_start_renewal_from_the_window(view) -> None:
    view.start_renewal()
    assert any(p.title == "Förnyelse: Zeta R&D <b>" for p in proposals.list_proposals(view.context.db))
    assert "Förslaget" in view.message_label.text()


def test_the_documents_tab_holds_the_generated_documents_panel(view) -> None:
    from stic_desktop.ui.agreements.documents_panel import AgreementDocumentsPanel

    assert type(view.panels["documents"].generated) is AgreementDocumentsPanel
    assert agreement_parties_panel.record_table  # shared by the panels
