"""The agreement's Dokument tab (ui/agreement_documents_panel.py): the agreement and its summary previewed and
saved in a worker, archived as sent, and the archive opened and saved again."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "documents"))
from test_agreement_doc import NUMBER, TITLE, build_agreement  # noqa: E402

from stic_desktop.errors import UserError  # noqa: E402
from stic_desktop.services import archive
from stic_desktop.services.agreements import agreements, parties
from stic_desktop.ui.agreements.documents_panel import AgreementDocumentsPanel  # noqa: E402
from stic_desktop.ui.context import AppContext  # noqa: E402
from stic_desktop.ui.widgets import messages
from stic_desktop.ui.widgets import pickers as meeting_widgets
from stic_desktop.ui.widgets.pdf_preview import PdfPreviewDialog  # noqa: E402


@pytest.fixture
def context(db, qapp):
    return AppContext(db)


@pytest.fixture
def built(db):
    return build_agreement(db, supplier_count=6, renewed=2)


@pytest.fixture
def panel(qtbot, context, built):
    widget = AgreementDocumentsPanel(context, built.agreement_id)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def shown(monkeypatch):
    errors: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, error: errors.append(
        error.message if isinstance(error, UserError) else repr(error)))
    return errors


def pdf_pages(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def test_both_documents_are_saved_through_a_file_dialog(qtbot, panel, shown, monkeypatch, tmp_path):
    names = iter(["avtal", "sammanfattning.pdf"])
    suggested: list[str] = []

    def choose(parent, title, name, filter_text):
        suggested.append(name)
        return tmp_path / next(names)

    monkeypatch.setattr(meeting_widgets, "save_file_name", choose)
    for kind in ("agreement", "summary"):
        with qtbot.waitSignal(panel.status_message, timeout=60000):
            panel.buttons[f"{kind}:save"].click()
    assert shown == []
    assert suggested == [f"Ramavtal {NUMBER}.pdf", f"Avtalssammanfattning {NUMBER}.pdf"]
    agreement = " ".join(pdf_pages(tmp_path / "avtal.pdf"))  # ".pdf" added to a name typed without it
    assert TITLE in agreement and "Namnförtydligande" in agreement
    summary = pdf_pages(tmp_path / "sammanfattning.pdf")
    assert len(summary) == 1 and "Deltagande kommuner (26)" in summary[0]


def test_a_cancelled_file_dialog_does_nothing(qtbot, panel, shown, monkeypatch):
    monkeypatch.setattr(meeting_widgets, "save_file_name", lambda *args: None)
    panel.buttons["agreement:save"].click()
    assert shown == [] and not panel.findChildren(PdfPreviewDialog)


def test_preview_opens_the_pdf(qtbot, panel, shown):
    panel.buttons["summary:preview"].click()
    qtbot.waitUntil(lambda: bool(panel.findChildren(PdfPreviewDialog)), timeout=60000)
    preview = panel.findChildren(PdfPreviewDialog)[0]
    assert preview.page_count == 1 and shown == []
    preview.close()


def test_an_agreement_that_cannot_be_printed_is_explained(qtbot, panel, context, built, shown):
    parties.set_agreement_suppliers(context.db, built.agreement_id, [])
    panel.buttons["agreement:preview"].click()
    qtbot.waitUntil(lambda: bool(shown), timeout=60000)
    assert "har inga leverantörer" in shown[0] and not panel.findChildren(PdfPreviewDialog)
    shown.clear()
    panel.buttons["summary:archive"].click()
    qtbot.waitUntil(lambda: bool(shown), timeout=60000)
    assert "har inga leverantörer" in shown[0]
    assert archive.archived_documents(context.db, agreements.ENTITY, built.agreement_id) == []


def test_archive_both_then_open_and_save_the_archived_copy(qtbot, panel, context, built, shown, monkeypatch,
                                                           tmp_path):
    assert panel.archive.empty_label.isVisibleTo(panel) and not panel.archive.open_button.isEnabled()
    messages_seen: list[str] = []
    panel.status_message.connect(messages_seen.append)
    for kind in ("agreement", "summary"):
        with qtbot.waitSignal(panel.changed, timeout=60000):
            panel.buttons[f"{kind}:archive"].click()
    assert shown == [] and panel.archive.model.rowCount() == 2 and not panel.archive.empty_label.isVisibleTo(panel)
    assert messages_seen == [f"Ramavtal arkiverades (Ramavtal {NUMBER}.pdf).",
                             f"Avtalssammanfattning arkiverades (Avtalssammanfattning {NUMBER}.pdf)."]
    newest = archive.archived_documents(context.db, agreements.ENTITY, built.agreement_id)[0]
    assert panel.archive.model.index(0, 1).data() == "Avtalssammanfattning"  # its own kind in the archive
    assert panel.archive.model.index(0, 3).data() == newest.filename == f"Avtalssammanfattning {NUMBER}.pdf"
    panel.archive.table.selectRow(0)
    assert panel.archive.open_button.isEnabled()
    panel.archive.open_button.click()
    preview = panel.findChildren(PdfPreviewDialog)[0]
    assert preview.page_count == 1
    preview.close()
    target = tmp_path / "kopia.pdf"
    monkeypatch.setattr(meeting_widgets, "save_file_name", lambda *args: target)
    panel.archive.save_button.click()
    assert target.read_bytes() == archive.archived_bytes(context.db, newest.id) and shown == []


def test_unknown_agreement_is_explained(qtbot, context, shown):
    widget = AgreementDocumentsPanel(context, 999)
    qtbot.addWidget(widget)
    assert shown and "id 999" in shown[0]


def test_the_empty_archive_names_the_archive_button_only_to_a_login_that_sees_it(qtbot, context, built):
    context.can_write = False  # läsbehörig: "Arkivera som skickat" is hidden
    reader = AgreementDocumentsPanel(context, built.agreement_id)
    qtbot.addWidget(reader)
    assert reader.archive.empty_label.text() == "Inget är arkiverat ännu."
    context.can_write = True  # a login with more rights, as after connecting again
    context.database_changed.emit()
    assert "Välj ”Arkivera som skickat”" in reader.archive.empty_label.text()
