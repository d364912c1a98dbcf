"""Create or edit a procurement: title, kind, procedure, value, people, the LOU options.

While the value or the kind of contract changes, the dialog shows where the value falls against the EU
threshold and the direct-award limit (``procurement_rules.classify``), so the procedure is chosen knowingly.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from stic_desktop.core import clock, money
from stic_desktop.errors import FieldError, UserError, ValidationError
from stic_desktop.services import validation
from stic_desktop.services.people import groups, staff
from stic_desktop.services.procurement import lou, procurements
from stic_desktop.services.procurement import rules as procurement_rules
from stic_desktop.services.procurement.procurements import ProcurementInput, ProcurementRecord
from stic_desktop.services.procurement.records import FIELD_LABELS
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.widgets.form import FormDialog, typed_amount
from stic_desktop.ui.widgets.labels import label


def parse_value(text: str) -> int:
    """The estimated value as typed, in öre (empty is 0); a ValidationError on the field otherwise."""
    return typed_amount(text, "estimated_value_ore", QCoreApplication.translate(
        "ProcurementDialog", "”%1” är inget belopp. Skriv kronor, t.ex. 2 500 000 eller 12 500,50.")) or 0


class ProcurementDialog(FormDialog):
    def __init__(self, context: AppContext, record: ProcurementRecord | None = None, parent: QWidget | None = None,
                 *, proposal_id: int | None = None) -> None:
        super().__init__(context, parent, min_width=600, grow=True)
        self.record = record
        self.proposal_id = proposal_id if record is None else record.proposal_id
        self.setWindowTitle(self.tr("Ny upphandling") if record is None
                            else self.tr("Upphandling %1").replace("%1", record.case_number))
        db = context.db

        self.case_edit = QLineEdit()
        self.case_edit.setPlaceholderText(self.tr("Lämna tomt för nästa nummer (STIC-ÅÅÅÅ-NNN)"))
        self.errors.add_row("case_number", self.tr("Diarienummer:"), self.case_edit)
        self.title_edit = QLineEdit()
        self.errors.add_row("title", self.tr("Rubrik *:"), self.title_edit)
        if self.proposal_id is not None:
            self.proposal_label = QLabel(self._proposal_title())
            self.proposal_label.setWordWrap(True)
            self.errors.add_row("proposal_id", self.tr("Från förslag:"), self.proposal_label)
        self.area_combo = self._combo(procurements.AREA_LABELS)
        self.errors.add_row("area", self.tr("Område:"), self.area_combo)
        self.kind_combo = self._combo(procurements.CONTRACT_KIND_LABELS)
        self.errors.add_row("contract_kind", self.tr("Kontraktstyp:"), self.kind_combo)
        self.value_edit = QLineEdit()
        self.value_edit.setPlaceholderText(self.tr("kronor för hela avtalstiden, t.ex. 2 500 000"))
        self.errors.add_row("estimated_value_ore", self.tr("Uppskattat värde (kr):"), self.value_edit)
        self.classification_label = QLabel()
        self.classification_label.setObjectName("hint")
        self.classification_label.setWordWrap(True)
        self.classification_label.setMinimumHeight(self.classification_label.fontMetrics().lineSpacing() * 4)
        self.form.addRow("", self.classification_label)
        self.procedure_combo = self._combo(procurements.PROCEDURE_LABELS)
        self.errors.add_row("procedure", self.tr("Förfarande:"), self.procedure_combo)
        self.grounds_edit = QPlainTextEdit()
        self.grounds_edit.setTabChangesFocus(True)
        self.grounds_edit.setFixedHeight(54)
        self.grounds_edit.setPlaceholderText(self.tr("Krävs för förhandlat förfarande och konkurrenspräglad dialog "
                                                     "(LOU 6 kap. 5–6, 12–19 §§)"))
        self.errors.add_row("procedure_grounds", label(FIELD_LABELS["procedure_grounds"]) + ":", self.grounds_edit)
        self.application_edit = self._date_line(self.tr("ÅÅÅÅ-MM-DD, selektivt/förhandlat/dialog (11 kap. 3 §)"))
        self.errors.add_row("application_deadline_on", label(FIELD_LABELS["application_deadline_on"]) + ":",
                            self.application_edit)
        self.invitation_edit = self._date_line(self.tr("ÅÅÅÅ-MM-DD, anbudstiden räknas härifrån"))
        self.errors.add_row("invitation_sent_on", label(FIELD_LABELS["invitation_sent_on"]) + ":",
                            self.invitation_edit)
        self.agreement_combo = self._combo(lou.TENDER_AGREEMENT_LABELS)
        self.errors.add_row("tender_period_agreement", self.tr("Anbudstid (11 kap. 7 §):"), self.agreement_combo)

        self.responsible_combo = QComboBox()
        self.responsible_combo.addItem(self.tr("(ingen)"), None)
        for member in staff.list_staff(db):
            self.responsible_combo.addItem(member.name, member.id)
        self.errors.add_row("responsible_id", self.tr("Ansvarig:"), self.responsible_combo)
        self.group_combo = QComboBox()
        self.group_combo.addItem(self.tr("(ingen avtalsgrupp än)"), None)
        for group in groups.list_groups(db):
            if group.kind == "contract" and (group.active or (record is not None and group.id == record.contract_group_id)):
                self.group_combo.addItem(group.name, group.id)
        self.errors.add_row("contract_group_id", self.tr("Avtalsgrupp:"), self.group_combo)

        self.electronic_check = QCheckBox(self.tr("Anbud lämnas elektroniskt (LOU 12 kap.)"))
        self.pin_check = QCheckBox(self.tr("Förhandsannonsering har gjorts"))
        self.urgent_check = QCheckBox(self.tr("Brådskande (skälet dokumenteras)"))
        self.award_check = QCheckBox(self.tr("Tilldelningsbeslutet skickas elektroniskt"))
        self.award_check.setToolTip(self.tr("Avtalsspärren är 10 dagar när beslutet skickas elektroniskt, annars 15 "
                                       "(LOU 20 kap. 1 §)."))
        self.documents_check = QCheckBox(self.tr("Upphandlingsdokumenten är fritt tillgängliga elektroniskt "
                                                 "(annars +5 dagar, 11 kap. 9 §)"))
        for check in (self.electronic_check, self.documents_check, self.pin_check, self.urgent_check,
                      self.award_check):
            self.form.addRow("", check)
        self.standstill_edit = QLineEdit()
        self.standstill_edit.setPlaceholderText(self.tr("tomt = lagens minsta tid (10 eller 15 dagar)"))
        self.errors.add_row("standstill_days", label(FIELD_LABELS["standstill_days"]) + ":", self.standstill_edit)
        self.ex_ante_edit = self._date_line(self.tr("ÅÅÅÅ-MM-DD, direktupphandling/utan annonsering (20 kap. 3 §)"))
        self.errors.add_row("ex_ante_published_on", label(FIELD_LABELS["ex_ante_published_on"]) + ":",
                            self.ex_ante_edit)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(54)
        self.reason_edit.setPlaceholderText(self.tr("Bara vid brådska: kortare tidsfrister (LOU 11 kap. 10 §)"))
        self.errors.add_row("tender_period_reason", label(FIELD_LABELS["tender_period_reason"]) + ":", self.reason_edit)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(72)
        self.errors.add_row("notes", label(FIELD_LABELS["notes"]) + ":", self.notes_edit)

        note = QLabel(self.tr("* måste fyllas i."))
        note.setObjectName("hint")
        layout = self.body
        layout.addWidget(note)
        self._fill(record)
        self.kind_combo.currentIndexChanged.connect(self.update_classification)
        self.value_edit.textChanged.connect(self.update_classification)
        self.update_classification()

    def _combo(self, labels: dict[str, str]) -> QComboBox:
        combo = QComboBox()
        for code, text in labels.items():
            combo.addItem(label(text), code)
        return combo

    def _date_line(self, hint: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(hint)
        return edit

    def _proposal_title(self) -> str:
        if self.record is not None:
            return self.record.proposal_title
        from stic_desktop.services.proposals import proposals

        try:
            return proposals.get_proposal(self.context.db, self.proposal_id).title
        except UserError as error:
            return error.message

    def _fill(self, record: ProcurementRecord | None) -> None:
        data = record.as_input() if record is not None else ProcurementInput()
        if record is None and self.proposal_id is not None:
            self.title_edit.setText(self._proposal_title())
        else:
            self.title_edit.setText(data.title)
        self.case_edit.setText(data.case_number)
        for combo, value in ((self.area_combo, data.area), (self.kind_combo, data.contract_kind),
                             (self.procedure_combo, data.procedure)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.value_edit.setText(money.format_input(data.estimated_value_ore) if data.estimated_value_ore else "")
        responsible = data.responsible_id if record is not None else self.context.db.actor_id
        if responsible is not None and self.responsible_combo.findData(responsible) < 0 and record is not None:
            self.responsible_combo.addItem(record.responsible_name, responsible)  # no longer staff: kept
        self.responsible_combo.setCurrentIndex(max(0, self.responsible_combo.findData(responsible)))
        self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(data.contract_group_id)))
        self.electronic_check.setChecked(data.electronic_submission)
        self.pin_check.setChecked(data.prior_information_notice)
        self.urgent_check.setChecked(data.urgent)
        self.award_check.setChecked(data.award_sent_electronically)
        self.reason_edit.setPlainText(data.tender_period_reason)
        self.grounds_edit.setPlainText(data.procedure_grounds)
        for edit, day in ((self.application_edit, data.application_deadline_on),
                          (self.invitation_edit, data.invitation_sent_on), (self.ex_ante_edit, data.ex_ante_published_on)):
            edit.setText(day.isoformat() if day else "")
        self.agreement_combo.setCurrentIndex(max(0, self.agreement_combo.findData(data.tender_period_agreement)))
        self.documents_check.setChecked(data.documents_electronic)
        self.standstill_edit.setText(str(data.standstill_days) if data.standstill_days is not None else "")
        self.notes_edit.setPlainText(data.notes)

    def update_classification(self, *_args) -> None:
        """The EU threshold and the direct-award limit for the value typed, as of today."""
        try:
            value = parse_value(self.value_edit.text())
        except ValidationError as error:
            self.classification_label.setText(error.message)
            return
        try:
            result = procurement_rules.classify(self.context.db, self.kind_combo.currentData(), value, clock.today())
        except UserError as error:
            self.classification_label.setText(error.message)
            return
        self.classification_label.setText(result.message)

    def value(self) -> ProcurementInput:
        """The input as typed; raises ValidationError when the amount is not a number."""
        errors: list[FieldError] = []
        try:
            amount = parse_value(self.value_edit.text())
        except ValidationError as exc:
            errors.extend(exc.errors)
        days: dict[str, date | None] = {}
        for field, edit in (("application_deadline_on", self.application_edit),
                            ("invitation_sent_on", self.invitation_edit), ("ex_ante_published_on", self.ex_ante_edit)):
            try:
                days[field] = validation.parse_date(edit.text())
            except ValueError as exc:
                errors.append(FieldError(field, str(exc)))
        standstill_text = self.standstill_edit.text().strip()
        standstill_days = int(standstill_text) if standstill_text.isdigit() else None
        if standstill_text and standstill_days is None:
            errors.append(FieldError("standstill_days", self.tr("Skriv antalet dagar som ett heltal, t.ex. 20.")))
        if errors:
            raise ValidationError.of(errors)
        return ProcurementInput(
            title=self.title_edit.text(), area=self.area_combo.currentData(),
            contract_kind=self.kind_combo.currentData(), procedure=self.procedure_combo.currentData(),
            estimated_value_ore=amount, responsible_id=self.responsible_combo.currentData(),
            contract_group_id=self.group_combo.currentData(), proposal_id=self.proposal_id,
            electronic_submission=self.electronic_check.isChecked(), prior_information_notice=self.pin_check.isChecked(),
            urgent=self.urgent_check.isChecked(), award_sent_electronically=self.award_check.isChecked(),
            tender_period_reason=self.reason_edit.toPlainText(), notes=self.notes_edit.toPlainText(),
            case_number=self.case_edit.text(), procedure_grounds=self.grounds_edit.toPlainText(),
            application_deadline_on=days["application_deadline_on"], invitation_sent_on=days["invitation_sent_on"],
            tender_period_agreement=self.agreement_combo.currentData(),
            documents_electronic=self.documents_check.isChecked(), standstill_days=standstill_days,
            ex_ante_published_on=days["ex_ante_published_on"])

    def reload(self) -> bool:
        if self.record is None:
            return False
        self.record = procurements.get_procurement(self.context.db, self.record.id)
        self._fill(self.record)
        return True

    def stored(self) -> None:
        self.context.data_changed.emit(procurements.ENTITY)

    def store(self):
        db = self.context.db
        data = self.value()
        if self.record is not None:
            return procurements.update_procurement(db, self.record.id, data, expected_version=self.record.row_version)
        elif self.proposal_id is not None:
            return procurements.create_from_proposal(db, self.proposal_id, data)
        else:
            return procurements.create_procurement(db, data)
