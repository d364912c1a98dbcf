"""A PDF shown inside the program (QtPdf), printed through the system's print dialog, or saved.

Printing renders one page at a time onto the QPrinter in a worker (QPainter may paint on a QPrinter
outside the GUI thread; the worker opens its own QPdfDocument), so a long pack never stalls the
window and can be cancelled between pages.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QImage, QKeySequence, QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from stic_desktop.errors import UserError
from stic_desktop.operations.files import write_file
from stic_desktop.ui.widgets import messages
from stic_desktop.ui.widgets import pickers as meeting_widgets
from stic_desktop.ui.widgets.jobs import run_job
from stic_desktop.ui.widgets.screen import resize_to_fit

MAX_PRINT_DPI = 300  # sharp on paper; higher only makes each page image bigger
ZOOM_STEP = 1.25
SIZE_KEY = "pdf_preview/size"


def load_error_text(error: QPdfDocument.Error) -> str:
    translate = QCoreApplication.translate
    texts = {
        QPdfDocument.Error.FileNotFound: translate("PdfPreviewDialog", "Filen finns inte."),
        QPdfDocument.Error.InvalidFileFormat: translate("PdfPreviewDialog", "Filen är ingen läsbar PDF."),
        QPdfDocument.Error.IncorrectPassword: translate("PdfPreviewDialog", "PDF-filen är lösenordsskyddad."),
        QPdfDocument.Error.UnsupportedSecurityScheme: translate("PdfPreviewDialog",
                                                                "PDF-filen är skyddad på ett sätt som inte stöds."),
    }
    return texts.get(error) or translate("PdfPreviewDialog", "PDF-filen kunde inte öppnas.")


def render_pages(path: str, printer: QPrinter, first: int = 0, last: int | None = None):
    """Worker job: pages ``first``..``last`` (0-based) onto ``printer``; yields progress, returns the count.

    Each page is printed in its own orientation (a landscape attachment on landscape paper) and
    scaled to fit the printable area. Cancelling aborts the print run.
    """
    document = QPdfDocument()
    error = document.load(path)
    if error != QPdfDocument.Error.None_:
        raise UserError(load_error_text(error))
    last = document.pageCount() - 1 if last is None else min(last, document.pageCount() - 1)
    pages = list(range(max(0, first), last + 1))
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    started = False
    page_text = QCoreApplication.translate("PdfPreviewDialog", "Sida %1 av %2").replace("%2", str(len(pages)))
    try:
        yield 0, len(pages), page_text.replace("%1", "1")
        for done, page in enumerate(pages, start=1):
            size = document.pagePointSize(page)
            landscape = size.width() > size.height()
            printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                                       else QPageLayout.Orientation.Portrait)
            if not started:
                if not painter.begin(printer):
                    raise UserError(QCoreApplication.translate(
                        "PdfPreviewDialog", "Utskriften kunde inte startas. Kontrollera skrivaren och försök igen."))
                started = True
            elif not printer.newPage():
                raise UserError(QCoreApplication.translate("PdfPreviewDialog", "Skrivaren tog inte emot nästa sida. Utskriften avbröts."))
            image = document.render(page, QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi)))
            painter.drawImage(_fitted(painter.viewport(), image), image)
            yield done, len(pages), page_text.replace("%1", str(min(done + 1, len(pages))))
    except GeneratorExit:
        printer.abort()
        raise
    finally:
        if started:
            painter.end()
        document.close()
    return len(pages)


def _fitted(area: QRect, image: QImage) -> QRect:
    """The largest rectangle with the image's proportions, centred in ``area``."""
    if image.isNull() or image.width() == 0 or image.height() == 0:
        return area
    scale = min(area.width() / image.width(), area.height() / image.height())
    width, height = round(image.width() * scale), round(image.height() * scale)
    return QRect(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2, width, height)


