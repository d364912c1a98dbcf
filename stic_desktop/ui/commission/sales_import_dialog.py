"""Importing suppliers' sales reports: choose a file, preview in a worker, then import all or nothing.

"Förhandsgranska" runs the import as a dry run in a worker with progress and lists every row error
or what would change per period; "Importera" is possible only after a clean preview of the same
file and choice, and replacing periods already reported needs an explicit confirmation.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStringListModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from stic_desktop.core import money
from stic_desktop.errors import ImportFailed
from stic_desktop.services.commission.sales_import import ENTITY, SalesImportResult, import_sales_job
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.widgets import messages, pickers
from stic_desktop.ui.widgets.jobs import run_job
from stic_desktop.ui.widgets.table_model import Column, RecordTableModel
from stic_desktop.ui.widgets.tables import make_table_view


def choose_file(parent: QWidget, title: str) -> Path | None:
    """The file to import (tests replace this function)."""
    return pickers.open_file_name(parent, title, QCoreApplication.translate(
        "SalesImportDialog", "Kalkylark (*.xlsx *.csv);;Alla filer (*)"))


def _checked(db, path: Path, dry_run: bool, replace: bool):
    """The import job, with a refused file returned (not raised) so the dialog can list its rows."""
    try:
        return (yield from import_sales_job(db, path, dry_run=dry_run, replace=replace))
    except ImportFailed as error:
        return error


class SalesImportDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.preview: SalesImportResult | None = None
        self.previewed: tuple[Path, bool] | None = None
        self.imported: SalesImportResult | None = None
        self.failure: ImportFailed | None = None
        self.setWindowTitle(self.tr("Importera försäljningsrapport"))
        self.resize(900, 560)
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("En .xlsx-fil (bladet Försäljning) eller .csv-fil"))
        self.path_edit.textChanged.connect(self._invalidate)
        browse = QPushButton(self.tr("Välj fil…"))
        browse.clicked.connect(self.browse)
        self.replace_box = QCheckBox(self.tr("Ersätt perioder som redan är rapporterade"))
        self.replace_box.toggled.connect(self._invalidate)
        self.summary_label = QLabel(self.tr("Välj en fil och förhandsgranska den. Inget sparas förrän du importerar."))
        self.summary_label.setWordWrap(True)
        self.model = RecordTableModel([
            Column(self.tr("Avtal"), lambda p: p.agreement_number),
            Column(self.tr("Leverantör"), lambda p: p.supplier_name),
            Column(self.tr("Period"), lambda p: p.period_label),
            Column(self.tr("Rader"), lambda p: p.lines, align_right=True),
            Column(self.tr("Belopp exkl. moms"), lambda p: p.amount_ore, lambda v: money.format(int(v)),
                   align_right=True),
            Column(self.tr("Provision"), lambda p: p.commission_ore, lambda v: money.format(int(v)), align_right=True),
            Column(self.tr("Ersätter"), lambda p: p.replaces or "", align_right=True),
        ], self)
        self.table = make_table_view(self.model)
        self.error_model = QStringListModel(self)
        self.error_list = QListView()
        self.error_list.setModel(self.error_model)
        self.error_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.error_list.setUniformItemSizes(True)  # fast with thousands of rows
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.error_list)
        self.preview_button = QPushButton(self.tr("Förhandsgranska"))
        self.preview_button.clicked.connect(self.run_preview)
        self.import_button = QPushButton(self.tr("Importera"))
        self.import_button.clicked.connect(self.run_import)
        close = QPushButton(self.tr("Stäng"))
        close.clicked.connect(self.reject)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("Fil")))
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.replace_box)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text) if text else None

    def browse(self) -> None:
        chosen = choose_file(self, self.tr("Välj försäljningsrapport"))
        if chosen is not None:
            self.path_edit.setText(str(chosen))

    def _invalidate(self, *_: Any) -> None:
        """A changed file or choice needs a new preview before anything can be imported."""
        self.preview = self.previewed = None
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.preview_button.setEnabled(self.path() is not None)
        self.import_button.setEnabled(self.preview is not None and self.previewed == (self.path(),
                                                                                       self.replace_box.isChecked()))

    def _start(self, dry_run: bool, done) -> None:
        path = self.path()
        if path is None:
            return
        self.preview_button.setEnabled(False)
        self.import_button.setEnabled(False)
        label = self.tr("Kontrollerar %1…") if dry_run else self.tr("Importerar %1…")
        self.job = run_job(self, label.replace("%1", path.name), _checked, self.context.db, path, dry_run,
                           self.replace_box.isChecked(), on_success=lambda outcome: done(path, outcome))
        self.job.failed.connect(lambda *_: self._update_buttons())

    def run_preview(self) -> None:
        self._start(True, self._previewed)

    def _show_failure(self, error: ImportFailed) -> None:
        self.failure = error
        self.preview = self.previewed = None
        self.summary_label.setText(error.message)
        lines = [str(e) for e in error.row_errors] or [error.message]
        self.error_model.setStringList(lines)
        self.stack.setCurrentWidget(self.error_list)
        self._update_buttons()

    def _previewed(self, path: Path, outcome: SalesImportResult | ImportFailed) -> None:
        if isinstance(outcome, ImportFailed):
            self._show_failure(outcome)
            return
        self.failure = None
        self.preview, self.previewed = outcome, (path, self.replace_box.isChecked())
        self.model.set_rows(outcome.periods)
        self.stack.setCurrentWidget(self.table)
        text = outcome.summary()
        if outcome.removed:
            text += " " + self.tr("%1 rapporterade rader tas bort och ersätts.").replace("%1", str(outcome.removed))
        self.summary_label.setText(text)
        self._update_buttons()

    def run_import(self) -> None:
        if self.preview is None:
            return
        if self.preview.removed:
            question = self.tr("%1 rader i filen ersätter %2 rader som redan är rapporterade. De gamla raderna tas "
                               "bort; provisionen räknas om för de nya. Fortsätta?") \
                .replace("%1", str(self.preview.replaced)).replace("%2", str(self.preview.removed))
            if not messages.confirm(self, self.tr("Ersätt rapporterade perioder"), question, self.tr("Ersätt")):
                return
        self._start(False, self._imported)

    def _imported(self, path: Path, outcome: SalesImportResult | ImportFailed) -> None:
        if isinstance(outcome, ImportFailed):  # the register changed since the preview
            self._show_failure(outcome)
            return
        self.imported = outcome
        self.context.data_changed.emit(ENTITY)
        self.summary_label.setText(outcome.summary())
        self.preview = self.previewed = None
        self._update_buttons()
        self.accept()

