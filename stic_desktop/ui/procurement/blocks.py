"""The procurement blocks of the start page (Översikt); importing this module registers them.

Upphandlingar per steg, Tidsfrister inom 30 dagar, Försenade steg, Fullmakter saknas, Efter
tilldelningen: att göra (the duties after signing, issue 15) and the timeline of running procurements. Each
block reads its own query in ``services.procurement_overview`` (one per block, none per row); a double-click,
Enter or a click in the timeline opens the procurement.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from stic_desktop.core import clock
from stic_desktop.services.procurement import overview as procurement_overview
from stic_desktop.services.procurement import rules as procurement_rules
from stic_desktop.services.procurement.overview import StageCount
from stic_desktop.services.workspace.overview import LIMIT, Overview
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.procurement.timeline import STAGE_COLOURS, TimelineView
from stic_desktop.ui.widgets import rights
from stic_desktop.ui.widgets.labels import label, labelled
from stic_desktop.ui.widgets.table_model import ROW_ROLE, Column, Index, RecordTableModel
from stic_desktop.ui.widgets.tables import make_table_view, on_open
from stic_desktop.ui.workspace.overview_page import OVERDUE_COLOUR, OverviewBlock, register_block, short_date

# context.data_changed kinds after which these blocks reload (a renamed municipality or person shows after F5:
# reloading the whole start page on every such edit costs more than it gives)
PROCUREMENT_ENTITIES = frozenset({"procurement", "tender"})


def open_procurement(context: AppContext, procurement_id: int, parent: QWidget,
                     status: Callable[[str], None] | None = None) -> bool:
    """Opens the procurement in its own window; False when it could not (e.g. deleted meanwhile)."""
    from stic_desktop.ui.procurement.view import ProcurementView  # the big window is built only when asked for
    from stic_desktop.ui.widgets.record_window import open_record_window  # not before the start page is shown

    return open_record_window(ProcurementView, context, procurement_id, parent, status)


class ProcurementBlock(OverviewBlock):
    entities = PROCUREMENT_ENTITIES

    def open_procurement(self, procurement_id: int) -> None:
        open_procurement(self.context, procurement_id, self, self.status_message.emit)


class _StageDateModel(RecordTableModel):
    """Rows of StageDate; the "how late" column in red."""

    red_column: int | None = None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == self.red_column:
            return OVERDUE_COLOUR
        return super().data(index, role)


class ProcurementTableBlock(ProcurementBlock):
    """A list of procurement rows from one service call; double-click or Enter opens the procurement."""

    def __init__(self, context: AppContext, title: str, empty_text: str, columns: Sequence[Column],
                 load: Callable[[Any, date], list], stretch: Sequence[int] = (), red_column: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, title, empty_text, parent)
        self.load = load
        self.model = _StageDateModel(columns, self)
        self.model.red_column = red_column
        self.table = make_table_view(self.model, stretch=stretch, row_height=24)
        self.table.setToolTip(self.tr("Dubbelklicka för att öppna upphandlingen."))
        on_open(self.table, self._activated)
        self.set_body(self.table)

    def read(self, db: Any, today: date) -> list:
        return self.load(db, today)

    def present(self, snapshot: Overview, records: list) -> None:
        self.model.set_rows(records)
        self.show_count(len(records))

    def _activated(self, index: QModelIndex) -> None:
        record = self.model.data(index, ROW_ROLE)
        if record is not None:
            self.open_procurement(record.procurement_id)


def _days(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("procurement_blocks", "1 dag")
    return QCoreApplication.translate("procurement_blocks", "%1 dagar").replace("%1", str(count))


def _days_left(count: int) -> str:
    if count == 0:
        return QCoreApplication.translate("procurement_blocks", "idag")
    if count == 1:
        return QCoreApplication.translate("procurement_blocks", "i morgon")
    return QCoreApplication.translate("procurement_blocks", "om %1").replace("%1", _days(count))


def _date_column(title: str, value: Callable[[Any], date | None]) -> Column:
    return Column(title, value, lambda v: short_date(v) if isinstance(v, date) else "–")


def _case_columns() -> list[Column]:
    return [Column(QCoreApplication.translate("procurement_blocks", "Diarienummer"), lambda r: r.case_number),
            Column(QCoreApplication.translate("procurement_blocks", "Upphandling"), lambda r: r.title)]


def _missing(record) -> str:
    return QCoreApplication.translate("procurement_blocks", "%1 av %2").replace(
        "%1", str(len(record.municipalities))).replace("%2", str(record.participant_count))


class DeadlinesBlock(ProcurementTableBlock):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Tidsfrister inom 30 dagar"),
                         self.tr("Inga planerade steg de kommande 30 dagarna."), [
            _date_column(self.tr("Datum"), lambda r: r.planned_on),
            Column(self.tr("Kvar"), lambda r: r.days, _days_left),
            *_case_columns(), Column(self.tr("Steg"), labelled(lambda r: r.stage_label)),
            Column(self.tr("Ansvarig"), lambda r: r.responsible_name or "–")],
            procurement_overview.upcoming_deadlines, stretch=(3,), parent=parent)

    all_page = ("procurements", "", "")  # "visa alla" opens Upphandlingar
    limit: int | None = LIMIT  # the soonest

    def read(self, db: Any, today: date) -> tuple[list, int]:
        rows = procurement_overview.upcoming_deadlines(db, today, limit=self.limit)
        if self.limit is None or len(rows) < self.limit:
            return rows, len(rows)
        return rows, procurement_overview.upcoming_deadlines_count(db, today)

    def present(self, snapshot: Overview, data: tuple[list, int]) -> None:
        rows, total = data
        self.model.set_rows(rows)
        self.show_count(total, len(rows))


class LateBlock(ProcurementTableBlock):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Försenade steg"),
                         self.tr("Inga försenade steg: alla planerade datum som passerat har ett utfört datum."), [
            _date_column(self.tr("Planerat"), lambda r: r.planned_on),
            Column(self.tr("Försenat"), lambda r: r.days, _days),
            *_case_columns(), Column(self.tr("Steg"), labelled(lambda r: r.stage_label)),
            Column(self.tr("Ansvarig"), lambda r: r.responsible_name or "–")],
            procurement_overview.late_stages, stretch=(3,), red_column=1, parent=parent)


class PowersBlock(ProcurementTableBlock):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Fullmakter saknas"),
                         self.tr("Alla deltagande kommuner har lämnat fullmakt."), [
            *_case_columns(), Column(self.tr("Steg"), labelled(lambda r: r.stage_label)),
            _date_column(self.tr("Annonseras"), lambda r: r.advertise_on), Column(self.tr("Saknas"), _missing),
            Column(self.tr("Kommuner utan fullmakt"), lambda r: ", ".join(r.municipalities))],
            lambda db, _today: procurement_overview.missing_powers(db), stretch=(1, 5), parent=parent)

    all_page = ("procurements", "", "")  # "visa alla" opens Upphandlingar
    limit: int | None = LIMIT  # the procurements to be advertised first

    def read(self, db: Any, today: date) -> tuple[list, int]:
        rows = procurement_overview.missing_powers(db, self.limit)
        if self.limit is None or len(rows) < self.limit:
            return rows, len(rows)
        return rows, procurement_overview.missing_powers_count(db)

    def present(self, snapshot: Overview, data: tuple[list, int]) -> None:
        rows, total = data
        self.model.set_rows(rows)
        self.show_count(total, len(rows))


def _duty_when(record) -> str:
    if record.due_on is None:
        return QCoreApplication.translate("procurement_blocks", "snarast")
    if record.state == "overdue":
        return QCoreApplication.translate("procurement_blocks", "försenad %1").replace("%1", _days(record.days))
    return _days_left(record.days)


class DutiesBlock(ProcurementTableBlock):
    """Efter avtalet: the award notice, documentation and individual report due within 30 days of signing, and
    the notice to the tenderers of a cancelled procurement, until each is done."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Efter tilldelningen: att göra"),
                         self.tr("Inga skyldigheter väntar: efterannonser, dokumentation, individuella rapporter "
                                 "och underrättelser är klara."), [
            _date_column(self.tr("Senast"), lambda r: r.due_on),
            Column(self.tr("Läge"), _duty_when),
            *_case_columns(), Column(self.tr("Uppgift"), labelled(lambda r: r.label)),
            Column(self.tr("Lagrum"), lambda r: r.reference),
            Column(self.tr("Ansvarig"), lambda r: r.responsible_name or "–")],
            procurement_overview.open_duties, stretch=(3,), parent=parent)


