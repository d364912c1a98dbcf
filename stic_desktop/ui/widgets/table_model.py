"""The one table model every list page uses: rows from a service, filtered and sorted in Python.

Built for tens of thousands of rows (the huge demo size: 20,000 people, 50,000 meetings). Opening a list
costs one pass over the sort column: a row's display texts are made when the view first asks for it, and rows
reach the view in batches through ``canFetchMore``/``fetchMore``. The lower-case search key of every row is made
at the first filter keystroke and kept, so later keystrokes are a substring test per row rather than a
``data()`` call per cell. The sort order of all rows is computed once (per ``set_rows`` or ``sort``), so a
keystroke filters that order and never sorts. Records may be frozen dataclasses or named tuples; columns read
them with ``operator.attrgetter`` where they can (one C call a cell, not a lambda).
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
        made = _Texts()  # a column's other values repeat (Ja/Nej, dates): each is formatted once
        try:
            return [v if type(v) is str else made[v] for v in map(value, records)]
        except TypeError:  # a value that is no dictionary key
            return [v if type(v) is str else default_text(v) for v in map(value, records)]
    return [text(v) for v in map(value, records)]


class _Texts(dict):
    def __missing__(self, value: object) -> str:
        text = self[value] = default_text(value)
        return text


def _sort_key(value: object) -> tuple:
    if value is None or value == "":
        return (1, "")
    if isinstance(value, str):
        return (0, value.casefold())
    return (0, value)


_LAST = "\U0010ffff"  # sorts after every text a user types


def _sort_keys(values: list[object]) -> list:
    """What ``_sort_key`` orders by, for every value; a column of plain strings (most are) as plain strings, without
    a call per row, an empty one last (string comparisons are a third of the time of tuple ones)."""
    if set(map(type, values)) == {str}:
        return [v.casefold() if v else _LAST for v in values]
    return [_sort_key(v) for v in values]


class RecordTableModel(QAbstractTableModel):
    BATCH_SIZE = 256

    def __init__(self, columns: Sequence[Column], parent=None, muted: Callable[[Any], bool] | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._muted = muted  # rows drawn grey (an inactive person); another column must say why in words
        self._records: list[Any] = []
        self._texts: list[tuple[str, ...] | None] = []  # a row's display texts, made when first shown
        self._keys: list[str] | None = None  # every row's search key, made at the first filter
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
        self._texts = [None] * len(self._records)
        self._keys = None
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
            keys = _sort_keys(list(map(self._columns[column].value, self._records)))
            order.sort(key=keys.__getitem__, reverse=direction == Qt.SortOrder.DescendingOrder)
        return order

    def _search_keys(self) -> list[str]:
        """Every row's display texts joined and case-folded; made once per ``set_rows``, at the first filter."""
        if self._keys is None:
            records = self._records
            self._keys = [" ".join(texts).casefold()
                          for texts in zip(*(_column_texts(c, records) for c in self._columns))] if records else []
        return self._keys

    def _row_texts(self, record_index: int) -> tuple[str, ...]:
        texts = self._texts[record_index]
        if texts is None:
            record = self._records[record_index]
            texts = tuple(v if type(v) is str and c.text is default_text else c.text(v)
                          for c, v in ((c, c.value(record)) for c in self._columns))
            self._texts[record_index] = texts
        return texts

    def _recompute(self) -> None:
        terms = self._filter_terms
        if len(terms) == 1:
            term, keys = terms[0], self._search_keys()
            self._visible = [i for i in self._order if term in keys[i]]
        elif terms:
            keys = self._search_keys()
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
        texts = self._row_texts
        return {texts(i)[column] for i in self._visible[:rows]}

    def visible_records(self) -> list[Any]:
        return [self._records[i] for i in self._visible]

    def visible_table(self) -> tuple[list[str], list[list[object]]]:
        """Headers and raw values of every visible row (not only the loaded ones), for export."""
        headers = [c.title for c in self._columns]
        return headers, [[c.value(r) for c in self._columns] for r in self.visible_records()]

    def visible_texts(self, column: int) -> set[str]:
        """The distinct display texts of ``column`` over every visible row (loaded or not)."""
        return self.column_texts(column, len(self._visible))

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
            return self._row_texts(record_index)[index.column()]
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
