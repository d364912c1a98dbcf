"""One framework agreement in its own window: a header (number, title, status, term) and seven tabs.

Uppgifter, Leverantörer, Kommuner, Förlängningar, Dokument (the generated agreement documents from
``agreement_documents_panel`` above the stored files), Försäljning & provision (``agreement_sales_panel``)
and Historik. The document and sales panels belong to other modules and are imported when the window opens;
if one is missing the tab says so instead. A change in one tab refreshes the header at once; the other tabs
are read again when they are shown.
"""

from __future__ import annotations

import importlib
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stic_desktop.errors import UserError
from stic_desktop.services import agreements, audit
from stic_desktop.services.agreements import FIELD_LABELS, AgreementRecord
from stic_desktop.ui import messages
from stic_desktop.ui.agreement_panels import DetailsPanel, ExtensionsPanel, FilesPanel
from stic_desktop.ui.agreement_parties_panel import MunicipalitiesPanel, SuppliersPanel
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.labels import label

SIZE_KEY = "agreement_view/size"
STOCKHOLM = ZoneInfo("Europe/Stockholm")
STATUS_COLOURS = {"active": "#2e7d32", "extended": "#2e7d32", "upcoming": "#1d4e89", "expired": "#6b6b6b",
                  "terminated": "#b00020"}


def _value_text(value: object) -> str:
    return "–" if value in (None, "") else str(value)


class HistoryPanel(QWidget):
    """Historik: every audited change of the agreement (parties, extensions and files too), newest first."""

    changed = Signal()

    def __init__(self, context: AppContext, agreement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.agreement_id = context, agreement_id
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Tidpunkt"), self.tr("Vem"), self.tr("Ändring"), self.tr("Före"),
                                   self.tr("Efter")])
        self.tree.setAlternatingRowColors(True)
        for column, width in enumerate((150, 160, 220, 200)):
            self.tree.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        self.reload()

    def reload(self) -> None:
        self.tree.clear()
        try:
            entries = audit.history(self.context.db, agreements.ENTITY, self.agreement_id)
        except UserError as error:
            messages.show_error(self, error)
            return
        for entry in entries:
            when = entry.at.astimezone(STOCKHOLM).strftime("%Y-%m-%d %H:%M:%S")
            item = QTreeWidgetItem([when, entry.who, label(entry.action_label)])
            for change in entry.changes:
                name = label(FIELD_LABELS.get(change.field, change.field))
                item.addChild(QTreeWidgetItem(["", "", name, _value_text(change.old), _value_text(change.new)]))
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)


class MissingPanel(QWidget):
    """Stands in for a panel another part of the program provides, when this build lacks it."""

    changed = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        note = QLabel(text)
        note.setObjectName("emptyState")
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setWordWrap(True)
        QVBoxLayout(self).addWidget(note)

    def reload(self) -> None:
        pass


def optional_panel(module: str, name: str, context: AppContext, agreement_id: int, parent: QWidget,
                   missing: str) -> QWidget:
    try:
        panel_class = getattr(importlib.import_module(module), name)
    except ImportError as error:
        if error.name != module:
            raise
        return MissingPanel(missing, parent)
    return panel_class(context, agreement_id, parent)


