"""Årsplan: a group's meetings for a year in one step, with a live preview of the dates.

The preview comes from ``year_plan.propose_dates`` (no database), so it follows every change at
once; a date moved off a weekend or holiday shows why, in orange. "Skapa möten" creates all the
draft meetings in one transaction (``year_plan.create_year_plan``); nothing is created if any fails.
Other pages open it with ``plan_year(context, parent)``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stic_desktop.core import clock, workdays
from stic_desktop.errors import UserError, ValidationError
from stic_desktop.services.meetings import meetings, year_plan
from stic_desktop.services.meetings.meetings import MeetingRecord
from stic_desktop.services.meetings.year_plan import YearPlanInput
from stic_desktop.services.people import groups
from stic_desktop.services.workspace import organisation
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.widgets import messages
from stic_desktop.ui.widgets.form import FieldErrors, general_error_label
from stic_desktop.ui.widgets.labels import label
from stic_desktop.ui.workspace import i18n

MOVED_COLOUR = QColor("#c05800")  # orange: the date was moved, or the group already meets that day
FOUR_TIMES = QT_TRANSLATE_NOOP("YearPlanDialog", "Fyra gånger per år")
PRESETS = {  # button text (translated when shown) -> months
    FOUR_TIMES: (2, 4, 9, 11),
    QT_TRANSLATE_NOOP("YearPlanDialog", "Varje månad utom juli"): tuple(m for m in range(1, 13) if m != 7),
    QT_TRANSLATE_NOOP("YearPlanDialog", "Alla"): tuple(range(1, 13)),
    QT_TRANSLATE_NOOP("YearPlanDialog", "Inga"): (),
}


def _default_year(today: date) -> int:
    """Next year's plan is made in the autumn."""
    return today.year + 1 if today.month >= 9 else today.year


