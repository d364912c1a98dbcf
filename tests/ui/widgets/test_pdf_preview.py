"""stic_desktop/ui/widgets/pdf_preview.py: showing a PDF, printing it page by page onto a QPrinter, saving it."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from PySide6.QtCore import QSize
from PySide6.QtPrintSupport import QPrinter

from stic_desktop.ui.widgets import pickers as meeting_widgets
from stic_desktop.ui.widgets.pdf_preview import PdfPreviewDialog, render_pages, show_preview


def write_pdf(path: Path, sizes: list[tuple[int, int]]) -> Path:
    writer = PdfWriter()
    for width, height in sizes:
        writer.add_blank_page(width, height)
    buffer = io.BytesIO()
    writer.write(buffer)
    path.write_bytes(buffer.getvalue())
    return path


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    return write_pdf(tmp_path / "Mötespaket.pdf", [(595, 842), (595, 842), (842, 595)])  # A4, A4, A4 landscape


def pdf_printer(target: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    return printer


def test_shows_every_page_with_page_n_of_m(qtbot, qapp, pdf):
    dialog = PdfPreviewDialog(pdf, "Mötespaket")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Förhandsgranskning – Mötespaket"
    assert dialog.page_count == 3 and dialog.page_label.text() == "Sida 1 av 3"
    assert dialog.view.pageMode() == dialog.view.PageMode.MultiPage
    assert dialog.view.zoomMode() == dialog.view.ZoomMode.FitToWidth
    assert not dialog.previous_button.isEnabled() and dialog.next_button.isEnabled()
    dialog.go_to(2)
    assert dialog.page_label.text() == "Sida 3 av 3" and not dialog.next_button.isEnabled()
    dialog.zoom(1.25)
    assert dialog.view.zoomMode() == dialog.view.ZoomMode.Custom
    dialog.fit_width()
    assert dialog.view.zoomMode() == dialog.view.ZoomMode.FitToWidth
    assert dialog.error_label.isHidden() and dialog.print_button.isEnabled()


def test_prints_each_page_onto_the_printer_in_its_own_orientation(qtbot, qapp, pdf, tmp_path):
    dialog = PdfPreviewDialog(pdf)
    qtbot.addWidget(dialog)
    target = tmp_path / "utskrift.pdf"
    dialog.print_to(pdf_printer(target))
    qtbot.waitUntil(lambda: dialog.printed_pages is not None, timeout=30000)
    assert dialog.printed_pages == 3
    pages = PdfReader(target).pages
    assert len(pages) == 3
    shapes = [float(p.mediabox.width) > float(p.mediabox.height) for p in pages]
    assert shapes == [False, False, True]


def test_prints_a_page_range(qtbot, qapp, pdf, tmp_path):
    target = tmp_path / "sida2.pdf"
    steps = list(render_pages(str(pdf), pdf_printer(target), 1, 1))
    assert steps[0] == (0, 1, "Sida 1 av 1") and steps[-1][:2] == (1, 1)
    assert len(PdfReader(target).pages) == 1


def test_cancelling_between_pages_stops_the_print_run(qtbot, qapp, pdf, tmp_path):
    target = tmp_path / "avbruten.pdf"
    steps = render_pages(str(pdf), pdf_printer(target))
    next(steps)
    next(steps)  # the first page is on the printer
    steps.close()  # what the worker does when the user presses Avbryt
    assert not target.exists() or len(PdfReader(target).pages) < 3


def test_a_file_that_is_no_pdf_says_so_and_cannot_be_printed(qtbot, qapp, tmp_path):
    broken = tmp_path / "trasig.pdf"
    broken.write_bytes(b"inte en pdf")
    dialog = PdfPreviewDialog(broken)
    qtbot.addWidget(dialog)
    assert not dialog.error_label.isHidden()
    assert "trasig.pdf kunde inte visas" in dialog.error_label.text()
    assert not dialog.print_button.isEnabled() and dialog.page_label.text() == "Sida 0 av 0"


def test_save_as_copies_the_exact_file(qtbot, qapp, pdf, tmp_path, monkeypatch):
    target = tmp_path / "kopia.pdf"
    monkeypatch.setattr(meeting_widgets, "save_file_name", lambda *args: target)
    dialog = PdfPreviewDialog(pdf)
    qtbot.addWidget(dialog)
    dialog.save_as()
    assert target.read_bytes() == pdf.read_bytes()


def test_show_preview_opens_beside_the_parent_and_the_size_is_remembered(qtbot, qapp, pdf):
    first = show_preview(None, pdf, "Kallelse")  # deleted when closed, so not handed to qtbot
    assert first.isVisible() and not first.isModal()
    first.resize(784, 600)  # the offscreen screen is 800 wide; a saved size is bounded by the screen
    with qtbot.waitSignal(first.destroyed):
        first.close()
    second = PdfPreviewDialog(pdf)
    qtbot.addWidget(second)
    assert second.size() == QSize(784, 600)