class ThresholdBanner(ProcurementBlock):
    """A banner across the page while the thresholds in kronor for the period in force are empty; it points to
    where they are published and opens Upphandlingsregler to fill them in. Hidden once they are filled."""

    column_span = 2

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Tröskelvärden i kronor saknas"), "", parent)
        self.setStyleSheet("QFrame#overviewBlock { background: #fff4e5; border: 1px solid #e0a040; }")
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.text_label.setOpenExternalLinks(True)
        self.fill_button = QPushButton(self.tr("Fyll i tröskelvärden…"))
        self.fill_button.clicked.connect(self.fill_in)
        rights.needs(rights.RULES, self.fill_button)
        host = QWidget()
        row = QHBoxLayout(host)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text_label, 1)
        row.addWidget(self.fill_button, 0, Qt.AlignmentFlag.AlignTop)
        self.set_body(host)
        self.stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.missing: list = []

    def setMinimumHeight(self, _height: int) -> None:  # noqa: N802 (the page asks every block for 200 px)
        super().setMinimumHeight(0)

    def read(self, db: Any, today: date) -> list:
        return procurement_rules.missing_sek_values(db, today)

    def present(self, snapshot: Overview, missing: list) -> None:
        self.missing = missing
        if not missing:
            self.setVisible(False)
            return
        kinds = ", ".join(label(t.kind_label).lower() for t in missing)
        self.text_label.setText(
            self.tr("Tröskelvärdena i kronor för %1 är inte ifyllda (%2). Programmet kan då inte pröva om "
                    "förfarandet passar värdet. Beloppen publiceras i ett tillkännagivande i SFS och hos "
                    "<a href='%3'>Upphandlingsmyndigheten</a>; fyll i dem under Inställningar → "
                    "Upphandlingsregler.").replace("%1", missing[0].period_label).replace("%2", kinds)
            .replace("%3", procurement_rules.THRESHOLDS_LINK))
        self.title_label.setText(self.heading)
        rights.set_visible(self.fill_button, True, self.context)
        self.stack.setCurrentWidget(self.body)
        self.setVisible(True)

    def fill_in(self) -> None:
        from stic_desktop.ui.procurement.rules_dialog import ProcurementRulesDialog

        ProcurementRulesDialog(self.context, self).exec()
        today = clock.today()
        self.present(None, self.read(self.context.db, today))


