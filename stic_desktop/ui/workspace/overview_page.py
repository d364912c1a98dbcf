"""Översikt, the start page: what needs the regional manager's attention, one card per block.

The blocks are a list (``BLOCKS``): later issues add theirs with ``register_block(factory)``, where
the factory takes the ``AppContext`` and returns an ``OverviewBlock``. A reload reads everything in a
worker, so the page never blocks: the meeting overview once, handed to every block, and each block's
own data (``OverviewBlock.read``); then each block shows what was read (``OverviewBlock.show``).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from stic_desktop.core import clock, dates
from stic_desktop.errors import UserError
from stic_desktop.services import transaction
from stic_desktop.services.meetings import action_items, agenda, invitees, meetings
from stic_desktop.services.meetings.action_items import ActionItemRecord
from stic_desktop.services.meetings.meetings import MeetingRecord
from stic_desktop.services.people import groups
from stic_desktop.services.workspace import overview
from stic_desktop.services.workspace.overview import Overview
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.widgets import messages
from stic_desktop.ui.widgets.labels import label, labelled
from stic_desktop.ui.widgets.table_model import ROW_ROLE, Column, Index, RecordTableModel
from stic_desktop.ui.widgets.tables import make_table_view, on_open
from stic_desktop.ui.workspace import i18n
from stic_desktop.workers import Job

OVERDUE_COLOUR = QColor("#b00020")
# context.data_changed kinds that change the meeting blocks (a group's name shows in them)
translate = QCoreApplication.translate  # lupdate reads translate("overview", …) calls too
MEETING_ENTITIES = frozenset({meetings.ENTITY, agenda.ENTITY, action_items.ENTITY, invitees.INVITEE_ENTITY, groups.ENTITY})


def short_date(day: date, today: date | None = None, *, weekday: bool = True) -> str:
    """"tis 3 mars" (or "3 mars"), with the year when it is not this year's."""
    text = i18n.day_month(day, weekday=weekday)
    return text if day.year == (today or clock.today()).year else f"{text} {day.year}"


def open_meeting(context: AppContext, meeting_id: int, parent: QWidget,
                 status: Callable[[str], None] | None = None) -> bool:
    """Opens the meeting in its view (``calendar_page.open_meeting``, imported when a meeting is opened: the
    calendar's modules are not needed to show the start page)."""
    from stic_desktop.ui.meetings import calendar_page

    return calendar_page.open_meeting(context, meeting_id, parent, status)


def group_digits(number: int) -> str:
    """2800 → "2 800" (Swedish digit grouping with a no-break space)."""
    return f"{number:,}".replace(",", "\u00a0")


def time_span(meeting: MeetingRecord) -> str:
    return dates.time_span(meeting.starts_at, meeting.ends_at)


def cell_margin(view: QAbstractItemView) -> int:
    """What a cell adds to its text's width (the style's focus margins; the grid line of a table)."""
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    return margin + (1 if isinstance(view, QTableView) and view.showGrid() else 0)


