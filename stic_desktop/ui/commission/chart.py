"""Commission per month as a bar chart (QtCharts): the chosen year against the year before.

Fed with integer öre from ``commission.monthly_commission``; shown in thousands of kronor (tkr), each bar's
exact amount in its tooltip.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

from stic_desktop.core.money import format as kronor
from stic_desktop.ui.workspace import i18n

THIS_YEAR_COLOUR = QColor("#2f6690")
LAST_YEAR_COLOUR = QColor("#b3c5d7")


def nice_ceiling(value: float) -> float:
    """The axis maximum: 1, 2, 2.5 or 5 × a power of ten at or above ``value`` (at least 1)."""
    if value <= 1:
        return 1
    power = 10 ** (len(str(int(value))) - 1)
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * power:
            return step * power
    return 10 * power


class CommissionChart(QChartView):
    """Twelve pairs of bars; ``set_data`` replaces them (the chart keeps its axes)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setChart(chart)
        self.series = QBarSeries()
        self.series.hovered.connect(self._hovered)
        chart.addSeries(self.series)
        self.months_axis = QBarCategoryAxis()
        self.months_axis.append([i18n.month_name(month, short=True) for month in range(1, 13)])
        self.value_axis = QValueAxis()
        self.value_axis.setLabelFormat("%.0f")
        self.value_axis.setTitleText(self.tr("tkr"))
        chart.addAxis(self.months_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.value_axis, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.months_axis)
        self.series.attachAxis(self.value_axis)
        self.values: dict[str, tuple[int, ...]] = {}

    def set_data(self, year: int, monthly_ore: Sequence[int], previous_ore: Sequence[int]) -> None:
        """Bars in tkr; the exact öre amounts are kept for the tooltips and for tests."""
        self.series.clear()
        self.values = {}
        for label, values, colour in ((str(year - 1), previous_ore, LAST_YEAR_COLOUR),
                                      (str(year), monthly_ore, THIS_YEAR_COLOUR)):
            bars = QBarSet(label)
            bars.setColor(colour)
            bars.setBorderColor(colour)
            bars.append([value / 100_000 for value in values])  # drawing only: the figures stay integers
            self.series.append(bars)
            self.values[label] = tuple(values)
        top = max([*monthly_ore, *previous_ore, 0]) / 100_000
        self.value_axis.setRange(0, nice_ceiling(top))
        self.value_axis.setTickCount(6)
        self.chart().setTitle(self.tr("Provision per månad %1 (tkr)").replace("%1", str(year)))

    def _hovered(self, status: bool, index: int, bars: QBarSet) -> None:
        if not status:
            QToolTip.hideText()
            return
        values = self.values.get(bars.label(), ())
        if 0 <= index < len(values):
            month = i18n.month_name(index + 1)
            QToolTip.showText(self.cursor().pos(), f"{month} {bars.label()}: {kronor(values[index])}", self)