class YearPlanDialog(QDialog):
    def __init__(self, context: AppContext, group_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.created: list[MeetingRecord] = []
        self.proposed: list[tuple[date, str | None]] = []
        self._existing_cache: dict[tuple[int, int], list[MeetingRecord]] = {}
        self.setWindowTitle(self.tr("Årsplan"))
        self.setMinimumWidth(1000)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.errors = FieldErrors(form)
        self.group_combo = QComboBox()
        for group in groups.list_groups(context.db):
            if group.active:
                self.group_combo.addItem(group.name, group.id)
        if group_id is not None and self.group_combo.findData(group_id) >= 0:
            self.group_combo.setCurrentIndex(self.group_combo.findData(group_id))
        self.errors.add_row("group_id", self.tr("Grupp *:"), self.group_combo)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(year_plan.YEAR_MIN, year_plan.YEAR_MAX)
        self.year_spin.setValue(_default_year(clock.today()))
        self.year_spin.setMaximumWidth(90)
        self.errors.add_row("year", self.tr("År *:"), self.year_spin)
        self.errors.add_row("months", self.tr("Månader *:"), self._months_widget())
        self.nth_combo = QComboBox()
        for value, text in year_plan.NTH_LABELS.items():
            self.nth_combo.addItem(label(text), value)
        self.weekday_combo = QComboBox()
        for value in year_plan.WEEKDAY_LABELS:
            self.weekday_combo.addItem(i18n.weekday_name(value), value)
        self.weekday_combo.setCurrentIndex(1)  # tisdag
        self.errors.add_row("nth", self.tr("Vilken i månaden *:"), self.nth_combo)
        self.errors.add_row("weekday", self.tr("Veckodag *:"), self.weekday_combo)
        self.start_edit, self.end_edit = QTimeEdit(QTime(9, 0)), QTimeEdit(QTime(12, 0))
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("HH.mm")  # Swedish: 09.00
            edit.setMaximumWidth(90)
        self.errors.add_row("start_time", self.tr("Börjar *:"), self.start_edit)
        self.errors.add_row("end_time", self.tr("Slutar *:"), self.end_edit)
        self.location_edit = QLineEdit(organisation.get_organisation(context.db).default_place)
        self.errors.add_row("location", self.tr("Plats/lokal:"), self.location_edit)
        self.title_edit = QLineEdit()
        self.title_edit.setToolTip(self.tr("Tomt: gruppens namn och mötets månad, t.ex. ”Styrgruppen – februari 2027”."))
        self.errors.add_row("title", self.tr("Rubrik:"), self.title_edit)

        self.preview_label = QLabel()
        self.preview_label.setObjectName("hint")
        self.preview = QTreeWidget()
        self.preview.setHeaderLabels([self.tr("Datum"), self.tr("Anmärkning")])
        self.preview.setRootIsDecorated(False)
        self.preview.setAlternatingRowColors(True)
        self.preview.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.preview.header().setStretchLastSection(True)
        self.preview.setWordWrap(True)
        self.general_error = general_error_label()
        self.preview.setMinimumWidth(340)
        heading = QLabel(self.tr("Förhandsvisning"))
        heading.setStyleSheet("font-weight: 600;")
        right = QVBoxLayout()
        right.addWidget(heading)
        right.addWidget(self.preview_label)
        right.addWidget(self.preview, 1)
        right.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Skapa möten"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        columns = QHBoxLayout()
        columns.addLayout(form, 1)
        columns.addSpacing(12)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)

        for signal in (self.group_combo.currentIndexChanged, self.year_spin.valueChanged,
                       self.nth_combo.currentIndexChanged, self.weekday_combo.currentIndexChanged,
                       self.start_edit.timeChanged, self.end_edit.timeChanged, self.title_edit.textChanged):
            signal.connect(self.update_preview)
        for box in self.month_boxes.values():
            box.toggled.connect(self.update_preview)
        self.set_months(PRESETS[FOUR_TIMES])

    def _months_widget(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        self.month_boxes: dict[int, QCheckBox] = {}
        for month in range(1, 13):
            check = QCheckBox(i18n.month_name(month, short=True))
            check.setToolTip(i18n.month_name(month))
            self.month_boxes[month] = check
            grid.addWidget(check, (month - 1) // 6, (month - 1) % 6)
        presets = QHBoxLayout()
        self.preset_buttons: dict[str, QPushButton] = {}
        for text, months in PRESETS.items():
            button = QPushButton(self.tr(text))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, m=months: self.set_months(m))
            presets.addWidget(button)
            self.preset_buttons[text] = button
        presets.addStretch(1)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(grid)
        column.addLayout(presets)
        return box

    # -- values --------------------------------------------------------------------------
    def set_months(self, months: tuple[int, ...]) -> None:
        for month, box in self.month_boxes.items():
            box.blockSignals(True)
            box.setChecked(month in months)
            box.blockSignals(False)
        self.update_preview()

    def months(self) -> tuple[int, ...]:
        return tuple(month for month, box in self.month_boxes.items() if box.isChecked())

    def data(self) -> YearPlanInput:
        return YearPlanInput(
            group_id=self.group_combo.currentData(),
            year=self.year_spin.value(),
            months=self.months(),
            weekday=self.weekday_combo.currentData(),
            nth=self.nth_combo.currentData(),
            start_time=self.start_edit.time().toString("HH:mm"),
            end_time=self.end_edit.time().toString("HH:mm"),
            location=self.location_edit.text(),
            title=self.title_edit.text(),
        )

    def existing(self) -> list[MeetingRecord]:
        """The group's meetings that year that are not cancelled (read once per group and year)."""
        group_id, year = self.group_combo.currentData(), self.year_spin.value()
        if group_id is None:
            return []
        key = (group_id, year)
        if key not in self._existing_cache:
            try:
                listed = meetings.list_meetings(self.context.db, start=date(year, 1, 1), end=date(year, 12, 31),
                                                group_id=group_id)
            except UserError:
                listed = []
            self._existing_cache[key] = [m for m in listed if m.status != "cancelled"]
        return self._existing_cache[key]

    # -- preview -------------------------------------------------------------------------
    def update_preview(self, *_args) -> None:
        self.errors.clear()
        self.general_error.hide()
        self.preview.clear()
        data = self.data()
        try:
            dates = year_plan.propose_dates(data)
        except ValidationError as exc:
            self.proposed = []
            self.preview_label.setText(self.tr("Inga datum: %1").replace("%1", exc.message))
            self.create_button.setEnabled(False)
            return
        self.proposed = dates
        taken = {m.meeting_date: m for m in self.existing()}
        group = self.group_combo.currentText()
        for month, (day, reason) in zip(sorted(set(data.months)), dates):
            notes = []
            if reason:  # short here, the service's whole sentence in the tooltip
                planned = year_plan.nth_weekday(data.year, month, data.weekday, data.nth)
                planned_text = i18n.day_month(planned, short_month=True)
                notes.append(self.tr("Flyttat från %1: %2.").replace("%1", planned_text)
                             .replace("%2", workdays.non_working_reason(planned) or ""))
            if day in taken:
                notes.append(self.tr("Gruppen har redan ett möte den dagen (%1).").replace("%1", taken[day].title))
            item = QTreeWidgetItem([f"{i18n.weekday_name(day.weekday())} {i18n.day_month(day)}", " ".join(notes)])
            item.setToolTip(0, data.title.strip() or year_plan.default_title(group, day))
            item.setToolTip(1, " ".join(filter(None, [reason, *notes[1:]])))
            if notes:
                item.setForeground(1, MOVED_COLOUR)
            self.preview.addTopLevelItem(item)
        count = len(dates)
        text = self.tr("1 möte") if count == 1 else self.tr("%1 möten").replace("%1", str(count))
        text += " " + self.tr("(%1–%2)").replace("%1", self.start_edit.time().toString("HH.mm")) \
            .replace("%2", self.end_edit.time().toString("HH.mm"))
        existing = self.existing()
        if existing:
            text += "\n" + self.tr("%1 har redan %2 möten %3.").replace("%1", group) \
                .replace("%2", str(len(existing))).replace("%3", str(self.year_spin.value()))
        self.preview_label.setText(text)
        if dates:
            self.title_edit.setPlaceholderText(year_plan.default_title(group, dates[0][0]) if group else "")
        self.create_button.setText(self.tr("Skapa %1 möten").replace("%1", str(count)) if count != 1 else self.tr("Skapa 1 möte"))
        self.create_button.setEnabled(True)

    # -- creating ------------------------------------------------------------------------
    def create(self) -> None:
        data = self.data()
        existing = self.existing()
        if existing and not messages.confirm(
                self, self.tr("Årsplan"),
                self.tr("%1 har redan %2 möten %3. Vill du ändå skapa %4 till?").replace("%1", self.group_combo.currentText())
                .replace("%2", str(len(existing))).replace("%3", str(data.year)).replace("%4", str(len(self.proposed))),
                self.tr("Skapa möten")):
            return
        try:
            self.created = year_plan.create_year_plan(self.context.db, data)
        except ValidationError as exc:
            rest = self.errors.show(exc)
            self.general_error.setText(rest)
            self.general_error.setVisible(bool(rest))
            return
        except UserError as error:
            messages.show_error(self, error)
            return
        self.accept()


def plan_year(context: AppContext, parent: QWidget | None = None, *, group_id: int | None = None,
              status: Callable[[str], None] | None = None) -> list[MeetingRecord]:
    """Opens the dialog; returns the meetings created (none if cancelled) and tells the other pages."""
    dialog = YearPlanDialog(context, group_id, parent)
    if not dialog.exec() or not dialog.created:
        return []
    created = dialog.created
    context.data_changed.emit(meetings.ENTITY)
    if status is not None:
        group = created[0].group_name
        text = QCoreApplication.translate("YearPlanDialog", "%1 möten skapades för %2 %3 (utkast).") if len(created) != 1 \
            else QCoreApplication.translate("YearPlanDialog", "1 möte skapades för %2 %3 (utkast).")
        status(text.replace("%1", str(len(created))).replace("%2", group).replace("%3", str(dialog.year_spin.value())))
    return created
