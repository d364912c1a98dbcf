"""A Gantt-like timeline of running procurements, drawn with QPainter.

One row per procurement: its case number and title in a fixed column on the left, a bar per stage
from the stage's date to the next one's (actual dates before planned), a red line for today, months
along the top. Scrolls both ways (the label column and the month header stay put); Ctrl+wheel or
+/- zooms. A click, or Enter on the selected row, asks to open the procurement (``activated``).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from stic_desktop.core import clock
from stic_desktop.services.procurement.overview import TimelineRow, TimelineSegment
from stic_desktop.ui.widgets.labels import label
from stic_desktop.ui.workspace import i18n

STAGE_COLOURS = {  # preparation in blues, tendering in oranges, the award in purples, the agreement in greens
    "needs_analysis": "#9ecae1", "requirements": "#6baed6", "advertised": "#3f8fc4", "tender_deadline": "#fdae6b",
    "opening": "#fd8d3c", "evaluation": "#e6550d", "award_decision": "#9e9ac8", "standstill": "#756bb1",
    "signed": "#41ab5d", "closed": "#006d2c",
}
LATE_COLOUR = QColor("#b00020")
TODAY_COLOUR = QColor("#b00020")


def _first_of_month(day: date) -> date:
    return day.replace(day=1)


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


class TimelineView(QAbstractScrollArea):
    activated = Signal(int)  # a procurement id

    LABEL_WIDTH = 230
    HEADER_HEIGHT = 36
    ROW_HEIGHT = 22
    MIN_DAY_WIDTH, MAX_DAY_WIDTH = 0.5, 16.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[TimelineRow] = []
        self.today = clock.today()
        self.first = self.last = self.today
        self.day_width = 2.0
        self.current = -1  # the selected row
        self._pressed_row = -1
        self._placed = False  # scrolled to today once there were rows
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setToolTip("")
        self.setAccessibleName(self.tr("Tidslinje för pågående upphandlingar"))

    # -- data ----------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[TimelineRow], today: date) -> None:
        selected = self.rows[self.current].procurement_id if 0 <= self.current < len(self.rows) else None
        self.rows, self.today = list(rows), today
        days = [d for row in self.rows for d in (row.first_day, row.last_day) if d is not None] or [today]
        self.first = _first_of_month(min(min(days), today) - timedelta(days=10))
        self.last = max(max(days), today) + timedelta(days=45)
        self.current = next((i for i, row in enumerate(self.rows) if row.procurement_id == selected), -1)
        self._update_scrollbars()
        if self.rows and not self._placed:
            self._placed = True
            self.scroll_to_today()
        self.viewport().update()

    def scroll_to_today(self) -> None:
        """Today about a third into the visible part, so what is coming shows more than what has been."""
        self.horizontalScrollBar().setValue(int(self._x_of(self.today) - self._chart_width() / 3))

    # -- geometry ------------------------------------------------------------------------
    def _content_width(self) -> int:
        return int(((self.last - self.first).days + 1) * self.day_width)

    def _chart_width(self) -> int:
        return max(0, self.viewport().width() - self.LABEL_WIDTH)

    def _update_scrollbars(self) -> None:
        horizontal, vertical = self.horizontalScrollBar(), self.verticalScrollBar()
        horizontal.setRange(0, max(0, self._content_width() - self._chart_width()))
        horizontal.setPageStep(max(1, self._chart_width()))
        horizontal.setSingleStep(max(1, int(7 * self.day_width)))
        visible = max(0, self.viewport().height() - self.HEADER_HEIGHT)
        vertical.setRange(0, max(0, len(self.rows) * self.ROW_HEIGHT - visible))
        vertical.setPageStep(max(1, visible))
        vertical.setSingleStep(self.ROW_HEIGHT)

    def _x_of(self, day: date) -> float:
        """The x of the start of ``day`` in content coordinates (0 = self.first)."""
        return (day - self.first).days * self.day_width

    def _screen_x(self, day: date) -> float:
        return self.LABEL_WIDTH + self._x_of(day) - self.horizontalScrollBar().value()

    def row_at(self, y: int) -> int:
        if y < self.HEADER_HEIGHT:
            return -1
        row = (y - self.HEADER_HEIGHT + self.verticalScrollBar().value()) // self.ROW_HEIGHT
        return row if 0 <= row < len(self.rows) else -1

    def row_rect(self, row: int) -> QRect:
        top = self.HEADER_HEIGHT + row * self.ROW_HEIGHT - self.verticalScrollBar().value()
        return QRect(0, top, self.viewport().width(), self.ROW_HEIGHT)

    def segment_at(self, pos: QPoint) -> TimelineSegment | None:
        row = self.row_at(pos.y())
        if row < 0 or pos.x() < self.LABEL_WIDTH:
            return None
        for segment in self.rows[row].segments:
            left, right = self._screen_x(segment.start), self._screen_x(segment.end)
            if left - 2 <= pos.x() <= max(right, left + 3) + 2:
                return segment
        return None

    def set_zoom(self, day_width: float) -> None:
        """Pixels per day, keeping the day in the middle of the chart where it was."""
        middle = self.first + timedelta(days=(self.horizontalScrollBar().value() + self._chart_width() / 2)
                                        / self.day_width)
        self.day_width = min(self.MAX_DAY_WIDTH, max(self.MIN_DAY_WIDTH, day_width))
        self._update_scrollbars()
        self.horizontalScrollBar().setValue(int(self._x_of(middle) - self._chart_width() / 2))
        self.viewport().update()

    # -- drawing -------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        width, height = self.viewport().width(), self.viewport().height()
        palette = self.palette()
        painter.fillRect(0, 0, width, height, palette.base())
        first_row = self.verticalScrollBar().value() // self.ROW_HEIGHT
        last_row = min(len(self.rows), first_row + height // self.ROW_HEIGHT + 2)
        painter.setClipRect(QRect(self.LABEL_WIDTH, self.HEADER_HEIGHT, width, height))
        for row in range(first_row, last_row):
            rect = self.row_rect(row)
            if row == self.current:
                painter.fillRect(rect, palette.highlight().color().lighter(170))
            elif row % 2:
                painter.fillRect(rect, palette.alternateBase())
        self._draw_month_lines(painter, height)
        for row in range(first_row, last_row):
            self._draw_bars(painter, row)
        today_x = int(self._screen_x(self.today) + self.day_width / 2)
        painter.setPen(QPen(TODAY_COLOUR, 2))
        painter.drawLine(today_x, self.HEADER_HEIGHT, today_x, height)
        painter.setClipping(False)
        self._draw_labels(painter, first_row, last_row, height)
        self._draw_header(painter, width, today_x)
        painter.end()

    def _draw_month_lines(self, painter: QPainter, height: int) -> None:
        painter.setPen(QPen(self.palette().mid().color().lighter(130), 1))
        month = self.first
        while month <= self.last:
            x = int(self._screen_x(month))
            if x >= self.LABEL_WIDTH:
                painter.drawLine(x, self.HEADER_HEIGHT, x, height)
            month = _next_month(month)

    def _draw_bars(self, painter: QPainter, row: int) -> None:
        rect = self.row_rect(row)
        top, bar_height = rect.top() + 5, self.ROW_HEIGHT - 10
        for segment in self.rows[row].segments:
            left = self._screen_x(segment.start)
            right = max(self._screen_x(segment.end), left + 3)
            if right < self.LABEL_WIDTH or left > self.viewport().width():
                continue
            colour = QColor(STAGE_COLOURS.get(segment.stage, "#999999"))
            bar = QRectF(left, top, right - left, bar_height)
            if segment.state == "planned":
                colour.setAlpha(80)
                pen = QPen(QColor(STAGE_COLOURS.get(segment.stage, "#999999")).darker(130), 1, Qt.PenStyle.DashLine)
            else:
                pen = QPen(colour.darker(140), 1)
            if segment.late:
                pen = QPen(LATE_COLOUR, 2)
            if segment.state == "current":
                bar = bar.adjusted(0, -2, 0, 2)
            painter.fillRect(bar, QBrush(colour))
            painter.setPen(pen)
            painter.drawRect(bar)

    def _draw_labels(self, painter: QPainter, first_row: int, last_row: int, height: int) -> None:
        palette = self.palette()
        painter.fillRect(0, self.HEADER_HEIGHT, self.LABEL_WIDTH, height, palette.base())
        bold = QFont(self.font())
        bold.setBold(True)
        metrics, bold_metrics = QFontMetrics(self.font()), QFontMetrics(bold)
        painter.setClipRect(QRect(0, self.HEADER_HEIGHT, self.LABEL_WIDTH, height))
        for row in range(first_row, last_row):
            record, rect = self.rows[row], self.row_rect(row)
            if row == self.current:
                painter.fillRect(rect.adjusted(0, 0, self.LABEL_WIDTH - rect.width(), 0),
                                 palette.highlight().color().lighter(170))
            elif row % 2:
                painter.fillRect(rect.adjusted(0, 0, self.LABEL_WIDTH - rect.width(), 0), palette.alternateBase())
            colour = LATE_COLOUR if record.late else palette.text().color()
            painter.setPen(colour)
            painter.setFont(bold)
            number_width = bold_metrics.horizontalAdvance(record.case_number) + 8
            text_rect = QRect(6, rect.top(), self.LABEL_WIDTH - 12, rect.height())
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, record.case_number)
            painter.setFont(self.font())
            title = metrics.elidedText(record.title, Qt.TextElideMode.ElideRight, text_rect.width() - number_width)
            painter.drawText(text_rect.adjusted(number_width, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, title)
        painter.setClipping(False)
        painter.setPen(QPen(palette.mid().color(), 1))
        painter.drawLine(self.LABEL_WIDTH - 1, 0, self.LABEL_WIDTH - 1, height)

    def _draw_header(self, painter: QPainter, width: int, today_x: int) -> None:
        palette = self.palette()
        painter.fillRect(0, 0, width, self.HEADER_HEIGHT, palette.window())
        painter.setPen(QPen(palette.mid().color(), 1))
        painter.drawLine(0, self.HEADER_HEIGHT - 1, width, self.HEADER_HEIGHT - 1)
        painter.setClipRect(QRect(self.LABEL_WIDTH, 0, width, self.HEADER_HEIGHT))
        half = self.HEADER_HEIGHT // 2
        month_width = 30 * self.day_width
        month = self.first
        painter.setPen(palette.text().color())
        while month <= self.last:
            left, right = self._screen_x(month), self._screen_x(_next_month(month))
            if right >= self.LABEL_WIDTH and left <= width:
                if month.month == 1 or month == self.first or month_width < 22:
                    if month.month == 1 or month == self.first:
                        painter.drawText(QRectF(left + 3, 0, 80, half), Qt.AlignmentFlag.AlignVCenter,
                                         str(month.year))
                if month_width >= 22:
                    painter.drawText(QRectF(left, half, right - left, half), Qt.AlignmentFlag.AlignCenter,
                                     i18n.month_name(month.month, short=True))
                painter.drawLine(int(left), half if month.month != 1 else 0, int(left), self.HEADER_HEIGHT)
            month = _next_month(month)
        painter.setPen(TODAY_COLOUR)
        painter.drawText(QRectF(today_x - 30, 0, 60, half), Qt.AlignmentFlag.AlignCenter, self.tr("idag"))
        painter.setClipping(False)
        painter.setPen(palette.text().color())
        painter.drawText(QRect(6, 0, self.LABEL_WIDTH - 12, self.HEADER_HEIGHT), Qt.AlignmentFlag.AlignVCenter,
                         self.tr("Upphandling (%1)").replace("%1", str(len(self.rows))))

    # -- interaction ---------------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._update_scrollbars()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802
        self.viewport().update()

    def select_row(self, row: int) -> None:
        if not self.rows:
            return
        self.current = min(max(row, 0), len(self.rows) - 1)
        rect = self.row_rect(self.current)
        vertical = self.verticalScrollBar()
        if rect.top() < self.HEADER_HEIGHT:
            vertical.setValue(self.current * self.ROW_HEIGHT)
        elif rect.bottom() > self.viewport().height():
            vertical.setValue((self.current + 1) * self.ROW_HEIGHT - (self.viewport().height() - self.HEADER_HEIGHT))
        self.viewport().update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._pressed_row = self.row_at(event.position().toPoint().y())
        if self._pressed_row >= 0:
            self.select_row(self._pressed_row)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        row = self.row_at(event.position().toPoint().y())
        if event.button() == Qt.MouseButton.LeftButton and row >= 0 and row == self._pressed_row:
            self.activated.emit(self.rows[row].procurement_id)
        self._pressed_row = -1
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        steps = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10}
        if key in steps and self.rows:
            self.select_row(self.current + steps[key] if self.current >= 0 else 0)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and 0 <= self.current < len(self.rows):
            self.activated.emit(self.rows[self.current].procurement_id)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Minus):
            self.set_zoom(self.day_width * (1.5 if key == Qt.Key.Key_Plus else 1 / 1.5))
        elif key == Qt.Key.Key_T:
            self.scroll_to_today()
        else:
            super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_zoom(self.day_width * (1.25 if event.angleDelta().y() > 0 else 0.8))
            event.accept()
        else:
            super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:  # as rich text with the user's words escaped, so a title like "R&D <b>" shows as typed
                rich = "<br>".join(html.escape(line) for line in text.splitlines())
                QToolTip.showText(event.globalPos(), f"<p style='white-space:pre'>{rich}</p>", self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def tooltip_at(self, pos: QPoint) -> str:
        row = self.row_at(pos.y())
        if row < 0:
            return ""
        record = self.rows[row]
        lines = [f"{record.case_number} {record.title}", self.tr("Steg: %1").replace("%1", label(record.stage_label))]
        if record.responsible_name:
            lines.append(self.tr("Ansvarig: %1").replace("%1", record.responsible_name))
        segment = self.segment_at(pos)
        if segment is not None:
            states = {"done": self.tr("klart"), "current": self.tr("pågår"), "planned": self.tr("planerat")}
            state = states[segment.state]
            span = f"{i18n.long_date(segment.start)} – {i18n.long_date(segment.end)}" \
                if segment.end != segment.start else i18n.long_date(segment.start)
            lines.append(f"{label(segment.label)}: {span} ({state})")
            if segment.late:
                lines.append(self.tr("Försenat: det planerade datumet har passerat."))
        lines.append(self.tr("Klicka för att öppna upphandlingen."))
        return "\n".join(lines)
