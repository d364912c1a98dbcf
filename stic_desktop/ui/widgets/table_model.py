"""The one table model every list page uses: rows from a service, filtered and sorted in Python.

Display texts and a lower-case search key are computed once per row in ``set_rows``, so a
filter keystroke is a substring test per row rather than a ``data()`` call per cell; rows reach
the view in batches through ``canFetchMore``/``fetchMore``. The sort order of all rows is computed once
(per ``set_rows`` or ``sort``), so a keystroke filters that order and never sorts: at the huge demo size
(20,000 people, 50,000 meetings) a keystroke stays a single pass.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the record (a frozen dataclass)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # the raw value, for sorting and export

Index = QModelIndex | QPersistentModelIndex
MUTED_COLOUR = QColor("#8a8a8a")  # inactive rows, as ended memberships
STOCKHOLM = ZoneInfo("Europe/Stockholm")


def when_text(moment: datetime) -> str:
    """A moment in local (Stockholm) time as the program writes it: "2026-03-04 10.15"; stored times are UTC."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(STOCKHOLM)
    return f"{moment.date().isoformat()} {moment.hour:02d}.{moment.minute:02d}"


def default_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return QCoreApplication.translate("RecordTableModel", "Ja" if value else "Nej")
    if isinstance(value, datetime):
        return when_text(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


@dataclass(frozen=True)
class Column:
    title: str
    value: Callable[[Any], object]
    text: Callable[[object], str] = default_text
    align_right: bool = False


def _column_texts(column: Column, records: list[Any]) -> list[str]:
    """One column's display texts for every row, column by column (one comprehension each, not a generator per
    row); a plain string shown as it is skips the formatting (most cells are such)."""
    value, text = column.value, column.text
    if text is default_text:
        return [v if type(v) is str else default_text(v) for v in map(value, records)]
    return [text(v) for v in map(value, records)]


def _sort_key(value: object) -> tuple:
    if value is None or value == "":
        return (1, "")
    if isinstance(value, str):
        return (0, value.casefold())
    return (0, value)


class RecordTableModel(QAbstractTableModel):
    BATCH_SIZE = 256

    def __init__(self, columns: Sequence[Column], parent=None, muted: Callable[[Any], bool] | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._muted = muted  # rows drawn grey (an inactive person); another column must say why in words
        self._records: list[Any] = []
        self._texts: list[tuple[str, ...]] = []
        self._keys: list[str] = []
        self._visible: list[int] = []
        self._order: list[int] = []  # every row index in the sort order
        self._loaded = 0
        self._filter_terms: list[str] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- feeding -------------------------------------------------------------------------
    def set_rows(self, records: Sequence[Any]) -> None:
        """Replace all rows; keeps the current filter and sort order."""
        self.beginResetModel()
        self._records = list(records)
        self._texts = list(zip(*(_column_texts(c, self._records) for c in self._columns))) if self._records else []
        self._keys = [" ".join(texts).casefold() for texts in self._texts]
        self._order = self._sorted()
        self._recompute()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        terms = text.casefold().split()
        if terms == self._filter_terms:
            return
        self.beginResetModel()
        self._filter_terms = terms
        self._recompute()
        self.endResetModel()

    def _sorted(self) -> list[int]:
        """Every row index in the current sort order (stable: equal values keep the service's order)."""
        order = list(range(len(self._records)))
        if self._sort is not None:
            column, direction = self._sort
            value = self._columns[column].value
            keys = [_sort_key(value(r)) for r in self._records]
            order.sort(key=keys.__getitem__, reverse=direction == Qt.SortOrder.DescendingOrder)
        return order

    def _recompute(self) -> None:
        terms = self._filter_terms
        keys = self._keys
        if len(terms) == 1:
            term = terms[0]
            self._visible = [i for i in self._order if term in keys[i]]
        elif terms:
            self._visible = [i for i in self._order if all(t in keys[i] for t in terms)]
        else:
            self._visible = list(self._order)
        self._loaded = min(len(self._visible), self.BATCH_SIZE)

    # -- reading -------------------------------------------------------------------------
    def record(self, row: int) -> Any:
        return self._records[self._visible[row]]

    def row_of(self, predicate: Callable[[Any], bool]) -> int | None:
        """The view row of the first visible record matching, loading batches up to it."""
        for row, index in enumerate(self._visible):
            if predicate(self._records[index]):
                while row >= self._loaded:
                    self.fetchMore(QModelIndex())
                return row
        return None

    def find_record(self, predicate: Callable[[Any], bool]) -> Any | None:
        """The first record matching among all rows, the filtered-out ones included."""
        return next((record for record in self._records if predicate(record)), None)

    def column_texts(self, column: int, rows: int) -> set[str]:
        """The distinct texts the first ``rows`` visible rows show in ``column`` (for sizing it; no Qt calls)."""
        return {self._texts[i][column] for i in self._visible[:rows]}

    def visible_records(self) -> list[Any]:
        return [self._records[i] for i in self._visible]

    def visible_table(self) -> tuple[list[str], list[list[object]]]:
        """Headers and raw values of every visible row (not only the loaded ones), for export."""
        headers = [c.title for c in self._columns]
        return headers, [[c.value(r) for c in self._columns] for r in self.visible_records()]

    def visible_texts(self, column: int) -> set[str]:
        """The distinct display texts of ``column`` over every visible row (loaded or not)."""
        texts = self._texts
        return {texts[i][column] for i in self._visible}

    @property
    def total_count(self) -> int:
        return len(self._records)

    @property
    def visible_count(self) -> int:
        return len(self._visible)

    # -- Qt interface --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._loaded < len(self._visible)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid():
            return
        new_loaded = min(len(self._visible), self._loaded + self.BATCH_SIZE)
        if new_loaded == self._loaded:
            return
        self.beginInsertRows(QModelIndex(), self._loaded, new_loaded - 1)
        self._loaded = new_loaded
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._loaded:
            return None
        record_index = self._visible[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.ToolTipRole:
            return self._texts[record_index][index.column()]
        if role == ROW_ROLE:
            return self._records[record_index]
        if role == SORT_ROLE:
            return column.value(self._records[record_index])
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self._muted is not None and self._muted(self._records[record_index]):
            return MUTED_COLOUR
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self._columns):
                return self._columns[section].title
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self.beginResetModel()
        self._sort = (column, order)
        self._order = self._sorted()
        self._recompute()
        self.endResetModel()