class StageBars(QWidget):
    """A bar per stage with its count; cancelled ones after a gap."""

    ROW = 17

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: list[StageCount] = []
        self.names: list[str] = []  # the stages' labels in the window's language

    def set_counts(self, counts: list[StageCount]) -> None:
        self.counts = counts
        self.names = [label(c.label) for c in counts]
        self.setToolTip("\n".join(f"{name}: {c.count}" for name, c in zip(self.names, counts)))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(300, (len(self.counts) + 1) * self.ROW + 8)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(200, (len(self.counts) + 1) * self.ROW)

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        metrics = QFontMetrics(self.font())
        label_width = max((metrics.horizontalAdvance(name) for name in self.names), default=0) + 12
        number_width = metrics.horizontalAdvance("0000") + 8
        # scaled to the running stages: the closed ones outnumber them and would flatten every other bar
        biggest = max((c.count for c in self.counts if c.stage not in procurement_overview.ENDED), default=0) or 1
        room = max(10, self.width() - label_width - number_width - 8)
        y = 2
        for count, name in zip(self.counts, self.names):
            if count.stage == "cancelled":
                y += self.ROW // 2
            painter.setPen(self.palette().text().color())
            painter.drawText(QRect(0, y, label_width - 8, self.ROW), Qt.AlignmentFlag.AlignVCenter
                             | Qt.AlignmentFlag.AlignRight, name)
            length = int(room * min(count.count, biggest) / biggest)
            colour = QColor(STAGE_COLOURS.get(count.stage, "#9a9a9a"))
            if count.count:
                painter.fillRect(QRect(label_width, y + 3, max(2, length), self.ROW - 6), colour)
            painter.drawText(QRect(label_width + length + 6, y, number_width, self.ROW), Qt.AlignmentFlag.AlignVCenter,
                             str(count.count))
            y += self.ROW
        painter.end()


