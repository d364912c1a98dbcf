"""The agenda of one meeting as a table: number, computed start, title, kind, presenter, minutes, files.

Rows can be dragged to a new place (the row's item id travels as MIME data) or moved with the
keyboard (``move_row``); either way the service moves the item and the model moves the row, so the
selection follows it, then every start time is refreshed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QByteArray, QMimeData, QModelIndex, Qt, Signal

from stic_desktop.core import dates
from stic_desktop.errors import UserError
from stic_desktop.services.meetings import agenda
from stic_desktop.services.meetings.agenda import Agenda, AgendaItemRecord
from stic_desktop.ui.widgets.labels import label
from stic_desktop.ui.widgets.table_model import ROW_ROLE, Index

MIME_TYPE = "application/x-stic-agenda-item"
NUMBER, START, TITLE, KIND, PRESENTER, MINUTES, FILES = range(7)
RIGHT_ALIGNED = {NUMBER, MINUTES, FILES}


class AgendaModel(QAbstractTableModel):
    move_failed = Signal(object)  # the UserError the service raised; the rows were read again
    agenda_changed = Signal(object)  # the Agenda after a move (new expected end)

    def __init__(self, db, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.plan: Agenda | None = None
        self._items: list[AgendaItemRecord] = []
        self._headers = [self.tr("#"), self.tr("Start"), self.tr("Titel"), self.tr("Typ"), self.tr("Föredragande"),
                         self.tr("Minuter"), self.tr("Bilagor")]

    # -- feeding -------------------------------------------------------------------------
    def set_agenda(self, plan: Agenda | None) -> None:
        """Replace everything (the only reset)."""
        self.beginResetModel()
        self.plan = plan
        self._items = list(plan.items) if plan is not None else []
        self.endResetModel()

    @property
    def locked(self) -> bool:
        return self.plan is None or self.plan.meeting.locked

    def item(self, row: int) -> AgendaItemRecord:
        return self._items[row]

    def items(self) -> Sequence[AgendaItemRecord]:
        return tuple(self._items)

    def row_of(self, item_id: int) -> int | None:
        return next((row for row, item in enumerate(self._items) if item.id == item_id), None)

    # -- reading -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def _text(self, item: AgendaItemRecord, column: int) -> str:
        if column == NUMBER:
            return str(item.position + 1)
        if column == START:
            return dates.clock(item.starts_at)
        if column == TITLE:
            return item.title
        if column == KIND:
            return label(item.kind_label)
        if column == PRESENTER:
            return item.presenter_name
        if column == MINUTES:
            return str(item.duration_minutes)
        return str(len(item.attachments)) if item.attachments else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == TITLE and item.description:
                return item.description
            if column == FILES and item.attachments:
                return "\n".join(a.filename for a in item.attachments)
            return self._text(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in RIGHT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return item
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if not self.locked else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.locked:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    # -- drag and drop -------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(MIME_TYPE, QByteArray(str(self._items[rows[0]].id).encode("ascii")))
        return data

    def _dragged_row(self, data: QMimeData) -> int | None:
        if data is None or not data.hasFormat(MIME_TYPE):
            return None
        try:
            item_id = int(bytes(data.data(MIME_TYPE).data()).decode("ascii"))
        except ValueError:
            return None
        return self.row_of(item_id)  # None: not one of this meeting's items

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        return not self.locked and action == Qt.DropAction.MoveAction and self._dragged_row(data) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        """``row`` is the gap the item was dropped into (-1: after the last row, or onto ``parent``'s row)."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        source = self._dragged_row(data)
        gap = row if row >= 0 else parent.row() if parent.isValid() else len(self._items)
        target = gap - 1 if gap > source else gap
        if target == source:
            return False
        return self.move_row(source, target)

    # -- moving --------------------------------------------------------------------------
    def move_row(self, source: int, target: int) -> bool:
        """Moves the item on ``source`` so it ends up on row ``target``; False if nothing moved."""
        count = len(self._items)
        if self.locked or not (0 <= source < count) or not (0 <= target < count) or source == target:
            return False
        item = self._items[source]
        try:
            agenda.move_item(self.db, item.id, target)
            plan = agenda.agenda(self.db, item.meeting_id)
        except UserError as error:
            self._reread(item.meeting_id)
            self.move_failed.emit(error)
            return False
        if [i.id for i in plan.items] != self._moved_ids(source, target):
            self.set_agenda(plan)  # someone else changed the agenda meanwhile: show it as it is
        else:
            self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), target + 1 if target > source else target)
            self.plan, self._items = plan, list(plan.items)
            self.endMoveRows()
            self.dataChanged.emit(self.index(0, 0), self.index(count - 1, len(self._headers) - 1))
        self.agenda_changed.emit(plan)
        return True

    def _moved_ids(self, source: int, target: int) -> list[int]:
        ids = [i.id for i in self._items]
        ids.insert(target, ids.pop(source))
        return ids

    def _reread(self, meeting_id: int) -> None:
        try:
            self.set_agenda(agenda.agenda(self.db, meeting_id))
        except UserError:
            self.set_agenda(None)
