"""Register or change one tender (anbud), plus the small pieces the procurement panels share:
amounts in kronor, choosing a file to read and opening a stored file in the system's viewer.

``show_file`` and ``choose_file`` are module-level so tests can replace them instead of driving
native dialogs and viewers.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from stic_desktop.core import clock, money
from stic_desktop.errors import FieldError, UserError, ValidationError
from stic_desktop.services.procurement import tender_suppliers, tenders
from stic_desktop.services.procurement.tenders import STOCKHOLM, TenderInput, TenderRecord
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.widgets import messages, pickers
from stic_desktop.ui.widgets.form import FormDialog, typed_amount
from stic_desktop.ui.widgets.pickers import ScratchFolder

QUALIFIED_CHOICES = ((None, QT_TRANSLATE_NOOP("TenderDialog", "Ej prövat")), (True, QT_TRANSLATE_NOOP("TenderDialog", "Kvalificerat")),
                     (False, QT_TRANSLATE_NOOP("TenderDialog", "Inte kvalificerat")))  # shown translated in "TenderDialog"


# --- shared pieces ---------------------------------------------------------------------------------

def parse_kronor(text: str, field: str, what: str) -> int | None:
    """An amount field ("1 200 000", "1200000,50 kr") in öre; empty is None; otherwise a ValidationError."""
    return typed_amount(text, field, QCoreApplication.translate(
        "TenderDialog", "%1: skriv ett belopp i kronor, t.ex. 1 200 000 eller 1200000,50.").replace("%1", what))


def show_file(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def open_stored_file(parent: QWidget, scratch: ScratchFolder, filename: str, data: bytes) -> None:
    """Writes the stored bytes to a temporary file and opens it in the system's program for that type."""
    path = scratch.file(filename)
    try:
        path.write_bytes(data)
    except OSError as exc:
        messages.show_error(parent, UserError(QCoreApplication.translate("TenderDialog", "Kunde inte skriva den tillfälliga filen: %1")
                                              .replace("%1", exc.strerror or str(exc))))
        return
    show_file(path)


def choose_file(parent: QWidget, title: str, filter_text: str) -> Path | None:
    return pickers.open_file_name(parent, title, filter_text)


def read_chosen(path: Path | None, field: str) -> tuple[str, bytes]:
    """The chosen file's name and bytes, or a ValidationError on ``field``."""
    if path is None:
        raise ValidationError(field, QCoreApplication.translate("TenderDialog", "Välj en fil."))
    try:
        return path.name, path.read_bytes()
    except OSError as exc:
        raise ValidationError(field, QCoreApplication.translate("TenderDialog", "Filen %1 kunde inte läsas: %2")
                              .replace("%1", path.name).replace("%2", exc.strerror or str(exc))) from None


# --- the dialog ------------------------------------------------------------------------------------

