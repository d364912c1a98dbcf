"""Dagordning: the items in order (drag and drop or Ctrl+Up/Down), their PDF attachments, the expected
end against the booked end, and the open action items of earlier meetings ("uppföljning")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from stic_desktop.core import dates
from stic_desktop.errors import UserError
from stic_desktop.services.meetings import action_items, agenda, attachments
from stic_desktop.services.meetings.agenda import Agenda, AgendaItemRecord
from stic_desktop.services.meetings.meetings import MeetingRecord
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.meetings.agenda_item_dialog import AgendaItemDialog
from stic_desktop.ui.meetings.agenda_model import AgendaModel
from stic_desktop.ui.widgets import messages, rights
from stic_desktop.ui.widgets import pickers as meeting_widgets
from stic_desktop.ui.widgets.jobs import run_job
from stic_desktop.ui.widgets.pickers import ScratchFolder
from stic_desktop.ui.widgets.row_menu import add_row_actions
from stic_desktop.ui.widgets.tables import make_table_view, on_open

WARNING_STYLE = "color: #b00020; font-weight: 600;"
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def attach_files(db, item_id: int, paths: list[Path]):
    """Worker job: attaches each file; returns (names attached, messages of the files refused)."""
    added, refused = [], []
    for number, path in enumerate(paths):
        yield number, len(paths), f"{path.name}…"
        try:
            data = path.read_bytes()
        except OSError as exc:
            refused.append(f"{path.name}: {exc.strerror or exc}")
            continue
        try:
            record = attachments.add_attachment(db, item_id, path.name, data)
        except UserError as error:
            refused.append(error.message)
        else:  # the user is told what was removed from the file (scripts, embedded files, ...)
            added.append(f"{path.name} (borttaget aktivt innehåll: {', '.join(record.removed)})" if record.removed
                         else path.name)
    return added, refused


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} kB"
    return f"{QLocale().toString(size / (1024 * 1024), 'f', 1)} MB"


def overrun_text(plan: Agenda) -> str:
    translate = QCoreApplication.translate
    minutes_text = translate("AgendaPanel", "1 minut") if plan.overrun_minutes == 1 else \
        translate("AgendaPanel", "%1 minuter").replace("%1", str(plan.overrun_minutes))
    return translate("AgendaPanel", "Dagordningen slutar %1, %2 efter bokad sluttid (%3).") \
        .replace("%1", dates.clock(plan.expected_end)).replace("%2", minutes_text).replace("%3", dates.clock(plan.meeting.ends_at))


class AgendaPanel(QWidget):
    changed = Signal()
    status_message = Signal(str)

    def __init__(self, context: AppContext, meeting_id: int, scratch: ScratchFolder, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.meeting_id = meeting_id
        self.scratch = scratch
        self.plan: Agenda | None = None
        self.model = AgendaModel(context.db, self)
        self.model.move_failed.connect(lambda error: messages.show_error(self, error))
        self.model.agenda_changed.connect(self._moved)
        self.table = make_table_view(self.model, stretch=(2,), widths=(36, 56, 320, 100, 170, 70, 64), row_height=26)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        # DragDrop, not InternalMove: the model accepts only its own items' ids, and a drop then works the
        # same whether Qt knows the drag's source or not.
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        on_open(self.table, lambda _index: self.edit_item())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        def button(text: str, slot, shortcut: str | None = None) -> QPushButton:
            widget = QPushButton(text)
            widget.clicked.connect(slot)
            if shortcut:  # an action, so the key works wherever the focus is in the tab
                action = QAction(self)
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                action.triggered.connect(lambda: widget.isEnabled() and not rights.hidden(widget) and slot())
                self.addAction(action)
                widget.setToolTip(f"{text} ({shortcut})")
            return widget

        self.add_button = button(self.tr("Ny punkt…"), self.add_item, "Ins")
        self.edit_button = button(self.tr("Redigera…"), self.edit_item)
        self.delete_button = button(self.tr("Ta bort"), self.delete_item)
        self.up_button = button(self.tr("Flytta upp"), lambda: self.move_selected(-1), "Ctrl+Up")
        self.down_button = button(self.tr("Flytta ner"), lambda: self.move_selected(1), "Ctrl+Down")
        self.template_button = button(self.tr("Lägg till standardpunkter"), self.apply_template)
        add_row_actions(self.table, self.add_button, self.up_button, self.down_button, None, self.delete_button)
        self.template_button.setToolTip(self.tr("Gruppens standardpunkter först och sist (de som redan finns läggs inte till igen)"))
        self.end_label = QLabel()
        self.end_label.setWordWrap(True)
        self.locked_label = QLabel(self.tr("Protokollet är justerat; dagordningen kan inte ändras."))
        self.locked_label.setObjectName("hint")

        self.files = QListWidget()
        self.files.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.attach_button = button(self.tr("Bifoga PDF…"), self.attach)
        self.open_file_button = button(self.tr("Öppna"), self.open_attachment)
        self.remove_file_button = button(self.tr("Ta bort bilaga"), self.remove_attachment)
        add_row_actions(self.files, self.attach_button, None, self.remove_file_button, export=False)
        on_open(self.files, lambda _index: self.open_attachment())
        self.follow_ups = QListWidget()
        self.follow_ups.setWordWrap(True)
        self.follow_ups.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.done_button = button(self.tr("Markera klar"), self.mark_follow_up_done)
        add_row_actions(self.follow_ups, self.done_button, export=False)
        rights.needs(rights.WRITE, self.add_button, self.delete_button, self.up_button, self.down_button,
                     self.template_button, self.attach_button, self.remove_file_button, self.done_button)
        if not rights.allows(context):  # the item opens read-only; no dragging to reorder
            self.edit_button.setText(self.tr("Öppna…"))
            self.table.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)

        top = QWidget()
        bar = QHBoxLayout()
        for widget in (self.add_button, self.edit_button, self.delete_button, self.up_button, self.down_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.template_button)
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(bar)
        column.addWidget(self.table, 1)
        column.addWidget(self.end_label)
        column.addWidget(self.locked_label)
        self.files_box = QGroupBox(self.tr("Bilagor till punkten"))
        files_layout = QVBoxLayout(self.files_box)
        files_layout.addWidget(self.files)
        files_bar = QHBoxLayout()
        for widget in (self.attach_button, self.open_file_button, self.remove_file_button):
            files_bar.addWidget(widget)
        files_bar.addStretch(1)
        files_layout.addLayout(files_bar)
        self.follow_box = QGroupBox(self.tr("Uppföljning: öppna åtgärder från tidigare möten"))
        follow_layout = QVBoxLayout(self.follow_box)
        follow_layout.addWidget(self.follow_ups)
        follow_bar = QHBoxLayout()
        follow_bar.addWidget(self.done_button)
        follow_bar.addStretch(1)
        follow_layout.addLayout(follow_bar)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.files_box)
        bottom.addWidget(self.follow_box)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # -- state ---------------------------------------------------------------------------
    def refresh(self, meeting: MeetingRecord | None = None) -> None:
        selected = self.selected()
        try:
            plan = agenda.agenda(self.context.db, self.meeting_id)
        except UserError as error:
            messages.show_error(self, error)
            plan = None
        self.model.set_agenda(plan)
        self._show_plan(plan)
        if selected is not None:
            self.select_item(selected.id)
        self._selection_changed()

    def _moved(self, plan: Agenda) -> None:
        self._show_plan(plan)
        self._update_buttons()
        self.changed.emit()

    def _show_plan(self, plan: Agenda | None) -> None:
        self.plan = plan
        if plan is None or not plan.items:
            self.end_label.setText(self.tr("Dagordningen är tom. Välj ”Ny punkt…” eller ”Lägg till standardpunkter”."))
            self.end_label.setStyleSheet("")
        elif plan.overruns:
            self.end_label.setText("⚠ " + overrun_text(plan))
            self.end_label.setStyleSheet(WARNING_STYLE)
        else:
            self.end_label.setText(self.tr("Dagordningen slutar %1 (bokad sluttid %2).")
                                   .replace("%1", dates.clock(plan.expected_end)).replace("%2", dates.clock(plan.meeting.ends_at)))
            self.end_label.setStyleSheet("")
        self.locked_label.setVisible(plan is not None and plan.meeting.locked)
        self.follow_ups.clear()
        for action in plan.follow_ups if plan is not None else []:
            who = action.responsible_name or self.tr("ingen ansvarig")
            due = self.tr(", klart senast %1").replace("%1", action.due_date.isoformat()) if action.due_date else ""
            text = f"{action.description} – {who}{due} ({action.meeting_date.isoformat()} {action.meeting_title})"
            entry = QListWidgetItem(text)
            entry.setData(ID_ROLE, action.id)
            self.follow_ups.addItem(entry)
        count = len(plan.follow_ups) if plan is not None else 0
        self.follow_box.setTitle(self.tr("Uppföljning: öppna åtgärder från tidigare möten (%1)").replace("%1", str(count)))

    def selected(self) -> AgendaItemRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if len(rows) == 1 and rows[0].row() < self.model.rowCount():
            return self.model.item(rows[0].row())
        return None

    def select_item(self, item_id: int) -> None:
        row = self.model.row_of(item_id)
        if row is not None:
            self.table.selectRow(row)

    def _selection_changed(self, *_args) -> None:
        item = self.selected()
        self.files.clear()
        if item is not None:
            for attachment in item.attachments:
                pages = self.tr("1 sida") if attachment.page_count == 1 else \
                    self.tr("%1 sidor").replace("%1", str(attachment.page_count))
                entry = QListWidgetItem(f"{attachment.filename} ({pages}, {size_text(attachment.size)})")
                entry.setData(ID_ROLE, attachment.id)
                self.files.addItem(entry)
        self.files_box.setTitle(self.tr("Bilagor till punkten") if item is None
                                else self.tr("Bilagor till ”%1”").replace("%1", item.title))
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = not self.model.locked
        item = self.selected()
        row = self.model.row_of(item.id) if item is not None else None
        self.add_button.setEnabled(editable)
        self.template_button.setEnabled(editable)
        self.edit_button.setEnabled(item is not None)
        self.delete_button.setEnabled(editable and item is not None)
        self.up_button.setEnabled(editable and row is not None and row > 0)
        self.down_button.setEnabled(editable and row is not None and row < self.model.rowCount() - 1)
        self.attach_button.setEnabled(editable and item is not None)
        has_file = self.files.currentRow() >= 0
        self.open_file_button.setEnabled(has_file)
        self.remove_file_button.setEnabled(editable and has_file)
        self.done_button.setEnabled(self.follow_ups.currentRow() >= 0)

    def _after_change(self, item_id: int | None = None, text: str = "") -> None:
        self.refresh()
        if item_id is not None:
            self.select_item(item_id)
        if text:
            self.status_message.emit(text)
        self.changed.emit()

    # -- items ---------------------------------------------------------------------------
    def add_item(self) -> None:
        item = self.selected()
        position = item.position + 1 if item is not None else None  # after the selected item
        dialog = AgendaItemDialog(self.context, self.meeting_id, None, position, self)
        if dialog.exec() and dialog.saved is not None:
            self._after_change(dialog.saved.id, self.tr("Punkten ”%1” lades till.").replace("%1", dialog.saved.title))

    def edit_item(self) -> None:
        item = self.selected()
        if item is None:
            return
        dialog = AgendaItemDialog(self.context, self.meeting_id, item, None, self)
        if self.model.locked:
            dialog.setEnabled(False)  # shown for reading; the service would refuse a change anyway
        if dialog.exec() and dialog.saved is not None:
            self._after_change(dialog.saved.id, self.tr("Punkten ”%1” sparades.").replace("%1", dialog.saved.title))

    def delete_item(self) -> None:
        item = self.selected()
        if item is None:
            return
        question = self.tr("Ta bort punkten ”%1” från dagordningen?").replace("%1", item.title)
        if item.attachments:
            question += " " + self.tr("Dess %1 bilagor tas också bort.").replace("%1", str(len(item.attachments)))
        if not messages.confirm(self, self.tr("Ta bort punkt"), question, self.tr("Ta bort")):
            return
        try:
            agenda.delete_item(self.context.db, item.id)
        except UserError as error:
            messages.show_error(self, error)
            return
        self._after_change(None, self.tr("Punkten ”%1” togs bort.").replace("%1", item.title))

    def move_selected(self, step: int) -> None:
        item = self.selected()
        if item is None:
            return
        row = self.model.row_of(item.id)
        if self.model.move_row(row, row + step):
            self.select_item(item.id)
            self.table.setFocus()

    def apply_template(self) -> None:
        before = self.model.rowCount()
        try:
            plan = agenda.apply_template(self.context.db, self.meeting_id)
        except UserError as error:
            messages.show_error(self, error)
            return
        added = len(plan.items) - before
        self._after_change(None, self.tr("%1 standardpunkter lades till.").replace("%1", str(added)) if added
                           else self.tr("Standardpunkterna fanns redan."))

    # -- attachments ---------------------------------------------------------------------
    def attach(self) -> None:
        item = self.selected()
        if item is None:
            return
        paths = meeting_widgets.open_file_names(self, self.tr("Bifoga PDF"), self.tr("PDF (*.pdf);;Alla filer (*)"))
        if paths:
            self.attach_paths(item, paths)

    def attach_paths(self, item: AgendaItemRecord, paths: list[Path]) -> None:
        def done(result) -> None:
            added, refused = result
            self._after_change(item.id, self.tr("%1 bilagor lades till.").replace("%1", str(len(added))) if added else "")
            if refused:
                messages.show_error(self, UserError("\n\n".join(refused)))

        run_job(self, self.tr("Läser in bilagor…"), attach_files, self.context.db, item.id, paths, on_success=done)

    def _attachment_id(self) -> int | None:
        entry = self.files.currentItem()
        return None if entry is None else entry.data(ID_ROLE)

    def open_attachment(self) -> None:
        item, attachment_id = self.selected(), self._attachment_id()
        if item is None or attachment_id is None:
            return
        record = next(a for a in item.attachments if a.id == attachment_id)
        try:
            data = attachments.attachment_bytes(self.context.db, attachment_id)
        except UserError as error:
            messages.show_error(self, error)
            return
        path = self.scratch.file(record.filename)
        path.write_bytes(data)
        from stic_desktop.ui.widgets.pdf_preview import show_preview

        show_preview(self, path, record.filename)

    def remove_attachment(self) -> None:
        item, attachment_id = self.selected(), self._attachment_id()
        if item is None or attachment_id is None:
            return
        name = next(a.filename for a in item.attachments if a.id == attachment_id)
        if not messages.confirm(self, self.tr("Ta bort bilaga"), self.tr("Ta bort bilagan %1?").replace("%1", name),
                                self.tr("Ta bort")):
            return
        try:
            attachments.remove_attachment(self.context.db, attachment_id)
        except UserError as error:
            messages.show_error(self, error)
            return
        self._after_change(item.id, self.tr("Bilagan %1 togs bort.").replace("%1", name))

    # -- follow-ups ----------------------------------------------------------------------
    def mark_follow_up_done(self) -> None:
        entry = self.follow_ups.currentItem()
        if entry is None:
            return
        try:
            action_items.mark_done(self.context.db, entry.data(ID_ROLE))
        except UserError as error:
            messages.show_error(self, error)
            return
        self._after_change(None, self.tr("Åtgärden markerades som klar."))