class DocumentsTab(QWidget):
    """The generated agreement documents (preview, save, archive) above the files kept with the agreement."""

    changed = Signal()
    status_message = Signal(str)

    def __init__(self, context: AppContext, agreement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.generated = optional_panel("stic_desktop.ui.agreement_documents_panel", "AgreementDocumentsPanel",
                                        context, agreement_id, self,
                                        self.tr("Avtalsdokumenten finns inte i den här versionen av programmet."))
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


class AgreementView(QDialog):
    status_message = Signal(str)

    def __init__(self, context: AppContext, agreement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.agreement_id = agreement_id
        self.record: AgreementRecord = agreements.get_agreement(context.db, agreement_id)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setSizeGripEnabled(True)
        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)  # titles are typed by users ("R&D <b>")
        self.details_label = QLabel()
        self.details_label.setWordWrap(True)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.renew_button = QPushButton(self.tr("Starta ny upphandling"))
        self.renew_button.setToolTip(self.tr("Skapar ett förslag om förnyelse med avtalets kommuner som intressenter"))
        self.renew_button.clicked.connect(self.start_renewal)

        self.tabs = QTabWidget()
        self.panels: dict[str, QWidget] = {}
        sales = lambda c, a, p: optional_panel(  # noqa: E731
            "stic_desktop.ui.agreement_sales_panel", "AgreementSalesPanel", c, a, p,
            self.tr("Försäljning och provision finns inte i den här versionen av programmet."))
        for key, factory, text in (
                ("details", DetailsPanel, self.tr("Uppgifter")),
                ("suppliers", SuppliersPanel, self.tr("Leverantörer")),
                ("municipalities", MunicipalitiesPanel, self.tr("Kommuner")),
                ("extensions", ExtensionsPanel, self.tr("Förlängningar")),
                ("documents", DocumentsTab, self.tr("Dokument")),
                ("sales", sales, self.tr("Försäljning && provision")),
                ("history", HistoryPanel, self.tr("Historik"))):
            panel = factory(context, agreement_id, self)
            self.panels[key] = panel
            self.tabs.addTab(panel, text)
            panel.changed.connect(lambda p=panel: self._panel_changed(p))
            status = getattr(panel, "status_message", None)
            if status is not None:
                status.connect(self.show_message)
        self._stale: set[QWidget] = set()
        self.tabs.currentChanged.connect(self._tab_changed)

        self.message_label = QLabel()
        self.message_label.setObjectName("hint")
        self.message_label.setWordWrap(True)
        close = QPushButton(self.tr("Stäng"))
        close.clicked.connect(self.accept)
        top = QHBoxLayout()
        top.addWidget(self.status_label, 1)
        top.addWidget(self.renew_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message_label, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.details_label)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        size = QSettings().value(SIZE_KEY)
        self.resize(size if isinstance(size, QSize) else QSize(1100, 720))
        self._show_header()

    def _reread(self) -> bool:
        try:
            self.record = agreements.get_agreement(self.context.db, self.agreement_id)
        except UserError as error:  # removed meanwhile
            messages.show_error(self, error)
            self.reject()
            return False
        self._show_header()
        return True

    def _show_header(self) -> None:
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

    def _panel_changed(self, source: QWidget) -> None:
        if self._reread():
            self._stale.update(p for p in self.panels.values() if p is not source)
            current = self.tabs.currentWidget()
            if current in self._stale and current is not source:
                self._refresh(current)

    def _refresh(self, panel: QWidget) -> None:
        self._stale.discard(panel)
        panel.reload()

    def _tab_changed(self, index: int) -> None:
        panel = self.tabs.widget(index)
        if panel in self._stale:
            self._refresh(panel)

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.status_message.emit(text)

    def start_renewal(self) -> None:
        question = self.tr("Skapa ett förslag om att förnya ”%1”? De %2 kommunerna på avtalet blir intressenter.") \
            .replace("%1", self.record.title).replace("%2", str(self.record.participant_count))
        if not messages.confirm(self, self.tr("Starta ny upphandling"), question, self.tr("Skapa förslag")):
            return
        try:
            proposal_id = agreements.start_renewal(self.context.db, self.agreement_id)
        except UserError as error:
            messages.show_error(self, error)
            return
        self.context.data_changed.emit("proposal")
        self._panel_changed(self.renew_button)
        self.show_message(self.tr("Förslaget (id %1) finns under Förslag.").replace("%1", str(proposal_id)))

    def done(self, result: int) -> None:
        QSettings().setValue(SIZE_KEY, self.size())
        super().done(result)
