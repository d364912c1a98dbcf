"""Edit one person; warns about likely duplicates and offers to end memberships of someone who leaves."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from stic_desktop.core import clock
from stic_desktop.errors import ChangedByOthers, UserError, ValidationError
from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.people import people
from stic_desktop.services.people.people import FIELD_LABELS, PersonInput, PersonRecord
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.widgets import messages, rights
from stic_desktop.ui.widgets.form import FieldErrors, general_error_label
from stic_desktop.ui.widgets.history_dialog import HistoryDialog
from stic_desktop.ui.widgets.labels import label

ORDER = ("name", "title", "organisation_kind", "municipality_id", "other_organisation", "email", "phone", "expertise",
         "notes", "active")
REQUIRED = ("name",)
PLACEHOLDERS = {  # shown translated
    "email": QT_TRANSLATE_NOOP("PersonDialog", "fornamn.efternamn@kommun.se"),
    "phone": "08-123 456 78",
    "expertise": QT_TRANSLATE_NOOP("PersonDialog", "t.ex. livsmedel, IT, hemtjänst"),
    "other_organisation": QT_TRANSLATE_NOOP("PersonDialog", "t.ex. Region Stockholm"),
}


class TagCompleter(QCompleter):
    """Completes the tag being typed after the last comma, keeping the tags before it."""

    def __init__(self, tags: list[str], line_edit: QLineEdit) -> None:
        super().__init__(tags, line_edit)
        self._edit = line_edit
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        line_edit.setCompleter(self)

    def splitPath(self, path: str) -> list[str]:
        return [re.split(r"[,;]", path)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex) -> str:
        head = re.match(r"^(.*[,;])", self._edit.text())
        return (head.group(1) + " " if head else "") + str(index.data())


def ask_end_date(parent: QWidget, title: str, text: str) -> date | None:
    """Asks for the date to end memberships at; None keeps them. Module-level so tests can replace it."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumWidth(460)
    label = QLabel(text)
    label.setWordWrap(True)
    edit = QDateEdit(QDate(clock.today()))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMaximumWidth(150)
    form = QFormLayout()
    form.addRow(QCoreApplication.translate("PersonDialog", "Avsluta per:"), edit)
    buttons = QDialogButtonBox()
    buttons.addButton(QCoreApplication.translate("PersonDialog", "Avsluta medlemskapen"), QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(QCoreApplication.translate("PersonDialog", "Behåll dem"), QDialogButtonBox.ButtonRole.RejectRole)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(label)
    layout.addLayout(form)
    layout.addWidget(buttons)
    return edit.date().toPython() if dialog.exec() else None


def _duplicate_key(data: PersonInput) -> tuple:
    return (" ".join(data.name.split()).casefold(), data.organisation_kind, data.municipality_id,
            " ".join(data.other_organisation.split()).casefold(), data.email.strip().casefold())


class PersonDialog(QDialog):
    def __init__(self, context: AppContext, record: PersonRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.record = record
        self.saved: PersonRecord | None = None
        self.ended_memberships = 0
        self.setWindowTitle(self.tr("Ny person") if record is None else self.tr("Person – %1").replace("%1", record.name))
        self.setMinimumWidth(560)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.errors = FieldErrors(form)
        self.inputs: dict[str, QWidget] = {}
        for field in ORDER:
            widget = self._make_input(field)
            widget.setObjectName(field)
            self.inputs[field] = widget
            required = " *" if field in REQUIRED else ""
            self.errors.add_row(field, label(FIELD_LABELS[field]) + required + ":", widget)
        self.inputs["organisation_kind"].currentIndexChanged.connect(self._organisation_changed)

        self.general_error = general_error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Spara"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        if record is not None:
            history = self.buttons.addButton(self.tr("Historik…"), QDialogButtonBox.ButtonRole.HelpRole)
            history.clicked.connect(self.show_history)
        note = QLabel(self.tr("* måste fyllas i. Skilj expertisområden åt med kommatecken."))
        note.setObjectName("hint")
        note.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self._fill(record.as_input() if record is not None else PersonInput())
        if record is not None and record.anonymised:
            self._make_read_only()
        if not rights.allows(context):  # a reader: no Spara, nothing to change (as a FormDialog shows it)
            rights.needs(rights.WRITE, self.save_button)
            rights.guard(self, context)
            for widget in self.inputs.values():
                widget.setEnabled(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Stäng"))
            self.general_error.setText(self.tr("Din inloggning får bara läsa här; inget kan sparas."))
            self.general_error.show()

    # -- building ------------------------------------------------------------------------
    def _make_input(self, field: str) -> QWidget:
        if field == "organisation_kind":
            widget = QComboBox()
            for code in ("municipality", "stic", "adda", "other"):
                widget.addItem(label(people.ORGANISATION_LABELS[code]), code)
            return widget
        if field == "municipality_id":
            widget = QComboBox()
            widget.addItem(self.tr("Välj kommun…"), None)
            try:
                found = municipalities.list_municipalities(self.context.db)
            except UserError as error:
                messages.show_error(self, error)
                found = []
            for item in sorted(found, key=lambda m: m.name.casefold()):
                widget.addItem(item.name, item.id)
            return widget
        if field == "notes":
            widget = QPlainTextEdit()
            widget.setTabChangesFocus(True)
            widget.setFixedHeight(84)
            return widget
        if field == "active":
            return QCheckBox(self.tr("Personen är aktiv"))
        widget = QLineEdit()
        widget.setPlaceholderText(self.tr(PLACEHOLDERS.get(field, "")))
        if field == "expertise":
            self.tag_completer = TagCompleter(people.list_expertise_tags(self.context.db), widget)
        return widget

    def _make_read_only(self) -> None:
        for widget in self.inputs.values():
            widget.setEnabled(False)
        self.save_button.setEnabled(False)
        self.general_error.setText(self.tr("Personen är anonymiserad och kan inte ändras."))
        self.general_error.show()

    def _organisation_changed(self, *_args) -> None:
        kind = self.inputs["organisation_kind"].currentData()
        self.inputs["municipality_id"].setEnabled(kind == "municipality")
        self.inputs["other_organisation"].setEnabled(kind == "other")

    def _fill(self, data: PersonInput) -> None:
        for field in ("organisation_kind", "municipality_id"):
            combo = self.inputs[field]
            combo.setCurrentIndex(max(0, combo.findData(getattr(data, field))))
        for field in ("name", "title", "other_organisation", "email", "phone"):
            self.inputs[field].setText(getattr(data, field))
        self.inputs["expertise"].setText(", ".join(data.expertise))
        self.inputs["notes"].setPlainText(data.notes)
        self.inputs["active"].setChecked(data.active)
        self._organisation_changed()

    def value(self) -> PersonInput:
        text = {f: self.inputs[f].text() for f in ("name", "title", "other_organisation", "email", "phone")}
        return PersonInput(
            **text,
            organisation_kind=self.inputs["organisation_kind"].currentData(),
            municipality_id=self.inputs["municipality_id"].currentData(),
            expertise=people.split_tags(self.inputs["expertise"].text()),
            notes=self.inputs["notes"].toPlainText(),
            active=self.inputs["active"].isChecked(),
        )

    # -- saving --------------------------------------------------------------------------
    def _show(self, error: UserError) -> None:
        if isinstance(error, ValidationError):
            rest = self.errors.show(error)
            self.general_error.setText(rest)
            self.general_error.setVisible(bool(rest))
        else:
            messages.show_error(self, error)

    def _duplicates_accepted(self, data: PersonInput) -> bool:
        """Asks only when the fields that identify someone are new or changed."""
        if self.record is not None and _duplicate_key(data) == _duplicate_key(self.record.as_input()):
            return True
        found = people.find_duplicates(self.context.db, data, None if self.record is None else self.record.id)
        if not found:
            return True
        lines = "\n".join(f"• {p.name}, {p.organisation or '–'}" + (f", {p.email}" if p.email else "")
                          + ("" if p.active else self.tr(" (inaktiv)")) for p in found)
        text = self.tr("Möjlig dubblett: det finns redan\n%1\n\nSpara ändå?").replace("%1", lines)
        return messages.confirm(self, self.tr("Möjlig dubblett"), text, self.tr("Spara ändå"))

    def save(self) -> None:
        if not rights.allows(self.context):
            return
        self.general_error.hide()
        data = self.value()
        db = self.context.db
        try:
            people.validate_person(db, data)
            self.errors.clear()
            if not self._duplicates_accepted(data):
                return
            if self.record is None:
                self.saved = people.save_person(db, data)
            else:
                self.saved = people.save_person(db, data, self.record.id, expected_version=self.record.row_version)
        except ChangedByOthers as error:  # a colleague saved first: keep what was typed, offer to read it in
            if messages.ask_reload(self, error.message):
                self.record = people.get_person(db, self.record.id)
                self._fill(self.record.as_input())
            return
        except UserError as error:
            self._show(error)
            return
        if self.record is not None and self.record.active and not self.saved.active:
            self._offer_to_end_memberships()
        self.accept()

    def _offer_to_end_memberships(self) -> None:
        """Someone who leaves should not stay on as a member of groups."""
        from stic_desktop.services.people import memberships

        person = self.saved
        today = clock.today()
        try:
            open_ = [m for m in memberships.memberships_of_person(self.context.db, person.id)
                     if m.to_date is None or m.to_date > today]
        except UserError as error:
            messages.show_error(self, error)
            return
        if not open_:
            return
        names = ", ".join(sorted({m.group_name for m in open_}, key=str.casefold))
        text = self.tr("%1 är nu inaktiv men har %2 pågående gruppmedlemskap (%3). Vill du avsluta dem?") \
            .replace("%1", person.name).replace("%2", str(len(open_))).replace("%3", names)
        end = ask_end_date(self, self.tr("Avsluta medlemskap"), text)
        if end is None:
            return
        try:
            self.ended_memberships = memberships.end_memberships_of_person(self.context.db, person.id, end)
        except UserError as error:
            messages.show_error(self, error)

    def show_history(self) -> None:
        HistoryDialog(self.context, people.ENTITY, self.record.id, self.record.name, FIELD_LABELS, self).exec()
