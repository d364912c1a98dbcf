"""Bemanning: member municipalities × groups, who sits where on a date, and the gaps in red.

The model is built once from the precomputed ``StaffingMatrix`` (texts, tooltips and colours per
cell), so painting and scrolling never go back to the database.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stic_desktop.core import clock
from stic_desktop.errors import UserError
from stic_desktop.services.people import groups, memberships, staffing
from stic_desktop.services.people.staffing import StaffingMatrix
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.people.membership_dialog import MembershipDialog, date_edit, to_date
from stic_desktop.ui.widgets import messages, rights
from stic_desktop.ui.widgets.labels import label
from stic_desktop.ui.widgets.row_menu import add_row_actions, install_row_menu
from stic_desktop.ui.widgets.table_model import Index
from stic_desktop.ui.widgets.tables import on_open

GAP_COLOUR = QColor("#f8cfc8")  # soft red: something is missing
OK_COLOUR = QColor("#dcefd9")  # soft green: the group has what it needs
STATUS_COLOUR = QColor("#eef2f7")  # the status row of a group with no rules to check
MUTED_COLOUR = QColor("#6b6b6b")  # rows of municipalities that are only interested, and the "others" row
STATUS_ROW = 0  # the first row sums up each group; municipality rows follow
MAX_LINES = 3  # names shown in a cell; the tooltip lists everyone
CELL_ROLE = Qt.ItemDataRole.UserRole + 1  # (matrix row, column) of a municipality cell; None on the status row


class StaffingModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.matrix: StaffingMatrix | None = None
        self._texts: list[list[str]] = []
        self._tips: list[list[str]] = []
        self._backgrounds: list[list[QColor | None]] = []
        self._row_headers: list[str] = []
        self._column_headers: list[str] = []
        self._column_tips: list[str] = []
        self._muted: list[bool] = []
        self._lines: list[int] = []

    def set_matrix(self, matrix: StaffingMatrix) -> None:
        """The only reset: every text, tooltip and colour is worked out here, once."""
        self.beginResetModel()
        self.matrix = matrix
        columns, rows = matrix.columns, matrix.rows
        self._column_headers = [c.name for c in columns]
        self._column_tips = [
            "\n".join(filter(None, [f"{c.name} ({label(c.kind_label).lower()})",
                                    self.tr("Sakområde: %1").replace("%1", c.subject_area) if c.subject_area else "",
                                    self.tr("Minst %1 experter").replace("%1", str(c.min_experts)) if c.min_experts else ""]))
            for c in columns
        ]
        status_texts, status_tips, status_colours = [], [], []
        for c in columns:
            counts = self.tr("%1 medlemmar").replace("%1", str(c.member_count))
            if c.kind == "contract":
                counts += ", " + self.tr("%1 experter").replace("%1", str(c.expert_count))
            status_texts.append("\n".join(gap.rstrip(".") for gap in c.gaps) if c.gaps else counts)
            chair = self.tr("Ordförande: %1").replace("%1", c.chair) if c.chair else ""
            status_tips.append("\n".join(filter(None, [*c.gaps, counts, chair])))
            status_colours.append(GAP_COLOUR if c.gaps else OK_COLOUR if c.kind == "contract" else STATUS_COLOUR)
        self._texts, self._tips, self._backgrounds = [status_texts], [status_tips], [status_colours]
        for r in range(len(rows)):
            texts, tips, colours = [], [], []
            for c in range(len(columns)):
                seats = matrix.cell(r, c)
                gap = matrix.gap(r, c)
                lines = [f"{s.name} ({label(s.role_label).lower()})" + (" *" if s.represents_other else "") for s in seats]
                shown = lines if len(lines) <= MAX_LINES else [
                    *lines[:MAX_LINES - 1], self.tr("… och %1 till").replace("%1", str(len(lines) - MAX_LINES + 1))]
                texts.append("\n".join(shown) or (self.tr("saknas") if gap else ""))
                tips.append(gap or "\n".join(lines))
                colours.append(GAP_COLOUR if gap else None)
            self._texts.append(texts)
            self._tips.append(tips)
            self._backgrounds.append(colours)
        self._row_headers = [self.tr("Gruppens status")] + [
            (label(row.name) if row.status == "other" else row.name)
            + (self.tr(" (intresserad)") if row.status == "interested" else "") for row in rows]
        self._muted = [False] + [row.status != "member" for row in rows]
        self._lines = [max((text.count("\n") + 1 for text in row), default=1) for row in self._texts]
        self.endResetModel()

    def line_count(self, row: int) -> int:
        """Lines in the row's tallest cell: the view sizes rows from this instead of measuring every cell."""
        return self._lines[row]

    def cell(self, index: QModelIndex) -> tuple[int, int] | None:
        if not index.isValid() or index.row() == STATUS_ROW:
            return None
        return index.row() - 1, index.column()

    # -- Qt interface --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._texts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._texts)):
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[row][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[row][column] or None
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._backgrounds[row][column]
        if role == Qt.ItemDataRole.ForegroundRole and self._muted[row]:
            return MUTED_COLOUR
        if role == Qt.ItemDataRole.FontRole and row == STATUS_ROW:
            font = QFont()
            font.setBold(True)
            return font
        if role == CELL_ROLE:
            return self.cell(index)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        headers = self._column_headers if orientation == Qt.Orientation.Horizontal else self._row_headers
        if not 0 <= section < len(headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return self._column_tips[section]
        if role == Qt.ItemDataRole.ForegroundRole and orientation == Qt.Orientation.Vertical and self._muted[section]:
            return MUTED_COLOUR
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _swatch(colour: QColor) -> QLabel:
    swatch = QLabel()
    swatch.setFixedSize(16, 16)
    swatch.setStyleSheet(f"background-color: {colour.name()}; border: 1px solid #9a9a9a;")
    return swatch


def _hint(text: str) -> QLabel:
    hint = QLabel(text)
    hint.setObjectName("hint")
    hint.setWordWrap(True)  # narrow windows wrap the legend instead of growing
    return hint


class StaffingPage(QWidget):
    page_id = "staffing"
    status_message = Signal(str)
    RELATED_ENTITIES = {groups.ENTITY, memberships.MEMBERSHIP_ENTITY, "person", "municipality"}

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.title = self.tr("Bemanning")
        heading = QLabel(self.title)
        heading.setObjectName("pageTitle")
        self.date_edit = date_edit()
        self.date_edit.setAccessibleName(self.tr("Bemanning per datum"))
        self.date_edit.setToolTip(self.tr("Visa bemanningen ett visst datum."))
        self.date_edit.dateChanged.connect(self.reload)
        today = QPushButton(self.tr("Idag"))
        today.clicked.connect(lambda: self.date_edit.setDate(QDate(clock.today())))
        self.staff_button = QPushButton(self.tr("Bemanna avtalsgrupp…"))
        self.staff_button.clicked.connect(lambda: self.staff_contract_group())
        self.summary_label = QLabel()
        self.summary_label.setObjectName("countLabel")
        self.legend = QWidget()  # what the colours mean
        legend = QHBoxLayout(self.legend)
        legend.setContentsMargins(0, 0, 0, 0)
        for colour, text in (
            (GAP_COLOUR, self.tr("Lucka: kommunen saknas i arbetsgruppen, eller avtalsgruppen saknar ordförande "
                            "eller har för få experter")),
            (OK_COLOUR, self.tr("Avtalsgrupp utan luckor")),
        ):
            legend.addWidget(_swatch(colour))
            legend.addWidget(_hint(text))
            legend.addSpacing(10)
        legend.addStretch(1)
        self.legend_note = _hint(self.tr("Grått: intresserade kommuner och övriga (STIC, Adda m.fl.).   "
                                    "* representerar en annan kommun än sin egen.   Dubbelklicka för att lägga till."))
        self.model = StaffingModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)  # one line per person; long names are elided, the tooltip has them whole
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(190)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setToolTip(self.tr("Dubbelklicka på en ruta för att lägga till någon från kommunen i gruppen."))
        on_open(self.table, self._cell_activated)
        if rights.allows(context):  # a reader only looks: no adding from a cell
            add_row_actions(self.table, self.staff_button, open_text=self.tr("Lägg till i gruppen…"))
        else:
            self.table.setToolTip("")
            install_row_menu(self.table).open_slot = None
        rights.needs(rights.WRITE, self.staff_button)

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.summary_label)
        top.addWidget(QLabel(self.tr("Per datum:")))
        top.addWidget(self.date_edit)
        top.addWidget(today)
        top.addSpacing(12)
        top.addWidget(self.staff_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.legend)
        layout.addWidget(self.legend_note)
        layout.addWidget(self.table, 1)
        context.database_changed.connect(self.reload)
        context.data_changed.connect(self._on_data_changed)

    @property
    def as_of(self) -> date:
        return to_date(self.date_edit)

    def reload(self, *_args) -> None:
        try:
            matrix = staffing.staffing_matrix(self.context.db, self.as_of)
        except UserError as error:
            messages.show_error(self, error)
            return
        self.model.set_matrix(matrix)
        line_height = self.table.fontMetrics().lineSpacing()
        header = self.table.verticalHeader()
        for row in range(self.model.rowCount()):
            header.resizeSection(row, self.model.line_count(row) * line_height + 10)
        gaps = matrix.gap_count
        self.summary_label.setText(self.tr("Inga luckor") if gaps == 0 else
                                   (self.tr("1 lucka") if gaps == 1 else self.tr("%1 luckor").replace("%1", str(gaps))))

    def _on_data_changed(self, entity: str) -> None:
        if entity in self.RELATED_ENTITIES:
            self.reload()

    def _cell_activated(self, index: QModelIndex) -> None:
        matrix = self.model.matrix
        if matrix is None or not index.isValid():
            return
        column = matrix.columns[index.column()]
        cell = self.model.cell(index)
        if cell is None:
            if column.kind == "contract":
                self.staff_contract_group(column.group_id)
            return
        row = matrix.rows[cell[0]]
        try:
            group = groups.get_group(self.context.db, column.group_id)
        except UserError as error:
            messages.show_error(self, error)
            return
        dialog = MembershipDialog(self.context, group, municipality_id=row.municipality_id, parent=self)
        if dialog.exec() and dialog.saved is not None:
            self.status_message.emit(self.tr("%1 lades till i %2.").replace("%1", dialog.saved.person_name)
                                     .replace("%2", dialog.saved.group_name))
            self.context.data_changed.emit(memberships.MEMBERSHIP_ENTITY)

    def staff_contract_group(self, group_id: int | None = None) -> None:
        from stic_desktop.ui.people.staffing_dialog import StaffingDialog

        dialog = StaffingDialog(self.context, group_id, self.as_of, self)
        if dialog.exec() and dialog.added:
            self.status_message.emit(self.tr("%1 personer lades till i %2.").replace("%1", str(dialog.added))
                                     .replace("%2", dialog.group_name()))
            self.context.data_changed.emit(memberships.MEMBERSHIP_ENTITY)
