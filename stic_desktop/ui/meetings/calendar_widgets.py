"""The calendar's month and week views: painted widgets, no widget or query per day.

A view gets one period's meetings and warnings (one service call per navigation), lays out day cells and
meeting chips once per change or resize, keeps their rectangles for hit-testing and only draws in paintEvent.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from stic_desktop.core import clock, dates, workdays
from stic_desktop.services.meetings.calendar import CalendarWarning
from stic_desktop.services.meetings.meetings import MeetingRecord
from stic_desktop.ui.widgets import labels
from stic_desktop.ui.workspace import i18n

KIND_COLOURS = {  # group kind -> (fill, edge); "" is a meeting without a group
    "steering": ("#dbe7f6", "#1d4e89"),
    "working": ("#dcefd9", "#2e7d32"),
    "contract": ("#efe3f7", "#6a3d9a"),
    "": ("#ececec", "#616161"),
}
GRID_COLOUR = QColor("#d4d4d4")
WEEKEND_FILL = QColor("#f2f2f2")
HOLIDAY_FILL = QColor("#fbe9e7")
OUTSIDE_FILL = QColor("#fafafa")
TODAY_COLOUR = QColor("#1d4e89")
HOLIDAY_TEXT = QColor("#a1281b")
WARNING_COLOUR = QColor("#b35c00")
MUTED_TEXT = QColor("#8a8a8a")
SELECTED_EDGE = QColor("#ff8f00")
WARNING_MARK = "⚠"
FIRST_HOUR, LAST_HOUR = 7, 19  # the week view's hours


def chip_label(meeting: MeetingRecord) -> str:
    """The group, without the "Avtalsgrupp" its colour already tells (all contract groups start alike)."""
    name = meeting.group_name
    return (name[12:] if meeting.group_kind == "contract" and name.startswith("Avtalsgrupp ") else name) or meeting.title


LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def draw_text(painter: QPainter, rect: QRectF, text: str, colour: QColor | str, font: QFont | None = None,
              align=LEFT) -> None:
    """One line, elided to the rectangle's width."""
    if font is not None:
        painter.setFont(font)
    painter.setPen(QColor(colour))
    painter.drawText(rect, align, painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width())))


def font_of(base: QFont, *, bold: bool = False, scale: float = 1.0, strike: bool = False) -> QFont:
    font = QFont(base)
    font.setBold(bold)
    font.setStrikeOut(strike)
    if scale != 1.0:
        font.setPointSizeF(max(7.0, font.pointSizeF() * scale))
    return font


def meeting_tooltip(meeting: MeetingRecord, warnings: list[CalendarWarning] | tuple = ()) -> str:
    lines = [meeting.title, f"{i18n.long_date(meeting.meeting_date, weekday=True)} "
                            f"{dates.clock(meeting.starts_at)}–{dates.clock(meeting.ends_at)}"]
    lines += [text for text in (meeting.group_name, meeting.location) if text]
    lines.append(QCoreApplication.translate("calendar", "Status: %1").replace("%1", labels.label(meeting.status_label)))
    lines += [f"{WARNING_MARK} {w.message}" for w in warnings]
    return "\n".join(lines)