class PdfPreviewDialog(QDialog):
    def __init__(self, path: Path, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.print_job = None
        self.printed_pages: int | None = None
        self.setWindowTitle(self.tr("Förhandsgranskning – %1").replace("%1", title or self.path.name))
        self.setSizeGripEnabled(True)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.navigator = self.view.pageNavigator()
        self.navigator.currentPageChanged.connect(self._update_page_label)

        def button(text: str, slot, shortcut=None) -> QPushButton:
            widget = QPushButton(text)
            widget.clicked.connect(slot)
            if shortcut is not None:
                widget.setShortcut(QKeySequence(shortcut))
            return widget

        self.previous_button = button(self.tr("◀ Föregående"), lambda: self.go_to(self.navigator.currentPage() - 1),
                                      QKeySequence.StandardKey.MoveToPreviousPage)
        self.next_button = button(self.tr("Nästa ▶"), lambda: self.go_to(self.navigator.currentPage() + 1),
                                  QKeySequence.StandardKey.MoveToNextPage)
        self.page_label = QLabel()
        self.page_label.setMinimumWidth(110)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fit_button = button(self.tr("Anpassa bredd"), self.fit_width)
        self.zoom_out_button = button("−", lambda: self.zoom(1 / ZOOM_STEP), QKeySequence.StandardKey.ZoomOut)
        self.zoom_in_button = button("+", lambda: self.zoom(ZOOM_STEP), QKeySequence.StandardKey.ZoomIn)
        for widget in (self.zoom_in_button, self.zoom_out_button):
            widget.setFixedWidth(36)
        self.print_button = button(self.tr("Skriv ut…"), self.print_document, QKeySequence.StandardKey.Print)
        self.save_button = button(self.tr("Spara som…"), self.save_as, QKeySequence.StandardKey.Save)
        self.close_button = button(self.tr("Stäng"), self.reject)
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.hide()
        bar = QHBoxLayout()
        for widget in (self.previous_button, self.page_label, self.next_button):
            bar.addWidget(widget)
        bar.addSpacing(12)
        for widget in (self.zoom_out_button, self.fit_button, self.zoom_in_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.print_button, self.save_button, self.close_button):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.error_label)
        layout.addWidget(self.view, 1)
        size = QSettings().value(SIZE_KEY)
        resize_to_fit(self, size if isinstance(size, QSize) else QSize(900, 1000))
        self.load()

    def load(self) -> bool:
        error = self.document.load(str(self.path))
        ok = error == QPdfDocument.Error.None_
        self.error_label.setText("" if ok else self.tr("%1 kunde inte visas: %2").replace("%1", self.path.name)
                                 .replace("%2", load_error_text(error)))
        self.error_label.setVisible(not ok)
        for widget in (self.print_button, self.previous_button, self.next_button):
            widget.setEnabled(ok)
        self._update_page_label()
        return ok

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def _update_page_label(self, *_args) -> None:
        count = self.page_count
        current = min(self.navigator.currentPage() + 1, count) if count else 0
        self.page_label.setText(self.tr("Sida %1 av %2").replace("%1", str(current)).replace("%2", str(count)))
        self.previous_button.setEnabled(current > 1)
        self.next_button.setEnabled(0 < current < count)

    def go_to(self, page: int) -> None:
        if 0 <= page < self.page_count:
            self.navigator.jump(page, QPointF(), self.navigator.currentZoom())
            self._update_page_label()

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.1, min(8.0, self.view.zoomFactor() * factor)))

    # -- printing and saving -------------------------------------------------------------
    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.path.stem)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, self.page_count))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        first, last = 0, None
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage() - 1, printer.toPage() - 1
        self.print_to(printer, first, last)

    def print_to(self, printer: QPrinter, first: int = 0, last: int | None = None):
        """Prints in a worker (the printer object is kept alive with the job)."""
        self._printer = printer

        def printed(count: int) -> None:
            self.error_label.hide()
            self.printed_pages = count

        self.print_job = run_job(self, self.tr("Skriver ut…"), render_pages, str(self.path), printer, first, last,
                                 on_success=printed)
        return self.print_job

    def save_as(self) -> None:
        target = meeting_widgets.save_file_name(self, self.tr("Spara PDF"), self.path.name, self.tr("PDF (*.pdf)"))
        if target is None:
            return
        try:
            write_file(target, self.path.read_bytes())  # never over a database; temporary name, then renamed
        except OSError as exc:
            messages.show_error(self, UserError(self.tr("Kunde inte spara %1: %2").replace("%1", str(target))
                                                .replace("%2", exc.strerror or str(exc))))
        except UserError as error:
            messages.show_error(self, error)

    def done(self, result: int) -> None:
        QSettings().setValue(SIZE_KEY, self.size())
        self.document.close()  # releases the file (Windows keeps open files locked)
        super().done(result)


def show_preview(parent: QWidget, path: Path, title: str = "") -> PdfPreviewDialog:
    """Opens the preview beside its parent (not modal), deleted when closed."""
    dialog = PdfPreviewDialog(path, title, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