class TenderDialog(FormDialog):
    def __init__(self, context: AppContext, procurement_id: int, record: TenderRecord | None = None,
                 deadline: date | None = None, parent: QWidget | None = None, *, deadline_time: str = "") -> None:
        super().__init__(context, parent, min_width=540, grow=True)
        self.procurement_id = procurement_id
        self.record = record
        self.deadline = deadline
        self.deadline_time = deadline_time  # "HH:MM" on the deadline day, "" for its end
        self.setWindowTitle(self.tr("Nytt anbud") if record is None else self.tr("Anbud"))
        self.supplier_edit = QLineEdit()
        self.supplier_edit.setPlaceholderText(self.tr("Skriv namn eller organisationsnummer för att välja ur "
                                                      "leverantörsregistret"))
        self.errors.add_row("supplier_name", self.tr("Anbudsgivare *:"), self.supplier_edit)
        self.supplier_id: int | None = record.supplier_id if record is not None else None
        self.choices = {c.text: c for c in tender_suppliers.supplier_choices(context.db)}
        completer = QCompleter(sorted(self.choices), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self.choose_supplier)
        self.supplier_edit.setCompleter(completer)
        self.supplier_edit.textEdited.connect(self._supplier_typed)
        self.register_label = QLabel()
        self.register_label.setObjectName("hint")
        self.register_label.setWordWrap(True)
        self.form.addRow("", self.register_label)
        self.org_edit = QLineEdit()
        self.org_edit.setPlaceholderText(self.tr("NNNNNN-NNNN: läggs till i leverantörsregistret"))
        self.errors.add_row("new_org_number", self.tr("Org.nr (ny leverantör):"), self.org_edit)
        self.received_edit = QDateTimeEdit(QDateTime(clock.now().replace(tzinfo=None, second=0, microsecond=0)))
        self.received_edit.setCalendarPopup(True)
        self.received_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.received_edit.setMaximumWidth(170)
        self.received_edit.dateTimeChanged.connect(self._show_late)
        self.errors.add_row("received_at", self.tr("Mottaget (svensk tid) *:"), self.received_edit)
        self.late_label = QLabel()
        self.late_label.setObjectName("fieldError")
        self.late_label.setWordWrap(True)
        self.form.addRow("", self.late_label)
        self.qualified_combo = QComboBox()
        for value, label in QUALIFIED_CHOICES:
            self.qualified_combo.addItem(self.tr(label), value)
        self.errors.add_row("qualified", self.tr("Kvalificering:"), self.qualified_combo)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(60)
        self.errors.add_row("qualification_reason", self.tr("Skäl:"), self.reason_edit)
        self.price_edit = QLineEdit()
        self.price_edit.setPlaceholderText(self.tr("kronor"))
        self.errors.add_row("price_ore", self.tr("Pris:"), self.price_edit)
        self.score_edit = QLineEdit()
        self.errors.add_row("score", self.tr("Poäng:"), self.score_edit)
        self.ranking_edit = QLineEdit()
        self.ranking_edit.setMaximumWidth(80)
        self.errors.add_row("ranking", self.tr("Placering:"), self.ranking_edit)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(60)
        self.errors.add_row("notes", self.tr("Anteckningar:"), self.notes_edit)
        hint = QLabel(self.tr("Anbuden omfattas av sekretess tills tilldelningsbeslutet har skickats (19 kap. 3 § OSL)."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout = self.body
        layout.addWidget(hint)
        if record is not None:
            self._fill(record)
        self._show_late()
        self._show_register()

    def choose_supplier(self, text: str) -> None:
        """A supplier picked from the completion list: the tender is linked to it."""
        choice = self.choices.get(text)
        if choice is None:
            return
        self.supplier_id = choice.id
        self.supplier_edit.setText(choice.name)
        self.org_edit.clear()
        self._show_register()

    def _supplier_typed(self, text: str) -> None:
        chosen = next((c for c in self.choices.values() if c.id == self.supplier_id), None)
        if chosen is not None and text.strip() != chosen.name:
            self.supplier_id = None  # a different name: no longer that supplier
        self._show_register()

    def _show_register(self) -> None:
        chosen = next((c for c in self.choices.values() if c.id == self.supplier_id), None)
        self.org_edit.setEnabled(chosen is None)
        if chosen is not None:
            self.register_label.setText(self.tr("I leverantörsregistret: %1, org.nr %2.").replace("%1", chosen.name)
                                        .replace("%2", chosen.org_number))
        else:
            self.register_label.setText(self.tr("Inte kopplad till leverantörsregistret. Välj ur listan som visas när "
                                                "du skriver, eller ange organisationsnumret nedan så läggs "
                                                "leverantören till."))

    def _fill(self, record: TenderRecord) -> None:
        self.supplier_edit.setText(record.supplier_name)
        self.received_edit.setDateTime(QDateTime(record.received_at.replace(tzinfo=None)))
        self.qualified_combo.setCurrentIndex([v for v, _ in QUALIFIED_CHOICES].index(record.qualified))
        self.reason_edit.setPlainText(record.qualification_reason)
        self.price_edit.setText(money.format_input(record.price_ore))
        self.score_edit.setText("" if record.score is None else f"{record.score:g}".replace(".", ","))
        self.ranking_edit.setText("" if record.ranking is None else str(record.ranking))
        self.notes_edit.setPlainText(record.notes)

    def received_at(self) -> datetime:
        return self.received_edit.dateTime().toPython().replace(second=0, microsecond=0, tzinfo=STOCKHOLM)

    def _show_late(self) -> None:
        late = tenders.is_late(self.received_at(), self.deadline, self.deadline_time)
        self.late_label.setText(self.tr("Sent inkommet: sista anbudsdag var %1. Anbudet registreras men får inte "
                                        "kvalificeras.").replace("%1", self.deadline.isoformat()) if late else "")
        self.late_label.setVisible(late)

    def value(self) -> TenderInput:
        """The typed values; amounts and numbers that cannot be read raise a ValidationError on their field."""
        errors: list[FieldError] = []
        price = score = ranking = None
        try:
            price = parse_kronor(self.price_edit.text(), "price_ore", self.tr("Pris"))
        except ValidationError as error:
            errors.extend(error.errors)
        score_text = self.score_edit.text().strip().replace(",", ".")
        if score_text:
            try:
                score = float(score_text)
            except ValueError:
                errors.append(FieldError("score", self.tr("Poängen ska vara ett tal, t.ex. 87,5.")))
        ranking_text = self.ranking_edit.text().strip()
        if ranking_text:
            if ranking_text.isdigit():
                ranking = int(ranking_text)
            else:
                errors.append(FieldError("ranking", self.tr("Placeringen ska vara ett heltal från 1 och uppåt.")))
        if errors:
            raise ValidationError.of(errors)
        return TenderInput(self.supplier_edit.text(), self.received_at(), self.qualified_combo.currentData(),
                           self.reason_edit.toPlainText(), price, score, ranking, self.notes_edit.toPlainText(),
                           self.supplier_id)

    def reload(self) -> bool:
        if self.record is None:
            return False
        found = [t for t in tenders.tenders(self.context.db, self.record.procurement_id) if t.id == self.record.id]
        if not found:
            return False
        self.record = found[0]
        self._fill(self.record)
        return True

    def store(self):
        return tender_suppliers.save_tender(self.context.db, self.procurement_id,
                                            self.record.id if self.record is not None else None, self.value(),
                                            self.org_edit.text() if self.org_edit.isEnabled() else "",
                                            expected_version=self.record.row_version if self.record else None)
