"""Who is working? Every change is logged in the name of the STIC staff member chosen here."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from stic_desktop.errors import UserError, ValidationError
from stic_desktop.services.people import staff
from stic_desktop.services.people.staff import StaffMember
from stic_desktop.ui.widgets import messages
from stic_desktop.ui.widgets.form import FieldErrors


class UserDialog(QDialog):
    def __init__(self, db, preselect_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.chosen: StaffMember | None = None
        self.setWindowTitle(self.tr("Vem arbetar?"))
        self.setMinimumWidth(460)
        members = staff.list_staff(db)

        intro = QLabel(self.tr("Ändringar du gör sparas i historiken under ditt namn. Välj vem du är."))
        intro.setWordWrap(True)
        self.pick_existing = QRadioButton(self.tr("Jag finns redan i listan:"))
        self.staff_combo = QComboBox()
        for member in members:
            self.staff_combo.addItem(f"{member.name} – {member.title}" if member.title else member.name, member.id)
        if preselect_id is not None:
            self.staff_combo.setCurrentIndex(max(0, self.staff_combo.findData(preselect_id)))
        self.pick_new = QRadioButton(self.tr("Lägg till mig som ny STIC-medarbetare:"))
        new_box = QGroupBox()
        form = QFormLayout(new_box)
        self.errors = FieldErrors(form)
        self.name_edit = self.errors.add_row("name", self.tr("Namn *:"), QLineEdit())
        self.title_edit = self.errors.add_row("title", self.tr("Titel:"), QLineEdit())
        self.email_edit = self.errors.add_row("email", self.tr("E-post:"), QLineEdit())
        self.title_edit.setPlaceholderText(self.tr("t.ex. Regionchef, Upphandlare"))

        has_staff = bool(members)
        self.pick_existing.setEnabled(has_staff)
        self.staff_combo.setEnabled(has_staff)
        (self.pick_existing if has_staff else self.pick_new).setChecked(True)
        self.pick_existing.toggled.connect(lambda on: (self.staff_combo.setEnabled(on), new_box.setEnabled(not on)))
        new_box.setEnabled(not has_staff)
        self.name_edit.textEdited.connect(lambda _t: self.pick_new.setChecked(True))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Fortsätt"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.choose)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.pick_existing)
        layout.addWidget(self.staff_combo)
        layout.addWidget(self.pick_new)
        layout.addWidget(new_box)
        layout.addWidget(buttons)

    def choose(self) -> None:
        try:
            if self.pick_existing.isChecked() and self.staff_combo.count():
                self.chosen = staff.set_current_user(self.db, self.staff_combo.currentData())
            else:
                member = staff.add_staff_member(self.db, self.name_edit.text(), self.title_edit.text(), self.email_edit.text())
                self.chosen = staff.set_current_user(self.db, member.id)
        except ValidationError as error:
            self.errors.show(error)
            return
        except UserError as error:
            messages.show_error(self, error)
            return
        self.accept()