class FittedColumns(QObject):
    """The columns of a block's table that fit their contents get their width from the model's texts when its rows
    change: what Qt's ResizeToContents gives (the widest text and the cell's margins, at least the heading), without
    Qt asking the model in Python for each role of every cell (22,000 data() calls per reload of the large demo's
    overview). Every row counts, also those not yet loaded into the view."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        header = table.horizontalHeader()
        self.columns = [column for column in range(table.model().columnCount())
                        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.ResizeToContents]
        for column in self.columns:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        table.model().modelReset.connect(self.fit)

    def fit(self) -> None:
        table, model = self.table, self.table.model()
        header, metrics, margin = table.horizontalHeader(), QFontMetricsF(table.font()), cell_margin(table)
        for column in self.columns:
            texts = model.visible_texts(column)
            widest = math.ceil(max(map(metrics.horizontalAdvance, texts))) + margin if texts else 0
            header.resizeSection(column, max(widest, header.sectionSizeHint(column)))


class OverviewBlock(QFrame):
    """One card on the start page. Subclasses call ``set_body`` and implement ``reload``."""

    entities: frozenset[str] = frozenset()  # context.data_changed kinds after which the page reloads
    status_message = Signal(str)
    # asks the window for a list page: (page id, its period such as "upcoming" or "", a filter text or "")
    open_page = Signal(str, str, str)
    all_page: tuple[str, str, str] | None = None  # where "visa alla" leads (None: the block reads every row itself)
    show_everything = Signal()  # "visa alla" on a block without a page: the page reads it again with every row

    def __init__(self, context: AppContext, title: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewBlock")
        self.context = context
        self.heading = title
        self.title_label = QLabel(title)
        self.title_label.setObjectName("blockTitle")
        self.empty_label = QLabel(empty_text)
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.more_label = QLabel()  # "Visar 50 av 2 800 – visa alla", only while the block shows part of its rows
        self.more_label.setObjectName("moreLabel")
        self.more_label.setTextFormat(Qt.TextFormat.RichText)
        self.more_label.linkActivated.connect(self.show_all)
        self.more_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.addWidget(self.title_label)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.more_label)

    def set_body(self, widget: QWidget) -> None:
        self.body = widget
        if isinstance(widget, QFrame):
            widget.setFrameShape(QFrame.Shape.NoFrame)
        if isinstance(widget, QTableView) and isinstance(widget.model(), RecordTableModel):
            self.fitted_columns = FittedColumns(widget)
        self.stack.addWidget(widget)
        self.stack.addWidget(self.empty_label)

    def show_count(self, count: int, shown: int | None = None) -> None:
        """The count in the title, and the empty text instead of an empty list; with ``shown`` (fewer rows than
        ``count``) a line under the list says so and links to all of them."""
        self.title_label.setText(f"{self.heading} ({group_digits(count)})")
        self.stack.setCurrentWidget(self.body if count else self.empty_label)
        partial = shown is not None and shown < count
        if partial:
            self.more_label.setText(self.tr("Visar %1 av %2 – <a href='all'>visa alla</a>")
                                    .replace("%1", group_digits(shown)).replace("%2", group_digits(count)))
            self.more_label.setToolTip(self.tr("Öppna listan med alla") if self.all_page is not None
                                       else self.tr("Läs in alla i översikten"))
        self.more_label.setVisible(partial)

    def show_all(self, *_args) -> None:
        """Opens the list page with every row (filtered as the block is), or reads every row into the block."""
        if self.all_page is not None:
            self.open_page.emit(*self.all_page)
        else:
            self.show_everything.emit()

    def read(self, db: Any, today: date) -> Any:
        """The block's own data, beyond the snapshot. Runs in a worker: services only, never a widget."""
        return None

    def present(self, snapshot: Overview, data: Any) -> None:
        """Shows the snapshot and what ``read`` returned (on the GUI thread)."""
        self.reload(snapshot)

    def reload(self, snapshot: Overview) -> None:
        """Reads and shows at once (a block whose data is all in the snapshot implements only this)."""
        self.present(snapshot, self.read(self.context.db, snapshot.today))

    def open_meeting(self, meeting_id: int) -> None:
        open_meeting(self.context, meeting_id, self, self.status_message.emit)


class MeetingsBlock(OverviewBlock):
    """A list of meetings from the overview; double-click or Enter opens one."""

    entities = MEETING_ENTITIES

    def __init__(self, context: AppContext, title: str, empty_text: str, columns: Sequence[Column],
                 select: Callable[[Overview], list[MeetingRecord]], stretch: Sequence[int] = (),
                 parent: QWidget | None = None, total: str = "", all_page: tuple[str, str, str] | None = None) -> None:
        super().__init__(context, title, empty_text, parent)
        self.select = select
        self.total = total  # the snapshot's name for this block's count (Overview.total)
        self.all_page = all_page
        self.model = RecordTableModel(columns, self)
        # the text columns share the width; the rest fit their contents
        self.table = make_table_view(self.model, stretch=stretch, row_height=24)
        self.table.setToolTip(self.tr("Dubbelklicka för att öppna mötet."))
        on_open(self.table, self._activated)
        self.set_body(self.table)

    def reload(self, snapshot: Overview) -> None:
        records = self.select(snapshot)
        self.model.set_rows(records)
        if self.total:
            self.show_count(snapshot.total(self.total), len(records))
        else:
            self.show_count(len(records))

    def _activated(self, index: QModelIndex) -> None:
        record = self.model.data(index, ROW_ROLE)
        if record is not None:
            self.open_meeting(record.id)


