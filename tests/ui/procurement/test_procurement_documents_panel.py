"""The procurement's Dokument tab (ui/procurement_documents_panel.py): documents previewed and saved in a
worker, the award decision sent and archived, the archive opened and saved again."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "documents"))
from test_opening_record import SENT_ON, WINNER, build_procurement  # noqa: E402

from stic_desktop.errors import UserError  # noqa: E402
from stic_desktop.services import archive
from stic_desktop.services.procurement import procurements
from stic_desktop.ui.context import AppContext  # noqa: E402
from stic_desktop.ui.procurement.documents_panel import ProcurementDocumentsPanel, SendAwardDialog  # noqa: E402
from stic_desktop.ui.widgets import messages
from stic_desktop.ui.widgets import pickers as meeting_widgets
from stic_desktop.ui.widgets.pdf_preview import PdfPreviewDialog  # noqa: E402


@pytest.fixture
def context(db, qapp):
    return AppContext(db)


@pytest.fixture
def built(db):
    return build_procurement(db)


@pytest.fixture
def panel(qtbot, context, built):
    widget = ProcurementDocumentsPanel(context, built.procurement_id)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def shown(monkeypatch):
    errors: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, error: errors.append(
        error.message if isinstance(error, UserError) else repr(error)))
    return errors


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_each_document_is_saved_through_a_file_dialog(qtbot, panel, shown, monkeypatch, tmp_path, built):
    names = iter(["öppning", "utvärdering.pdf", "beslut", "läge"])
    suggested: list[str] = []

    def choose(parent, title, name, filter_text):
        suggested.append(name)
        return tmp_path / next(names)

    monkeypatch.setattr(meeting_widgets, "save_file_name", choose)
    for kind in ("opening", "evaluation", "award", "report"):
        with qtbot.waitSignal(panel.status_message, timeout=60000):
            panel.buttons[f"{kind}:save"].click()
    assert shown == []
    assert suggested[0] == f"Anbudsöppningsprotokoll {built.case_number}.pdf" and suggested[3] == "Lägesrapport.pdf"
    assert "Anbudsöppningsprotokoll" in pdf_text(tmp_path / "öppning.pdf")
    assert "Anbudsutvärdering" in pdf_text(tmp_path / "utvärdering.pdf")
    assert f"anta anbudet från {WINNER}" in pdf_text(tmp_path / "beslut.pdf")
    assert built.case_number in pdf_text(tmp_path / "läge.pdf")


def test_preview_opens_the_pdf(qtbot, panel, shown):
    panel.buttons["evaluation:preview"].click()
    qtbot.waitUntil(lambda: bool(panel.findChildren(PdfPreviewDialog)), timeout=60000)
    preview = panel.findChildren(PdfPreviewDialog)[0]
    assert preview.page_count == 1 and shown == []
    preview.close()


def test_opening_record_without_attesters_is_explained(qtbot, context, db, shown):
    built = build_procurement(db, attesters=(), title="Utan bevittnare")
    widget = ProcurementDocumentsPanel(context, built.procurement_id)
    qtbot.addWidget(widget)
    widget.buttons["opening:preview"].click()
    qtbot.waitUntil(lambda: bool(shown), timeout=60000)
    assert "minst två namngivna personer" in shown[0] and not widget.findChildren(PdfPreviewDialog)


def test_send_award_decision_archives_and_dates_it(qtbot, panel, context, built, shown, monkeypatch):
    assert panel.buttons["award:send"].isEnabled() and panel.archive.empty_label.isVisibleTo(panel)
    assert "inte skickat" in panel.award_label.text()

    def fill(dialog) -> int:
        dialog.date_edit.setDate(QDate(SENT_ON))
        dialog.electronic_box.setChecked(True)
        assert "avtal får tecknas tidigast 2026-09-29" in dialog.standstill_label.text()
        assert "söndag" in dialog.standstill_label.text()
        return 1

    monkeypatch.setattr(SendAwardDialog, "exec", fill)
    refreshed: list[str] = []
    context.data_changed.connect(refreshed.append)
    with qtbot.waitSignal(panel.changed, timeout=60000):
        panel.buttons["award:send"].click()
    assert shown == [] and refreshed == ["procurement"]
    record = procurements.get_procurement(context.db, built.procurement_id)
    assert record.stage == "award_decision" and record.award_sent
    assert panel.archive.model.rowCount() == 1 and panel.archive.model.index(0, 1).data() == "Tilldelningsbeslut"
    assert "2026-09-29" in panel.award_label.text()
    assert not panel.buttons["award:send"].isEnabled()


def test_send_dialog_follows_the_choice(qtbot, db, built):
    dialog = SendAwardDialog(procurements.get_procurement(db, built.procurement_id), {"standstill.electronic": 10,
                                                                                    "standstill.other": 15})
    qtbot.addWidget(dialog)
    dialog.date_edit.setDate(QDate(date(2026, 9, 21)))
    assert dialog.standstill_label.text().startswith("10 dagar, till och med 2026-10-01")
    dialog.electronic_box.setChecked(False)
    assert dialog.standstill_label.text().startswith("15 dagar, till och med 2026-10-06")
    assert dialog.sent_on() == date(2026, 9, 21) and dialog.electronically() is False


def test_archived_opening_record_opens_and_saves_as_archived(qtbot, panel, context, built, shown, monkeypatch,
                                                             tmp_path):
    with qtbot.waitSignal(panel.changed, timeout=60000):
        panel.buttons["opening:archive"].click()
    assert panel.archive.model.rowCount() == 1
    assert panel.archive.model.index(0, 1).data() == "Anbudsöppningsprotokoll"
    record = archive.archived_documents(context.db, procurements.ENTITY, built.procurement_id)[0]
    assert not panel.archive.open_button.isEnabled()
    panel.archive.table.selectRow(0)
    panel.archive.open_button.click()
    preview = panel.findChildren(PdfPreviewDialog)[0]
    assert preview.page_count == 1
    preview.close()
    target = tmp_path / "kopia.pdf"
    monkeypatch.setattr(meeting_widgets, "save_file_name", lambda *args: target)
    panel.archive.save_button.click()
    assert target.read_bytes() == archive.archived_bytes(context.db, record.id) and shown == []
