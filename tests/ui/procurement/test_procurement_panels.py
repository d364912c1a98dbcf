"""stic_desktop/ui/procurement/participants_panel.py, requirements_panel.py, tenders_panel.py and tender_dialog.py:
the procurement's parties, requirements documents and tenders, driven as a user would."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pdf_tools import blank_pdf
from pypdf import PdfReader
from PySide6.QtCore import QDateTime, Qt

from stic_desktop.core import clock
from stic_desktop.models import Procurement, ProcurementStage
from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.procurement import parties as procurement_parties
from stic_desktop.services.procurement import tenders
from stic_desktop.services.procurement.tenders import STOCKHOLM, TenderInput
from stic_desktop.ui.procurement import tender_dialog
from stic_desktop.ui.procurement.participants_panel import ParticipantDialog, ParticipantsPanel, PowerOfAttorneyDialog
from stic_desktop.ui.procurement.requirements_panel import RequirementDialog, RequirementsPanel
from stic_desktop.ui.procurement.tender_dialog import TenderDialog, parse_kronor
from stic_desktop.ui.procurement.tenders_panel import LATE_COLOUR, TendersPanel
from stic_desktop.ui.widgets import messages

DEADLINE = clock.today() - timedelta(days=20)


def make_procurement(db, stage: str = "needs_analysis", award_sent: date | None = None) -> int:
    with db.write() as session:
        row = Procurement(case_number="TEST-H4-1", title="Hemtjänst", area="social", contract_kind="social_services",
                          procedure="open", estimated_value_ore=0, stage=stage, created_on=date(2026, 1, 10))
        session.add(row)
        session.flush()
        session.add(ProcurementStage(procurement_id=row.id, stage="tender_deadline", planned_on=None, actual_on=DEADLINE))
        if award_sent:
            session.add(ProcurementStage(procurement_id=row.id, stage="award_decision", planned_on=None,
                                         actual_on=award_sent))
        return row.id


@pytest.fixture
def errors(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, error: shown.append(error.message))
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    return shown


@pytest.fixture
def opened(monkeypatch):
    files: list[tuple[str, bytes]] = []
    monkeypatch.setattr(tender_dialog, "show_file", lambda path: files.append((path.name, Path(path).read_bytes())))
    return files


def run_dialog(monkeypatch, cls, fill):
    """Replaces ``cls.exec``: fill the fields, press Spara; returns the dialogs so tests can look at them."""
    seen = []

    def exec_(dialog):
        seen.append(dialog)
        fill(dialog)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(cls, "exec", exec_)
    return seen


def choose(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(tender_dialog.pickers, "ask_open_file_names", lambda *args: [str(path)])


def test_participants_add_poa_and_open(context, qtbot, monkeypatch, tmp_path, errors, opened):
    db = context.db
    pid = make_procurement(db)
    panel = ParticipantsPanel(context, pid)
    qtbot.addWidget(panel)
    emitted = []
    panel.changed.connect(lambda: emitted.append(True))
    first = municipalities.list_municipalities(db)[0]

    def fill(dialog: ParticipantDialog) -> None:
        dialog.municipality_combo.setCurrentIndex(dialog.municipality_combo.findData(first.id))
        dialog.volume_edit.setText("1 200 000")

    run_dialog(monkeypatch, ParticipantDialog, fill)
    panel.add()
    assert panel.model.rowCount() == 1 and emitted
    record = panel.model.record(0)
    assert record.municipality_id == first.id and record.estimated_volume_ore == 1_200_000_00
    assert "Fullmakt saknas för " + first.name in panel.summary.text()
    assert panel.model.data(panel.model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is not None

    # a Word file renamed .pdf is refused next to the file field; nothing saved
    fake = tmp_path / "fullmakt.pdf"
    fake.write_bytes(b"PK\x03\x04 not a pdf at all")
    choose(monkeypatch, fake)
    panel.table.selectRow(0)
    dialogs = run_dialog(monkeypatch, PowerOfAttorneyDialog,
                         lambda d: (d.signed_edit.setText("Eva Ek, kommundirektör"), d.choose()))
    panel.record_poa()
    assert dialogs[0].errors.message("poa_file").startswith("Fullmakten måste vara en PDF-fil")
    assert not procurement_parties.participants(db, pid)[0].has_poa

    real = tmp_path / "riktig.pdf"
    real.write_bytes(blank_pdf(2))
    choose(monkeypatch, real)
    panel.record_poa()
    assert procurement_parties.participants(db, pid)[0].has_poa
    assert "har lämnat fullmakt" in panel.summary.text()
    assert panel.model.data(panel.model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None
    panel.table.selectRow(0)
    panel.open_poa()
    assert opened[0][0] == "riktig.pdf" and len(PdfReader(io.BytesIO(opened[0][1])).pages) == 2
    assert errors == []


def test_participant_volume_errors_and_remove(context, qtbot, monkeypatch, errors):
    db = context.db
    pid = make_procurement(db)
    first, second = municipalities.list_municipalities(db)[:2]
    procurement_parties.add_participant(db, pid, first.id, 100)
    panel = ParticipantsPanel(context, pid)
    qtbot.addWidget(panel)
    panel.table.selectRow(0)
    dialogs = run_dialog(monkeypatch, ParticipantDialog, lambda d: d.volume_edit.setText("mycket"))
    panel.edit()
    assert "skriv ett belopp i kronor" in dialogs[0].errors.message("estimated_volume_ore")
    # adding without choosing a municipality
    dialogs = run_dialog(monkeypatch, ParticipantDialog, lambda d: d.municipality_combo.setCurrentIndex(-1))
    panel.add()
    assert dialogs[-1].errors.message("municipality_id") == "Välj en kommun i listan."
    assert first.id not in [dialogs[-1].municipality_combo.itemData(i)
                            for i in range(dialogs[-1].municipality_combo.count())]
    panel.table.selectRow(0)
    panel.remove()
    assert panel.model.rowCount() == 0 and errors == []
    # after the advertisement the service refuses, and the panel says so
    procurement_parties.add_participant(db, pid, second.id)
    with db.write() as session:
        session.get(Procurement, pid).stage = "advertised"
    panel.reload()
    panel.table.selectRow(0)
    panel.remove()
    assert errors and "annonserad" in errors[0] and panel.model.rowCount() == 1


def test_requirements_versions_and_open(context, qtbot, monkeypatch, tmp_path, errors, opened):
    db = context.db
    pid = make_procurement(db)
    panel = RequirementsPanel(context, pid)
    qtbot.addWidget(panel)
    doc = tmp_path / "krav.docx"
    doc.write_bytes(b"first")
    choose(monkeypatch, doc)
    run_dialog(monkeypatch, RequirementDialog, lambda d: (d.title_combo.setEditText("Kravspecifikation"), d.choose()))
    panel.add()
    doc.write_bytes(b"second")
    panel.table.selectRow(0)
    dialogs = run_dialog(monkeypatch, RequirementDialog, lambda d: (d.note_edit.setPlainText("Efter remiss"), d.choose()))
    panel.add_version()
    assert dialogs[0].title_combo.currentText() == "Kravspecifikation"
    assert [(r.title, r.version, r.note) for r in panel.model.visible_records()] == [
        ("Kravspecifikation", 2, "Efter remiss"), ("Kravspecifikation", 1, "")]
    panel.table.selectRow(1)
    panel.open_document()
    assert opened == [("krav.docx", b"first")]
    # no file chosen: message by the file field
    dialogs = run_dialog(monkeypatch, RequirementDialog, lambda d: None)
    panel.add()
    assert dialogs[0].errors.message("file") == "Välj en fil."
    assert errors == []


def test_tenders_panel_late_in_red_qualify_and_award(context, qtbot, monkeypatch, errors):
    db = context.db
    pid = make_procurement(db, stage="evaluation")
    panel = TendersPanel(context, pid)
    qtbot.addWidget(panel)
    assert DEADLINE.isoformat() in panel.status.text() and "OSL" in panel.status.text()

    def fill(name: str, when: datetime, qualified_index: int = 0, reason: str = "", price: str = ""):
        def do(dialog: TenderDialog) -> None:
            dialog.supplier_edit.setText(name)
            dialog.received_edit.setDateTime(QDateTime(when))
            dialog.qualified_combo.setCurrentIndex(qualified_index)
            dialog.reason_edit.setPlainText(reason)
            dialog.price_edit.setText(price)
        return do

    on_time = datetime.combine(DEADLINE, datetime.min.time()).replace(hour=11)
    late = on_time + timedelta(days=1)
    run_dialog(monkeypatch, TenderDialog, fill("Alfa Vård AB", on_time, 1, price="950 000"))
    panel.add()
    dialogs = run_dialog(monkeypatch, TenderDialog, fill("Sen Leverans AB", late, 1))
    panel.add()
    # late + qualified: refused by the field, nothing saved; the dialog already warned in red
    assert "får inte kvalificeras" in dialogs[0].errors.message("qualified")
    assert dialogs[0].late_label.isVisibleTo(dialogs[0])
    dialogs = run_dialog(monkeypatch, TenderDialog, fill("Sen Leverans AB", late, 2))
    panel.add()
    assert dialogs[0].errors.message("qualification_reason") == "Skriv skälet till att anbudet inte är kvalificerat."
    assert panel.model.rowCount() == 1
    run_dialog(monkeypatch, TenderDialog, fill("Sen Leverans AB", late, 0))
    panel.add()
    assert panel.model.rowCount() == 2 and "1 anbud kom in för sent" in panel.status.text()
    assert panel.model.data(panel.model.index(1, 1), Qt.ItemDataRole.ForegroundRole) == LATE_COLOUR
    assert panel.model.data(panel.model.index(1, 3)) == "Sent inkommet"
    assert panel.model.data(panel.model.index(0, 1), Qt.ItemDataRole.ForegroundRole) is None
    assert panel.model.record(0).price_ore == 950_000_00

    panel.table.selectRow(1)
    panel.award()
    assert errors and "Bara kvalificerade anbud kan tilldelas" in errors[-1]
    panel.table.selectRow(0)
    panel.award()
    assert [r.awarded for r in tenders.tenders(db, pid)] == [True, False]


def test_tenders_locked_after_the_award_decision_is_sent(context, qtbot, monkeypatch, errors):
    db = context.db
    pid = make_procurement(db, stage="evaluation")
    t = tenders.add_tender(db, pid, TenderInput("Alfa Vård AB", datetime.combine(DEADLINE, datetime.min.time(),
                                                                                  tzinfo=STOCKHOLM), qualified=True))
    with db.write() as session:
        session.add(ProcurementStage(procurement_id=pid, stage="award_decision", planned_on=None,
                                     actual_on=clock.today()))
    panel = TendersPanel(context, pid)
    qtbot.addWidget(panel)
    assert "kan inte ändras" in panel.status.text()
    panel.table.selectRow(0)
    assert not panel.buttons["add"].isEnabled() and not panel.buttons["award"].isEnabled()
    assert panel.buttons["edit"].isEnabled()
    dialogs = run_dialog(monkeypatch, TenderDialog, lambda d: d.notes_edit.setPlainText("ändrat"))
    panel.edit()
    assert "Tilldelningsbeslutet skickades" in dialogs[0].general_error.text()
    assert tenders.tenders(db, pid)[0].notes == "" and t.id == tenders.tenders(db, pid)[0].id


def test_parse_kronor():
    assert parse_kronor("1 200 000,50 kr", "f", "Pris") == 120_000_050
    assert parse_kronor("", "f", "Pris") is None


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # the completion popup, offscreen
def test_tender_picks_the_supplier_from_the_register_or_creates_it(context, qtbot, errors):
    """Issue 15: the tenderer is chosen from the register with completion (by name or org number), or added to
    it with an organisation number, in the same save as the tender."""
    from stic_desktop.services.agreements import suppliers
    from stic_desktop.services.agreements.suppliers import SupplierInput

    db = context.db
    pid = make_procurement(db, stage="evaluation")
    known = suppliers.save_supplier(db, SupplierInput("Omsorgspartner Łódź AB", "556677-8899"))
    suppliers.save_supplier(db, SupplierInput("Annan Leverantör AB", "556036-0793"))
    received = datetime.combine(DEADLINE, datetime.min.time()).replace(hour=9)

    dialog = TenderDialog(context, pid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.supplier_edit, "6677")  # part of the org number
    completer = dialog.supplier_edit.completer()
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert completer.completionCount() == 1
    popup.setCurrentIndex(completer.completionModel().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.supplier_edit.text() == "Omsorgspartner Łódź AB" and dialog.supplier_id == known.id
    assert "556677-8899" in dialog.register_label.text() and not dialog.org_edit.isEnabled()
    dialog.received_edit.setDateTime(QDateTime(received))
    dialog.save()
    (tender,) = tenders.tenders(db, pid)
    assert (tender.supplier_name, tender.supplier_id) == ("Omsorgspartner Łódź AB", known.id)

    new = TenderDialog(context, pid)
    qtbot.addWidget(new)
    new.supplier_edit.setText("Ny Hemtjänst AB")
    new.received_edit.setDateTime(QDateTime(received))
    new.org_edit.setText("556016-0680")
    new.save()
    created = next(s for s in suppliers.list_suppliers(db) if s.org_number == "556016-0680")
    assert created.name == "Ny Hemtjänst AB"
    assert {t.supplier_name: t.supplier_id for t in tenders.tenders(db, pid)}["Ny Hemtjänst AB"] == created.id

    wrong = TenderDialog(context, pid)
    qtbot.addWidget(wrong)
    wrong.supplier_edit.setText("Fel AB")
    wrong.org_edit.setText("556016-0681")
    wrong.save()
    assert "kontrollsiffra" in wrong.errors.message("new_org_number") and len(tenders.tenders(db, pid)) == 2
