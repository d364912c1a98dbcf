"""One framework agreement in its own window: a header (number, title, status, term) and seven tabs.

Uppgifter, Leverantörer, Kommuner, Förlängningar, Dokument (the generated agreement documents from
``agreement_documents_panel`` above the stored files), Försäljning & provision (``agreement_sales_panel``)
and Historik. The document and sales tabs are built (their modules imported, their lines read) when they are
first shown. A change in one tab refreshes the header at once; the other tabs are read again when they are shown.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from stic_desktop.errors import UserError
from stic_desktop.services.agreements import agreements, terms
from stic_desktop.services.agreements.agreements import AgreementRecord
from stic_desktop.services.agreements.records import FIELD_LABELS
from stic_desktop.ui.agreements.panels import DetailsPanel, ExtensionsPanel, FilesPanel
from stic_desktop.ui.agreements.parties_panel import MunicipalitiesPanel, SuppliersPanel
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.widgets import messages, rights
from stic_desktop.ui.widgets.labels import label
from stic_desktop.ui.widgets.record_window import HistoryPanel, RecordWindow

STATUS_COLOURS = {"active": "#2e7d32", "extended": "#2e7d32", "upcoming": "#1d4e89", "expired": "#6b6b6b",
                  "terminated": "#b00020"}


class DocumentsTab(QWidget):
    """The generated agreement documents (preview, save, archive) above the files kept with the agreement."""

    changed = Signal()
    status_message = Signal(str)

    def __init__(self, context: AppContext, agreement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from stic_desktop.ui.agreements.documents_panel import AgreementDocumentsPanel  # built on first visit

        self.generated = AgreementDocumentsPanel(context, agreement_id, self)
        self.files = FilesPanel(context, agreement_id, self)
        files_box = QWidget()
        box = QVBoxLayout(files_box)
        box.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Filer som hör till avtalet (undertecknat avtal, bilagor, prislistor)"))
        heading.setStyleSheet("font-weight: 600;")
        box.addWidget(heading)
        box.addWidget(self.files, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.generated)
        splitter.addWidget(files_box)
        splitter.setChildrenCollapsible(False)
        QVBoxLayout(self).addWidget(splitter)
        for part in (self.generated, self.files):
            part.changed.connect(self.changed)
        status = getattr(self.generated, "status_message", None)
        if status is not None:
            status.connect(self.status_message)

    def reload(self) -> None:
        self.generated.reload()
        self.files.reload()


class AgreementView(RecordWindow):
    size_key = "agreement_view/size"
    default_size = QSize(1100, 720)

    def __init__(self, context: AppContext, agreement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.agreement_id = agreement_id
        self.record: AgreementRecord = agreements.get_agreement(context.db, agreement_id)
        self.renew_button = QPushButton(self.tr("Starta ny upphandling"))
        self.renew_button.setToolTip(self.tr("Skapar ett förslag om förnyelse med avtalets kommuner som intressenter"))
        self.renew_button.clicked.connect(self.start_renewal)
        rights.needs(rights.WRITE, self.renew_button)
        for key, panel, text in (
                ("details", DetailsPanel(context, agreement_id, self), self.tr("Uppgifter")),
                ("suppliers", SuppliersPanel(context, agreement_id, self), self.tr("Leverantörer")),
                ("municipalities", MunicipalitiesPanel(context, agreement_id, self), self.tr("Kommuner")),
                ("extensions", ExtensionsPanel(context, agreement_id, self), self.tr("Förlängningar"))):
            self.add_panel(key, panel, text)
        self.add_lazy_panel("documents", lambda: DocumentsTab(context, agreement_id, self), self.tr("Dokument"))
        self.add_lazy_panel("sales", lambda: self._sales_panel(), self.tr("Försäljning && provision"))
        self.add_panel("history", HistoryPanel(context, agreements.ENTITY, agreement_id, FIELD_LABELS, self),
                       self.tr("Historik"))
        self.finish(self.renew_button)

    def _sales_panel(self) -> QWidget:
        from stic_desktop.ui.agreements.sales_panel import AgreementSalesPanel  # the tab's first visit

        return AgreementSalesPanel(self.context, self.agreement_id, self)

    def load_record(self) -> None:
        self.record = agreements.get_agreement(self.context.db, self.agreement_id)

    def show_header(self) -> None:
        r = self.record
        self.setWindowTitle(f"{r.agreement_number} – {r.title}")
        self.title_label.setText(f"{r.agreement_number}  {r.title}")
        parts = [self.tr("%1 leverantör(er)").replace("%1", str(len(r.supplier_names))),
                 self.tr("%1 kommuner").replace("%1", str(r.participant_count))]
        if r.procurement_case_number:
            parts.insert(0, self.tr("från upphandling %1").replace("%1", r.procurement_case_number))
        if r.supplier_names:
            parts.append(", ".join(r.supplier_names))
        self.details_label.setText(" · ".join(parts))
        status = self.tr("%1 · %2 – %3 · förlängningar %4 av %5 · senast %6").replace("%1", label(r.status_label)) \
            .replace("%2", r.start_date.isoformat()).replace("%3", r.current_end_date.isoformat()) \
            .replace("%4", str(r.extensions_used)).replace("%5", str(r.extension_count)) \
            .replace("%6", r.latest_end_date.isoformat())
        self.status_label.setText(status)
        self.status_label.setStyleSheet(f"font-weight: 600; color: {STATUS_COLOURS.get(r.status, '#1d4e89')};")

    def start_renewal(self) -> None:
        question = self.tr("Skapa ett förslag om att förnya ”%1”? De %2 kommunerna på avtalet blir intressenter.") \
            .replace("%1", self.record.title).replace("%2", str(self.record.participant_count))
        if not messages.confirm(self, self.tr("Starta ny upphandling"), question, self.tr("Skapa förslag")):
            return
        try:
            proposal_id = terms.start_renewal(self.context.db, self.agreement_id)
        except UserError as error:
            messages.show_error(self, error)
            return
        self.context.data_changed.emit("proposal")
        self._panel_changed(self.renew_button)
        self.show_message(self.tr("Förslaget (id %1) finns under Förslag.").replace("%1", str(proposal_id)))
