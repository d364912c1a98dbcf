"""A list's column widths, fitted to its texts whenever its rows change and to its width whenever that changes.

Every column is as wide as its widest text (at most ``MAX_COLUMN_WIDTH``) and never narrower than its heading;
the title column takes what is left, so nothing else is cut. A column the user has dragged keeps the width given
to it. Reading the rows again (a colleague's change, F5) measures afresh; a filter or a new sort order only
widens, so the columns do not jump about while the user types.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView

MAX_COLUMN_WIDTH = 340  # px: a longer text is elided (the tooltip or the record has it whole)
SIZE_SAMPLE_ROWS = 400  # rows measured when the columns are sized
TITLE_MIN_WIDTH = 240  # px the title column keeps when the other columns are wide


def leave_room(widths: list[int], title_column: int, available: int, floors: list[int]) -> list[int]:
    """Narrows the widest other columns (never below their floor) until the title column has its room."""
    if available < 200:  # not laid out yet
        return widths
    others = [c for c in range(len(widths)) if c != title_column]
    room = min(widths[title_column], TITLE_MIN_WIDTH)
    cap = max((widths[c] for c in others), default=0)
    fitted = list(widths)
    while cap > 60 and sum(fitted[c] for c in others) + room > available:
        cap -= 10
        fitted = [w if c == title_column else max(min(w, cap), floors[c]) for c, w in enumerate(widths)]
    return fitted


class ColumnSizer(QObject):
    """Sizes ``table``'s columns after every reset of ``model`` that leaves rows to measure.

    ``title_column`` (None: the widest column, chosen at the first sizing) stretches. Call ``remeasure`` around
    a reload so the columns may also narrow; any other reset (filter, sort) only widens them.
    """

    def __init__(self, table: QTableView, model: QAbstractItemModel, title_column: int | None) -> None:
        super().__init__(table)
        self.table, self.model, self.title_column = table, model, title_column
        self.natural: list[int] = []  # measured widths, before giving the title its room
        self.dragged: dict[int, int] = {}  # column: the width the user dragged it to
        self._setting = False
        self._narrow_next = True
        self._viewport_width = -1
        model.modelReset.connect(self.fit)
        table.horizontalHeader().sectionResized.connect(self._on_resized)
        table.viewport().installEventFilter(self)

    def remeasure(self) -> None:
        """The next sizing may narrow columns as well as widen them (the rows are read afresh)."""
        self._narrow_next = True

    def fit(self) -> None:
        rows = min(self.model.rowCount(), SIZE_SAMPLE_ROWS)
        if rows == 0:
            return  # nothing to measure: the widths stay as they were
        measured = self._measure(rows)
        if self.natural and not self._narrow_next:
            measured = [max(new, old) for new, old in zip(measured, self.natural, strict=True)]
        self._narrow_next = False
        self.natural = measured
        if self.title_column is None:
            self.title_column = measured.index(max(measured))
        self._apply()

    def _headings(self) -> QFontMetrics:
        """The style sheet sets the headings semibold, which Qt's own size hint does not account for."""
        font = QFont(self.table.horizontalHeader().font())
        font.setWeight(QFont.Weight.DemiBold)
        return QFontMetrics(font)

    def _heading_width(self, metrics: QFontMetrics, column: int) -> int:
        return metrics.horizontalAdvance(str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")) + 30

    def _measure(self, rows: int) -> list[int]:
        """Measured with the font's metrics over the first rows' display texts: Qt's own measuring asks every
        cell's delegate for a size hint and costs more than the list itself on a few thousand rows."""
        headings, cells = self._headings(), QFontMetrics(self.table.font())
        texts_of = getattr(self.model, "column_texts", None)  # RecordTableModel's, without a Qt call per cell
        widths = []
        for column in range(self.model.columnCount()):
            texts = (texts_of(column, rows) if texts_of is not None
                     else {str(self.model.index(row, column).data() or "") for row in range(rows)})
            widest = max((cells.horizontalAdvance(text) for text in texts), default=0)
            widths.append(max(min(widest + 18, MAX_COLUMN_WIDTH), self._heading_width(headings, column)))
        return widths

    def _apply(self) -> None:
        """The measured widths (the dragged ones kept), narrowed where the title column needs the room."""
        if not self.natural or self.title_column is None:
            return
        headings = self._headings()
        widths = [self.dragged.get(c, w) for c, w in enumerate(self.natural)]
        floors = [self.dragged.get(c, self._heading_width(headings, c)) for c in range(len(widths))]
        self._viewport_width = self.table.viewport().width()
        widths = leave_room(widths, self.title_column, self._viewport_width, floors)
        header = self.table.horizontalHeader()
        interactive, stretch = QHeaderView.ResizeMode.Interactive, QHeaderView.ResizeMode.Stretch
        self._setting = True
        try:  # only what changes: each call lays the header out again, and this runs on every filter keystroke
            for column, width in enumerate(widths):
                if column != self.title_column:
                    if header.sectionResizeMode(column) != interactive:
                        header.setSectionResizeMode(column, interactive)
                    if header.sectionSize(column) != width:
                        header.resizeSection(column, width)
            if header.stretchLastSection():
                header.setStretchLastSection(False)
            if header.sectionResizeMode(self.title_column) != stretch:
                header.setSectionResizeMode(self.title_column, stretch)
            if header.minimumSectionSize() != 40:
                header.setMinimumSectionSize(40)
        finally:
            self._setting = False

    def _on_resized(self, column: int, _old: int, new: int) -> None:
        header = self.table.horizontalHeader()
        if not self._setting and self.natural and header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive:
            self.dragged[column] = new

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """A wider or narrower window gives the title column its room again (no measuring: the widths are kept)."""
        if (event.type() == QEvent.Type.Resize and watched is self.table.viewport()
                and self.table.viewport().width() != self._viewport_width):
            self._apply()
        return False
