"""The members of one group as of a chosen date (or its whole history), and the actions on them."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from stic_desktop.core import clock
from stic_desktop.errors import UserError
from stic_desktop.services.people import memberships, people
from stic_desktop.services.people.groups import GroupRecord
from stic_desktop.services.people.memberships import MembershipRecord
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.people.membership_dialog import EndMembershipDialog, MembershipDialog, date_edit, to_date
from stic_desktop.ui.widgets import messages, rights
from stic_desktop.ui.widgets.history_dialog import HistoryDialog
from stic_desktop.ui.widgets.labels import label, labelled
from stic_desktop.ui.widgets.row_menu import add_row_actions
from stic_desktop.ui.widgets.table_model import Column, Index, RecordTableModel
from stic_desktop.ui.widgets.tables import make_table_view, on_open

ENDED_COLOUR = QColor("#8a8a8a")


class MembershipTableModel(RecordTableModel):
    """Members; seats not in force on the chosen date (shown with the history) are greyed."""

    def __init__(self, columns, parent=None) -> None:
        super().__init__(columns, parent)
        self.as_of = clock.today()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.row() < self.rowCount():
            return None if self.record(index.row()).active_on(self.as_of) else ENDED_COLOUR
        return super().data(index, role)


class MembersPanel(QWidget):
    status_message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.group: GroupRecord | None = None
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15px; font-weight: 600; color: #1d4e89; padding-top: 6px;")
        self.date_edit = date_edit()
        self.date_edit.setAccessibleName(self.tr("Medlemmar per datum"))
        self.date_edit.setToolTip(self.tr("Visa medlemmarna som de var (eller blir) ett visst datum."))
        self.date_edit.dateChanged.connect(self.reload)
        self.today_button = QPushButton(self.tr("Idag"))
        self.today_button.clicked.connect(lambda: self.date_edit.setDate(QDate(clock.today())))
        self.history_check = QCheckBox(self.tr("Visa historik"))
        self.history_check.setToolTip(self.tr("Visa även avslutade och kommande medlemskap (grå)."))
        self.history_check.toggled.connect(self.reload)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        self.add_button = QPushButton(self.tr("Lägg till medlem…"))
        self.add_button.clicked.connect(self.add_member)
        self.edit_button = QPushButton(self.tr("Redigera…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.end_button = QPushButton(self.tr("Avsluta medlemskap…"))
        self.end_button.clicked.connect(self.end_selected)
        rights.needs(rights.WRITE, self.add_button, self.edit_button, self.end_button)
        self.history_button = QPushButton(self.tr("Historik"))
        self.history_button.clicked.connect(self.show_history)
        self.copy_button = QPushButton(self.tr("Kopiera e-postadresser"))
        self.copy_button.setToolTip(self.tr("Kopierar e-postadresserna till de medlemmar som visas"))
        self.copy_button.clicked.connect(self.copy_emails)

        self.model = MembershipTableModel([
            Column(self.tr("Namn"), lambda r: r.person_name),
            Column(self.tr("Roll"), labelled(lambda r: r.role_label)),
            Column(self.tr("Kommun"), lambda r: r.municipality_name),
            Column(self.tr("Från"), lambda r: r.from_date),
            Column(self.tr("Till"), lambda r: r.to_date),
            Column(self.tr("E-post"), lambda r: r.email),
            Column(self.tr("Telefon"), lambda r: r.phone),
        ], self)
        self.table = make_table_view(self.model, widths=(200, 120, 130, 90, 90, 240), row_height=26)
        on_open(self.table, lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        add_row_actions(self.table, self.add_button, self.end_button, self.history_button, None, self.copy_button)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("Per datum:")))
        options.addWidget(self.date_edit)
        options.addWidget(self.today_button)
        options.addSpacing(12)
        options.addWidget(self.history_check)
        options.addStretch(1)
        options.addWidget(self.count_label)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.end_button, self.history_button, self.copy_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(options)
        layout.addLayout(buttons)
        layout.addWidget(self.stack, 1)
        self.set_group(None)

    # -- state ---------------------------------------------------------------------------
    @property
    def as_of(self) -> date:
        return to_date(self.date_edit)

    def set_group(self, group: GroupRecord | None) -> None:
        self.group = group
        self.reload()

    def reload(self, *_args) -> None:
        selected = self.selected()
        group = self.group
        rows: list[MembershipRecord] = []
        if group is not None:
            try:
                if self.history_check.isChecked():
                    rows = memberships.membership_history(self.context.db, group.id)
                else:
                    rows = memberships.members(self.context.db, group.id, self.as_of)
            except UserError as error:  # the group was removed meanwhile
                messages.show_error(self, error)
        self.model.as_of = self.as_of
        self.model.set_rows(rows)
        if selected is not None:
            row = self.model.row_of(lambda r: r.id == selected.id)
            if row is not None:
                self.table.selectRow(row)
        self._refresh_state()

    def _refresh_state(self) -> None:
        group = self.group
        self.heading.setText(self.tr("Välj en grupp") if group is None else self.tr("Medlemmar i %1").replace("%1", group.name))
        count = self.model.total_count
        self.count_label.setText(self.tr("%1 medlemskap").replace("%1", str(count)) if self.history_check.isChecked()
                                 else self.tr("%1 medlemmar").replace("%1", str(count)))
        if group is not None and count == 0:
            when = self.as_of.isoformat()
            self.empty_label.setText(self.tr("%1 hade inga medlemmar %2.\n\nVälj ”Lägg till medlem…” för att lägga till någon.")
                                     .replace("%1", group.name).replace("%2", when))
            self.stack.setCurrentWidget(self.empty_label)
        elif group is None:
            self.empty_label.setText(self.tr("Välj en grupp i listan för att se dess medlemmar."))
            self.stack.setCurrentWidget(self.empty_label)
        else:
            self.stack.setCurrentWidget(self.table)
        self.add_button.setEnabled(group is not None)
        self.copy_button.setEnabled(count > 0)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        record = self.selected()
        self.edit_button.setEnabled(record is not None)
        self.history_button.setEnabled(record is not None)
        self.end_button.setEnabled(record is not None and record.to_date is None)

    def selected(self) -> MembershipRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if len(rows) == 1 and rows[0].row() < self.model.rowCount():
            return self.model.record(rows[0].row())
        return None

    def select_membership(self, membership_id: int) -> None:
        row = self.model.row_of(lambda r: r.id == membership_id)
        if row is not None:
            self.table.selectRow(row)

    # -- actions -------------------------------------------------------------------------
    def _changed(self, text: str, membership_id: int | None = None) -> None:
        self.status_message.emit(text)
        self.context.data_changed.emit(memberships.MEMBERSHIP_ENTITY)  # the groups list and the staffing view refresh
        self.reload()
        if membership_id is not None:
            self.select_membership(membership_id)

    def add_member(self) -> None:
        if self.group is None:
            return
        dialog = MembershipDialog(self.context, self.group, parent=self)
        if dialog.exec() and dialog.saved is not None:
            saved = dialog.saved
            self._changed(self.tr("%1 lades till i %2.").replace("%1", saved.person_name).replace("%2", saved.group_name), saved.id)

    def edit_selected(self) -> None:
        record = self.selected()
        if record is None or self.group is None:
            return
        dialog = MembershipDialog(self.context, self.group, record, parent=self)
        if dialog.exec() and dialog.saved is not None:
            self._changed(self.tr("Medlemskapet för %1 sparades.").replace("%1", dialog.saved.person_name), dialog.saved.id)

    def ask_end_date(self, record: MembershipRecord) -> date | None:
        dialog = EndMembershipDialog(record, self)
        return dialog.end_date() if dialog.exec() else None

    def end_selected(self) -> None:
        record = self.selected()
        if record is None or record.to_date is not None:
            return
        end = self.ask_end_date(record)
        if end is None:
            return
        try:
            ended = memberships.end_membership(self.context.db, record.id, end)
        except UserError as error:
            messages.show_error(self, error)
            return
        self._changed(self.tr("%1 slutar i %2 den %3.").replace("%1", ended.person_name)
                      .replace("%2", ended.group_name).replace("%3", end.isoformat()), ended.id)

    def show_history(self) -> None:
        record = self.selected()
        if record is not None:
            description = self.tr("%1, %2 i %3").replace("%1", record.person_name).replace(
                "%2", label(record.role_label).lower()).replace("%3", record.group_name)
            HistoryDialog(self.context, memberships.MEMBERSHIP_ENTITY, record.id, description,
                          memberships.MEMBERSHIP_FIELD_LABELS, self).exec()

    def copy_emails(self) -> None:
        records = self.model.visible_records()
        addresses = people.email_list(records)
        QGuiApplication.clipboard().setText(addresses)
        count = len(addresses.split("; ")) if addresses else 0
        self.status_message.emit(self.tr("%1 e-postadresser kopierades.").replace("%1", str(count)))
