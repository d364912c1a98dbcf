"""Avtal: every framework agreement with its status, term and parties, filtered by status.

An agreement opens in its own window (``AgreementView``). "Skapa från upphandling…" starts one from a
procurement whose agreement is signed; Importera brings in the office's existing agreements from a list.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel

from stic_desktop.services.agreements import agreements
from stic_desktop.services.agreements import importing as agreement_import
from stic_desktop.services.agreements.agreements import AgreementRecord
from stic_desktop.services.agreements.records import FIELD_LABELS, STATUS_LABELS
from stic_desktop.ui.widgets import messages, pickers, rights
from stic_desktop.ui.widgets.jobs import run_job
from stic_desktop.ui.widgets.labels import label
from stic_desktop.ui.widgets.list_page import ListPage
from stic_desktop.ui.widgets.table_model import Column

STATUS_KEY = "agreements/status"
RUNNING = "running"  # the filter "Aktiva och förlängda"
RELATED_ENTITIES = {"supplier", "municipality", "procurement", "sales_report", "commission_rate"}
TITLE_COLUMN = 1


class AgreementsPage(ListPage):
    title_column = TITLE_COLUMN
    page_id = "agreements"
    entity = agreements.ENTITY
    field_labels = FIELD_LABELS

    def __init__(self, context, parent=None) -> None:
        self.title = self.tr("Avtal", "page title (plural)")
        self.empty_text = self.tr("Det finns inga avtal att visa.\n\nVälj ”Skapa från upphandling…” när en "
                                  "upphandlings avtal är tecknat, ”Nytt avtal” för ett avtal utan upphandling i "
                                  "programmet, eller Importera → Avtalslista för kontorets befintliga avtal. Byt "
                                  "statusfilter för att se fler.")
        self.count_text = self.tr("{visible} av {total} avtal")
        self._status = str(QSettings().value(STATUS_KEY, ""))
        super().__init__(context, parent)
        self.edit_action.setText(self.tr("Öppna"))
        self.new_action.setText(self.tr("Nytt avtal"))
        self.create_action = self._action(self.tr("Skapa från upphandling…"), self.create_from_procurement)
        self.create_action.setToolTip(self.tr("Ett avtal från en upphandling i steget Avtal tecknat: kommunerna med "
                                              "fullmakt och de tilldelade leverantörerna följer med"))
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("Alla"), "")
        self.status_combo.addItem(self.tr("Aktiva och förlängda"), RUNNING)
        for code, text in STATUS_LABELS.items():
            self.status_combo.addItem(label(text), code)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(self._status)))
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        self.toolbar.insertAction(self.edit_action, self.create_action)
        rights.needs(rights.WRITE, self.create_action)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(QLabel(self.tr("Status: ")))
        self.toolbar.addWidget(self.status_combo)

    def columns(self) -> Sequence[Column]:
        of_total = self.tr("%1 av %2")
        return [
            Column(self.tr("Avtalsnummer"), lambda r: r.agreement_number),
            Column(self.tr("Rubrik"), lambda r: r.title),
            Column(self.tr("Status"), lambda r: label(r.status_label)),
            Column(self.tr("Start"), lambda r: r.start_date),
            Column(self.tr("Slut"), lambda r: r.current_end_date),
            Column(self.tr("Senast möjliga"), lambda r: r.latest_end_date),
            Column(self.tr("Förlängningar"), lambda r: (r.extensions_used, r.extension_count),
                   lambda v: of_total.replace("%1", str(v[0])).replace("%2", str(v[1])) if v[1] else "–"),
            Column(self.tr("Leverantörer"), lambda r: ", ".join(r.supplier_names)),
            Column(self.tr("Kommuner"), lambda r: r.participant_count, str, align_right=True),
        ]

    def load(self) -> list[AgreementRecord]:
        rows = agreements.list_agreements(self.context.db)
        if self._status == RUNNING:
            return [r for r in rows if r.running]
        return [r for r in rows if r.status == self._status] if self._status else rows

    def _status_changed(self, _index: int) -> None:
        self._status = self.status_combo.currentData() or ""
        QSettings().setValue(STATUS_KEY, self._status)
        self.reload()

    def _on_data_changed(self, entity: str) -> None:
        if entity == self.entity or entity in RELATED_ENTITIES:
            self.reload()

    def import_actions(self) -> list[QAction]:
        return [self._action(self.tr("Avtalslista (.xlsx)…"), self.import_file, "Ctrl+I")]

    def edit(self, record: AgreementRecord | None) -> int | None:
        """A new agreement is described in the dialog and then opens; an existing one opens at once."""
        if record is None:
            from stic_desktop.ui.agreements.dialog import AgreementDialog

            dialog = AgreementDialog(self.context, None, self)
            if not dialog.exec() or dialog.saved is None:
                return None
            record = dialog.saved
            self._created(record)
        self.open_agreement(record.id)
        return record.id

    def _created(self, record: AgreementRecord) -> None:
        self.status_message.emit(self.tr("%1 skapades.").replace("%1", self.describe(record)))
        if not self._shows(record):
            self.status_combo.setCurrentIndex(0)  # "Alla": the new agreement must be visible
        self.reload()
        self.select_record(record.id)

    def _shows(self, record: AgreementRecord) -> bool:
        return not self._status or record.status == self._status or (self._status == RUNNING and record.running)

    def create_from_procurement(self) -> None:
        from stic_desktop.ui.agreements.create import choose_procurement
        from stic_desktop.ui.agreements.dialog import AgreementDialog

        procurement_id = choose_procurement(self.context, self)
        if procurement_id is None:
            return
        dialog = AgreementDialog(self.context, None, self, procurement_id=procurement_id)
        if dialog.exec() and dialog.saved is not None:
            self._created(dialog.saved)
            self.context.data_changed.emit("supplier")
            self.open_agreement(dialog.saved.id)

    def open_agreement(self, agreement_id: int) -> None:
        from stic_desktop.ui.agreements.view import AgreementView  # the big window is built only when asked for

        view = AgreementView(self.context, agreement_id, self)
        view.status_message.connect(self.status_message)
        view.exec()
        self.reload()

    def record_by_id(self, record_id: int) -> AgreementRecord:
        return agreements.get_agreement(self.context.db, record_id)

    def delete(self, record: AgreementRecord) -> None:
        agreements.delete_agreement(self.context.db, record.id)

    def describe(self, record: AgreementRecord) -> str:
        return f"{record.agreement_number} {record.title}"

    # -- import --------------------------------------------------------------------------
    def import_file(self) -> None:
        path = pickers.open_file_name(self, self.tr("Importera avtal"), self.tr("Kalkylblad (*.xlsx *.csv)"))
        if path is None:
            return
        run_job(self, self.tr("Kontrollerar filen…"), partial(agreement_import.import_agreements, dry_run=True),
                self.context.db, path, on_success=lambda preview: self._confirm_import(path, preview))

    def _confirm_import(self, path: Path, preview: agreement_import.AgreementImportResult) -> None:
        """Every row was valid: show what would be created, then import for real."""
        question = preview.summary() + "\n\n" + self.tr("Vill du importera filen?")
        if messages.confirm(self, self.tr("Importera avtal"), question, self.tr("Importera")):
            run_job(self, self.tr("Importerar…"), agreement_import.import_agreements, self.context.db, path,
                    on_success=self._imported)

    def _imported(self, result: agreement_import.AgreementImportResult) -> None:
        self.status_message.emit(result.summary())
        self.context.data_changed.emit(self.entity)
        self.context.data_changed.emit("supplier")