class CalendarView(QWidget):
    """What both views share: the period, hit-testing, selection, tooltips and activation."""

    meeting_activated = Signal(int)  # double-click or Enter on a meeting
    day_activated = Signal(object)  # double-click on a day's empty space: the date
    more_requested = Signal(object)  # click on "+N till": the date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(560, 420)
        self.start, self.days, self.today = clock.today(), 0, clock.today()
        self.meetings: list[MeetingRecord] = []
        self._by_day: dict[date, list[MeetingRecord]] = {}
        self.warnings: dict[int, list[CalendarWarning]] = {}
        self.selected_id: int | None = None
        # (rect, meeting) per chip, (rect, day) per day, (rect, day, hidden count) per "+N till"; made by _layout
        self._chips, self._cells, self._more = [], [], []
        self._laid_out = False

    def set_period(self, start: date, days: int, meetings: list[MeetingRecord],
                   warnings: dict[int, list[CalendarWarning]], today: date | None = None) -> None:
        self.start, self.days, self.today = start, days, today or clock.today()
        self.meetings, self.warnings, self._by_day = meetings, warnings, {}
        for meeting in meetings:
            self._by_day.setdefault(meeting.meeting_date, []).append(meeting)
        if self.selected_id not in {m.id for m in meetings}:
            self.selected_id = None
        self._laid_out = False
        self.update()

    def period_days(self) -> list[date]:
        return [self.start + timedelta(days=i) for i in range(self.days)]

    def on_day(self, day: date) -> list[MeetingRecord]:
        return self._by_day.get(day, [])

    # -- layout and hit-testing ----------------------------------------------------------
    def _layout(self) -> None:
        raise NotImplementedError

    def _ensure_layout(self) -> None:
        if not self._laid_out:
            self._chips, self._cells, self._more = [], [], []
            self._layout()
            self._laid_out = True

    def resizeEvent(self, event) -> None:
        self._laid_out = False
        super().resizeEvent(event)

    def chip_rect(self, meeting_id: int) -> QRectF | None:
        self._ensure_layout()
        return next((rect for rect, m in self._chips if m.id == meeting_id), None)

    def day_rect(self, day: date) -> QRectF | None:
        self._ensure_layout()
        return next((rect for rect, d in self._cells if d == day), None)

    def shown_ids(self) -> list[int]:
        self._ensure_layout()
        return [m.id for _rect, m in self._chips]

    def more_count(self, day: date) -> int:
        self._ensure_layout()
        return next((n for _rect, d, n in self._more if d == day), 0)

    def meeting_at(self, point: QPointF) -> MeetingRecord | None:
        self._ensure_layout()
        return next((m for rect, m in reversed(self._chips) if rect.contains(point)), None)

    def day_at(self, point: QPointF) -> date | None:
        self._ensure_layout()
        return next((d for rect, d in self._cells if rect.contains(point)), None)

    # -- interaction ---------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        meeting = self.meeting_at(event.position())
        self.selected_id = meeting.id if meeting else None
        more = next((d for rect, d, _n in self._more if rect.contains(event.position())), None)
        self.update()
        if more is not None and event.button() == Qt.MouseButton.LeftButton:
            self.more_requested.emit(more)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        point = event.position()
        meeting, day = self.meeting_at(point), self.day_at(point)
        if meeting is not None:
            self.meeting_activated.emit(meeting.id)
        elif day is not None and not any(rect.contains(point) for rect, _d, _n in self._more):
            self.day_activated.emit(day)

    def keyPressEvent(self, event) -> None:
        """Enter opens the selected meeting; the arrow keys step through the meetings in time order."""
        self._ensure_layout()
        ids = [m.id for _rect, m in sorted(self._chips, key=lambda chip: (chip[1].starts_at, chip[1].id))]
        step = {Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1}.get(event.key())
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_id is not None:
            self.meeting_activated.emit(self.selected_id)
        elif step is not None and ids:
            current = ids.index(self.selected_id) if self.selected_id in ids else (-1 if step > 0 else 0)
            self.selected_id = ids[(current + step) % len(ids)]
            self.update()
        else:
            super().keyPressEvent(event)

    def tooltip_at(self, point: QPointF) -> str:
        meeting, day = self.meeting_at(point), self.day_at(point)
        if meeting is not None:
            return meeting_tooltip(meeting, self.warnings.get(meeting.id, ()))
        holiday = workdays.holiday_name(day) if day else None
        return f"{i18n.long_date(day, weekday=True)}: {holiday}" if holiday else ""

    def event(self, event) -> bool:
        if event.type() != QEvent.Type.ToolTip:
            return super().event(event)
        text = self.tooltip_at(QPointF(event.pos()))
        QToolTip.showText(event.globalPos(), text, self) if text else QToolTip.hideText()
        return True

    # -- drawing helpers -----------------------------------------------------------------
    def day_fill(self, day: date, outside: bool = False) -> QColor | None:
        return (HOLIDAY_FILL if workdays.holiday_name(day) else WEEKEND_FILL if day.weekday() >= 5
                else OUTSIDE_FILL if outside else None)

    def draw_chip(self, painter: QPainter, rect: QRectF, meeting: MeetingRecord, lines: list[str]) -> None:
        fill, edge = KIND_COLOURS.get(meeting.group_kind, KIND_COLOURS[""])
        cancelled = meeting.status == "cancelled"
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#f7f7f7") if cancelled else QColor(fill))
        painter.drawRoundedRect(rect, 3, 3)
        painter.setBrush(QColor(edge))
        painter.drawRect(QRectF(rect.left(), rect.top(), 3, rect.height()))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for outline, pen in ((meeting.status == "draft", QPen(QColor(edge), 1, Qt.PenStyle.DashLine)),
                             (meeting.id == self.selected_id, QPen(SELECTED_EDGE, 2))):
            if outline:  # a draft has a dashed edge; the selected meeting an orange frame
                painter.setPen(pen)
                painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
        metrics = painter.fontMetrics()
        mark = metrics.horizontalAdvance(WARNING_MARK) + 4 if self.warnings.get(meeting.id) else 0
        text_rect = rect.adjusted(6, 1, -3 - mark, -1)
        if mark:
            draw_text(painter, QRectF(text_rect.right() + 2, rect.top() + 1, mark, metrics.height()), WARNING_MARK,
                      WARNING_COLOUR)
        y = text_rect.top()
        for index, line in enumerate(lines):
            if index and y + metrics.height() > text_rect.bottom() + 1:
                break
            font = font_of(self.font(), bold=index == 0 and len(lines) > 1, strike=cancelled)
            draw_text(painter, QRectF(text_rect.left(), y, text_rect.width(), metrics.height()), line,
                      MUTED_TEXT if cancelled else "#1b1b1b", font)
            y += metrics.height()
        painter.restore()


