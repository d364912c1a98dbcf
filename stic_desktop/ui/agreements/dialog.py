"""Create or edit a framework agreement: number, title, procurement, term and extension options.

While the dates and options change, the dialog shows the latest possible end date and the whole term, in
red when it passes the four years of LOU 7 kap. 2 § (a longer term then needs its special reasons written).
Created from a procurement, it also lists the awarded tenders so each can be linked to the supplier register
(``agreement_create.TenderLinks``) before the agreement takes them as its suppliers.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from stic_desktop.services.agreements import agreements, records
from stic_desktop.services.agreements.agreements import MAX_TERM_MONTHS, AgreementInput, AgreementRecord
from stic_desktop.services.agreements.records import FIELD_LABELS
from stic_desktop.services.procurement import procurements
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.people.membership_dialog import date_edit, to_date
from stic_desktop.ui.widgets.form import FormDialog
from stic_desktop.ui.widgets.labels import label

OK_COLOUR = "#2e7d32"
LONG_COLOUR = "#b00020"


def _spin(low: int, high: int, suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    spin.setMaximumWidth(130)
    return spin


class AgreementDialog(FormDialog):
    def __init__(self, context: AppContext, record: AgreementRecord | None = None, parent: QWidget | None = None, *,
                 procurement_id: int | None = None) -> None:
        super().__init__(context, parent, min_width=640, grow=True)
        self.record = record
        self.procurement_id = procurement_id if record is None else None
        self.setWindowTitle(self.tr("Nytt avtal") if record is None
                            else self.tr("Avtal %1").replace("%1", record.agreement_number))
        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(self.tr("Lämna tomt för upphandlingens diarienummer"))
        self.errors.add_row("agreement_number", label(FIELD_LABELS["agreement_number"]) + ":", self.number_edit)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Lämna tomt för upphandlingens rubrik"))
        self.errors.add_row("title", label(FIELD_LABELS["title"]) + " *:", self.title_edit)
        self.procurement_combo = QComboBox()
        self.procurement_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.procurement_combo.setMinimumContentsLength(30)
        self.procurement_combo.addItem(self.tr("(ingen upphandling i programmet)"), None)
        for p in procurements.list_procurements(context.db):
            self.procurement_combo.addItem(f"{p.case_number} – {p.title}", p.id)
        self.errors.add_row("procurement_id", label(FIELD_LABELS["procurement_id"]) + ":", self.procurement_combo)
        self.start_edit = date_edit()
        self.errors.add_row("start_date", label(FIELD_LABELS["start_date"]) + " *:", self.start_edit)
        self.end_edit = date_edit()
        self.errors.add_row("initial_end_date", label(FIELD_LABELS["initial_end_date"]) + " *:", self.end_edit)
        self.count_spin = _spin(0, 10)
        self.errors.add_row("extension_count", label(FIELD_LABELS["extension_count"]) + ":", self.count_spin)
        self.months_spin = _spin(0, 120, self.tr(" mån"))
        self.errors.add_row("extension_months", label(FIELD_LABELS["extension_months"]) + ":", self.months_spin)
        self.term_label = QLabel()  # no word wrap: a wrapping label in a form row is squeezed to its field's width
        self.form.addRow("", self.term_label)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(54)
        self.reason_edit.setPlaceholderText(self.tr("Bara om avtalstiden med förlängningar är längre än fyra år, "
                                                    "t.ex. investeringar som behöver längre återbetalningstid"))
        self.errors.add_row("long_term_reason", label(FIELD_LABELS["long_term_reason"]) + ":", self.reason_edit)
        self.due_spin = _spin(1, 28)
        self.due_spin.setToolTip(self.tr("Leverantörerna rapporterar försäljningen senast denna dag i månaden efter "
                                         "perioden."))
        self.errors.add_row("report_due_day", label(FIELD_LABELS["report_due_day"]) + ":", self.due_spin)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(64)
        self.errors.add_row("notes", label(FIELD_LABELS["notes"]) + ":", self.notes_edit)

        self.links = None
        if self.procurement_id is not None:
            from stic_desktop.ui.agreements.create import TenderLinks

            self.procurement_combo.setCurrentIndex(max(0, self.procurement_combo.findData(self.procurement_id)))
            self.procurement_combo.setEnabled(False)
            self.links = TenderLinks(context, self.procurement_id, self)
            self.errors.add_row("suppliers", self.tr("Leverantörer:"), self.links)
        note = QLabel(self.tr("* måste fyllas i."))
        note.setObjectName("hint")
        layout = self.body
        layout.addWidget(note)
        self._fill(record)
        for signal in (self.start_edit.dateChanged, self.end_edit.dateChanged, self.count_spin.valueChanged,
                       self.months_spin.valueChanged):
            signal.connect(self.update_term)
        self.update_term()

    def _fill(self, record: AgreementRecord | None) -> None:
        if record is None:  # the common 2 + 1 + 1 years
            start = to_date(self.start_edit)
            data = AgreementInput(start_date=start, initial_end_date=records.add_months(start, 24) - timedelta(days=1),
                                  extension_count=2, extension_months=12)
        else:
            data = record.as_input()
            self.procurement_combo.setCurrentIndex(max(0, self.procurement_combo.findData(data.procurement_id)))
        self.number_edit.setText(data.agreement_number)
        self.title_edit.setText(data.title)
        self.start_edit.setDate(data.start_date)
        self.end_edit.setDate(data.initial_end_date)
        self.count_spin.setValue(data.extension_count)
        self.months_spin.setValue(data.extension_months)
        self.reason_edit.setPlainText(data.long_term_reason)
        self.due_spin.setValue(data.report_due_day)
        self.notes_edit.setPlainText(data.notes)

    def reload(self) -> bool:
        if self.record is None:
            return False
        self.record = agreements.get_agreement(self.context.db, self.record.id)
        self._fill(self.record)
        return True

    def update_term(self, *_args) -> None:
        """The latest end date and the whole term as the user types; red over four years."""
        start, end = to_date(self.start_edit), to_date(self.end_edit)
        if end < start:
            self.term_label.setText(self.tr("Slutdatumet är före startdatumet."))
            self.term_label.setStyleSheet(f"color: {LONG_COLOUR};")
            return
        latest = agreements.latest_end(end, self.count_spin.value(), self.months_spin.value())
        months = agreements.term_months(start, latest)
        text = self.tr("Senast möjliga slutdatum %1, avtalstid %2 månader med alla förlängningar.").replace(
            "%1", latest.isoformat()).replace("%2", str(months))
        too_long = months > MAX_TERM_MONTHS
        if too_long:
            text += "\n" + self.tr("Längre än fyra år (LOU 7 kap. 2 §): skriv de särskilda skälen nedan.")
        self.term_label.setText(text)
        self.term_label.setStyleSheet(f"color: {LONG_COLOUR if too_long else OK_COLOUR};")

    def value(self) -> AgreementInput:
        return AgreementInput(
            agreement_number=self.number_edit.text(), title=self.title_edit.text(),
            procurement_id=self.procurement_combo.currentData(), start_date=to_date(self.start_edit),
            initial_end_date=to_date(self.end_edit), extension_count=self.count_spin.value(),
            extension_months=self.months_spin.value(), long_term_reason=self.reason_edit.toPlainText(),
            report_due_day=self.due_spin.value(), notes=self.notes_edit.toPlainText())

    def stored(self) -> None:
        self.context.data_changed.emit(agreements.ENTITY)

    def store(self):
        db = self.context.db
        if self.record is not None:
            return agreements.save_agreement(db, self.value(), self.record.id, expected_version=self.record.row_version)
        elif self.procurement_id is not None:
            return agreements.create_from_procurement(db, self.procurement_id, self.value(),
                                                      tender_links=self.links.links())
        else:
            return agreements.save_agreement(db, self.value())
