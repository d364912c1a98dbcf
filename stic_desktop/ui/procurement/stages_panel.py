"""Steg och datum: the ten LOU stages with planned and actual dates, and the buttons that move the procurement.

Dates are typed into the table (ÅÅÅÅ-MM-DD, empty for none) and saved at once; a refused date is put back
and the message says why. A tender period below the minimum asks for the reason and saves both together.
The questions are module-level functions so tests can answer them.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stic_desktop.core import clock
from stic_desktop.errors import UserError, ValidationError
from stic_desktop.services import validation
from stic_desktop.services.procurement import procurements, stages
from stic_desktop.services.procurement.procurements import STAGE_LABELS
from stic_desktop.services.procurement.records import STAGES
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.widgets import messages, rights
from stic_desktop.ui.widgets.labels import label
from stic_desktop.ui.widgets.row_menu import add_row_actions

PLANNED, ACTUAL = 1, 2
DONE_COLOUR, CURRENT_COLOUR, LATE_COLOUR = "#2e7d32", "#1d4e89", "#b00020"


def ask_move_back(parent: QWidget, choices: list[tuple[str, str]]) -> tuple[str, str] | None:
    """(stage, reason) for moving back, or None when cancelled; the reason is required by the service."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("stages", "Flytta tillbaka"))
    combo = QComboBox()
    for code, text in choices:
        combo.addItem(text, code)
    combo.setCurrentIndex(combo.count() - 1)
    reason = QPlainTextEdit()
    reason.setPlaceholderText(QCoreApplication.translate("stages", "Varför? Skälet sparas i historiken."))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(QCoreApplication.translate("stages", "Flytta tillbaka"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("stages", "Avbryt"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel(QCoreApplication.translate("stages", "Tillbaka till steget:")))
    layout.addWidget(combo)
    layout.addWidget(QLabel(QCoreApplication.translate("stages", "Skäl:")))
    layout.addWidget(reason)
    layout.addWidget(buttons)
    return (combo.currentData(), reason.toPlainText()) if dialog.exec() else None


def ask_reason(parent: QWidget, title: str, label: str, text: str = "") -> str | None:
    """Free text (None when cancelled)."""
    value, ok = QInputDialog.getMultiLineText(parent, title, label, text)
    return value if ok else None


def ask_shift(parent: QWidget, text: str) -> bool:
    """Yes/No: move the following planned dates as well."""
    return messages.confirm(parent, QCoreApplication.translate("stages", "Flytta följande datum"), text,
                            QCoreApplication.translate("stages", "Flytta dem också"))


class StagesPanel(QWidget):
    changed = Signal()
    status_message = Signal(str)

    def __init__(self, context: AppContext, procurement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.procurement_id = procurement_id
        self.record: procurements.ProcurementRecord | None = None
        self.rows: list = []
        self._loading = False
        self.table = QTableWidget(len(STAGES), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Steg"), self.tr("Planerat"), self.tr("Faktiskt")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (PLANNED, ACTUAL):
            self.table.setColumnWidth(column, 130)
        self.table.itemChanged.connect(self._item_changed)
        self.table.setToolTip(self.tr("Skriv datum som ÅÅÅÅ-MM-DD; töm cellen för att ta bort ett planerat datum."))

        self.period_label = QLabel()
        self.period_label.setWordWrap(True)
        self.standstill_label = QLabel()
        self.standstill_label.setWordWrap(True)
        self.attesters_label = QLabel()
        self.attesters_label.setWordWrap(True)
        self.next_button = QPushButton(self.tr("Nästa steg"))
        self.next_button.clicked.connect(self.advance)
        self.back_button = QPushButton(self.tr("Tillbaka…"))
        self.back_button.clicked.connect(self.move_back)
        self.cancel_button = QPushButton(self.tr("Avbryt upphandling…"))
        self.cancel_button.clicked.connect(self.cancel)
        self.attesters_button = QPushButton(self.tr("Bevittnare vid anbudsöppningen…"))
        add_row_actions(self.table, self.next_button, self.back_button)
        rights.needs(rights.WRITE, self.next_button, self.back_button, self.cancel_button, self.attesters_button)
        self.attesters_button.clicked.connect(self.edit_attesters)
        buttons = QHBoxLayout()
        for button in (self.next_button, self.back_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.attesters_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.period_label)
        layout.addWidget(self.standstill_label)
        layout.addWidget(self.attesters_label)
        self.reload()

    # -- showing -------------------------------------------------------------------------
    def reload(self) -> None:
        db = self.context.db
        try:
            self.record = procurements.get_procurement(db, self.procurement_id)
            rows = stages.stages(db, self.procurement_id)
            self.rows = rows
            view = stages.tender_period_view(db, self.procurement_id)
            check = view.check if view is not None else None
            standstill = stages.standstill_for(db, self.procurement_id)
        except UserError as error:
            messages.show_error(self, error)
            return
        record = self.record
        current = STAGES.index(record.stage) if record.stage in STAGES else -1
        self._loading = True
        today = clock.today()
        for row, stage in enumerate(rows):
            name = QTableWidgetItem(f"{stage.position}. {label(stage.label)}")
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if row == current:
                name.setText(name.text() + self.tr(" (nu)"))
                name.setForeground(QBrush(QColor(CURRENT_COLOUR)))
                font = name.font()
                font.setBold(True)
                name.setFont(font)
            elif row < current:
                name.setForeground(QBrush(QColor(DONE_COLOUR)))
            self.table.setItem(row, 0, name)
            for column, value in ((PLANNED, stage.planned_on), (ACTUAL, stage.actual_on)):
                item = QTableWidgetItem(value.isoformat() if value else "")
                editable = record.stage != "cancelled" and (column == PLANNED or row <= current) \
                    and rights.allows(self.context)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                item.setFlags(flags | Qt.ItemFlag.ItemIsEditable if editable else flags)
                if column == PLANNED and value and row > current and value < today and record.running:
                    item.setForeground(QBrush(QColor(LATE_COLOUR)))
                    item.setToolTip(self.tr("Det planerade datumet har passerat."))
                self.table.setItem(row, column, item)
        self._loading = False
        self._show_checks(check, standstill, view)
        running = record.running
        self.next_button.setEnabled(running)
        if running and current + 1 < len(STAGES):
            self.next_button.setText(self.tr("Nästa steg: %1").replace("%1", label(STAGE_LABELS[STAGES[current + 1]])))
        else:
            self.next_button.setText(self.tr("Nästa steg"))
        self.back_button.setEnabled(record.stage != "cancelled" and current > 0)
        self.cancel_button.setEnabled(record.stage not in ("signed", "closed", "cancelled"))
        self.attesters_button.setEnabled(record.stage != "cancelled")

    def _basis_text(self, view) -> str:
        """Which advertising date the period is counted from."""
        if view is None:
            return ""
        if view.basis == "actual":
            return self.tr(" Räknat från annonseringen %1.").replace("%1", view.advertised_on.isoformat())
        if view.basis == "planned":
            return self.tr(" Räknat från det planerade annonsdatumet %1.").replace("%1", view.advertised_on.isoformat())
        return self.tr(" Räknat från i dag: det planerade annonsdatumet %1 har passerat utan annonsering.").replace(
            "%1", view.planned_on.isoformat())

    def _show_checks(self, check, standstill, view=None) -> None:
        record = self.record
        if check is None:
            self.period_label.setText(self.tr("Anbudstid: sätt datum för Annonserad och Sista anbudsdag så "
                                              "kontrolleras tiden mot LOU 11 kap."))
            self.period_label.setStyleSheet("")
        elif check.ok:
            minimum = self.tr(" (minst %1 dagar, %2)").replace("%1", str(check.minimum)).replace(
                "%2", check.reference) if check.minimum else ""
            reason = self.tr(" Kortare tid med skäl: %1").replace("%1", record.tender_period_reason) \
                if record.tender_period_reason and (check.rule_key or "").endswith(".urgent") else ""
            self.period_label.setText(self.tr("Anbudstid: %1 dagar").replace("%1", str(check.days)) + minimum
                                      + "." + self._basis_text(view) + reason)
            self.period_label.setStyleSheet(f"color: {DONE_COLOUR};")
        else:
            self.period_label.setText(check.message + self._basis_text(view))
            self.period_label.setStyleSheet(f"color: {LATE_COLOUR if not check.warn_only else '#8a5a00'};")
        if standstill is None:
            self.standstill_label.setText("")
            self.standstill_label.hide()
        else:
            moved = self.tr(" (flyttad: %1)").replace("%1", standstill.moved_because) if standstill.moved_because else ""
            self.standstill_label.setText(
                self.tr("Avtalsspärr %1 dagar från %2 till och med %3%4. Avtal får tecknas tidigast %5.")
                .replace("%1", str(standstill.days)).replace("%2", standstill.sent_on.isoformat())
                .replace("%3", standstill.last_day.isoformat()).replace("%4", moved)
                .replace("%5", standstill.first_signing_day.isoformat()))
            self.standstill_label.show()
        names = ", ".join(record.opening_attesters) or self.tr("inga angivna (minst två behövs för protokollet)")
        self.attesters_label.setText(self.tr("Bevittnare vid anbudsöppningen: %1").replace("%1", names))

    # -- editing -------------------------------------------------------------------------
    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() not in (PLANNED, ACTUAL):
            return
        stage = STAGES[item.row()]
        try:
            planned = validation.parse_date(self._cell(item.row(), PLANNED))
            actual = validation.parse_date(self._cell(item.row(), ACTUAL))
        except ValueError as exc:
            messages.show_error(self, ValidationError("date", str(exc)))
            self.reload()
            return
        self.save_dates(stage, planned, actual)

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _shift_question(self, stage: str, planned: date | None) -> bool:
        """When a planned date moves and later stages have plans, asks whether to move them as many days."""
        old = next((r.planned_on for r in self.rows if r.stage == stage), None)
        if old is None or planned is None or old == planned:
            return False
        later = stages.following_planned({r.stage: (r.planned_on, r.actual_on) for r in self.rows}, stage)
        if not later:
            return False
        days = (planned - old).days
        names = ", ".join(label(STAGE_LABELS[s]) for s in later)
        text = (self.tr("%1 flyttades %2 dagar framåt.") if days > 0 else self.tr("%1 flyttades %2 dagar bakåt.")) \
            .replace("%1", label(STAGE_LABELS[stage])).replace("%2", str(abs(days)))
        return ask_shift(self, text + "\n\n" + self.tr("Flytta de följande planerade datumen (%1) lika många "
                                                        "dagar?").replace("%1", names))

    def save_dates(self, stage: str, planned: date | None, actual: date | None) -> bool:
        """Saves one stage's dates; a moved plan offers to move the later plans along; a short tender period asks
        for the reason and saves it with them."""
        db = self.context.db
        shift = self._shift_question(stage, planned)
        try:
            stages.set_stage_dates(db, self.procurement_id, stage, planned, actual, shift_following=shift)
        except ValidationError as error:
            message = error.for_field("tender_period_reason")
            if message is None or len(error.errors) > 1:
                return self._failed(error)
            reason = ask_reason(self, self.tr("Kortare anbudstid"),
                                message + "\n\n" + self.tr("Skriv skälet till den kortare tiden (sparas), eller "
                                                           "avbryt och ändra datumet."))
            if not reason or not reason.strip():
                self.reload()
                return False
            try:
                stages.set_stage_dates(db, self.procurement_id, stage, planned, actual,
                                       tender_period_reason=reason, shift_following=shift)
            except UserError as error:
                return self._failed(error)
        except UserError as error:
            return self._failed(error)
        self._done(self.tr("%1: datumen sparades.").replace("%1", label(STAGE_LABELS[stage])))
        return True

    def _failed(self, error: UserError) -> bool:
        messages.show_error(self, error)
        self.reload()
        return False

    def _done(self, text: str) -> None:
        self.reload()
        self.status_message.emit(text)
        self.changed.emit()
        self.context.data_changed.emit(procurements.ENTITY)

    def _call(self, action, *args, **kwargs) -> bool:
        try:
            action(self.context.db, self.procurement_id, *args, **kwargs)
        except UserError as error:
            return self._failed(error)
        return True

    def advance(self) -> None:
        """Nästa steg; a refusal that asks why the tender period is short opens the field for the reason, and the
        step is taken again with it."""
        try:
            stages.advance_stage(self.context.db, self.procurement_id)
        except ValidationError as error:
            message = error.for_field("tender_period_reason")
            if message is None or len(error.errors) > 1:
                self._failed(error)
                return
            reason = ask_reason(self, self.tr("Kortare anbudstid"),
                                message + "\n\n" + self.tr("Skriv skälet till den kortare tiden (sparas), eller "
                                                           "avbryt och ändra datumen."),
                                self.record.tender_period_reason if self.record else "")
            if not reason or not reason.strip() or not self._call(stages.advance_stage,
                                                                  tender_period_reason=reason):
                self.reload()
                return
        except UserError as error:
            self._failed(error)
            return
        self._done(self.tr("Upphandlingen är nu i steget %1.").replace("%1", label(self.record_stage_label())))

    def record_stage_label(self) -> str:
        return procurements.get_procurement(self.context.db, self.procurement_id).stage_label

    def move_back(self) -> None:
        current = STAGES.index(self.record.stage)
        answer = ask_move_back(self, [(s, label(STAGE_LABELS[s])) for s in STAGES[:current]])
        if answer is not None and self._call(stages.move_back, *answer):
            self._done(self.tr("Upphandlingen flyttades tillbaka till %1.").replace("%1", label(STAGE_LABELS[answer[0]])))

    def cancel(self) -> None:
        reason = ask_reason(self, self.tr("Avbryt upphandlingen"),
                            self.tr("Varför avbryts upphandlingen? Skälet sparas och kan inte ångras."))
        if reason is not None and self._call(stages.cancel_procurement, reason):
            self._done(self.tr("Upphandlingen är avbruten."))

    def edit_attesters(self) -> None:
        names = ask_reason(self, self.tr("Bevittnare vid anbudsöppningen"),
                           self.tr("Skriv minst två namn, ett per rad. De skriver under anbudsöppningsprotokollet."),
                           "\n".join(self.record.opening_attesters))
        if names is not None and self._call(procurements.set_opening_attesters, names.splitlines()):
            self._done(self.tr("Bevittnarna sparades."))