class MonthView(CalendarView):
    """Six weeks of seven days from Monday, with week numbers; up to four chips a day and "+N till"."""

    MAX_CHIPS = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month = clock.today().replace(day=1)

    def set_month(self, month: date, meetings, warnings, today: date | None = None) -> None:
        self.month = month.replace(day=1)
        self.set_period(self.month - timedelta(days=self.month.weekday()), 42, meetings, warnings, today)

    def _geometry(self) -> tuple[float, float, float, float]:
        metrics = self.fontMetrics()
        header, gutter = metrics.height() + 8, metrics.horizontalAdvance(i18n.week_label(52)) + 8
        return header, gutter, (self.width() - gutter - 1) / 7, (self.height() - header - 1) / 6

    def _layout(self) -> None:
        header, gutter, width, height = self._geometry()
        line = self.fontMetrics().height()
        chip_height, top = line + 4, line + 6
        for index, day in enumerate(self.period_days()):
            cell = QRectF(gutter + (index % 7) * width, header + (index // 7) * height, width, height)
            self._cells.append((cell, day))
            listed = self.on_day(day)
            room = max(1, int((height - top - 2) // (chip_height + 2)))
            limit = min(self.MAX_CHIPS, room)
            shown = listed if len(listed) <= limit else listed[:limit - 1]
            y = cell.top() + top
            for meeting in shown:
                self._chips.append((QRectF(cell.left() + 3, y, width - 6, chip_height), meeting))
                y += chip_height + 2
            if len(shown) < len(listed):
                self._more.append((QRectF(cell.left() + 3, y, width - 6, chip_height), day, len(listed) - len(shown)))

    def paintEvent(self, _event) -> None:
        self._ensure_layout()
        header, gutter, width, _height = self._geometry()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        line = self.fontMetrics().height() + 2
        small, bold = font_of(self.font(), scale=0.85), font_of(self.font(), bold=True)
        for column, name in enumerate(i18n.weekday_name(d, short=True) for d in range(7)):
            draw_text(painter, QRectF(gutter + column * width + 6, 0, width - 6, header), name, "#444444", self.font())
        for cell, day in self._cells:
            outside = day.month != self.month.month
            fill = self.day_fill(day, outside)
            if fill is not None:
                painter.fillRect(cell, fill)
            painter.setPen(GRID_COLOUR)
            painter.drawRect(cell)
            if day.weekday() == 0:
                draw_text(painter, QRectF(0, cell.top() + 2, gutter - 4, line), i18n.week_label(day.isocalendar().week),
                          MUTED_TEXT, small, RIGHT)
            number = QRectF(cell.left() + 4, cell.top() + 2, QFontMetrics(bold).horizontalAdvance("00") + 8, line)
            if day == self.today:
                badge = QPainterPath()
                badge.addRoundedRect(number, 4, 4)
                painter.fillPath(badge, TODAY_COLOUR)
            colour = "#ffffff" if day == self.today else MUTED_TEXT if outside else "#1b1b1b"
            draw_text(painter, number, str(day.day), colour, bold, Qt.AlignmentFlag.AlignCenter)
            holiday = workdays.holiday_name(day)
            if holiday:
                draw_text(painter, QRectF(number.right() + 4, cell.top() + 2, cell.right() - number.right() - 8, line),
                          holiday, HOLIDAY_TEXT, small, RIGHT)
        painter.setFont(self.font())
        for rect, meeting in self._chips:
            self.draw_chip(painter, rect, meeting, [f"{dates.clock(meeting.starts_at)} {chip_label(meeting)}"])
        for rect, _day, count in self._more:
            more = QCoreApplication.translate("calendar", "+%1 till").replace("%1", str(count))
            draw_text(painter, rect.adjusted(6, 0, 0, 0), more, TODAY_COLOUR, bold)
        painter.end()


class WeekView(CalendarView):
    """Seven day columns with the hours 07–19; meetings as blocks by time, side by side when they overlap."""

    def _geometry(self) -> tuple[float, float, float, float]:
        metrics = self.fontMetrics()
        header, gutter = 2 * metrics.height() + 10, metrics.horizontalAdvance("00.00") + 12
        return header, gutter, (self.width() - gutter - 1) / 7, (self.height() - header - 1) / (LAST_HOUR - FIRST_HOUR)

    def y_of(self, moment: datetime) -> float:
        header, _gutter, _width, hour = self._geometry()
        minutes = (moment.hour - FIRST_HOUR) * 60 + moment.minute
        return header + min(max(minutes, 0), (LAST_HOUR - FIRST_HOUR) * 60) * hour / 60

    def _layout(self) -> None:
        header, gutter, width, _hour = self._geometry()
        minimum = self.fontMetrics().height() + 4
        for index, day in enumerate(self.period_days()):
            left = gutter + index * width
            self._cells.append((QRectF(left, header, width, self.height() - header - 1), day))
            lanes: list[list[MeetingRecord]] = []  # greedy lanes; a cluster of overlaps shares the width
            cluster: list[tuple[MeetingRecord, int]] = []
            cluster_end = None
            for meeting in sorted(self.on_day(day), key=lambda m: (m.starts_at, m.id)):
                if cluster_end is not None and meeting.starts_at >= cluster_end:
                    self._place(cluster, len(lanes), left, width, minimum)
                    lanes, cluster = [], []
                lane = next((i for i, used in enumerate(lanes) if used[-1].ends_at <= meeting.starts_at), len(lanes))
                if lane == len(lanes):
                    lanes.append([])
                lanes[lane].append(meeting)
                cluster.append((meeting, lane))
                cluster_end = max(cluster_end or meeting.ends_at, meeting.ends_at)
            self._place(cluster, len(lanes), left, width, minimum)

    def _place(self, cluster: list[tuple[MeetingRecord, int]], lanes: int, left: float, width: float,
               minimum: float) -> None:
        lane_width = (width - 4) / max(lanes, 1)
        for meeting, lane in cluster:
            top = self.y_of(meeting.starts_at)
            bottom = max(self.y_of(meeting.ends_at), top + minimum)
            if bottom > self.height() - 1:
                top, bottom = self.height() - 1 - minimum, self.height() - 1
            self._chips.append((QRectF(left + 2 + lane * lane_width, top + 1, lane_width - 2, bottom - top - 2), meeting))

    def paintEvent(self, _event) -> None:
        self._ensure_layout()
        header, gutter, width, hour = self._geometry()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        line = self.fontMetrics().height()
        small, bold = font_of(self.font(), scale=0.85), font_of(self.font(), bold=True)
        for cell, day in self._cells:
            fill = self.day_fill(day)
            if fill is not None:
                painter.fillRect(QRectF(cell.left(), 0, cell.width(), self.height()), fill)
            if day == self.today:
                painter.fillRect(QRectF(cell.left() + 1, 1, cell.width() - 1, header - 2), QColor("#e3ecf8"))
            title = QRectF(cell.left() + 6, 4, cell.width() - 8, line)
            draw_text(painter, title, i18n.day_month(day, weekday=True, short_month=True),
                      TODAY_COLOUR if day == self.today else "#1b1b1b", bold if day == self.today else self.font())
            draw_text(painter, title.translated(0, line + 2), workdays.holiday_name(day) or "", HOLIDAY_TEXT, small)
        painter.setFont(self.font())
        for step in range(LAST_HOUR - FIRST_HOUR + 1):
            y = header + step * hour
            painter.setPen(GRID_COLOUR)
            painter.drawLine(QPointF(gutter, y), QPointF(self.width(), y))
            if step < LAST_HOUR - FIRST_HOUR:
                draw_text(painter, QRectF(0, y + 1, gutter - 6, line), f"{FIRST_HOUR + step:02d}.00", "#666666",
                          align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        painter.setPen(GRID_COLOUR)
        for index in range(8):
            painter.drawLine(QPointF(gutter + index * width, 0), QPointF(gutter + index * width, self.height()))
        now = clock.now()
        if self.start <= now.date() < self.start + timedelta(days=7) and FIRST_HOUR <= now.hour < LAST_HOUR:
            x = gutter + (now.date() - self.start).days * width
            painter.setPen(QPen(QColor("#d32f2f"), 2))
            painter.drawLine(QPointF(x, self.y_of(now)), QPointF(x + width, self.y_of(now)))
        painter.setFont(self.font())
        for rect, meeting in self._chips:  # a narrow block (beside an overlapping one) shows only the start time
            span = f"{dates.clock(meeting.starts_at)}–{dates.clock(meeting.ends_at)}"
            span = span if QFontMetrics(bold).horizontalAdvance(span) + 24 < rect.width() else dates.clock(meeting.starts_at)
            lines = [span, chip_label(meeting), meeting.title, meeting.location]
            self.draw_chip(painter, rect, meeting, [line for line in lines if line])
        painter.end()
