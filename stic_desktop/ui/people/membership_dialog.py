"""Add or change one membership, and ask for the date a membership ends.

The person picker is a searchable combo box (type part of a name); choosing a person fills in the
municipality they work for, which the service requires unless "representerar annan kommun" is ticked.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from stic_desktop.core import clock
from stic_desktop.errors import FieldError, ValidationError
from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.people import groups, memberships
from stic_desktop.services.people.groups import GroupRecord
from stic_desktop.services.people.memberships import MEMBERSHIP_FIELD_LABELS as LABELS
from stic_desktop.services.people.memberships import MembershipInput, MembershipRecord, PersonChoice
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.widgets.form import FormDialog
from stic_desktop.ui.widgets.labels import label


def date_edit(value: date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate(value or clock.today()))
    edit.setMaximumWidth(130)
    return edit


def to_date(edit: QDateEdit) -> date:
    return edit.date().toPython()


class MembershipDialog(FormDialog):
    def __init__(self, context: AppContext, group: GroupRecord, record: MembershipRecord | None = None,
                 municipality_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(context, parent, min_width=520, grow=True)
        self.group = group
        self.record = record
        self.setWindowTitle((self.tr("Ny medlem i %1") if record is None else self.tr("Medlemskap i %1")).replace("%1", group.name))
        choices = memberships.person_choices(context.db)
        if record is not None and record.person_id not in {c.id for c in choices}:  # inactive or anonymised now
            choices.append(PersonChoice(record.person_id, record.person_name, "other", None, "", False))
        self._people = {c.id: c for c in choices}

        self.person_combo = QComboBox()
        self.person_combo.setEditable(True)
        self.person_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person_combo.lineEdit().setPlaceholderText(self.tr("Skriv en del av namnet…"))
        for choice in choices:
            self.person_combo.addItem(self._person_text(choice), choice.id)
        completer = QCompleter(self.person_combo.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.person_combo.setCompleter(completer)
        self.person_combo.currentIndexChanged.connect(self._person_changed)
        self.person_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.errors.add_row("person_id", label(LABELS["person_id"]) + " *:", self.person_combo)

        self.role_combo = QComboBox()
        for code in memberships.ROLE_ORDER:
            self.role_combo.addItem(label(memberships.ROLE_LABELS[code]), code)
        self.errors.add_row("role", label(LABELS["role"]) + ":", self.role_combo)

        self.municipality_combo = QComboBox()
        self.municipality_combo.addItem(self.tr("(ingen kommun)"), None)
        for municipality in sorted(municipalities.list_municipalities(context.db), key=lambda m: groups.sort_key(m.name)):
            self.municipality_combo.addItem(municipality.name, municipality.id)
        self.represents_other = QCheckBox(self.tr("Representerar annan kommun än sin egen"))
        self.represents_other.toggled.connect(lambda on: on or self._person_changed())
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.municipality_combo)
        column.addWidget(self.represents_other)
        self.errors.add_row("municipality_id", label(LABELS["municipality_id"]) + ":", box)

        self.from_edit = date_edit()
        self.errors.add_row("from_date", label(LABELS["from_date"]) + " *:", self.from_edit)
        self.has_end = QCheckBox(self.tr("Slutar"))
        self.to_edit = date_edit()
        self.to_edit.setEnabled(False)
        self.has_end.toggled.connect(self.to_edit.setEnabled)
        end_box = QWidget()
        row = QHBoxLayout(end_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.has_end)
        row.addWidget(self.to_edit)
        row.addStretch(1)
        self.to_box = end_box
        self.errors.add_row("to_date", label(LABELS["to_date"]) + ":", end_box)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(64)
        self.errors.add_row("notes", label(LABELS["notes"]) + ":", self.notes_edit)

        self._fill(record, municipality_id)

    @staticmethod
    def _person_text(choice: PersonChoice) -> str:
        return f"{choice.name} – {choice.organisation}" if choice.organisation else choice.name

    def _fill(self, record: MembershipRecord | None, municipality_id: int | None) -> None:
        if record is None:
            self.person_combo.setCurrentIndex(-1)
            self.person_combo.setEditText("")
            default_role = "expert" if self.group.kind == "contract" else "member"
            self.role_combo.setCurrentIndex(self.role_combo.findData(default_role))
            self.municipality_combo.setCurrentIndex(max(0, self.municipality_combo.findData(municipality_id)))
            return
        self.person_combo.setCurrentIndex(self.person_combo.findData(record.person_id))
        self.person_combo.setEnabled(False)  # a seat belongs to its person: end it and add another instead
        self.role_combo.setCurrentIndex(self.role_combo.findData(record.role))
        self.represents_other.setChecked(record.represents_other)
        self.municipality_combo.setCurrentIndex(max(0, self.municipality_combo.findData(record.municipality_id)))
        self.from_edit.setDate(QDate(record.from_date))
        if record.to_date is not None:
            self.has_end.setChecked(True)
            self.to_edit.setDate(QDate(record.to_date))
        self.notes_edit.setPlainText(record.notes)

    def _person_changed(self, *_args) -> None:
        """A municipal employee sits for their own municipality unless the box says otherwise."""
        choice = self._people.get(self.person_id())
        if choice is None or self.represents_other.isChecked():
            return
        own = choice.municipality_id if choice.organisation_kind == "municipality" else None
        self.municipality_combo.setCurrentIndex(max(0, self.municipality_combo.findData(own)))

    def person_id(self) -> int | None:
        """The person chosen or typed in full (just the name is enough when it is unique)."""
        text = self.person_combo.currentText().strip()
        index = self.person_combo.currentIndex()
        if index >= 0 and self.person_combo.itemText(index) == text:
            return self.person_combo.itemData(index)
        found = self.person_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if found >= 0:
            return self.person_combo.itemData(found)
        by_name = [c.id for c in self._people.values() if c.name.casefold() == text.casefold()]
        return by_name[0] if len(by_name) == 1 else None

    def value(self) -> MembershipInput:
        return MembershipInput(
            person_id=self.person_id(),
            group_id=self.group.id,
            role=self.role_combo.currentData(),
            municipality_id=self.municipality_combo.currentData(),
            represents_other=self.represents_other.isChecked(),
            from_date=to_date(self.from_edit).isoformat(),
            to_date=to_date(self.to_edit).isoformat() if self.has_end.isChecked() else "",
            notes=self.notes_edit.toPlainText(),
        )

    def store(self) -> MembershipRecord:
        data = self.value()
        try:
            return memberships.save_membership(self.context.db, data, None if self.record is None else self.record.id,
                                               expected_version=None if self.record is None else self.record.row_version)
        except ValidationError as error:
            typed = self.person_combo.currentText().strip()
            if data.person_id is None and typed:  # say why the typed name was not taken
                message = self.tr("”%1” finns inte i listan. Välj en person i listan.").replace("%1", typed)
                raise ValidationError.of([FieldError("person_id", message) if e.field == "person_id" else e
                                          for e in error.errors]) from None
            raise


class EndMembershipDialog(QDialog):
    """Asks for the last day of a membership (it stays in the group's history)."""

    def __init__(self, record: MembershipRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Avsluta medlemskap"))
        text = self.tr("%1 slutar som %2 i %3. Medlemskapet finns kvar i gruppens historik.")
        message = QLabel(text.replace("%1", record.person_name).replace("%2", label(record.role_label).lower())
                         .replace("%3", record.group_name))
        message.setWordWrap(True)
        self.date_edit = date_edit(max(clock.today(), record.from_date))
        self.date_edit.setMinimumDate(QDate(record.from_date))
        form = QFormLayout()
        form.addRow(self.tr("Sista dag:"), self.date_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Avsluta"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def end_date(self) -> date:
        return to_date(self.date_edit)
