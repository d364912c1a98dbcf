"""Öppning och uppföljning: what the law asks around the opening and after the award (issue 15).

- Anbudsöppningen: the time and place, who opened, an optional witness and the tender deadline's clock time
  (12 kap. 10 § LOU), printed in the opening record.
- Jävs- och sekretessförbindelser: every contract-group member signs before the opening; who is missing is
  listed (the opening is refused until they have signed).
- Beslutsfattare: who decides the award under which delegation (printed in the award decision).
- Efter tilldelningen: the duties after signing, each done by a date (the award notice, the documentation) or a
  document (the individual report; for a cancelled procurement the notice to the tenderers), which is built,
  archived and dated in one job.

The questions are module-level functions so tests can answer them.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stic_desktop.core import clock, filenames
from stic_desktop.errors import UserError
from stic_desktop.operations import procurement_documents
from stic_desktop.services.procurement import after_award, declarations, procurements
from stic_desktop.services.procurement.after_award import OpeningDetails
from stic_desktop.services.procurement.procurements import ProcurementRecord
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.widgets import messages, rights
from stic_desktop.ui.widgets import pickers as file_pickers
from stic_desktop.ui.widgets.form import FormDialog
from stic_desktop.ui.widgets.jobs import run_job
from stic_desktop.ui.widgets.labels import label
from stic_desktop.ui.widgets.pickers import ScratchFolder
from stic_desktop.ui.widgets.row_menu import install_row_menu, row_menu
from stic_desktop.ui.widgets.tables import on_open

STATE_COLOURS = {"done": "#2e7d32", "overdue": "#b00020", "due": "#1d4e89", "waiting": "#555555"}
DOCUMENT_TITLES = {"individual_report": "Individuell rapport", "cancellation_notice": "Underrättelse om avbrytande"}


def _date_edit(day: date | None) -> QDateEdit:
    edit = QDateEdit(QDate(day or clock.today()))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMaximumDate(QDate(clock.today()))
    return edit


class OpeningDetailsDialog(FormDialog):
    def __init__(self, context: AppContext, record: ProcurementRecord, parent: QWidget | None = None) -> None:
        super().__init__(context, parent, min_width=480)
        self.record = record
        self.setWindowTitle(self.tr("Anbudsöppningen"))
        self.deadline_time = self.add_row("tender_deadline_time", self.tr("Sista anbudstid, klockslag:"),
                                          QLineEdit(record.tender_deadline_time))
        self.deadline_time.setPlaceholderText(self.tr("TT:MM (tomt: dagens slut)"))
        self.time_edit = self.add_row("opening_time", self.tr("Öppningen, klockslag:"), QLineEdit(record.opening_time))
        self.time_edit.setPlaceholderText("TT:MM")
        self.place_edit = self.add_row("opening_place", self.tr("Plats:"), QLineEdit(record.opening_place))
        self.opened_edit = self.add_row("opened_by", self.tr("Öppnade anbuden:"), QLineEdit(record.opened_by))
        self.witness_edit = self.add_row("opening_witness", self.tr("Vittne (valfritt):"),
                                         QLineEdit(record.opening_witness))

    def store(self) -> object:
        return after_award.set_opening_details(self.context.db, self.record.id, OpeningDetails(
            self.time_edit.text(), self.place_edit.text(), self.opened_edit.text(), self.witness_edit.text(),
            self.deadline_time.text()))


class DecisionMakerDialog(FormDialog):
    def __init__(self, context: AppContext, record: ProcurementRecord, parent: QWidget | None = None) -> None:
        super().__init__(context, parent, min_width=480)
        self.record = record
        self.setWindowTitle(self.tr("Beslutsfattare"))
        self.maker_edit = self.add_row("decision_maker", self.tr("Namn och titel:"), QLineEdit(record.decision_maker))
        self.delegation_edit = self.add_row("decision_delegation", self.tr("Delegation:"), QPlainTextEdit())
        self.delegation_edit.setPlainText(record.decision_delegation)
        self.delegation_edit.setPlaceholderText(self.tr("t.ex. Delegationsordning 2026, punkt 4.2"))
        self.delegation_edit.setMaximumHeight(70)

    def store(self) -> object:
        return after_award.set_decision_maker(self.context.db, self.record.id, self.maker_edit.text(),
                                              self.delegation_edit.toPlainText())


class DeclarationDialog(FormDialog):
    def __init__(self, context: AppContext, procurement_id: int, declaration: declarations.DeclarationRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent, min_width=460)
        self.procurement_id, self.declaration = procurement_id, declaration
        self.setWindowTitle(self.tr("Jävs- och sekretessförbindelse"))
        self.form.addRow(self.tr("Ledamot:"), QLabel(declaration.person_name))
        self.date_edit = self.add_row("signed_on", self.tr("Undertecknad:"), _date_edit(declaration.signed_on))
        self.conflict_box = self.add_row("conflict", "", QCheckBox(self.tr("Ledamoten anmäler jäv")))
        self.conflict_box.setChecked(declaration.conflict)
        self.description_edit = self.add_row("conflict_description", self.tr("Jävet och åtgärderna:"),
                                             QPlainTextEdit(declaration.conflict_description))
        self.description_edit.setMaximumHeight(80)

    def store(self) -> object:
        return declarations.record_declaration(
            self.context.db, self.procurement_id, self.declaration.person_id, self.date_edit.date().toPython(),
            conflict=self.conflict_box.isChecked(), conflict_description=self.description_edit.toPlainText())


class DutyDateDialog(FormDialog):
    def __init__(self, context: AppContext, procurement_id: int, key: str, day: date | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent, min_width=360)
        self.procurement_id, self.key = procurement_id, key
        self.setWindowTitle(after_award.DUTIES[key][0])
        self.date_edit = self.add_row(key, self.tr("Datum:"), _date_edit(day))

    def store(self) -> object:
        return after_award.record_duty(self.context.db, self.procurement_id, self.key, self.date_edit.date().toPython())


def ask_dialog(dialog: FormDialog) -> bool:
    """Shows a form dialog; True when it saved (tests replace this)."""
    return bool(dialog.exec())


class FollowUpPanel(QWidget):
    changed = Signal()
    status_message = Signal(str)

    def __init__(self, context: AppContext, procurement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.procurement_id = procurement_id
        self.record: ProcurementRecord | None = None
        self.declarations: list[declarations.DeclarationRecord] = []
        self.scratch = ScratchFolder()
        scratch = self.scratch
        self.destroyed.connect(lambda *_: scratch.remove())

        self.opening_label = QLabel()
        self.opening_label.setWordWrap(True)
        self.opening_button = QPushButton(self.tr("Ändra…"))
        self.opening_button.clicked.connect(self.edit_opening)
        self.decision_label = QLabel()
        self.decision_label.setWordWrap(True)
        self.decision_button = QPushButton(self.tr("Ändra…"))
        self.decision_button.clicked.connect(self.edit_decision_maker)

        self.declaration_table = QTableWidget(0, 3)
        self.declaration_table.setHorizontalHeaderLabels([self.tr("Ledamot"), self.tr("Undertecknad"), self.tr("Jäv")])
        self.declaration_table.horizontalHeader().setStretchLastSection(True)
        self.declaration_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.declaration_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.declaration_table.setMaximumHeight(150)
        self.declaration_table.verticalHeader().hide()
        self.declaration_table.setAccessibleName(self.tr("Jävs- och sekretessförbindelser"))
        if rights.allows(context):
            on_open(self.declaration_table, lambda _index: self.record_declaration())
            row_menu(self.declaration_table).open_text = self.tr("Registrera förbindelse…")
        else:  # a reader has nothing to register: the list is only read
            install_row_menu(self.declaration_table)
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.declare_button = QPushButton(self.tr("Registrera förbindelse…"))
        self.declare_button.clicked.connect(self.record_declaration)
        rights.needs(rights.WRITE, self.opening_button, self.decision_button, self.declare_button)

        self.duties_box = QGroupBox(self.tr("Efter tilldelningen"))
        self.duties_grid = QGridLayout(self.duties_box)
        self.duty_widgets: dict[str, tuple[QLabel, list[QPushButton]]] = {}

        layout = QVBoxLayout(self)
        layout.addWidget(self._section(self.tr("Anbudsöppningen (12 kap. 10 § LOU)"), self.opening_label,
                                       [self.opening_button]))
        declarations_body = QWidget()
        column = QVBoxLayout(declarations_body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.declaration_table)
        column.addWidget(self.missing_label)
        layout.addWidget(self._section(self.tr("Jävs- och sekretessförbindelser (före anbudsöppningen)"),
                                       declarations_body, [self.declare_button]))
        layout.addWidget(self._section(self.tr("Beslutsfattare för tilldelningsbeslutet"), self.decision_label,
                                       [self.decision_button]))
        layout.addWidget(self.duties_box)
        layout.addStretch(1)
        self.reload()

    @staticmethod
    def _section(title: str, body: QWidget, buttons: list[QPushButton]) -> QGroupBox:
        box = QGroupBox(title)
        row = QHBoxLayout(box)
        row.addWidget(body, 1)
        column = QVBoxLayout()
        for button in buttons:
            column.addWidget(button)
        column.addStretch(1)
        row.addLayout(column)
        return box

    # -- state ---------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            self.record = procurements.get_procurement(self.context.db, self.procurement_id)
            self.declarations = declarations.declarations(self.context.db, self.procurement_id)
        except UserError as error:
            messages.show_error(self, error)
            return
        r = self.record
        time = after_award.clock_label(r.opening_time) or self.tr("klockslag ej angivet")
        self.opening_label.setText(
            self.tr("Öppning: %1, %2. Öppnade anbuden: %3. Vittne: %4. Sista anbudstid %5.")
            .replace("%1", time).replace("%2", r.opening_place or self.tr("plats ej angiven"))
            .replace("%3", r.opened_by or self.tr("ej angivet")).replace("%4", r.opening_witness or self.tr("inget"))
            .replace("%5", after_award.clock_label(r.tender_deadline_time) or self.tr("kl. 23.59")))
        self.decision_label.setText(
            self.tr("%1. Delegation: %2.").replace("%1", r.decision_maker or self.tr("Ingen beslutsfattare angiven"))
            .replace("%2", r.decision_delegation or self.tr("ej angiven")))
        self._show_declarations()
        self._show_duties()
        editable = r.stage != "cancelled"
        for button in (self.opening_button, self.decision_button, self.declare_button):
            button.setEnabled(editable)

    def _show_declarations(self) -> None:
        table = self.declaration_table
        table.setRowCount(len(self.declarations))
        for row, d in enumerate(self.declarations):
            signed = d.signed_on.isoformat() if d.signed_on else self.tr("saknas")
            conflict = (self.tr("Jäv: %1").replace("%1", d.conflict_description) if d.conflict
                        else (self.tr("Inget jäv") if d.signed else ""))
            for column, text in enumerate((d.person_name, signed, conflict)):
                table.setItem(row, column, QTableWidgetItem(text))
        missing = [d.person_name for d in self.declarations if not d.signed]
        if self.record is not None and self.record.contract_group_id is None:
            self.missing_label.setText(self.tr("Ingen avtalsgrupp är vald; inga förbindelser krävs."))
            self.missing_label.setStyleSheet("")
        elif missing:
            self.missing_label.setText(self.tr("Saknas för: %1. Anbuden kan inte öppnas förrän de har skrivit under.")
                                       .replace("%1", ", ".join(missing)))
            self.missing_label.setStyleSheet(f"color: {STATE_COLOURS['overdue']};")
        else:
            self.missing_label.setText(self.tr("Alla i avtalsgruppen har skrivit under."))
            self.missing_label.setStyleSheet(f"color: {STATE_COLOURS['done']};")

    def _show_duties(self) -> None:
        while self.duties_grid.count():
            item = self.duties_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.duty_widgets.clear()
        duties = after_award.duties(self.record) if self.record is not None else ()
        if not duties:
            self.duties_grid.addWidget(QLabel(self.tr("Skyldigheterna efter tilldelningen visas när avtalet är "
                                                      "tecknat (eller om upphandlingen avbryts).")), 0, 0)
            return
        for row, duty in enumerate(duties):
            name = QLabel(f"<b>{label(duty.label)}</b><br><span style='color:#555'>{duty.reference}</span>")
            state = QLabel(self._duty_text(duty))
            state.setStyleSheet(f"color: {STATE_COLOURS[duty.state]};")
            self.duties_grid.addWidget(name, row, 0)
            self.duties_grid.addWidget(state, row, 1)
            buttons = []
            if duty.done_by == "datum":
                buttons.append((self.tr("Ange datum…"), partial(self.record_duty_date, duty.key)))
            else:
                kind = next(k for k, v in after_award.DOCUMENT_DUTIES.items() if v == duty.key)
                buttons += [(self.tr("Förhandsgranska"), partial(self.preview, kind)),
                            (self.tr("Spara som PDF…"), partial(self.save, kind)),
                            (self.tr("Skicka och arkivera") if kind == "cancellation_notice"
                             else self.tr("Upprätta och arkivera"), partial(self.archive, kind))]
            made = []
            for column, (caption, slot) in enumerate(buttons, start=2):
                button = QPushButton(caption)
                button.clicked.connect(slot)
                if slot.func not in (self.preview, self.save):  # dates and archived documents are changes
                    rights.needs(rights.WRITE, button)
                    rights.apply(button, self.context)
                self.duties_grid.addWidget(button, row, column)
                made.append(button)
            self.duty_widgets[duty.key] = (state, made)
        self.duties_grid.setColumnStretch(1, 1)

    def _duty_text(self, duty: after_award.Duty) -> str:
        if duty.done_on is not None:
            return self.tr("Klar %1").replace("%1", duty.done_on.isoformat())
        if duty.due_on is None:
            return self.tr("Snarast") if duty.state != "waiting" else self.tr("När avtalet är tecknat")
        if duty.state == "overdue":
            return self.tr("Försenad: senast %1").replace("%1", duty.due_on.isoformat())
        return self.tr("Senast %1").replace("%1", duty.due_on.isoformat())

    def _saved(self, text: str) -> None:
        self.reload()
        self.status_message.emit(text)
        self.changed.emit()
        self.context.data_changed.emit(procurements.ENTITY)

    # -- actions -------------------------------------------------------------------------
    def edit_opening(self) -> None:
        if self.record is not None and ask_dialog(OpeningDetailsDialog(self.context, self.record, self)):
            self._saved(self.tr("Uppgifterna om anbudsöppningen sparades."))

    def edit_decision_maker(self) -> None:
        if self.record is not None and ask_dialog(DecisionMakerDialog(self.context, self.record, self)):
            self._saved(self.tr("Beslutsfattaren sparades."))

    def selected_declaration(self) -> declarations.DeclarationRecord | None:
        rows = self.declaration_table.selectionModel().selectedRows()
        if rows:
            return self.declarations[rows[0].row()]
        return next((d for d in self.declarations if not d.signed), None)

    def record_declaration(self) -> None:
        chosen = self.selected_declaration()
        if chosen is None:
            messages.show_error(self, UserError(QCoreApplication.translate(
                "FollowUpPanel", "Välj en ledamot i listan. Ledamöterna kommer från upphandlingens avtalsgrupp.")))
            return
        if ask_dialog(DeclarationDialog(self.context, self.procurement_id, chosen, self)):
            self._saved(self.tr("Förbindelsen för %1 registrerades.").replace("%1", chosen.person_name))

    def record_duty_date(self, key: str) -> None:
        if self.record is None:
            return
        if ask_dialog(DutyDateDialog(self.context, self.procurement_id, key, getattr(self.record, key), self)):
            self._saved(self.tr("%1: datumet sparades.").replace("%1", label(after_award.DUTIES[key][0])))

    def _file_name(self, kind: str) -> str:
        title = DOCUMENT_TITLES[kind]
        return filenames.safe(f"{title} {self.record.case_number}", ".pdf", fallback=title)

    def preview(self, kind: str) -> None:
        from stic_desktop.ui.widgets.pdf_preview import show_preview

        target = self.scratch.file(self._file_name(kind))
        run_job(self, self.tr("Skapar dokumentet…"), procurement_documents.export_procurement_document,
                self.context.db, kind, self.procurement_id, target,
                on_success=lambda outcome: show_preview(self, outcome.files[0], self.tr(DOCUMENT_TITLES[kind])))

    def save(self, kind: str) -> None:
        target = file_pickers.save_file_name(self, self.tr("Spara som PDF"), self._file_name(kind),
                                             self.tr("PDF (*.pdf)"))
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        run_job(self, self.tr("Skapar dokumentet…"), procurement_documents.export_procurement_document,
                self.context.db, kind, self.procurement_id, target,
                on_success=lambda outcome: self.status_message.emit(
                    self.tr("Sparade %1.").replace("%1", str(outcome.files[0]))))

    def archive(self, kind: str) -> None:
        run_job(self, self.tr("Arkiverar…"), procurement_documents.archive_duty_document, self.context.db, kind,
                self.procurement_id, on_success=lambda outcome: self._saved(outcome.message))
