"""Protokoll: notes and decision per agenda item (§), saved with "Spara" or when another item is
chosen; read-only once the minutes are adjusted. Below, the action items decided at the meeting."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from stic_desktop.errors import UserError
from stic_desktop.services.meetings import action_items, agenda, minutes
from stic_desktop.services.meetings.action_items import ActionItemRecord
from stic_desktop.services.meetings.agenda import AgendaItemRecord
from stic_desktop.services.meetings.meetings import MeetingRecord
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.meetings.action_item_dialog import ActionItemDialog, item_label
from stic_desktop.ui.widgets import messages, rights
from stic_desktop.ui.widgets.row_menu import add_row_actions, install_row_menu
from stic_desktop.ui.widgets.table_model import Column, RecordTableModel
from stic_desktop.ui.widgets.tables import make_table_view, on_open, show_at_least

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class MinutesPanel(QWidget):
    changed = Signal()
    status_message = Signal(str)

    def __init__(self, context: AppContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id = meeting_id
        self.meeting: MeetingRecord | None = None
        self.items: list[AgendaItemRecord] = []
        self.current_id: int | None = None
        self.dirty = False
        self._filling = False
        self.item_list = QListWidget()
        self.item_list.setMinimumWidth(220)
        install_row_menu(self.item_list, export=False)
        self.item_list.setAccessibleName(self.tr("Dagordningens punkter"))
        self.item_list.currentRowChanged.connect(self._item_chosen)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15px; font-weight: 600; color: #1d4e89;")
        self.heading.setWordWrap(True)
        self.proposal_label = QLabel()
        self.proposal_label.setWordWrap(True)
        self.proposal_label.setObjectName("hint")
        self.proposal_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText(self.tr("Vad som sades under punkten…"))
        self.decision_edit = QPlainTextEdit()
        self.decision_edit.setPlaceholderText(self.tr("Mötet beslutar att …"))
        for edit in (self.notes_edit, self.decision_edit):
            edit.setTabChangesFocus(True)
            edit.textChanged.connect(self._edited)
        self.dispatch_edit = QLineEdit()
        self.dispatch_edit.setPlaceholderText(self.tr("Vem beslutet skickas till, t.ex. kommunstyrelserna"))
        self.dispatch_edit.textEdited.connect(self._edited)
        self.extract_button = QPushButton(self.tr("Utdrag ur protokollet…"))
        self.extract_button.setToolTip(self.tr("Spara den valda paragrafen som ett protokollsutdrag med "
                                               "utdragsbestyrkande (PDF)"))
        self.extract_button.clicked.connect(self.export_extract)
        self.save_button = QPushButton(self.tr("Spara"))
        self.save_button.setToolTip(self.tr("Spara anteckningar och beslut (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        save_action = QAction(self)
        save_action.setShortcut(QKeySequence.StandardKey.Save)
        save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_action.triggered.connect(self.save)
        self.addAction(save_action)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("hint")
        self.locked_label = QLabel(self.tr("Protokollet är justerat och kan inte ändras. Välj ”Öppna protokollet igen…” "
                                      "överst om något måste rättas; återöppningen loggas."))
        self.locked_label.setWordWrap(True)
        self.locked_label.setStyleSheet("color: #8a5a00; font-weight: 600;")

        self.actions_model = RecordTableModel([
            Column(self.tr("Åtgärd"), lambda r: r.description),
            Column(self.tr("Ansvarig"), lambda r: r.responsible_name),
            Column(self.tr("Klart senast"), lambda r: r.due_date),
            Column(self.tr("Klar"), lambda r: r.done_on),
            Column(self.tr("§"), lambda r: r.paragraph, align_right=True),
        ], self)
        self.actions_table = make_table_view(self.actions_model, stretch=(0,), widths=(380, 180, 100, 100, 50))
        on_open(self.actions_table, lambda _index: self.edit_action())
        show_at_least(self.actions_table, 5)
        self.actions_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.add_action_button = QPushButton(self.tr("Ny åtgärd…"))
        self.add_action_button.clicked.connect(self.add_action)
        self.edit_action_button = QPushButton(self.tr("Redigera…"))
        self.edit_action_button.clicked.connect(self.edit_action)
        self.done_button = QPushButton(self.tr("Markera klar"))
        self.done_button.clicked.connect(self.toggle_done)
        self.delete_action_button = QPushButton(self.tr("Ta bort"))
        self.delete_action_button.clicked.connect(self.delete_action)
        add_row_actions(self.actions_table, self.add_action_button, self.done_button, None, self.delete_action_button)
        rights.needs(rights.WRITE, self.save_button, save_action, self.add_action_button,
                     self.edit_action_button, self.done_button, self.delete_action_button)

        editor = QWidget()
        right = QVBoxLayout(editor)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.heading)
        right.addWidget(self.proposal_label)
        notes_label = QLabel(self.tr("&Anteckningar:"))
        notes_label.setBuddy(self.notes_edit)
        right.addWidget(notes_label)
        right.addWidget(self.notes_edit, 2)
        decision_label = QLabel(self.tr("&Beslut:"))
        decision_label.setBuddy(self.decision_edit)
        right.addWidget(decision_label)
        right.addWidget(self.decision_edit, 1)
        dispatch_row = QHBoxLayout()
        dispatch_label = QLabel(self.tr("E&xpedieras till:"))
        dispatch_label.setBuddy(self.dispatch_edit)
        dispatch_row.addWidget(dispatch_label)
        dispatch_row.addWidget(self.dispatch_edit, 1)
        right.addLayout(dispatch_row)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.saved_label, 1)
        save_row.addWidget(self.extract_button)
        right.addLayout(save_row)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.item_list)
        top.addWidget(editor)
        top.setStretchFactor(1, 1)
        top.setSizes([260, 700])
        top.setChildrenCollapsible(False)
        actions_box = QGroupBox(self.tr("Åtgärder"))
        box = QVBoxLayout(actions_box)
        box.addWidget(self.actions_table)
        bar = QHBoxLayout()
        for widget in (self.add_action_button, self.edit_action_button, self.done_button, self.delete_action_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        box.addLayout(bar)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(actions_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.locked_label)
        layout.addWidget(splitter, 1)

    # -- state ---------------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        """Nothing can be changed: the minutes are adjusted, or the login may only read."""
        return self.meeting is None or self.meeting.locked or not rights.allows(self.context)

    def refresh(self, meeting: MeetingRecord) -> None:
        """Reads the items again; unsaved text is saved first (or kept if the service refuses it)."""
        if self.dirty and not self.save():
            return
        self.meeting = meeting
        try:
            self.items = agenda.agenda(self.context.db, self.meeting_id).items
            actions = action_items.action_items(self.context.db, self.meeting_id)
        except UserError as error:
            messages.show_error(self, error)
            self.items, actions = [], []
        keep = self.current_id
        self.item_list.blockSignals(True)
        self.item_list.clear()
        for item in self.items:
            entry = QListWidgetItem(item_label(item))
            entry.setData(ID_ROLE, item.id)
            entry.setToolTip(item.title)
            self.item_list.addItem(entry)
        rows = [i for i, item in enumerate(self.items) if item.id == keep]
        self.item_list.setCurrentRow(rows[0] if rows else 0 if self.items else -1)
        self.item_list.blockSignals(False)
        self._show_item(self.item_list.currentRow())
        selected = self.selected_action()
        self.actions_model.set_rows(actions)
        if selected is not None:
            row = self.actions_model.row_of(lambda r: r.id == selected.id)
            if row is not None:
                self.actions_table.selectRow(row)
        self.locked_label.setVisible(meeting.locked)
        self._update_buttons()

    def _show_item(self, row: int) -> None:
        item = self.items[row] if 0 <= row < len(self.items) else None
        self.current_id = item.id if item is not None else None
        self._filling = True
        self.notes_edit.setPlainText(item.minutes_notes if item else "")
        self.decision_edit.setPlainText(item.decision if item else "")
        self.dispatch_edit.setText(item.dispatch_to if item else "")
        self._filling = False
        self.dirty = False
        self.saved_label.clear()
        if item is None:
            self.heading.setText(self.tr("Dagordningen är tom."))
            self.proposal_label.clear()
        else:
            self.heading.setText(item_label(item))
            self.proposal_label.setText(self.tr("Förslag till beslut: %1").replace("%1", item.proposed_decision)
                                        if item.proposed_decision else "")
        self.proposal_label.setVisible(bool(self.proposal_label.text()))
        for edit in (self.notes_edit, self.decision_edit, self.dispatch_edit):
            edit.setReadOnly(self.locked or item is None)
        self._update_buttons()

    def _edited(self) -> None:
        if not self._filling:
            self.dirty = True
            self.saved_label.setText(self.tr("Ej sparat"))
            self.save_button.setEnabled(not self.locked)

    def _item_chosen(self, row: int) -> None:
        """Switching item saves the one left; if that fails the choice goes back to it."""
        if self.dirty and not self.save():
            previous = next((i for i, item in enumerate(self.items) if item.id == self.current_id), -1)
            self.item_list.blockSignals(True)
            self.item_list.setCurrentRow(previous)
            self.item_list.blockSignals(False)
            return
        self._show_item(row)

    def _update_buttons(self) -> None:
        editable = not self.locked
        self.save_button.setEnabled(editable and self.current_id is not None and self.dirty)
        item = self.current_item()
        self.extract_button.setEnabled(item is not None and item.paragraph is not None)
        self.extract_button.setToolTip(self.tr("Spara den valda paragrafen som ett protokollsutdrag med "
                                               "utdragsbestyrkande (PDF)") if item is not None and item.paragraph
                                       else self.tr("Punkten har ingen § ännu; paragraferna numreras när mötet "
                                                    "är genomfört."))
        action = self.selected_action()
        self.add_action_button.setEnabled(editable)
        self.edit_action_button.setEnabled(editable and action is not None)
        self.delete_action_button.setEnabled(editable and action is not None)
        self.done_button.setEnabled(action is not None)
        self.done_button.setText(self.tr("Markera ej klar") if action is not None and action.done
                                 else self.tr("Markera klar"))

    # -- minutes -------------------------------------------------------------------------
    def save(self) -> bool:
        """Saves the shown item's notes and decision; False (and a message) if the service refuses."""
        if self.current_id is None or not self.dirty:
            return True
        try:
            saved = minutes.set_minutes(self.context.db, self.current_id, self.notes_edit.toPlainText(),
                                        self.decision_edit.toPlainText(), self.dispatch_edit.text())
        except UserError as error:
            messages.show_error(self, error)
            return False
        self.items = [saved if item.id == saved.id else item for item in self.items]
        self.dirty = False
        self.saved_label.setText(self.tr("Sparat"))
        self._update_buttons()
        self.status_message.emit(self.tr("Protokollet för ”%1” sparades.").replace("%1", saved.title))
        return True

    def current_item(self) -> AgendaItemRecord | None:
        return next((item for item in self.items if item.id == self.current_id), None)

    def export_extract(self) -> None:
        """Utdrag ur protokollet: the chosen § as its own PDF with the certification of the extract."""
        item = self.current_item()
        if item is None or item.paragraph is None or (self.dirty and not self.save()):
            return
        from stic_desktop.core import filenames
        from stic_desktop.operations.meeting_documents import export_minutes_extract
        from stic_desktop.ui.widgets import pickers
        from stic_desktop.ui.widgets.jobs import run_job

        name = filenames.safe(f"Protokollsutdrag § {item.paragraph} {self.meeting.starts_at.date().isoformat()}",
                              ".pdf", fallback="Protokollsutdrag")
        target = pickers.save_file_name(self, self.tr("Spara protokollsutdrag"), name, self.tr("PDF (*.pdf)"))
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        run_job(self, self.tr("Skapar protokollsutdraget…"), export_minutes_extract, self.context.db,
                self.meeting_id, item.paragraph, target,
                on_success=lambda outcome: self.status_message.emit(
                    self.tr("Sparade %1.").replace("%1", str(outcome.files[0]))))

    # -- action items --------------------------------------------------------------------
    def selected_action(self) -> ActionItemRecord | None:
        rows = self.actions_table.selectionModel().selectedRows()
        if len(rows) == 1 and rows[0].row() < self.actions_model.rowCount():
            return self.actions_model.record(rows[0].row())
        return None

    def _actions_changed(self, text: str) -> None:
        self.status_message.emit(text)
        if self.meeting is not None:
            self.refresh(self.meeting)
        self.changed.emit()

    def add_action(self) -> None:
        dialog = ActionItemDialog(self.context, self.meeting_id, self.items, None, self.current_id, self)
        if dialog.exec() and dialog.saved is not None:
            self._actions_changed(self.tr("Åtgärden lades till."))

    def edit_action(self) -> None:
        action = self.selected_action()
        if action is None or self.locked:
            return
        dialog = ActionItemDialog(self.context, self.meeting_id, self.items, action, None, self)
        if dialog.exec() and dialog.saved is not None:
            self._actions_changed(self.tr("Åtgärden sparades."))

    def toggle_done(self) -> None:
        action = self.selected_action()
        if action is None:
            return
        try:
            if action.done:
                action_items.mark_done(self.context.db, action.id, None)
            else:
                action_items.mark_done(self.context.db, action.id)
        except UserError as error:
            messages.show_error(self, error)
            return
        self._actions_changed(self.tr("Åtgärden är öppen igen.") if action.done else self.tr("Åtgärden är klar."))

    def delete_action(self) -> None:
        action = self.selected_action()
        if action is None:
            return
        if not messages.confirm(self, self.tr("Ta bort åtgärd"),
                                self.tr("Ta bort åtgärden ”%1”?").replace("%1", action.description), self.tr("Ta bort")):
            return
        try:
            action_items.delete_action_item(self.context.db, action.id)
        except UserError as error:
            messages.show_error(self, error)
            return
        self._actions_changed(self.tr("Åtgärden togs bort."))
