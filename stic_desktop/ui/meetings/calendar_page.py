"""Kalender: every meeting by month or week, with holidays and the calendar's warnings below.

One ``calendar_view.calendar`` call per navigation fetches the visible period (six weeks for a
month, seven days for a week); the views paint from that and never query per day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stic_desktop.core import clock, dates
from stic_desktop.errors import UserError
from stic_desktop.services.meetings import calendar as calendar_view
from stic_desktop.services.meetings import invitees, meetings
from stic_desktop.services.people import groups
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.meetings.calendar_widgets import (
    HOLIDAY_FILL,
    KIND_COLOURS,
    WARNING_COLOUR,
    WARNING_MARK,
    WEEKEND_FILL,
    MonthView,
    WeekView,
)
from stic_desktop.ui.widgets import messages, rights
from stic_desktop.ui.widgets.labels import label
from stic_desktop.ui.widgets.row_menu import add_row_actions
from stic_desktop.ui.widgets.service_text import service_text
from stic_desktop.ui.workspace import i18n

MEETING_ID_ROLE = Qt.ItemDataRole.UserRole + 1
WARNING_ROLE = Qt.ItemDataRole.UserRole + 2
MAX_WARNING_ROWS = 200  # meetings with warnings listed at most; the chips still carry every one
IGNORED_COLOUR = QColor("#8a8a8a")
RELATED_ENTITIES = {meetings.ENTITY, invitees.INVITEE_ENTITY, groups.ENTITY}
_MEETING_VIEW = "stic_desktop.ui.meetings.view"


def open_meeting(context: AppContext, meeting_id: int, parent: QWidget,
                 status: Callable[[str], None] | None = None) -> bool:
    """Opens the meeting in its view (the overview and the calendar use this); False when it could not."""
    try:
        from stic_desktop.ui.meetings.view import MeetingView
    except ImportError as error:
        if error.name != _MEETING_VIEW:
            raise
        messages.show_error(parent, UserError(QCoreApplication.translate("calendar", "Mötesvyn finns inte i den här versionen av programmet.")))
        return False
    try:
        view = MeetingView(context, meeting_id, parent)
    except UserError as error:  # e.g. the meeting was deleted meanwhile
        messages.show_error(parent, error)
        return False
    if status is not None and hasattr(view, "status_message"):
        view.status_message.connect(status)
    if isinstance(view, QDialog):
        view.exec()
    else:
        view.setWindowFlag(Qt.WindowType.Window, True)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.show()
        view.raise_()
        view.activateWindow()
    return True


def new_meeting(context: AppContext, day: date, parent: QWidget) -> meetings.MeetingRecord | None:
    """Plans a meeting on ``day`` in the meeting dialog; the meeting saved, or None when cancelled."""
    from stic_desktop.ui.meetings.dialog import MeetingDialog

    dialog = MeetingDialog(context, None, parent, day=day)
    if not dialog.exec() or dialog.saved is None:
        return None
    context.data_changed.emit(meetings.ENTITY)
    return dialog.saved


def period_title(mode: str, anchor: date) -> tuple[str, str]:
    """("november 2026", "") for a month; ("vecka 48, 2026", "23–29 november") for a week."""
    if mode == "month":
        return f"{i18n.month_name(anchor.month)} {anchor.year}", ""
    monday = anchor - timedelta(days=anchor.weekday())
    sunday = monday + timedelta(days=6)
    iso = monday.isocalendar()
    if monday.month == sunday.month:
        span = f"{monday.day}–{sunday.day} {i18n.month_name(sunday.month)}"
    else:
        span = f"{i18n.day_month(monday)} – {i18n.day_month(sunday)}"
    return QCoreApplication.translate("calendar", "vecka %1, %2").replace("%1", str(iso.week)).replace("%2", str(iso.year)), span


def _swatch(fill: str | QColor, edge: str | QColor, text: str) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 8, 0)
    row.setSpacing(4)
    swatch = QLabel()
    swatch.setFixedSize(14, 14)
    swatch.setStyleSheet(f"background: {QColor(fill).name()}; border: 1px solid {QColor(edge).name()};")
    row.addWidget(swatch)
    label = QLabel(text)
    label.setObjectName("hint")
    row.addWidget(label)
    return box


class CalendarPage(QWidget):
    page_id = "calendar"
    status_message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.title = self.tr("Kalender")
        self.mode = "week" if QSettings().value("calendar/mode", "month") == "week" else "month"
        self.anchor = clock.today()
        self.meetings: list[meetings.MeetingRecord] = []
        self.warnings: list[calendar_view.CalendarWarning] = []
        self._build()
        context.database_changed.connect(self.reload)
        context.data_changed.connect(self._on_data_changed)

    # -- building ------------------------------------------------------------------------
    def _button(self, text: str, slot, tip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        button.setToolTip(tip)
        return button

    def _build(self) -> None:
        heading = QLabel(self.title)
        heading.setObjectName("pageTitle")
        self.previous_button = self._button("◀", lambda: self.step(-1), self.tr("Föregående (PgUp)"))
        self.today_button = self._button(self.tr("Idag"), self.go_today, self.tr("Gå till dagens datum"))
        self.next_button = self._button("▶", lambda: self.step(1), self.tr("Nästa (PgDn)"))
        for button in (self.previous_button, self.next_button):
            button.setFixedWidth(36)
        self.period_label = QLabel()
        self.period_label.setObjectName("pageTitle")
        self.span_label = QLabel()
        self.span_label.setObjectName("hint")
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.mode_buttons = QButtonGroup(self)
        self.month_button, self.week_button = QToolButton(), QToolButton()
        for button, text, mode in ((self.month_button, self.tr("Månad"), "month"), (self.week_button, self.tr("Vecka"), "week")):
            button.setText(text)
            button.setCheckable(True)
            button.clicked.connect(lambda _checked=False, m=mode: self.set_mode(m))
            self.mode_buttons.addButton(button)
        self.new_button = self._button(self.tr("Nytt möte…"), lambda: self._new_meeting(self.anchor))
        self.year_plan_button = self._button(self.tr("Årsplan…"), self.plan_year,
                                             self.tr("Skapa en grupps möten för ett helt år i ett steg"))
        for key, slot in ((QKeySequence.StandardKey.MoveToPreviousPage, lambda: self.step(-1)),
                          (QKeySequence.StandardKey.MoveToNextPage, lambda: self.step(1))):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(16)
        for widget in (self.previous_button, self.today_button, self.next_button):
            top.addWidget(widget)
        top.addSpacing(12)
        top.addWidget(self.period_label)
        top.addWidget(self.span_label)
        top.addStretch(1)
        top.addWidget(self.count_label)
        top.addWidget(self.month_button)
        top.addWidget(self.week_button)

        legend = QHBoxLayout()
        legend.setSpacing(0)
        for kind in ("steering", "working", "contract"):
            legend.addWidget(_swatch(*KIND_COLOURS[kind], label(groups.KIND_LABELS[kind])))
        legend.addWidget(_swatch(*KIND_COLOURS[""], self.tr("Utan grupp")))
        legend.addWidget(_swatch(HOLIDAY_FILL, HOLIDAY_FILL.darker(130), self.tr("Helgdag")))
        legend.addWidget(_swatch(WEEKEND_FILL, WEEKEND_FILL.darker(130), self.tr("Helg")))
        hint = QLabel(self.tr("Streckad kant: utkast · överstruken: inställt · %1 varning · "
                         "dubbelklicka för att öppna").replace("%1", WARNING_MARK))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        legend.addStretch(1)
        legend.addWidget(self.new_button)
        legend.addWidget(self.year_plan_button)

        self.month_view, self.week_view = MonthView(), WeekView()
        self.stack = QStackedWidget()
        for view in (self.month_view, self.week_view):
            view.meeting_activated.connect(self.open_meeting)
            view.day_activated.connect(self._new_meeting)
            view.more_requested.connect(self.show_week_of)
            self.stack.addWidget(view)

        self.warning_box = QGroupBox()
        self.warning_kind = QComboBox()
        self.warning_kind.addItem(self.tr("Alla varningar"), "")
        for kind, text in calendar_view.WARNING_KINDS.items():
            self.warning_kind.addItem(label(text), kind)
        self.warning_kind.setToolTip(self.tr("Visa bara en sorts varningar"))
        self.warning_kind.currentIndexChanged.connect(self._fill_warnings)
        self.show_ignored = QCheckBox(self.tr("Visa ignorerade"))
        self.show_ignored.toggled.connect(self._fill_warnings)
        self.ignore_button = QPushButton(self.tr("Ignorera"))
        self.ignore_button.setToolTip(self.tr("Dölj varningen för alla användare tills mötet flyttas till en annan "
                                              "dag (Delete). Välj mötet för att ignorera alla dess varningar."))
        self.ignore_button.clicked.connect(self.toggle_ignored)
        self.warning_list = QTreeWidget()
        self.warning_list.setHeaderHidden(True)
        self.warning_list.setAlternatingRowColors(True)
        self.warning_list.setWordWrap(True)
        self.warning_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.warning_list.itemActivated.connect(self._warning_activated)  # double-click or Enter
        self.warning_list.currentItemChanged.connect(self._warning_selected)
        ignore = QAction(self.warning_list)
        ignore.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        ignore.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        ignore.triggered.connect(self.toggle_ignored)
        self.warning_list.addAction(ignore)
        add_row_actions(self.warning_list, self.ignore_button, export=False)
        rights.needs(rights.WRITE, self.new_button, self.year_plan_button)
        # what is ignored is an organisation setting: the regional head's (storage.roles.RULE_TABLES)
        rights.needs(rights.RULES, self.ignore_button, ignore)
        filters = QHBoxLayout()
        filters.addWidget(self.warning_kind)
        filters.addWidget(self.show_ignored)
        filters.addStretch(1)
        filters.addWidget(self.ignore_button)
        box = QVBoxLayout(self.warning_box)
        box.setContentsMargins(6, 4, 6, 6)
        box.addLayout(filters)
        box.addWidget(self.warning_list)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.warning_box)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([560, 130])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(legend)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(hint)
        self._show_mode()

    # -- navigation ----------------------------------------------------------------------
    @property
    def view(self) -> MonthView | WeekView:
        return self.month_view if self.mode == "month" else self.week_view

    def period(self) -> tuple[date, date]:
        """The first and last day shown: six whole weeks around the month, or Monday to Sunday."""
        if self.mode == "month":
            first = self.anchor.replace(day=1)
            start = first - timedelta(days=first.weekday())
            return start, start + timedelta(days=41)
        start = self.anchor - timedelta(days=self.anchor.weekday())
        return start, start + timedelta(days=6)

    def set_mode(self, mode: str, *, keep_anchor: bool = False) -> None:
        if mode != self.mode:
            today = clock.today()
            if (not keep_anchor and mode == "week"
                    and (today.year, today.month) == (self.anchor.year, self.anchor.month)):
                self.anchor = today  # from this month's view to this week, not the month's first week
            self.mode = mode
            QSettings().setValue("calendar/mode", mode)
        self._show_mode()
        self.reload()

    def _show_mode(self) -> None:
        (self.month_button if self.mode == "month" else self.week_button).setChecked(True)
        self.stack.setCurrentWidget(self.view)

    def step(self, direction: int) -> None:
        if self.mode == "month":
            month = self.anchor.year * 12 + self.anchor.month - 1 + direction
            self.anchor = date(month // 12, month % 12 + 1, 1)
        else:
            self.anchor += timedelta(days=7 * direction)
        self.reload()

    def go_today(self) -> None:
        self.anchor = clock.today()
        self.reload()

    def go_to(self, day: date, mode: str | None = None) -> None:
        """Shows the period holding ``day``: the day asked for wins over "this week"."""
        self.anchor = day
        self.set_mode(mode or self.mode, keep_anchor=True)

    def show_week_of(self, day: date) -> None:
        self.go_to(day, "week")
        self.week_view.setFocus()

    # -- data ----------------------------------------------------------------------------
    def reload(self, *_args) -> None:
        start, end = self.period()
        try:
            self.meetings, self.warnings = calendar_view.calendar(self.context.db, start, end)
        except UserError as error:
            messages.show_error(self, error)
            self.meetings, self.warnings = [], []
        by_meeting: dict[int, list[calendar_view.CalendarWarning]] = {}
        for warning in self.warnings:
            if not warning.ignored:  # an ignored warning leaves the chip alone
                by_meeting.setdefault(warning.meeting_id, []).append(warning)
        if self.mode == "month":
            self.month_view.set_month(self.anchor, self.meetings, by_meeting)
        else:
            self.week_view.set_period(start, 7, self.meetings, by_meeting)
        title, span = period_title(self.mode, self.anchor)
        self.period_label.setText(title)
        self.span_label.setText(span)
        active = sum(1 for m in self.meetings if m.status != "cancelled")
        self.count_label.setText(self.tr("1 möte") if active == 1 else self.tr("%1 möten").replace("%1", str(active)))
        self._fill_warnings()

    def _fill_warnings(self, *_args) -> None:
        """The warnings grouped per meeting, of the kind chosen; the ignored ones only when asked for, greyed."""
        by_id = {m.id: m for m in self.meetings}
        kind = self.warning_kind.currentData() or ""
        show_ignored = self.show_ignored.isChecked()
        grouped: dict[int, list[calendar_view.CalendarWarning]] = {}
        for warning in self.warnings:
            if (not kind or warning.kind == kind) and (show_ignored or not warning.ignored):
                grouped.setdefault(warning.meeting_id, []).append(warning)
        self.warning_list.clear()
        active = sum(1 for w in self.warnings if not w.ignored)
        ignored = len(self.warnings) - active
        title = self.tr("Varningar (%1)").replace("%1", str(active))
        if ignored:
            title += " · " + self.tr("%1 ignorerade").replace("%1", str(ignored))
        if len(grouped) > MAX_WARNING_ROWS:
            title += " – " + self.tr("de första %1 mötena visas; veckovyn visar färre åt gången").replace(
                "%1", str(MAX_WARNING_ROWS))
        self.warning_box.setTitle(title)
        for meeting_id, found in list(grouped.items())[:MAX_WARNING_ROWS]:
            meeting = by_id[meeting_id]
            day = meeting.meeting_date
            count = self.tr("1 varning") if len(found) == 1 else self.tr("%1 varningar").replace("%1", str(len(found)))
            top = QTreeWidgetItem([f"{WARNING_MARK} {i18n.day_month(day, weekday=True, short_month=True)} "
                                   f"{dates.clock(meeting.starts_at)} {meeting.group_name or meeting.title}: "
                                   f"{meeting.title} ({count})"])
            top.setData(0, MEETING_ID_ROLE, meeting.id)
            top.setForeground(0, WARNING_COLOUR if any(not w.ignored for w in found) else IGNORED_COLOUR)
            for warning in found:
                text = f"{label(warning.kind_label)}: {service_text(warning.message)}"
                if warning.ignored:
                    text += " " + self.tr("(ignorerad)")
                child = QTreeWidgetItem([text])
                child.setData(0, MEETING_ID_ROLE, meeting.id)
                child.setData(0, WARNING_ROLE, warning)
                child.setToolTip(0, f"{meeting.title}\n{service_text(warning.message)}")
                child.setForeground(0, IGNORED_COLOUR if warning.ignored else WARNING_COLOUR)
                top.addChild(child)
            self.warning_list.addTopLevelItem(top)
            top.setExpanded(True)
        if not grouped:
            text = self.tr("Inga varningar för perioden.") if not self.warnings else self.tr("Inga varningar att visa.")
            item = QTreeWidgetItem([text])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.warning_list.addTopLevelItem(item)
        self._update_ignore_button()

    def _chosen_warnings(self) -> list[calendar_view.CalendarWarning]:
        """The selected warning, or every warning shown under the selected meeting."""
        item = self.warning_list.currentItem()
        if item is None:
            return []
        warning = item.data(0, WARNING_ROLE)
        if warning is not None:
            return [warning]
        return [item.child(i).data(0, WARNING_ROLE) for i in range(item.childCount())]

    def _update_ignore_button(self) -> None:
        chosen = self._chosen_warnings()
        all_ignored = bool(chosen) and all(w.ignored for w in chosen)
        self.ignore_button.setText(self.tr("Visa igen") if all_ignored else self.tr("Ignorera"))
        self.ignore_button.setEnabled(bool(chosen))

    def toggle_ignored(self) -> None:
        """Ignores the chosen warnings (for everyone: kept in the database), or shows ignored ones again."""
        chosen = self._chosen_warnings()
        if not chosen:
            return
        ignore = not all(w.ignored for w in chosen)
        try:
            calendar_view.set_ignored(self.context.db, chosen, ignore)
        except UserError as error:
            messages.show_error(self, error)
            return
        self.reload()

    def _on_data_changed(self, entity: str) -> None:
        if entity in RELATED_ENTITIES:
            self.reload()

    # -- actions -------------------------------------------------------------------------
    def _warning_selected(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        meeting_id = item.data(0, MEETING_ID_ROLE) if item is not None else None
        if meeting_id is not None:
            self.view.selected_id = meeting_id
            self.view.update()
        self._update_ignore_button()

    def _warning_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        meeting_id = item.data(0, MEETING_ID_ROLE)
        if meeting_id is not None:
            self.open_meeting(meeting_id)

    def open_meeting(self, meeting_id: int) -> None:
        open_meeting(self.context, meeting_id, self, self.status_message.emit)

    def _new_meeting(self, day: date) -> None:
        if not rights.allows(self.context):  # a double-click on a day plans nothing for a reader
            return
        saved = new_meeting(self.context, day, self)
        if saved is not None:
            self.status_message.emit(self.tr("%1 sparades.").replace("%1", saved.title))
            self.open_meeting(saved.id)

    def plan_year(self) -> None:
        from stic_desktop.ui.meetings.year_plan_dialog import plan_year

        created = plan_year(self.context, self, status=self.status_message.emit)
        if created:
            self.go_to(created[0].meeting_date, "month")
