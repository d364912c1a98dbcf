"""Edit one member municipality; the service validates, messages appear next to the fields."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.municipalities.municipalities import FIELD_LABELS, MunicipalityInput, MunicipalityRecord
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.widgets.form import FormDialog
from stic_desktop.ui.widgets.history_dialog import HistoryDialog
from stic_desktop.ui.widgets.labels import label

LINE_FIELDS = ("municipality_code", "name", "org_number", "joined_on", "left_on", "invoicing_reference", "switchboard_phone", "website")
TEXT_FIELDS = ("postal_address", "notes")
PLACEHOLDERS = {
    "municipality_code": "0180",
    "org_number": "NNNNNN-NNNN",
    "joined_on": QT_TRANSLATE_NOOP("MunicipalityDialog", "ÅÅÅÅ-MM-DD"),  # shown translated
    "left_on": QT_TRANSLATE_NOOP("MunicipalityDialog", "ÅÅÅÅ-MM-DD"),
    "website": "https://",
}


class MunicipalityDialog(FormDialog):
    def __init__(self, context: AppContext, record: MunicipalityRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__(context, parent, min_width=520, required_note=True, grow=True)
        self.record = record
        self.setWindowTitle(self.tr("Ny kommun") if record is None else self.tr("Kommun – %1").replace("%1", record.name))

        self.inputs: dict[str, QLineEdit | QPlainTextEdit | QComboBox] = {}
        order = ("municipality_code", "name", "org_number", "status", "joined_on", "left_on", "postal_address",
                 "invoicing_reference", "switchboard_phone", "website", "notes")
        for field in order:
            if field == "status":
                widget = QComboBox()
                for code, text in municipalities.STATUS_LABELS.items():
                    widget.addItem(label(text), code)
            elif field in TEXT_FIELDS:
                widget = QPlainTextEdit()
                widget.setTabChangesFocus(True)
                widget.setFixedHeight(64 if field == "postal_address" else 84)
            else:
                widget = QLineEdit()
                widget.setPlaceholderText(self.tr(PLACEHOLDERS.get(field, "")))
            widget.setObjectName(field)
            self.inputs[field] = widget
            required = " *" if field in ("municipality_code", "name") else ""
            self.add_row(field, label(FIELD_LABELS[field]) + required + ":", widget)
        self.inputs["municipality_code"].setMaxLength(4)
        self.inputs["municipality_code"].setMaximumWidth(90)
        self.inputs["org_number"].setMaximumWidth(160)
        for field in ("joined_on", "left_on"):
            self.inputs[field].setMaximumWidth(130)
        if record is not None:
            self.add_history_button(self.show_history)
        self._fill(record.as_input() if record else MunicipalityInput())

    def _fill(self, data: MunicipalityInput) -> None:
        for field, widget in self.inputs.items():
            value = getattr(data, field)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            else:
                widget.setText(value)

    def value(self) -> MunicipalityInput:
        values = {}
        for field, widget in self.inputs.items():
            if isinstance(widget, QComboBox):
                values[field] = widget.currentData()
            elif isinstance(widget, QPlainTextEdit):
                values[field] = widget.toPlainText()
            else:
                values[field] = widget.text()
        return MunicipalityInput(**values)

    def store(self) -> MunicipalityRecord:
        if self.record is None:
            return municipalities.save_municipality(self.context.db, self.value())
        return municipalities.save_municipality(self.context.db, self.value(), self.record.id,
                                                expected_version=self.record.row_version)

    def reload(self) -> bool:
        if self.record is None:
            return False
        self.record = municipalities.get_municipality(self.context.db, self.record.id)
        self._fill(self.record.as_input())
        return True

    def show_history(self) -> None:
        HistoryDialog(self.context, municipalities.ENTITY, self.record.id, self.record.name, FIELD_LABELS, self).exec()