class StagesBlock(ProcurementBlock):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Upphandlingar per steg"), self.tr("Inga upphandlingar ännu."), parent)
        self.bars = StageBars()
        self.set_body(self.bars)

    def read(self, db: Any, today: date) -> list[StageCount]:
        return procurement_overview.stage_counts(db)

    def present(self, snapshot: Overview, counts: list[StageCount]) -> None:
        self.bars.set_counts(counts)
        self.show_count(sum(c.count for c in counts))
        running = sum(c.count for c in counts if c.stage not in procurement_overview.ENDED)
        self.title_label.setText(self.tr("%1 (%2 pågående)").replace("%1", self.heading).replace("%2", str(running)))


class TimelineBlock(ProcurementBlock):
    """The timeline, wide and tall: it asks for both columns of the page and more height than a list."""

    column_span = 2  # read by OverviewPage when it places the blocks
    MIN_HEIGHT = 440

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Tidslinje för pågående upphandlingar"),
                         self.tr("Inga pågående upphandlingar."), parent)
        self.view = TimelineView()
        self.view.activated.connect(self.open_procurement)  # the timeline's own signal: double-click or Enter
        host = QWidget()
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(self._tools())
        self.set_body(host)

    def _tools(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, tip, slot in (
                ("−", self.tr("Zooma ut (−, Ctrl+hjul)"), lambda: self.view.set_zoom(self.view.day_width / 1.5)),
                ("+", self.tr("Zooma in (+, Ctrl+hjul)"), lambda: self.view.set_zoom(self.view.day_width * 1.5)),
                (self.tr("Idag"), self.tr("Visa dagens datum (T)"), self.view.scroll_to_today)):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addSpacing(8)
        legend = " ".join(f"<span style='color:{colour}'>■</span>&nbsp;"  # an entry never breaks over two lines
                          + label(procurement_overview.stage_label(stage)).replace(" ", "&nbsp;")
                          for stage, colour in STAGE_COLOURS.items() if stage != "closed")
        hint = self.tr("Ljusa staplar: planerat. Röd kant: försenat.")
        key = QLabel(f"{legend}&nbsp;&nbsp;<span style='color:#555'>{hint}</span>")
        key.setTextFormat(Qt.TextFormat.RichText)
        key.setWordWrap(True)
        row.addWidget(key, 1)
        return row

    def setMinimumHeight(self, height: int) -> None:  # noqa: N802 (the page sets one height for every block)
        super().setMinimumHeight(max(height, self.MIN_HEIGHT))

    all_page = ("procurements", "", "")  # "visa alla" opens Upphandlingar
    limit: int | None = LIMIT  # running procurements drawn: those that started first

    def read(self, db: Any, today: date) -> tuple[list, int]:
        rows = procurement_overview.timeline(db, today, self.limit)
        if self.limit is None or len(rows) < self.limit:
            return rows, len(rows)
        return rows, procurement_overview.running_count(db)

    def present(self, snapshot: Overview, data: tuple[list, int]) -> None:
        rows, total = data
        self.view.set_rows(rows, snapshot.today)
        self.show_count(total, len(rows))


# each class is its own factory (it takes the context); the order is the page's
BLOCK_FACTORIES = (StagesBlock, DeadlinesBlock, LateBlock, PowersBlock, DutiesBlock, TimelineBlock)
for _factory in BLOCK_FACTORIES:
    register_block(_factory)
register_block(ThresholdBanner, 0)  # across the top of the page, shown only while values are missing
