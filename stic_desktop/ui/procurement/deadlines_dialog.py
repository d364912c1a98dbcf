"""Tidsfrister: the LOU deadline calculator for planning, the same service functions as
``stic-desktop deadlines`` (``calculator.calculate_tender`` and ``calculator.calculate_standstill``).

It only reads the rule table; every change of an input recomputes at once and shows the earliest allowed days,
the paragraph each follows and why a day moved (the holiday's name).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from stic_desktop.core import clock
from stic_desktop.errors import UserError
from stic_desktop.services.procurement import calculator, deadlines, procurements
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.widgets.labels import label


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def _result_label() -> QLabel:
    result = QLabel()
    result.setWordWrap(True)
    result.setMinimumWidth(520)
    result.setTextInteractionFlags(result.textInteractionFlags() | result.textInteractionFlags().TextSelectableByMouse)
    return result


class DeadlinesDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Tidsfrister"))
        today = today or clock.today()

        tender_box = QGroupBox(self.tr("Anbudsansökningar och anbud (LOU 11 kap.)"))
        tender_form = QFormLayout(tender_box)
        self.procedure_combo = QComboBox()
        for code, text in procurements.PROCEDURE_LABELS.items():
            self.procedure_combo.addItem(label(text), code)
        tender_form.addRow(self.tr("Förfarande:"), self.procedure_combo)
        self.notice_edit = _date_edit(today)
        tender_form.addRow(self.tr("Annonsen skickas:"), self.notice_edit)
        self.invitation_check = QCheckBox(self.tr("Inbjudan att lämna anbud skickas:"))
        self.invitation_edit = _date_edit(today)
        self.invitation_edit.setEnabled(False)
        invitation_row = QHBoxLayout()
        invitation_row.addWidget(self.invitation_check)
        invitation_row.addWidget(self.invitation_edit)
        invitation_row.addStretch(1)
        tender_form.addRow("", invitation_row)
        self.electronic_check = QCheckBox(self.tr("Anbud tas emot elektroniskt (11 kap. 6 §)"))
        self.electronic_check.setChecked(True)
        self.pin_check = QCheckBox(self.tr("Förhandsannonsering har gjorts (11 kap. 5 §)"))
        self.paper_documents_check = QCheckBox(self.tr("Upphandlingsdokumenten finns inte fritt elektroniskt "
                                                       "(+5 dagar, 11 kap. 9 §)"))
        for check in (self.electronic_check, self.pin_check, self.paper_documents_check):
            tender_form.addRow("", check)
        self.tender_result = _result_label()
        tender_form.addRow(self.tender_result)

        standstill_box = QGroupBox(self.tr("Avtalsspärr (LOU 20 kap. 1 §)"))
        standstill_form = QFormLayout(standstill_box)
        self.sent_edit = _date_edit(today)
        standstill_form.addRow(self.tr("Tilldelningsbeslutet skickas:"), self.sent_edit)
        self.paper_check = QCheckBox(self.tr("Skickas inte elektroniskt (15 dagar)"))
        standstill_form.addRow("", self.paper_check)
        self.standstill_result = _result_label()
        standstill_form.addRow(self.standstill_result)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tender_box)
        layout.addWidget(standstill_box)
        layout.addWidget(buttons)

        self.procedure_combo.currentIndexChanged.connect(self.update_tender)
        self.invitation_check.toggled.connect(self.invitation_edit.setEnabled)
        for edit in (self.notice_edit, self.invitation_edit):
            edit.dateChanged.connect(self.update_tender)
        for check in (self.invitation_check, self.electronic_check, self.pin_check, self.paper_documents_check):
            check.toggled.connect(self.update_tender)
        self.sent_edit.dateChanged.connect(self.update_standstill)
        self.paper_check.toggled.connect(self.update_standstill)
        self.update_tender()
        self.update_standstill()

    def update_tender(self, *_args) -> None:
        procedure = self.procedure_combo.currentData()
        self.invitation_check.setVisible(procedure in deadlines.TWO_PHASE_PROCEDURES)
        self.invitation_edit.setVisible(procedure in deadlines.TWO_PHASE_PROCEDURES)
        invitation = _day(self.invitation_edit) if self.invitation_check.isChecked() and \
            procedure in deadlines.TWO_PHASE_PROCEDURES else None
        try:
            result = calculator.calculate_tender(
                self.context.db, procedure, _day(self.notice_edit), electronic=self.electronic_check.isChecked(),
                pin=self.pin_check.isChecked(), documents_electronic=not self.paper_documents_check.isChecked(),
                invitation_on=invitation)
        except UserError as error:
            self.tender_result.setText(error.message)
            return
        self.tender_result.setText("\n\n".join(calculator.tender_lines(result)[2:]))

    def update_standstill(self, *_args) -> None:
        electronic = not self.paper_check.isChecked()
        try:
            result = calculator.calculate_standstill(self.context.db, _day(self.sent_edit), electronic=electronic)
        except UserError as error:
            self.standstill_result.setText(error.message)
            return
        self.standstill_result.setText("\n\n".join(calculator.standstill_lines(result, electronic=electronic)[1:]))
