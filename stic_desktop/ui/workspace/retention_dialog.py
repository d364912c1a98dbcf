"""Inställningar → Gallring: the retention rule of each kind of archived document ("bevaras" or "gallras
tidigast N år efter <händelse>"), shared by every user (stored in the database, ``services.retention``)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stic_desktop.errors import UserError
from stic_desktop.services import retention
from stic_desktop.services.archive import KIND_LABELS
from stic_desktop.ui.widgets import messages


class RetentionDialog(QDialog):
    def __init__(self, db, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Gallring av arkiverade dokument"))
        self.setMinimumSize(1000, 480)
        self.rules = retention.list_rules(db)
        intro = QLabel(self.tr("Hur länge varje slags arkiverat dokument sparas. Upphandlingsdokument ska sparas minst "
                               "fyra år efter att avtalet har upphört (LOU 12 kap. 17 §); protokoll bevaras."))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.rules), 5)
        self.table.setHorizontalHeaderLabels([self.tr("Dokumenttyp"), self.tr("Regel"), self.tr("År"),
                                              self.tr("Efter"), self.tr("Grund")])
        self.table.verticalHeader().setVisible(False)
        self.keep_boxes: list[QComboBox] = []
        self.year_boxes: list[QSpinBox] = []
        self.event_boxes: list[QComboBox] = []
        for row, rule in enumerate(self.rules):
            name = QTableWidgetItem(KIND_LABELS.get(rule.kind, rule.kind))
            self.table.setItem(row, 0, name)
            keep = QComboBox()
            keep.addItem(self.tr("Bevaras"), True)
            keep.addItem(self.tr("Gallras tidigast"), False)
            keep.setCurrentIndex(0 if rule.keep else 1)
            years = QSpinBox()
            years.setRange(1, retention.MAX_YEARS)
            years.setSuffix(self.tr(" år"))
            years.setValue(max(rule.years, 1))
            event = QComboBox()
            for code, label in retention.EVENTS.items():
                event.addItem(self.tr("efter %1").replace("%1", label), code)
            event.setCurrentIndex(max(event.findData(rule.event), 0))
            keep.currentIndexChanged.connect(lambda _i, k=keep, y=years, e=event: self._enable(k, y, e))
            self._enable(keep, years, event)
            self.table.setCellWidget(row, 1, keep)
            self.table.setCellWidget(row, 2, years)
            self.table.setCellWidget(row, 3, event)
            self.table.setItem(row, 4, QTableWidgetItem(rule.note))
            self.keep_boxes.append(keep)
            self.year_boxes.append(years)
            self.event_boxes.append(event)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    @staticmethod
    def _enable(keep: QComboBox, years: QSpinBox, event: QComboBox) -> None:
        weeded = not keep.currentData()
        years.setEnabled(weeded)
        event.setEnabled(weeded)

    def chosen(self) -> list[retention.RetentionRule]:
        return [retention.RetentionRule(rule.kind, bool(keep.currentData()), years.value(), event.currentData(), rule.note)
                for rule, keep, years, event in zip(self.rules, self.keep_boxes, self.year_boxes, self.event_boxes)]

    def accept(self) -> None:
        try:
            retention.save_rules(self.db, self.chosen())
        except UserError as error:
            messages.show_error(self, error)
            return
        super().accept()