class ActionTreeModel(QAbstractItemModel):
    """People (top level) and their open action items (children); overdue items in red."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.groups: list[tuple[str, list[ActionItemRecord]]] = []
        self.today = clock.today()
        self._late: list[int] = []  # per person: how many of their items are overdue (in all, not only shown)
        self._counts: list[int] = []  # per person: how many open items they have in all
        self._headers = [self.tr("Ansvarig och åtgärd"), self.tr("Klart senast"), self.tr("Beslutad vid")]

    def set_groups(self, groups: list[tuple[str, list[ActionItemRecord]]], today: date,
                   totals: dict[int | None, tuple[int, int]] | None = None) -> None:
        """``totals``: per responsible person's id, their open and overdue items in all (when the groups hold only
        the most urgent ones); without it the groups' own items are counted."""
        self.beginResetModel()
        self.groups, self.today = groups, today
        counted = [(totals or {}).get(items[0].responsible_id) if items else None for _name, items in groups]
        self._counts = [total[0] if total else len(items) for total, (_name, items) in zip(counted, groups)]
        self._late = [total[1] if total else sum(1 for item in items if self.overdue(item))
                      for total, (_name, items) in zip(counted, groups)]
        self.endResetModel()

    def late_text(self, late: int) -> str:
        return self.tr("1 försenad") if late == 1 else self.tr("%1 försenade").replace("%1", str(late))

    def due_texts(self) -> tuple[set[str], set[str]]:
        """The texts of the "Klart senast" column: the items' (plain) and the people's (bold)."""
        items = {item.due_date.isoformat() if item.due_date else "–" for _name, rows in self.groups for item in rows}
        return items, {self.late_text(late) for late in self._late if late}

    def overdue(self, item: ActionItemRecord) -> bool:
        return item.due_date is not None and item.due_date < self.today and item.done_on is None

    def item(self, index: Index) -> ActionItemRecord | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.groups[index.internalId() - 1][1][index.row()]

    # -- Qt interface --------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1 if parent.isValid() else 0)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.item(index)
        if item is None:
            return self._person_data(index, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return item.description
            if index.column() == 1:
                return item.due_date.isoformat() if item.due_date else "–"
            return f"{item.meeting_title}, {short_date(item.meeting_date, self.today, weekday=False)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            late = self.tr("Försenad: skulle vara klar %1.").replace("%1", item.due_date.isoformat()) \
                if self.overdue(item) else ""
            return "\n".join(filter(None, [item.description, late, self.tr("Dubbelklicka för att öppna mötet.")]))
        if role == Qt.ItemDataRole.ForegroundRole and self.overdue(item):
            return OVERDUE_COLOUR
        if role == ROW_ROLE:
            return item
        return None

    def _person_data(self, index: Index, role: int) -> Any:
        name, items = self.groups[index.row()]
        late, count = self._late[index.row()], self._counts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                if count > len(items):
                    return self.tr("%1 (%2 av %3)").replace("%1", name).replace("%2", str(len(items))) \
                        .replace("%3", str(count))
                return f"{name} ({count})"
            if index.column() == 1 and late:
                return self.late_text(late)
            return ""
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1 and late:
            return OVERDUE_COLOUR
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ActionsBlock(OverviewBlock):
    entities = MEETING_ENTITIES | {"person"}

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Öppna åtgärder per person"), self.tr("Inga öppna åtgärder."), parent)
        self.model = ActionTreeModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.header().setStretchLastSection(False)
        # the date column's width comes from its texts (fit_due_column), not from asking the model for every row
        for column, mode in enumerate((QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.Fixed,
                                       QHeaderView.ResizeMode.Stretch)):
            self.tree.header().setSectionResizeMode(column, mode)
        on_open(self.tree, self._activated)
        self.set_body(self.tree)

    def reload(self, snapshot: Overview) -> None:
        self.model.set_groups(snapshot.open_actions_by_person, snapshot.today, snapshot.actions_per_person)
        self.fit_due_column()
        self.tree.expandAll()
        self.show_count(snapshot.total("open_actions"), sum(len(items) for _name, items in snapshot.open_actions_by_person))

    def fit_due_column(self) -> None:
        """As wide as its widest text (a person's count of late items is bold) or its heading."""
        plain, bold = self.model.due_texts()
        font = QFont(self.tree.font())
        font.setBold(True)
        widths = [*map(QFontMetricsF(self.tree.font()).horizontalAdvance, plain),
                  *map(QFontMetricsF(font).horizontalAdvance, bold)]
        header = self.tree.header()
        header.resizeSection(1, max(math.ceil(max(widths, default=0)) + cell_margin(self.tree), header.sectionSizeHint(1)))

    def _activated(self, index: QModelIndex) -> None:
        item = self.model.item(index)
        if item is not None:
            self.open_meeting(item.meeting_id)
        elif index.isValid():
            self.tree.setExpanded(index.siblingAtColumn(0), not self.tree.isExpanded(index.siblingAtColumn(0)))


# -- the blocks ---------------------------------------------------------------------------
def _date_column(title: str, today: Callable[[], date]) -> Column:
    return Column(title, lambda m: m.starts_at, lambda v: short_date(v.date(), today()) if isinstance(v, datetime) else "")


def _days_left(meeting: MeetingRecord) -> str:
    days = (meeting.meeting_date - clock.today()).days
    if days in (0, 1):
        return translate("overview", "idag") if days == 0 else translate("overview", "i morgon")
    return translate("overview", "om %1 dagar").replace("%1", str(days))


def meeting_status_label(status: str) -> str:
    """The status as the Möten page shows it (its filter matches the shown text)."""
    return label(meetings.STATUS_LABELS[status])


def upcoming_block(context: AppContext) -> OverviewBlock:
    return MeetingsBlock(context, translate("overview", "Kommande möten"), translate("overview", "Inga möten de kommande 30 dagarna."), [
        _date_column(translate("overview", "Datum"), clock.today), Column(translate("overview", "Tid"), time_span),
        Column(translate("overview", "Grupp"), lambda m: m.group_name), Column(translate("overview", "Rubrik"), lambda m: m.title),
        Column(translate("overview", "Status"), labelled(lambda m: m.status_label))], lambda s: s.upcoming, stretch=(2, 3),
        total="upcoming", all_page=("meetings", "upcoming", ""))


def invitations_block(context: AppContext) -> OverviewBlock:
    return MeetingsBlock(context, translate("overview", "Kallelser att skicka"),
                         translate("overview", "Alla kallelser till möten de kommande 60 dagarna är skickade."), [
        _date_column(translate("overview", "Datum"), clock.today), Column(translate("overview", "Kvar"), _days_left),
        Column(translate("overview", "Grupp"), lambda m: m.group_name), Column(translate("overview", "Rubrik"), lambda m: m.title)],
        lambda s: s.invitations_not_sent, stretch=(2, 3), total="invitations",
        all_page=("meetings", "upcoming", meeting_status_label("draft")))


def minutes_block(context: AppContext) -> OverviewBlock:
    return MeetingsBlock(context, translate("overview", "Protokoll att justera"), translate("overview", "Inga protokoll väntar på justering."), [
        _date_column(translate("overview", "Datum"), clock.today), Column(translate("overview", "Grupp"), lambda m: m.group_name),
        Column(translate("overview", "Rubrik"), lambda m: m.title), Column(translate("overview", "Sekreterare"), lambda m: m.secretary_name or "–")],
        lambda s: s.minutes_not_adjusted, stretch=(1, 2), total="minutes",
        all_page=("meetings", "all", meeting_status_label("held")))


BlockFactory = Callable[[AppContext], OverviewBlock]
BLOCKS: list[BlockFactory] = [upcoming_block, invitations_block, minutes_block, ActionsBlock]


def register_block(factory: BlockFactory, position: int | None = None) -> None:
    """Adds a block to the overview pages built from now on (a later issue calls this when imported)."""
    if factory not in BLOCKS:
        BLOCKS.insert(len(BLOCKS) if position is None else position, factory)


STYLE = """
QFrame#overviewBlock { background: #ffffff; border: 1px solid #d5dbe5; border-radius: 6px; }
QLabel#blockTitle { font-size: 15px; font-weight: 600; color: #1d4e89; padding: 2px 0 4px 0; }
QLabel#moreLabel { color: #555; padding: 4px 0 0 0; }
"""


def read_everything(db: Any, today: date, blocks: Sequence[OverviewBlock], limit: int | None = overview.LIMIT,
                    action_limit: int | None = overview.LIMIT) -> tuple[Overview, list[Any]]:
    """The page's data (runs in a worker): the meeting overview and each block's own reading, all in one
    transaction (``services.transaction.one_read``: one BEGIN and one snapshot instead of one per service)."""
    with transaction.one_read(db) as pinned:
        return (overview.overview(pinned, today, limit=limit, action_limit=action_limit),
                [block.read(pinned, today) for block in blocks])


class OverviewPage(QWidget):
    page_id = "overview"
    status_message = Signal(str)
    loaded = Signal()  # the blocks show what the last reload read
    open_page = Signal(str, str, str)  # a block's "visa alla": (page id, period, filter text), for the window
    COLUMNS = 2

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self.context = context
        self.title = self.tr("Översikt")
        self.snapshot: Overview | None = None
        heading = QLabel(self.title)
        heading.setObjectName("pageTitle")
        self.date_label = QLabel()
        self.date_label.setObjectName("countLabel")
        refresh = QPushButton(self.tr("Uppdatera"))
        refresh.setToolTip(self.tr("Läs in översikten igen (F5)"))
        refresh.clicked.connect(self.reload)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.reload,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(12)
        top.addWidget(self.date_label)
        top.addStretch(1)
        top.addWidget(refresh)

        self.blocks: list[OverviewBlock] = [factory(context) for factory in BLOCKS]
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        row = column = 0
        for block in self.blocks:
            span = min(getattr(block, "column_span", 1), self.COLUMNS)  # a wide block (the timeline) starts a row
            if column + span > self.COLUMNS:
                row, column = row + 1, 0
            block.setMinimumHeight(200)
            block.status_message.connect(self.status_message)
            block.open_page.connect(self.open_page)
            block.show_everything.connect(self._show_every_action)
            grid.addWidget(block, row, column, 1, span)
            column += span
            if column >= self.COLUMNS:
                row, column = row + 1, 0
        for column in range(self.COLUMNS):
            grid.setColumnStretch(column, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(grid_host)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.entities = frozenset().union(*(block.entities for block in self.blocks))
        self._job: Job | None = None
        self._again = False  # asked to reload while reading: read once more when done
        self.limit = overview.LIMIT  # rows per meeting block and open action items (the rest: "visa alla")
        self.every_action = False  # True once the user asked for every open action item (they have no list page)
        context.database_changed.connect(self.reload)
        context.data_changed.connect(self._on_data_changed)

    def block(self, heading: str) -> OverviewBlock:
        return next(block for block in self.blocks if block.heading == heading)

    def today(self) -> date:
        return clock.today()

    def reload(self, *_args) -> None:
        """Reads in a worker; the blocks show the data when it is there (``loaded``)."""
        if self._job is not None:
            self._again = True
            return
        today = self.today()
        self.date_label.setText(self.tr("Idag: %1").replace("%1", i18n.long_date(today, weekday=True)))
        self._job = Job(read_everything, self.context.db, today, list(self.blocks), self.limit,
                        None if self.every_action else self.limit)
        self._job.succeeded.connect(self._read)
        self._job.failed.connect(self._failed)
        self._job.start()

    def _show_every_action(self) -> None:
        """"Visa alla" under the open action items (they have no list page): read them all into the tree."""
        self.every_action = True
        self.reload()

    @property
    def loading(self) -> bool:
        return self._job is not None

    def _done(self) -> bool:
        """After a read: True when another reload was asked for meanwhile (and has started)."""
        self._job = None
        if self._again:
            self._again = False
            self.reload()
            return True
        return False

    def _read(self, result: tuple[Overview, list[Any]]) -> None:
        if self._done():
            return  # the data changed while reading: show the newer read instead
        self.snapshot, data = result
        for block, block_data in zip(self.blocks, data, strict=True):
            block.present(self.snapshot, block_data)
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        if self._done():
            return
        if isinstance(error, UserError):
            messages.show_error(self, error)
        else:
            raise error

    def _on_data_changed(self, entity: str) -> None:
        if entity in self.entities:
            self.reload()
